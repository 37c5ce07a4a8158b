"""greetbot's greetings dataset: records, a stable train/validation split, the validator and coverage.

A record is one request (the six slots and the holiday) and the greeting a person would send:
    {"id", "slots": {name, relation, relation_category, details, occasion, style, length, language},
     "holiday": {"name", "date", "zodiac"}, "greeting"}
Training and serving share one prompt: `bot.writing.compose.build_messages` turns a record into the chat the bot sends.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Iterable

from bot.domain import (
    LENGTHS,
    OCCASIONS,
    RELATION_CATEGORIES,
    STYLES,
    GreetingRequest,
    Holiday,
    Slots,
    length_units,
)
from bot.writing import holidays
from bot.writing.compose import build_messages
from bot.writing.guard import draft_faults
from bot.writing.quality import uses_details

DATASET = Path(__file__).resolve().parent / "data" / "greetings.jsonl"
# Categories every style × length cell must have examples for (the others need only appear).
MAIN_CATEGORIES = ("家人", "恋人", "朋友", "同事", "领导", "客户")
VALIDATION_SHARE = 10  # one record in ten, chosen by a hash of its id: adding records never moves old ones


@dataclass(frozen=True)
class Sample:
    id: str
    slots: Slots
    holiday: Holiday
    greeting: str

    @property
    def split(self) -> str:
        return split_of(self.id)

    def request(self) -> GreetingRequest:
        return GreetingRequest(slots=self.slots, holiday=self.holiday, n=1)

    def messages(self) -> list[dict[str, str]]:
        """The chat the bot sends for this request, with the greeting as the assistant's answer."""
        return [*build_messages(self.request()), {"role": "assistant", "content": self.greeting}]


def split_of(sample_id: str) -> str:
    digest = int(hashlib.sha256(sample_id.encode()).hexdigest(), 16)
    return "val" if digest % VALIDATION_SHARE == 0 else "train"


