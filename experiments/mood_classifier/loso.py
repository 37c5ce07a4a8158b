"""Could a learned reader beat the rules at mood and question kind? Leave one writer's set out: a character 1-3-gram
TF-IDF logistic regression trained on the other sets' replies (optionally with the rule reader's answer as a feature),
scored on the held-out set, next to the rules (tuned on every set but the last measured one).

Needs scikit-learn, which the project does not depend on: .venv/bin/pip install scikit-learn
Run: .venv/bin/python experiments/mood_classifier/loso.py mood|question
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import json
from collections import Counter

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline, make_union

from bench.followup_quality import SETS, thread_of
from bot.followup.observe import analyse_rules
from bot.followup.question_kinds import question_kind
from tests import followup_judge as judge

data = {}
for name, path in SETS.items():
    data[name] = json.loads(path.read_text())["items"]

def rule_reads(item):
    th = thread_of(item)
    g, r = th.focus()
    a = analyse_rules(g, r, rounds=th.rounds)
    kind = question_kind(a.questions[0], item["language"]) if a.questions else "none"
    return a.mood, kind

rules = {n: [rule_reads(i) for i in its] for n, its in data.items()}
what = sys.argv[1] if len(sys.argv) > 1 else "mood"
col = 0 if what == "mood" else 1
def text(i): return i["reply"]
def feats(its, rr):
    return [text(i) + " ⟦R" + r[col] + "⟧" for i, r in zip(its, rr)]
for use_rule in (False, True):
    tot = Counter()
    for held in SETS:
        tr = [n for n in SETS if n != held]
        X = sum(([text(i) + (" ⟦R"+r[col]+"⟧" if use_rule else "") for i, r in zip(data[n], rules[n])] for n in tr), [])
        y = sum(([i[what] for i in data[n]] for n in tr), [])
        vecs = [TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3), sublinear_tf=True, min_df=2)]
        if use_rule: vecs.append(TfidfVectorizer(analyzer="word", token_pattern=r"⟦R\w+⟧", lowercase=False))
        clf = make_pipeline(make_union(*vecs),
                            LogisticRegression(C=5, max_iter=2000, class_weight=None))
        clf.fit(X, y)
        Xt = [text(i) + (" ⟦R"+r[col]+"⟧" if use_rule else "") for i, r in zip(data[held], rules[held])]
        pred = clf.predict(Xt)
        ok = sum((judge.mood_right(p, i) if what == "mood" else judge.question_right(p, i)) for p, i in zip(pred, data[held]))
        rok = sum((judge.mood_right(r[0], i) if what == "mood" else judge.question_right(r[1], i)) for r, i in zip(rules[held], data[held]))
        print(f"{held:8} n={len(data[held]):3} clf{'+rule' if use_rule else ''} {ok/len(data[held]):.3f}  rules(tuned except blind11) {rok/len(data[held]):.3f}")
