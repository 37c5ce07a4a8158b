"""Items for a blind judging round: the first offline draft of each Chinese request in a slice of the blind composer
requests, from two checkouts of the composer, shuffled together with no version named.

Run: python3 experiments/detail_judge/make_round.py ROUND FIRST LAST NAME=CHECKOUT [NAME=CHECKOUT ...]
(e.g. round3 201 300 B=/tmp/wt_old A=/work/main); each checkout is imported in its own process. REQUESTS=FILE (an
environment variable) takes the requests from another file of the same shape (composer_requests_blind2_2026-12.json);
OUT=DIR writes the round's files there (another experiment's folder) instead of here; ASKED=1 puts the style,
occasion and holiday the sender asked for in each item."""
import json
import os
import random
import subprocess
import sys
from pathlib import Path

HERE = Path(os.environ.get("OUT") or Path(__file__).parent)
DRAFTS = """
import json, os, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import bench.composer_quality as cq
from bench.composer_quality import blind_requests
if os.environ.get("REQUESTS"):
    cq.BLIND = Path(os.environ["REQUESTS"])
from bot.writing.composer.draft import compose_offline
first, last = int(sys.argv[2]), int(sys.argv[3])
zh = [(r, q) for r, q in blind_requests() if r["language"] == "zh"][first - 1:last]
print(json.dumps([{"id": r["id"], "name": r["name"], "relation": r["relation"], "details": r["details"],
                   "style": r["style"], "occasion": r["occasion"], "holiday": r["holiday"],
                   "draft": compose_offline(q)[0]} for r, q in zh], ensure_ascii=False))
"""


def main() -> None:
    name, first, last, *versions = sys.argv[1:]
    items: list[tuple[str, dict]] = []
    for spec in versions:
        version, checkout = spec.split("=", 1)
        out = subprocess.run([sys.executable, "-c", DRAFTS, checkout, first, last], check=True, capture_output=True,
                             text=True, cwd=checkout).stdout
        items += [(version, d) for d in json.loads(out) if d["details"]]
    random.Random(name).shuffle(items)
    keys, rows = {}, []
    for i, (version, d) in enumerate(items, 1):
        item = f"item-{i:03d}"
        keys[item] = f"{d['id']}|{version}"
        row = {"item": item, "name": d["name"], "relation": d["relation"], "details": d["details"]}
        if os.environ.get("ASKED"):  # what the sender asked for (style, occasion, holiday), for judging register
            row |= {"style": d["style"], "occasion": d["occasion"], "holiday": d["holiday"]}
        rows.append(row | {"draft": d["draft"]})
    (HERE / f"{name}_items.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    (HERE / f"{name}_keys.json").write_text(json.dumps(keys, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(rows)} items, {len({k.split('|')[0] for k in keys.values()})} requests")


if __name__ == "__main__":
    main()
