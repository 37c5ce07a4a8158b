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
from datetime import date, time

from bot.reading.form import extract_style
from bot.scheduling.when import CN_NUM, dates_in, times_in
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


# Holidays -----------------------------------------------------------------------------------------

_LONGEST_ALIAS = 26  # "chinese new year's eve" and a little room


def _holiday_mentions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of every holiday alias in the text, longest match first at each place."""
    lowered = text.lower().replace("’", "'")
    eve_is_lunar = lowered != holidays.lunar_eve(lowered)  # "a Spring Festival greeting … on New Year's Eve"
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
                hit = (i, j, "除夕" if eve_is_lunar and piece == "new year's eve" else name)
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
    rf"的时候|到了|一到|\d|{CN_NUM}{{1,3}}\s*[点點]|at\s+\d|at\s+(?:noon|midnight)|morning|evening|night)",
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

    times = times_in(body)
    dates = dates_in(body, today)
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
