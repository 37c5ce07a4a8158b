"""Line breaking on cards, the Chinese way and the English way, on a table of tricky texts; emoji left out cleanly.

Widths are counted in characters here (every character one unit) so each expectation can be checked by eye;
the rules hold at every width, which the sweep tests check with the real font too."""

from __future__ import annotations

import pytest

from bot.cards.fonts import CardFontMissing, find_fonts
from bot.cards.linebreak import CLOSING, OPENING, atoms, strip_emoji, wrap

TRICKY = [
    "新年快乐！！！祝你万事如意……我们明年见！",
    "他说：「明年一定回家过年。」我信了。",
    "《三体》读完了吗？（我还没有）",
    "祝您2027年生意兴隆，营收增长30%，再上一层楼！",
    "愿你在GPT-4o和Claude之间，找到属于自己的那份从容。",
    "Happy New Year, Linda! Supercalifragilisticexpialidocious wishes to you (and yours).",
    "“新年好！”——来自小李的问候。",
    "好好好好好好好好好好好好好好好好，。！",
    "2027年1月1日12:30，准时开饭。",
]


def units(text: str) -> float:
    return float(len(text))


@pytest.mark.parametrize("text", TRICKY)
@pytest.mark.parametrize("width", [5, 6, 7, 9, 12, 17])
def test_no_line_starts_with_closing_or_ends_with_opening_and_nothing_is_lost(text: str, width: int) -> None:
    lines = wrap(text, width, units)
    assert all(line[0] not in CLOSING for line in lines[1:]), lines
    assert all(line[-1] not in OPENING for line in lines), lines
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for line in lines:  # too wide only where one unbreakable piece is wider than the line by itself
        assert units(line) <= width or len(atoms(line)) == 1, lines


@pytest.mark.parametrize("text,width,expected", [
    # A run of closing marks stays with the character before it, even when that overfills no line.
    ("新年快乐！！！万事如意", 6, ["新年快", "乐！！！万事", "如意"]),
    ("等你回来……我们再聚", 5, ["等你回", "来……我们", "再聚"]),
    # Opening marks go down to the next line with what they open ("他说：「" would fit, but may not end a line).
    ("他说：「明年回家。」", 4, ["他说：", "「明年", "回家。」"]),
    # No lone character on a paragraph's last line: the line above lends it one.
    ("祝您身体健康，桃李满天下！", 6, ["祝您身体健", "康，桃李满", "天下！"]),
    # A number, and a number with its unit, are never split.
    ("祝您2027年发大财", 5, ["祝您", "2027年", "发大财"]),
    ("营收增长30%，再上层楼", 6, ["营收增长", "30%，再上", "层楼"]),
    # English breaks at spaces only; the space at a break is dropped.
    ("Happy new year to you and yours", 12, ["Happy new", "year to you", "and yours"]),
    # A word longer than a whole line is the one thing cut (rather than running off the card).
    ("a Supercalifragilistic day", 10, ["a", "Supercalif", "ragilistic", "day"]),
    ("GPT-4o wishes", 8, ["GPT-4o", "wishes"]),
    # Even then a closing mark stays with the word before it (it may hang past the line's end).
    ("Hi Linda!", 5, ["Hi", "Linda!"]),
    ("Supercalifragilistic!", 10, ["Supercalif", "ragilistic!"]),
])
def test_tricky_texts_break_where_a_typesetter_would(text: str, width: int, expected: list[str]) -> None:
    assert wrap(text, width, units) == expected


def test_the_first_line_of_a_chinese_paragraph_leaves_room_for_its_indent() -> None:
    assert wrap("一二三四五六七八九十", 6, units, first_indent=2) == ["一二三四", "五六七八九十"]


@pytest.mark.parametrize("text,expected", [
    ("新年快乐🎉！", "新年快乐！"),
    ("🎉，新年快乐", "新年快乐"),  # punctuation left at the start of the line goes with the emoji
    ("好运连连 🧧 🧧", "好运连连"),
    ("祝你🎉🎉 新年快乐", "祝你新年快乐"),  # no space between Chinese characters
    ("红包拿来：🧧", "红包拿来"),  # no colon with nothing after it
    ("好运，🧧，发财", "好运，发财"),  # no doubled comma
    ("新年快乐（🧧）万事如意", "新年快乐万事如意"),  # no empty brackets
    ("Happy New Year! 🎉 See you soon", "Happy New Year! See you soon"),  # one space between English words
    ("Cheers 🥂, Linda", "Cheers, Linda"),  # no space before a comma
    ("👨‍👩‍👧 全家福", "全家福"),  # a ZWJ family sequence goes whole
    ("🇨🇳 国庆快乐 1️⃣", "国庆快乐"),  # flags and keycaps too
    ("版权所有 © 2027", "版权所有 © 2027"),  # © is text, not an emoji
    ("第一段🎉\n\n第二段", "第一段\n\n第二段"),  # paragraphs stay
])
def test_emoji_are_left_out_without_leaving_holes(text: str, expected: str) -> None:
    assert strip_emoji(text) == expected


def test_a_text_without_emoji_is_left_exactly_as_it_is() -> None:
    text = "无 emoji  的文字，两个空格也不动"
    assert strip_emoji(text) is text


def test_the_rules_hold_with_the_real_font_at_every_width() -> None:
    try:
        font = find_fonts().font("sans", 40)
    except CardFontMissing:
        pytest.skip("no CJK font here")
    for text in TRICKY:
        for width in range(200, 1000, 37):
            lines = wrap(text, width, font.getlength)
            assert all(line[0] not in CLOSING for line in lines[1:]) and all(l[-1] not in OPENING for l in lines)
            assert all(font.getlength(line) <= width or len(atoms(line)) == 1 for line in lines)
