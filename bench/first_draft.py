"""Time from a request to the first drafts in the console engine with the offline composer, in-process.

A fresh SQLite file, the issue's example request, N turns (each a new person, so every turn writes drafts).
Run: .venv/bin/python bench/first_draft.py [N]
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bot.conversation.engine import Engine
from bot.domain import IncomingMessage
from bot.storage.store import Store
from bot.writing.compose import GreetingWriter

REQUEST = "帮我给张总写条拜年微信，他是合作三年的客户，去年一起做了北京项目，商务得体点，50到100字"


async def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = await Store.open(f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}")
        engine = Engine(store, GreetingWriter(None), today=lambda: date(2027, 1, 20), backend="composer")
        times = []
        for i in range(n + 1):
            started = time.perf_counter()
            await engine.handle(IncomingMessage("console", f"u{i}", f"u{i}", REQUEST))
            if i:  # the first turn warms imports and the connection pool
                times.append((time.perf_counter() - started) * 1000)
        await store.close()
    times.sort()
    print(f"turns {n}: request → first drafts  p50 {statistics.median(times):.1f} ms  "
          f"p95 {times[int(0.95 * (n - 1))]:.1f} ms  max {times[-1]:.1f} ms")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 50))
