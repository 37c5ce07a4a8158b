"""The greeting judge, specified by hand-checked examples (every expected number was counted by hand)."""

from __future__ import annotations

import hashlib
import json
import random
from collections import Counter
from pathlib import Path

import pytest

from tests.greeting_judge import (
    _graphemes_by_hand,
    _visible,
    cross_recipient_overlap,
    english_words,
    language_of,
    length_ok,
    reader_count,
    shared_run,
)

# --- reader_count -------------------------------------------------------------------------------------------------

READER_COUNTS = [
    ("新年快乐！", 5),
    ("新年 快乐", 4),  # the space is not counted
    ("Hi，老王！2027年见", 12),  # H i ， 老 王 ！ 2 0 2 7 年 见
    ("🎉", 1),
    ("新年快乐🎉🎉", 6),
    ("👨\u200d👩\u200d👧", 1),  # family: a ZWJ sequence is one
    ("❤\ufe0f", 1),  # heart with VS16
    ("👍🏽", 1),  # thumbs up with a skin tone
    ("🇨🇳", 1),  # a flag: two regional indicators
    ("1\ufe0f\u20e3", 1),  # keycap one
    ("🧑🏻\u200d💻写代码", 4),  # technologist with skin tone (one) + 写代码
    ("e\u0301", 1),  # e with a combining acute
    ("a\u200bb", 2),  # a zero-width space is invisible
    ("\ufeff老王", 2),  # so is a BOM
    (" \t\n\u3000\r\n", 0),  # whitespace of every kind, the ideographic space included
    ("", 0),
    ("“咱们”——《三体》…", 11),  # “ 咱 们 ” — — 《 三 体 》 …
    ("AI", 2),
]


def test_latin_letters_count_one_each_and_spaces_none() -> None:
    chars = ["祝", "你", "b", "u", "g", "少", "一", "点", "，", "o", "f", "f", "e", "r", "多", "一", "点", "!"]
    assert reader_count("祝你 bug 少一点，offer 多一点!") == len(chars) == 18


@pytest.mark.parametrize(("text", "expected"), READER_COUNTS)
def test_reader_count(text: str, expected: int) -> None:
    assert reader_count(text) == expected


@pytest.mark.parametrize(("text", "expected"), READER_COUNTS)
def test_reader_count_by_hand_agrees_without_the_regex_package(text: str, expected: int) -> None:
    assert sum(1 for cluster in _graphemes_by_hand(text) if _visible(cluster)) == expected


def test_reader_count_falls_back_to_the_hand_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    import tests.greeting_judge as judge

    monkeypatch.setattr(judge, "_regex", None)
    assert judge.reader_count("新年快乐🎉👨\u200d👩\u200d👧❤\ufe0f👍🏽🇨🇳 ！") == 10


def test_a_greeting_with_emoji_and_punctuation() -> None:
    text = "张总，新春快乐！🧧 感谢这一年的信任，2027 继续并肩👍🏻"
    # 张总， 3 + 新春快乐！ 5 + 🧧 1 + 感谢这一年的信任， 9 + 2027 4 + 继续并肩 4 + 👍🏻 1 = 27
    assert reader_count(text) == 27


# --- english_words ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Happy New Year, Jake!", 4),
        ("Don't forget: we're 3-year roommates 🎉", 5),
        ("well-being — rock'n'roll", 2),
        ("You\u2019re the best", 3),  # curly apostrophe
        ("'quoted'", 1),
        ("2027", 1),
        ("Hi—Jake", 2),  # a dash is not a hyphen
        ("🎉 !!! ... ❤️", 0),
        ("", 0),
        ("  Merry   Christmas\n\nand a happy new year  ", 7),
        ("Cheers to 2027 and to 10 more years of late-night pizza 🍕", 11),
    ],
)
def test_english_words(text: str, expected: int) -> None:
    assert english_words(text) == expected


