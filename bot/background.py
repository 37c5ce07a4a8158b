"""What the inbox worker and the outbox sender share: a loop that drains durable work, woken early by `notify()`.

Work lives in the database (leased rows), so the loop itself keeps nothing: it drains what can be claimed, then
sleeps until notified or `poll_s` passes (other replicas and expired leases make work appear unannounced).
"""

from __future__ import annotations

import asyncio
import logging
import uuid

log = logging.getLogger(__name__)


class PollingWorker:
    name = "worker"

    def __init__(self, *, concurrency: int, lease_s: float, poll_s: float) -> None:
        self.owner = f"{self.name}-{uuid.uuid4().hex[:8]}"
        self.concurrency = concurrency
        self.lease_s = lease_s
        self.poll_s = poll_s
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    async def drain(self) -> int:
        """Handle everything claimable now; the number of items handled."""
        raise NotImplementedError

    def notify(self) -> None:
        self._wake.set()

    def start(self) -> None:
        self._stopping = False
        self._task = asyncio.create_task(self._run(), name=self.name)
        self._task.add_done_callback(log_task_failure)

    async def stop(self) -> None:
        """Finish what is in hand and claim nothing more."""
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            await self._task
            self._task = None

    async def _run(self) -> None:
        while not self._stopping:
            # Cleared before the drain, not after: a notify() or stop() that comes during it is not lost (a stop
            # lost there would wait a whole `poll_s`, ten minutes for the retention sweep).
            self._wake.clear()
            try:
                await self.drain()
            except Exception:  # the loop must outlive any one bad batch
                log.exception("%s batch failed", self.name)
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=self.poll_s)
            except TimeoutError:
                pass


def log_task_failure(task: asyncio.Task[None]) -> None:
    """A done-callback for background tasks: a task that dies says so in the log, never silently."""
    if not task.cancelled() and task.exception() is not None:
        log.error("%s stopped", task.get_name(), exc_info=task.exception())
