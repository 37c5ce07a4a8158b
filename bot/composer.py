"""The offline composer: drafts good enough to send when the model server is down.

A draft is built from hand-written sentence pieces (`bot.composer_phrases`): an opening with the 称呼, a
sentence that weaves in the user's own details, a holiday wish in the requested style, and optional pieces (a
word about the relation, the holiday's food or moon, a hope, a look ahead, a plan to meet, a closing) added until
the text lands inside the length bucket. Nothing is padded and nothing is cut mid-sentence: a draft that does not
fit is simply not taken, and another combination is tried.

Every choice comes from a `random.Random` seeded with a stable hash of the request, so the same request gives
the same drafts, a different recipient gives different ones, and drafts the user has seen (`avoid`) are skipped.
The caller marks the drafts as offline; the texts themselves carry no marker.
"""

from __future__ import annotations

import functools
import hashlib
import json
import random
import re
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from bot import composer_phrases as bank
from bot.composer_phrases import HOLIDAY_WORDS, P, HolidayWords
from bot.domain import (
    DEFAULT_LENGTH,
    DEFAULT_STYLE_BY_CATEGORY,
    LENGTH_BOUNDS,
    GreetingRequest,
    Holiday,
    fits_length,
    length_units,
)
from bot.quality import STOCK_PHRASES, wrong_zodiac

__all__ = ["STOCK_PHRASES", "TECH_TERMS", "compose_offline", "similarity", "tech_mentions"]

# Words that make a sentence a tech joke; every piece tagged `tech` in the bank carries one, no other does.
# Latin terms count as whole words ("ship" is not in "partnership"); see `tech_mentions`.
TECH_TERMS: tuple[str, ...] = (
    "参数", "迭代", "上线", "bug", "token", "训练集", "推理", "版本", "缓存", "算力", "模型", "部署", "宕机", "掉线",
    "加载", "bugs", "tokens", "version", "deploy", "deployed", "deployment", "release", "releases", "parameter",
    "parameters", "training data", "iteration", "iterating", "compute", "downtime", "cached", "garbage-collected",
    "language model", "ship", "shipped", "shipping",
)
_TECH = re.compile("|".join(
    rf"(?<![A-Za-z]){re.escape(t)}(?![A-Za-z])" if t.isascii() else re.escape(t)
    for t in sorted(TECH_TERMS, key=len, reverse=True)
), re.I)


def tech_mentions(text: str) -> list[str]:
    """The tech-joke words in a text (参数, bug, deploy …)."""
    return _TECH.findall(text)


_STYLE_KEY = {"传统喜庆": "trad", "轻松自然": "casual", "LLM科技风": "tech", "商务得体": "biz"}
_GROUP = {
    "家人": "family", "恋人": "lover", "朋友": "friend", "同事": "peer", "领导": "boss", "下属": "team",
    "客户": "client", "合作伙伴": "partner", "老师": "teacher", "其他": "general",
}
_GROUP_ALIASES = {
    "family": ("close",), "lover": ("close",), "friend": ("close",), "peer": ("work",), "team": ("work",),
    "boss": ("work", "senior"), "client": ("work", "biz"), "partner": ("work", "biz"), "teacher": ("senior",),
    "general": (),
}
# When the slots carry no category, a few words of the relation are enough to place it.
_CATEGORY_HINTS: tuple[tuple[str, str], ...] = (
    ("老婆|老公|媳妇|对象|男朋友|女朋友|男友|女友|爱人|wife|husband|girlfriend|boyfriend", "恋人"),
    ("老师|导师|教授|师父|teacher|professor|mentor", "老师"),
    ("领导|老板|经理|主管|总监|上司|boss|manager", "领导"),
    ("下属|徒弟|组员|实习生|report|intern", "下属"),
    ("客户|client|customer", "客户"),
    ("合作|伙伴|供应商|投资人|partner|vendor|investor", "合作伙伴"),
    ("同事|colleague|coworker|teammate", "同事"),
    ("室友|同学|发小|闺蜜|兄弟|朋友|哥们|死党|老乡|战友|搭子|师兄|师姐|师弟|师妹|roommate|friend|classmate|buddy|bestie",
     "朋友"),
    ("妈|爸|爷|奶|姥|外公|外婆|哥|姐|弟|妹|叔|姨|舅|姑|婶|岳|公公|婆婆|mom|mum|dad|mother|father|grand|sister|brother|"
     "aunt|uncle|cousin", "家人"),
)
_ELDERS = re.compile(r"爷|奶|姥|外公|外婆|公公|婆婆|岳父|岳母|grand")
_SPOKEN = ("当面说", "电话里说", "视频里说")
_BORROW = {"tech": "casual", "biz": "trad"}
_FILLER = ("relation", "imagery", "hope", "forward", "plan", "aside", "closing")

_SENTENCE_END = re.compile(r"[。！？!?.]$")


# Details ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Detail:
    """One way to say the user's details: the words (already in second person) and what kind of thing they are."""

    text: str
    kind: str  # memory | news | duration | identity
    single: bool
    weight: float
    askable: bool = False
    yichang: bool = False


