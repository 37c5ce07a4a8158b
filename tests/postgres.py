"""PostgreSQL for the tests: one migrated template database per session, a fresh copy of it per test.

Where it comes from: GREETBOT_TEST_POSTGRES_URL (an asyncpg SQLAlchemy URL of a role allowed to create databases),
default the role `.ci/run` creates on the local server. Unreachable → the PostgreSQL variants are skipped with a
reason that says how to enable them, except in CI, where that is a failure.
"""

from __future__ import annotations

import asyncio
import os
import time
import uuid

import pytest

DEFAULT_URL = "postgresql+asyncpg://greetbot:greetbot@127.0.0.1:5432/greetbot_test"
# One template per test session: two sessions on one server (a developer's and CI's) never share one.
TEMPLATE = f"greetbot_template_{os.getpid()}"


def base_url() -> str:
    return os.environ.get("GREETBOT_TEST_POSTGRES_URL", DEFAULT_URL)


def _dsn(url: str, database: str) -> str:
    head, _, _ = url.replace("postgresql+asyncpg://", "postgresql://", 1).rpartition("/")
    return f"{head}/{database}"


def with_database(url: str, database: str) -> str:
    head, _, _ = url.rpartition("/")
    return f"{head}/{database}"


def _admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(_dsn(base_url(), "postgres"), autocommit=True, connect_timeout=3) as conn:
        conn.execute(sql)


def unavailable_reason() -> str | None:
    try:
        _admin("SELECT 1")
    except Exception as exc:
        return (f"PostgreSQL not reachable at {base_url().split('@')[-1]} ({exc.__class__.__name__}): start it "
                "(`pg_ctlcluster 15 main start`), create the role as .ci/run does, or set GREETBOT_TEST_POSTGRES_URL")
    return None


def make_template() -> None:
    """A database at the code's schema head, copied for every test (CREATE DATABASE … TEMPLATE is fast)."""
    from bot.storage.store import Store

    drop_database(TEMPLATE)
    _admin(f"CREATE DATABASE {TEMPLATE}")

    async def migrate() -> None:
        store = await Store.open(with_database(base_url(), TEMPLATE), migrate=True)
        await store.close()

    asyncio.run(migrate())


def fresh_database(*, migrated: bool = True) -> tuple[str, str]:
    name = f"greetbot_t_{uuid.uuid4().hex[:12]}"
    _admin(f"CREATE DATABASE {name}" + (f" TEMPLATE {TEMPLATE}" if migrated else ""))
    return name, with_database(base_url(), name)


def drop_database(name: str) -> None:
    """Drop a test database. An autovacuum worker visiting it cannot be terminated by our non-superuser role
    (InsufficientPrivilege) and holds it for a moment, so that answer is waited out rather than failing the test."""
    import psycopg

    for attempt in range(40):
        try:
            _admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            return
        except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectInUse):
            if attempt == 39:
                raise
            time.sleep(0.25)


def require() -> None:
    reason = unavailable_reason()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
