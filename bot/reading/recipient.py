"""Who the greeting is for: the recipient's name (as the user addresses them) and the relation, found by rules.

Several people, pets, titles and nicknames can share one message ("给老王写…我们一起养过一只猫叫橘子…他老婆小雅");
these rules decide which one the greeting is for, and which relation word is said of them.
"""

from __future__ import annotations

import re

from bot.reading.homophones import _readings
from bot.reading.vocabulary import (
    ADDRESSABLE_RELATIONS,
    KIN_SINGLE,
    NOT_NAMES,
    NOT_RECIPIENTS,
    RELATIONS_EN,
    RELATIONS_ZH,
    SURNAMES,
    TITLES,
)

_CJK = r"\u4e00-\u9fff"


def detect_language(text: str) -> str:
    """'zh' when the text has any Chinese, else 'en' when it has words."""
    if re.search(f"[{_CJK}]", text):
        return "zh"
    return "en" if re.search(r"[A-Za-z]{2,}", text) else "zh"



_DEPARTMENTS = frozenset("财务 会计 行政 人事 前台 HR 采购 运维 测试 运营 法务".split())
_SPOUSES = frozenset("老婆 老公 媳妇 妻子 丈夫 爱人 太太 wife husband spouse".split())
# 小姐姐, 小哥哥 are what young women and men are called, not someone's sister or brother ("HR小姐姐Vicky").
_ZH_RELATION_RE = re.compile("|".join(("(?<!小)" if w in ("姐姐", "哥哥") else "") + re.escape(w)
                                      for w in sorted(RELATIONS_ZH, key=len, reverse=True)))
_KIN_RE = re.compile(r"(?:我|俺|咱|给)(?:的)?(?:老)?([妈爸哥姐弟妹姨舅叔婶姑])(?![妈爸哥姐弟妹们子夫])")
# "great uncle" is also written "great-uncle".
_EN_REL_WORDS = "|".join(re.escape(w).replace(r"\ ", r"[\s-]") for w in sorted(RELATIONS_EN, key=len, reverse=True))
# English boundaries that also hold next to Chinese characters ("给我的boss Amy", "business风格").
_L, _R = r"(?<![A-Za-z])", r"(?![A-Za-z])"
_EN_RELATION_RE = re.compile(
    rf"(?:{_L}(?:my|our|a|the)|'s|我的|我们的|我|给|的)\s*"
    rf"((?:(?!(?:my|our|for|to|the|a|an|of|with|and|from)\s)[A-Za-z]+\s+){{0,3}}?(?:{_EN_REL_WORDS})s?){_R}"
    rf"(?!'?s?\s+day)(?!\s+(?:group|chat))",  # not "a father's day text", not "the family group chat"
    re.I,
)
_EN_OPENING_RELATION = re.compile(rf"({_EN_REL_WORDS})(?=[\u4e00-\u9fff])", re.I)
_EN_KIN_ADDRESS = re.compile(rf"{_L}(?:to|for)\s+(Mom|Mum|Dad|Grandma|Grandpa|Mother|Father){_R}"
                             r"|^(?i:(grandpa|grandma|mom|mum|dad))\b(?!'s\s+(?!(?:\d+\w*\s+)?(?:birthday|bday)))")  # "grandpa in Penang turns 92…"


