"""The one door to durable state: `Store` joins the aggregates' parts over one engine and one session factory.

SQLite in the data directory by default; any SQLAlchemy async URL (PostgreSQL through asyncpg) works the same."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    event,
    or_,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine

from bot.storage.broadcasts import Broadcasts
from bot.storage.conversations import Conversations
from bot.storage.feedback import FeedbackAndAdapters
from bot.storage.inbox import Inbox
from bot.storage.tables import LockRow, _now


class Store(Conversations, Inbox, Broadcasts, FeedbackAndAdapters):
    """All reads and writes of greetbot's durable state."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._session = async_sessionmaker(engine, expire_on_commit=False)

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
    cur.close()
