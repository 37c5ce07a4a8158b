"""One length count everywhere: the reader's (bot.domain.length_units), checked against the independent judge
(tests/greeting_judge.py, written from the spec by a helper who had not read our code) and on the composer's drafts
for requests nobody here tuned on."""

from __future__ import annotations

import json
import random
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


def test_plain_text_counted_by_characters_agrees_with_the_judge_character_by_character() -> None:
    # length_units counts plain text (ASCII, Han, CJK and typographic punctuation) by characters, for speed: every
    # character of those ranges, alone and beside its neighbours, is one for the judge too (spaces none).
    plain = [chr(c) for span in ((0x20, 0x7F), (0x2010, 0x2028), (0x2030, 0x205F), (0x3000, 0x302A),
                                 (0x3030, 0x3040), (0x4E00, 0x4E40), (0xFF01, 0xFF5F)) for c in range(*span)]
    rng = random.Random(7)
    for text in [c + "年" for c in plain] + ["".join(rng.choices(plain, k=24)) + "年" for _ in range(3000)]:
        assert length_units(text, "zh") == judge.reader_count(text), ascii(text)
