"""Natural-language schedule requests: one chat message in, a `ScheduleSpec` (or None) out.

Pure text work, no I/O: "除夕晚上8点给这个群发拜年祝福，每年都发" becomes 除夕 20:00 · 发到本群 · 每年.
Most messages are not schedules. What makes one is a *send-later* shape: a send verb aimed at someone or
somewhere, plus a time of day, an explicit date, or a holiday named as the day ("每年除夕", "春节当天",
"on New Year's Eve"). A holiday that only names the greeting ("给老王发条中秋祝福") is a writing request and
gives None, so ordinary requests keep going to the greeting flow. "/schedule <text>" needs no send verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta

from bot.reading.extraction import extract_style
from bot.writing import holidays

DEFAULT_TIME = time(9, 0)

_CJK = r"\u4e00-\u9fff"
_MASK = "｜"  # stands in for time, date and holiday spans so a recipient list cannot run into them


@dataclass(frozen=True)
class ScheduleSpec:
    """When, to whom and how to send a scheduled greeting.

    The send day is `on_date` when the message gave a date, else `holiday`'s next occurrence; never both, so a
    consumer cannot fire on the wrong one ("12月31日发元旦祝福" sends on 12-31, not on 元旦). Neither is set when
    only a time was given ("8点半给老王发"): the caller asks which day. `at` is local wall-clock time; it is
    `DEFAULT_TIME` and `time_given` is False when the message named no time of day, so the caller asks.
    """

    holiday: str | None
    on_date: date | None
    at: time
    to_this_chat: bool
    recipients: tuple[str, ...]
    recurring: bool
    preview: bool
    style: str | None
    time_given: bool
    card: bool = False  # "带贺卡": each greeting also goes as a card picture

    def describe(self) -> str:
        """A short Chinese summary: "除夕 20:00 · 发到本群 · 每年"."""
        if self.on_date is not None:
            day = f"{self.on_date.year}年{self.on_date.month}月{self.on_date.day}日"
        else:
            day = self.holiday or "日期待定"
        parts = [f"{day} {self.at:%H:%M}" if self.time_given else f"{day} 时间待定"]
        if self.to_this_chat:
            parts.append("发到本群")
        if self.recipients:
            parts.append("、".join(self.recipients))
        if not self.to_this_chat and not self.recipients:
            parts.append("发给谁待定")
        if self.style:
            parts.append(self.style)
        if self.recurring:
            parts.append("每年")
        parts += [w for w, on in (("先预览", self.preview), ("带贺卡", self.card)) if on]
        return " · ".join(parts)


# Times of day -------------------------------------------------------------------------------------

_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUM = "[零〇一二两三四五六七八九十]"


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
_ZH_MINUTE = rf"(半|一刻|三刻|整|\d{{1,2}}\s*分|\d{{2}}(?!\d)|{_CN_NUM}{{1,3}}\s*分|{_CN_NUM}?十{_CN_NUM}?)?"
# "到凌晨两点" in a shared-history clause ("一起加班到凌晨两点") is not a send time; "等到/到了八点" is.
_UNTIL = r"(?<![等了])(?:到|至)\s*$|(?:直到|until|till)\s*$"

_ZH_CLOCK = re.compile(
    rf"(?:({_PERIOD_ALT})\s*(?:的)?\s*)?"
    rf"(?:(?<![\d:：.])(\d{{1,2}})\s*[:：]\s*([0-5]\d)(?![\d:：])"      # 20:00, 晚上8:30
    rf"|(?<![\d.第几])(\d{{1,2}}|{_CN_NUM}{{1,3}})\s*(?:点|點|时(?!间|候|辰))\s*(?:钟)?\s*{_ZH_MINUTE})",
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


def _times(text: str) -> list[_Found]:
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
    found = _times(text)
    return found[0].value if found else None  # type: ignore[return-value]


# Dates --------------------------------------------------------------------------------------------

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
_MONTHS_EN = {name[:3]: i for i, name in enumerate(_MONTH_NAMES, start=1)}
# Whole month names or their usual abbreviations only: "decide 3" is not December 3rd.
_MONTH_EN = "(" + "|".join((*_MONTH_NAMES, "sept", *(n[:3] for n in _MONTH_NAMES if n != "may"))) + r")\.?(?![a-z])"
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?!\d)")
_ZH_DATE = re.compile(rf"(?<![\d年])(\d{{1,2}}|{_CN_NUM}{{1,3}})\s*月\s*(\d{{1,2}}|{_CN_NUM}{{1,3}})\s*[日号]")
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


def _dates(text: str, today: date) -> list[_Found]:
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


# Holidays -----------------------------------------------------------------------------------------

_LONGEST_ALIAS = 26  # "chinese new year's eve" and a little room


def _holiday_mentions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of every holiday alias in the text, longest match first at each place."""
    lowered = text.lower().replace("’", "'")
    mentions: list[tuple[int, int, str]] = []
    i = 0
    while i < len(lowered):
        hit = None
        if not lowered[i].isspace():
            for j in range(min(len(lowered), i + _LONGEST_ALIAS), i, -1):
                piece = lowered[i:j]
                if piece[-1].isspace() or (name := holidays.canonical_name(piece)) is None:
                    continue
                # Latin aliases stand as whole words ("cny" is not inside "agency").
                if piece.isascii() and (
                    (i > 0 and lowered[i - 1].isascii() and lowered[i - 1].isalpha())
                    or (j < len(lowered) and lowered[j].isascii() and lowered[j].isalpha())
                ):
                    continue
                hit = (i, j, name)
                break
        if hit:
            mentions.append(hit)
            i = hit[1]
        else:
            i += 1
    return mentions


