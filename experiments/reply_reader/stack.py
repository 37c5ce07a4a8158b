"""The rule reader's mood and question kind as features beside char n-grams, trained on every set but blind11 (the
one set the rules were never tuned on), scored on blind11."""
from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

import numpy as np
from scipy.sparse import hstack, csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from bench.followup_quality import SETS, thread_of  # noqa: E402
from bot.followup.observe import analyse_rules  # noqa: E402
from bot.followup.question_kinds import question_kind  # noqa: E402
from tests import followup_judge as judge  # noqa: E402

CACHE = Path("/tmp/w/rule_reads.json")
data = {k: json.loads(p.read_text(encoding="utf-8"))["items"] for k, p in SETS.items()}
if CACHE.exists():
    reads = json.loads(CACHE.read_text())
else:
    reads = {}
    for k, items in data.items():
        for it in items:
            th = thread_of(it)
            g, r = th.focus()
            a = analyse_rules(g, r, rounds=th.rounds)
            kind = question_kind(a.questions[0], it["language"]) if a.questions else "none"
            reads[it["id"]] = [a.mood, kind]
    CACHE.write_text(json.dumps(reads))
MOODS = sorted({i["mood"] for items in data.values() for i in items})
KINDS = sorted({i["question"] for items in data.values() for i in items})


def onehot(items, w):
    rows = []
    for it in items:
        m, q = reads[it["id"]]
        rows.append([w * (m == x) for x in MOODS] + [w * (q == x) for x in KINDS])
    return csr_matrix(np.array(rows, dtype=float))


test_name = sys.argv[1] if len(sys.argv) > 1 else "blind11"
train = [i for k, items in data.items() if k != test_name for i in items]
test = data[test_name]
for field in ("mood", "question"):
    right = judge.mood_right if field == "mood" else judge.question_right
    rule = np.mean([right(reads[i["id"]][0 if field == "mood" else 1], i) for i in test])
    print(f"{field} rules {rule:.3f}")
    for w in (0.0, 1.0, 3.0):
        for C in (3.0, 10.0):
            vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3), sublinear_tf=True)
            Xtr = hstack([vec.fit_transform([i["reply"] for i in train]), onehot(train, w)]).tocsr()
            Xte = hstack([vec.transform([i["reply"] for i in test]), onehot(test, w)]).tocsr()
            m = LogisticRegression(C=C, max_iter=3000).fit(Xtr, [i[field] for i in train])
            pred = m.predict(Xte)
            print(f"{field} w={w} C={C} {np.mean([right(p, i) for p, i in zip(pred, test)]):.3f}")
