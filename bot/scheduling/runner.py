"""When schedules fire: APScheduler 3 (`AsyncIOScheduler`) with its job store in our own database.

One date job per schedule: its next occurrence. The job only calls `Schedules.fire`; what to send, to whom and
whether it was sent already live in our tables, so a duplicate fire is harmless (the outbox key). Choices:
- misfire grace `MISFIRE_GRACE_S` (2 h): a send that the bot missed by minutes (a restart, a deploy) still goes
  out when it comes back; one missed by longer, say a day, would arrive at an odd hour, so the owner is asked;
- coalesce: several missed runs of one job become one, never a burst of stale greetings;
- max_instances 1: a job never runs twice at once in one process.
Jobs are re-planned from the schedules table at start, so the job store losing a job cannot lose a schedule.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from apscheduler.events import EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.background import log_task_failure
from bot.scheduling.schedules import Schedules, _aware
from bot.storage.tables import ScheduleRow

log = logging.getLogger(__name__)

MISFIRE_GRACE_S = 2 * 3600
JOBS_TABLE = "apscheduler_jobs"
LOCK_KEY = 0x67726565  # "gree": the advisory lock that makes one replica the scheduler

# The running service; APScheduler stores jobs by a reference to a module-level function, not to an object.
_service: Schedules | None = None


async def fire_job(schedule_id: int, occurrence: str) -> None:
    if _service is None:
        log.error("schedule %s fired with no scheduler running in this process", schedule_id)
        return
    await _service.fire(schedule_id, occurrence)


async def learn_job() -> None:
    if _service is None:
        return
    from bot.learning.cycle import Learner
    from bot.settings import Settings

    result = await Learner(_service.store, Settings()).cycle()
    log.info("scheduled learning cycle: %s: %s", result.status, result.reason)


def sync_url(async_url: str) -> str:
    """The job store is synchronous SQLAlchemy: the same database through its sync driver."""
    for async_driver, sync_driver in (("sqlite+aiosqlite", "sqlite"), ("postgresql+asyncpg", "postgresql+psycopg")):
        if async_url.startswith(async_driver):
            return sync_driver + async_url[len(async_driver):]
    return async_url


def job_id(schedule_id: int) -> str:
    return f"schedule-{schedule_id}"


class Scheduler:
    def __init__(self, schedules: Schedules, database_url: str, *, misfire_grace_s: int = MISFIRE_GRACE_S,
                 learn_cron: str | None = None, timezone: str = "Asia/Shanghai") -> None:
        self.schedules = schedules
        self.learn_cron, self.timezone = learn_cron, timezone
        self.database_url = database_url
        self.misfire_grace_s = misfire_grace_s
        self._aps: AsyncIOScheduler | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        # APScheduler's job store writes to the same database with its own connection: only once the turn that
        # changed the schedule has committed (it would wait on the turn's SQLite lock, and must follow the row).
        after = schedules.store.after_commit
        schedules.on_planned = lambda row: after(lambda: self.plan(row))
        schedules.on_unplanned = lambda schedule_id: after(lambda: self.unplan(schedule_id))

    async def start(self) -> None:
        global _service
        _service = self.schedules
        # A fresh APScheduler each time: a replica that loses the scheduling lock and wins it back starts again.
        self._aps = AsyncIOScheduler(
            jobstores={"default": SQLAlchemyJobStore(url=sync_url(self.database_url), tablename=JOBS_TABLE)},
            job_defaults={"coalesce": True, "misfire_grace_time": self.misfire_grace_s, "max_instances": 1},
            timezone="UTC",
        )
        self._aps.add_listener(self._on_missed, EVENT_JOB_MISSED)
        self._aps.start()
        if self.learn_cron:  # the learning cycle, e.g. nightly; its own lock keeps it single even if run by hand
            self._aps.add_job(learn_job, CronTrigger.from_crontab(self.learn_cron, timezone=self.timezone),
                              id="learn", replace_existing=True, name="learning cycle")
        elif self._aps.get_job("learn") is not None:
            self._aps.remove_job("learn")
        for row in await self.schedules.store.open_schedules():
            self.plan(row)

    async def stop(self) -> None:
        global _service
        if self._aps is not None:
            self._aps.shutdown(wait=False)
            self._aps = None
        for task in list(self._tasks):
            await task
        if _service is self.schedules:
            _service = None

    def plan(self, row: ScheduleRow) -> None:
        """(Re)place the schedule's job at its next fire time; a time already past runs (or misses) at once."""
        if self._aps is None:
            return  # not the scheduling replica: the one holding the lock re-plans from the table when it starts
        if row.next_fire_at is None or row.status not in ("active", "awaiting_approval"):
            self.unplan(row.id)
            return
        self._aps.add_job(fire_job, "date", run_date=_aware(row.next_fire_at), args=[row.id, row.next_occurrence],
                          id=job_id(row.id), replace_existing=True, name=f"schedule {row.id} {row.next_occurrence}")

    def unplan(self, schedule_id: int) -> None:
        if self._aps is not None and self._aps.get_job(job_id(schedule_id)) is not None:
            self._aps.remove_job(job_id(schedule_id))

    def jobs(self) -> list[dict[str, Any]]:
        if self._aps is None:
            return []
        return [{"id": j.id, "next_run_time": j.next_run_time, "args": list(j.args)} for j in self._aps.get_jobs()]

    def _on_missed(self, event: JobExecutionEvent) -> None:
        if not event.job_id.startswith("schedule-"):
            return
        schedule_id = int(event.job_id.split("-", 1)[1])
        log.warning("schedule %s missed its time (%s) by more than the grace", schedule_id, event.scheduled_run_time)
        # Listeners are plain callbacks on the event loop's thread: the notice is written by a task.
        task = asyncio.get_running_loop().create_task(self.schedules.missed(schedule_id))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        task.add_done_callback(log_task_failure)