# --- length_ok ----------------------------------------------------------------------------------------------------


def zh(n: int) -> str:
    return "福" * n


def en(n: int) -> str:
    return " ".join(["word"] * n)


@pytest.mark.parametrize(
    ("count", "bucket", "expected"),
    [
        (0, "<=50", False),
        (1, "<=50", True),
        (50, "<=50", True),
        (51, "<=50", False),
        (49, "50-100", False),
        (50, "50-100", True),
        (100, "50-100", True),
        (101, "50-100", False),
        (99, "100-200", False),
        (100, "100-200", True),
        (200, "100-200", True),
        (201, "100-200", False),
    ],
)
def test_length_bucket_edges(count: int, bucket: str, expected: bool) -> None:
    assert length_ok(zh(count), bucket, "zh") is expected
    assert length_ok(en(count), bucket, "en") is expected


def test_length_counts_as_a_reader_does() -> None:
    spaced = " ".join(zh(50))  # 50 characters and 49 spaces: still 50
    assert length_ok(spaced, "<=50", "zh")
    assert length_ok(zh(49) + "🎉", "<=50", "zh")  # the emoji is the 50th
    assert not length_ok(zh(49) + "👨\u200d👩\u200d👧！", "<=50", "zh")  # 49 + 1 + 1 = 51
    # in English, punctuation and emoji add nothing: 50 words
    assert length_ok(en(50) + "! 🎉🎉🎉", "<=50", "en")
    # the same text, counted as Chinese, is far longer than 50
    assert not length_ok(en(50), "<=50", "zh")


def test_length_rejects_unknown_buckets_and_languages() -> None:
    with pytest.raises(ValueError):
        length_ok("新年快乐", "50-150", "zh")
    with pytest.raises(ValueError):
        length_ok("新年快乐", "≤50", "zh")
    with pytest.raises(ValueError):
        length_ok("新年快乐", "<=50", "mixed")


# --- shared_run ---------------------------------------------------------------------------------------------------


def test_shared_run_needs_n_consecutive_characters() -> None:
    a = "祝你新年快乐，万事如意，身体健康！"
    b = "老王，祝你新年快乐，万事如意！"
    # the longest common run is 祝你新年快乐，万事如意: 11 characters
    assert shared_run(a, b, n=11)
    assert not shared_run(a, b, n=12)
    assert not shared_run(a, b)  # n defaults to 12


def test_shared_run_ignores_whitespace_but_keeps_punctuation() -> None:
    assert shared_run("Happy new year to you", "Happynewyeartoyou!")  # 17 characters once spaces go
    assert shared_run("愿 你 新 年 快 乐 万 事 如 意 身 体 健 康", "愿你新年快乐万事如意身体健康")
    # with the punctuation kept, the longest common run is 祝你新年快乐 (6)
    assert not shared_run("祝你新年快乐万事如意身体健康", "祝你新年快乐，万事如意，身体健康")
    assert shared_run("祝你新年快乐万事如意身体健康", "祝你新年快乐，万事如意，身体健康", n=6)
    assert not shared_run("祝你新年快乐万事如意身体健康", "祝你新年快乐，万事如意，身体健康", n=7)


def test_shared_run_short_texts_and_bad_n() -> None:
    assert not shared_run("新年快乐", "新年快乐")  # 4 < 12
    assert shared_run("新年快乐", "新年快乐", n=4)
    assert not shared_run("", "", n=1)
    with pytest.raises(ValueError):
        shared_run("a", "a", n=0)


# --- cross_recipient_overlap --------------------------------------------------------------------------------------

A1 = "张总新年快乐，祝贵司生意兴隆财源广进！"
A2 = "张总，感谢一年来的信任与支持，来年继续合作共赢。"
B1 = "老王，祝贵司生意兴隆财源广进，咱们明年再聚！"
B2 = "老王，发小二十年，明年回老家一起喝酒。"
C1 = "妈，今年春节我一定回家吃您包的饺子。"


