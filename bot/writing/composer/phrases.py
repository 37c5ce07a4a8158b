"""The offline composer's phrase bank: hand-written sentence pieces, as data.

Each piece is one sentence (or a short run of them) with placeholders, and says where it belongs:

- ``styles``: style keys ``trad`` (传统喜庆), ``casual`` (轻松自然), ``tech`` (LLM科技风), ``biz`` (商务得体);
- ``groups``: relation groups ``family lover friend peer team boss teacher client partner general``, or the
  aliases ``close`` (family lover friend), ``work`` (peer team boss client partner), ``biz`` (client partner),
  ``senior`` (boss teacher);
- ``hols``: holiday names (春节, 中秋 …) or classes ``newyear reunion lunar birthday other``;
- ``occ``: occasions (微信, 群里, 邮件 …) or the classes ``spoken`` (当面/电话/视频) and ``written``;
- ``tags``: ``tech`` (carries a tech joke: counted, one or two per draft), ``playful`` (哈哈/啦, never in
  business), ``tender`` (for a partner, never in a group chat), ``stock`` (holds one of the stock phrases),
  ``written`` (reads as writing, never spoken), ``ask`` (a question frame around a single memory),
  ``yichang`` (the ``X一场`` frame, only after 室友/同学/…), ``rel`` (uses the relation word), ``warm``.

Every field is a space-separated list; empty means "anywhere"; a leading ``!`` excludes.

Placeholders: ``{name}`` 称呼; ``{you}`` 你/您; ``{we}`` 我们/咱们; ``{H}`` the holiday (新春, 中秋, Lunar New
Year); ``{greet}`` its greeting (新春快乐, Happy Mid-Autumn Festival); ``{ahead}`` 新的一年/新的一岁/接下来的日子
(the new year / the year ahead / the season ahead); ``{period}`` 这一年/这段时间 (this past year / these past
months); ``{home}`` 咱家 (to family) or 你家里/您家里; ``{Z}`` the zodiac animal (羊, Goat); ``{rel}`` the
relation word; ``{d}``/``{D}`` the user's detail (``{D}`` capitalised, English only).
"""

from __future__ import annotations

from typing import NamedTuple


class P(NamedTuple):
    text: str
    styles: str = ""
    groups: str = ""
    hols: str = ""
    occ: str = ""
    tags: str = ""


class HolidayWords(NamedTuple):
    zh_h: tuple[str, ...]  # for {H}: 新春, 中秋
    zh_greet: tuple[str, ...]  # for {greet}; the first ones are the formal ones
    zh_markers: tuple[str, ...]  # any of these in a text names the holiday
    en_h: tuple[str, ...]
    en_greet: tuple[str, ...]
    classes: tuple[str, ...]
    emoji: tuple[str, ...] = ("🎉",)