_WHEN_BEFORE = re.compile(r"(?:每年|每逢|逢|在|等到|到了|赶在|于)\s*$|(?<![a-z])(?:on|every|each)\s+(?:the\s+)?$", re.I)
_WHEN_AFTER = re.compile(
    rf"^\s*(?:节|夜)?\s*(?:当天|那天|当日|当晚|那晚|那一天|一早|早上|上午|中午|下午|晚上|傍晚|凌晨|零点|午夜|夜里|"
    rf"的时候|到了|一到|\d|{_CN_NUM}{{1,3}}\s*[点點]|at\s+\d|at\s+(?:noon|midnight)|morning|evening|night)",
    re.I,
)


def _is_when(text: str, start: int, end: int) -> bool:
    """Whether a holiday mention names the send day ("每年除夕", "春节当天") rather than the greeting's kind."""
    if text[start:end] == "拜年":  # a verb: "给张总拜年"
        return False
    return bool(_WHEN_BEFORE.search(text[max(0, start - 12):start]) or _WHEN_AFTER.match(text[end:end + 12]))


# Sending, targets and flags -----------------------------------------------------------------------

_SEND_ZH = re.compile(r"群发|推送|定时发|(?<![出头沙开打])发(?:送|出|布)?(?![小财现展挥烧生呆型言票音])")
_SEND_EN = re.compile(r"(?<![a-z])(?:send|schedule|post|broadcast|push)(?![a-z])", re.I)
_DIRECTED_AFTER = re.compile(r"^(?:送|出|布)?\s*(?:[^，,。！!？?]{0,10}?)(?:给|到|至|在|进)")
_THIS_CHAT_ZH = re.compile(
    r"这个群|这群|本群|此群|该群|咱们?群|我们群|大家|各位|所有人|(?:发到|发在|发进|发至|到|在|进|给)\s*群里|^群里|"
    r"(?:发到|发在|发至|到|在)(?:这里|这儿|此处)"
)
_THIS_CHAT_EN = re.compile(
    r"(?<![a-z])(?:this|the|our)\s+(?:group|chat|channel)|(?<![a-z])(?:everyone|everybody|all of you|here)(?![a-z'])",
    re.I,
)
_RECURRING = re.compile(r"每年|每逢|年年|每一年|(?<![a-z])(?:every|each)\s+year|annually|yearly|(?<![a-z])every\s+(?=\S)", re.I)
_PREVIEW = re.compile(
    r"先[^，,。！!？?]{0,4}给我[^，,。！!？?]{0,2}(?:看|过目|确认)|先让我(?:看|过目|确认)|给我看看|(?:先|提前)预览|预览|过目|"
    r"发(?:之|以)?前[^，,。！!？?]{0,4}(?:给|让)我(?:看|过目|确认)|先发我看|"
    r"(?<![a-z])preview|show\s+(?:it\s+to\s+)?me\s+(?:it\s+)?first|let\s+me\s+(?:see|check|review)|check\s+with\s+me",
    re.I,
)
_CARD = re.compile(r"(?:带|附|配|加|做成)(?:上|一张|张)?贺卡|贺卡一起|(?<![a-z])with (?:a )?cards?(?![a-z])", re.I)
_SCHEDULE_WORD = re.compile(r"定时|预约|到时候|到时|(?<![a-z])schedul", re.I)

# Recipient lists: "给张总、老王和小林各发一条", "发给张总和老王", "for Jake and Amy".
_STOP = rf"(?=各|都|分别|每人|每个人|一人|发|推送|送|写|拜|{_MASK}|[。！!？?\n]|$)"
_GIVE_LIST = re.compile(rf"给\s*([^{_MASK}。！!？?\n]{{1,30}}?)\s*{_STOP}")
_SEND_TO_LIST = re.compile(
    rf"(?:发给|发送给|推送给|发至)\s*([^{_MASK}。！!？?\n]{{1,30}}?)\s*"
    rf"(?=各|一条|一份|一句|一段|祝福|拜年|消息|微信|短信|{_MASK}|[。！!？?\n]|$)"
)
_EN_LIST = re.compile(
    r"(?<![a-z])(?:to|for)\s+([A-Z][a-z]+(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)[A-Z][a-z]+)*)(?![A-Za-z])"
)
_SPLIT = re.compile(r"\s*(?:、|，|,|和|及|跟|还有|与|以及|&|/|\band\b)\s*")
_NOT_RECIPIENTS = frozenset({
    "我", "我们", "咱", "咱们", "你", "你们", "他", "她", "他们", "她们", "大家", "各位", "所有人", "大伙", "大伙儿",
    "这里", "这儿", "这", "那里", "自己", "群", "群里", "everyone", "everybody", "all", "me", "us", "you", "them",
})
_NOT_NAME_PARTS = re.compile(
    r"群|祝福|拜年|消息|微信|短信|问候|红包|贺卡|一条|一份|一句|一个|[看再先写发送说条封段句把让帮请要想能会吧呢吗了着过点\d]"
)
_EN_NOT_NAMES = frozenset({"I", "Me", "Mom", "Dad", "Everyone", "Everybody", "This", "The", "Our", "My", "Greeting",
                           "Greetings", "Wishes", "Message", "Messages"})


