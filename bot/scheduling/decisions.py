"""Decisions on a broadcast taken outside its chat (the web console, and the CLI): recipients named as `NAME=CHAT_ID`,
one previewed greeting approved, edited or rejected, a broadcast sent now or cancelled, its report read. Each goes
through the `Schedules` service the chat commands and the scheduler use, so there is one broadcast engine."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from bot.scheduling.report import BroadcastReport, broadcast_report
from bot.scheduling.schedules import Recipient, ScheduleError, Schedules
from bot.storage.tables import ScheduleRow

log = logging.getLogger(__name__)

Verdict = Literal["approve", "reject"]
MAX_EDIT_CHARS = 2000


def parse_recipients(people: Iterable[str], groups: Iterable[str] = ()) -> list[Recipient]:
    """`NAME=CHAT_ID` for a person, a bare chat id for a group (one greeting to all); blank entries are skipped."""
    found = [Recipient("大家", chat.strip(), "group") for chat in groups if chat.strip()]
    for item in (p.strip() for p in people):
        if not item:
            continue
        name, sep, chat = (x.strip() for x in item.partition("="))
        if not sep or not name or not chat:
            raise ScheduleError(f"「{item[:40]}」：请写成 名字=会话ID（NAME=CHAT_ID）")
        found.append(Recipient(name[:64], chat[:128], "person"))
    return found


@dataclass(frozen=True)
class Decided:
    """What one decision did: `ok` when it applied; `released` when it was the preview's last one, so the broadcast
    is active now (its approved greetings go at the time, or at once if that has passed)."""

    ok: bool
    released: bool = False


class Decisions:
    def __init__(self, schedules: Schedules) -> None:
        self.schedules = schedules
        self.store = schedules.store

    async def decide(self, schedule_id: int, row_id: int, verdict: Verdict) -> Decided:
        """Approve (it goes at the time) or reject (it never goes) one greeting of a preview."""
        status = "ready" if verdict == "approve" else "rejected"
        if not await self.store.decide_held(schedule_id, row_id, status=status):
            return Decided(False)
        return Decided(True, await self._release_if_decided(schedule_id))

    async def edit(self, schedule_id: int, row_id: int, text: str) -> Decided:
        """New words for one held greeting; it stays in the preview until approved or rejected."""
        text = text.strip()
        if not text or len(text) > MAX_EDIT_CHARS:
            return Decided(False)
        return Decided(await self.store.decide_held(schedule_id, row_id, text=text))

    async def _release_if_decided(self, schedule_id: int) -> bool:
        row = await self.store.get_schedule(schedule_id)
        if row is None or row.status != "awaiting_approval":
            return False
        if any(r.status == "held" for r in await self.store.outbox_of(schedule_id, row.next_occurrence)):
            return False
        await self.schedules.release(row)
        return True

    async def send_now(self, schedule_id: int) -> int:
        """Fire the next occurrence now, as the scheduler would at its time; the greetings written to the outbox."""
        row = await self.store.get_schedule(schedule_id)
        if row is None or row.status != "active" or not row.next_occurrence:
            raise ScheduleError("只有已确认、还没发完的定时祝福可以立即发送（先处理预览）。")
        log.info("schedule %s occurrence %s sent now from outside its chat", row.id, row.next_occurrence)
        return await self.schedules.fire(row.id, row.next_occurrence)

    async def cancel(self, schedule_id: int) -> bool:
        row = await self.store.get_schedule(schedule_id)
        return row is not None and await self.schedules.cancel(row.platform, row.owner_id, schedule_id)

    async def report(self, row: ScheduleRow) -> BroadcastReport:
        """The latest occurrence with greetings (the preview before a fire, the fire after it), recipient by
        recipient."""
        occurrence = await self.store.last_occurrence(row.id)
        rows = await self.store.outbox_of(row.id, occurrence) if occurrence else []
        return broadcast_report(occurrence, rows)