def _en_category(phrase: str) -> str | None:
    words = phrase.lower().replace("-", " ").split()
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
        if text[m.end():m.end() + 1] in ("群", "节", "圈") or text[m.end() - 1:m.end() + 1] == "姑娘":
            continue  # "同学群里" names a chat, "母亲节" a holiday, "小姑娘", "四姑娘山" no aunt
        if re.search(r"我是(?:[^，,。！!？?\s]{0,6}的)?$|(?:当上|当了|升)了?$|抄送(?:我们|我)?的?$",
                     text[max(0, m.start() - 9):m.start()]):
            continue  # "我是初三的班主任", "他今年当上了店长", "抄送我们老板": not who it is for
        if m.group(0) in _DEPARTMENTS and text[m.end():m.end() + 1] in ("部", "科", "处", "组", "室"):
            continue  # "财务部同事": a department, and the person is the 同事 after it
        found.append((m.start(), m.group(0), RELATIONS_ZH[m.group(0)]))
    for m in _KIN_RE.finditer(text):
        if not any(s <= m.start(1) < s + len(w) for s, w, _ in found):
            found.append((m.start(1), m.group(1), KIN_SINGLE[m.group(1)]))
    for m in _EN_RELATION_RE.finditer(text):
        phrase = m.group(1).lower()
        category = _en_category(phrase)
        if phrase == "partner" and not re.search(r"business\s+partner", text, re.I):
            category = "恋人"  # "my partner" alone; a franchise, exchange or business partner is no lover
        if phrase.endswith(("supervisor", "advisor")) and re.search(r"\bProf\b|PhD|paper|thesis|\blab\b", text):
            category = "老师"  # an academic supervisor
        if category and not re.match(r"\s+and\s+(?:i|me)\b", text[m.end(1):], re.I):  # "my wife and I": who writes
            found.append((m.start(1), phrase, category))
    if m := _EN_OPENING_RELATION.match(text):  # "mom的母亲节message", "Client那边的对接人"
        found.append((0, m.group(1).lower(), _en_category(m.group(1)) or "其他"))
    if m := _EN_KIN_ADDRESS.search(text):
        at = 1 if m.group(1) else 2
        found.append((m.start(at), m.group(at).lower(), "家人"))
    # "我儿子的班主任", "my son's piano teacher", "Client那边的对接人": the word after 的 ('s) is who they are;
    # a family's friend or colleague is not family, a spouse's cousin is.
    heads = []
    for start, word, category in sorted(found):
        owner = next((f for f in found if f[0] + len(f[1]) <= start and re.fullmatch(
            r"(?:那边|这边)?的[\u4e00-\u9fff]{0,3}|'s\s+(?:[A-Za-z]+\s+)?", text[f[0] + len(f[1]):start])), None)
        if owner is None and category in ("合作伙伴", "领导", "同事"):
            owner = next((f for f in found if f[0] + len(f[1]) == start and f[2] == "客户"), None)  # 甲方对接人
        if owner is not None and owner[2] == category == "客户":
            continue  # "客户那边的采购主管": the client is what they are to the user
        if owner is not None:
            if owner[2] == "恋人" and owner[1] in _SPOUSES and category == "家人":  # 老婆的表哥: in-laws are family
                pass
            elif owner[2] == "家人" and category == "恋人":
                category = "家人"  # "大侄子的媳妇": kin's spouse is family
            elif (owner[2] == "家人" or owner[1] in _SPOUSES) and category in ("朋友", "同事", "领导", "下属") \
                    or owner[2] != "家人" and category in ("家人", "恋人"):
                category = "其他"  # a parent's friend or colleague, a landlord's mother, a boss's wife
            elif owner[2] in ("客户", "合作伙伴") and category in ("领导", "同事", "合作伙伴", "其他"):
                category = owner[2]  # the client's boss or contact person is still the client
                word = text[owner[0]:start + len(word)]  # and is said with them: "client那边的老大", "合作方的老板"
            elif owner[2] == "其他" and category in ("同事", "领导", "下属"):
                category = "其他"  # "物业的前台", "店里的店长": someone's staff, not ours
            heads.append((owner, category, start, word))
    for owner, category, start, word in heads:
        said_from = owner[0] if text.startswith(word, owner[0]) else start  # "合作方的陈经理" starts at 合作方
        found = [f for f in found if f != owner and f[0] != start] + [(said_from, word, category)]
    return found


_TITLED_RELATIONS = ("老师", "医生", "教练", "师傅", "律师", "护士")


# "…，就是我老公", "…，她其实是我表姐": a clause that says who they are.
_TOLD = re.compile(r"(?:^|[，,。！!？?\s])(?:[他她]|TA|ta|对方)?(?:其实|就|也)?是(?:我|我们)(?:家)?的?$")


