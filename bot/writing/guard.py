"""The draft guard: what every model text must be before a person sees it or the bot sends it.

One definition, used by the writer (drafts, revisions, scheduled greetings), by the follow-ups (the clean-text part),
by `greetbot eval` (its pass rate per system) and by the learning gates. A draft that fails is dropped, and the
reasons are counted, so an adapter that has gone bad shows in `/metrics` before anyone complains.

Why each rule: an undertrained adapter writes U+FFFD and stray tokens ("� cur。一声往前岁钱"); a wrong chat template
leaks `<|im_end|>` or think tags; a token limit cuts the last sentence; a weak model forgets the name, names another
holiday or zodiac year, ignores the asked length or language, piles stock phrases, or repeats itself.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter, deque
from collections.abc import Iterable

from bot.domain import GreetingRequest, fits_length, text_language
from bot.writing.holidays import wishes_another_holiday
from bot.writing.quality import stock_phrase_count, wrong_zodiac

log = logging.getLogger(__name__)

# Reasons, in the order they are checked; each is a label in /metrics.
REASONS: tuple[str, ...] = ("unclean", "truncated", "no_name", "wrong_holiday", "wrong_zodiac", "length",
                            "language", "stock_phrases", "near_copy")

_SPECIAL = re.compile(r"<\|[^|>\s]{1,40}\|>|</?think>|\[/?INST\]|</?s>|<unk>|<pad>", re.I)
# A new chat turn the model began, its special tokens dropped in decoding: "…辛苦了。user\n致妈（春节）…" (tiny model).
_ROLE_LINE = re.compile(r"(?<![A-Za-z])(?:user|assistant|system)\n")
# A finished sentence ends in one of these, or in an emoji (a pictograph, a flag, a variation selector).
_END = re.compile(r"[。！？!?.…~～」』”\"'）)】》♥❤]\s*$|[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]\s*$")
_LATIN = re.compile(r"[A-Za-z]")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def unclean(text: str) -> bool:
    """Replacement characters, control characters (newlines and tabs aside), chat-template tokens or a role line."""
    if "\ufffd" in text or _SPECIAL.search(text) or _ROLE_LINE.search(text):
        return True
    return any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in text)


_SENTENCE_END = re.compile(r"[。！？!?.…~～」』”）)】》]|[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]")
# A letter may close with words and a name after its last full stop: "顺致新春问候 / 孙磊", "With warm regards, Xiao".
_CLOSING = re.compile(r"顺颂|顺致|此致|敬上|谨上|敬礼|问候|祝好|商祺|\b(?:regards|wishes|best|sincerely|yours|cheers|love|"
                      r"warmly|respectfully|appreciation|gratitude|thanks)\b", re.I)


def truncated(text: str) -> bool:
    """The last sentence does not end: a token limit cut it. A letter's closing words and signature ("顺致新春问候 /
    孙磊", "With warm regards, Xiao Zhou") may follow the last full stop unpunctuated."""
    text = text.strip()
    if _END.search(text):
        return False
    ends = list(_SENTENCE_END.finditer(text))
    tail = text[ends[-1].end():].strip() if ends else text
    signed = "\n" in text[ends[-1].end():] if ends else False
    return not (ends and len(tail) <= 60 and (_CLOSING.search(tail) or (signed and len(tail) <= 12)))


def wrong_language(text: str, language: str) -> bool:
    """Chinese asked and mostly Latin letters written, or English asked and Chinese written."""
    if language == "en":
        return bool(_CJK.search(text))
    return text_language(text) != "zh" or len(_LATIN.findall(text)) > len(_CJK.findall(text))


def similar(a: str, b: str) -> float:
    from bot.writing.composer.draft import similarity  # the composer's measure: one notion of "the same draft"

    return similarity(a, b)


def draft_faults(text: str, request: GreetingRequest, *, others: Iterable[str] = ()) -> list[str]:
    """Why `text` may not be shown as a greeting for `request` (empty: it may). `others`: drafts already kept for
    this set and ones the person saw or sent before; a near copy of any of them is not a new draft."""
    slots, holiday = request.slots, request.holiday
    language = slots.language or "zh"
    faults = []
    if unclean(text):
        faults.append("unclean")
    if truncated(text):
        faults.append("truncated")
    if slots.name and slots.name.lower() not in text.lower():
        faults.append("no_name")
    if wishes_another_holiday(text, holiday.name, allowed=slots.details or ""):
        faults.append("wrong_holiday")  # wished, not merely named as a time
    if wrong_zodiac(text, holiday):
        faults.append("wrong_zodiac")
    if slots.length and not fits_length(text, slots.length, language):  # type: ignore[arg-type]
        faults.append("length")
    if wrong_language(text, language):
        faults.append("language")
    if stock_phrase_count(text) > 1:
        faults.append("stock_phrases")
    # Only for an otherwise good draft: comparing 1,000+ characters of garbage would cost the event loop for nothing.
    if not faults and any(similar(text, other) >= 0.9 for other in others):
        faults.append("near_copy")
    return faults


class GuardStats:
    """What the guard turned down, by adapter and reason (/metrics), and an alert when one adapter's drafts fail too
    often: `alert_rate` or more of its last `window` drafts rejected logs a WARNING once per window."""

    def __init__(self, *, alert_rate: float = 0.5, window: int = 50) -> None:
        self.alert_rate, self.window = alert_rate, max(1, window)
        self.rejections: Counter[tuple[str, str]] = Counter()  # (adapter, reason) -> drafts
        self.checked: Counter[str] = Counter()  # adapter -> drafts checked
        self._recent: dict[str, deque[bool]] = {}

    def record(self, adapter: str, faults: list[str]) -> None:
        self.checked[adapter] += 1
        for reason in faults:
            self.rejections[adapter, reason] += 1
        recent = self._recent.setdefault(adapter, deque(maxlen=self.window))
        recent.append(bool(faults))
        if len(recent) == self.window and sum(recent) >= self.alert_rate * self.window:
            reasons = Counter({r: n for (a, r), n in self.rejections.items() if a == adapter})
            log.warning("adapter %r: %d of its last %d drafts failed the guard (%s so far); check the adapter, its "
                        "base model and chat template, or roll it back", adapter, sum(recent), self.window,
                        ", ".join(f"{r} {n}" for r, n in reasons.most_common(4)))
            recent.clear()  # once per window, not on every draft after
