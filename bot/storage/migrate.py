"""The database schema's version: Alembic migrations in `migrations/` beside it, run on our async engine.

An embedded SQLite file is brought up to date when the app opens it (a user upgrading greetbot does nothing). A
shared database (PostgreSQL) is upgraded by the operator, once, with `greetbot db upgrade` (a Kubernetes Job, a
compose one-shot service): replicas that find it older than their code refuse to start and say which command to
run, instead of racing each other through a migration.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncEngine

MIGRATIONS = Path(__file__).parent / "migrations"
# Databases made before migrations existed were built by `create_all`; which revision their tables match is read
# off the tables themselves (newest first), so such a file is stamped as what it is and upgraded from there.
def _legacy_revision(connection: Any) -> str:
    found = inspect(connection)
    if found.has_table("adapters"):
        return "0004"
    if "conversation" in {c["name"] for c in found.get_columns("inbox")}:
        return "0003"
    if found.has_table("schedules"):
        return "0002"
    return "0001"


class SchemaOutdated(RuntimeError):
    """The database's schema is older (or newer) than this code; the message says what to do."""


def _config(connection: Any = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head() -> str:
    revision = ScriptDirectory.from_config(_config()).get_current_head()
    assert revision is not None
    return revision


def _current(connection: Any) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def _legacy(connection: Any) -> bool:
    """Tables from before migrations (an 0.1 SQLite file): no version stamp, but our tables are there."""
    return _current(connection) is None and inspect(connection).has_table("conversations")


async def current(engine: AsyncEngine) -> str | None:
    async with engine.connect() as conn:
        return await conn.run_sync(_current)


async def upgrade(engine: AsyncEngine, revision: str = "head") -> str | None:
    """Migrate to `revision` (a file from before migrations is first stamped as the schema it has)."""

    def run(connection: Any) -> str | None:
        cfg = _config(connection)
        if _legacy(connection):
            command.stamp(cfg, _legacy_revision(connection))
        command.upgrade(cfg, revision)
        return _current(connection)

    async with engine.begin() as conn:
        return await conn.run_sync(run)


async def downgrade(engine: AsyncEngine, revision: str) -> str | None:
    def run(connection: Any) -> str | None:
        command.downgrade(_config(connection), revision)
        return _current(connection)

    async with engine.begin() as conn:
        return await conn.run_sync(run)


async def ensure(engine: AsyncEngine, *, auto: bool) -> None:
    """Make sure the schema matches the code: upgrade it when `auto`, else refuse with the command to run."""
    wanted = head()
    async with engine.connect() as conn:
        found = await conn.run_sync(_current)
        legacy = await conn.run_sync(_legacy)
    if found == wanted:
        return
    if not auto:
        where = "is empty" if found is None and not legacy else f"has schema {found or 'from before migrations'}"
        raise SchemaOutdated(f"the database {where}; this greetbot needs schema {wanted}. "
                             "Run `greetbot db upgrade` once (a migration job), then start the bot.")
    await upgrade(engine)
