"""One length count everywhere: the reader's (bot.domain.length_units), checked against the independent judge
(tests/greeting_judge.py, written from the spec by a helper who had not read our code) and on the composer's drafts
for requests nobody here tuned on."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bot.domain import GreetingRequest, Slots, fits_length, length_units
from bot.writing import holidays
from bot.writing.composer.draft import compose_offline
from tests import greeting_judge as judge

BLIND = Path(__file__).parent / "data" / "composer_requests_blind_2026-12.json"


@pytest.mark.parametrize("text,language,count", [
    ("老王，新年快乐！", "zh", 8),  # punctuation counts
    ("Jake，新年快乐 2027！", "zh", 14),  # so does each Latin letter and digit; the space does not
    ("妈，中秋快乐🥮👨‍👩‍👧", "zh", 8),  # an emoji, even a family sequence, is one
    ("Happy New Year, Jake! Let's catch up soon.", "en", 8),  # English: words
])
def test_a_greeting_is_as_long_as_a_reader_counts_it(text: str, language: str, count: int) -> None:
    assert length_units(text, language) == count
    assert length_units(text) == count  # the language the text is written in, by default


def test_the_composer_lands_inside_the_bucket_by_that_count_on_requests_it_never_saw() -> None:
    requests = json.loads(BLIND.read_text(encoding="utf-8"))[:120]
    for r in requests:
        slots = Slots(name=r["name"], relation=r["relation"], relation_category=r["relation_category"],
                      details=r["details"], occasion=r["occasion"], style=r["style"], length=r["length"],
                      language=r["language"])
        request = GreetingRequest(slots=slots, holiday=holidays.resolve(r["holiday"], date(2026, 12, 3)), n=3)
        for text in compose_offline(request):
            judged = judge.reader_count(text) if r["language"] == "zh" else judge.english_words(text)
            assert length_units(text, r["language"]) == judged, text
            assert fits_length(text, r["length"], r["language"]) and judge.length_ok(text, r["length"], r["language"]), (
                r["id"], text)