def _clean_name(piece: str) -> str | None:
    piece = re.sub(r"^(?:我的|咱的|我们的|咱们的|的)", "", piece.strip(" \t:：、，,"))
    piece = re.sub(r"的$", "", piece)
    if not piece or piece in _NOT_RECIPIENTS or piece.lower() in _NOT_RECIPIENTS or _NOT_NAME_PARTS.search(piece):
        return None
    latin = re.fullmatch(r"[A-Za-z][A-Za-z .'\-]{0,19}", piece)
    if latin:
        return piece if piece not in _EN_NOT_NAMES and piece[0].isupper() else None
    if not re.fullmatch(rf"[{_CJK}A-Za-z·]{{1,6}}", piece):
        return None
    if extract_style(piece) or holidays.canonical_name(piece):
        return None
    return piece


def _recipients(masked: str, english: bool) -> tuple[str, ...]:
    names: list[tuple[int, str]] = []
    patterns = (_EN_LIST,) if english else (_GIVE_LIST, _SEND_TO_LIST)
    for pattern in patterns:
        for m in pattern.finditer(masked):
            offset = m.start(1)
            for piece in _SPLIT.split(m.group(1)):
                name = _clean_name(piece)
                if name:
                    names.append((offset, name))
    ordered: list[str] = []
    for _, name in sorted(names, key=lambda n: n[0]):
        if name not in ordered:
            ordered.append(name)
    return tuple(ordered)


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for k in range(start, end):
            chars[k] = _MASK
    return "".join(chars)


def _is_directed(text: str) -> bool:
    """A send verb aimed somewhere: "给老王…发", "发到群里", "发给张总", "群发", "send … to …"."""
    if _SEND_EN.search(text):
        return True
    for m in _SEND_ZH.finditer(text):
        if m.group(0) in ("群发", "推送", "定时发") or "给" in text[:m.start()]:
            return True
        if _DIRECTED_AFTER.match(text[m.end():]):
            return True
    return False


_COMMAND = re.compile(r"^/schedule(?:@\w+)?(?=\s|$)", re.I)


def parse_schedule(text: str, *, today: date) -> ScheduleSpec | None:
    """The schedule a chat message asks for, or None when it is not a scheduling request.

    `today` resolves relative and year-less dates ("明天", "12月31日": a date already passed this year means
    next year's).
    """
    body = text.strip()
    command = _COMMAND.match(body)
    if command:
        body = body[command.end():].strip()
        if not body:
            return None  # bare "/schedule": the caller shows usage
    if not body:
        return None
    # Same normalisation the slot extractor uses, so "拜个年" counts as 拜年.
    body = re.sub(r"拜(?:个|一个|了个)年", "拜年", body)

    times = _times(body)
    dates = _dates(body, today)
    mentions = _holiday_mentions(body)
    when_holiday = next((name for s, e, name in mentions if _is_when(body, s, e)), None)
    recurring = bool(_RECURRING.search(body))
    any_holiday = holidays.find_holiday(body)

    if command:
        if not (times or dates or any_holiday):
            return None
    else:
        if not _is_directed(body):
            return None
        # "今天给张总发条拜年微信" is a writing request; a later day ("明天", "12月31日") is a schedule.
        later = [d for d in dates if d.value != today]
        day_named = bool(later or when_holiday or (any_holiday and (recurring or _SCHEDULE_WORD.search(body))))
        if not (times or day_named):
            return None

    english = not re.search(f"[{_CJK}]", body)
    masked = _mask(body, [(f.start, f.end) for f in (*times, *dates)] + [(s, e) for s, e, _ in mentions])
    masked = _RECURRING.sub(lambda m: _MASK * len(m.group(0)), masked)
    this_chat = _THIS_CHAT_EN if english else _THIS_CHAT_ZH

    on_date = dates[0].value if dates else None
    return ScheduleSpec(
        holiday=None if on_date else when_holiday or any_holiday,
        on_date=on_date,  # type: ignore[arg-type]
        at=times[0].value if times else DEFAULT_TIME,  # type: ignore[arg-type]
        to_this_chat=bool(this_chat.search(body)),
        recipients=_recipients(masked, english),
        recurring=recurring,
        preview=bool(_PREVIEW.search(body)),
        style=extract_style(body),
        time_given=bool(times),
        card=bool(_CARD.search(body)),
    )
