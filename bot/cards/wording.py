"""What a card says besides the greeting: its title (新春快乐), the date line with the zodiac year, and the
greeting set as a letter (salutation, paragraphs, signature)."""

from __future__ import annotations

import re

from bot.cards.fonts import CardError
from bot.cards.layout import Letter
from bot.cards.linebreak import strip_emoji
from bot.domain import Holiday
from bot.writing.composer.phrases import ZODIAC_EN
from bot.writing.holidays import english_name

_WELL = frozenset({"端午", "重阳", "冬至"})  # days wished 安康 (a day of remembrance), not 快乐
_ZH_TITLES = {"春节": "新春快乐", "元宵": "元宵节快乐", "腊八": "腊八节快乐"}
_EN_TITLES = {"圣诞": "Merry Christmas", "生日": "Happy Birthday", "元旦": "Happy New Year"}
_WEEKDAYS = "一二三四五六日"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_GREETING_WORDS = r"(?:亲爱的|尊敬的|敬爱的|(?:dear|hi|hello|hey)\s+)?"


class EmptyGreeting(CardError):
    """Nothing drawable is left of the greeting (it was empty, or emoji only)."""


def title(holiday: str, chinese: bool) -> str:
    """The card's title: 新春快乐, 端午安康, "Happy Mid-Autumn Festival"."""
    if chinese:
        return _ZH_TITLES.get(holiday, f"{holiday}{'安康' if holiday in _WELL else '快乐'}")
    return _EN_TITLES.get(holiday, f"Happy {english_name(holiday)}")


def date_line(holiday: Holiday, chinese: bool) -> str:
    """The date under the title, with the zodiac year for the Spring Festival family: 2027年2月6日 · 丁未羊年."""
    d = holiday.date
    zodiac = holiday.zodiac if holiday.zodiac_relevant else None
    if chinese:
        when = f"{d.year}年{d.month}月{d.day}日"
        return f"{when} · {holiday.ganzhi or ''}{zodiac}年" if zodiac else f"{when} · 星期{_WEEKDAYS[d.weekday()]}"
    when = f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"
    return f"{when} · Year of the {ZODIAC_EN.get(zodiac, zodiac)}" if zodiac else when


def letter(text: str, name: str | None, sender: str | None, chinese: bool) -> Letter:
    """The greeting set as a letter. A greeting that opens with the name ("张总，…", "Dear Linda, …") has that
    opening as its salutation line, as written (in English only where a sentence starts after it: "Linda, happy
    New Year!" stays one line); otherwise one is added (张总：, "Dear Linda,"). Emoji are left out (see
    `linebreak.strip_emoji`)."""
    clean = strip_emoji(text).strip()
    paragraphs = [p.strip() for p in clean.split("\n") if p.strip()]
    if not paragraphs:
        raise EmptyGreeting("the greeting has no text to put on a card")
    salutation = ""
    name = (name or "").strip()
    if name:
        opening = re.match(rf"{_GREETING_WORDS}{re.escape(name)}\s*[，,：:！!]\s*", paragraphs[0], re.I)
        rest_starts = paragraphs[0][opening.end():opening.end() + 1] if opening else ""
        if opening and (chinese or not rest_starts.islower()):
            salutation = opening.group().strip()
            rest = paragraphs[0][opening.end():].strip()
            paragraphs = ([rest] if rest else []) + paragraphs[1:]
        elif not re.match(rf"{_GREETING_WORDS}{re.escape(name)}", paragraphs[0], re.I):
            salutation = f"{name}：" if chinese else f"Dear {name},"
    signature = f"—— {sender.strip()}" if chinese and sender and sender.strip() else (
        f"— {sender.strip()}" if sender and sender.strip() else "")
    return Letter(salutation, tuple(paragraphs), signature, chinese)
