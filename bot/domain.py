"""The nouns of greetbot: the six slots, holidays, drafts and the messages that cross the platform edge.

Everything here is a plain typed dataclass or a constant; behaviour lives in the other `bot` modules.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from typing import Any, Literal

import regex

# Canonical values ---------------------------------------------------------------------------------

STYLES: tuple[str, ...] = ("传统喜庆", "轻松自然", "LLM科技风", "商务得体")
LENGTHS: tuple[str, ...] = ("<=50", "50-100", "100-200")
# Inclusive bounds in length units (see `length_units`); a bucket's text must land inside them.
LENGTH_BOUNDS: dict[str, tuple[int, int]] = {"<=50": (8, 50), "50-100": (50, 100), "100-200": (100, 200)}
OCCASIONS: tuple[str, ...] = ("微信", "当面说", "电话里说", "视频里说", "群里", "邮件")
RELATION_CATEGORIES: tuple[str, ...] = (
    "家人", "恋人", "朋友", "同事", "领导", "下属", "客户", "合作伙伴", "老师", "其他",
)
Language = Literal["zh", "en"]

DEFAULT_OCCASION = "微信"
DEFAULT_LENGTH = "50-100"
# The style a relation gets when the user did not ask for one.
DEFAULT_STYLE_BY_CATEGORY: dict[str, str] = {
    "家人": "传统喜庆", "恋人": "轻松自然", "朋友": "轻松自然", "同事": "轻松自然", "领导": "商务得体",
    "下属": "轻松自然", "客户": "商务得体", "合作伙伴": "商务得体", "老师": "传统喜庆", "其他": "传统喜庆",
}

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’\-][A-Za-z0-9]+)*")
_GRAPHEME = regex.compile(r"\X")  # what a reader sees as one character, emoji sequences included
_INVISIBLE = regex.compile(r"[\p{Cf}\p{Cc}]+")  # zero-width spaces, BOMs: nothing a reader sees
# Text where every character is a grapheme of its own (printable ASCII, Han, CJK and fullwidth punctuation, common
# typographic marks, spaces): counted by characters, which is what the composer measures thousands of times a draft.
_PLAIN = re.compile(r"[\u0020-\u007e\u00b7\u2010-\u2027\u2030-\u205e\u3000-\u3029\u3030-\u303f"
                    r"\u4e00-\u9fff\uff01-\uff5e\t\n\r]*")


def text_language(text: str) -> Language:
    """The language a greeting is written in, for counting: any Chinese character makes it Chinese."""
    return "zh" if _CJK.search(text) else "en"


def length_units(text: str, language: Language | None = None) -> int:
    """Length as a reader counts it, the one count everywhere (composer, dataset, eval, learning gates).

    Chinese: every visible character — Chinese characters, punctuation, digits, each Latin letter, an emoji as one
    (a grapheme cluster: ZWJ sequences, skin tones and flags included) — and no whitespace. English: words (letters
    and digits, joined by an apostrophe or a hyphen). `language` is the greeting's; by default the text's own.
    """
    if (language or text_language(text)) == "en":
        return len(_WORD.findall(text))
    if _PLAIN.fullmatch(text):
        return len("".join(text.split()))
    return sum(1 for g in _GRAPHEME.findall(text) if not g.isspace() and not _INVISIBLE.fullmatch(g))


def length_bucket_of(text: str, language: Language | None = None) -> str | None:
    """The bucket whose bounds hold the text, preferring the shorter bucket on a shared edge."""
    n = length_units(text, language)
    for bucket in LENGTHS:
        low, high = LENGTH_BOUNDS[bucket]
        if low <= n <= high:
            return bucket
    return None


def fits_length(text: str, bucket: str, language: Language | None = None) -> bool:
    low, high = LENGTH_BOUNDS[bucket]
    return low <= length_units(text, language) <= high


# Slots --------------------------------------------------------------------------------------------

SLOT_NAMES: tuple[str, ...] = ("name", "relation", "details", "occasion", "style", "length")
SLOT_LABELS: dict[str, str] = {
    "name": "称呼", "relation": "关系", "details": "交往细节", "occasion": "场合", "style": "风格", "length": "篇幅",
}


@dataclass(frozen=True)
class Slots:
    """What the user told us about one greeting; `None` means not known yet."""

    name: str | None = None
    relation: str | None = None
    relation_category: str | None = None
    details: str | None = None
    occasion: str | None = None
    style: str | None = None
    length: str | None = None
    holiday: str | None = None
    language: Language | None = None

    def merged(self, newer: Slots) -> Slots:
        """These slots updated with every value `newer` knows."""
        changes = {f.name: getattr(newer, f.name) for f in fields(newer) if getattr(newer, f.name) is not None}
        return replace(self, **changes)

    def known(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Slots:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in (data or {}).items() if k in names})


@dataclass(frozen=True)
class Holiday:
    """One occurrence of a holiday; `zodiac` is the animal of the lunar year the greeting is for."""

    name: str
    date: date
    zodiac: str | None = None
    ganzhi: str | None = None
    # Whether a greeting for this holiday may name the zodiac year (Spring Festival family only).
    zodiac_relevant: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "date": self.date.isoformat(), "zodiac": self.zodiac}


@dataclass(frozen=True)
class GreetingRequest:
    """Everything needed to write drafts: complete slots, the holiday, and drafts not to repeat."""

    slots: Slots
    holiday: Holiday
    n: int = 3
    avoid: tuple[str, ...] = ()
    # Greetings the same sender has for other recipients (the rest of a broadcast): theirs are not to be reused.
    # The composer takes no 12-character run from them while its bank allows; the model is not given them.
    others: tuple[str, ...] = ()
    # Free-form revision wishes ("加点科技梗") that the slots cannot express.
    wishes: tuple[str, ...] = ()


Backend = Literal["vllm", "composer"]


@dataclass(frozen=True)
class Drafts:
    """The candidate greetings of one generation, and which backend wrote them."""

    texts: tuple[str, ...]
    backend: Backend
    holiday: Holiday
    # Model drafts topped up with offline ones: those from this index on are the composer's (and are marked).
    offline_from: int | None = None

    def backend_of(self, i: int) -> Backend:
        return "composer" if self.offline_from is not None and i >= self.offline_from else self.backend


# Messages at the platform edge -------------------------------------------------------------------


@dataclass(frozen=True)
class Button:
    """A tap-able option; `payload` is what comes back as the user's text when it is tapped."""

    label: str
    payload: str