def parse(record: dict[str, Any]) -> Sample:
    """A record as a `Sample`; raises `ValueError` naming the field that is wrong."""
    try:
        h = record["holiday"]
        name = holidays.canonical_name(h["name"]) or h["name"]
        zodiac_relevant = name in ("除夕", "春节", "元宵")
        holiday = Holiday(name, date.fromisoformat(h["date"]), h.get("zodiac"), zodiac_relevant=zodiac_relevant)
        return Sample(str(record["id"]), Slots.from_dict(record["slots"]), holiday, str(record["greeting"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"record {record.get('id', '?')}: {exc!r}") from None


def load(path: Path = DATASET) -> list[Sample]:
    with path.open(encoding="utf-8") as f:
        return [parse(json.loads(line)) for line in f if line.strip()]


def dump(samples: Iterable[Sample], path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for s in samples:
            f.write(json.dumps(to_record(s), ensure_ascii=False) + "\n")


def to_record(s: Sample) -> dict[str, Any]:
    return {"id": s.id, "slots": _slot_dict(s.slots), "holiday": s.holiday.to_json(), "greeting": s.greeting}


def _slot_dict(slots: Slots) -> dict[str, Any]:
    keys = ("name", "relation", "relation_category", "details", "occasion", "style", "length", "language")
    return {k: getattr(slots, k) for k in keys}


@dataclass(frozen=True)
class Problem:
    id: str
    check: str
    message: str


def check_sample(s: Sample) -> list[Problem]:
    """Everything wrong with one record, by named check."""
    out: list[Problem] = []

    def bad(check: str, message: str) -> None:
        out.append(Problem(s.id, check, message))

    sl = s.slots
    if not sl.name or not sl.relation:
        bad("schema", "name and relation are required")
    if sl.relation_category not in RELATION_CATEGORIES:
        bad("schema", f"relation_category {sl.relation_category!r}")
    if sl.style not in STYLES:
        bad("schema", f"style {sl.style!r}")
    if sl.length not in LENGTHS:
        bad("schema", f"length {sl.length!r}")
        return out
    if sl.occasion not in OCCASIONS:
        bad("schema", f"occasion {sl.occasion!r}")
    if sl.language not in ("zh", "en"):
        bad("schema", f"language {sl.language!r}")
    if s.holiday.name not in holidays.CANONICAL:
        bad("schema", f"holiday {s.holiday.name!r}")
    elif s.holiday.name != "生日":
        real = holidays.resolve(s.holiday.name, s.holiday.date)
        if real.date != s.holiday.date or real.zodiac != s.holiday.zodiac:
            bad("holiday", f"{s.holiday.name} {s.holiday.date} {s.holiday.zodiac} is not on the calendar "
                           f"(next is {real.date} {real.zodiac})")
    # What the bot demands of a model's draft, the dataset's greetings meet too: one definition (bot/writing/guard.py).
    for fault in draft_faults(s.greeting, s.request()):
        bad(fault, _FAULT_DETAIL.get(fault, "{fault}").format(
            fault=fault, units=length_units(s.greeting, sl.language), s=sl, h=s.holiday))
    if not uses_details(s.greeting, sl.details):
        bad("details", f"no piece of {sl.details!r} in the greeting")
    return out


_FAULT_DETAIL = {
    "length": "{units} as a reader counts, bucket {s.length}",
    "no_name": "{s.name!r} not in the greeting",
    "wrong_zodiac": "names a zodiac year other than {h.zodiac!r} for {h.name}",
    "stock_phrases": "more than one stock phrase",
    "unclean": "replacement or control characters, or template/think tags",
    "truncated": "the last sentence does not end",
    "wrong_holiday": "wishes a holiday other than {h.name}",
}


def _runs(s: Sample) -> set[str]:
    """Runs that would make two records near-duplicates: 12 characters in Chinese, 4 words in English."""
    if s.slots.language == "en":
        words = re.findall(r"[a-z0-9']+", s.greeting.lower())
        # Holiday names are shared by design; a 4-word run must carry more than them.
        return {" ".join(words[i:i + 4]) for i in range(len(words) - 3)} - _EN_ALLOWED
    text = re.sub(r"[\s\W_]", "", s.greeting)
    return {text[i:i + 12] for i in range(len(text) - 11)}


_EN_ALLOWED = {"happy mid autumn festival", "happy spring festival and", "happy dragon boat festival"}


def validate(samples: list[Sample]) -> list[Problem]:
    """Per-record checks, then duplicates across records (exact ids, exact texts, shared runs)."""
    problems = [p for s in samples for p in check_sample(s)]
    ids = Counter(s.id for s in samples)
    problems += [Problem(i, "duplicate", f"id used {n} times") for i, n in ids.items() if n > 1]
    seen: dict[str, str] = {}
    for s in samples:
        for run in _runs(s):
            other = seen.setdefault(run, s.id)
            if other != s.id:
                problems.append(Problem(s.id, "duplicate", f"shares {run!r} with {other}"))
                break
    missing = [cell for cell, n in coverage(samples)["cells"].items() if n == 0]
    problems += [Problem("*", "coverage", f"no record for {cell}") for cell in missing]
    return problems


def coverage(samples: list[Sample]) -> dict[str, Any]:
    """Counts by style × length × main category (Chinese), and by holiday, language and split."""
    cells = {f"{st}/{ln}/{cat}": 0 for st in STYLES for ln in LENGTHS for cat in MAIN_CATEGORIES}
    for s in samples:
        key = f"{s.slots.style}/{s.slots.length}/{s.slots.relation_category}"
        if s.slots.language == "zh" and key in cells:
            cells[key] += 1
    return {
        "cells": cells,
        "style_by_category": Counter((s.slots.style, s.slots.relation_category) for s in samples),
        "length_by_style": Counter((s.slots.style, s.slots.length) for s in samples),
        "holidays": Counter(s.holiday.name for s in samples),
        "languages": Counter(s.slots.language for s in samples),
        "splits": Counter(s.split for s in samples),
    }


def coverage_table(samples: list[Sample]) -> str:
    """A plain-text table: styles as rows, relation categories as columns, then holidays and splits."""
    cov = coverage(samples)
    cats = RELATION_CATEGORIES
    lines = ["style      " + " ".join(f"{c:>4}" for c in cats) + "  total"]
    for st in STYLES:
        row = [cov["style_by_category"][(st, c)] for c in cats]
        lines.append(f"{st:<10} " + " ".join(f"{n:>5}" for n in row) + f"  {sum(row):>5}")
    lines.append("lengths    " + "  ".join(f"{ln} {sum(cov['length_by_style'][(st, ln)] for st in STYLES)}"
                                         for ln in LENGTHS))
    lines.append("holidays   " + "  ".join(f"{h} {n}" for h, n in cov["holidays"].most_common()))
    lines.append("languages  " + "  ".join(f"{k} {n}" for k, n in cov["languages"].items()))
    lines.append("splits     " + "  ".join(f"{k} {n}" for k, n in sorted(cov["splits"].items())))
    empty = sum(1 for n in cov["cells"].values() if n == 0)
    lines.append(f"style×length×main-category cells: {len(cov['cells'])}, empty: {empty}")
    return "\n".join(lines)
