"""The web console's durable part: login sessions (a hash of each id, shared by every replica) and the audit log."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.storage.tables import AuditRow, ConsoleSessionRow, _now
from bot.storage.turns import Sessions


@dataclass(frozen=True)
class ConsoleSession:
    """A live console login, as the database holds it (`id` is the hash of the id the cookie carries)."""

    id: str
    csrf: str
    chat_id: str
    expires_at: datetime


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit log: who did what, when, from where; `detail` holds ids and counts, never text."""

    actor: str
    action: str
    address: str | None = None
    session: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    at: datetime | None = None


def _aware(t: datetime) -> datetime:
    return t if t.tzinfo else t.replace(tzinfo=UTC)  # SQLite hands back naive UTC


class ConsoleRecords:
    """Reads and writes of console sessions and the audit log (a part of `Store`)."""

    engine: AsyncEngine
    _session: Sessions

    async def start_console_session(self, s: ConsoleSession, *, address: str | None) -> None:
        async with self._session.begin() as db:
            db.add(ConsoleSessionRow(id=s.id, csrf=s.csrf, chat_id=s.chat_id, address=address,
                                     expires_at=s.expires_at))

    async def console_session(self, session_id: str, *, now: datetime | None = None) -> ConsoleSession | None:
        """The session with this (hashed) id if it is neither ended nor expired."""
        now = now or _now()
        async with self._session() as db:
            row = await db.get(ConsoleSessionRow, session_id)
        if row is None or row.ended_at is not None or _aware(row.expires_at) <= now:
            return None
        return ConsoleSession(row.id, row.csrf, row.chat_id, _aware(row.expires_at))

    async def end_console_session(self, session_id: str) -> None:
        async with self._session.begin() as db:
            await db.execute(update(ConsoleSessionRow).where(ConsoleSessionRow.id == session_id,
                                                             ConsoleSessionRow.ended_at.is_(None))
                             .values(ended_at=_now()))

    async def drop_console_sessions(self, *, before: datetime) -> int:
        """Forget sessions that expired before `before` (the audit log keeps what they did)."""
        async with self._session.begin() as db:
            return (await db.execute(delete(ConsoleSessionRow).where(ConsoleSessionRow.expires_at < before))).rowcount

    async def audit(self, entry: AuditEntry) -> None:
        async with self._session.begin() as db:
            db.add(AuditRow(actor=entry.actor[:64], action=entry.action[:32], address=(entry.address or "")[:64] or None,
                            session=entry.session, detail=entry.detail, at=entry.at or _now()))

    async def audit_log(self, *, limit: int = 100) -> list[AuditEntry]:
        """The newest entries first."""
        async with self._session() as db:
            rows = await db.scalars(select(AuditRow).order_by(AuditRow.id.desc()).limit(limit))
            return [AuditEntry(r.actor, r.action, r.address, r.session, dict(r.detail or {}), _aware(r.at))
                    for r in rows]