def extract_relation(text: str, name: str | None = None, *,
                     askers: tuple[int, int] = (0, 0)) -> tuple[str | None, str | None]:
    """(the user's relation word as written, its category): the one said of the recipient when the name is known
    ("给我儿子的班主任钱老师", "小美…她是我女朋友"), else the first one not among `askers` (where the ask's own
    clause names who asks: "我闺女小满想给…彭园长")."""
    found = _relations_in(text)
    if not found:
        return None, None
    if name and (at := text.find(name)) >= 0:
        # A relation word inside the name, wherever the name is said, is its title ("俞老师"), not said of them.
        spots = [m.start() for m in re.finditer(re.escape(name), text)]
        found = [f for f in found if not any(a < f[0] < a + len(name) and _ZH_RELATION_RE.fullmatch(text[a:f[0]]) is None
                                             and not text[a:f[0]] in KIN_SINGLE for a in spots)]
        if not found:
            return None, None
        said = re.compile(rf"(?:{re.escape(name)}|(?<![我你])[他她]|TA|ta)(?:就|也|都)?(?:是|成了|成为了?|当了)"
                          rf"(?:我|我们|咱|咱们)(?:家|公司|店)?的?"
                          rf"[^，,。.！!？?]{{0,8}}?$|(?:我俩|我们俩|咱俩)(?:是|都是)[^，,。.！!？?]{{0,4}}$")  # "…我俩是大学哥们"
        # A title that is also a relation ("Uncle Bo") gives way to what is said of them ("他是我妈的表哥").
        honorific = [f for f in found if f[0] == at and HONORIFIC.match(text, at)]
        if honorific and (told := [f for f in found if f[0] > at and said.search(text[at:f[0]])]):
            return min(told)[1:]
        for start, word, category in sorted(found, key=lambda f: -f[0]):
            if start == at or (start < at and start + len(word) >= at - 3
                               and not re.search(r"[，,。.！!？?\s]", text[start + len(word):at])):
                return word, category  # right before the name: "班主任钱老师", "发小老王", the name itself: "外婆"
        # "我和室友…想一起给葛阿姨写": whoever writes along with the user is not who it is for.
        found = [f for f in found if not re.search(r"我[和跟](?:我的?)?$", text[:f[0]])]
        title = next((t for t in _TITLED_RELATIONS if name.endswith(t) and len(name) > len(t)), None)
        if same := [f for f in found if title and f[1].endswith(title) and f[1] != title]:
            return min(same)[1:]  # "换了个数学老师，姓刘 … 刘老师"
        for start, word, category in sorted(found, key=lambda f: f[0]):
            if start > at and said.search(text[at:start]):
                return word, category  # "…她是我女朋友", "钱经理，他是我们的老客户"
        # "给温主任写…我爸的搭桥是他做的": our kin's story, told of someone we name, does not make them kin.
        found = [f for f in found if f[2] != "家人" or not re.compile(
            rf"(?<!是)我{re.escape(f[1])}的").match(text, max(0, f[0] - 1))]
    found = [f for f in found if not askers[0] <= f[0] < askers[1]]
    if not found:
        return None, None
    _, word, category = min(found, key=lambda f: f[0])
    return told_relation(text) or (word, category) if category == "其他" else (word, category)