_ZH_NOISE = (
    "他是我的", "她是我的", "他是我", "她是我", "我们俩是", "我俩是", "我们是", "咱们是", "咱俩是", "他是", "她是",
    "跟他", "和他", "跟她", "和她", "与他", "与她", "是我的",
)
_ZH_NEWS = re.compile(
    r"升职|升了|晋升|提拔|结婚|订婚|领证|生了|宝宝|二胎|当爸|当妈|毕业|考上|上岸|录取|入职|跳槽|新工作|换了工作|买房|"
    r"买了房|乔迁|搬家|搬了新家|创业|开店|开业|康复|出院|退休|获奖|拿了奖|中标|上市|融资|转正|加薪|涨薪|扛下|拿下|搞定|"
    r"做成|完成了|拿到|考过|通过了|跑完"
)
_ZH_DURATION = re.compile(
    r"^[\u4e00-\u9fff]{0,4}?(?:快|近|已经|差不多|整整)?[零一二两三四五六七八九十百几\d]+(?:多|来)?(?:年|个月|载)"
    r"(?:多)?(?:了|啦)?$"
)
_ZH_IDENTITY_END = re.compile(
    r"(?:室友|同学|发小|同事|邻居|朋友|战友|搭档|闺蜜|兄弟|姐妹|老乡|校友|队友|师兄|师姐|师弟|师妹|学长|学姐|网友|"
    r"笔友|搭子|球友|舍友|上下铺|班主任|老师|导师|师父|领导|上司|客户|伙伴)$"
)
_ZH_VERBISH = re.compile(r"一起|过|了|总|给|帮|陪|做|去|来|在|是")
_ZH_CONNECTIVES = re.compile(r"然后|后来|而且|但是|不过|所以|结果")

_EN_NEWS = re.compile(
    r"promot|married|engaged|wedding|baby|graduat|new job|new role|moved|retir|bought|award|won |got into|"
    r"accepted|passed|launched|started a|opened|carried|delivered|finished|completed|landed|closed the|led the|"
    r"shipped|built",
    re.I,
)
_EN_DURATION = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a few|"
    r"several|many)\s+(?:years?|months?)\b",
    re.I,
)
_EN_IDENTITY_END = re.compile(
    r"(?:roommates?|classmates?|friends?|neighbou?rs?|colleagues?|teammates?|buddy|buddies|cousins?|schoolmates?|"
    r"coworkers?|bestie|pals?)$",
    re.I,
)
_EN_VERBISH = re.compile(r"\b(?:is|are|was|were|have|has|had|got|went|did|made|took|gave|stayed|left|\w+ed)\b", re.I)
_EN_LOWER_STARTERS = {
    "we", "you", "the", "a", "an", "last", "this", "our", "my", "your", "in", "at", "on", "when", "every", "since",
    "after", "for", "back", "working", "spent", "pulled", "always", "once", "that", "those", "one", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "years", "from", "during", "still", "just", "got",
}


def _zh_second_person(text: str, you: str) -> str:
    """他/她 → 你 (or 您): the details are told about the recipient, the greeting speaks to them."""
    text = re.sub(r"(?<![其吉])[他她]们", "你们", text)
    text = re.sub(r"(?<![其吉])[他她](?!乡)", you, text)
    if you == "您":
        text = re.sub(r"你(?!们)", "您", text)
    return text


def _zh_split_long(clause: str) -> list[str]:
    """A run-on clause without punctuation, cut before 一起/每天/那时… so that each part still reads whole."""
    if length_units(clause) <= 18:
        return [clause]
    parts = [p for p in re.split(r"(?=一起|每天|每次|每晚|总是|经常|那时|那年|第二天|最后)", clause) if p]
    merged: list[str] = []
    carry = ""
    for part in parts:  # a short time word (每天晚上, 第二天) belongs to what follows it
        part = carry + part
        carry = part if length_units(part) < 5 else ""
        if not carry:
            merged.append(part)
    if carry:
        merged[-1:] = [merged[-1] + carry] if merged else [carry]
    return merged


def _zh_clauses(details: str, you: str) -> list[tuple[str, bool]]:
    """The details as (clause, stands alone) pairs; 第二天… only makes sense after the clause before it."""
    clauses: list[tuple[str, bool]] = []
    for raw in re.split(r"[，,。；;！!？?\n]+", details):
        for part in (p for piece in _ZH_CONNECTIVES.split(raw) for p in _zh_split_long(piece)):
            part = part.strip(" 　、~～…\"'“”")
            for noise in _ZH_NOISE:
                if part.startswith(noise) and length_units(part[len(noise):]) >= 2:
                    part = part[len(noise):]
                    break
            part = _zh_second_person(part, you)
            if length_units(part) >= 2:
                clauses.append((part, not (clauses and re.match(r"第二天|最后|然后|后来|接着", part))))
    return clauses


def _zh_kind(clause: str) -> str:
    if len(clause) <= 10 and _ZH_DURATION.match(clause):  # 毕业八年 is a span of time, not news
        return "duration"
    # 提拔了我 is something they did for me, 一起拿下 something we share: memories, not their news.
    if _ZH_NEWS.search(clause) and not re.search(r"我|一起|一块", clause):
        return "news"
    if len(clause) <= 8 and _ZH_IDENTITY_END.search(clause) and not _ZH_VERBISH.search(clause):
        return "identity"
    return "memory"


_EN_SUBJECT_FIX = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't", "wasn't": "weren't",
                   "hasn't": "haven't", "doesn't": "don't"}
_EN_ADVERBS = {"always", "just", "finally", "recently", "still", "never", "often", "really", "also", "once"}


def _en_verb_for_you(word: str) -> str:
    low = word.lower()
    if low in _EN_SUBJECT_FIX:
        return _EN_SUBJECT_FIX[low]
    if low.endswith("ies") and len(low) > 4:
        return word[:-3] + "y"
    if re.search(r"(?:ches|shes|sses|xes|zes|oes)$", low):
        return word[:-2]
    if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        return word[:-1]
    return word


