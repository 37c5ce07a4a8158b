"""Slot extraction from one free-form request: rules that stand on their own, and the model when it is up.

The rule-based reader is what runs when the model endpoint is down, so it has to be good by itself. The model's
structured output (JSON schema) only fills slots the rules left empty, and only with values grounded in the
user's text, so a confused or tiny model can never invent a name or a shared history.
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import TYPE_CHECKING

from bot.domain import LENGTHS, OCCASIONS, RELATION_CATEGORIES, STYLES, Slots
from bot.reading.vocabulary import (
    ADDRESSABLE_RELATIONS,
    KIN_SINGLE,
    NOT_NAMES,
    NOT_RECIPIENTS,
    OCCASION_PATTERNS,
    RELATIONS_EN,
    RELATIONS_ZH,
    STYLE_PATTERNS_EN,
    STYLE_PATTERNS_ZH,
    SURNAMES,
    TITLES,
)
from bot.writing import holidays

if TYPE_CHECKING:
    from bot.writing.llm import LLMClient

log = logging.getLogger(__name__)

_CJK = r"\u4e00-\u9fff"
_CLAUSE_SPLIT = re.compile(r"[，,。；;！!？?\n]+|\s{2,}")
_EN_CLAUSE_SPLIT = re.compile(r"[,;.!?\n]+|\s+-\s+|\band\b(?=\s+(?:we|i|she|he|they|keep|make)\b)", re.I)


def detect_language(text: str) -> str:
    """'zh' when the text has any Chinese, else 'en' when it has words."""
    if re.search(f"[{_CJK}]", text):
        return "zh"
    return "en" if re.search(r"[A-Za-z]{2,}", text) else "zh"


# Chinese numerals as people write lengths: 五十, 一百, 两百, 一百五, 七八十.
_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _cn_number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    m = re.fullmatch(r"([一二两三四五六七八九])?百([一二两三四五六七八九])?(?:十)?", word)
    if m:
        hundreds = _DIGITS[m.group(1)] if m.group(1) else 1
        tens = _DIGITS[m.group(2)] * 10 if m.group(2) else 0
        return hundreds * 100 + tens
    m = re.fullmatch(r"([一二两三四五六七八九])([一二两三四五六七八九])?十([一二三四五六七八九])?", word)
    if m:  # 七八十 → the upper of the two (80), 五十 → 50, 六十五 → 65
        tens = _DIGITS[m.group(2) or m.group(1)] * 10
        return tens + (_DIGITS[m.group(3)] if m.group(3) else 0)
    if word == "十":
        return 10
    return None


def bucket_for(n: int) -> str:
    """The length bucket a requested size in characters or words belongs to."""
    if n <= 50:
        return "<=50"
    return "50-100" if n <= 100 else "100-200"


_NUM = r"(\d+|[一二两三四五六七八九]?百[一二两三四五六七八九]?十?|[一二两三四五六七八九]{1,2}十[一二三四五六七八九]?)"


def extract_length(text: str) -> str | None:
    t = text.lower()
    m = re.search(_NUM + r"\s*(?:到|至|-|~|～|—|－|to)\s*" + _NUM + r"\s*(?:个)?(?:字|words?|characters?|chars?)", t)
    if m:
        low, high = _cn_number(m.group(1)), _cn_number(m.group(2))
        if low is not None and high is not None:
            return bucket_for((low + high + 1) // 2 if high > low else high)
    m = re.search(r"(?:under|within|less than|no more than|at most|max(?:imum)?|不超过|不要超过|别超过)\s*" + _NUM, t)
    if m and (n := _cn_number(m.group(1))) is not None:
        return bucket_for(n)
    m = re.search(_NUM + r"\s*(多|来)?\s*(?:个)?(?:字|words?|characters?|chars?)\s*(以内|以下|之内|内|左右|上下|出头|多)?", t)
    if m and (n := _cn_number(m.group(1))) is not None:
        if m.group(3) in ("以内", "以下", "之内", "内") and n in (100, 200):
            return "50-100" if n == 100 else "100-200"
        return bucket_for(n + 1 if "多" in (m.group(2), m.group(3)) or m.group(3) == "出头" else n)
    if re.search(r"短一点|短点|短些|简短|简洁|简单点|一两句|一句话|两句话|短小|精简|别太长|不要太长|不用太长|短短|"
                 r"\bshort\b|\bbrief\b|one[- ]liner|\bconcise\b|\bquick\b", t):
        return "<=50"
    if re.search(r"长一点|长点|长些|详细|多写点|多写一些|丰富一点|写长|一大段|\blong(?:er)?\b|\bdetailed\b", t):
        return "100-200"
    if re.search(r"中等|适中|不长不短|\bmedium\b", t):
        return "50-100"
    return None


# "\b" would not hold between a Latin word and a Chinese character ("business风格"); this does.
_ASCII_EDGE = r"(?:(?<![A-Za-z])(?=[A-Za-z])|(?<=[A-Za-z])(?![A-Za-z]))"
_STYLE_EN = {style: [re.compile(p.replace(r"\b", _ASCII_EDGE), re.I) for p in ps] for style, ps in STYLE_PATTERNS_EN.items()}


def extract_style(text: str) -> str | None:
    for style, words in STYLE_PATTERNS_ZH.items():
        if any(w in text for w in words):
            return style
    for style, patterns in _STYLE_EN.items():
        if any(p.search(text) for p in patterns):
            return style
    return None


def extract_occasion(text: str) -> str | None:
    for pattern, occasion in OCCASION_PATTERNS:
        if re.search(pattern, text, re.I):
            return occasion
    return None


_ZH_RELATION_RE = re.compile("|".join(sorted(map(re.escape, RELATIONS_ZH), key=len, reverse=True)))
_KIN_RE = re.compile(r"(?:我|俺|咱|给)(?:的)?(?:老)?([妈爸哥姐弟妹姨舅叔婶姑])(?![妈爸哥姐弟妹们子夫])")
_EN_REL_WORDS = "|".join(sorted(map(re.escape, RELATIONS_EN), key=len, reverse=True))
# English boundaries that also hold next to Chinese characters ("给我的boss Amy", "business风格").
_L, _R = r"(?<![A-Za-z])", r"(?![A-Za-z])"
_EN_RELATION_RE = re.compile(
    rf"{_L}(?:my|our|a|the|我的|给)\s*((?:(?:old|dear|former|new|college|university|school|favou?rite|big|little|"
    rf"younger|older|team)\s+)*(?:{_EN_REL_WORDS})s?){_R}",
    re.I,
)
_EN_KIN_ADDRESS = re.compile(rf"{_L}(?:to|for)\s+(Mom|Mum|Dad|Grandma|Grandpa|Mother|Father){_R}")


def _en_category(phrase: str) -> str | None:
    words = phrase.lower().split()
    for size in (2, 1):  # "business partner" before "partner"
        key = " ".join(words[-size:]).rstrip("s") if size == 1 else " ".join(words[-size:])
        for k in (key, key + "s", " ".join(words[-size:])):
            if k in RELATIONS_EN:
                return RELATIONS_EN[k]
    return None


def _relations_in(text: str) -> list[tuple[int, str, str]]:
    """Every relation word in the text: (where, the word as written, its category)."""
    found: list[tuple[int, str, str]] = []
    for m in _ZH_RELATION_RE.finditer(text):
        if text[m.end():m.end() + 1] == "群":  # "同学群里" names a chat, not the recipient
            continue
        found.append((m.start(), m.group(0), RELATIONS_ZH[m.group(0)]))
    for m in _KIN_RE.finditer(text):
        if not any(s <= m.start(1) < s + len(w) for s, w, _ in found):
            found.append((m.start(1), m.group(1), KIN_SINGLE[m.group(1)]))
    for m in _EN_RELATION_RE.finditer(text):
        phrase = m.group(1).lower()
        category = _en_category(phrase)
        if phrase.endswith("partner") and "business" not in phrase and not re.search(r"business\s+partner", text, re.I):
            category = "恋人"
        if category:
            found.append((m.start(1), phrase, category))
    m = _EN_KIN_ADDRESS.search(text)
    if m:
        found.append((m.start(1), m.group(1).lower(), "家人"))
    return found


def extract_relation(text: str, name: str | None = None) -> tuple[str | None, str | None]:
    """(the user's relation word as written, its category): the one said of the recipient when the name is known
    ("给我儿子的班主任钱老师", "小美…她是我女朋友"), else the first one."""
    found = _relations_in(text)
    if not found:
        return None, None
    if name and (at := text.find(name)) >= 0:
        for start, word, category in sorted(found, key=lambda f: -f[0]):
            if start == at or (start < at and start + len(word) >= at - 3
                               and not re.search(r"[，,。.！!？?\s]", text[start + len(word):at])):
                return word, category  # right before the name: "班主任钱老师", "发小老王", the name itself: "外婆"
        said = re.compile(rf"(?:{re.escape(name)}|(?<![我你])[他她]|TA|ta)(?:是|就是)(?:我|我们|咱|咱们)(?:家|公司|店)?的?"
                          rf"[^，,。.！!？?]{{0,8}}?$")
        for start, word, category in sorted(found, key=lambda f: f[0]):
            if start > at and said.search(text[at:start]):
                return word, category  # "…她是我女朋友", "钱经理，他是我们的老客户"
    _, word, category = min(found, key=lambda f: f[0])
    return word, category


def relation_category_of(word: str) -> str | None:
    """The category of a relation word given on its own ("妈", "投资人", "boss", "大学室友")."""
    word = word.strip()
    category = RELATIONS_ZH.get(word) or KIN_SINGLE.get(word) or _en_category(word)
    if category is None:
        category = extract_relation(word)[1] or extract_relation("我的" + word)[1]
    return category


_SURNAME_CLASS = "[" + "".join(sorted(SURNAMES)) + "]"
_TITLE_ALT = "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True))
_STOP = r"(?=[，,。.！!？?\s、的]|$|写|发|拜|送|整|来|弄|准备|编|说|打|祝|道|问候|讲|视频|电话|过|一|几|个)"
_NAME_FORMS = (
    rf"{_SURNAME_CLASS}(?:{_TITLE_ALT})",                           # 张总 李老师 王姐 吴局
    rf"(?:老|小|阿)(?![师板婆公大总孩伙家友同妈爸弟妹哥舅姨叔])(?:{_SURNAME_CLASS})",  # 老王 小林
)
_NAME_RE = re.compile("|".join(f"(?:{f})" for f in _NAME_FORMS))
# A name right after the relation word: "女朋友小雨", "外教Mike", "师兄张博", "女儿朵朵", "boss Amy".
_AFTER_RELATION = re.compile(
    rf"(?:{_ZH_RELATION_RE.pattern}|{_L}(?:{_EN_REL_WORDS}){_R})\s*("
    rf"{_SURNAME_CLASS}(?:{_TITLE_ALT})|(?:小|阿|老)[{_CJK}]|([{_CJK}])\2|{_SURNAME_CLASS}[{_CJK}]{{1,2}}?{_STOP}|"
    rf"[A-Z][a-z]+{_R})",
    re.I,
)
_VERBS = r"(?:写|发|拜|送|整|来|弄|准备|编|说|打|祝|道|问候|讲|想|的|再|又|也|还|先)"
_AFTER_GEI = re.compile(rf"给(?:我的?|咱的?)?([{_CJK}A-Za-z]{{1,8}}?)(?:{_VERBS}|[，,。.！!\s]|$)")
_CALLED = re.compile(
    rf"(?:叫做|名叫|名字是|称呼(?:他|她)?为?|喊(?:他|她)?|就叫(?:他|她)?|叫(?:他|她)?)\s*"
    rf"([A-Z][A-Za-z]+(?:老师|姐|哥)?|[{_CJK}A-Za-z]{{1,5}}?)"
    rf"(?=[，,。.！!？?\s的]|$|{_VERBS}|是|[他她做在从今每帮]|[\U0001F300-\U0001FAFF])"
)
# "写给前同事昊哥", "对象是我奶奶", "她是我家月嫂惠姐", "是我闺蜜桃子": the recipient named at the end of a clause.
_LATE = re.compile(
    rf"(?:写给|发给|送给|对象是|是我|是我们)(?:我的?|我们的?|我家的?|咱的?|家的?|的)?([{_CJK}A-Za-z]{{1,10}}?)"
    rf"(?=[，,。.！!？?\s]|$|[\U0001F300-\U0001FAFF])"
)
_IS_MY = re.compile(rf"([{_CJK}]{{2,4}})是我(?:的)?(?:{_ZH_RELATION_RE.pattern})")
_EN_STOP = {
    "I", "Spring", "Festival", "Chinese", "Lunar", "New", "Year", "Years", "Mid", "Autumn", "Moon", "Lantern", "Dragon",
    "Boat", "WeChat", "Write", "Please", "Help", "Make", "Keep", "Send", "Draft", "Happy", "Christmas", "National",
    "Day", "Eve", "Qixi", "Double", "Ninth", "Winter", "Solstice", "Email", "Hi", "Hey", "Can", "Could", "A", "The",
    "We", "She", "He", "They", "My", "It", "Birthday", "Greeting", "Message", "Note", "Text", "For", "To", "LLM", "AI",
    "CNY", "Laba", "Thanks", "Thank", "Something", "Short", "Long", "Formal", "Casual", "Tech", "Traditional",
}


def _strip_relation_prefix(candidate: str) -> tuple[str, str | None]:
    """'发小老王' → ('老王', '发小'); a bare relation word → ('', word)."""
    for word in sorted(RELATIONS_ZH, key=len, reverse=True):
        if candidate.startswith(word):
            return candidate[len(word):], word
    return candidate, None


def _is_name(word: str) -> bool:
    return bool(word) and word not in NOT_NAMES and word not in RELATIONS_ZH and word.lower() not in RELATIONS_EN


def extract_name(text: str, relation: str | None = None) -> str | None:
    """How the recipient is addressed, as the user wrote it."""
    if detect_language(text) == "en":
        return _extract_name_en(text, relation)
    # "给老王写…" names the recipient outright: it wins over the other people and pets the story goes on to name
    # ("…我们一起养过一只猫叫橘子", "…他老婆小雅"). Only when it names no one do "叫X", "X是我…" and "朋友X" decide.
    if m := _HONORIFIC.search(text):
        return m.group(0)  # "Mr. Brown", "Prof. Hughes" in a Chinese request
    return _name_after_gei(text) or _name_elsewhere(text, relation)


def _name_elsewhere(text: str, relation: str | None) -> str | None:
    for m in _LATE.finditer(text):
        cand, rel = _strip_relation_prefix(m.group(1))
        if rel is not None and (named := _name_like(cand, after_relation=True)):
            return named  # a relation word, then the name: "前同事昊哥"
        if not cand and rel in ADDRESSABLE_RELATIONS:
            return rel
        if rel is None and (named := _after_inner_relation(cand)):
            return named  # "写给楼下早餐店的欣姐"
    for pattern in (_CALLED, _IS_MY, _AFTER_RELATION):
        for m in pattern.finditer(text):
            if _is_name(m.group(1)):
                return m.group(1)
    for m in _NAME_RE.finditer(text):
        if _is_name(m.group(0)):
            return m.group(0)
    if relation and relation in ADDRESSABLE_RELATIONS:
        return relation
    return None


def _name_after_gei(text: str) -> str | None:
    for m in _AFTER_GEI.finditer(text):
        cand, rel = _strip_relation_prefix(m.group(1))
        cand = re.sub(r"^(?:我的?|咱的?|这位|那位|一位)", "", cand)
        if not cand:
            if rel in ADDRESSABLE_RELATIONS:
                return rel  # "给外婆打视频": she is addressed as 外婆
            continue
        if rel is None and (inner := _after_inner_relation(cand)):
            return inner  # "修车师傅阿强": the relation word inside, the name after it
        if _NAME_RE.fullmatch(cand) or cand in ADDRESSABLE_RELATIONS or cand in KIN_SINGLE:
            return cand
        if named := _name_like(cand, after_relation=rel is not None):
            return named  # 小乔老师, 强哥, 芸姐, 宝宝; after a relation word: "快递小哥小鞠", "理发师Tony"
        if cand[0] in SURNAMES and 2 <= len(cand) <= 3 and _is_name(cand) and not re.search(r"[个条段句位群们]", cand):
            return cand  # a full name: 王小明
        named = _NAME_RE.search(cand)
        if named and _is_name(named.group(0)):
            return named.group(0)
        if re.fullmatch(r"[A-Z][A-Za-z]{1,11}", cand) and _is_name(cand):
            return cand
        if text[m.end(1):m.end(1) + 1] in ("写", "发") and re.fullmatch(rf"[{_CJK}]{{2,3}}", cand) and _is_name(cand) \
                and cand not in NOT_RECIPIENTS and not re.search(r"[个条段句位群们的家里他她你我]", cand):
            return cand  # "给肥仔强写": whatever stands between 给 and 写 is who it is for
    return None


def _after_inner_relation(candidate: str) -> str | None:
    """'楼下早餐店的欣姐' → '欣姐', '修车师傅阿强' → '阿强': the name-shaped rest after the last relation word or 的."""
    cut = max((candidate.rfind(w) + len(w) for w in RELATIONS_ZH if w in candidate), default=-1)
    cut = max(cut, candidate.rfind("的") + 1 if "的" in candidate else -1)
    if 0 < cut < len(candidate):
        return _name_like(candidate[cut:], after_relation=True)
    return None


_NAME_SHAPED = re.compile(
    rf"(?:{_SURNAME_CLASS}(?:{_TITLE_ALT})|(?:小|阿|老)[{_CJK}A-Z](?:{_TITLE_ALT}|头|[{_CJK}])?|([{_CJK}])\1|"
    rf"[{_CJK}]{{1,2}}(?:哥|姐|姨|叔|总|老师)|[{_SURNAME_CLASS[1:-1]}欧上司诸东]{{2}}(?:{_TITLE_ALT})|"
    rf"[A-Z][a-z]+(?:\.?\s?[A-Z][a-z]+)?(?:老师|姐|哥)?)"
)


def _name_like(candidate: str, *, after_relation: bool = False) -> str | None:
    """The candidate when it is shaped like a form of address (老王, 小鞠, 芳芳, 昊哥, Tony, 阎经理), else None.
    Right after a relation word any short word is taken ("跑友大川")."""
    candidate = candidate.strip()
    if not _is_name(candidate) or candidate in NOT_RECIPIENTS or re.search(r"[个条段句位群们的]", candidate):
        return None
    if _NAME_SHAPED.fullmatch(candidate) or (after_relation and re.fullmatch(rf"[{_CJK}]{{2,3}}", candidate)):
        return candidate
    return None


_HONORIFIC = re.compile(r"(?<![A-Za-z])(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Uncle|Aunt|Auntie|Coach|Teacher)\.?\s+[A-Z][a-z]+")


def _extract_name_en(text: str, relation: str | None) -> str | None:
    cap = r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
    if m := _HONORIFIC.search(text):
        return m.group(0)
    patterns = (
        rf"\b(?:named|called)\s+{cap}",
        rf"\bmy\s+(?:[a-z\-]+\s+){{0,3}}?(?:{_EN_REL_WORDS})s?,?\s+{cap}",
        rf"\b(?:for|to)\s+{cap}\b",
        rf"\b{cap},\s+(?:my|our)\b",
    )
    for p in patterns:
        for m in re.finditer(p, text):
            name = m.group(1)
            words = [w for w in name.split() if w not in _EN_STOP]
            if words and words[0] == name.split()[0]:
                candidate = " ".join(words)
                if candidate.lower() in ADDRESSABLE_RELATIONS or _is_name(candidate):
                    return candidate
    if relation and relation.lower() in ADDRESSABLE_RELATIONS:
        written = re.search(rf"(?<![A-Za-z]){re.escape(relation)}(?![A-Za-z])", text, re.I)
        return written.group(0) if written else relation  # as the user wrote it: "my grandma" → grandma
    return None


_HISTORY_ZH = re.compile(
    r"一起|年了|多年|认识|那年|当年|去年|前年|今年|上个?月|上周|上次|以前|之前|曾经|小时候|从小|合作|帮(?:过|了|我)|总是|总给|"
    r"经常|每次|每年|第一次|刚(?:升|结|生|毕|换|搬|入|考|买|拿|做|当)|陪|照顾|带(?:我|过)|教(?:过|我|了)|喜欢|爱(?:吃|喝|打|看|玩)|"
    r"项目|毕业|同住|住过|[一二两三四五六七八九十\d]+年|加班|熬夜|出差|升职|考上|结婚|宝宝|孩子|搬家|旅行|旅游|一块|共事|"
    r"同事过|一直|老是|最近|刚|创业|送过|请过|救过|借过|投了|投过|我们|我俩|咱俩|咱们|平时|关照|半年|进步|做(?:完|了|过)|"
    r"[他她](?:一个人|现在|今年|还|正)?在|都是|当年|那时|那次|有一次"
)
_HISTORY_EN = re.compile(
    r"\b(?:we|we've|we're|we'd|together|\d+\s+years?|years?\s+ago|last\s+year|this\s+year|since|used to|always|"
    r"first|every|ago|just|recently|when I|[a-z]{3,}ed|wrote|taught|gave|took|made|got|went|won|built|ran|sent|lent|"
    r"grew up|known|met|shared|kept)\b",
    re.I,
)
_REQUEST_ZH = re.compile(r"帮我(?:给|写|整|弄|想|起草|拟|出)|帮忙写|给[^，,]{0,8}(?:写|发|整|来|弄)|写(?:一|条|个|段|封|几)|发(?:一|条|个)|请写|拜个年|来一条|来条|整一条|整条")
_REQUEST_EN = re.compile(r"\b(?:write|draft|help|make|compose|send|create|need|want|give me|can you|could you|please)\b", re.I)
_DETAIL_LEAD = re.compile(r"^(?:而且|并且|另外|还有|对了|哦对|然后|其实|因为|(?:他|她|ta|TA|对方)(?:是|跟我|和我)?)")


def extract_details(text: str) -> str | None:
    """The shared-history clauses, in the user's words, without the request and instruction parts."""
    english = detect_language(text) == "en"
    parts = _EN_CLAUSE_SPLIT.split(text) if english else _CLAUSE_SPLIT.split(text)
    keep: list[str] = []
    for raw in parts:
        clause = (raw or "").strip(" ：:、\"'“”")
        if not clause:
            continue
        if english:
            if not _HISTORY_EN.search(clause) or (_REQUEST_EN.search(clause) and not re.search(r"\bwe\b", clause, re.I)):
                continue
            clause = re.sub(r"^(?:and|also|oh|btw|plus)\s+", "", clause, flags=re.I)
            if len(clause.split()) < 3:  # "relaxed", "make it long": instructions, not history
                continue
            if re.fullmatch(r"(?:keep it|make it).*", clause, re.I):
                continue
        else:
            if not _HISTORY_ZH.search(clause):
                continue
            if _REQUEST_ZH.search(clause):
                # "帮我给老王写一条，我们认识八年了" splits on the comma; a clause that is both a request and
                # a history ("给一起熬夜的老王写") keeps only what follows the verb.
                tail = re.split(r"(?:写|发|整|来|弄)(?:一|条|个|段|封)*(?:拜年|祝福|微信|消息|短信|话)?", clause, maxsplit=1)
                clause = tail[1].strip() if len(tail) > 1 else ""
                if not clause or not _HISTORY_ZH.search(clause):
                    continue
            clause = _DETAIL_LEAD.sub("", clause)
            if _ZH_RELATION_RE.search(clause[-4:]) and not _HISTORY_ZH.search(re.sub(r"我们|咱们|我俩|[他她]在", "", clause)):
                continue  # "她是我们公司的大客户" describes the relation, not a shared history
            if re.fullmatch(r"(?:\d+|[一二两三四五六七八九十百]+)\s*(?:到|至|-|~)?.*字.*", clause):
                continue
        if len(clause) >= 2:
            keep.append(clause)
    if not keep:
        return None
    return (", " if english else "，").join(keep)


def extract_rules(text: str) -> Slots:
    """Every slot the rules can read from one message; `None` where nothing was said."""
    text = text.strip()
    name = extract_name(text, extract_relation(text)[0])
    relation, category = extract_relation(text, name)
    return Slots(
        name=name,
        relation=relation,
        relation_category=category,
        details=extract_details(text),
        occasion=extract_occasion(text),
        style=extract_style(text),
        length=extract_length(text),
        holiday=holidays.find_holiday(re.sub(r"拜(?:个|一个|了个)年", "拜年", text)),
        language=detect_language(text),
    )


# Model-assisted extraction ------------------------------------------------------------------------

EXTRACTION_SCHEMA: dict = {
    "type": "object",
    "properties": {
        "name": {"type": ["string", "null"]},
        "relation": {"type": ["string", "null"]},
        "relation_category": {"enum": [*RELATION_CATEGORIES, None]},
        "details": {"type": ["string", "null"]},
        "occasion": {"type": ["string", "null"]},
        "style": {"enum": [*STYLES, None]},
        "length": {"enum": [*LENGTHS, None]},
        "holiday": {"type": ["string", "null"]},
    },
    "required": ["name", "relation", "relation_category", "details", "occasion", "style", "length", "holiday"],
    "additionalProperties": False,
}

EXTRACTION_SYSTEM = (
    "你从用户的请求里抽取写节日祝福所需的信息，只输出JSON。没有提到的字段填null，不要猜。"
    "name=对收件人的称呼；relation=用户原话里的关系词；details=共同经历或具体细节，用用户原话；"
    "occasion=发送场合；style∈传统喜庆/轻松自然/LLM科技风/商务得体；length∈<=50/50-100/100-200；holiday=节日名。"
)


def _grounded(value: str | None, text: str) -> bool:
    """A value the model returned counts only if it is really in the user's words (most of its characters)."""
    if not value:
        return False
    if value in text:
        return True
    chars = [c for c in value if not c.isspace() and c not in "，,。.、"]
    return bool(chars) and sum(c in text for c in chars) / len(chars) >= 0.8


def canonical_from_model(data: dict, text: str) -> Slots:
    """The model's JSON turned into slots, keeping only grounded and canonical values."""
    def s(key: str) -> str | None:
        v = data.get(key)
        return v.strip() if isinstance(v, str) and v.strip() else None

    occasion = s("occasion")
    if occasion and occasion not in OCCASIONS:
        occasion = extract_occasion(occasion) or (occasion if _grounded(occasion, text) else None)
    holiday = holidays.canonical_name(s("holiday") or "") if s("holiday") else None
    relation = s("relation") if _grounded(s("relation"), text) else None
    category = s("relation_category") if s("relation_category") in RELATION_CATEGORIES else None
    if relation and not category:
        category = RELATIONS_ZH.get(relation) or RELATIONS_EN.get(relation.lower())
    return Slots(
        name=s("name") if _grounded(s("name"), text) else None,
        relation=relation,
        relation_category=category if relation else None,
        details=s("details") if _grounded(s("details"), text) else None,
        occasion=occasion,
        style=s("style") if s("style") in STYLES else None,
        length=s("length") if s("length") in LENGTHS else None,
        holiday=holiday,
    )


async def extract(text: str, llm: LLMClient | None = None) -> tuple[Slots, str]:
    """Slots from one message and which reader produced them ('rules' or 'rules+model').

    The rules always run; the model, when reachable, fills only the slots the rules left empty.
    """
    from bot.writing.llm import LLMError

    rules = await asyncio.to_thread(extract_rules, text)  # regex work over the whole message: off the event loop
    if llm is None:
        return rules, "rules"
    try:
        data = await llm.chat_json(
            [{"role": "system", "content": EXTRACTION_SYSTEM}, {"role": "user", "content": text}],
            EXTRACTION_SCHEMA, name="slots",
        )
    except LLMError as exc:
        log.info("model extraction unavailable, rules only: %s", exc.__class__.__name__)
        return rules, "rules"
    model = canonical_from_model(data, text)
    filled = {k: v for k, v in model.known().items() if getattr(rules, k) is None}
    if "relation" in filled and rules.relation_category is not None:
        filled.pop("relation_category", None)
    return rules.merged(Slots(**filled)), "rules+model"
