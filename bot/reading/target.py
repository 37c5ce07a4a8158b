"""The person the ask points at: "给我的硕导——尹老师写…", "发给供应商那边的鲍经理", "帮我写个重阳节祝福给赖伯".

The words after the 给 of the ask name the recipient, however many other people, pets and kin the story around
them names; this reads (name, relation) out of those words.
"""

from __future__ import annotations

import re

from bot.reading.recipient import (
    _CJK,
    _EN_REL_WORDS,
    _L,
    _NAME_RE,
    _R,
    _ZH_RELATION_RE,
    HONORIFIC,
    _is_name,
    _name_like,
    _relations_in,
    _strip_relation_prefix,
    relation_category_of,
)
from bot.reading.vocabulary import ADDRESSABLE_RELATIONS, KIN_SINGLE, NOT_RECIPIENTS, RELATIONS_ZH, YOUNGER_KIN

# "给我的硕导——尹老师", "写给面馆老板龙叔", "发给供应商那边的鲍经理", "帮我写个重阳节祝福给赖伯": the words after
# the 给 of the ask are the recipient, however much of the story names other people, pets and kin around them.
_ASK_GEI = re.compile(
    rf"(?:(?:写|发|送|带|寄|念|说|读)给|(?:写|发)(?:个|条|张|段|封|篇|一[个条张段封篇])[^，,。！!？?；;\s给]{{0,10}}给|"
    rf"(?:(?<![他她它])|(?<=[帮替教][他她]))给)"
    rf"(?P<t>[{_CJK}A-Za-z·\-—\s]{{1,24}}?)"
    rf"(?=写|发(?!小)|整|弄|准备(?![了过])|买(?=了|个|点|份)|编|打(?=个|电话|视频|一)|拜|送(?![水货餐奶])|问候|道|说(?!话)|"
    rf"(?<![吉其])[他她](?!们)|[也再还](?=写|发)|[，,。！!？?；;]|$)"  # a 送水工 is no 送, a 吉他手 no 他
)
_OWNER = re.compile(r"^(?:我们家的?|我们的|我家的?|咱们?的?|我的|我们|我|咱|[他她]们?的)")
_LINKS = re.compile(r"那边的?|这边的?|——|—|的")
_NUMBERED_KIN = re.compile(r"^[二三四五六七八九大小老]?[舅叔伯姨姑婶爷]{1,2}(?:[妈父母公婆])?$")
_SHOP_OWNER = re.compile(r"(?:店|馆|摊|铺|厂|超市|食堂|铺子)(?:的)?老板(?:娘)?$")
_EN_RELATION_WORD = re.compile(rf"{_L}(?:{_EN_REL_WORDS})s?{_R}", re.I)  # read with "-" as a space: co-founder


def _relation_in(segment: str) -> tuple[str, int] | None:
    """The last relation word in a segment and where it ends ("面馆老板龙叔" → ("老板", 4))."""
    best = None
    for m in _ZH_RELATION_RE.finditer(segment):
        if best is None or m.end() >= best[1]:
            best = (m.group(0), m.end())
    for m in _EN_RELATION_WORD.finditer(segment.replace("-", " ")):
        if best is None or m.end() >= best[1]:
            best = (segment[m.start():m.end()], m.end())  # as written: co-founder
    return best


def _qualified(head: str, end: int, word: str) -> str:
    """The relation as the user said it, with a short qualifier (老搭档, 前同事) or a shop (面馆老板), else the word."""
    said = head[:end].strip()
    return said if said in RELATIONS_ZH or len(said) - len(word) <= 2 or _SHOP_OWNER.search(said) else word


