"""What the bot remembers about the people a user writes to, and the commands to see and erase it.

Contacts are stored per user and per scope: "dm", or the group where they were told. `/contacts` shows only the
scope it is asked in, so details told in a DM never surface in a group, and no user ever sees another's.
`/forget NAME` and `/forget all` erase from every table at once (bot/storage/privacy.py); `/mydata` says what is
held and for how long.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from bot.domain import IncomingMessage, OutgoingMessage
from bot.storage.privacy import Erased
from bot.storage.store import Store

_KINDS = (("contacts", "位联系人"), ("drafts", "条草稿"), ("feedback", "条反馈"), ("threads", "个群里的回话"),
          ("schedules", "个定时祝福"), ("messages", "条消息原文"))


# A season's greetings: what the user's other people got for this holiday, or for the one just past.
SENT_LATELY = timedelta(days=60)
SENT_KEPT_APART = 30  # the latest of them; the phrase bank keeps a few dozen people apart, not hundreds


def sent_to_others(contacts: list[tuple[str, dict[str, Any]]], name: str | None, today: date) -> tuple[str, ...]:
    """The greetings the user lately sent to other people (`contacts_of`, newest first): a new greeting is written
    apart from them, so that two friends who compare never find the same sentences (issue 17)."""
    texts = []
    for other, memory in contacts:
        last = memory.get("last_sent") or {}
        try:
            on = date.fromisoformat(last.get("on") or "")
        except ValueError:
            continue
        if other != name and last.get("text") and today - on <= SENT_LATELY:
            texts.append(last["text"])
    return tuple(texts[:SENT_KEPT_APART])


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


def describe_erased(erased: Erased) -> str:
    said = [f"{erased.counts[k]} {unit}" for k, unit in _KINDS if erased.counts.get(k)]
    return "、".join(said) if said else "没有存着的内容"


class ContactsChat:
    def __init__(self, store: Store, *, on_cancelled: Callable[[int], None] | None = None,
                 keys_kept_h: float = 25.0) -> None:
        self.store = store
        self.on_cancelled = on_cancelled or (lambda schedule_id: None)  # the scheduler drops the erased ones
        self.keys_kept_h = keys_kept_h

    async def command(self, text: str, msg: IncomingMessage, scope: str) -> list[OutgoingMessage]:
        words = text.split()
        if words[0].lower() == "/contacts":
            return [await self._list(msg, scope)]
        if words[0].lower() == "/mydata":
            return [await self._mydata(msg)]
        target = " ".join(words[1:]).strip()
        if not target:
            return [OutgoingMessage(msg.chat_id, "忘掉谁？发 /forget 名字，或 /forget all 清除你存过的一切。")]
        if target.lower() == "all":
            erased = await self.store.forget_user(msg.platform, msg.user_id)
            self._unplan(erased)
            return [OutgoingMessage(msg.chat_id, f"都清除了：{describe_erased(erased)}。你在我这里不再留有内容。")]
        erased = await self.store.forget_name(msg.platform, msg.user_id, target)
        self._unplan(erased)
        if any(erased.counts.values()):
            cancelled = f"（只发给{target}的定时祝福已取消）" if erased.schedules else ""
            return [OutgoingMessage(msg.chat_id, f"已忘掉{target}：{describe_erased(erased)}{cancelled}。")]
        return [OutgoingMessage(msg.chat_id, f"我没有记过「{target}」。发 /contacts 看看记了谁。")]

    def _unplan(self, erased: Erased) -> None:
        for schedule_id in erased.schedules:
            self.on_cancelled(schedule_id)

    async def _mydata(self, msg: IncomingMessage) -> OutgoingMessage:
        held = await self.store.held_data(msg.platform, msg.user_id)
        names = "、".join(held.contacts[:10]) + ("等" if len(held.contacts) > 10 else "")
        lines = [
            f"· 联系人 {len(held.contacts)} 位" + (f"：{names}" if names else ""),
            f"· 写过的草稿 {held.drafts} 条，反馈 {held.feedback} 条（用来学你的写法）",
            f"· 定时祝福 {held.schedules} 个，群里等回话的祝福 {held.threads} 个",
            f"· 还在处理的消息 {held.messages_in_progress} 条",
        ]
        return OutgoingMessage(msg.chat_id, "我这里存着你的这些：\n" + "\n".join(lines) + (
            f"\n\n保存多久：你发来的消息原文，回复完就删掉，只留一个去重编号 {self.keys_kept_h:g} 小时；"
            "联系人、草稿、反馈和定时祝福留到你删除为止。"
            "\n/forget 名字 删掉一个人的全部内容，/forget all 一次清除全部。"))

    async def _list(self, msg: IncomingMessage, scope: str) -> OutgoingMessage:
        contacts = await self.store.contacts_of(msg.platform, msg.user_id, scope)
        if not contacts:
            where = "这个群里" if scope != "dm" else ""
            return OutgoingMessage(msg.chat_id, f"{where}还没有记住谁。写过一次祝福，我就记得下次不用再问。")
        lines = [f"{i}. {describe_contact(n, m)}" for i, (n, m) in enumerate(contacts[:30], 1)]
        return OutgoingMessage(msg.chat_id, "我记得这些人（/forget 名字 可删除）：\n" + "\n".join(lines))