def told_relation(text: str) -> tuple[str, str] | None:
    """The relation a clause of its own says they are ("…，就是我老公"): it outweighs a role said in jest (大厨)."""
    told = [f for f in _relations_in(text) if _TOLD.search(text[:f[0]]) and f[2] != "其他"]
    return min(told)[1:] if told else None


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
    rf"(?:欧阳|司马|上官|诸葛|东方|慕容|令狐|皇甫|尉迟|公孙|司徒|端木|夏侯)(?:{_TITLE_ALT})",  # 欧阳总: a two-character surname
    rf"(?<![公上铁谢])(?:小|老|大)?{_SURNAME_CLASS}(?:{_TITLE_ALT})",  # 张总 李老师 王姐 吴局 小余老师 (not 公司总算, 上司, 谢谢老师)
    rf"(?:老|小|阿)(?![师板婆公大总孩伙家友同妈爸弟妹哥舅姨叔])(?:{_SURNAME_CLASS})头?",  # 老王 小林 老伍头
)
_NAME_RE = re.compile("|".join(f"(?:{f})" for f in _NAME_FORMS))
# A name right after the relation word: "女朋友小雨", "外教Mike", "师兄张博", "女儿朵朵", "boss Amy".
_AFTER_RELATION = re.compile(
    rf"(?:{_ZH_RELATION_RE.pattern}|{_L}(?:{_EN_REL_WORDS}){_R})\s*("
    rf"{_SURNAME_CLASS}(?:{_TITLE_ALT})|(?:小|阿|老)[{_CJK}](?:姐|哥|姨|叔)?|(?:小|阿)(?-i:[A-Z][A-Za-z]*)|大{_SURNAME_CLASS}|([{_CJK}])\2|"
    rf"[{_CJK}]{{2}}(?:哥|姐)(?=[，,。！!？?\s])|"  # 老乡大军哥, 家政阿姨小梅姐
    rf"(?!时)(?:{_SURNAME_CLASS})[{_CJK}]{{1,2}}?{_STOP}|[{_CJK}](?:姨|叔|姐|哥|嫂|婶|伯)(?=[，,。！!？?\s]|[{_CJK}]{{2}})|"
    rf"(?-i:[A-Z][a-z]+)(?:老师|姐|哥)?(?![A-Za-z]))",
    re.I,
)
_VERBS = r"(?:写|发|拜|送|整|来|弄|准备|编|说|打|祝|道|问候|讲|想|的|再|又|也|还|先|单独|专门|吧)"
_AFTER_GEI = re.compile(rf"给(?:我的?|咱的?)?([{_CJK}A-Za-z]{{1,8}}?)(?:{_VERBS}|[，,。.！!\s]|$)")
_CALLED = re.compile(
    rf"(?:叫做|名叫|名字是|称呼(?:他|她)?为?|喊(?![过了着出醒起来去一])(?:他|她)?|就叫(?:他|她)?|叫(?![过了着出醒起来去一])(?:他|她)?)\s*("
    rf"[{_CJK}]{{1,3}}(?:老师|经理|主任|总|姐|哥|叔|姨)(?![{_CJK}]{{0,1}}(?:老师|经理))|"  # a title ends the name
    rf"(?:[A-Z][A-Za-z]+(?:老师|姐|哥)?|[{_CJK}A-Za-z]{{1,5}}?)"
    rf"(?=[，,。.！!？?\s的]|$|{_VERBS}|是|[他她做在从今每帮我以现就上去这那对人特很挺都平比最真你]|[\U0001F300-\U0001FAFF]))"
)
# "写给前同事昊哥", "对象是我奶奶", "她是我家月嫂惠姐", "是我闺蜜桃子": the recipient named at the end of a clause.
_LATE = re.compile(
    rf"(?:写给|发给|送给|对象是|是我|是我们)(?:我的?|我们的?|我家的?|咱的?|家的?|的)?([{_CJK}A-Za-z]{{1,10}}?)"
    rf"(?=[，,。.！!？?\s]|$|[\U0001F300-\U0001FAFF])"
)
# "Cindy姐是我入职时的mentor", "阿飚，他是我的健身教练": the words before 是我 … <relation>.
_IS_MY = re.compile(
    rf"[，,]?(?:[他她])?(?:是|就是)我(?:们)?(?:的)?[^，,。！!？?]{{0,8}}?(?:{_ZH_RELATION_RE.pattern}|{_L}(?:{_EN_REL_WORDS}){_R})"
)
_CONTACT = re.compile(rf"(?:对接人|负责人|联系人)(?:是|叫)\s*([A-Z][A-Za-z]+|{_SURNAME_CLASS}(?:{_TITLE_ALT})|(?:小|老|阿)[{_CJK}])")
_PET = re.compile(r"猫|狗|仓鼠|兔子?|鸟|鹦鹉|画眉|乌龟|金鱼|宠物|养的|只|金毛|柯基|泰迪|博美|柴犬|哈士奇|拉布拉多|布偶|英短|橘猫")


def called_name(text: str) -> str | None:
    """The name in "她叫莉莉", "我们都叫他老符"; not a pet's ("养的仓鼠叫米粒")."""
    for m in _CALLED.finditer(text):
        if _is_name(m.group(1)) and not _PET.search(text[max(0, m.start() - 6):m.start()]) \
                and not _CHILD_CALLS.search(text[max(0, m.start() - 8):m.start()]):
            return m.group(1)
    return None


# "孩子现在叫他秦爷爷": the child's word for them, not the user's (who says 秦大爷).
_CHILD_CALLS = re.compile(r"(?:孩子|儿子|女儿|闺女|娃|宝宝|小孙子|孙子|孙女)[们]?(?:现在|都|一直|平时|也)*$")