class Leadership:
    """One scheduling replica at a time: the holder of a PostgreSQL advisory lock, with fail-over.

    APScheduler 3 fires a job in every scheduler sharing a job store, and the platforms' rate limits are for the
    bot as a whole; so the scheduler and the outbox sender run only in the replica holding the lock. The lock is
    held by a session: if that replica dies, its connection closes, the lock is free, and another replica takes
    over within `poll_s`. SQLite means one process: it leads at once. The outbox key stays the second guard.
    """

    def __init__(self, engine: AsyncEngine, *, poll_s: float = 5.0, key: int = LOCK_KEY) -> None:
        self.engine = engine
        self.poll_s = poll_s
        self.key = key
        self.leading = False
        self._conn: AsyncConnection | None = None
        self._task: asyncio.Task[None] | None = None
        self._stop = asyncio.Event()

    def start(self, lead: Callable[[], Awaitable[None]], follow: Callable[[], Awaitable[None]]) -> None:
        self._lead, self._follow = lead, follow
        self._task = asyncio.create_task(self._run(), name="scheduling-leadership")
        self._task.add_done_callback(log_task_failure)

    async def stop(self) -> None:
        self._stop.set()
        if self._task is not None:
            await self._task
        await self._step_down()

    async def _run(self) -> None:
        while not self._stop.is_set():
            try:
                if not self.leading and await self._acquire():
                    self.leading = True
                    log.info("this replica now runs the scheduler and the outbox sender")
                    await self._lead()
                elif self.leading and not await self._alive():
                    log.warning("lost the scheduling lock's connection; stepping down")
                    await self._step_down()
            except Exception:
                log.exception("scheduling leadership check failed")
                await self._step_down()
            try:
                await asyncio.wait_for(self._stop.wait(), timeout=self.poll_s)
            except TimeoutError:
                pass

    async def _acquire(self) -> bool:
        if self.engine.dialect.name != "postgresql":
            return True
        conn = await self.engine.connect()
        try:
            got = (await conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": self.key})).scalar()
            await conn.commit()
        except BaseException:
            await conn.close()
            raise
        if got:
            self._conn = conn
            return True
        await conn.close()
        return False

    async def _alive(self) -> bool:
        if self._conn is None:
            return self.engine.dialect.name != "postgresql"
        try:
            await self._conn.execute(text("SELECT 1"))
            await self._conn.commit()
            return True
        except Exception:
            return False

    async def _step_down(self) -> None:
        if self.leading:
            self.leading = False
            await self._follow()
        if self._conn is not None:
            conn, self._conn = self._conn, None
            with contextlib.suppress(Exception):
                await conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": self.key})
                await conn.commit()
            with contextlib.suppress(Exception):
                await conn.close()
