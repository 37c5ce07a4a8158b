"""Leave-one-set-out: a char n-gram classifier of a reply's mood and question kind, trained on every follow-up set
but one and scored on the one left out, next to the rule reader's score on it."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from bench.followup_quality import SETS  # noqa: E402
from tests import followup_judge as judge  # noqa: E402

data = {k: json.loads(p.read_text(encoding="utf-8"))["items"] for k, p in SETS.items()}


def text_of(item, with_greeting=False):
    t = item["reply"]
    if with_greeting:
        t = item["greeting"][-30:] + " || " + t
    return t


def model(C=5.0, ngram=(1, 3)):
    return make_pipeline(TfidfVectorizer(analyzer="char_wb", ngram_range=ngram, sublinear_tf=True, min_df=1),
                         LogisticRegression(C=C, max_iter=3000, class_weight=None))


for field in ("mood", "question"):
    for C in (2.0, 10.0):
        scores = []
        for held in SETS:
            train = [i for k, items in data.items() if k != held for i in items]
            test = data[held]
            m = model(C).fit([text_of(i) for i in train], [i[field] for i in train])
            pred = m.predict([text_of(i) for i in test])
            right = [judge.mood_right(p, i) if field == "mood" else judge.question_right(p, i) for p, i in zip(pred, test)]
            scores.append((held, np.mean(right)))
        print(field, C, " ".join(f"{k}:{v:.3f}" for k, v in scores), "mean", f"{np.mean([v for _, v in scores]):.3f}")