def _named_before_is_my(text: str) -> str | None:
    for m in _IS_MY.finditer(text):
        before = text[max(0, m.start() - 8):m.start()]
        if latin := re.search(r"[A-Z][A-Za-z]+(?:老师|[\u4e00-\u9fff])?$", before):
            if _is_name(latin.group(0)):
                return latin.group(0)
        for size in (2, 3, 4):
            cand = before[-size:]
            if len(cand) == size and _name_like(cand) and not _PET.search(text[max(0, m.start() - 14):m.start()]):
                longer = before[-size - 1:]
                return longer if longer[0] in "小老阿大" and _name_like(longer) else cand  # 小余老师, not 余老师
    return None
_EN_STOP = {
    "I", "Spring", "Festival", "Chinese", "Lunar", "New", "Year", "Years", "Mid", "Autumn", "Moon", "Lantern", "Dragon",
    "Boat", "WeChat", "Write", "Please", "Help", "Make", "Keep", "Send", "Draft", "Happy", "Christmas", "National",
    "Day", "Eve", "Qixi", "Double", "Ninth", "Winter", "Solstice", "Email", "Hi", "Hey", "Can", "Could", "A", "The",
    "We", "She", "He", "They", "My", "It", "Birthday", "Greeting", "Message", "Note", "Text", "For", "To", "LLM", "AI",
    "CNY", "Laba", "Thanks", "Thank", "Something", "Short", "Long", "Formal", "Casual", "Tech", "Traditional",
    "Thanksgiving", "Valentine", "Valentines", "Easter", "Halloween", "Mother", "Father", "Mothers", "Fathers",
    "Teachers", "Teacher", "Mid-Autumn", "Lantern", "Qingming", "Duanwu", "Phone", "Call",
}


def _strip_relation_prefix(candidate: str) -> tuple[str, str | None]:
    """'发小老王' → ('老王', '发小'); a bare relation word → ('', word)."""
    for word in sorted(RELATIONS_ZH, key=len, reverse=True):
        if candidate.startswith(word):
            return candidate[len(word):], word
    return candidate, None


def _is_name(word: str) -> bool:
    return bool(word) and not word.startswith("姓") and word not in NOT_NAMES and word not in RELATIONS_ZH and word.lower() not in RELATIONS_EN


def extract_name(text: str, relation: str | None = None) -> str | None:
    """How the recipient is addressed, as the user wrote it."""
    if detect_language(text) == "en":
        return _extract_name_en(text, relation)
    # "给老王写…" names the recipient outright: it wins over the other people and pets the story goes on to name
    # ("…我们一起养过一只猫叫橘子", "…他老婆小雅"). Only when it names no one do "叫X", "X是我…" and "朋友X" decide.
    if m := HONORIFIC.search(text):
        return m.group(0)  # "Mr. Brown", "Prof. Hughes" in a Chinese request
    gei = _name_after_gei(text)
    if gei is None or gei in RELATIONS_ZH:
        gei = i_call(text) or gei  # "给我妈写…，我平时叫她老妈": how the user addresses them beats the relation word
    return gei or _leading(text) or _name_elsewhere(text, relation)


_LEADING = re.compile(rf"^([{_CJK}A-Za-z]{{1,8}}?)(?:[，,：:\s]|$)")


_OPENS_WITH = re.compile(rf"^(?:写|叫|就叫|称呼|喊)?(?![发写打说用叫喊])([{_CJK}A-Za-z]{{2,5}}?)就(?:行|好|可以)"  # "写老莫就行" answers 'what name?'
                         rf"|^([{_CJK}A-Za-z]{{2,5}}?)是我"  # "蓝蓝是我在瑜伽课上认识的", "阿May是我的美甲师", "翁老是我们所的…"
                         rf"|^([{_CJK}]{{2,3}}?)(?:的)?生日(?=[^，,。]{{0,4}}?(?:快到了|到了|快乐|那天|就是|是|在))")  # "猴子生日快到了"


def _leading(text: str) -> str | None:
    """A name-shaped word that opens the message on its own: "Linda姐 教师节快乐那种…", "阿明，高中同桌…", "Coco"."""
    if (m := _OPENS_WITH.match(text)) and (cand := m.group(1) or m.group(2) or m.group(3)) and _is_name(cand) \
            and cand not in NOT_RECIPIENTS and not re.search(r"[我你他她们的了个条]|^[呃额嗯啊哦喂那就]", cand):
        return cand
    if not (m := _LEADING.match(re.sub(r"^(?:就写|写|就叫|叫)(?=\S{2})", "", text))):  # "写祝叔 别叫他祝总"
        return None
    cand = m.group(1)
    if re.fullmatch(r"[A-Z][A-Za-z]+(?:老师|姐|哥|总)?", cand):
        return cand if _is_name(cand) and cand not in _EN_STOP else None
    return _name_like(cand)


