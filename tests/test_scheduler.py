"""APScheduler in the app: jobs live in our database, fire on time, survive a restart, and a long-missed time asks
the owner instead of sending late."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import sqlalchemy

from bot.scheduling.runner import JOBS_TABLE, Scheduler, sync_url
from bot.scheduling.schedules import Owner, Schedules
from bot.scheduling.text import ScheduleSpec
from bot.storage.store import Store
from bot.writing.compose import GreetingWriter

OWNER = Owner("test", "boss", "group-1", True)
EVE = ScheduleSpec(holiday="除夕", on_date=None, at=time(20, 0), to_this_chat=True, recipients=(), recurring=False,
                   preview=False, style=None, time_given=True)


async def _until(predicate, timeout_s: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout_s
    while not await predicate():
        assert asyncio.get_running_loop().time() < deadline, "condition not met in time"
        await asyncio.sleep(0.05)


async def _setup(url: str):
    store = await Store.open(url)
    schedules = Schedules(store, GreetingWriter(None), backend="composer")
    return url, store, schedules


async def _move_fire_time(store: Store, schedule_id: int, when: datetime) -> None:
    await store.update_schedule(schedule_id, next_fire_at=when)


def test_the_job_store_uses_the_same_database_through_its_sync_driver() -> None:
    assert sync_url("sqlite+aiosqlite:////data/greetbot.db") == "sqlite:////data/greetbot.db"
    assert sync_url("postgresql+asyncpg://u:p@db/greetbot") == "postgresql+psycopg://u:p@db/greetbot"


async def test_a_due_job_fires_through_apscheduler_and_fans_out(db_url: str) -> None:
    url, store, schedules = await _setup(db_url)
    scheduler = Scheduler(schedules, url)
    await scheduler.start()
    try:
        row = await schedules.create(OWNER, EVE)
        await _move_fire_time(store, row.id, datetime.now(UTC) + timedelta(seconds=0.5))
        scheduler.plan(await store.get_schedule(row.id))
        await _until(lambda: _has_rows(store, row.id))
        await _until(lambda: _status_is(store, row.id, "done"))  # the fire closes a one-off after fanning out
        assert scheduler.jobs() == []  # a one-off leaves no job behind
    finally:
        await scheduler.stop()
        await store.close()


async def _has_rows(store: Store, schedule_id: int) -> bool:
    return bool(await store.outbox_of(schedule_id))


async def test_jobs_are_stored_in_our_database_and_survive_a_restart(db_url: str) -> None:
    url, store, schedules = await _setup(db_url)
    first = Scheduler(schedules, url)
    await first.start()
    row = await schedules.create(OWNER, EVE)
    await first.stop()
    engine = sqlalchemy.create_engine(sync_url(url))
    with engine.connect() as conn:
        ids = [r[0] for r in conn.execute(sqlalchemy.text(f"SELECT id FROM {JOBS_TABLE}"))]
    engine.dispose()
    assert ids == [f"schedule-{row.id}"]

    second = Scheduler(schedules, url)  # a new process on the same database
    await second.start()
    try:
        [job] = second.jobs()
        assert job["args"] == [row.id, "2027-02-05"]
        assert job["next_run_time"] == datetime(2027, 2, 5, 12, 0, tzinfo=UTC)
    finally:
        await second.stop()
        await store.close()


async def test_a_time_missed_by_a_day_asks_the_owner_and_sends_nothing(db_url: str) -> None:
    url, store, schedules = await _setup(db_url)
    row = await schedules.create(OWNER, EVE)
    await _move_fire_time(store, row.id, datetime.now(UTC) - timedelta(days=1))  # the bot was down all day
    scheduler = Scheduler(schedules, url)
    await scheduler.start()  # re-plans open schedules: this one is long past its grace
    try:
        await _until(lambda: _status_is(store, row.id, "missed"))
        [notice] = await store.outbox_of(row.id)
        assert notice.kind == "notice" and "错过了" in notice.text
    finally:
        await scheduler.stop()
        await store.close()


async def test_a_time_missed_by_minutes_still_goes_out(db_url: str) -> None:
    url, store, schedules = await _setup(db_url)
    row = await schedules.create(OWNER, EVE)
    await _move_fire_time(store, row.id, datetime.now(UTC) - timedelta(minutes=10))  # a restart at 20:00
    scheduler = Scheduler(schedules, url)
    await scheduler.start()
    try:
        await _until(lambda: _has_rows(store, row.id))
        [greeting] = await store.outbox_of(row.id)
        assert greeting.kind == "greeting" and greeting.status == "pending"
    finally:
        await scheduler.stop()
        await store.close()


async def test_cancelling_removes_the_job(db_url: str) -> None:
    url, store, schedules = await _setup(db_url)
    scheduler = Scheduler(schedules, url)
    await scheduler.start()
    try:
        row = await schedules.create(OWNER, EVE)
        assert len(scheduler.jobs()) == 1
        await schedules.cancel("test", "boss", row.id)
        assert scheduler.jobs() == []
    finally:
        await scheduler.stop()
        await store.close()


async def _status_is(store: Store, schedule_id: int, status: str) -> bool:
    return (await store.get_schedule(schedule_id)).status == status