HOLIDAY_WORDS: dict[str, HolidayWords] = {
    "春节": HolidayWords(("新春", "春节"), ("新春快乐", "春节快乐", "过年好"), ("新春", "春节", "过年"),
                       ("Lunar New Year", "Spring Festival"), ("Happy Lunar New Year", "Happy Spring Festival"),
                       ("newyear", "reunion", "lunar"), ("🧧", "🏮", "🎆")),
    "除夕": HolidayWords(("除夕",), ("除夕快乐",), ("除夕",),
                       ("Lunar New Year's Eve",), ("Happy Lunar New Year's Eve",),
                       ("newyear", "reunion", "lunar"), ("🧧", "🏮", "🎆")),
    "元宵": HolidayWords(("元宵",), ("元宵快乐", "元宵节快乐"), ("元宵",),
                       ("Lantern Festival",), ("Happy Lantern Festival",), ("newyear", "reunion", "lunar"), ("🏮",)),
    "中秋": HolidayWords(("中秋",), ("中秋快乐", "中秋节快乐"), ("中秋",),
                       ("Mid-Autumn Festival",), ("Happy Mid-Autumn Festival",), ("reunion", "lunar"), ("🥮", "🌕")),
    "端午": HolidayWords(("端午",), ("端午安康",), ("端午",),
                       ("Dragon Boat Festival",), ("Happy Dragon Boat Festival",), ("lunar",), ("🐲",)),
    "七夕": HolidayWords(("七夕",), ("七夕快乐",), ("七夕",),
                       ("Qixi Festival",), ("Happy Qixi Festival",), ("lunar",), ("💕",)),
    "元旦": HolidayWords(("元旦", "新年"), ("元旦快乐", "新年快乐"), ("元旦", "新年"),
                       ("New Year",), ("Happy New Year",), ("newyear",), ("🎉",)),
    "国庆": HolidayWords(("国庆",), ("国庆快乐", "国庆节快乐"), ("国庆",),
                       ("National Day",), ("Happy National Day",), (), ("🎉",)),
    "重阳": HolidayWords(("重阳",), ("重阳安康", "重阳节快乐"), ("重阳",),
                       ("Double Ninth Festival",), ("Happy Double Ninth Festival",), ("lunar",), ("🍂",)),
    "冬至": HolidayWords(("冬至",), ("冬至安康", "冬至快乐"), ("冬至",),
                       ("Winter Solstice",), ("Happy Winter Solstice",), ("lunar", "yearend"), ("🥟",)),
    "腊八": HolidayWords(("腊八",), ("腊八节快乐", "腊八快乐"), ("腊八",),
                       ("Laba Festival",), ("Happy Laba Festival",), ("lunar", "yearend", "other"), ("🥣",)),
    "小年": HolidayWords(("小年",), ("小年快乐",), ("小年",),
                       ("Little New Year",), ("Happy Little New Year",), ("lunar", "yearend", "other"), ("🏮",)),
    "劳动节": HolidayWords(("劳动节", "五一"), ("劳动节快乐", "五一快乐"), ("劳动节", "五一"),
                        ("Labor Day",), ("Happy Labor Day",), ("other",), ("🎉",)),
    "生日": HolidayWords(("生日",), ("生日快乐",), ("生日",),
                       ("birthday",), ("Happy birthday",), ("birthday",), ("🎂", "🎉")),
    "圣诞": HolidayWords(("圣诞",), ("圣诞快乐", "圣诞节快乐"), ("圣诞",),
                       ("Christmas",), ("Merry Christmas",), ("yearend",), ("🎄",)),
    "教师节": HolidayWords(("教师节",), ("教师节快乐",), ("教师节",),
                        ("Teachers' Day",), ("Happy Teachers' Day",), ("other",), ("🌷", "📚")),
    "情人节": HolidayWords(("情人节",), ("情人节快乐",), ("情人节",),
                        ("Valentine's Day",), ("Happy Valentine's Day",), ("other",), ("💕", "🌹")),
    "感恩节": HolidayWords(("感恩节",), ("感恩节快乐",), ("感恩节",),
                        ("Thanksgiving",), ("Happy Thanksgiving",), ("other",), ("🦃", "🍂")),
    "母亲节": HolidayWords(("母亲节",), ("母亲节快乐",), ("母亲节",),
                        ("Mother's Day",), ("Happy Mother's Day",), ("other",), ("🌷", "💐")),
    "父亲节": HolidayWords(("父亲节",), ("父亲节快乐",), ("父亲节",),
                        ("Father's Day",), ("Happy Father's Day",), ("other",), ("👔", "🍵")),
}

HOLIDAY_ALIASES: dict[str, str] = {
    "新春": "春节", "过年": "春节", "农历新年": "春节", "大年初一": "春节", "除夕夜": "除夕", "大年三十": "除夕",
    "年三十": "除夕", "元宵节": "元宵", "中秋节": "中秋", "端午节": "端午", "七夕节": "七夕", "国庆节": "国庆",
    "重阳节": "重阳", "圣诞节": "圣诞", "五一": "劳动节", "腊八节": "腊八", "新年": "元旦",
    "西方情人节": "情人节",
}

ZODIAC_EN: dict[str, str] = {
    "鼠": "Rat", "牛": "Ox", "虎": "Tiger", "兔": "Rabbit", "龙": "Dragon", "蛇": "Snake",
    "马": "Horse", "羊": "Goat", "猴": "Monkey", "鸡": "Rooster", "狗": "Dog", "猪": "Pig",
}

TECH_EMOJI: tuple[str, ...] = ("🚀", "✨")