def i_call(text: str) -> str | None:
    """The name in "我叫她刘姨", "我们都喊他老符": a `called_name` the user says they use themselves."""
    for m in _CALLED.finditer(text):
        if re.search(r"(?:我|我们|大家)(?:都|一般|平时|一直|也|跟着\S{1,3})?$", text[:m.start()]) and _is_name(m.group(1)):
            return m.group(1)
    return None


def _name_elsewhere(text: str, relation: str | None) -> str | None:
    bare = None  # "他是我师父": the relation word itself, if nothing names them better ("凌师傅")
    for m in _LATE.finditer(text):
        cand, rel = _strip_relation_prefix(m.group(1))
        if rel is not None and (named := _name_like(cand, after_relation=True)):
            return named  # a relation word, then the name: "前同事昊哥"
        if not cand and rel in ADDRESSABLE_RELATIONS:
            bare = bare or rel
        if rel is None and (named := _after_inner_relation(cand)):
            return named  # "写给楼下早餐店的欣姐"
    if named := called_name(text):
        return named
    if m := _CONTACT.search(text):
        return m.group(1)  # "供应商那边的对接人是Grace"
    if named := _named_before_is_my(text):
        return named
    for m in re.finditer(rf"(?:我跟|我和|跟我|和我)([{_CJK}A-Za-z]{{2,3}}?)(?:是|从|在|一起|认识)", text):
        if named := _name_like(m.group(1)):
            return named  # "我跟阿遥是在论坛上认识的"
    for m in _AFTER_RELATION.finditer(text):
        if _is_name(m.group(1)):
            return m.group(1)
    if bare:
        for m in _NAME_RE.finditer(text):
            if _is_name(m.group(0)) and _readings(m.group(0)[1:]) & _readings(bare):
                return m.group(0)  # "凌师傅 … 他是我师父": the same word, said with the surname
        return bare
    inside = [(start, start + len(word)) for start, word, _ in _relations_in(text) if "的" not in word]
    for m in _NAME_RE.finditer(text):
        if _is_name(m.group(0)) and not any(a < m.start() < b for a, b in inside):
            return m.group(0)  # not 文老师 out of 语文老师
    if relation and relation in ADDRESSABLE_RELATIONS and not re.search(rf"(?<!我)的{re.escape(relation)}", text):
        return relation  # not "我老婆的表哥": someone else's kin is not addressed by the user's kin word
    return None


def _name_after_gei(text: str) -> str | None:
    for m in _AFTER_GEI.finditer(text):
        both = re.sub(r"^(?:我的?|咱的?)", "", m.group(1))
        if any(both == a + b for a in ADDRESSABLE_RELATIONS for b in ADDRESSABLE_RELATIONS
               if a != b and len(a) == len(b)):  # 爸妈, 爷爷奶奶; not 大姑+姐
            return both  # both of them: 爷爷奶奶, 外公外婆
        cand, rel = _strip_relation_prefix(m.group(1))
        cand = re.sub(r"^(?:我的?|咱的?|我家的?|家的?|这位|那位|一位)", "", cand)
        if not cand:
            if rel in ADDRESSABLE_RELATIONS:
                return rel  # "给外婆打视频": she is addressed as 外婆
            continue
        if rel is None and (inner := _after_inner_relation(cand)):
            return inner  # "修车师傅阿强": the relation word inside, the name after it
        if _NAME_RE.fullmatch(cand) or cand in ADDRESSABLE_RELATIONS or (cand in KIN_SINGLE and cand not in "弟妹"):
            return cand
        if named := _name_like(cand, after_relation=rel is not None):
            return named  # 小乔老师, 强哥, 芸姐, 宝宝; after a relation word: "快递小哥小鞠", "理发师Tony"
        if cand[0] in SURNAMES and 2 <= len(cand) <= 3 and _is_name(cand) and cand not in NOT_RECIPIENTS \
                and not re.search(r"[个条段句位群们]", cand):
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
    rf"(?:{_SURNAME_CLASS}(?:{_TITLE_ALT})|(?:小|阿|老)[{_CJK}A-Z](?:{_TITLE_ALT}|头|[{_CJK}])?|大{_SURNAME_CLASS}|([{_CJK}])\1|"
    rf"[{_CJK}]{{1,2}}(?:哥|姐|姨|叔|总|老师)|[{_SURNAME_CLASS[1:-1]}欧上司诸东官门]{{2}}(?:{_TITLE_ALT})|"
    rf"[A-Z][a-z]+(?:\.?\s?[A-Z][a-z]+)?(?:老师|姐|哥)?|(?:小|阿)[A-Z][A-Za-z]+)"
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


