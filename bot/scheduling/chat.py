"""The chat side of scheduled greetings: "除夕晚上8点给这个群发拜年祝福", /schedule, /schedules, /unschedule."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from bot.domain import Button, IncomingMessage, OutgoingMessage
from bot.permissions import WHO_MAY_BROADCAST, Policy
from bot.scheduling.schedules import (
    Owner,
    ScheduleError,
    Schedules,
    describe,
    recipients_for,
)
from bot.scheduling.text import ScheduleSpec, parse_schedule

USAGE = (
    "定时祝福：直接说时间和对象就行，比如\n"
    "「除夕晚上8点给这个群发拜年祝福」\n"
    "「春节早上9点给张总、老王和小林各发一条，先给我看看」\n"
    "「每年中秋晚上8点给这个群发」\n"
    "/schedules 查看和取消　/unschedule 编号 取消一个"
)


class ScheduleChat:
    def __init__(self, schedules: Schedules, today: Callable[[], date], policy: Policy | None = None) -> None:
        self.schedules = schedules
        self.today = today
        self.policy = policy or Policy()

    async def command(self, text: str, msg: IncomingMessage) -> list[OutgoingMessage] | None:
        """/schedule …, /schedules, /unschedule N; None for other commands."""
        words = text.split()
        command, args = words[0].lower(), words[1:]
        owner = Owner.of(msg)
        if command == "/schedules":
            return [await self._list(owner)]
        if command == "/unschedule":
            return [await self._cancel(owner, args, msg)]
        if command != "/schedule":
            return None
        if not args:
            return [OutgoingMessage(msg.chat_id, USAGE)]
        action, number = args[0].lower(), _number(args[1:2])
        if action in ("approve", "send", "skip", "resend", "cancel"):
            if number is None:
                return [OutgoingMessage(msg.chat_id, f"要加上编号，比如 /schedule {action} 3。")]
            return [await self._act(owner, action, number)]
        return await self.request(text, msg) or [
            OutgoingMessage(msg.chat_id, "没看懂要什么时候发给谁。\n\n" + USAGE)]

    async def request(self, text: str, msg: IncomingMessage) -> list[OutgoingMessage] | None:
        """A scheduling request in plain words; None when the text is not one."""
        spec = parse_schedule(text, today=self.today())
        if spec is None:
            return None
        owner = Owner.of(msg)
        if not await self.policy.may_broadcast_in(msg):
            return [OutgoingMessage(msg.chat_id, WHO_MAY_BROADCAST)]
        if refusal := await self._over_caps(owner, spec):
            return [OutgoingMessage(msg.chat_id, refusal)]
        strangers = await self._strangers(owner, spec)
        if strangers and not spec.preview:  # the bot would post about someone in its own voice: the owner looks first
            spec = replace(spec, preview=True)
        try:
            row = await self.schedules.create(owner, spec)
        except ScheduleError as exc:
            return [OutgoingMessage(msg.chat_id, str(exc))]
        if row.preview:
            shown = await self.schedules.preview_message(row)
            if strangers:
                shown = replace(shown, text=f"「{'、'.join(strangers)}」不在你的联系人里，先给你看看，确认后才会发。\n\n"
                                + shown.text)
            return [shown]
        when = "" if spec.time_given else "（没说几点，先定在早上 9 点；要改就取消后重说一次）"
        return [OutgoingMessage(
            msg.chat_id, f"好的，已安排：{describe(row)}{when}。\n到时每人一条专门写的祝福，发完告诉你结果。",
            (Button("查看定时", "/schedules"), Button("取消", f"/unschedule {row.id}")))]

    async def _list(self, owner: Owner) -> OutgoingMessage:
        rows = await self.schedules.list(owner.platform, owner.user_id)
        if not rows:
            return OutgoingMessage(owner.chat_id, "现在没有定时祝福。\n\n" + USAGE)
        lines = [describe(r) + {"awaiting_approval": "（待确认预览）", "missed": "（错过了，待你决定）"}.get(r.status, "")
                 for r in rows]
        return OutgoingMessage(owner.chat_id, "你的定时祝福：\n" + "\n".join(lines),
                               tuple(Button(f"取消 #{r.id}", f"/unschedule {r.id}") for r in rows[:6]))

    async def _over_caps(self, owner: Owner, spec: ScheduleSpec) -> str | None:
        p, store = self.policy, self.schedules.store
        if len(recipients_for(spec, owner)) > p.recipients_per_broadcast:
            return f"一次最多发给 {p.recipients_per_broadcast} 位，分几次安排吧。"
        mine = await store.schedules_of(owner.platform, owner.user_id)
        if len(mine) >= p.schedules_per_person:
            return (f"你已经有 {len(mine)} 个定时祝福了（上限 {p.schedules_per_person} 个）。"
                    "发 /schedules 看看，取消不需要的再加。")
        if owner.is_group:
            here = await store.schedules_in(owner.platform, owner.chat_id)
            if len(here) >= p.schedules_per_group:
                return f"这个群已经排了 {len(here)} 个定时祝福（上限 {p.schedules_per_group} 个），先取消一个再加。"
        return None

    async def _strangers(self, owner: Owner, spec: ScheduleSpec) -> list[str]:
        """Named recipients the owner never told us about: in a group the bot would post to them by name."""
        if not owner.is_group:
            return []  # a DM's named greetings come back to the owner to forward: nothing is posted
        store = self.schedules.store
        return [n for n in spec.recipients
                if await store.find_contact(owner.platform, owner.user_id, owner.scope, n) is None]

    async def _cancel(self, owner: Owner, args: list[str], msg: IncomingMessage | None = None) -> OutgoingMessage:
        number = _number(args[:1])
        if number is None:
            return OutgoingMessage(owner.chat_id, "取消哪一个？发 /schedules 看编号，再发 /unschedule 编号。")
        if await self.schedules.cancel(owner.platform, owner.user_id, number):
            return OutgoingMessage(owner.chat_id, f"已取消 #{number}，不会再发。")
        # A group's owner and admins may cancel any broadcast into their group.
        if msg is not None and msg.is_group and await self.policy.may_broadcast_in(msg) and \
                await self.schedules.cancel(owner.platform, None, number, in_chat=owner.chat_id):
            return OutgoingMessage(owner.chat_id, f"已取消 #{number}（本群的定时祝福），不会再发。")
        return OutgoingMessage(owner.chat_id, f"没有找到你的定时祝福 #{number}（可能已经发完或取消了）。")

    async def _act(self, owner: Owner, action: str, number: int) -> OutgoingMessage:
        s = self.schedules
        if action == "cancel":
            return await self._cancel(owner, [str(number)])
        if action == "approve":
            row = await s.approve(owner.platform, owner.user_id, number)
            return OutgoingMessage(owner.chat_id, f"确认了：{describe(row)}，到点发送。" if row and row.status == "active"
                                   else "已确认，正在发送。" if row else f"#{number} 没有待确认的预览。")
        if action in ("send", "skip"):
            done = await s.resolve_missed(owner.platform, owner.user_id, number, send=action == "send")
            if not done:
                return OutgoingMessage(owner.chat_id, f"#{number} 没有错过的发送。")
            return OutgoingMessage(owner.chat_id, "好，现在补发，发完告诉你结果。" if action == "send" else "好，这次跳过。")
        n = await s.resend_uncertain(owner.platform, owner.user_id, number)
        return OutgoingMessage(owner.chat_id, f"重发 {n} 条。" if n else f"#{number} 没有需要重发的。")


def _number(args: list[str]) -> int | None:
    value = args[0].lstrip("#") if args else ""
    return int(value) if value.isdigit() else None
