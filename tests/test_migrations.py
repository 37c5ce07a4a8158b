"""Schema migrations: from nothing, from the previous schema with data in it, from a file made before migrations
existed, and one step down; SQLite upgrades itself, a shared PostgreSQL refuses to run on an old schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.domain import ConversationKey, IncomingMessage
from bot.storage import migrate
from bot.storage.migrate import SchemaOutdated
from bot.storage.store import Store
from bot.storage.tables import Base


async def _engine(url: str):
    return create_async_engine(url)


async def _tables(engine) -> set[str]:
    async with engine.connect() as conn:
        return set(await conn.run_sync(lambda c: inspect(c).get_table_names()))


@pytest.fixture
async def empty_url(request: pytest.FixtureRequest, db_url: str, tmp_path: Path):
    """The `db_url` backend, but an empty database (no schema at all)."""
    if db_url.startswith("sqlite"):
        yield f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}"
        return
    from tests import postgres

    name, url = postgres.fresh_database(migrated=False)
    try:
        yield url
    finally:
        postgres.drop_database(name)


async def test_an_empty_database_upgrades_to_exactly_the_models(empty_url: str) -> None:
    engine = await _engine(empty_url)
    try:
        assert await migrate.current(engine) is None
        assert await migrate.upgrade(engine) == migrate.head()
        async with engine.connect() as conn:
            diff = await conn.run_sync(lambda c: compare_metadata(MigrationContext.configure(c), Base.metadata))
        assert diff == []  # the migrations build what the code declares, nothing more or less
    finally:
        await engine.dispose()


async def test_the_previous_schema_with_data_upgrades_and_keeps_the_data(empty_url: str) -> None:
    engine = await _engine(empty_url)
    try:
        await migrate.upgrade(engine, "0001")
        assert "schedules" not in await _tables(engine)
        async with engine.begin() as conn:
            await conn.execute(text(
                "INSERT INTO conversations (platform, chat_id, user_id, state, version, updated_at) "
                "VALUES ('telegram', '42', '42', '{\"stage\": \"collecting\"}', 3, CURRENT_TIMESTAMP)"))
        await migrate.upgrade(engine)
        assert {"schedules", "outbox", "feedback"} <= await _tables(engine)
    finally:
        await engine.dispose()
    store = await Store.open(empty_url, migrate=False)  # at head now: opens without migrating
    try:
        conv = await store.load_conversation(ConversationKey("telegram", "42", "42"))
        assert conv.state == {"stage": "collecting"} and conv.version == 3
    finally:
        await store.close()


async def test_each_step_down_undoes_only_its_own_step(empty_url: str) -> None:
    engine = await _engine(empty_url)
    try:
        await migrate.upgrade(engine)
        assert await migrate.downgrade(engine, "-1") == "0007"  # 0008: the card broadcast columns
        async with engine.connect() as conn:
            columns = await conn.run_sync(lambda c: ({col["name"] for col in inspect(c).get_columns("schedules")},
                                                     {col["name"] for col in inspect(c).get_columns("outbox")}))
        assert "card" not in columns[0] and "card_missed" not in columns[1] and "preview" in columns[0]
        assert await migrate.downgrade(engine, "-1") == "0006"
        assert "hourly_counts" not in await _tables(engine) and "console_audit" in await _tables(engine)
        assert await migrate.downgrade(engine, "-1") == "0005"
        assert not {"console_sessions", "console_audit"} & await _tables(engine)
        assert "webhook_signatures" in await _tables(engine)
        assert await migrate.downgrade(engine, "-1") == "0004"
        assert "webhook_signatures" not in await _tables(engine) and "adapters" in await _tables(engine)
        assert await migrate.downgrade(engine, "-1") == "0003"
        assert not {"adapters", "locks"} & await _tables(engine)
        assert await migrate.downgrade(engine, "-1") == "0002"
        async with engine.connect() as conn:
            columns = await conn.run_sync(lambda c: {col["name"] for col in inspect(c).get_columns("inbox")})
        assert "conversation" not in columns and "payload" in columns
        assert await migrate.downgrade(engine, "-1") == "0001"
        tables = await _tables(engine)
        assert {"conversations", "greetings", "contacts", "inbox"} <= tables
        assert not {"schedules", "outbox", "feedback"} & tables
        assert await migrate.upgrade(engine) == migrate.head()  # and back up again
    finally:
        await engine.dispose()


async def test_a_sqlite_file_from_before_migrations_is_upgraded_in_place_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "greetbot.db"
    url = f"sqlite+aiosqlite:///{path}"
    engine = await _engine(url)
    await migrate.upgrade(engine, "0001")
    await engine.dispose()
    with sqlite3.connect(path) as db:  # greetbot 0.1 used create_all: the same tables, no version stamp
        db.execute("DROP TABLE alembic_version")
        db.execute("INSERT INTO inbox (platform, event_id, payload, status, attempts, created_at) "
                   "VALUES ('telegram', 'u1', '{}', 'done', 1, CURRENT_TIMESTAMP)")
    store = await Store.open(url)
    try:
        assert await migrate.current(store.engine) == migrate.head()
        assert await store.inbox_counts() == {"done": 1}
        assert await store.enqueue(IncomingMessage("telegram", "1", "1", "hi", event_id="u2"))
    finally:
        await store.close()


async def test_postgresql_on_an_old_schema_refuses_to_start_and_names_the_command(db_url: str,
                                                                                  empty_url: str) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("the shared-database rule; SQLite upgrades itself (tested above)")
    with pytest.raises(SchemaOutdated, match="greetbot db upgrade"):
        await Store.open(empty_url)
    engine = await _engine(empty_url)
    await migrate.upgrade(engine, "0001")
    await engine.dispose()
    with pytest.raises(SchemaOutdated, match="schema 0001"):
        await Store.open(empty_url)


async def test_a_file_made_by_create_all_with_newer_tables_is_stamped_as_what_it_holds(tmp_path: Path) -> None:
    """Between releases the schema was built by create_all: such a file already has the scheduling tables."""
    path = tmp_path / "dev.db"
    url = f"sqlite+aiosqlite:///{path}"
    engine = await _engine(url)
    await migrate.upgrade(engine, "0002")
    await engine.dispose()
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE alembic_version")
    store = await Store.open(url)
    try:
        assert await migrate.current(store.engine) == migrate.head()
    finally:
        await store.close()
