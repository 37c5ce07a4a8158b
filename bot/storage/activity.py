"""What the console's overview reads: per platform, the last message stored and the sends of a recent window; the
drafts by backend; the next broadcasts. Counts come from the rows the bot keeps anyway, never from estimates."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.storage.tables import GreetingRow, InboxRow, OutboxRow, ScheduleRow
from bot.storage.turns import Sessions


@dataclass
class PlatformActivity:
    """One platform since a moment: turns answered or failed (inbox), scheduled sends sent or failed (outbox)."""

    last_stored_at: datetime | None = None
    answered: int = 0
    answer_failed: int = 0
    scheduled_sent: int = 0
    scheduled_failed: int = 0


@dataclass(frozen=True)
class BroadcastLine:
    """A broadcast that will fire: when, what for, where, to how many."""

    id: int
    platform: str
    fire_at: datetime | None
    holiday: str | None
    on_date: str | None
    at: str
    recipients: tuple[str, ...] = field(default_factory=tuple)
    preview: bool = False
    recurring: bool = False
    status: str = "active"


def _aware(t: datetime | None) -> datetime | None:
    return t if t is None or t.tzinfo else t.replace(tzinfo=UTC)


class Activity:
    """Overview reads (a part of `Store`)."""

    engine: AsyncEngine
    _session: Sessions

    async def activity_since(self, since: datetime) -> dict[str, PlatformActivity]:
        """Per platform. The inbox keeps finished rows for the retention window (25 h by default), so a window up to
        that long is complete; a failed scheduled send is dated by its row (it fails within minutes of the fire)."""
        found: dict[str, PlatformActivity] = defaultdict(PlatformActivity)
        async with self._session() as s:
            for platform, last in await s.execute(select(InboxRow.platform, func.max(InboxRow.created_at))
                                                  .group_by(InboxRow.platform)):
                found[platform].last_stored_at = _aware(last)
            for platform, status, n in await s.execute(
                    select(InboxRow.platform, InboxRow.status, func.count()).where(
                        InboxRow.done_at >= since, InboxRow.status.in_(("done", "failed")))
                    .group_by(InboxRow.platform, InboxRow.status)):
                if status == "done":
                    found[platform].answered = n
                else:
                    found[platform].answer_failed = n
            for platform, n in await s.execute(select(OutboxRow.platform, func.count()).where(
                    OutboxRow.status == "sent", OutboxRow.sent_at >= since).group_by(OutboxRow.platform)):
                found[platform].scheduled_sent = n
            for platform, n in await s.execute(select(OutboxRow.platform, func.count()).where(
                    OutboxRow.status.in_(("failed", "uncertain")), OutboxRow.created_at >= since)
                    .group_by(OutboxRow.platform)):
                found[platform].scheduled_failed = n
        return dict(found)

    async def drafts_by_backend(self, since: datetime) -> dict[str, int]:
        """Drafts shown since `since`, by who wrote them: the model ("vllm") or the offline composer."""
        async with self._session() as s:
            rows = await s.execute(select(GreetingRow.backend, func.count()).where(GreetingRow.created_at >= since)
                                   .group_by(GreetingRow.backend))
            return {backend: n for backend, n in rows.all()}

    async def next_broadcasts(self, *, limit: int = 10) -> list[BroadcastLine]:
        """Open broadcasts, soonest first (those without a fire time last)."""
        async with self._session() as s:
            rows = await s.scalars(select(ScheduleRow).where(
                ScheduleRow.status.in_(("active", "awaiting_approval")))
                .order_by(ScheduleRow.next_fire_at.is_(None), ScheduleRow.next_fire_at, ScheduleRow.id).limit(limit))
            return [BroadcastLine(r.id, r.platform, _aware(r.next_fire_at), r.holiday, r.on_date, r.at,
                                  tuple(str(x.get("name", "")) for x in r.recipients or ()), r.preview, r.recurring,
                                  r.status) for r in rows]
