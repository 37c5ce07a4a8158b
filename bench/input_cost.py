"""What one long message costs the parts that read it: the offline composer and the rule extractor, over detail
texts of 100 to 16,000 characters in four shapes (clauses, one run without punctuation, a list of names, English).

Issue 16 measured the composer at 1.2 s for 500 characters and 30 s for 16,000 (on the event loop). The composer
now reads at most 300 characters of details and no clause longer than 60 units, so its cost is flat past that; the
extractor's regexes are linear. Figures only (milliseconds, one run each; these machines are noisy).
Run: .venv/bin/python bench/input_cost.py
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.domain import GreetingRequest, Slots  # noqa: E402
from bot.reading.extraction import extract_rules  # noqa: E402
from bot.writing import holidays  # noqa: E402
from bot.writing.composer.draft import compose_offline  # noqa: E402

SHAPES = {
    "clauses": lambda n: ("去年一起做了北京项目，加班到深夜。" * n)[:n],
    "one run": lambda n: "啊" * n,
    "names": lambda n: ("张总、老王、小林、" * n)[:n],
    "english": lambda n: ("we shipped the beijing project at 3am, " * n)[:n],
}
SIZES = (100, 500, 1000, 4000, 16000)


def ms(call) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    print("run: .venv/bin/python bench/input_cost.py")
    holiday = holidays.resolve("春节", date(2027, 1, 20))
    print(f"{'shape':8} {'chars':>6} {'composer ms':>12} {'extractor ms':>13}")
    for shape, make in SHAPES.items():
        for n in SIZES:
            details = make(n)
            request = GreetingRequest(slots=Slots(name="张总", relation="客户", relation_category="客户",
                                                  details=details, style="商务得体", length="50-100", occasion="微信"),
                                      holiday=holiday, n=3)
            composer = ms(lambda: compose_offline(request))
            extractor = ms(lambda: extract_rules("帮我给张总写条拜年微信，" + details))
            print(f"{shape:8} {n:>6} {composer:>12.1f} {extractor:>13.1f}", flush=True)


if __name__ == "__main__":
    main()