def _en_second_person(text: str) -> str:
    """he/she/him/his/her → you/your, with the verb after a converted subject made to agree."""
    words = re.findall(r"[A-Za-z']+|[^A-Za-z']+", text)
    out: list[str] = []
    subject_pending = False
    for i, w in enumerate(words):
        low = w.lower()
        nxt = next((x for x in words[i + 1:] if x.strip()), "")
        if not w[0].isalpha() and w[0] != "'":
            out.append(w)
            continue
        repl: str | None = None
        if low in ("he", "she"):
            repl, subject_pending = "you", True
        elif low in ("he's", "she's"):
            repl = "you're"
        elif low in ("he'd", "she'd"):
            repl = "you'd"
        elif low in ("he'll", "she'll"):
            repl = "you'll"
        elif low == "him":
            repl = "you"
        elif low in ("his", "hers"):
            repl = "your" if low == "his" and nxt[:1].isalpha() else "yours"
        elif low == "her":
            repl = "your" if nxt[:1].isalpha() and nxt.lower() not in _EN_NOT_NOUN else "you"
        elif low in ("himself", "herself"):
            repl = "yourself"
        elif subject_pending:
            if low in _EN_ADVERBS:
                out.append(w)
                continue
            repl = _en_verb_for_you(w)
            subject_pending = False
        if repl is not None:
            if w[0].isupper():
                repl = repl[0].upper() + repl[1:]
            out.append(repl)
        else:
            out.append(w)
    return "".join(out)


_EN_NOT_NOUN = {"and", "or", "but", "to", "at", "in", "on", "for", "with", "from", "about", "when", "last", "every",
                "so", "a", "the", "out", "up", "over", "back", "too", "again", "through"}
_EN_NOISE = re.compile(r"^(?:(?:you are|you're|you were) (?=my )|we are |we're |and |but |so |also )", re.I)


_EN_DEPENDENT = re.compile(r"^(?:when|while|because|after|before|until|since|as|which|who|that)\b", re.I)


def _en_clauses(details: str) -> list[tuple[str, bool]]:
    """The details as (clause, stands alone) pairs: "when I came home late" only follows the clause before it."""
    clauses: list[tuple[str, bool]] = []
    pieces = re.split(r"[.;!?\n]+|,\s+", details)
    # A run-on sentence is cut before "and/when/while/because…" once it passes sixteen words.
    pieces = [p for piece in pieces for p in (
        re.split(r"\s+(?=(?:and|when|while|because|after|before|until|so)\s)", piece)
        if len(piece.split()) > 16 else [piece])]
    for raw in pieces:
        part = _en_second_person(raw.strip(" \"'“”"))
        part = _EN_NOISE.sub("", part).strip()
        if not part:
            continue
        first = part.split()[0]
        if first.lower() in _EN_LOWER_STARTERS and first != "I":
            part = part[0].lower() + part[1:]
        if length_units(part) >= 1:
            clauses.append((part, not (clauses and (length_units(part) < 2 or _EN_DEPENDENT.match(part)))))
    return clauses


def _en_kind(clause: str) -> str:
    if _EN_NEWS.search(clause) and not re.search(r"\b(?:me|my|I|we|us|our|together)\b", clause):
        return "news"
    if len(clause.split()) <= 7 and _EN_DURATION.search(clause):
        return "duration"
    if len(clause.split()) <= 4 and _EN_IDENTITY_END.search(clause) and not _EN_VERBISH.search(clause):
        return "identity"
    return "memory"


_KIND_RANK = {"news": 3, "memory": 2, "duration": 1, "identity": 0}


def _detail_options(details: str | None, lang: str, you: str) -> list[_Detail]:
    """The ways to use the details, from all of them to each single clause."""
    if not details or not details.strip():
        return []
    pairs = _en_clauses(details) if lang == "en" else _zh_clauses(details, you)
    clauses = [c for c, _ in pairs]
    # Only a clause that stands alone may open an option; a dependent one rides along with the one before it.
    alone = [a for _, a in pairs]
    kinds = [(_en_kind if lang == "en" else _zh_kind)(c) for c in clauses]
    options: list[_Detail] = []
    seen: set[str] = set()

    def add(idx: list[int], weight: float) -> None:
        if not alone[idx[0]]:
            return
        while idx[-1] + 1 < len(clauses) and not alone[idx[-1] + 1]:
            idx = [*idx, idx[-1] + 1]
        glue = {(True, "en"): ", ", (False, "en"): " ", (True, "zh"): "，", (False, "zh"): "，"}
        text = clauses[idx[0]] + "".join(glue[alone[i], lang] + clauses[i] for i in idx[1:])
        if text in seen:
            return
        seen.add(text)
        kind = max((kinds[i] for i in idx), key=_KIND_RANK.__getitem__)
        single = len(idx) == 1
        askable = single and kind == "memory" and not re.search(r"了|吗|呢|？|\?", text) and length_units(text) <= 16
        yichang = kind == "identity" and lang == "zh" and bool(re.search(r"(?:室友|同学|同事|朋友|战友|搭档|兄弟|姐妹|"
                                                                         r"舍友|队友|校友|发小)$", text))
        options.append(_Detail(text, kind, single, weight, askable, yichang))

    if clauses:
        add(list(range(len(clauses))), 3.0)
    for i in range(len(clauses) - 1):
        if len(clauses) > 2:
            add([i, i + 1], 1.5)
    # A single clause should be the telling one: "留灯" rather than "大学室友" when the user gave both.
    telling = any(k in ("news", "memory") for k in kinds)
    for i, kind in enumerate(kinds):
        if telling and kind in ("duration", "identity"):
            continue
        add([i], {"news": 4.0, "memory": 4.0, "duration": 1.5, "identity": 1.0}[kind])
    return options