def _read_head(head: str) -> tuple[str | None, str | None]:
    """(name, relation) in the last words of the ask's phrase: "家教小盛老师", "高中班主任王老师", "尹老师", "二舅"."""
    rest, prefix = _strip_relation_prefix(head)
    if prefix and rest and (named := _name_like(rest, after_relation=True)):
        return named, prefix  # "家教小盛老师", "发小老王"
    spaced = head.replace("-", " ")  # co-founder
    words = [*_ZH_RELATION_RE.finditer(head), *_EN_RELATION_WORD.finditer(spaced)]
    for m in sorted(words, key=lambda m: m.start()):
        rest = head[m.end():].strip()
        rest = re.sub(r"^(?:小姐姐|小哥哥)", "", rest)  # "HR小姐姐Vicky"
        if re.fullmatch(r"[A-Z]{2,4}", rest.split(" ")[0] if " " in rest else ""):
            rest = rest.split(" ", 1)[1]  # "client PM Jason": the role's letters are not the name
        named = _name_like(rest, after_relation=True) or (
            rest if re.fullmatch(r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?", rest) and _is_name(rest) else None)
        if rest and named:
            # "面馆老板龙叔", "co-founder Ethan"; a title is part of how they are addressed: "Uncle Raymond"
            if HONORIFIC.fullmatch(head):
                return head, None  # "Uncle Bo": the title is how he is called; who he is may be said elsewhere
            return named, _qualified(head, m.end(), m.group(0))
    if _NUMBERED_KIN.fullmatch(head):
        return head, head  # "三姨", "二舅": kin said with their rank, who they are and how they are called
    found = _relation_in(head)
    # 老战友, 老同事 are relations (no surname 战 or 同); 老太太, 老婆婆 are how people are called
    old_friend = found and head == "老" + found[0] and relation_category_of(found[0]) not in ("家人", "恋人")
    if head not in RELATIONS_ZH and not old_friend and (_NAME_RE.fullmatch(head) or _name_like(head)):
        return head, None  # "尹老师", "焦伯伯", "小吕": a name that ends in a title (not 老战友)
    if found and found[1] == len(head):  # a relation word, perhaps qualified: "二舅", "大学班长"
        relation = head if len(head) <= 6 else found[0]
        return (head if head in ADDRESSABLE_RELATIONS or _NUMBERED_KIN.fullmatch(head) else None), relation
    if _NUMBERED_KIN.fullmatch(head) or head in KIN_SINGLE:
        return (None if head in YOUNGER_KIN else head), head  # "给二舅写", "给我爸写"; "给我弟写" names no one
    if m := re.fullmatch(r"[A-Z]{2,4} ([A-Z][a-z]+)", head):
        return m.group(1), None  # "PM Jason", "HR Vicky": the role's letters are not the name
    if re.fullmatch(r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?", head) and _is_name(head):
        return head, None
    return _unknown_role(head)


# Words for roles end the way roles do (宿管, 调度员, 包工头, 研友, 赞助商): a word the vocabulary lacks, said where
# the ask names whom it is for, is read by its ending.
_ROLE_ENDINGS = {"友": "朋友", "商": "合作伙伴", "方": "合作伙伴", "头": "领导", "师": "其他", "员": "其他", "工": "其他",
                 "管": "其他", "主": "其他", "长": "其他", "哥": "其他", "姐": "其他", "姨": "其他"}


def _unknown_role(head: str) -> tuple[str | None, str | None]:
    """(name, role) of an ask's words that name a role we do not know, perhaps with the name after it: "包工头老佘",
    "调度员老边"; (None, None) when they do not read as a role."""
    for cut in range(len(head) - 1, 1, -1):
        role, rest = head[:cut], head[cut:]
        if role[-1] in _ROLE_ENDINGS and re.fullmatch(rf"[{_CJK}]{{2,5}}", role) and _name_like(rest):
            return rest, role
    return None, None


def role_category(word: str) -> str | None:
    """The category a role word we do not know has by its ending."""
    return _ROLE_ENDINGS.get(word[-1:]) if re.fullmatch(rf"[{_CJK}]{{2,5}}", word) else None


# "给我二姨写个不对不对是三姨写": what is said after the slip is meant.
_CORRECTED = re.compile(r"(?:不对|说错了|写错了|哦不)[，,\s]*(?:不对[，,\s]*)?(?:是|应该是|给)(?:给)?(?:我的?)?"
                        rf"([{_CJK}A-Za-z]{{1,6}}?)(?=写|发|[，,。\s]|$)|"
                        r"(?:不对|说错了|写错了|哦不)[，,\s]*(?:不对[，,\s]*)?(?:是|应该是|给)(?:给)?(?:我的?)?"
                        rf"([{_CJK}A-Za-z]{{2,8}})")


def ask_target(text: str) -> tuple[str | None, str | None] | None:
    """(name, relation word) of the person the ask points at, or None when the ask names no one we can read.

    The name is how the user addresses them ("尹老师", "龙叔"); the relation is the word said of them nearest
    before it, in the same phrase ("硕导——尹老师", "供应商那边的鲍经理"), with the user's own qualifiers kept
    ("面馆老板"). A bare kin word is both ("给二舅写": 二舅)."""
    if fixed := _CORRECTED.search(text):
        if fixed.group(1):  # "不对不对是三姨写", "哦不对给我外婆单独发一条"
            said = re.sub(r"(?<=.)(?:单独|专门|一个人)$", "", fixed.group(1))
            if (read := _read_head(said)) != (None, None):
                return read
        else:
            # Voice input runs on ("是给我婆婆我妈那边我自己写了", "是给我大姨父大姨父今年六十五了"): the longest
            # relation or name at the start is the one meant.
            said = fixed.group(2)
            for size in range(len(said), 0, -1):
                head = said[:size]
                if (head in RELATIONS_ZH or head in KIN_SINGLE or _NUMBERED_KIN.fullmatch(head)
                        or _NAME_RE.fullmatch(head)) and (read := _read_head(head)) != (None, None):
                    return read
    for m in _ASK_GEI.finditer(text):
        phrase = _OWNER.sub("", m.group("t").strip())
        # Written for someone in the ask's own clause ("帮我闺女给她姥姥写", "我老婆让我给她表哥写", "我和老公想给他
        # 外婆拜个年"): their person, in their voice.
        asker = re.search(r"[帮替教][他她]|让我|叫我|帮我\S{1,3}$|[和跟]\S{1,3}想$|我的?[^我\s]{1,4}想$|^(?![我你])\S{1,4}想$",
                          re.split(r"[，,。！!？?\s]", text[:m.start()])[-1])
        his = re.match(r"[他她]们?(的)?(\S{2,20})$", phrase)
        if his and (asker or his.group(1)) and (_relation_in(his.group(2)) or asker and "的" in his.group(2)):
            # "帮他给他师父写", "帮她给她们科主任写", "帮他给他研究生时候的导师发": in their voice, to their person;
            # asked for by someone, their group's person ("她们合唱团的指挥") even in a word we lack; or
            # "给她的古筝老师写": her teacher
            phrase = his.group(2)
        if not phrase or re.search(r"[和跟与及、了过着]|一[个条段份]|爷爷奶奶|外公外婆|爸妈", phrase) \
                or re.match(r"[他她你它]", phrase) or phrase in NOT_RECIPIENTS:
            continue  # several people, or a story ("给他争取了一个…"), not a recipient
        segments = [s.strip() for s in _LINKS.split(phrase) if s.strip()]
        if not segments:
            continue
        name, relation = _read_head(_OWNER.sub("", segments[-1]))
        if name is None and relation is None:
            continue
        owner = _OWNER.sub("", segments[-2]) if len(segments) > 1 else ""
        place = bool(re.search(r"(?:店|馆|诊所|医院|银行|超市|酒店|健身房|药房|幼儿园)$", owner))
        if (inner := _relation_in(owner)) and inner[1] == len(owner):
            owner = inner[0]  # "女儿同桌的妈妈": whose mother is said by the last word, 同桌
        owned = relation and (
            # a parent's friend or colleague: "我爸的老同事周叔"
            (owner in KIN_SINGLE or RELATIONS_ZH.get(owner) == "家人")
            and relation_category_of(relation) in ("朋友", "家人", "恋人", "同事", "领导", "下属")
            # "发小的妈妈": a friend's mother is not our family, and not addressed as 妈妈
            or owner in RELATIONS_ZH and relation_category_of(relation) == "家人"
            # "老婆的闺蜜": a spouse's friend is the spouse's
            or RELATIONS_ZH.get(owner) == "恋人" and relation_category_of(relation) in ("朋友", "同事")
            # "客户那边的老板": the client's boss is still the client
            or relation_category_of(owner) in ("客户", "合作伙伴")
            and relation_category_of(relation) in ("领导", "同事", "合作伙伴", "其他")
            # "物业的前台": the property's staff, not our colleague
            or (relation_category_of(owner) == "其他" or place)
            and relation_category_of(relation) in ("同事", "领导", "下属")
            # "发小的老婆": a friend's wife is nobody's to address as 老婆
            or relation_category_of(relation) == "恋人" and relation_category_of(owner) not in (None, "家人", "恋人")
            # "老周的爸爸": somebody's family, somebody we name
            or relation_category_of(relation) == "家人" and owner not in RELATIONS_ZH and owner not in KIN_SINGLE
            and bool(_NAME_RE.fullmatch(owner) or _name_like(owner)))
        if owned:
            said = phrase[:phrase.rfind(relation) + len(relation)]  # as the user said it: 客户那边的老板
            relation, name = said, (None if name == relation else name)
        if relation is None:  # "硕导——尹老师", "供应商那边的鲍经理": the relation is said just before
            for segment in reversed(segments[:-1]):
                if (inner := _relation_in(segment)) is not None:
                    relation = _OWNER.sub("", segment) if len(segment) <= 6 else inner[0]
                    break
        return name, relation
    return None


def category_of_target(relation: str) -> str | None:
    """The category of the relation the ask gave: a shop's 老板 is no one's boss; kin said with a number is family;
    someone's person ("爸的老同事", "客户那边的老板") is what the owner makes them."""
    if _SHOP_OWNER.search(relation):
        return "其他"
    if _NUMBERED_KIN.fullmatch(relation):
        return "家人"
    if "的" in relation:  # the last word is who they are: "儿子同桌的妈妈" is a classmate's mother
        found = _relations_in("我的" + relation)
        owner = relation[:relation.rfind("的")]
        if found and max(found)[2] == "家人" and not _relations_in(owner) and owner not in KIN_SINGLE:
            return "其他"  # "老周的爸爸": the family of somebody we name is not ours
        if found and max(found)[2] == "恋人" and relation_category_of(owner) not in (None, "家人", "恋人"):
            return "其他"  # "发小的老婆": a friend's wife
        return max(found)[2] if found else None
    return relation_category_of(relation) or role_category(relation)
