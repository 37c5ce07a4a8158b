"""Measurable properties of a greeting, shared by the writer's output checks, tests and the evaluation."""

from __future__ import annotations

import re

from bot.domain import Holiday

ZODIAC_ANIMALS = "鼠牛虎兔龙蛇马羊猴鸡狗猪"
_ZODIAC_YEAR = re.compile(f"([{ZODIAC_ANIMALS}])年")
_EN_ZODIAC = {
    "rat": "鼠", "ox": "牛", "tiger": "虎", "rabbit": "兔", "dragon": "龙", "snake": "蛇", "horse": "马",
    "goat": "羊", "sheep": "羊", "ram": "羊", "monkey": "猴", "rooster": "鸡", "dog": "狗", "pig": "猪",
}
_EN_ZODIAC_YEAR = re.compile(r"\byear of the (\w+)|\b(\w+) year\b", re.I)

# Stock phrases whose piling up makes a greeting sound like a press release.
STOCK_PHRASES: tuple[str, ...] = (
    "万事如意", "心想事成", "身体健康", "阖家幸福", "龙马精神", "财源广进", "大吉大利", "步步高升", "恭喜发财",
    "吉祥如意", "马到成功", "年年有余", "福星高照", "鹏程万里", "一帆风顺", "事业有成", "笑口常开", "前程似锦",
)


def named_zodiacs(text: str) -> set[str]:
    """The zodiac animals a text names as a year (羊年, "Year of the Goat")."""
    found = set(_ZODIAC_YEAR.findall(text))
    for m in _EN_ZODIAC_YEAR.finditer(text):
        word = (m.group(1) or m.group(2) or "").lower()
        if word in _EN_ZODIAC:
            found.add(_EN_ZODIAC[word])
    return found


def wrong_zodiac(text: str, holiday: Holiday) -> bool:
    """True when the text names a zodiac year the holiday is not in (or any, where none belongs)."""
    named = named_zodiacs(text)
    if not named:
        return False
    return not holiday.zodiac_relevant or named != {holiday.zodiac}


def stock_phrase_count(text: str) -> int:
    return sum(text.count(p) for p in STOCK_PHRASES)


_FUNCTION_CHARS = set("的了过我你他她它们在是和也都就还一有这那个着很又把被给跟与及")
_EN_FILLER = {"with", "when", "were", "have", "been", "that", "this", "they", "there", "together", "years", "always",
              "from", "every", "just", "your", "their", "what", "about", "would", "could"}


def detail_fragments(details: str | None) -> list[str]:
    """The concrete pieces of a user's details worth finding again in a greeting.

    Chinese: every 3-character window that is not mostly function words ("二十年", "北京项", "打呼噜");
    English: the content words of four letters or more. In a Chinese clause a Latin word is one piece of a window, as a
    reader sees it ("线上bug", "去唱K"), and a content word of its own ("Python").
    """
    if not details:
        return []
    fragments: list[str] = []
    for clause in re.split(r"[，,。；;、\s!！?？]+", details):
        fragments += [w for w in re.findall(r"[A-Za-z]{4,}", clause) if w.lower() not in _EN_FILLER]
        if not re.search(r"[\u4e00-\u9fff]", clause):
            continue
        pieces = re.findall(r"[\u4e00-\u9fff0-9]|[A-Za-z]+", clause)
        for i in range(len(pieces) - 2):
            window = pieces[i:i + 3]
            if sum(c in _FUNCTION_CHARS for c in window) <= 1:
                fragments.append("".join(window))
    return fragments


def uses_details(text: str, details: str | None) -> bool:
    """Whether at least one concrete piece of the details appears in the greeting."""
    fragments = detail_fragments(details)
    if not fragments:
        return True
    low = text.lower()
    return any(f.lower() in low for f in fragments)


# The run length at which two greetings read as copies of each other (issue 17's "copy-paste 体" measure).
COPIED_RUN = 12


def runs(text: str, n: int = COPIED_RUN) -> set[str]:
    """Every run of n characters in the text, whitespace left out (so "Happy New Year" and "HappyNewYear" match)."""
    squeezed = "".join(text.split())
    return {squeezed[i:i + n] for i in range(len(squeezed) - n + 1)}
