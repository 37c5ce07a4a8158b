"""Schedules and the outbox: a broadcast's plan, and one row per recipient per occurrence that the sender
leases, marks as sending before the platform call, and finishes."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy import (
    func,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.storage.tables import OutboxRow, ScheduleRow, _now
from bot.storage.turns import Sessions

OUTBOX_OPEN = ("held", "ready", "pending", "claimed", "sending")



class Broadcasts:
    """Reads and writes of schedules and the outbox (a part of `Store`)."""

    engine: AsyncEngine
    _session: Sessions

    async def add_schedule(self, row: ScheduleRow) -> ScheduleRow:
        async with self._session.begin() as s:
            s.add(row)
            await s.flush()
            return row

    async def get_schedule(self, schedule_id: int) -> ScheduleRow | None:
        async with self._session() as s:
            return await s.get(ScheduleRow, schedule_id)

    async def schedules_of(self, platform: str, owner_id: str, *, open_only: bool = True) -> list[ScheduleRow]:
        async with self._session() as s:
            q = select(ScheduleRow).filter_by(platform=platform, owner_id=owner_id)
            if open_only:
                q = q.where(ScheduleRow.status.in_(("active", "awaiting_approval", "missed")))
            return list(await s.scalars(q.order_by(ScheduleRow.next_fire_at, ScheduleRow.id)))

    async def schedules_in(self, platform: str, chat_id: str) -> list[ScheduleRow]:
        """The open schedules that post into a group (asked for there)."""
        async with self._session() as s:
            return list(await s.scalars(select(ScheduleRow).filter_by(platform=platform, owner_chat=chat_id, scope=chat_id)
                                        .where(ScheduleRow.status.in_(("active", "awaiting_approval", "missed")))))

    async def open_schedules(self) -> list[ScheduleRow]:
        async with self._session() as s:
            return list(await s.scalars(select(ScheduleRow).where(
                ScheduleRow.status.in_(("active", "awaiting_approval"))).order_by(ScheduleRow.id)))

    async def update_schedule(self, schedule_id: int, *, expect_status: tuple[str, ...] | None = None,
                              **values: Any) -> bool:
        """Set fields; with `expect_status`, only if the schedule is still in one of those states."""
        async with self._session.begin() as s:
            q = update(ScheduleRow).where(ScheduleRow.id == schedule_id)
            if expect_status is not None:
                q = q.where(ScheduleRow.status.in_(expect_status))
            return (await s.execute(q.values(**values))).rowcount == 1

    async def add_outbox(self, rows: list[dict[str, Any]]) -> int:
        """Insert rows whose key is new; an existing key (a second fire, a redone fan-out) is left alone."""
        if not rows:
            return 0
        insert = pg_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
        async with self._session.begin() as s:
            result = await s.execute(insert(OutboxRow).values(rows).on_conflict_do_nothing(index_elements=["key"]))
            return max(result.rowcount or 0, 0)

    async def set_outbox_status(self, schedule_id: int, occurrence: str | None, from_: tuple[str, ...],
                                to: str) -> int:
        async with self._session.begin() as s:
            q = update(OutboxRow).where(OutboxRow.schedule_id == schedule_id, OutboxRow.status.in_(from_))
            if occurrence is not None:
                q = q.where(OutboxRow.occurrence == occurrence)
            return (await s.execute(q.values(status=to))).rowcount

    async def decide_held(self, schedule_id: int, row_id: int, *, status: str | None = None,
                          text: str | None = None) -> bool:
        """One previewed greeting, still held, gets a verdict (`status`: ready or rejected) or new words (`text`,
        marked as the operator's). False when it is not held any more (decided, cancelled, or not this schedule's)."""
        values: dict[str, Any] = {}
        if status is not None:
            values["status"] = status
        if text is not None:
            values |= {"text": text, "backend": "edited"}
        async with self._session.begin() as s:
            return (await s.execute(update(OutboxRow).where(
                OutboxRow.id == row_id, OutboxRow.schedule_id == schedule_id, OutboxRow.status == "held",
                OutboxRow.kind.in_(("greeting", "forward"))).values(**values))).rowcount == 1

    async def recent_schedules(self, *, limit: int = 100) -> list[ScheduleRow]:
        """Every schedule, open or not, the newest first (the console's list)."""
        async with self._session() as s:
            return list(await s.scalars(select(ScheduleRow).order_by(ScheduleRow.id.desc()).limit(limit)))

    async def last_occurrence(self, schedule_id: int) -> str | None:
        """The latest occurrence that has outbox rows (fired, or held for a preview)."""
        async with self._session() as s:
            return await s.scalar(select(func.max(OutboxRow.occurrence)).where(OutboxRow.schedule_id == schedule_id))

    async def outbox_of(self, schedule_id: int, occurrence: str | None = None) -> list[OutboxRow]:
        async with self._session() as s:
            q = select(OutboxRow).where(OutboxRow.schedule_id == schedule_id)
            if occurrence is not None:
                q = q.where(OutboxRow.occurrence == occurrence)
            return list(await s.scalars(q.order_by(OutboxRow.id)))

    async def claim_outbox(self, owner: str, *, limit: int = 32, lease_s: float = 120.0) -> list[OutboxRow]:
        """Lease sendable rows (pending, or claimed with a dead lease) to `owner`, oldest first; as `claim`."""
        now = _now()
        token = f"{owner}:{uuid.uuid4().hex[:12]}"
        free = or_(OutboxRow.status == "pending",
                   (OutboxRow.status == "claimed") & (OutboxRow.lease_until < now))
        due = or_(OutboxRow.lease_until.is_(None), OutboxRow.lease_until < now)
        async with self._session.begin() as s:
            picked = (select(OutboxRow.id).where(free, due).order_by(OutboxRow.id).limit(limit)
                      .with_for_update(skip_locked=True).cte("picked"))
            candidates = select(picked.c.id)
            await s.execute(
                update(OutboxRow).where(OutboxRow.id.in_(candidates), free, due)
                .values(lease_owner=token, lease_until=now + timedelta(seconds=lease_s), status="claimed",
                        attempts=OutboxRow.attempts + 1)
                .execution_options(synchronize_session=False))
            return list(await s.scalars(select(OutboxRow).where(OutboxRow.lease_owner == token)
                                        .order_by(OutboxRow.id)))

    async def outbox_text(self, row_id: int, text: str, backend: str) -> None:
        async with self._session.begin() as s:
            await s.execute(update(OutboxRow).where(OutboxRow.id == row_id).values(text=text, backend=backend))

    async def outbox_sending(self, row_id: int, token: str) -> bool:
        """Committed before the platform call, so a crash during it is known afterwards (False: lease lost)."""
        async with self._session.begin() as s:
            return (await s.execute(update(OutboxRow).where(OutboxRow.id == row_id, OutboxRow.lease_owner == token)
                                    .values(status="sending"))).rowcount == 1

    async def recover_outbox(self, idempotent_platforms: frozenset[str]) -> dict[str, int]:
        """Rows whose sender died during the platform call: resend where the platform drops a repeat of the same
        message (its idempotency key), and mark "uncertain" where it does not, since a resend there may be a
        duplicate greeting. Uncertain rows are reported to the owner, who can resend them with one tap.
        """
        now = _now()
        dead = (OutboxRow.status == "sending") & (OutboxRow.lease_until < now)
        async with self._session.begin() as s:
            resent = (await s.execute(update(OutboxRow).where(dead, OutboxRow.platform.in_(idempotent_platforms))
                                      .values(status="pending", lease_owner=None, lease_until=None))).rowcount
            uncertain = (await s.execute(update(OutboxRow).where(dead).values(
                status="uncertain", lease_owner=None, error="the bot restarted while sending; delivery unknown"))
            ).rowcount
        return {"resent": resent, "uncertain": uncertain}

    async def outbox_done(self, row_id: int, *, token: str | None = None, error: str | None = None,
                          failed: bool = False, retry_in_s: float = 0.0, card_missed: str | None = None) -> bool:
        """Sent, failed for good, or back to pending for a retry; False if another claimer owns the row now.
        `card_missed`: sent, but as text alone (why its card stayed home)."""
        async with self._session.begin() as s:
            q = update(OutboxRow).where(OutboxRow.id == row_id)
            if token is not None:
                q = q.where(OutboxRow.lease_owner == token)
            if error is None:
                values: dict[str, Any] = {"status": "sent", "sent_at": _now(), "error": None, "card_missed": card_missed}
            elif failed:
                values = {"status": "failed", "error": error}
            else:
                values = {"status": "pending", "error": error, "lease_until": _now() + timedelta(seconds=retry_in_s)}
            return (await s.execute(q.values(lease_owner=None, **values))).rowcount == 1

    async def outbox_open_count(self, schedule_id: int, occurrence: str) -> int:
        async with self._session() as s:
            return await s.scalar(select(func.count(OutboxRow.id)).where(
                OutboxRow.schedule_id == schedule_id, OutboxRow.occurrence == occurrence,
                OutboxRow.status.in_(OUTBOX_OPEN), OutboxRow.kind.in_(("greeting", "forward")))) or 0

    async def occurrences_with(self, status: str) -> set[tuple[int, str]]:
        async with self._session() as s:
            rows = await s.execute(select(OutboxRow.schedule_id, OutboxRow.occurrence)
                                   .where(OutboxRow.status == status).distinct())
            return {(sid, occ) for sid, occ in rows.all()}

    async def outbox_counts(self, schedule_id: int | None = None) -> dict[str, int]:
        async with self._session() as s:
            q = select(OutboxRow.status, func.count()).group_by(OutboxRow.status)
            if schedule_id is not None:
                q = q.where(OutboxRow.schedule_id == schedule_id)
            return {status: n for status, n in (await s.execute(q)).all()}


    # Adapters and locks ---------------------------------------------------------------------------
