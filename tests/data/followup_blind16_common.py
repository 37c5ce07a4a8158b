"""Shared helper for the sixteenth blind follow-up set (``followup_blind16_build.py``); standard library only.

``it(...)`` turns one hand-written item into a plain dict; the four item modules
``followup_blind16_items_1.py`` … ``followup_blind16_items_4.py`` each build ``ITEMS = [it(...), ...]`` and the
build script assembles them in that order. Arguments, in order: language, holiday, style, relation (the sender's
word), relation category, how the sender addresses the recipient, the greeting the sender sent, the recipient's
latest reply, the mood and question labels, the register, and a reference follow-up (``ref``) that a careful
person could send back (kept only in the build script's ``REFERENCES``, never in the JSON).

Keyword arguments: ``sender`` (the sender's name or None), ``thread`` (earlier turns after the greeting, each
"R:" for the recipient or "S:" for the sender), ``forbid`` (item-specific phrases a good answer must not
contain), ``must`` (``must_mention_any``: the options a ``choice`` reply offers), ``pick`` (build-only tag, not in
the JSON: the reply picks up a detail or a joke of the greeting or thread; counted in the note), ``typo``
(build-only tag: the reply carries a typing slip, such as a wrong homophone, kept as typed; counted in the note).
"""

from __future__ import annotations

import sys as _sys

_sys.dont_write_bytecode = True  # never leave .pyc files next to the judge or here


def it(lang, holiday, style, relation, category, recipient, greeting, reply, mood, question, register, ref, *,
       sender=None, thread=(), forbid=(), must=(), pick=False, typo=False):
    turns = []
    for t in thread:
        who, text = t.split(":", 1)
        turns.append({"from": {"R": "recipient", "S": "sender"}[who], "text": text})
    return dict(language=lang, holiday=holiday, style=style, relation=relation, relation_category=category,
                recipient=recipient, sender_name=sender, greeting=greeting, thread=turns, reply=reply,
                mood=mood, question=question, register=register, ref=ref, forbid=list(forbid),
                must=list(must), pick=bool(pick), typo=bool(typo))


Z, E = "zh", "en"
TRAD, CASUAL, TECH, BIZ = "传统喜庆", "轻松自然", "LLM科技风", "商务得体"
RESP, INTI, CAS, FORM = "respectful", "intimate", "casual", "formal"
NO_OVERTIME = ["加班"]
NO_OVERTIME_EN = ["overtime"]