# What the tapper of someone else's button is told, as a toast where the platform has one (only they see it).
NOT_YOUR_BUTTONS = "这些按钮是给发起的人用的；想写你自己的祝福，@我说一声就行。"


# A person's standing in a group chat, as the platform tells it ("unknown" when it cannot or would not say).
Role = Literal["owner", "admin", "member", "unknown"]


@dataclass(frozen=True)
class IncomingMessage:
    """One thing a person said or tapped, platform-blind.

    `event_id` is the platform's delivery id (Telegram update_id, Feishu event_id, DingTalk msgId): the inbox
    processes each once. `context` carries what the adapter needs to answer (a DingTalk sessionWebhook, a
    Feishu message id); the engine passes it through untouched. `button_owner` is set when the text came from
    a tapped button: the user the buttons were made for.
    """

    platform: str
    chat_id: str
    user_id: str
    text: str
    message_id: str = ""
    is_group: bool = False
    mentioned: bool = False
    reply_to_bot: bool = False
    user_name: str | None = None
    event_id: str = ""
    context: dict[str, str] = field(default_factory=dict)
    button_owner: str | None = None
    # A reply to one of the bot's messages: that message's platform id where the platform says, and the start of
    # its text where the platform quotes it instead (DingTalk names no message it posted). Routes a follow-up.
    replied_to: str = ""
    replied_text: str = ""
    # When the bot stored the message (epoch seconds; the inbox sets it): a turn's deadline for its first drafts
    # counts from here, so time spent queued behind a burst is not waited a second time.
    received_at: float | None = None

    @property
    def tapped_by_someone_else(self) -> bool:
        """A button made for one person, tapped by another: answered only with `NOT_YOUR_BUTTONS`, to the tapper."""
        return self.button_owner is not None and self.button_owner != self.user_id

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> IncomingMessage:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class ConversationKey:
    """One person in one chat: whose conversation a message belongs to."""

    platform: str
    chat_id: str
    user_id: str


@dataclass(frozen=True)
class CardSpec:
    """A greeting card to draw and send as a picture (bot.cards.sending renders it just before the send; pixels are
    never stored). `holiday` is a canonical name resolved on `on` (ISO date); `size` "portrait" or "square".
    `tell_owner`: when the card cannot go, the text goes alone with a friendly line (the owner is in this chat);
    a broadcast says so in its report instead."""

    text: str
    name: str | None
    holiday: str
    on: str
    style: str
    size: str = "portrait"
    sender: str | None = None
    tell_owner: bool = True
    english: bool = False


@dataclass(frozen=True)
class OutgoingMessage:
    """A reply: text and buttons; `owner` is the user whose taps count (groups), `context` the platform's.

    With `image` (PNG or JPEG bytes) the adapter sends the picture first, then the text (as its caption where the
    platform has one); `card` asks for that picture to be drawn at send time."""

    chat_id: str
    text: str
    buttons: tuple[Button, ...] = field(default_factory=tuple)
    reply_to: str | None = None
    owner: str | None = None
    context: dict[str, str] = field(default_factory=dict)
    # A short notice meant only for the person who tapped (Telegram's callback toast); others send it as text.
    notice: bool = False
    card: CardSpec | None = None
    image: bytes | None = None


# A platform moved a chat to a new id (a Telegram group that became a supergroup): platform, old id, new id.
ChatMoved = Callable[[str, str, str], Awaitable[None]]


class SendFailed(Exception):
    """A platform refused a reply for good (after retries); `code` is the platform's own error code."""

    def __init__(self, platform: str, code: str | int | None, detail: str) -> None:
        super().__init__(f"{platform} send failed ({code}): {detail}")
        self.platform, self.code, self.detail = platform, code, detail


class ImageRefused(SendFailed):
    """The platform refused the picture itself (its format, size or dimensions) and nothing was posted: the text
    can still go alone."""