def test_the_hand_built_drafts_share_what_we_think() -> None:
    # A1 and B1 share "，祝贵司生意兴隆财源广进": exactly 12 characters
    assert shared_run(A1, B1, n=12)
    assert not shared_run(A1, B1, n=13)
    for x, y in [(A1, A2), (A1, B2), (A1, C1), (A2, B1), (A2, B2), (A2, C1), (B1, B2), (B1, C1), (B2, C1)]:
        assert not shared_run(x, y), (x, y)


def test_overlap_with_three_recipients() -> None:
    drafts = {"张总": [A1, A2], "老王": [B1, B2], "妈": [C1]}
    assert cross_recipient_overlap(drafts) == pytest.approx(2 / 5)  # A1 and B1
    assert cross_recipient_overlap(drafts, n=13) == 0.0


def test_overlap_inside_one_recipient_does_not_count() -> None:
    drafts = {"张总": [A1, A2, A2], "老王": [B1, B2], "妈": [C1]}
    assert cross_recipient_overlap(drafts) == pytest.approx(2 / 6)  # A2 twice for 张总 is not a cross share


def test_overlap_counts_every_draft_that_shares_across() -> None:
    c2 = "妈，感谢一年来的信任与支持，来年继续合作共赢。"  # shares A2's text after 张总/妈
    drafts = {"张总": [A1, A2, A2], "老王": [B1, B2], "妈": [C1, c2]}
    # flagged: A1, B1 (with each other); A2, A2 again and c2 (A2 with c2): 5 of 7
    assert cross_recipient_overlap(drafts) == pytest.approx(5 / 7)


def test_overlap_compares_without_whitespace() -> None:
    drafts = {"Jake": ["Wishing you a peaceful new year"], "Amy": ["wishing  you a peaceful new year!"]}
    # "ishingyouapeacefulnewyear" is shared (the W differs in case)
    assert cross_recipient_overlap(drafts) == 1.0
    assert cross_recipient_overlap({"Jake": ["Happy new year"], "Amy": ["Merry Christmas to you"]}) == 0.0


def test_overlap_of_nothing() -> None:
    assert cross_recipient_overlap({}) == 0.0
    assert cross_recipient_overlap({"张总": [], "老王": []}) == 0.0
    assert cross_recipient_overlap({"张总": ["短"], "老王": ["短"]}) == 0.0


def brute_force(drafts: dict[str, list[str]], n: int) -> float:
    flat = [(r, d) for r, ds in drafts.items() for d in ds]
    if not flat:
        return 0.0
    hits = sum(1 for r, d in flat if any(r2 != r and shared_run(d, d2, n) for r2, d2 in flat))
    return hits / len(flat)


def test_overlap_agrees_with_comparing_every_pair() -> None:
    rng = random.Random(7)
    pieces = ["新年快乐", "万事如意", "，", "咱们", "明年", "再聚", "！", "感谢", "一路同行", "身体健康", "发财"]
    for _ in range(30):
        drafts = {
            f"r{i}": ["".join(rng.choice(pieces) for _ in range(rng.randint(2, 7))) for _ in range(rng.randint(0, 3))]
            for i in range(rng.randint(1, 5))
        }
        for n in (4, 8, 12):
            assert cross_recipient_overlap(drafts, n) == pytest.approx(brute_force(drafts, n))


def test_overlap_is_fast_enough_for_two_thousand_drafts() -> None:
    import time

    rng = random.Random(11)
    alphabet = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    drafts = {f"r{i}": ["".join(rng.choices(alphabet, k=150)) for _ in range(3)] for i in range(700)}
    drafts["r0"].append(drafts["r1"][0][:40] + "，新年快乐")  # one planted share: r0's extra draft and r1's first
    start = time.perf_counter()
    share = cross_recipient_overlap(drafts)
    assert time.perf_counter() - start < 10
    assert share == pytest.approx(2 / 2101)


