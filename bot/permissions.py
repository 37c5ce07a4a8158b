"""Who may do what: scheduling into a group is for its owner, its admins and the bot's operators; everyone meets
caps (schedules per person and per group, recipients per broadcast, messages per minute), each with a friendly
answer instead of silence or an error.

Whether someone is a group's owner or admin only the platform knows: `roles` asks it (the adapters' `member_role`,
wired at start-up). When it cannot tell, the answer is "unknown", and only operators may broadcast there.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from bot.domain import IncomingMessage, Role

RoleLookup = Callable[[str, str, str], Awaitable[Role]]  # (platform, chat_id, user_id) → role in that chat

WHO_MAY_BROADCAST = "在群里安排定时祝福，只有群主、群管理员或机器人管理员可以。想给谁发，可以私聊我，我写好给你转发。"
SLOW_DOWN = "消息有点密，我跟不上啦。歇一分钟再发，我一条条接着写。"


async def _nobody_knows(platform: str, chat_id: str, user_id: str) -> Role:
    return "unknown"


@dataclass
class Policy:
    """The rules and caps, from settings (`greetbot` defaults in `bot.settings`)."""

    operators: frozenset[str] = frozenset()  # "platform:user_id"
    schedules_per_person: int = 10
    schedules_per_group: int = 5
    recipients_per_broadcast: int = 20
    requests_per_minute: int = 20
    roles: RoleLookup = _nobody_knows
    clock: Callable[[], float] = time.monotonic
    _recent: dict[tuple[str, str], deque[float]] = field(default_factory=dict)
    _warned: dict[tuple[str, str], float] = field(default_factory=dict)

    def is_operator(self, platform: str, user_id: str) -> bool:
        return f"{platform}:{user_id}" in self.operators

    async def may_broadcast_in(self, msg: IncomingMessage) -> bool:
        """May this person schedule into (or change, or cancel a broadcast of) the chat they wrote in?"""
        if not msg.is_group or self.is_operator(msg.platform, msg.user_id):
            return True  # a DM's broadcasts go to the person themself
        try:
            role = await self.roles(msg.platform, msg.chat_id, msg.user_id)
        except Exception:  # the platform did not answer: refuse for now, never guess "admin"
            role = "unknown"
        return role in ("owner", "admin")

    def pace(self, msg: IncomingMessage) -> str | None:
        """None while this person is within `requests_per_minute`; past it, the "slow down" answer once per minute,
        then "" (nothing: the bot must not flood a group with its own warnings). Counted per process."""
        who, now = (msg.platform, msg.user_id), self.clock()
        if len(self._recent) > 10_000:  # forget people who went quiet, so the map stays small
            self._recent = {k: v for k, v in self._recent.items() if v and now - v[-1] < 60.0}
        times = self._recent.setdefault(who, deque())
        while times and now - times[0] >= 60.0:
            times.popleft()
        if len(times) < self.requests_per_minute:
            times.append(now)
            return None
        if now - self._warned.get(who, -60.0) >= 60.0:
            self._warned[who] = now
            return SLOW_DOWN
        return ""