# Context -------------------------------------------------------------------------------------------


@dataclass
class _Ctx:
    lang: str
    name: str
    style: str
    group: str
    group_keys: frozenset[str]
    hol_keys: frozenset[str]
    occ_keys: frozenset[str]
    words: HolidayWords
    values: dict[str, str]
    bucket: str
    spoken: bool
    emoji_ok: bool
    tech_min: int
    tech_max: int
    warm: bool
    playful_ok: bool
    shorter: bool
    zodiac: str | None
    zodiac_required: bool
    details: list[_Detail]
    markers: tuple[str, ...]
    avoid: tuple[str, ...]
    holiday: Holiday
    has_rel: bool
    tables: dict[str, list[P]] = field(default_factory=dict)
    borrowed: dict[str, list[P]] = field(default_factory=dict)
    relaxed: bool = False  # the second round, for unusual combinations: fewer word-repetition rules, more lending
    need_marker: bool = True  # a word of the style must be heard (dropped only in the very last round)


def _category(relation: str | None, category: str | None) -> str:
    if category in _GROUP:
        return category
    word = (relation or "").lower()
    for pattern, cat in _CATEGORY_HINTS:
        if word and re.search(pattern, word):
            return cat
    return "其他"


def _holiday_words(name: str) -> tuple[str, HolidayWords, tuple[str, ...]]:
    key = name.strip()
    key = bank.HOLIDAY_ALIASES.get(key, key)
    if key not in HOLIDAY_WORDS and key.endswith("节"):
        key = bank.HOLIDAY_ALIASES.get(key[:-1], key[:-1])
    if key in HOLIDAY_WORDS:
        words = HOLIDAY_WORDS[key]
        return key, words, words.classes
    base = name.strip() or "节日"
    greet = base if base.endswith(("快乐", "安康")) else base + "快乐"
    words = HolidayWords((base,), (greet,), (base,), (base,), (f"Happy {base}",), ("other",))
    return base, words, ("other",)


def _occasion_keys(occasion: str | None) -> tuple[str, frozenset[str]]:
    occ = (occasion or "微信").strip()
    low = occ.lower()
    for needle, canon in (("邮件", "邮件"), ("mail", "邮件"), ("群", "群里"), ("group", "群里"), ("电话", "电话里说"),
                          ("phone", "电话里说"), ("call", "电话里说"), ("视频", "视频里说"), ("video", "视频里说"),
                          ("当面", "当面说"), ("见面", "当面说"), ("in person", "当面说"), ("微信", "微信"),
                          ("wechat", "微信"), ("短信", "微信"), ("消息", "微信"), ("text", "微信")):
        if needle in low:
            occ = canon
            break
    keys = {occ, "spoken" if occ in _SPOKEN else "written"}
    if occ in ("微信", "群里"):
        keys.add("chat")
    return occ, frozenset(keys)


def _wish_flags(wishes: tuple[str, ...]) -> dict[str, bool]:
    text = " ".join(wishes).lower()
    return {
        "tech": bool(re.search(r"科技|技术梗|大模型|ai梗|程序员|极客|tech|geek", text)),
        "formal": bool(re.search(r"正式|得体|庄重|商务|formal", text)),
        "warm": bool(re.search(r"温暖|走心|真诚|暖|感性|warm|heartfelt", text)),
        "playful": bool(re.search(r"幽默|好玩|俏皮|活泼|轻松|funny|funnier|playful", text)),
        "no_emoji": bool(re.search(r"不要表情|不要emoji|别用emoji|去掉表情|no emoji", text)),
        "emoji": bool(re.search(r"加个表情|加点表情|emoji", text)) and "不要" not in text and "no emoji" not in text,
        "shorter": bool(re.search(r"更短|短一点|shorter", text)),
        "zodiac": bool(re.search(r"生肖|zodiac", text)),
    }


