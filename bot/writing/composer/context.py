"""What a request means for the phrase bank: style and relation group, holiday words, occasion, wishes, and
which pieces fit them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from bot.domain import (
    DEFAULT_LENGTH,
    DEFAULT_STYLE_BY_CATEGORY,
    LENGTH_BOUNDS,
    GreetingRequest,
    Holiday,
)
from bot.writing.composer.details import _Detail, _detail_options
from bot.writing.composer.phrases import HOLIDAY_ALIASES, HOLIDAY_WORDS, ZODIAC_EN, HolidayWords, P
from bot.writing.composer.phrases_en import EN
from bot.writing.composer.phrases_zh import ZH
from bot.writing.quality import runs

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
_AT_HOME = re.compile(r"妈|爸|母亲|父亲|爷|奶|姥|外公|外婆|公公|婆婆|岳父|岳母|老丈人|丈母娘|mom|mum|dad|mother|father|grand",
                      re.I)
_SPOKEN = ("当面说", "电话里说", "视频里说")
_BORROW = {"tech": "casual", "biz": "trad"}
_FILLER = ("relation", "imagery", "hope", "forward", "plan", "aside", "closing")

_SENTENCE_END = re.compile(r"[。！？!?.]$")

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
    shun: frozenset[str] = frozenset()  # 12-character runs of other recipients' greetings, not to be reused


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
    key = HOLIDAY_ALIASES.get(key, key)
    if key not in HOLIDAY_WORDS and key.endswith("节"):
        key = HOLIDAY_ALIASES.get(key[:-1], key[:-1])
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


_TITLED = re.compile(r"(?:总|老师|经理|主任|教授|局|董|书记|院长|校长|处长|科长|总监|师傅|师父|医生|大夫|叔|阿姨|伯)$")


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
        # No relation told (a broadcast to "张总=2001"): a title in the name says how they are addressed.
        or (not s.relation and not s.relation_category and bool(_TITLED.search(s.name or "")))
    )
    you = "您" if honorific else "你"
    we = "咱们" if style in ("casual", "trad") and group in ("family", "lover", "friend", "peer") else "我们"
    newyearish = bool({"newyear", "yearend", "birthday"} & set(classes))
    if lang == "zh":
        # Said several ways (inline choices, as in the bank) so that the time words are no run two drafts share.
        ahead = "[新的一岁|这新的一岁]" if "birthday" in classes else (
            "[新的一年|来年|新一年]" if {"newyear", "yearend"} & set(classes)
            else "[接下来的日子|往后的日子|之后的日子|接下来这段日子]")
        period = "[这一年|过去这一年|这一年里|今年]" if newyearish else "[这段时间|这阵子|这些日子|这段日子]"
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
    zodiac_word = (ZODIAC_EN.get(zodiac, zodiac) if lang == "en" else zodiac) if zodiac else ""
    tech_needed = style == "tech" or flags["tech"]
    # 哈哈 and 呀 are for people the user jokes with; to a boss, teacher or client only when asked (幽默一点).
    playful_ok = (style != "biz" and not flags["formal"] and occ != "邮件"
                  and (group not in ("boss", "teacher", "client", "partner") or flags["playful"]))
    emoji_ok = (
        occ == "微信" and (style in ("casual", "tech") or flags["emoji"]) and not flags["formal"]
        and not flags["no_emoji"]
    )
    markers = words.zh_markers if lang == "zh" else words.en_h
    # "我会常打电话回家" is said to the parents at home, never to a daughter or a sister-in-law.
    at_home = group == "family" and bool(_AT_HOME.search(f"{s.relation or ''} {s.name or ''}"))
    group_keys = frozenset({group, *_GROUP_ALIASES[group], *(("home",) if at_home else ())})
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
        has_rel=has_rel, shun=frozenset().union(*(runs(t) for t in request.others)),
    )
    table = EN if lang == "en" else ZH
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
    table = EN if ctx.lang == "en" else ZH
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
