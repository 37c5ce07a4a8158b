"""The one door to durable state: `Store` joins the aggregates' parts over one engine and one session factory.

SQLite in the data directory by default; any SQLAlchemy async URL (PostgreSQL through asyncpg) works the same."""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event, exists, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.orm import aliased

from bot.storage.activity import Activity
from bot.storage.audit import ConsoleRecords
from bot.storage.broadcasts import Broadcasts
from bot.storage.conversations import Conversations
from bot.storage.feedback import FeedbackAndAdapters
from bot.storage.inbox import Inbox
from bot.storage.privacy import Privacy
from bot.storage.retention import Retention
from bot.storage.stats import Stats
from bot.storage.tables import (
    ContactRow,
    ConversationRow,
    LockRow,
    OutboxRow,
    ScheduleRow,
    _now,
)
from bot.storage.turns import Sessions

log = logging.getLogger(__name__)

class Store(Conversations, Inbox, Broadcasts, FeedbackAndAdapters, Retention, Privacy, ConsoleRecords, Activity,
            Stats):
    """All reads and writes of greetbot's durable state."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._session = Sessions(async_sessionmaker(engine, expire_on_commit=False))

    def turn(self) -> AbstractAsyncContextManager[None]:
        """One transaction for what the current task does until the block ends (see bot.storage.turns)."""
        return self._session.turn()

    def after_commit(self, do: Callable[[], None]) -> None:
        """Run `do` once the current turn's writes are committed (see bot.storage.turns)."""
        self._session.after_commit(do)

    async def commit_turn(self) -> None:
        """Make the turn's writes durable now: before a wait on the model or a platform, so no lock is held."""
        await self._session.commit()

    @classmethod
    async def open(cls, url: str, *, migrate: bool | None = None) -> Store:
        """Connect, and check the schema is the code's: upgraded in place when `migrate` (default: for SQLite,
        the embedded single-user case), refused with `SchemaOutdated` otherwise (a shared database)."""
        from bot.storage import migrate as migrations

        sqlite = url.startswith("sqlite")
        engine = make_engine(url)
        try:
            await migrations.ensure(engine, auto=sqlite if migrate is None else migrate)
        except BaseException:
            await engine.dispose()
            raise
        return cls(engine)

    async def close(self) -> None:
        await self.engine.dispose()


    async def move_chat(self, platform: str, old: str, new: str) -> dict[str, int]:
        """A chat got a new id (a Telegram group became a supergroup): every stored reference to the old id moves,
        in one transaction. Rows already kept under the new id win over the old ones they would collide with."""
        counts: dict[str, int] = {}
        async with self._session.begin() as s:
            newer = aliased(ConversationRow)
            moved = await s.execute(update(ConversationRow).where(
                ConversationRow.platform == platform, ConversationRow.chat_id == old,
                ~exists().where(newer.platform == platform, newer.chat_id == new,
                                newer.user_id == ConversationRow.user_id)).values(chat_id=new))
            counts["conversations"] = moved.rowcount
            kept = aliased(ContactRow)
            moved = await s.execute(update(ContactRow).where(
                ContactRow.platform == platform, ContactRow.scope == old,
                ~exists().where(kept.platform == platform, kept.owner_id == ContactRow.owner_id, kept.scope == new,
                                kept.name == ContactRow.name)).values(scope=new))
            counts["contacts"] = moved.rowcount
            moved = await s.execute(update(OutboxRow).where(OutboxRow.platform == platform, OutboxRow.chat_id == old)
                                    .values(chat_id=new))
            counts["outbox"] = moved.rowcount
            schedules = 0
            for row in (await s.scalars(select(ScheduleRow).where(ScheduleRow.platform == platform))).all():
                recipients = [{**r, "chat_id": new} if r.get("chat_id") == old else r for r in row.recipients]
                if old not in (row.owner_chat, row.scope) and recipients == row.recipients:
                    continue
                row.owner_chat = new if row.owner_chat == old else row.owner_chat
                row.scope = new if row.scope == old else row.scope
                row.recipients = recipients
                schedules += 1
            counts["schedules"] = schedules
        log.info("%s chat %s moved to %s: %s", platform, old, new, counts)
        return counts

    async def acquire_lock(self, name: str, holder: str, *, ttl_s: float) -> bool:
        now = _now()
        insert = pg_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
        async with self._session.begin() as s:
            await s.execute(insert(LockRow).values(name=name, holder=None, until=None)
                            .on_conflict_do_nothing(index_elements=["name"]))
            taken = await s.execute(update(LockRow).where(
                LockRow.name == name, or_(LockRow.holder.is_(None), LockRow.until < now))
                .values(holder=holder, until=now + timedelta(seconds=ttl_s)))
            return taken.rowcount == 1

    async def check_writable(self, holder: str) -> None:
        """Write one small row and commit: raises when the database takes reads but no writes (a full disk, a
        read-only volume), which a read-only probe would call ready."""
        insert = pg_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
        async with self._session.begin() as s:
            await s.execute(insert(LockRow).values(name="readyz", holder=holder, until=_now())
                            .on_conflict_do_update(index_elements=["name"], set_={"holder": holder, "until": _now()}))

    async def lock_holder(self, name: str) -> str | None:
        """Who holds the named lock now (None when it is free or its holder's time ran out)."""
        async with self._session() as s:
            row = await s.get(LockRow, name)
        if row is None or row.holder is None or row.until is None:
            return None
        until = row.until if row.until.tzinfo else row.until.replace(tzinfo=UTC)  # SQLite hands back naive UTC
        return row.holder if until > _now() else None

    async def release_lock(self, name: str, holder: str) -> None:
        async with self._session.begin() as s:
            await s.execute(update(LockRow).filter_by(name=name, holder=holder).values(holder=None, until=None))




def make_engine(url: str) -> AsyncEngine:
    """The async engine for `url`: a SQLite file gets its directory and its pragmas, a server pre-pinged pools."""
    if not url.startswith("sqlite"):
        return create_async_engine(url, pool_pre_ping=True)
    if ":///" in url and ":memory:" not in url:
        Path(url.split(":///", 1)[1]).parent.mkdir(parents=True, exist_ok=True)
    engine = create_async_engine(url)
    event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    return engine



def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # WAL lets the console and a server read while another writes; foreign keys are off by default in SQLite.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    # In WAL mode NORMAL cannot corrupt the file and loses nothing when the process dies (the kill we plan for);
    # only a power cut may roll back the last commits. FULL would fsync on every one of a turn's ~7 commits.
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()
