"""Counts the naturalness verdicts by version: python3 experiments/naturalness_judge/count.py"""
import collections
import json
from pathlib import Path

here = Path(__file__).parent
total: dict[str, list[tuple[int, int]]] = collections.defaultdict(list)
for keys_file in sorted(here.glob("round*_keys.json")):
    r = keys_file.name.split("_")[0]
    verdicts_file = here / f"{r}_verdicts.json"
    if not verdicts_file.exists():
        continue
    keys = json.loads(keys_file.read_text())
    by_version: dict[str, list[tuple[int, int]]] = collections.defaultdict(list)
    for v in json.loads(verdicts_file.read_text()):
        version = keys[v["item"]].split("|")[1]
        by_version[version].append((len(v["awkward"]), v["score"]))
    for version, rows in sorted(by_version.items()):
        total[version] += rows
        n = len(rows)
        print(f"{r} {version:3} n={n:3}  natural {sum(a == 0 for a, _ in rows) / n:.2f}  "
              f"awkward per draft {sum(a for a, _ in rows) / n:.2f}  score {sum(s for _, s in rows) / n:.2f}")
for version, rows in sorted(total.items()):
    n = len(rows)
    print(f"all    {version:3} n={n:3}  natural {sum(a == 0 for a, _ in rows) / n:.2f}  "
          f"awkward per draft {sum(a for a, _ in rows) / n:.2f}  score {sum(s for _, s in rows) / n:.2f}")
