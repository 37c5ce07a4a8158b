"""Counts the verdicts by version: python3 experiments/detail_judge/count.py"""
import collections
import json
from pathlib import Path

here = Path(__file__).parent
for r in ("round1", "round2", "round3", "round4", "round5", "round6", "round7", "round8"):
    keys = json.loads((here / f"{r}_keys.json").read_text())
    verdicts = {v["item"]: v["verdict"] for v in json.loads((here / f"{r}_verdicts.json").read_text())}
    counts = collections.Counter((keys[item].split("|")[1], verdict) for item, verdict in verdicts.items())
    for version in sorted({v for v, _ in counts}):
        print(r, version, {k: n for (v, k), n in sorted(counts.items()) if v == version})