def _context(request: GreetingRequest) -> _Ctx:
    s, h = request.slots, request.holiday
    lang = "en" if s.language == "en" else "zh"
    category = _category(s.relation, s.relation_category)
    group = _GROUP[category]
    flags = _wish_flags(request.wishes)
    style_name = s.style if s.style in _STYLE_KEY else DEFAULT_STYLE_BY_CATEGORY.get(category, "传统喜庆")
    style = _STYLE_KEY[style_name]
    if flags["formal"] and style == "casual":
        style = "trad"
    bucket = s.length if s.length in LENGTH_BOUNDS else DEFAULT_LENGTH
    hol_key, words, classes = _holiday_words(h.name)
    occ, occ_keys = _occasion_keys(s.occasion)
    spoken = "spoken" in occ_keys
    honorific = (
        category in ("领导", "客户", "合作伙伴", "老师")
        or (category == "家人" and bool(_ELDERS.search(s.relation or "")))
        or (category == "其他" and style == "biz")
    )
    you = "您" if honorific else "你"
    we = "咱们" if style in ("casual", "trad") and group in ("family", "lover", "friend", "peer") else "我们"
    newyearish = bool({"newyear", "yearend", "birthday"} & set(classes))
    if lang == "zh":
        ahead = "新的一岁" if "birthday" in classes else ("新的一年" if {"newyear", "yearend"} & set(classes)
                                                       else "接下来的日子")
        period = "这一年" if newyearish else "这段时间"
    else:
        ahead = "the year ahead" if "birthday" in classes else ("the new year" if "newyear" in classes
                                                               else "the season ahead")
        period = "this past year" if newyearish else "these past months"
    name = (s.name or "").strip() or ("朋友" if lang == "zh" else "friend")
    rel = (s.relation or "").strip()
    has_rel = bool(rel) and (
        (lang == "zh" and bool(re.fullmatch(r"[\u4e00-\u9fff]{1,3}", rel)))
        or (lang == "en" and bool(re.fullmatch(r"[A-Za-z]+(?: [A-Za-z]+)?", rel)))
    )
    zodiac = h.zodiac if h.zodiac_relevant and h.zodiac else None
    zodiac_word = (bank.ZODIAC_EN.get(zodiac, zodiac) if lang == "en" else zodiac) if zodiac else ""
    tech_needed = style == "tech" or flags["tech"]
    # 哈哈 and 呀 are for people the user jokes with; to a boss, teacher or client only when asked (幽默一点).
    playful_ok = (style != "biz" and not flags["formal"] and occ != "邮件"
                  and (group not in ("boss", "teacher", "client", "partner") or flags["playful"]))
    emoji_ok = (
        occ == "微信" and (style in ("casual", "tech") or flags["emoji"]) and not flags["formal"]
        and not flags["no_emoji"]
    )
    markers = words.zh_markers if lang == "zh" else words.en_h
    group_keys = frozenset({group, *_GROUP_ALIASES[group]})
    hol_keys = frozenset({hol_key, *classes})
    home = ("家里" if style == "biz" else "咱家") if group == "family" else you + "家里"
    values = {"name": name, "you": you, "we": we, "ahead": ahead, "period": period, "Z": zodiac_word,
              "rel": rel if has_rel else "", "home": home}
    ctx = _Ctx(
        lang=lang, name=name, style=style, group=group, group_keys=group_keys, hol_keys=hol_keys,
        occ_keys=occ_keys, words=words, values=values, bucket=bucket, spoken=spoken, emoji_ok=emoji_ok,
        # One or two tech jokes in LLM科技风, exactly one when another style asked for 加点科技梗, else none.
        tech_min=1 if tech_needed else 0, tech_max=2 if style == "tech" else int(tech_needed),
        warm=flags["warm"], playful_ok=playful_ok, shorter=flags["shorter"],
        zodiac=zodiac, zodiac_required=flags["zodiac"] and zodiac is not None,
        details=_detail_options(s.details, lang, you), markers=markers, avoid=tuple(request.avoid), holiday=h,
        has_rel=has_rel,
    )
    table = bank.EN if lang == "en" else bank.ZH
    ctx.tables = {kind: [p for p in pieces if _fits_context(p, ctx, kind)] for kind, pieces in table.items()}
    # The longer drafts need more than one style's worth of small talk: a tech draft borrows plain casual
    # sentences, a business one borrows measured traditional ones (never the playful ones).
    borrow = _BORROW.get(ctx.style)
    if borrow:
        lent = replace(ctx, style=borrow, playful_ok=False)
        for kind in _FILLER:
            extra = [p for p in table.get(kind, []) if p not in ctx.tables[kind] and _fits_context(p, lent, kind)]
            ctx.borrowed[kind] = extra
    return ctx


def _relaxed(ctx: _Ctx) -> _Ctx:
    """The context for a second round: filler sentences from the neighbouring styles, never slang for business."""
    loose = replace(ctx, relaxed=True, borrowed={k: list(v) for k, v in ctx.borrowed.items()})
    table = bank.EN if ctx.lang == "en" else bank.ZH
    for style in _STYLE_KEY.values():
        if style == ctx.style or (ctx.style == "biz" and style in ("casual", "tech")):
            continue
        lent = replace(ctx, style=style, playful_ok=ctx.playful_ok and style == "casual")
        for kind in _FILLER:
            have = ctx.tables.get(kind, []) + loose.borrowed.get(kind, [])
            loose.borrowed[kind] = loose.borrowed.get(kind, []) + [
                p for p in table.get(kind, []) if p not in have and _fits_context(p, lent, kind)
            ]
    return loose


def _match(spec: str, keys: frozenset[str]) -> bool:
    if not spec:
        return True
    tokens = spec.split()
    if any(t[1:] in keys for t in tokens if t.startswith("!")):
        return False
    wanted = [t for t in tokens if not t.startswith("!")]
    return not wanted or any(t in keys for t in wanted)


def _fits_context(p: P, ctx: _Ctx, kind: str) -> bool:
    if not (_match(p.styles, frozenset({ctx.style})) and _match(p.groups, ctx.group_keys)
            and _match(p.hols, ctx.hol_keys) and _match(p.occ, ctx.occ_keys)):
        return False
    tags = set(p.tags.split())
    if "tech" in tags and ctx.tech_max == 0:
        return False
    if "playful" in tags and not ctx.playful_ok:
        return False
    if "tender" in tags and (ctx.group != "lover" or "群里" in ctx.occ_keys):
        return False
    if "written" in tags and ctx.spoken:
        return False
    if "rel" in tags and not ctx.has_rel:
        return False
    if any(t.startswith("z:") and t[2:] != ctx.zodiac for t in tags):
        return False
    if kind == "zodiac" and not ctx.zodiac:
        return False
    if "{Z}" in p.text and not ctx.zodiac:
        return False
    return True


# Drafting ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Piece:
    kind: str
    text: str
    tech: bool
    core: str  # the text without the user's own words, for the repetition check


_ORDER = ("open", "detail", "relation", "imagery", "hope", "warm", "zodiac", "wish", "forward", "tech", "plan",
          "aside", "closing")


