"""A learning cycle started from the console: in a thread of its own, with its own event loop and database
connection, exactly as `greetbot learn` runs it (`Learner.cycle`), so its exports, training and scoring never hold
up the console or the webhooks. One at a time: this process refuses a second while its own runs, and the cycle's
database lock (which the CLI and the nightly job take too) refuses one while any other process runs a cycle."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from bot.learning.cycle import LOCK, CycleResult, Learner
from bot.settings import Settings
from bot.storage.store import Store

log = logging.getLogger(__name__)

Cycle = Callable[[Settings, bool], Awaitable[CycleResult]]
Started = Literal["started", "running_here", "running_elsewhere"]


async def run_cycle(settings: Settings, force: bool) -> CycleResult:
    """One cycle with a store of its own (the console's engine belongs to another event loop)."""
    store = await Store.open(settings.resolved_database_url(), migrate=False)
    try:
        return await Learner(store, settings).cycle(force=force)
    finally:
        await store.close()


@dataclass(frozen=True)
class RunState:
    """The last cycle this process started: running, finished (with the cycle's own verdict) or failed."""

    state: Literal["idle", "running", "finished", "failed"] = "idle"
    started_at: datetime | None = None
    finished_at: datetime | None = None
    force: bool = False
    result: CycleResult | None = None
    error: str | None = None

    @property
    def running(self) -> bool:
        return self.state == "running"


class LearningRuns:
    def __init__(self, settings: Settings, *, cycle: Cycle = run_cycle) -> None:
        self.settings, self.cycle = settings, cycle
        self._state = RunState()
        self._guard = threading.Lock()
        self._thread: threading.Thread | None = None  # a strong reference: the run is never lost track of

    @property
    def state(self) -> RunState:
        with self._guard:
            return self._state

    async def start(self, store: Store, *, force: bool = False) -> Started:
        """Start a cycle in the background, or say why not; returns at once."""
        if self.state.running:
            return "running_here"
        holder = await store.lock_holder(LOCK)
        if holder is not None:
            return "running_elsewhere"
        with self._guard:
            if self._state.running:  # another request got here during the lock read
                return "running_here"
            self._state = RunState("running", datetime.now(UTC), force=force)
            self._thread = threading.Thread(target=self._run, args=(force,), name="learning-cycle", daemon=True)
            self._thread.start()
        return "started"

    def _run(self, force: bool) -> None:
        try:
            result = asyncio.run(self.cycle(self.settings, force))
        except Exception as exc:  # recorded for the page, and logged with its traceback for the operator
            log.exception("learning cycle started from the console failed")
            self._finish(error=f"{exc.__class__.__name__}: {exc}"[:300])
            return
        log.info("learning cycle from the console: %s: %s", result.status, result.reason)
        self._finish(result=result)

    def _finish(self, *, result: CycleResult | None = None, error: str | None = None) -> None:
        with self._guard:
            s = self._state
            self._state = RunState("failed" if error else "finished", s.started_at, datetime.now(UTC), s.force,
                                   result, error)

    def join(self, timeout: float | None = None) -> None:
        """Wait for the running cycle (tests, and a graceful stop that wants it done)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