# --- language_of --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "allow", "expected"),
    [
        ("老王，新年快乐！", (), "zh"),
        ("Happy New Year, Jake!", (), "en"),
        ("老王，新年快乐！Happy New Year!", (), "mixed"),
        ("祝你新年 bug 少一点，offer 多一点，KPI 全达标！", (), "zh"),  # single words between Chinese
        ("今年 Ctrl+C Ctrl+V 了一整年，明年祝你原创满满！", (), "zh"),  # + breaks the run
        ("我用 ChatGPT 写的祝福，Prompt Engineering 认证过的", (), "zh"),  # a run of 2
        ("新年快乐，all the best！", (), "mixed"),  # a run of 3
        ("Linda，新年快乐，万事顺意！", (), "zh"),
        ("Linda Wang Smith，新年快乐，万事顺意！", (), "mixed"),
        ("Linda Wang Smith，新年快乐，万事顺意！", ("Linda Wang Smith",), "zh"),
        ("Happy Mid-Autumn Festival, Jake! 中秋快乐", (), "mixed"),  # 4 Chinese characters in English
        ("Happy New Year, 老王!", (), "en"),  # only 2
        ("Happy New Year, 王小明!", (), "mixed"),  # 3
        ("Happy New Year, 王小明!", ("王小明",), "en"),
        ("Dear Jake, 🥮 Happy Mid-Autumn! 2027 will be great.", (), "en"),
        ("祝你2027年 happy every day 🎉", (), "mixed"),
        ("🎉🎉🎉", (), "zh"),  # neither language: counted as Chinese, no English run
    ],
)
def test_language_of(text: str, allow: tuple[str, ...], expected: str) -> None:
    assert language_of(text, allow=allow) == expected


def test_an_allowed_name_does_not_glue_words_into_a_run() -> None:
    # the cut name still separates Hi from Good luck: runs of 1 and 2, not one run of 3
    assert language_of("Hi 王小明 Good luck，新年快乐，万事如意！", allow=["王小明"]) == "zh"
    assert language_of("Hi Good luck，新年快乐，万事如意！") == "mixed"


# --- the frozen request set ---------------------------------------------------------------------------------------

DATA = Path(__file__).parent / "data" / "composer_requests_blind_2026-12.json"
CATEGORIES = {"家人", "恋人", "朋友", "同事", "领导", "下属", "客户", "合作伙伴", "老师", "其他"}
STYLES = {"传统喜庆", "轻松自然", "LLM科技风", "商务得体"}
OCCASIONS = {"微信", "当面说", "电话里说", "视频里说", "群里", "邮件"}


def test_the_blind_request_set_is_frozen_and_well_formed() -> None:
    raw = DATA.read_bytes()
    note = DATA.with_suffix(".md").read_text(encoding="utf-8")
    assert hashlib.sha256(raw).hexdigest() in note, "the .json changed: a changed set is a new file"
    rows = json.loads(raw)
    assert len(rows) >= 520
    keys = {"id", "language", "name", "relation", "relation_category", "details", "occasion", "style", "length",
            "holiday"}
    for row in rows:
        assert set(row) == keys, row
        assert row["language"] in ("zh", "en")
        assert row["relation_category"] in CATEGORIES
        assert row["style"] in STYLES and row["occasion"] in OCCASIONS and row["length"] in ("<=50", "50-100",
                                                                                              "100-200")
        assert row["details"] is None or row["details"].strip()
    assert len({row["id"] for row in rows}) == len(rows)
    assert len({(row["name"], row["details"]) for row in rows}) == len(rows)  # every recipient is different
    assert len({row["details"] for row in rows if row["details"]}) >= 400
    assert len({row["holiday"] for row in rows}) >= 8
    english = Counter(row["language"] for row in rows)["en"] / len(rows)
    assert 0.08 <= english <= 0.16
