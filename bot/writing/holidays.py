"""Holidays we write greetings for: names, aliases and dates computed from the lunar calendar.

Dates come from `lunar_python` (MIT) every time; no year's dates are written down here.
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta

from lunar_python import Lunar, Solar

from bot.domain import Holiday

CANONICAL: tuple[str, ...] = (
    "元旦", "除夕", "春节", "元宵", "劳动节", "端午", "七夕", "中秋",
    "国庆", "重阳", "冬至", "腊八", "小年", "生日", "圣诞", "教师节", "情人节", "感恩节", "母亲节", "父亲节",
)

# Greetings for these name the coming lunar year and may mention its zodiac animal.
_SPRING_FAMILY = frozenset({"除夕", "春节", "元宵"})
# The holidays `next_holiday` picks from when the user names none.
_DEFAULT_CHOICES: tuple[str, ...] = ("元旦", "春节", "元宵", "端午", "中秋", "国庆")

_SOLAR_DATES: dict[str, tuple[int, int]] = {"元旦": (1, 1), "情人节": (2, 14), "劳动节": (5, 1), "教师节": (9, 10),
                                            "国庆": (10, 1), "圣诞": (12, 25)}
_NTH_WEEKDAY: dict[str, tuple[int, int, int]] = {"感恩节": (11, 3, 4), "母亲节": (5, 6, 2), "父亲节": (6, 6, 3)}
_LUNAR_DATES: dict[str, tuple[int, int]] = {
    "春节": (1, 1), "元宵": (1, 15), "端午": (5, 5), "七夕": (7, 7), "中秋": (8, 15), "重阳": (9, 9),
    "腊八": (12, 8),
    "小年": (12, 23),  # the northern custom; the south keeps 小年 on 腊月廿四
}

_ENGLISH: dict[str, str] = {
    "元旦": "New Year's Day", "除夕": "Chinese New Year's Eve", "春节": "Spring Festival",
    "元宵": "Lantern Festival", "劳动节": "Labor Day", "端午": "Dragon Boat Festival", "七夕": "Qixi Festival",
    "中秋": "Mid-Autumn Festival", "国庆": "National Day", "重阳": "Double Ninth Festival",
    "冬至": "Winter Solstice", "腊八": "Laba Festival", "小年": "Little New Year", "生日": "Birthday",
    "圣诞": "Christmas", "教师节": "Teachers' Day", "情人节": "Valentine's Day", "感恩节": "Thanksgiving",
    "母亲节": "Mother's Day", "父亲节": "Father's Day",
}

_ALIASES: dict[str, tuple[str, ...]] = {
    "春节": ("春节", "新春", "过年", "拜年", "新年", "大年初一", "农历新年", "spring festival",
             "chinese new year", "lunar new year", "cny"),
    # Plain English "New Year's Eve" is 31 December (元旦's eve); the lunar one is said so.
    "除夕": ("除夕", "年三十", "大年三十", "大年夜", "年夜饭", "chinese new year's eve", "lunar new year's eve"),
    # Said by their lunar date too: 正月十五 is 元宵, 八月十五 is 中秋.
    "元宵": ("元宵", "元宵节", "灯节", "正月十五", "lantern festival"),
    "端午": ("端午", "端午节", "端阳", "五月初五", "dragon boat"),
    "七夕": ("七夕", "七夕节", "中国情人节", "七月初七", "qixi"),
    "中秋": ("中秋", "中秋节", "八月十五", "八月半", "mid-autumn", "mid autumn", "moon festival"),
    "国庆": ("国庆", "国庆节", "national day"),
    "重阳": ("重阳", "重阳节", "九月初九", "double ninth", "chongyang"),
    # Plain English "new year" means 1 January; the Chinese 新年 means the Spring Festival.
    "元旦": ("元旦", "跨年", "new year's day", "new years day", "new year", "new years", "new year's eve"),
    "冬至": ("冬至", "winter solstice"),
    "腊八": ("腊八", "laba"),
    "小年": ("小年",),
    "劳动节": ("劳动节", "五一", "labor day", "labour day"),
    "生日": ("生日", "过生日", "大寿", "过寿", "做寿", "寿宴", "寿辰", "birthday", "bday", "b-day"),
    "圣诞": ("圣诞", "圣诞节", "christmas", "xmas"),
    "教师节": ("教师节", "teachers' day", "teachers day", "teacher's day"),
    "情人节": ("情人节", "西方情人节", "valentine's day", "valentines day", "valentine's", "valentines", "valentine"),
    "感恩节": ("感恩节", "thanksgiving"),
    "母亲节": ("母亲节", "mother's day", "mothers day"),
    "父亲节": ("父亲节", "father's day", "fathers day"),
}
_ALIAS_TO_NAME: dict[str, str] = {alias: name for name, aliases in _ALIASES.items() for alias in aliases}
# Latin aliases must stand as whole words ("cny" is not inside "agency").
_ALIAS_WORDS: list[tuple[str, re.Pattern[str], str]] = [
    (a, re.compile(rf"(?<![a-z]){re.escape(a)}(?![a-z])" if a.isascii() else re.escape(a)), name)
    for a, name in _ALIAS_TO_NAME.items()
]
_ALIAS_PATTERNS: list[tuple[re.Pattern[str], str]] = [(rx, name) for _, rx, name in _ALIAS_WORDS]


class UnknownHoliday(ValueError):
    """A holiday name that is not one of `CANONICAL`."""


def _normalise(text: str) -> str:
    return text.strip().lower().replace("’", "'")


def canonical_name(word: str) -> str | None:
    """The canonical holiday a single word or alias names ("拜年" → 春节, "CNY" → 春节), or None."""
    return _ALIAS_TO_NAME.get(_normalise(word))


# Holidays a greeting may name together: Spring Festival's days, the two Valentine's, Christmas and New Year.
_TOGETHER = ({"春节", "除夕", "元宵", "小年", "腊八"}, {"七夕", "情人节"}, {"圣诞", "元旦"})


def named_holidays(text: str) -> set[str]:
    """The holidays a text names by their own words (not the generic 新年, 过年, "new year", 生日)."""
    low = _normalise(text)
    return {name for alias, rx, name in _ALIAS_WORDS if alias not in _GENERIC and rx.search(low)}


_WISHED = re.compile(r"(?:节)?(?:快乐|安康|好|吉祥|愉快|大吉|平安|如意)|(?:^|[^a-z])(?:happy|merry|blessed)\s+$")


def wishes_another_holiday(text: str, holiday: str, allowed: str = "") -> bool:
    """Whether a greeting for `holiday` wishes a different one ("中秋快乐" in a 春节 greeting, "Merry Christmas" at
    Thanksgiving). Naming another as a time ("春节我一定回去", "五一就回去") is fine, as is any the user's own words
    (`allowed`, their details) name."""
    ok = next((group for group in _TOGETHER if holiday in group), {holiday}) | named_holidays(allowed)
    low = _normalise(text)
    for alias, rx, name in _ALIAS_WORDS:
        if name in ok or alias in _GENERIC:
            continue
        for m in rx.finditer(low):
            if _WISHED.match(low, m.end()) or _WISHED.search(low[max(0, m.start() - 8):m.start()]) \
                    or re.search(r"祝[^，。！？]{0,8}$", low[:m.start()]):
                return True
    return False


def find_holiday(text: str) -> str | None:
    """The canonical holiday a free-form sentence mentions, or None.

    Where aliases overlap the longest wins (年三十 over 年, 元宵节 over 元宵); otherwise the earliest mention.
    """
    lowered = lunar_eve(_normalise(text))
    lowered = re.sub(r"(?<=[今明去前])年三十(?=了|岁|出头|好几)", "年卅岁", lowered)  # "他今年三十了": an age, no 除夕
    if _BIRTHDAY_DATED.search(lowered):
        return "生日"  # "她生日在元旦前一天", "老爸生日快到了，就在腊八那天": the other day only dates the birthday
    found = [(m.start(), m.end(), name) for pattern, name in _ALIAS_PATTERNS for m in pattern.finditer(lowered)]
    kept: list[tuple[int, int, str]] = []
    for start, end, name in sorted(found, key=lambda f: f[0] - f[1]):  # longest first
        if all(end <= s or start >= e for s, e, _ in kept):
            kept.append((start, end, name))
    # "是元宵 不是中秋": a holiday said with "not" is the one not meant.
    kept = [k for k in kept if not _NOT_THIS.search(lowered[max(0, k[0] - 5):k[0]])] or kept
    # A holiday told as part of the story ("去年春节回家…", "on Christmas Eve last year") is not the one to write
    # for: where the message also names one in the ask itself ("今年重阳节我想给卜叔发条微信"), that one wins,
    # and a past one alone is no holiday at all.
    outright = [k for k in kept if lowered[k[0]:k[1]] not in _GENERIC]
    asked = [k for k in outright if _ASK.search(clause_at(lowered, k[0]))]
    told = [k for k in kept if _PAST.search(clause_at(lowered, k[0])) and k not in asked]
    if asked and len({k[2] for k in outright}) > 1:
        kept = asked
    else:
        kept = [k for k in kept if k not in told]
    if not kept:
        return None
    kept.sort()
    chosen = kept[0]
    corrections = [m.end() for m in _CORRECTION.finditer(lowered) if m.start() >= kept[0][1]]
    if corrections and (later := [k for k in kept if k[0] >= corrections[-1]]):
        chosen = later[-1]  # "七夕……不对，七夕不合适，写中秋的": what is said after the correction wins
    named = [k for k in kept if lowered[k[0]:k[1]] not in _GENERIC]
    if lowered[chosen[0]:chosen[1]] in _GENERIC and named:
        chosen = named[0]  # "新年祝福，元旦的": the holiday named outright
    return chosen[2]


_LUNAR_WORDS = re.compile(r"spring festival|lunar|chinese new year|\bcny\b|春节|农历")


def lunar_eve(lowered: str) -> str:
    """English "New Year's Eve" is 31 December, unless the message is about the Spring Festival ("a Spring Festival
    greeting … on New Year's Eve"): then it is 除夕, and is rewritten so."""
    if _LUNAR_WORDS.search(lowered):
        return re.sub(r"(?<!chinese )(?<!lunar )new year's eve", "lunar new year's eve", lowered)
    return lowered


_BIRTHDAY_DATED = re.compile(
    r"生日[^，,。.!！?？]{0,6}?(?:在|是|就是|正好是|刚好是|赶上|就在)[^，,。]{0,8}?"
    r"(?:节|元旦|跨年|除夕|腊八|平安夜|圣诞|春节|冬至|元宵|端午|七夕|国庆|中秋|重阳)|生日[^。]{0,8}就在[^，,。]{0,6}那天")
_CORRECTION = re.compile(r"不对|哦不|算了|不过|改成|换成|其实是|还是写|不是不是")
_NOT_THIS = re.compile(r"(?<!不是)(?:不是|不要|别写|不写)\s*$")  # "中秋的不是不是国庆的": a stutter corrects
_ASK = re.compile(r"写|发|祝福|拜年|问候|的话|\b(?:write|send|draft|message|wish(?:es)?|greeting|card|note|text)\b")
_PAST = re.compile(r"去年|前年|那年|当年|上次|以前|小时候|那时|\blast year\b|\bago\b|\bused to\b")


def clause_at(text: str, at: int) -> str:
    """The clause (between punctuation marks) that holds position `at`."""
    # Chinese typed without punctuation ("春节 投资人 赵总 去年B轮…") breaks at spaces and emoji; English only at marks.
    marks = r"[，,。.！!？?；;\n\U0001F300-\U0001FAFF\u2600-\u27BF]" + (r"|\s" if re.search(r"[\u4e00-\u9fff]", text) else "")
    start = max((m.end() for m in re.finditer(marks, text[:at])), default=0)
    end = re.search(marks, text[at:])
    return text[start:at + end.start() if end else len(text)]
# Words that name a holiday only loosely; a holiday named outright in the same message wins over them.
_GENERIC = frozenset({"新年", "过年", "拜年", "new year", "birthday", "生日", "过生日", "大寿", "过寿", "做寿", "寿宴", "寿辰"})


def _to_date(solar: Solar) -> date:
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


@functools.lru_cache(maxsize=1024)  # lunar_python computes a whole year per call (~30 ms); the answer never changes
def _date_in_cycle(name: str, year: int) -> date:
    """The holiday's date in cycle `year`: the Gregorian year, or the lunar year for lunar holidays.

    For 除夕 the cycle is the lunar year it opens, so 除夕 of cycle Y falls in Gregorian Y, like 春节.
    """
    if name in _SOLAR_DATES:
        return date(year, *_SOLAR_DATES[name])
    if name == "除夕":  # the last day of the lunar year: 腊月廿九 or 三十, whichever the year has
        return _date_in_cycle("春节", year) - timedelta(days=1)
    if name in _NTH_WEEKDAY:  # 感恩节 the 4th Thursday of November, 母亲节 the 2nd Sunday of May, 父亲节 the 3rd of June
        month, weekday, nth = _NTH_WEEKDAY[name]
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    if name == "冬至":  # the solar term table of lunar year Y+1 starts at the 冬至 of December Y
        return _to_date(Lunar.fromYmd(year + 1, 1, 1).getJieQiTable()["冬至"])
    return _to_date(Lunar.fromYmd(year, *_LUNAR_DATES[name]).getSolar())


def _holiday(name: str, day: date) -> Holiday:
    # A 除夕 greeting is for the year that starts tomorrow; all others are for the year the day is in.
    basis = day + timedelta(days=1) if name == "除夕" else day
    lunar = Solar.fromYmd(basis.year, basis.month, basis.day).getLunar()
    return Holiday(name, day, lunar.getYearShengXiao(), lunar.getYearInGanZhi(), name in _SPRING_FAMILY)


def _check(name: str) -> None:
    if name not in CANONICAL:
        raise UnknownHoliday(f"unknown holiday: {name!r}")


def resolve(name: str, today: date) -> Holiday:
    """The next occurrence of canonical holiday `name` on or after `today`; 生日 is always today."""
    _check(name)
    if name == "生日":
        return Holiday("生日", today)
    # A cycle's date lies in its own Gregorian year or early in the next (腊八, 小年), never earlier.
    for year in (today.year - 1, today.year, today.year + 1):
        day = _date_in_cycle(name, year)
        if day >= today:
            return _holiday(name, day)
    raise AssertionError("unreachable: cycle today.year + 1 always lies after today")


def next_holiday(today: date) -> Holiday:
    """The nearest of 元旦, 春节, 元宵, 端午, 中秋 and 国庆 on or after `today`: the default holiday."""
    return min((resolve(name, today) for name in _DEFAULT_CHOICES), key=lambda h: h.date)


def holidays_in_year(year: int) -> list[Holiday]:
    """Every dated holiday that falls in Gregorian `year`, sorted by date."""
    days = {
        (_date_in_cycle(name, cycle), name)
        for name in CANONICAL if name != "生日"
        for cycle in (year - 1, year)
    }
    return [_holiday(name, day) for day, name in sorted(days) if day.year == year]


def english_name(name: str) -> str:
    """The English name of canonical holiday `name` (春节 → "Spring Festival")."""
    _check(name)
    return _ENGLISH[name]
