import json
import sys
from collections import defaultdict

from bot.writing.compose import clean_draft
from model_server.eval import Draft, Run, load_scenarios, score

sc = load_scenarios()
by = defaultdict(list); stops = defaultdict(int)
for l in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(l); by[r["variant"]].append(r); stops[r["variant"]] += r["stopped"]
print(f"{'variant':28} name  len   det   zod guard stop meanlen")
for v, rows in by.items():
    run = Run(v, sc, [Draft(sc[r["i"]], clean_draft(r["text"]), r["text"]) for r in rows])
    m = score(run)
    print(f"{v:28} {m.name_use:.2f}  {m.length_compliance:.2f}  {m.detail_recall:.2f}  {m.wrong_zodiac:3d} {m.guard_pass_rate:.2f}  {stops[v]/len(rows):.2f} {m.mean_length:.0f}")
if len(sys.argv) > 2:
    for r in by[sys.argv[2]][:10]: print(sc[r["i"]].slots.name, "|", r["text"][:120].replace("\n", " "))
