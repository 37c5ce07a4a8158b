"""The user's own details, made ready to weave in: split into clauses, turned to the second person (我们/你,
we/you), and ranked by what they tell (news, a memory, how long, who they are). Chinese here, English in
`details_en`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.domain import (
    length_units,
)
from bot.writing.composer.details_en import en_clauses, en_kind

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
    r"买了房|乔迁|搬家|搬了新家|创业|开店|开业|康复|出院|退休(?![前后的教医工干职老人员返])|获奖|拿了奖|中标|上市|融资|转正|加薪|涨薪|扛下|拿下|搞定|"
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

def _zh_we(you: str) -> str:
    """"We" taking the recipient in: 咱们 to someone you say 你 to, 我们 where 您 keeps a distance."""
    return "我们" if you == "您" else "咱们"


def _zh_second_person(text: str, you: str, others_before: bool = False, first: bool = False) -> str:
    """The details as the greeting says them to the recipient: 他/她 → 你 (or 您); a 我们 that takes them in →
    咱们 (kept 我们 where 您 is used, and where the clause already says 你: "你帮我们搬家"); a subject where the user
    left it out ("常来问我Python问题" → "你常来问我…", "去年一起做了项目" → "去年咱们一起做了项目")."""
    if not (others_before and not re.match(r"[他她]", text)):  # "女儿天天哭，任老师每天抱着她哄": 她 is the daughter
        text = re.sub(r"(?<![其吉])[他她]们", "你们", text)
        text = re.sub(r"(?<![其吉])[他她](?!乡)", you, text)
    if you == "您":
        text = re.sub(r"你(?!们)", "您", text)
    we = _zh_we(you)
    if not re.search(r"[你您]", text):
        if others_before:  # "我女儿跟她学钢琴，今年考过了十级": the one who passed is the daughter, not 您
            return text.replace("我们", we) if we == "咱们" and not re.search(r"我们(?:公司|家|店|团队|部门|组)", text) else text
        if we == "咱们":
            text = re.sub(r"我们(?!公司|家|店|团队|部门|组|单位|学校|班)", "咱们", text).replace("我俩", "咱俩")
        if first and _ZH_MUTUAL.match(text):  # "结婚二十年", "合作三年": both of us
            return we + text
        if m := _ZH_WHEN_I.match(text):  # "我最难的时候借给我五万块": the doer comes after my hard time
            return text[:m.end()] + you + text[m.end():]
        if _ZH_DONE_TO_ME.match(text) or _ZH_ONCE_WAS.match(text):
            return you + ("是" if text.endswith("的") else "") + text  # "教我语文的" → 您是教我语文的
        if re.match(r"成了|成为", text):  # "（后来）成了无话不谈的朋友": both of us became
            return we + text
        if m := _ZH_TOGETHER_BARE.match(text):
            return text[:m.end(1)] + we + text[m.end(1):]
        if first and not re.search(r"[我咱]|一起|一块|[的得]$", text) and length_units(text) >= 3 and not _zh_is_role(text) \
                and not _ZH_DURATION.match(text) and not _ZH_THIRD_PARTY.match(text):
            return you + text  # the details open with what they do, no one named: "风雨无阻", "今年被裁员了"
        if _ZH_SUBJECTLESS.match(text) and not re.match(r"\S{0,6}?(?:咱们|咱俩|我们|我俩)", text):
            # "教我语文的" says who they are: "您是教我语文的", not "您教我语文的"; "在广交会上认识的" is both of us
            if text.endswith("的"):
                return (we if re.search(r"认识|结识|遇到|碰到|相识", text) else you) + "是" + text
            return you + text
    return text


# Who they are, as a noun phrase with 的 and a person at its end: "我女儿的婆婆", "我在书画院认识的前辈", "B轮的领投方".
_ZH_WHO_NP = re.compile(r"^(?![你您他她咱]|我们?(?:是|在一起)|成了|成为|变成|当了|做了|[^，]*是)[^，]{0,14}的[^，的]{0,6}(?:前辈|婆婆|公公|班主任|老师|师傅|导师|领导|"
                        r"客户|合伙人|投资人|领投方|投资方|代工厂|供应商|老板|店长|同事|同学|室友|战友|邻居|朋友|医生|教练|"
                        r"[员长师生手者]|伙伴|搭档)$")
# What we both were, said with 的 and no subject: "光屁股玩到大的", "以前一个组的", "在创业分享会上认识的".
_ZH_WE_WERE = re.compile(r"(?:玩到大|一块长大|一起长大|一个(?:组|班|宿舍|车间|部门|村|院|寝室|科室)|一届|认识|结识)的$")
# Someone else of ours, the subject of what follows: "我女儿跟她学了五年钢琴", "我妈的老胃病…", "孩子…".
_ZH_THIRD_PARTY = re.compile(r"^(?:我|我们)?(?:家)?(?:的)?(?:女儿|儿子|闺女|孩子|宝宝|妈|爸|老婆|老公|媳妇|爱人|奶奶|爷爷|外婆|外公|姥姥|"
                             r"姥爷|狗狗?|猫咪?|弟弟|妹妹|哥哥|姐姐|老伴)")
# What two do together, said with no subject: "结婚二十年", "合作三年", "认识十五年了".
_ZH_MUTUAL = re.compile(r"^(?:(?:今年|去年)?(?:是)?(?:结婚|合作|共事|认识|相处|在一起|同学|同事)(?:了)?[\d零一二两三四五六七八九十百几]+|结婚第)")
# A deed done to me with its doer left out: "借给我五万块", "每天下午三点准时分我一半零食", "租了我的房子三年".
_ZH_DONE_TO_ME = re.compile(r"^[^我你您他她咱们，]{0,8}?(?:借给|借|分给?|送给?|帮|陪|教|带|给|请|坐|租了?|载|接|替|让给?|护着|"
                            r"罩着|惯着|宠着|投了?|对|跟了?)我")
_ZH_WHEN_I = re.compile(r"^我[^，]{1,8}的时候(?=(?:都|总|还|就)?(?:借|帮|陪|教|带|给|请|送|接|替|护|罩|拉|扶))")
# Who they once were, its subject left out: "年轻时是村里的赤脚医生", "以前当过兵".
_ZH_ONCE_WAS = re.compile(r"^(?:年轻时|年轻的时候|小时候|以前|当年|早年|退休前)(?:是|在|当过|做过|干过)")
# A clause that says what "we" did with no one named: "去年一起做了北京项目", "一起熬过夜".
_ZH_TOGETHER_BARE = re.compile(r"^((?:(?:去年|前年|今年|那年|那时候?|小时候|大学|高中|初中|以前|当年|上个月|上周|疫情那年)"
                               r"(?:的时候)?)?)(?:一起|一块儿?)")
# A clause that starts with what the recipient does, its subject left out: "常来问我…", "现在在深圳做…".
_ZH_SUBJECTLESS = re.compile(r"^(?:现在|今年|去年|最近|上个?月|上周|上次|那年|当年|当时|当初|以前|每(?:天|次|年|周|回|个月))?(?:冬天|夏天|春节|过年|晚上|早上|周末)?"
                             r"(?:都|也|还|刚刚?|又|就|总是?|常常?|经常|一直)?"
                             r"(?:帮|陪|教|带|给|在|做|考|拿|当(?![地年时初天晚场然])|升|搬|买|生|开|跑|学|来(?!年)|去(?!年)|问|请|送|寄|养|种|住|读|换|回|"
                             r"照顾|负责|创业|结婚|退休|升职|和我|跟我|比我|包|煲|烧|练|喜欢|爱[吃喝玩看听唱跳打钓养]|看着我|护着我|"
                             r"待我|对我|从不|从来不)")


# What the user asks of the greeting itself, written among the details.
_ZH_ABOUT_THE_GREETING = re.compile(r"^(?:我)?(?:想|希望|别|不要|麻烦)[^，。]{0,12}(?:写|说)(?:点|几句|一段|一条|个|得)|肉麻"
                                    r"|^(?:这次|今年|这回)?(?:我)?(?:也)?(?:想|打算|希望)(?:用|借|给)?[^，。]{0,12}(?:逗逗|夸夸|损损|调侃|腔调|口吻)"
                                    r"|^(?:得|要|记得)劝")
_ZH_EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+")
# A clause that leans on the one before it: "但我每次搬家…", "平时还要帮我…", "你还学会了修图".
_ZH_LEANS = re.compile(r"^(?:[你您])?(?:平时|现在|后来|其实)?(?:但是?|可是?|还(?!是)|也|而且|并且|却|结果|所以)")
# A clause that opens with how something was done ("宝贝得不得了"): it belongs to the one before it.
_ZH_COMPLEMENT = re.compile(r"^(?!记得|觉得|懂得|值得|显得|舍得|晓得|获得|取得|赢得|难得|使得|免得|省得)[\u4e00-\u9fff]{1,2}得")
# Who they are, as a noun phrase with no deed in it: "我们银行网点的老柜员", "公司创始人", "退伍老兵".
_ZH_PERSON_END = re.compile(
    r"(?:[员长师生手者]|骨干|书记|主任|老兵|新人|开心果|前台|会计|医生|护士|律师|代理|客户|伙伴|合伙人|创始人|老板|"
    r"教练|长辈|晚辈|邻居|司机|保安|阿姨|大爷|大妈|房东|贵人|恩人|榜样|顶梁柱|主心骨|地接社|师傅|合作方|供应商|经销商|代理商|"
    r"大客户|新客户|老客户|甲方|东家|CTO|CEO|COO|CFO|VP|HR|[09]\d后|(?<!一个)(?<![别家老大好坏男女客主熟外])(?<=[\u4e00-\u9fff]{2})人)$"
)


def _zh_is_role(clause: str) -> bool:
    return (length_units(clause) <= 16 and bool(_ZH_PERSON_END.search(clause))
            and not _ZH_VERBISH.search(re.sub(r"^(?:[我咱]们|我的)", "", clause))
            and not _ZH_IDENTITY_END.search(clause))


def _zh_split_long(clause: str) -> list[str]:
    """A run-on clause without punctuation, cut before 一起/每天/那时… so that each part still reads whole."""
    if length_units(clause) <= 18:
        return [clause]
    parts = [p for p in re.split(r"(?=一起|每天|每次|每晚|总是|经常|那时|那年|第二天|最后|上次|上回|有一次|那次)", clause) if p]
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
    third_party = False  # the clause before spoke of someone else ("我女儿…"): a clause with no subject goes on about them
    details = _ZH_EMOJI.sub(" ", details)  # "今年销售冠军🎉 全年签了…": the user's emoji are not said back
    for raw in re.split(r"[，,。；;！!？?\n]+|\s*(?<!\d)\d{1,2}[.、)）](?!\d)\s*|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])",
                        details):
        # A long list run together with 、 ("退休医生、爱跳舞、今年刚当奶奶、每年冬天都给我寄腊肉") is several things said.
        parts = raw.split("、") if length_units(raw) > 18 and raw.count("、") >= 2 else [raw]
        for piece in (p for part in parts for p in _ZH_CONNECTIVES.split(part)):
            piece = piece.strip(" 　、~～…\"'“”")
            if piece.count("“") != piece.count("”") or piece.count("「") != piece.count("」"):
                piece = re.sub(r"[“”「」]", "", piece)  # a quote cut in two by a comma inside it
            if _ZH_ABOUT_THE_GREETING.search(piece):  # "想在这个节日给她写点走心的话" is an order, not a memory
                continue
            stripped = ""
            for noise in _ZH_NOISE:
                rest = piece[len(noise):]
                if piece.startswith(noise) and length_units(rest) >= 2 and not rest.startswith("们"):
                    piece, stripped = rest, noise
                    break
            # Turned to the recipient before a run-on is cut, so a subject goes to the sentence the user wrote,
            # not to a piece cut out of its middle ("三个人天天，咱们一起去食堂").
            turned = _zh_second_person(piece, you, others_before=bool(clauses) and third_party, first=not clauses)
            bare = _zh_second_person(piece, you, others_before=True)  # no subject put in: "退休教师" is who they are
            if not re.match(r"[你您]", bare) and _zh_is_role(bare):
                turned = bare
            third_party = bool(_ZH_THIRD_PARTY.match(piece)) or (third_party and not re.match(r"[你您他她我咱]", piece))
            said_is = stripped in ("他是", "她是")
            said_we_are = stripped in ("我们俩是", "我俩是", "我们是", "咱们是", "咱俩是")  # "同一批管培生" is both of us
            if stripped in ("他是我的", "她是我的", "是我的", "他是我", "她是我") and not re.match(r"[你您]", bare):
                turned = f"{you}是我{'的' if stripped.endswith('的') else ''}{bare}"  # "他是我的第一个老师"
            elif said_is and not re.match(r"[你您]", bare):
                turned = f"{you}是{bare}"  # "她是单亲妈妈": who they are, however the rest would read it
            elif said_we_are and _zh_is_role(turned):
                turned = _zh_we(you) + "是" + turned
            elif re.fullmatch(r"(?:今年)?[零一二两三四五六七八九十百\d]{1,3}(?:多)?(?:岁)?(?:半)?(?:了)?", turned) and (
                    "岁" in turned or turned.endswith("了")):
                turned = you + turned.rstrip("了") + "了"  # "十岁" → "你十岁了", "今年九十了" → "您今年九十了"
            elif _ZH_WHO_NP.match(bare):
                turned = f"{you}是{bare}"  # "我女儿的婆婆", "我在书画院认识的前辈": who they are, as a sentence
            elif _ZH_WE_WERE.search(bare) and not re.match(r"[你您他她我咱]", bare):
                turned = f"{_zh_we(you)}是{bare}"  # "光屁股玩到大的", "以前一个组的": what we both are
            elif (said_is or _zh_is_role(turned)) and not re.match(r"[你您]", turned):
                turned = f"{you}是{turned}"  # who they are, said to them: "你是咱们组的开心果"
            for part in _zh_split_long(turned):
                if length_units(part) >= 2:
                    # "宝贝得不得了" says how, of the clause before it: it cannot open a sentence of its own.
                    alone = not (clauses and (re.match(r"第二天|最后|然后|后来|接着", part) or _ZH_COMPLEMENT.match(part)
                                              or _ZH_LEANS.match(part)))
                    clauses.append((part, alone))
    return clauses


# Their health or a load they carry; how they are now; what they are good at.
# Where they are and what they do now: "你在深圳写代码", "您一个人住在老家镇上", "你现在做跨境电商".
_ZH_STATUS = re.compile(r"^(?:你|您)(?:们)?(?:现在|如今|目前|今年|还)?(?:一个人)?(?:在|住在|人在|定居|做|当|读|开了?|干|跑|搞|负责)")
_ZH_CARE = re.compile(r"回不来|回不去|(?:一年多|好几年|很久)没回|独居|单亲|异地|腿脚|身体不|费劲|吃力|走不动|行动不便|不好使|血压|血糖|腰不好|膝盖|颈椎|失眠|住院|手术|生病|病了|不舒服|一个人撑|撑着|操劳|常年跑")
# A hard time they helped us through (an illness, a death, a lost job): thanked, never "a fond memory".
_ZH_HARD = re.compile(r"住院|生病|病了|病房|手术|急诊|去世|过世|离世|葬礼|车祸|出事|失业|被裁|难关|最难的时候|低谷|走投无路")
_ZH_NOW = re.compile(r"^(?:你|您)?(?:现在|如今|目前)|[零一二两三四五六七八九十百\d]+岁了?$|迷上了|爱上了|退休后")
_ZH_SKILL = re.compile(r"一流|第一|拿手|一绝|很快|能干|厉害|最(?:好|强|会|拿手)")


# An achievement: "实现了盈利", "产能翻了一倍", "全年零事故", "拿了省一等奖", "粉丝破了十万", "通过了三甲评审".
_ZH_FEAT = re.compile(r"盈利|翻番|翻了?一?[倍番]|(?<!是)第一(?![次个天年回眼批届])|[一二三特]等奖|冠军|亚军|金奖|破了?[十百千万亿]|零事故|零差错|"
                      r"满分|评上|评为|当选|(?:过|通过)了?[^，]{0,4}(?:评审|考核|认证|验收)|考过了?|拿下|中标|夺冠|创了?纪录")
# Something they did for me or us: "您一点一点教我写公文", "你主动说房租可以晚点交", "陪我们验收到半夜".
_ZH_KINDNESS = re.compile(r"(?:给|帮|替|陪|教|为|带|让|借|借给|送|接|护着|罩着|照顾|关照|提携|推荐)(?:了)?(?:我|我们)(?!们?一起)"
                          r"|可以晚点|不用着急|没收钱|不收钱|自掏腰包|垫付|加急|主动|往我\S{0,4}(?:塞|放|装)|塞给我")


# What is still to come: "明年五一办婚礼", "下个月就要调去总部了", "打算开春去趟云南".
_ZH_PLAN = re.compile(r"^(?:[你您我咱]们?|[我咱]俩)?(?:明年|下个?月|下周|下半年|过几天|过完年|年后|节后|开春|马上|快要|就要|打算|准备|计划)"
                      r"|(?:明年|下个?月|下周)\S{0,4}(?:就要|要|准备|打算)|(?:约|说|定)好了(?!的)")
# What goes on and on: "每周五晚上固定掼蛋", "天天在家庭群里发养生文章", "常来店里喝茶".
_ZH_HABIT = re.compile(r"每(?:天|年|周|次|回|个月|个周末|逢)|天天|经常|常常|(?<!非)常来|总是|总(?:要|会|爱|给|喜欢)|一直(?:在|都)")
_ZH_ONE_DAY = re.compile(r"那(?:年|次|天|回|时)|有一(?:次|回|年)|当年|小时候|第一次|那一")


def _zh_kind(clause: str) -> str:
    if len(clause) <= 10 and _ZH_DURATION.match(clause):  # 毕业八年 is a span of time, not news
        return "duration"
    # 提拔了我 is something they did for me, 一起拿下 something we share: memories, not their news.
    if _ZH_PLAN.search(clause) and not _ZH_HARD.search(clause):
        return "upcoming"  # "明年三月就退休了": still to come, before it is news
    if (_ZH_NEWS.search(clause) or _ZH_FEAT.search(clause)) and not re.search(r"我|一起|一块|咱", clause):
        return "news"
    if _ZH_FEAT.search(clause):  # an achievement of ours, or one told with no subject: "今年全年零事故"
        return "feat"
    if len(clause) <= 8 and _ZH_IDENTITY_END.search(clause) and not _ZH_VERBISH.search(clause):
        return "identity"
    if re.match(r"[你您]是我的?", clause) and len(clause) <= 12 and _ZH_IDENTITY_END.search(clause):
        return "identity"  # "您是我高中班主任": who they are to me, told beside what happened, not instead of it
    # Who they are to us ("你是咱们组的开心果", "你比我大两岁"): neither news to be happy about nor a memory.
    if (re.match(r"(?:[你您]|[我咱]们|[我咱]俩)是(?!不是)", clause) and not _ZH_NEWS.search(clause)
            or re.search(r"比我[大小]|同岁", clause)):
        return "role"
    if not re.search(r"我|一起|一块|咱", re.sub(r"[和跟比]我", "", clause)):  # what is about us stays a memory
        if _ZH_CARE.search(clause):
            return "care"
        if _ZH_SKILL.search(clause):
            return "skill"
        if _ZH_NOW.search(clause):
            return "now"
        if re.match(r"[你您](?!们)", clause) and _ZH_KINDNESS.search(clause):
            return "kindness"  # "你主动说房租可以晚点交"
        if _ZH_HABIT.search(clause) and not _ZH_ONE_DAY.search(clause):
            return "habit"  # "你每年冬天都寄腊肉": what they always do
        if _ZH_STATUS.match(clause):
            return "status"  # "你在深圳写代码": where they are and what they do now
        if re.match(r"[你您](?!们)", clause) and not _ZH_HARD.search(clause):
            # Something about them alone ("你每天准时看新闻联播", "您做的红烧肉是全家最爱"): not a memory we share, so
            # no "记着呢" or "这份默契".
            return "fact"
    if _ZH_HARD.search(clause):
        return "hard" if re.search(r"我|帮|陪|照顾", clause) else "care"  # a hard time they helped us through is thanked
    if re.match(r"[你您]", clause) and _ZH_KINDNESS.search(clause):
        return "kindness"
    if _ZH_HABIT.search(clause) and not _ZH_ONE_DAY.search(clause):
        return "habit"
    return "memory"


_KIND_RANK = {"news": 4, "care": 4, "hard": 4, "feat": 4, "kindness": 3.5, "upcoming": 3.5, "habit": 3.2, "memory": 3, "status": 3,
              "fact": 3, "skill": 2, "now": 2, "role": 2, "duration": 1, "identity": 0}
# How often a single clause of each kind is the one taken.
_SINGLE_WEIGHT = {"news": 4.0, "feat": 4.0, "kindness": 4.0, "upcoming": 3.5, "habit": 3.5, "memory": 4.0, "fact": 3.5,
                  "status": 3.5,
                  "care": 4.0, "hard": 4.0, "skill": 3.0, "now": 3.0, "role": 2.5, "duration": 1.5, "identity": 1.0}
_ZH_GRIEF = re.compile(r"去世|过世|离世|病逝|后事|葬礼|追悼|走了[^，]{0,4}(?:年|个月)|被裁|裁员|失业|离婚|流产|骨折|出车祸")
# The trouble was ours, or they helped us through it: thanked, not pitied ("我失业那年他天天陪我喝酒").
_ZH_OUR_TROUBLE = re.compile(r"我[^，]{0,3}(?:失业|被裁|离婚|流产|骨折)|帮|陪|照顾|借给|张罗|准了|替我")
DETAIL_BUDGET = 300  # characters of the details the composer reads
MAX_CLAUSE_UNITS = 60  # a clause longer than this fits no draft well (a 100-200 draft holds two or three)


def _cut(clause: str) -> str:
    """The start of a run-on clause, at most MAX_CLAUSE_UNITS long, ending at a word where words are spaced."""
    words = clause.split()
    if len(words) > 1:
        return " ".join(words[:MAX_CLAUSE_UNITS])
    return clause[:MAX_CLAUSE_UNITS]


def _zh_same_subject(before: str, clause: str, lang: str) -> str:
    """The clause without its subject when the clause before it opens with the same one: "你是会计，今年考下了中级职称",
    "咱们是同一批管培生，一起在车间轮岗了半年"."""
    if lang != "zh":
        return clause
    for subject in ("咱们", "我们", "咱俩", "你", "您"):
        if clause.startswith(subject) and before.startswith(subject) and clause[len(subject):len(subject) + 1] not in (
                "们", "的", "家", "俩", ""):
            return clause[len(subject):]
    return clause


def _detail_options(details: str | None, lang: str, you: str) -> list[_Detail]:
    """The ways to use the details, from all of them to each single clause."""
    if not details or not details.strip():
        return []
    # A greeting weaves in a few clauses at most: the first DETAIL_BUDGET characters hold more than any draft can
    # use, and no clause longer than a draft's piece can fit one. Past these bounds the cost stays flat however
    # much was pasted (a long run without punctuation made every candidate piece expensive to compare).
    pairs = en_clauses(details[:DETAIL_BUDGET]) if lang == "en" else _zh_clauses(details[:DETAIL_BUDGET], you)
    pairs = [(c, a) for c, a in pairs if length_units(c) <= MAX_CLAUSE_UNITS] or [
        (_cut(c), a) for c, a in pairs[:1]]  # only run-ons: keep the start of the first one
    clauses = [c for c, _ in pairs]
    # Only a clause that stands alone may open an option; a dependent one rides along with the one before it.
    alone = [a for _, a in pairs]
    kinds = [(en_kind if lang == "en" else _zh_kind)(c) for c in clauses]
    options: list[_Detail] = []
    seen: set[str] = set()

    def add(idx: list[int], weight: float) -> None:
        if not alone[idx[0]]:
            return
        while idx[-1] + 1 < len(clauses) and not alone[idx[-1] + 1]:
            idx = [*idx, idx[-1] + 1]
        glue = {(True, "en"): ", ", (False, "en"): " ", (True, "zh"): "，", (False, "zh"): "，"}
        first = clauses[idx[0]]
        if len(idx) > 1 and lang == "zh" and kinds[idx[0]] == "identity" and not re.match(r"[你您咱]|我[们俩]", first):
            first = f"{you}是{first}"  # "我的博士导师，今年刚评上院士": who they are, said as a sentence before the rest
        text = first + "".join(glue[alone[i], lang] + _zh_same_subject(clauses[prev], clauses[i], lang)
                               for prev, i in zip(idx, idx[1:]))
        if text in seen:
            return
        seen.add(text)
        kind = max((kinds[i] for i in idx), key=_KIND_RANK.__getitem__)
        if lang == "zh" and _ZH_GRIEF.search(details) and not _ZH_OUR_TROUBLE.search(details):
            kind = "care"  # "他父亲今年去世了，请了两周假回老家": nothing in it is news, a feat or a fond memory
        elif lang == "zh" and kind == "news" and _ZH_FEAT.search(text) and re.search(r"我们|咱们|咱俩|我俩", text):
            kind = "feat"  # "今年我们…，实现了盈利": the good news is ours
        single = len(idx) == 1
        askable = single and kind == "memory" and not re.search(r"了|吗|呢|？|\?", text) and length_units(text) <= 16
        yichang = kind == "identity" and lang == "zh" and not re.match(r"[你您]是", text) and bool(re.search(r"(?:室友|同学|同事|朋友|战友|搭档|兄弟|姐妹|"
                                                                         r"舍友|队友|校友|发小)$", text))
        options.append(_Detail(text, kind, single, weight, askable, yichang))

    if clauses:
        add(list(range(len(clauses))), 3.0)
    for i in range(len(clauses) - 1):
        if len(clauses) > 2:
            add([i, i + 1], 1.5)
    # A single clause should be the telling one: "留灯" rather than "大学室友" when the user gave both.
    telling = any(k not in ("duration", "identity", "role") for k in kinds)
    for i, kind in enumerate(kinds):
        if telling and kind in ("duration", "identity", "role"):  # "你是河南人" beside what they did: the deed
            continue
        # A later clause that names nobody ("每次都不收钱", "今年并网发电了") leans on the ones before it: alone it is
        # a fragment, so it is taken alone only rarely.
        leans = lang == "zh" and (i > 0 and not re.search(r"[你您我咱他她]|[A-Za-z]", clauses[i])
                                  # "有一次我没带钱": a story's setting, whose point is in the clause after it
                                  or i + 1 < len(clauses) and bool(re.match(r"有一(?:次|回)|那(?:次|天|年|回)", clauses[i])))
        add([i], (0.25 if leans else 1.0) * _SINGLE_WEIGHT[kind])
    return options