def _render(p: P, ctx: _Ctx, values: dict[str, str], detail: str = "") -> tuple[str, str]:
    vals = dict(values)
    vals["d"] = detail
    vals["D"] = detail[:1].upper() + detail[1:] if detail else ""
    text = p.text.format_map(vals)
    if ctx.lang == "en":
        text = text[:1].upper() + text[1:]
    core = text.replace(ctx.name, "■")
    if detail:
        core = core.replace(vals["D"], "■").replace(detail, "■")
    return text, core


@functools.lru_cache(maxsize=None)
def _template_units(template: str) -> int:
    return length_units(re.sub(r"\{\w+\}", "", template))


def _weight(p: P, ctx: _Ctx) -> float:
    """How readily a piece is chosen: stock phrases rarely, long sentences rarely when the greeting is spoken."""
    weight = 0.25 if "stock" in p.tags else 1.0
    if ctx.spoken and _template_units(p.text) > (16 if ctx.lang == "en" else 18):
        weight *= 0.4
    return weight


def _pick(kind: str, ctx: _Ctx, rng: random.Random, values: dict[str, str], tech_left: int,
          pool: list[P] | None = None, detail: str = "", as_kind: str | None = None) -> _Piece | None:
    own = ctx.tables.get(kind, []) if pool is None else pool
    lent = ctx.borrowed.get(kind, []) if pool is None else []
    candidates = [(p, _weight(p, ctx)) for p in own] + [(p, 0.5 * _weight(p, ctx)) for p in lent]
    candidates = [(p, w) for p, w in candidates if tech_left > 0 or "tech" not in p.tags.split()]
    if not candidates:
        return None
    p = rng.choices([p for p, _ in candidates], weights=[w for _, w in candidates])[0]
    text, core = _render(p, ctx, values, detail)
    return _Piece(as_kind or kind, text, "tech" in p.tags.split(), core)