# Lower-case words after "my boyfriend" that are no name: "for my boyfriend please", "my boss, relaxed".
_EN_NOT_NAMES = ("chat|group|please|pls|plz|thanks|thx|again|too|also|here|there|now|today|tonight|tomorrow|soon|later|asap|"
                 "instead|okay|and|but|who|that|this|which|relaxed|casual|formal|short|long|funny|nerdy|warm|sweet|"
                 "simple|brief|festive|traditional|professional|polite|cute|romantic|heartfelt|serious|quick")
HONORIFIC = re.compile(r"(?<![A-Za-z])(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Uncle|Aunt|Auntie|Coach|Teacher|Grandma|Grandpa"
                       r"|Pastor)\.?\s+[A-Z][a-z]+(?:\s+(?!(?:Thanks|For|Happy|Merry|Christmas|Please|His|Her|He|She)\b)[A-Z][a-z]+)"
                       r"{0,2}(?![A-Za-z])")  # "Mr. Tan Wei Ming", "Grandma Rose"


def _extract_name_en(text: str, relation: str | None) -> str | None:
    cap = r"([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:\s+[A-Z][a-z]+)?)"  # "Ji-woo", "Mary-Kate"
    if m := HONORIFIC.search(text):
        return m.group(0)
    if (alone := re.fullmatch(r"\s*([A-Z][a-z]+)\s*[.!]?\s*", text)) and _is_name(alone.group(1)) \
            and alone.group(1) not in _EN_STOP:
        return alone.group(1)  # the answer to "what do you call them?": "Coco"
    # "my co-worker Ben and I want to send our manager Lisa…": whoever writes with the user is not the recipient.
    co_senders = {m.group(1) for m in re.finditer(
        rf"{cap}\s+and\s+I\s+(?:(?:want|would like|'d like|wanna|are going|plan)\s+to\s+)?(?:send|write|wish)\b", text)}
    patterns = (
        rf"\b(?:we|I|everyone|they)\s+(?:all\s+)?calls?\s+(?:him|her|them)\s+{cap}",
        rf"\b(?:named|called|(?:her|his) name is)\s+{cap}",
        rf"\bcontact(?:\s+person)?(?:\s+is|:)\s+{cap}",
        rf"\b(?i:my|our)\s+(?:[A-Za-z\-]+\s+){{0,3}}?(?i:{_EN_REL_WORDS})s?,?\s+{cap}",
        rf"\b(?:for|to)\s+{cap}\b",
        rf"\b{cap},\s+(?:my|our)\b",
        rf"^{cap}\s+(?:has|is|was|just|always|still)\b",  # "Dana has walked our beagle every weekday…"
        # typed all in lower case: "for my boss sarah for thanksgiving"
        rf"\b(?i:my|our)\s+(?:[A-Za-z\-]+\s+){{0,2}}?(?i:{_EN_REL_WORDS})s?,?\s+"
        rf"(?!(?:{_EN_NOT_NAMES})\b)([a-z]{{3,12}})(?=\s*(?:[,.!?]|$)|\s+(?:for|on|at|to|who)\b)",
    )
    for p in patterns:
        for m in re.finditer(p, text):
            name = m.group(1)
            words = [w for w in name.split() if w not in _EN_STOP]
            if words and words[0] == name.split()[0] and name not in co_senders:
                candidate = " ".join(words)
                if candidate.lower() in ADDRESSABLE_RELATIONS or _is_name(candidate):
                    return candidate
    if relation and relation.lower() in ADDRESSABLE_RELATIONS:
        written = re.search(rf"(?<![A-Za-z]){re.escape(relation)}(?![A-Za-z])", text, re.I)
        return written.group(0) if written else relation  # as the user wrote it: "my grandma" → grandma
    return None


# The ask, and whom it points at ---------------------------------------------------------------------
