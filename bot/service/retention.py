"""The retention job (issue 15): the store's sweep, every `retention_interval_s`, in the scheduling replica only.

One replica at a time, like the scheduler: the sweep's work is the same whoever does it, so several replicas would
only contend for the same rows. Each pass logs one line with its counts and hands them to `on_swept` (the metrics).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from bot.background import PollingWorker
from bot.storage.retention import SWEPT, RetentionWindows
from bot.storage.store import Store

log = logging.getLogger(__name__)

Swept = Callable[[dict[str, int]], None]


class RetentionSweeper(PollingWorker):
    """Sweeps at start, then every `interval_s`; a failed pass is logged and the next one tries again."""

    name = "retention-sweep"

    def __init__(self, store: Store, windows: RetentionWindows, *, interval_s: float,
                 on_swept: Swept | None = None, now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        super().__init__(concurrency=1, lease_s=0.0, poll_s=interval_s)
        self.store, self.windows, self.on_swept, self.now = store, windows, on_swept, now

    async def drain(self) -> int:
        counts = await self.store.sweep(self.now(), self.windows)
        log.info("retention sweep removed %s", " ".join(f"{what}={counts.get(what, 0)}" for what in SWEPT))
        if self.on_swept is not None:
            self.on_swept(counts)
        return sum(counts.values())