def _detail_piece(ctx: _Ctx, rng: random.Random, values: dict[str, str], tech_left: int) -> _Piece | None:
    if not ctx.details:
        return _pick("relation", ctx, rng, values, tech_left, as_kind="detail")
    high = LENGTH_BOUNDS[ctx.bucket][1]
    options = ctx.details
    if ctx.bucket == "<=50" or ctx.shorter:
        short = [o for o in options if length_units(o.text) <= (high * 2) // 3]
        options = short or sorted(options, key=lambda o: length_units(o.text))[:1]
        weights = [o.weight * (0.4 if not o.single else 1.0) for o in options]
    else:
        weights = [o.weight * (2.0 if not o.single else 1.0) for o in options]
    option = rng.choices(options, weights=weights)[0]
    pool = [p for p in ctx.tables.get(option.kind, [])
            if ("ask" not in p.tags.split() or option.askable) and ("yichang" not in p.tags.split() or option.yichang)]
    if not pool:
        pool = [p for p in ctx.tables.get("memory", []) if "ask" not in p.tags.split()]
    return _pick(option.kind, ctx, rng, values, tech_left, pool=pool, detail=option.text, as_kind="detail")


def _assemble(pieces: list[_Piece], ctx: _Ctx) -> str:
    ordered = sorted(pieces, key=lambda p: _ORDER.index(p.kind))
    return (" " if ctx.lang == "en" else "").join(p.text for p in ordered)


_EN_STOPWORDS = {"the", "a", "an", "of", "to", "and", "you", "your", "i", "it", "is", "in", "on", "for", "with",
                 "my", "me", "we", "be", "that", "this", "all", "so", "are", "at", "as"}
# Words (and ideas) a good greeting says once: a second 顺遂, a second "I remember" is how a template gives itself
# away. Each entry is a pattern; its first alternative names it.
_ZH_ONCE = tuple(re.compile(p) for p in (
    "顺遂", "团圆", "平安", "红火", "期待", "信任", "喜乐", "辛苦", "惦记", "珍贵", "珍惜", "一直", "默契", "新岁",
    "顺心", "福气", "热闹", "好好", "安康", "记|忘", "见得少|见面", "歇|休息", "感谢|谢谢|多谢",
    "照顾|照应|关照", "高兴|开心", "家人|阖家", "问好",
))
_EN_ONCE = tuple(re.compile(p) for p in (
    r"\btrust", r"\bgrateful", r"\brest\b|\bsleep", r"\bsuccess", r"\blook forward", r"\bhealth", r"\bhappiness",
    r"\bwarmest", r"\bkindly", r"\btogether", r"\bsmile", r"\bgood news", r"\bfamily", r"\bthank", r"\bluck",
    r"\bfortune", r"\bpeace", r"\bgently", r"\bsoon\b", r"\bstill\b", r"\bremember|\bmemor|\bforg[eo]t",
    r"\bholiday", r"\bcatch up|\bsee(?:ing)? (?:you|each other)|\bmeet",
))


def _says_twice(text: str, ctx: _Ctx) -> bool:
    """True when one piece says a word twice (谨祝您端午安康，阖家安康)."""
    return ctx.lang == "zh" and any(len(p.findall(text)) > 1 for p in _ZH_ONCE if p.pattern != "记|忘")


def _grams(core: str, lang: str, once_words: bool = True) -> set[str]:
    """What a piece says, as three-character (three-word) runs plus the words a draft should say only once."""
    if lang == "en":
        low = core.lower()
        words = re.findall(r"[a-z']+", low)
        grams = {p.pattern for p in _EN_ONCE if p.search(low)} if once_words else set()
        return grams | {" ".join(w) for w in zip(words, words[1:], words[2:]) if not set(w) <= _EN_STOPWORDS}
    grams: set[str] = {p.pattern for p in _ZH_ONCE if p.search(core)} if once_words else set()
    for run in re.findall(r"[\u4e00-\u9fff]+", core):
        grams |= {run[i:i + 3] for i in range(len(run) - 2)}
    return grams


# Sentences that wish something; more than a few in a row read like a pile of well-wishing.
_WISHY = {"zh": re.compile(r"(?:谨祝|恭祝|祝|愿)(?![福望])"),
          "en": re.compile(r"\b(?:may|wishing|i hope|i wish|here's to)\b", re.I)}
_MAX_WISHES = {"<=50": 2, "50-100": 2, "100-200": 3}


# Words that make a style audible; a draft should carry one (the relaxed second round lets this go).
_STYLE_MARKERS = {
    ("zh", "trad"): r"团圆|喜|福|红火|阖家|吉祥|平安|年味|安康|圆满|顺遂|拜年|热闹|岁岁",
    ("zh", "casual"): r"哈|啦|呀|吧|咱|嘿|嘛|呗|哦|哇|~|～|？",
    ("zh", "biz"): r"您|合作|感谢|信任|共赢|支持|携手|诚挚|谨祝|恭祝",
    ("en", "trad"): r"bless|prosper|fortune|luck|reunion|family|festive|joy|harmony|peace|lantern|mooncake|zongzi|"
                    r"dumpling|celebrat",
    ("en", "casual"): r"\bhey\b|\blet's|can't wait|\bcheers|\?",
    ("en", "biz"): r"thank|grateful|appreciat|partnership|support|trust|look forward|working with|sincere|regards|"
                   r"continued",
}
_STYLE_RE = {key: re.compile(pattern, re.I) for key, pattern in _STYLE_MARKERS.items()}


def _acceptable(text: str, pieces: list[_Piece], ctx: _Ctx) -> bool:
    """The promises every draft keeps, checked on the finished text."""
    marker = _STYLE_RE.get((ctx.lang, ctx.style))
    if marker and ctx.need_marker and not marker.search(text):
        return False
    if not fits_length(text, ctx.bucket) or ctx.name not in text:
        return False
    haystack = text.lower() if ctx.lang == "en" else text
    if not any(m.lower() in haystack for m in ctx.markers):
        return False
    if wrong_zodiac(text, ctx.holiday):
        return False
    if sum(text.count(s) for s in STOCK_PHRASES) > 1:
        return False
    if ctx.lang == "zh" and ctx.values["you"] == "您" and "您" not in text:  # a leader or client hears 您 at least once
        return False
    tech = sum(p.tech for p in pieces)
    return ctx.tech_min <= tech <= ctx.tech_max


class _Draft:
    """A draft being put together: its pieces, and what they already say (to keep it from repeating itself)."""

    def __init__(self, ctx: _Ctx) -> None:
        self.ctx = ctx
        self.pieces: list[_Piece] = []
        self.grams: set[str] = set()
        self.wishes = 0
        self.greets = 0
        self.stock = 0
        self.names = 0

    @property
    def tech_count(self) -> int:
        return sum(p.tech for p in self.pieces)

    @property
    def tech_left(self) -> int:
        return self.ctx.tech_max - self.tech_count

    @property
    def text(self) -> str:
        return _assemble(self.pieces, self.ctx)

    def has(self, kind: str) -> bool:
        return any(p.kind == kind for p in self.pieces)

    def add(self, piece: _Piece | None, high: int) -> bool:
        """Adds the piece if the draft stays inside `high` units and says nothing twice."""
        ctx = self.ctx
        if piece is None or (piece.tech and self.tech_left <= 0):
            return False
        grams = _grams(piece.core, ctx.lang, once_words=not ctx.relaxed)
        if grams & self.grams or (not ctx.relaxed and _says_twice(piece.text, ctx)):
            return False
        body = piece.text.lower() if ctx.lang == "en" else piece.text
        greets = sum(body.count(g.lower()) for g in (ctx.words.zh_greet if ctx.lang == "zh" else ctx.words.en_greet))
        names = sum(body.count(h.lower()) for h in (ctx.words.zh_h if ctx.lang == "zh" else ctx.words.en_h))
        wishes = len(_WISHY[ctx.lang].findall(piece.core))
        stock = sum(piece.text.count(s) for s in STOCK_PHRASES)
        slack = 1 if ctx.relaxed else 0
        if self.greets + greets > 1 or self.wishes + wishes > _MAX_WISHES[ctx.bucket] + slack or self.stock + stock > 1:
            return False
        if self.names + names > (1 if ctx.lang == "en" else 2) + slack:
            return False
        if length_units(_assemble([*self.pieces, piece], ctx)) > high:
            return False
        self.pieces.append(piece)
        self.grams |= grams
        self.greets += greets
        self.wishes += wishes
        self.stock += stock
        self.names += names
        return True


def _attempt(ctx: _Ctx, rng: random.Random) -> str | None:
    low, high = LENGTH_BOUNDS[ctx.bucket]
    values = dict(ctx.values)
    greets = ctx.words.zh_greet if ctx.lang == "zh" else ctx.words.en_greet
    if ctx.style in ("biz", "trad") and len(greets) > 2:
        greets = greets[:2]
    values["greet"] = rng.choice(greets)
    values["H"] = rng.choice(ctx.words.zh_h if ctx.lang == "zh" else ctx.words.en_h)
    draft = _Draft(ctx)

    def add_one(kind: str, tries: int = 4) -> bool:
        for _ in range(tries):
            piece = _detail_piece(ctx, rng, values, draft.tech_left) if kind == "detail" else \
                _pick(kind, ctx, rng, values, draft.tech_left)
            if piece is None:
                return False
            if draft.add(piece, high):
                return True
        return False

    # The compact shape: who, what we share, the wish.
    for kind in ("open", "detail", "wish"):
        if not add_one(kind):
            return None
    if draft.tech_count < ctx.tech_min and not add_one("tech"):
        return None
    if ctx.zodiac_required and not add_one("zodiac"):
        return None
    if ctx.warm and ctx.bucket != "<=50" and not add_one("warm"):
        return None

    if ctx.bucket == "<=50":
        optional = ["zodiac", "closing"]
        target = rng.randint(max(low, 18), 36 if ctx.shorter else 44)
    else:
        span = high - low
        optional = ["relation", "imagery", "hope", "forward", "plan", "aside", "closing"]
        if ctx.zodiac:
            optional.append("zodiac")
        if draft.tech_left > 0:
            optional.append("tech")
        if not ctx.details:
            optional.append("relation")  # a second word about the relation when there are no details
        lo, hi = (low + span // 10, low + span // 2) if ctx.shorter else (low + span // 5, high - span // 8)
        target = rng.randint(lo, hi)
    priority = {"zodiac": 0.35 if ctx.zodiac else 0.0, "closing": 0.3 if "邮件" in ctx.occ_keys else 0.0}
    optional.sort(key=lambda k: rng.random() - priority.get(k, 0.0))
    if ctx.bucket == "100-200":  # room for a second aside or word about the relation, if the first pass fell short
        optional += ["relation", "aside", "warm"]
    for kind in optional:
        if length_units(draft.text) >= target:
            break
        if kind in ("zodiac", "closing") and draft.has(kind):
            continue
        add_one(kind, tries=3)
    text = draft.text
    if not _acceptable(text, draft.pieces, ctx):
        return None
    if ctx.emoji_ok and rng.random() < 0.5 and _SENTENCE_END.search(text):
        pool = bank.TECH_EMOJI + ctx.words.emoji if ctx.style == "tech" else ctx.words.emoji
        text += (" " if ctx.lang == "en" else "") + rng.choice(pool)
    return text


def _seed(request: GreetingRequest) -> int:
    h = request.holiday
    key = json.dumps(
        [request.slots.to_dict(), h.name, h.date.isoformat(), h.zodiac, h.zodiac_relevant, list(request.avoid),
         list(request.wishes)],
        ensure_ascii=False, sort_keys=True, default=str,
    )
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big")


def _tokens(text: str) -> list[str]:
    """Characters for Chinese, words for English: the units a reader notices as the same or different."""
    return re.findall(r"[\u4e00-\u9fff]|[A-Za-z0-9']+", text.lower())


def similarity(a: str, b: str) -> float:
    """How much two drafts read alike, 0 (nothing shared) to 1 (the same words in the same order)."""
    return SequenceMatcher(None, _tokens(a), _tokens(b), autojunk=False).ratio()


def compose_offline(request: GreetingRequest) -> list[str]:
    """`request.n` distinct drafts for the request, written without the model.

    Each draft fits the length bucket, uses the 称呼 and the user's details, names the holiday (and the zodiac
    year only where it belongs) and carries at most one stock phrase. The same request gives the same drafts.
    """
    n = max(1, request.n)
    ctx = _context(request)
    rng = random.Random(_seed(request))
    drafts: list[str] = []
    seen = set(ctx.avoid)
    recent_avoid = list(ctx.avoid)[-6:]
    # Prefer drafts that differ clearly from each other and from what the user saw. Loosen only if we must: first
    # the similarity bar, then the repetition rules (with sentences lent by neighbouring styles), and at the very
    # end the need for a word of the style. Short drafts share more (name, detail), so their bar starts higher.
    stages = [("strict", 0.6), ("strict", 0.7), ("strict", 0.8), ("strict", 0.9), ("loose", 0.8), ("loose", 0.9),
              ("strict", 1.0), ("loose", 1.0), ("last", 1.0)]
    shift = 0.1 if ctx.bucket == "<=50" else 0.0
    contexts = {"strict": ctx}
    for stage, threshold in stages:
        if stage not in contexts:
            contexts["loose"] = _relaxed(ctx)
            contexts["last"] = replace(contexts["loose"], need_marker=False)
        for _ in range(250):
            if len(drafts) >= n:
                return drafts
            text = _attempt(contexts[stage], rng)
            if text is None or text in seen:
                continue
            if any(similarity(text, other) >= min(1.0, threshold + shift) for other in drafts + recent_avoid):
                continue
            drafts.append(text)
            seen.add(text)
    if not drafts:
        drafts.append(_last_resort(ctx))
    return drafts


def _last_resort(ctx: _Ctx) -> str:
    """A plain greeting for inputs the bank cannot fit at all (not expected in practice): name, wish, detail."""
    high = LENGTH_BOUNDS[ctx.bucket][1]
    you = ctx.values["you"]
    if ctx.lang == "zh":
        text = f"{ctx.name}，{ctx.words.zh_greet[0]}！愿{you}一切顺利，平安喜乐。"
        extra = [f"{o.text}，我一直记着。" for o in ctx.details]
    else:
        text = f"{ctx.name}, {ctx.words.en_greet[0]}! Wishing you all the best."
        extra = [f"{o.text[:1].upper()}{o.text[1:]}, and I remember it well." for o in ctx.details]
    for sentence in sorted(extra, key=length_units, reverse=True):
        if length_units(text + sentence) <= high:
            return text + sentence
    return text
