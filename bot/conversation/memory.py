"""What the bot remembers about the people a user writes to, and the commands to see and erase it.

Contacts are stored per user and per scope: "dm", or the group where they were told. `/contacts` shows only the
scope it is asked in, so details told in a DM never surface in a group, and no user ever sees another's.
"""

from __future__ import annotations

from typing import Any

from bot.domain import IncomingMessage, OutgoingMessage
from bot.storage.store import Store


def describe_contact(name: str, memory: dict[str, Any]) -> str:
    parts = [name]
    if memory.get("relation"):
        parts.append(str(memory["relation"]))
    if memory.get("details"):
        parts.append(str(memory["details"])[:30])
    line = " · ".join(parts)
    last = memory.get("last_sent")
    if last and last.get("text"):
        line += f"\n   上次{('（' + last['holiday'] + '）') if last.get('holiday') else ''}发的：{last['text'][:24]}…"
    return line


class ContactsChat:
    def __init__(self, store: Store) -> None:
        self.store = store

    async def command(self, text: str, msg: IncomingMessage, scope: str) -> list[OutgoingMessage]:
        words = text.split()
        if words[0].lower() == "/contacts":
            return [await self._list(msg, scope)]
        target = " ".join(words[1:]).strip()
        if not target:
            return [OutgoingMessage(msg.chat_id, "忘掉谁？发 /forget 名字，或 /forget all 清除你存过的一切。")]
        if target.lower() == "all":
            erased = await self.store.forget_user(msg.platform, msg.user_id)
            return [OutgoingMessage(msg.chat_id, (
                f"都清除了：{erased['contacts']} 位联系人、{erased['feedback']} 条反馈、{erased['greetings']} 条草稿。"
                "定时祝福不受影响，用 /schedules 管理。"))]
        if await self.store.forget_contact(msg.platform, msg.user_id, target):
            return [OutgoingMessage(msg.chat_id, f"已忘掉{target}：关系、细节和上次发的内容都删了。")]
        return [OutgoingMessage(msg.chat_id, f"我没有记过「{target}」。发 /contacts 看看记了谁。")]

    async def _list(self, msg: IncomingMessage, scope: str) -> OutgoingMessage:
        contacts = await self.store.contacts_of(msg.platform, msg.user_id, scope)
        if not contacts:
            where = "这个群里" if scope != "dm" else ""
            return OutgoingMessage(msg.chat_id, f"{where}还没有记住谁。写过一次祝福，我就记得下次不用再问。")
        lines = [f"{i}. {describe_contact(n, m)}" for i, (n, m) in enumerate(contacts[:30], 1)]
        return OutgoingMessage(msg.chat_id, "我记得这些人（/forget 名字 可删除）：\n" + "\n".join(lines))
