"""Six-slot filling: which slots we must ask for, which get defaults, what to ask next, and how to read
an answer or a revision ("短一点", "更正式") against what we already know.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.domain import (
    DEFAULT_LENGTH,
    DEFAULT_OCCASION,
    DEFAULT_STYLE_BY_CATEGORY,
    LENGTHS,
    Language,
    Slots,
)
from bot.reading.extraction import extract_rules
from bot.reading.recipient import relation_category_of

# Without these a greeting cannot be personal; everything else has a sensible default.
REQUIRED_SLOTS: tuple[str, ...] = ("name", "relation", "details")

SKIP_WORDS = re.compile(r"^\s*(?:跳过|没有|没|不用|算了|无|暂时没有|想不起来|随便|skip|none|no|nothing|pass)\s*[。.!！]*\s*$", re.I)


@dataclass(frozen=True)
class Question:
    slot: str
    text: str
    options: tuple[str, ...] = ()


_RELATION_OPTIONS = ("朋友", "同事", "领导", "客户", "家人", "老师", "合作伙伴", "恋人")
_RELATION_OPTIONS_EN = ("friend", "colleague", "boss", "client", "family", "teacher", "partner")


def missing_slots(slots: Slots) -> list[str]:
    """Required slots not known yet; details answered with "跳过" are stored as "" and count as known."""
    return [s for s in REQUIRED_SLOTS if getattr(slots, s) is None]


def next_question(slots: Slots) -> Question | None:
    """The one short question to ask now, or None when the greeting can be written."""
    missing = missing_slots(slots)
    if not missing:
        return None
    slot = missing[0]
    who = slots.name or ("TA" if slots.language != "en" else "them")
    if slots.language == "en":
        return {
            "name": Question("name", "Who is it for? How do you address them (e.g. Linda, Mom, Mr. Chen)?"),
            "relation": Question("relation", f"How do you know {who}?", _RELATION_OPTIONS_EN),
            "details": Question(
                "details", f"Tell me one real thing about you and {who}: something you did together, or news of "
                "theirs. It is what makes the greeting personal.", ("skip",)),
        }[slot]
    return {
        "name": Question("name", "这条祝福发给谁？你平时怎么称呼TA？（比如：张总、老王、妈）"),
        "relation": Question("relation", f"{who}和你是什么关系？", _RELATION_OPTIONS),
        "details": Question(
            "details", f"说一件你和{who}之间的具体小事吧：一起经历过的事、TA最近的近况都行，祝福就靠它不落俗套。", ("跳过",)),
    }[slot]


def language_of_slots(slots: Slots) -> Language:
    """The language the slots are written in: English when the name, relation and details hold Latin letters and
    no Chinese ("Jake", "roommate", "we shared an apartment in Boston"), else Chinese."""
    said = " ".join(v for v in (slots.name, slots.relation, slots.details) if v)
    return "en" if re.search(r"[A-Za-z]", said) and not re.search(r"[\u3400-\u9fff]", said) else "zh"


def with_defaults(slots: Slots) -> Slots:
    """Complete slots: occasion 微信, length 50-100, a style that suits the relation, the slots' own language."""
    category = slots.relation_category or ("其他" if slots.relation else None)
    return replace(
        slots,
        relation_category=category,
        details=slots.details if slots.details is not None else "",
        occasion=slots.occasion or DEFAULT_OCCASION,
        length=slots.length or DEFAULT_LENGTH,
        style=slots.style or DEFAULT_STYLE_BY_CATEGORY.get(category or "其他", "传统喜庆"),
        language=slots.language or language_of_slots(slots),
    )


def _relation_from_word(word: str) -> Slots:
    word = word.strip()
    return Slots(relation=word, relation_category=relation_category_of(word) or "其他")


