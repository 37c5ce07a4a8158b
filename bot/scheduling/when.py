"""When a schedule request says to send: times of day ("除夕晚上8点", "at 8pm", "八点半") and dates ("2月6日",
"Feb 6", "明天"), each found with where it stands in the text so the request parser can mask it out.

Pure text work, no I/O; `bot.scheduling.text` puts the pieces together into a `ScheduleSpec`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta

# Times of day -------------------------------------------------------------------------------------

_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_NUM = "[零〇一二两三四五六七八九十]"


def _cn_int(word: str) -> int | None:
    """Small Chinese numerals as clocks and dates use them: 八, 十, 十二, 二十, 二十三, 零五."""
    if word.isdigit():
        return int(word)
    if "十" not in word:
        if len(word) == 1:
            return _CN_DIGIT.get(word)
        if len(word) == 2 and word[0] in "零〇" and word[1] in _CN_DIGIT:  # 八点零五
            return _CN_DIGIT[word[1]]
        return None
    tens, _, ones = word.partition("十")
    if len(tens) > 1 or len(ones) > 1 or (tens and tens not in _CN_DIGIT) or (ones and ones not in _CN_DIGIT):
        return None
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)


# Longest first so 今晚 wins over 晚.
_PERIODS = ("今天早上", "今天上午", "今天下午", "今天晚上", "明天早上", "明天上午", "明天下午", "明天晚上",
            "今早", "今晚", "明早", "明晚", "早上", "早晨", "清晨", "上午", "中午", "午后", "下午", "晚上", "傍晚",
            "夜里", "夜晚", "晚间", "半夜", "深夜", "凌晨", "早", "晚", "夜")
_PERIOD_ALT = "|".join(sorted(_PERIODS, key=len, reverse=True))
_ZH_MINUTE = rf"(半|一刻|三刻|整|\d{{1,2}}\s*分|\d{{2}}(?!\d)|{CN_NUM}{{1,3}}\s*分|{CN_NUM}?十{CN_NUM}?)?"
# "到凌晨两点" in a shared-history clause ("一起加班到凌晨两点") is not a send time; "等到/到了八点" is.
_UNTIL = r"(?<![等了])(?:到|至)\s*$|(?:直到|until|till)\s*$"

_ZH_CLOCK = re.compile(
    rf"(?:({_PERIOD_ALT})\s*(?:的)?\s*)?"
    rf"(?:(?<![\d:：.])(\d{{1,2}})\s*[:：]\s*([0-5]\d)(?![\d:：])"      # 20:00, 晚上8:30
    rf"|(?<![\d.第几])(\d{{1,2}}|{CN_NUM}{{1,3}})\s*(?:点|點|时(?!间|候|辰))\s*(?:钟)?\s*{_ZH_MINUTE})",
)
_EN_CLOCK = re.compile(
    r"(?<![\w:])(\d{1,2})(?:[:.]([0-5]\d))?\s*(a\.?m\.?|p\.?m\.?|o'?clock)(?![a-z])", re.I,
)
_EN_WORD_TIME = re.compile(r"(?<![a-z])(noon|midday|midnight)(?![a-z])|午夜", re.I)


@dataclass(frozen=True)
class _Found:
    value: object
    start: int
    end: int


def _apply_period(hour: int, period: str | None) -> int:
    """The 24-hour hour a period word gives a 12-hour reading: 晚上8点 → 20, 晚上12点 → 0 (midnight)."""
    p = (period or "").removeprefix("今天").removeprefix("明天")
    if p in ("下午", "午后", "傍晚"):
        return hour + 12 if hour < 12 else hour
    if p in ("晚上", "今晚", "明晚", "夜里", "夜晚", "晚间", "晚", "夜"):
        if hour == 12:
            return 0
        return hour + 12 if 5 <= hour < 12 else hour  # 晚上一点 is 1 a.m., not 13:00
    if p in ("半夜", "深夜"):
        if hour == 12:
            return 0
        return hour + 12 if 9 <= hour < 12 else hour
    if p == "中午":
        return hour + 12 if 1 <= hour <= 5 else hour
    if p == "凌晨" and hour == 12:
        return 0
    return hour


def _zh_minutes(word: str | None) -> int | None:
    if not word:
        return 0
    word = re.sub(r"\s|分", "", word)
    if word in ("半", "一刻", "三刻", "整"):
        return {"半": 30, "一刻": 15, "三刻": 45, "整": 0}[word]
    return _cn_int(word)


def times_in(text: str) -> list[_Found]:
    """Every time of day the text names, in order, with its span (period word included)."""
    found: list[_Found] = []

    def taken(m: re.Match[str]) -> bool:
        return any(f.start < m.end() and m.start() < f.end for f in found)

    # English first, so "8:30pm" is not read as the bare 8:30 the Chinese pattern would see.
    for m in _EN_CLOCK.finditer(text):
        hour, minute, suffix = int(m.group(1)), int(m.group(2) or 0), m.group(3).lower().replace(".", "")
        if hour > 23 or (hour > 12 and suffix != "oclock"):
            continue
        if suffix == "pm" and hour < 12:
            hour += 12
        elif suffix == "am" and hour == 12:
            hour = 0
        found.append(_Found(time(hour, minute), m.start(), m.end()))
    for m in _ZH_CLOCK.finditer(text):
        if taken(m):
            continue
        period = m.group(1)
        if m.group(2) is not None:
            hour, minute = int(m.group(2)), int(m.group(3))
        else:
            word, minute_word = m.group(4), m.group(5)
            # "短一点", "正式一点": 一点 means "a bit" unless a period or minutes make it a clock time.
            if word == "一" and not period and not minute_word:
                continue
            h = _cn_int(word)
            minute = _zh_minutes(minute_word)
            if h is None or minute is None:
                continue
            hour = h
        if re.search(_UNTIL, text[max(0, m.start() - 6):m.start()], re.I):
            continue
        if hour > 24 or minute > 59 or (hour == 24 and minute):
            continue
        found.append(_Found(time(_apply_period(hour, period) % 24, minute), m.start(), m.end()))
    for m in _EN_WORD_TIME.finditer(text):
        if not taken(m):
            word = m.group(0).lower()
            found.append(_Found(time(12, 0) if word in ("noon", "midday") else time(0, 0), m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


def parse_time_of_day(text: str) -> time | None:
    """The first time of day in `text` ("晚上8点半" → 20:30, "8pm" → 20:00), or None.

    For the caller's follow-up when a schedule came without a time.
    """
    found = times_in(text)
    return found[0].value if found else None  # type: ignore[return-value]


# Dates --------------------------------------------------------------------------------------------

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
_MONTHS_EN = {name[:3]: i for i, name in enumerate(_MONTH_NAMES, start=1)}
# Whole month names or their usual abbreviations only: "decide 3" is not December 3rd.
_MONTH_EN = "(" + "|".join((*_MONTH_NAMES, "sept", *(n[:3] for n in _MONTH_NAMES if n != "may"))) + r")\.?(?![a-z])"
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?!\d)")
_ZH_DATE = re.compile(rf"(?<![\d年])(\d{{1,2}}|{CN_NUM}{{1,3}})\s*月\s*(\d{{1,2}}|{CN_NUM}{{1,3}})\s*[日号]")
_EN_DATE = re.compile(
    rf"(?<![a-z]){_MONTH_EN}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
    rf"|(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_EN}",
    re.I,
)
_RELATIVE = re.compile(r"大后天|后天|明天|明早|明晚|今天|今早|今晚|(?<![a-z])(?:tomorrow|today|tonight)(?![a-z])", re.I)
_RELATIVE_DAYS = {"大后天": 3, "后天": 2, "明天": 1, "明早": 1, "明晚": 1, "tomorrow": 1}


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _this_or_next_year(month: int, day: int, today: date) -> date | None:
    """A month and day without a year: this year's, or next year's once this year's has passed."""
    this_year = _safe_date(today.year, month, day)
    if this_year is not None and this_year >= today:
        return this_year
    return _safe_date(today.year + 1, month, day)


def dates_in(text: str, today: date) -> list[_Found]:
    found: list[_Found] = []
    for m in _ISO_DATE.finditer(text):
        if (d := _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))) is not None:
            found.append(_Found(d, m.start(), m.end()))
    for m in _ZH_DATE.finditer(text):
        month, day = _cn_int(m.group(1)), _cn_int(m.group(2))
        if month and day and (d := _this_or_next_year(month, day, today)) is not None:
            found.append(_Found(d, m.start(), m.end()))
    for m in _EN_DATE.finditer(text):
        month = _MONTHS_EN[(m.group(1) or m.group(4)).lower()[:3]]
        if (d := _this_or_next_year(month, int(m.group(2) or m.group(3)), today)) is not None:
            found.append(_Found(d, m.start(), m.end()))
    for m in _RELATIVE.finditer(text):
        found.append(_Found(today + timedelta(days=_RELATIVE_DAYS.get(m.group(0).lower(), 0)), m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)
