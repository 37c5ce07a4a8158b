"""How often the draft guard (bot/writing/guard.py) turns down a good greeting: its false-rejection rate.

Good greetings here are (1) the training dataset's own greetings, each against its own request, and (2) the offline
composer's drafts for our matrix and for the 551 blind requests (tests/data/composer_requests_blind_2026-12.json),
each set checked the way the writer checks model drafts (every draft against the ones kept before it). Issue 21's
goal: under 2% on both. The reasons are printed so a rule that misfires can be seen.

Run: .venv/bin/python bench/guard_false_rejections.py [--show N]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.composer_quality import blind_requests, requests
from bot.writing.composer.draft import compose_offline
from bot.writing.guard import draft_faults
from model_server.dataset import load


def rate(name: str, checked: list[tuple[str, list[str]]], show: int) -> float:
    reasons = Counter(r for _, faults in checked for r in faults)
    rejected = [(t, f) for t, f in checked if f]
    share = len(rejected) / max(1, len(checked))
    print(f"{name:<34} {len(checked):5} texts  rejected {len(rejected):4}  {share:.3%}   "
          + (", ".join(f"{r} {n}" for r, n in reasons.most_common()) or "-"))
    for text, faults in rejected[:show]:
        print(f"    {faults}: {text}")
    return share


def composer_set(pairs: list) -> list[tuple[str, list[str]]]:
    checked = []
    for request in pairs:
        kept: list[str] = []
        for text in compose_offline(request):
            checked.append((text, draft_faults(text, request, others=[*kept, *request.avoid])))
            kept.append(text)
    return checked


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", type=int, default=0, help="print up to N rejected texts per set")
    show = ap.parse_args().show
    dataset = [(s.greeting, draft_faults(s.greeting, s.request())) for s in load()]
    print("== the draft guard's false rejections (goal: under 2% on each)")
    rate("dataset greetings", dataset, show)
    rate("composer, our matrix", composer_set(list(requests())), show)
    rate("composer, blind requests", composer_set([req for _, req in blind_requests()]), show)


if __name__ == "__main__":
    main()
