"""What keeping one broadcast's greetings apart costs: N recipients known only by name, written by the offline
composer through the schedules' own writer (`bot.scheduling.distinct.BroadcastTexts`, 4 at a time as the sender
writes them), each kept apart from the ones before it; `--alone` writes each as if it were the only one (as before
issue 17). Prints the writing time per greeting, the share of greetings with a 12-character run of another's and the
share of pairs of greetings with one in common.
Time it whole with farm-bench, the two ways side by side:
  farm-bench -n 3 --timeout 900 --vs '.venv/bin/python bench/broadcast_writing.py --alone' -- \
      .venv/bin/python bench/broadcast_writing.py
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.domain import GreetingRequest, Slots
from bot.reading.dialogue import with_defaults
from bot.scheduling.distinct import BroadcastTexts
from bot.writing import holidays
from bot.writing.compose import GreetingWriter
from bot.writing.quality import runs


class _NothingSentYet:
    """The outbox of a broadcast nothing of which has been written yet."""

    async def outbox_of(self, *args: object, **kwargs: object) -> list:
        return []


async def main(n: int, alone: bool) -> None:
    writer = GreetingWriter(None)
    texts = BroadcastTexts(_NothingSentYet(), writer, concurrency=4)  # type: ignore[arg-type]
    holiday = holidays.resolve("除夕", date(2026, 12, 3))
    written: list[str] = []

    async def one(i: int) -> None:
        request = GreetingRequest(slots=with_defaults(Slots(name=f"朋友{i}")), holiday=holiday, n=1)
        if alone:
            written.append((await writer.write(request, "composer")).texts[0])
        else:
            written.append((await texts.write(1, holiday.date.isoformat(), request, "composer"))[0])

    start = time.perf_counter()
    for first in range(0, n, 4):
        await asyncio.gather(*(one(i) for i in range(first, min(n, first + 4))))
    spent = time.perf_counter() - start
    grams = [runs(t) for t in written]
    greetings_with = Counter(r for g in grams for r in g)  # how many greetings hold each run
    shared = sum(any(greetings_with[r] > 1 for r in g) for g in grams)
    pairs = sum(bool(a & b) for a, b in itertools.combinations(grams, 2))
    print(f"{'alone' if alone else 'kept apart'}: {n} greetings, {spent / n * 1000:.1f} ms each; "
          f"{shared / n:.2f} share a 12-character run with another, {pairs / (n * (n - 1) / 2):.3f} of pairs do")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=300)
    parser.add_argument("--alone", action="store_true")
    args = parser.parse_args()
    asyncio.run(main(args.n, args.alone))
