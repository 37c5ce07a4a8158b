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
import logging
from typing import Any

from apscheduler.events import EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.inbox import log_task_failure
from bot.schedules import Schedules, _aware
from bot.store import ScheduleRow

log = logging.getLogger(__name__)

MISFIRE_GRACE_S = 2 * 3600
JOBS_TABLE = "apscheduler_jobs"

# The running service; APScheduler stores jobs by a reference to a module-level function, not to an object.
_service: Schedules | None = None


async def fire_job(schedule_id: int, occurrence: str) -> None:
    if _service is None:
        log.error("schedule %s fired with no scheduler running in this process", schedule_id)
        return
    await _service.fire(schedule_id, occurrence)


def sync_url(async_url: str) -> str:
    """The job store is synchronous SQLAlchemy: the same database through its sync driver."""
    for async_driver, sync_driver in (("sqlite+aiosqlite", "sqlite"), ("postgresql+asyncpg", "postgresql+psycopg")):
        if async_url.startswith(async_driver):
            return sync_driver + async_url[len(async_driver):]
    return async_url


def job_id(schedule_id: int) -> str:
    return f"schedule-{schedule_id}"


class Scheduler:
    def __init__(self, schedules: Schedules, database_url: str, *, misfire_grace_s: int = MISFIRE_GRACE_S) -> None:
        self.schedules = schedules
        self._aps = AsyncIOScheduler(
            jobstores={"default": SQLAlchemyJobStore(url=sync_url(database_url), tablename=JOBS_TABLE)},
            job_defaults={"coalesce": True, "misfire_grace_time": misfire_grace_s, "max_instances": 1},
            timezone="UTC",
        )
        self._aps.add_listener(self._on_missed, EVENT_JOB_MISSED)
        self._tasks: set[asyncio.Task[None]] = set()
        schedules.on_planned = self.plan
        schedules.on_unplanned = self.unplan

    async def start(self) -> None:
        global _service
        _service = self.schedules
        self._aps.start()
        for row in await self.schedules.store.open_schedules():
            self.plan(row)

    async def stop(self) -> None:
        global _service
        self._aps.shutdown(wait=False)
        for task in list(self._tasks):
            await task
        if _service is self.schedules:
            _service = None

    def plan(self, row: ScheduleRow) -> None:
        """(Re)place the schedule's job at its next fire time; a time already past runs (or misses) at once."""
        if row.next_fire_at is None or row.status not in ("active", "awaiting_approval"):
            self.unplan(row.id)
            return
        self._aps.add_job(fire_job, "date", run_date=_aware(row.next_fire_at), args=[row.id, row.next_occurrence],
                          id=job_id(row.id), replace_existing=True, name=f"schedule {row.id} {row.next_occurrence}")

    def unplan(self, schedule_id: int) -> None:
        if self._aps.get_job(job_id(schedule_id)) is not None:
            self._aps.remove_job(job_id(schedule_id))

    def jobs(self) -> list[dict[str, Any]]:
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