def read_answer(slot: str, text: str) -> Slots:
    """What an answer to the question about `slot` tells us; it may also carry other slots."""
    found = replace(extract_rules(text), language=None)  # a short answer must not flip the conversation language
    if slot == "details" and SKIP_WORDS.match(text):
        return replace(found, details="")
    if getattr(found, slot) is not None:
        return found
    answer = text.strip().strip("。.!！~～ ")
    if slot == "name":
        answer = re.sub(r"^(?:(?:他|她|ta|TA)?(?:叫|是)|称呼(?:他|她)?|就叫|叫(?:他|她)?)", "", answer).strip()
        answer = re.sub(r"(?:吧|啊|呀|就行|就好)$", "", answer).strip()
        return replace(found, name=answer) if answer else found
    if slot == "relation":
        answer = re.sub(r"^(?:(?:他|她|ta|TA)?是我的?|我的?)", "", answer)
        return found.merged(_relation_from_word(answer)) if answer else found
    if slot == "details":
        return replace(found, details=answer)
    return found


@dataclass(frozen=True)
class Revision:
    """A wish about the last drafts: new slot values, free-form wishes, or simply "another one"."""

    changes: Slots
    wishes: tuple[str, ...] = ()
    another: bool = False


_ANOTHER = re.compile(r"换一个|换一批|换个|换几个|再来|重写|重新写|不满意|不太行|不好|another|again|more options|different", re.I)
_SHORTER = re.compile(r"短一点|短点|再短|短些|太长|简短|精简|shorter|too long", re.I)
_LONGER = re.compile(r"长一点|长点|再长|长些|太短|多写点|详细点|longer|too short", re.I)
_STYLE_SHIFTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"更正式|正式一点|正式点|正式些|商务一点|商务点|得体一点|more formal|formal", re.I), "商务得体"),
    (re.compile(r"轻松点|轻松一点|随意点|随意一点|口语一点|别那么正式|不要太正式|less formal|more casual|casual", re.I), "轻松自然"),
    (re.compile(r"喜庆点|喜庆一点|热闹点|有年味|more festive|festive", re.I), "传统喜庆"),
    (re.compile(r"换成科技风|科技风|LLM科技风|tech style", re.I), "LLM科技风"),
)
_WISHES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"科技梗|技术梗|大模型梗|AI梗|tech jokes?|geeky", re.I), "加点科技梗"),
    (re.compile(r"温暖|走心|真诚|暖一点|warmer|heartfelt", re.I), "温暖一点"),
    (re.compile(r"幽默|好玩|俏皮|funnier|funny", re.I), "幽默一点"),
    (re.compile(r"不要emoji|别用emoji|去掉表情|no emoji", re.I), "不要表情"),
)


def _shift_length(current: str, step: int) -> str:
    i = LENGTHS.index(current) + step
    return LENGTHS[min(max(i, 0), len(LENGTHS) - 1)]


def read_revision(text: str, slots: Slots) -> Revision | None:
    """How a message changes the last drafts, or None if it is not about them."""
    current = with_defaults(slots)
    changes: dict[str, str] = {}
    wishes: list[str] = []
    if _SHORTER.search(text):
        changes["length"] = _shift_length(current.length or DEFAULT_LENGTH, -1)
        if changes["length"] == current.length:
            wishes.append("更短")
    elif _LONGER.search(text):
        changes["length"] = _shift_length(current.length or DEFAULT_LENGTH, +1)
    for pattern, style in _STYLE_SHIFTS:
        if pattern.search(text):
            changes["style"] = style
            break
    wishes += [wish for pattern, wish in _WISHES if pattern.search(text)]
    # Anything else the message states ("改成中秋的", "用邮件", "她其实是我表姐") updates the slots too.
    stated = extract_rules(text)
    for key in ("relation", "relation_category", "details", "occasion", "holiday"):
        if getattr(stated, key) is not None:
            changes[key] = getattr(stated, key)
    if stated.style and "style" not in changes:
        changes["style"] = stated.style
    if stated.length and "length" not in changes:
        changes["length"] = stated.length
    another = bool(_ANOTHER.search(text))
    if not changes and not wishes and not another:
        return None
    return Revision(changes=Slots(**changes), wishes=tuple(wishes), another=another)
