"""The engine's own cost per turn, without the writer: a request that goes straight to drafts, answered by a writer
that returns three fixed drafts at once, on a fresh SQLite file (the default store) or `--db URL`.

What is left is the engine's reading, state, storage and rendering. Issue 16's goal: p99 ≤ 5 ms.
Figures only; one run (these machines are noisy).
Run: .venv/bin/python bench/engine_cost.py [-n 500] [--db URL]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.conversation.engine import Engine  # noqa: E402
from bot.domain import Drafts, GreetingRequest, IncomingMessage  # noqa: E402
from bot.storage.store import Store  # noqa: E402
from bot.writing.compose import GreetingWriter  # noqa: E402

REQUEST = "帮我给张总写条拜年微信，他是合作三年的客户，去年一起做了北京项目，商务得体点，50到100字"
DRAFTS = ("张总，新春快乐！北京项目一路同行，感谢三年信任。", "张总，新年好！去年北京项目多亏您，来年继续携手。",
          "张总，春节快乐，北京项目合作愉快，祝新年顺遂。")


class InstantWriter(GreetingWriter):
    """No model, no composer: the writer's cost is taken out of the figure."""

    async def write(self, request: GreetingRequest, backend: str = "auto", *, key: str | None = None,
                    since: float | None = None) -> Drafts:
        return Drafts(DRAFTS, "vllm", request.holiday)


async def main(n: int, db: str | None) -> None:
    print(f"run: .venv/bin/python bench/engine_cost.py -n {n}" + (f" --db {db}" if db else ""))
    with tempfile.TemporaryDirectory() as tmp:
        store = await Store.open(db or f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}")
        engine = Engine(store, InstantWriter(None), today=lambda: date(2027, 1, 20), backend="vllm")
        turns: dict[str, list[float]] = {"request → drafts": [], "choose a draft": []}
        for i in range(n + 10):
            for kind, text in (("request → drafts", REQUEST), ("choose a draft", "2")):
                started = time.perf_counter()
                await engine.handle(IncomingMessage("bench", f"c{i}", f"u{i}", text))
                if i >= 10:  # the first turns warm imports, caches and the connection pool
                    turns[kind].append((time.perf_counter() - started) * 1000)
        await store.close()
    for kind, times in turns.items():
        times.sort()
        print(f"{kind:18} turns {len(times)}  p50 {statistics.median(times):.2f} ms  "
              f"p99 {times[int(0.99 * (len(times) - 1))]:.2f} ms  max {times[-1]:.2f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=500)
    parser.add_argument("--db", default=None)
    args = parser.parse_args()
    asyncio.run(main(args.n, args.db))
