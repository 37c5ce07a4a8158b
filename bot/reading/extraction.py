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

from bot.domain import LENGTHS, OCCASIONS, RELATION_CATEGORIES, SLOT_NAMES, STYLES, Slots
from bot.reading.homophones import fix_slips
from bot.reading.recipient import (
    _ZH_RELATION_RE,
    _name_like,
    called_name,
    detect_language,
    extract_name,
    extract_relation,
    i_call,
    relation_category_of,
    told_relation,
)
from bot.reading.target import ask_target, category_of_target
from bot.reading.vocabulary import (
    ADDRESSABLE_RELATIONS,
    KIN_SINGLE,
    NOT_NAMES,
    RELATIONS_EN,
    RELATIONS_ZH,
    STYLE_PATTERNS_ZH,
    SURNAMES,
)
from bot.writing import holidays

if TYPE_CHECKING:
    from bot.writing.llm import LLMClient

log = logging.getLogger(__name__)

# Chat-style messages break clauses with a single space or an emoji too ("端午🐲给老舅写个祝福 他包粽子一绝").
_CLAUSE_SPLIT = re.compile(
    r"[，,。；;！!？?\n]+|\s{2,}|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])|(?<=[A-Za-z])\s+(?=[\u4e00-\u9fff])|"
    r"\s*[\U0001F300-\U0001FAFF\u2600-\u27BF][\U0001F300-\U0001FAFF\u2600-\u27BF\u200d\ufe0f]*\s*"
)
_EN_CLAUSE_SPLIT = re.compile(r"[,;.!?\n]+|\s+-\s+|\band\b(?=\s+(?:we|i|she|he|they|keep|make)\b)", re.I)



from bot.reading.form import extract_length, extract_occasion, extract_style

_HISTORY_ZH = re.compile(
    r"一起|年了|多年|认识|那年|当年|去年|前年|今年|上个?月|上周|上次|以前|之前|曾经|小时候|从小|帮(?:过|了|我)|总是|总给|"
    r"经常|每次|每年|第一次|刚(?:升|结|生|毕|换|搬|入|考|买|拿|做|当)|陪|照顾|带(?:我|过)|教(?:过|我|了)|喜欢|爱(?:吃|喝|打|看|玩)|"
    r"项目|毕业|同住|住过|[一二两三四五六七八九十\d]+年|加班|熬夜|出差|升职|考上|结婚|宝宝|孩子|搬家|旅行|旅游|一块|共事|"
    r"同事过|一直|老是|最近|刚|创业|送过|请过|救过|借过|投了|投过|我们|我俩|咱俩|咱们|平时|关照|半年|进步|做(?:完|了|过)|"
    r"[他她](?:一个人|现在|今年|还|正)?在|都是|当年|那时|那次|有一次|现在|退休|住在|一个人|送的|送我|送了|胖了|瘦了|转正|"
    r"涨了|拿了|考了|学会|开始学|迷上|是(?:个|一个|一名|一位)|辛苦|收养|养了|再也|终于|那会|"
    r"下周|下个?月|明年|马上要|即将|(?<!作)合作(?!方|伙伴)|[一二两三四五六七八九十\d]+岁|"
    # what happened or keeps happening: "住院那两个月", "每天接送孙子", "见过三次面", "孙子出生了", "双十一的时候"
    r"住院|全靠|那(?:两|几|一)(?:个月|年|天)|那段时间|(?<![话频面化])的时候(?!念|说|读)|每天|(?<![今明昨后前每])天天|每周|坚持|出生|(?<![不没])[见去吃聊住玩陪请]过|"
    r"在[\u4e00-\u9fffA-Za-z]{1,6}(?:读书|工作|上班|上学|打工|创业|当兵|读研|读博)|"
    # a pet (its name is a detail of their life), a time they were there for us, what they became
    r"猫|狗|兔子|鹦鹉|仓鼠|乌龟|柴犬|金毛|泰迪|刺猬|宠物|当时|免费|捡(?:回|到)|生病|那阵|前两天|前几天|给我(?:煮|做|送|买|带|修)|"
    r"升了|当上|当了|带大|养大|拉扯大|上岸|考过|看着(?:我|我们)长大|"
    r"(?:是|对方是)?做[\u4e00-\u9fff]{2,6}的(?:那家)?$"  # "客户，做跨境电商的": their trade tells of them
)
_HISTORY_EN = re.compile(
    r"\b(?:we|we've|we're|we'd|together|\d+\s+years?|years?\s+ago|last\s+year|this\s+year|since|used to|always|"
    r"first|every|ago|just|recently|when I|still|the reason|became|before I|[a-z]{3,}ed|wrote|taught|gave|took|made|got|went|won|built|ran|sent|lent|"
    r"drove|rode|flew|bought|brought|rebuilt|found|held|led|paid|told|fed|spent|caught|loves?|is learning|"
    r"grew up|known|met|shared|kept|was|were|been|let me|(?:two|three|four|five|six|seven|eight|nine|ten)\s+years?|"
    r"turns\s+\d+|\d+(?:st|nd|rd|th)|never|(?:she|he)'s never)\b",  # "she turns 18", "grandma's 90th", "never once lost"
    re.I,
)
_REQUEST_ZH = re.compile(r"帮我(?:给|写|整|弄|想|起草|拟|出)|帮忙写|(?<![他她还都常总天])给[^，,]{0,12}(?:写|发|整|(?<![过回进出上下起])来|弄)(?![了过])|写(?:一|条|个|段|封|几)|发(?:一|条|个)|请写|拜个年|来一条|来条|整一条|整条")
# An ask, at the head of its clause ("Write something for…", "can you draft…"); "she taught me how to make" is no ask.
_REQUEST_EN = re.compile(r"(?:\W*(?:hey|hi|ok|so|and|also|please|pls|can you|could you|would you|can u|i need|i want|"
                         r"i'd like)\W+)*(?:write|draft|help|make|compose|send|create|need|want|give me|can you|could you|"
                         r"please)\b", re.I)
# "她是我们公司的大客户": a clause that ends in who they are describes the relation ("就只让丈母娘抱" goes on).
_ENDS_WITH_RELATION = re.compile(f"(?:{_ZH_RELATION_RE.pattern})$")
_DETAIL_LEAD = re.compile(r"^(?:而且|并且|另外|还有|对了|哦对|然后|其实|因为|(?:他|她|ta|TA|对方)(?:是|跟我|和我)?)")


_NOT_A_DETAIL_ZH = re.compile(
    r"^(?:最好|记得|别|不要|不用|要(?!是)|就当|就像|虽然)|"  # an instruction: "最好有点AI味儿", "就当是…那种话"
    r"^(?:救命|哈+|谢谢|拜托|麻烦|急|在吗|求|嗯+|那个|就是|对了|好的|行|ok)[啊呀吧了!！～~]*$|"
    r"^(?:没啥|没什么|没有什么|没有|没)(?:特别|特殊|好说|可说|要说)?的?[啊呀吧了!！～~]*$|"  # "没啥特别的": nothing to tell
    r"(?:叫|名字是|姓)[\u4e00-\u9fffA-Za-z]{1,5}$|"  # "她叫莉莉": the name, not a story
    r"^(?:[他她]|对方)?(?:是|就是)(?:我|我们)(?:的|家的?)?[\u4e00-\u9fffA-Za-z]{1,8}$|"  # "她是我大学室友"
    r"(?:节|元旦|春节|除夕|中秋|端午|七夕|生日|重阳|冬至|元宵|国庆|圣诞)[^，,]{0,3}(?:快到了|到了|要到了|马上就到)|明天就是|"
    r"^(?:今天|明天|后天)是\S{0,12}(?:生日|节)$"
)
# Never a story, whatever history word they hold: "督导下周生日", "鼓励鼓励他们", "我们很熟", "我们是分包", "就写Dmitri吧"
# (when, what to do, how close, who we are to them, the name).
_NO_STORY = re.compile(
    r"^\S{0,6}(?:下周|下个?月|明天|后天|今天|这周|周末)\S{0,2}(?:过)?生日$|^([\u4e00-\u9fff]{2})\1(?:他|她|他们|她们|大家)?$"
    r"|^(?:我们|我俩|咱们)(?:很|挺|比较|特别)?熟|不爱看|(?:不用|不玩|不会用|不怎么用)(?:微信|智能机|手机)|^(?:[他她])?不是|^(?:我)?(?:一直|从小)?(?:就)?(?:喊|叫)(?:他|她)\S{1,4}$|吃这套|英文名|(?:一直|都)这么(?:叫|喊)|当着\S{0,3}面|^(?:我们|我)是(?:他们|对方)?的?[\u4e00-\u9fff]{1,4}$|^(?:就写[A-Za-z\u4e00-\u9fff]{1,10}吧?|写[A-Za-z\u4e00-\u9fff]{1,8}吧)$")


# "你直接写", "你看着办", "丢到我们家那个群里": left to us, or where it goes; no story.
_LEFT_TO_US = re.compile(r"^(?:你)?(?:直接|看着|随便|自己)(?:写|办|来|发挥|弄)|^(?:丢|发|放)(?:到|在|给)?[^，,]{0,12}群")


# "给帮我打赢劳动仲裁的黎律师写", "给陪我复健半年的康复师写": who they are, told by what they did for us.
_WHO_DID = re.compile(r"给((?:帮|陪|教|带|救|替|借)(?:过|了)?(?:我|我们|我家|我爸|我妈)[\u4e00-\u9fff]{2,14}?)的")
# "给在医院值班的女朋友写", "给买了我们三套房的客户写", "给上次带我们去贵州的导游写": what they do or did, said before
# the word for who they are.
_WHO_DOES = re.compile(r"给((?!我们?(?:家|公司|单位|部门|组|班|店)?的)[\u4e00-\u9fff]{3,16}?)的(?:老)?([\u4e00-\u9fff]{2,5}?)"
                       r"(?:们)?(?:写|发|送|拜|准备|整|弄)")
_DOES = re.compile(r"[了过在]|常|一起|上次|去年|刚|退休|值班|住院|订|买|带|教|陪|帮|开")


def _said_of_them(clause: str) -> bool:
    """A clause that tells something about the recipient although no history word marks it ("他包粽子一绝",
    "每周三次课从不迟到"), and is not an instruction, the name, the relation or the holiday."""
    if len(clause) < 4 or _NOT_A_DETAIL_ZH.search(clause):
        return False
    if extract_style(clause) or extract_length(clause) or extract_occasion(clause):
        return False
    if holidays.find_holiday(clause) and len(clause) <= 10 and not re.search(r"[他她](?:还|又|都|也)|轮到[他她]", clause):
        return False  # "下周就是元宵了"; but "这个元宵又轮到她值班", "他还记得我生日" tell of them
    return bool(re.search(r"[他她您你]|每|总|从|都|还|特别|非常|最|一绝|厉害|好吃|拿手|会|能", clause))


_STYLE_WORDS_ZH = "|".join(sorted((re.escape(w) for ws in STYLE_PATTERNS_ZH.values() for w in ws), key=len, reverse=True))
# Where a message typed by voice, without a single comma, turns from one thing to the next: before 他/她 start
# a sentence about the recipient, and before an instruction (喜庆一点, 短一点, 五十字以内).
_VOICE_BREAK = re.compile(
    rf"(?<=[\u4e00-\u9fff])(?<![给跟和对帮让送是说叫找请陪等问教带替为被把其吉])(?=[他她](?!们|的|家|那|这)|"
    rf"(?:{_STYLE_WORDS_ZH})(?:一)?点|(?:简短|短)一?点|[一二两三四五六七八九十百\d]+(?:个)?字|你(?:就|再|帮我|给我)?写|"
    rf"写(?=(?:个)?[一二两三四五六七八九十百\d]+(?:个)?字|短|长一?点)|"
    rf"你(?:可以|能不能|看着|帮我|给我))"
)


def _voice_split(part: str) -> list[str]:
    """A long run without punctuation, cut where it turns to a new thing; anything else as it is."""
    if len(part) <= 20 or re.search(r"[，,。；;！!？?]", part):
        return [part]
    return [p for p in _VOICE_BREAK.split(part) if p]


def extract_details(text: str) -> str | None:
    """The shared-history clauses, in the user's words, without the request and instruction parts."""
    english = detect_language(text) == "en"
    parts = _EN_CLAUSE_SPLIT.split(text) if english else [
        piece for part in _CLAUSE_SPLIT.split(text) for piece in _voice_split(part or "")]
    keep: list[str] = []
    kept_last = False
    for raw in parts:
        clause = (raw or "").strip(" ：:、\"'“”")
        if not clause:
            continue
        after_detail, kept_last = kept_last, False
        if english:
            if not _HISTORY_EN.search(clause) or (_REQUEST_EN.match(clause) and not re.search(r"\bwe\b", clause, re.I)):
                continue
            clause = re.sub(r"^(?:and|also|oh|btw|plus)\s+", "", clause, flags=re.I)
            if len(clause.split()) < 3:  # "relaxed", "make it long": instructions, not history
                continue
            if re.fullmatch(r"(?:keep it|make it).*", clause, re.I):
                continue
        else:
            # "我徒弟今年进步很大，独立负责了一条产线": a clause without a subject that goes on with what was done.
            does = _WHO_DOES.search(clause)
            if does := does if does and does.group(2) in RELATIONS_ZH and _DOES.search(does.group(1)) else None:
                keep.append(does.group(1))
            if _NO_STORY.search(clause):
                continue
            goes_on = after_detail and re.match(r"[\u4e00-\u9fff]{1,5}[了过][\u4e00-\u9fff]", clause) is not None
            if not _HISTORY_ZH.search(clause) and not _said_of_them(clause) and not goes_on:
                continue
            if re.fullmatch(r"(?:我|我们|咱们|大家)?(?:一般|平时|平常|一直)?都?(?:叫|喊|称呼)(?:他|她)?[\u4e00-\u9fffA-Za-z]{1,5}", clause) \
                    or re.fullmatch(r"(?:[他她]让)?(?:我们|咱们|大家)?都?(?:这么|这样)(?:叫|喊|称呼)(?:他|她)?", clause):
                continue  # "我们叫她祝姐": what they are called, not a story
            if _LEFT_TO_US.match(clause) or (holidays.find_holiday(clause) and len(clause) <= 8
                                              and re.search(r"不是|^就|[嘛吧]$", clause)):
                continue  # "你直接写", "丢到我们家那个群里", "下周不是冬至嘛": instructions and the holiday
            if (relative := _WHO_DID.search(clause)) and not does:
                keep.append(relative.group(1))  # "给帮我打赢劳动仲裁的黎律师写": what they did for us
            if _REQUEST_ZH.search(clause):
                # "帮我给老王写一条，我们认识八年了" splits on the comma; a clause that is both a request and
                # a history ("给一起熬夜的老王写") keeps only what follows the verb.
                tail = re.split(r"(?:写|发|整|来|弄)(?:一|条|个|段|封)*(?:拜年|祝福|微信|消息|短信|话)?", clause, maxsplit=1)
                clause = tail[1].strip() if len(tail) > 1 else ""
                if not clause or not (_HISTORY_ZH.search(clause) or _said_of_them(clause)) \
                        or re.match(r"几句|一段|一些|些|点", clause):  # "帮我写几句他爱听的": what to write
                    continue
            clause = _DETAIL_LEAD.sub("", clause)
            shared_past = re.match(r"(?:我们|咱们|我俩)(?:小学|初中|高中|大学|那会|当年|以前)", clause)  # "我们高中就是同桌"
            if _ENDS_WITH_RELATION.search(clause) and not shared_past \
                    and not _HISTORY_ZH.search(re.sub(r"我们|咱们|我俩|[他她]在|以前的|之前的", "", clause)):
                continue  # "她是我们公司的大客户" describes the relation, not a shared history
            if re.fullmatch(r"(?:\d+|[一二两三四五六七八九十百]+)\s*(?:到|至|-|~)?.*字.*", clause):
                continue
        if len(clause) >= 2:
            keep.append(clause)
            kept_last = True
    if not english:
        keep = _with_what_to_mention(text, parts, keep)
    if not keep:
        return None
    return (", " if english else "，").join(keep)


# "提一下土豆", "提提阿灵但别太伤感", "重点说说她当了妈妈这件事": what the user asks the greeting to mention.
_MENTION = re.compile(r"(?:提(?:一下|提|到|一提|一句|一嘴|一笔)|说说|写写|带上|就(?:说|提)(?=那|这|“|\")|就写(?![个条段封几一点得短长]|[A-Za-z]{2,12}吧?(?:$|[，,。]))|"
                      r"重点(?:说|写|提))(?:那个|这个|一下|那|这)?"
                      r"[“\"]?([\u4e00-\u9fffA-Za-z]{1,8}?)[”\"]?"
                      r"(?:的事|这件事|那件事|那个事|那事)?(?=[，,。！!？?；;\s]|但|吧|$)"
                      # "把冷链车那晚写进去", "把她的拉花也写上"
                      r"|把([\u4e00-\u9fffA-Za-z]{1,8}?)(?:的事|那件事|那晚|那次|那天)?也?(?:写进去|写上|加进去|放进去|带上|提一下)")


def _with_what_to_mention(text: str, parts: list[str], keep: list[str]) -> list[str]:
    """The details, plus the story's clause about anything the user asked to mention that they lack."""
    for m in _MENTION.finditer(text):
        wanted = m.group(1) or m.group(2)
        wanted = wanted.split("那")[0] or wanted  # "夜市那八个月": the thing, not the time
        if wanted.endswith("的") or any(wanted in k for k in keep):  # "就写通用的吧": a kind of greeting
            continue
        told = next((p.strip() for p in parts if p and wanted in p and not _MENTION.search(p)
                     and not _REQUEST_ZH.search(p)), None)
        keep.append(told or wanted)
    return keep


SURNAME_CHARS = "".join(sorted(SURNAMES))


def _plausible_name(name: str, text: str) -> bool:
    """What no one is called: a phrase that starts with a particle or a pronoun ("的救护车", "到办公室", "我起床"),
    a surname and 老 that is really 老公 or 老婆 ("我和老公": 和 is a surname too), a place in English ("in Dublin",
    "moved to Rotterdam"; but "a note to Mr. Tanaka")."""
    if re.match(r"[的到我你和跟在把被从]", name) and not re.fullmatch(rf"[{SURNAME_CHARS}][老总]", name):
        return False
    if any(text[max(0, m.start() - 2):m.end()] in RELATIONS_ZH or text[max(0, m.start() - 1):m.end()] in RELATIONS_ZH
           for m in re.finditer(re.escape(name), text)) and name not in RELATIONS_ZH:
        return False  # "家庭医生" names no 庭医生
    if re.match(_STYLE_WORDS_ZH, name):
        return False  # "随意点就行": how to write, not whom to
    if name.endswith("老") and re.search(rf"{re.escape(name)}(?:公|婆|师|板|家|乡|伴|大|友)", text) \
            and not re.search(rf"{re.escape(name)}(?![公婆师板家乡伴大友])", text):
        return False
    return not (name.isascii() and re.search(rf"\b(?:in|from|at|near|around|(?:moved|move|moving|flew|went|back) to)\s+{re.escape(name)}\b", text))


# Who the user is to them, said outright: their boss ("我是店长", "我是他老板"), or someone they lead ("我是她带的").
_I_AM_THEIR_BOSS = re.compile(r"我是(?:[他她]们?的?)?(?:店长|老板|老板娘|领导|经理|主管|组长|上司|项目经理|队长|厂长)(?![的里])")
_I_WORK_UNDER_THEM = re.compile(r"我是(?:[他她]们?)(?:组里的|带的|手下的?|的下属|团队的)")
# A name given, then taken back: what they are called after the correction is their name.
_NAME_CORRECTED = re.compile(r"叫[^，,。！!？?]{1,6}?(?:不对|哦不|说错了)(?:不对)?")
_TOLD_ONLY = re.compile(r"(?:[他她]|TA|ta)?(?:就)?是(?:我|我的|我们)(?:的|家的?)?[\u4e00-\u9fff]{1,5}[。.!！]?")
_NAME_SLIP = re.compile(r"叫[\u4e00-\u9fffA-Za-z]{2,4}?(?:不对)+(?:是|叫)([\u4e00-\u9fffA-Za-z]{2,4}?)(?=我们|他|她|[，,。\s]|$)")
_NOT_BUT = re.compile(r"不是(?:我的?)?[^，,。]{1,6}?(?:哈|啦|呀|啊)?[，,\s]+(?:而)?是(?:我们?|我的)?([^，,。]{1,16})")
_RENAMED = re.compile(r"(?:不对|算了)[^。！!？?]{0,10}?(?:就)?叫(?:他|她)?([\u4e00-\u9fffA-Za-z]{2,4}?)(?:吧|就行|就好)")


def extract_rules(text: str) -> Slots:
    """Every slot the rules can read from one message; `None` where nothing was said."""
    text = re.sub(r"给[「“\"『]([^」”\"』]{1,8})[」”\"』]", r"给\1", text.strip())  # 给「大饼」写: the name, unquoted
    meant = fix_slips(text)  # 中球节 → 中秋节, 领倒 → 领导; same length, so positions still match the text
    # The ask names whom it is for ("给我的硕导——尹老师写"); the rest of the message may name others.
    target_name, target_relation = ask_target(meant) or (None, None)
    if target_relation and "的" in target_relation and not target_name:
        name = i_call(meant) or called_name(meant)  # "发小的妈妈": someone else's kin, addressed as the user says
    else:
        name = target_name or extract_name(meant, extract_relation(meant)[0])
        if not target_name and target_relation and (name in RELATIONS_ZH or name in KIN_SINGLE) \
                and name != target_relation:
            name = None  # "给闺女的班主任写": the ask named a 班主任; 闺女 is someone else in the message
        elif not target_name and target_relation and name \
                and re.search(rf"{re.escape(name)}(?:那边|这边)?的{re.escape(target_relation)}", meant):
            name = called_name(meant)  # "他们车队的领队": whose 领队 it is (车 is a surname, 队 a title) names nobody
    if name and (seen := [meant[m.start():m.end() + 1] for m in re.finditer(re.escape(name), meant)]) \
            and all(len(s) > len(name) and s in NOT_NAMES for s in seen) or name and not _plausible_name(name, meant):
        name = None  # "老房子" names no 老房
    if slip := _NAME_SLIP.search(meant):
        name = slip.group(1)  # "她叫阿泓不对不对是阿淇"
    elif not name and (english := re.search(r"英文名(?:叫|是)?\s*([A-Z][A-Za-z]+)", meant)):
        name = english.group(1)  # "她英文名Siobhan"
    if renamed := _RENAMED.search(meant):
        name = renamed.group(1)  # "给老幸写…啊不对别叫老幸了叫幸总吧": the name said after the slip
    elif (turn := _NAME_CORRECTED.search(meant)) and (later := called_name(meant[turn.end():])):
        name = later  # "叫老佘不对不对叫佘总", "他叫老谈哦不对老谈是他组长他叫阿柯"
    called_by_me = i_call(meant)
    if called_by_me and not _name_like(called_by_me):
        called_by_me = None  # "我叫他来城里住" tells what was asked of him, not what he is called
    if name and name == target_relation and (name not in ADDRESSABLE_RELATIONS or called_by_me):
        # "给我前领导写…叫方姐", "给我继父写…我一直叫他老林": the relation was said, the name comes later
        name = called_by_me or called_name(meant) or name
    if name and name == target_relation and (later := re.search(
            rf"{re.escape(name)}([\u4e00-\u9fff]{{2}}|[A-Z][a-z]+)(?=[，,。！!？?\s]|$)", meant)) \
            and _name_like(later.group(1), after_relation=True) and later.group(1) not in RELATIONS_ZH \
            and not re.match(r"[拜送写发说打问带做请给买寄祝过去来回看陪也都还就今明年最]", later.group(1)):
        name = later.group(1)  # "给她表哥写…就是我老婆的表哥大鹏": named right after the word later on
    category = category_of_target(target_relation) if target_relation else None
    if (really := _NOT_BUT.search(meant)) and (told := extract_relation(really.group(1))[0]):
        target_relation, category = told, relation_category_of(told)  # "她不是老师哈，是我们公司的会计"
    relation = target_relation if category else None
    if category == "其他" and (told := told_relation(meant)):
        relation, category = told  # "给我们家大厨写…就是我老公"
    if relation is None:
        # The ask named them without a relation ("我闺女小满想给幼儿园的彭园长送张贺卡"): whoever the message names
        # before that 给 is on the asking side.
        ask = re.search(rf"(?:^|[，,。！!？?；;\s])([^，,。！!？?；;\s]*?)给[^，,。！!？?]{{0,12}}?{re.escape(target_name)}",
                        meant) if target_name else None
        relation, category = extract_relation(meant, name, askers=ask.span(1) if ask else (0, 0))
    if category not in (None, "家人", "恋人", "老师") and (_I_AM_THEIR_BOSS.search(meant) or relation and re.search(
            rf"(?:手下的?|跟了我\S{{0,4}}的)\S{{0,4}}{re.escape(relation)}", meant)):
        category = "下属"  # "小覃是我们店新来的收银员，我是店长"
    elif category not in ("家人", "恋人", "老师", "领导") and _I_WORK_UNDER_THEM.search(meant):
        category = "领导"  # "我是他组里的postdoc", "我是她带的授薪律师"
    if name:
        # "给大伯哥一家写", "老祁都是我同事": the household or a following word is no part of the name
        name = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:一家(?:人)?|全家|两口子|夫妇|夫妻|都|也)$|^(?:一家(?:人)?|全家)$", "", name) or None
    if name and _TOLD_ONLY.fullmatch(meant):
        name = None  # "她是我嫂子" answers "who is it to you?": the relation, not how they are addressed
    if name and (at := meant.lower().find(name.lower())) >= 0:
        name = text[at:at + len(name)]  # the name as the user wrote it ("Dad", not the vocabulary's "dad")
        if text[at + len(name):at + len(name) + 1] == "儿" and re.fullmatch(r"[\u4e00-\u9fff]{2}", name):
            name += "儿"  # "老伴儿", "媳妇儿": said with its 儿
    return Slots(
        name=name,
        relation=relation,
        relation_category=category,
        details=extract_details(text),
        occasion=extract_occasion(meant),
        style=extract_style(meant),
        length=extract_length(meant),
        holiday=holidays.find_holiday(re.sub(r"拜(?:个|一个|了个)年", "拜年", meant)),
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

    The rules always run; the model, when reachable, fills only the slots the rules left empty. It is not asked
    when the rules found all six details (a complete request costs no model call) or when vLLM is overloaded (at
    除夕 20:00 the model's time goes to drafts, and the rules' reading is what the person would get anyway).
    """
    from bot.writing.llm import LLMError

    rules = await asyncio.to_thread(extract_rules, text)  # regex work over the whole message: off the event loop
    if llm is None or all(getattr(rules, k) for k in SLOT_NAMES):
        return rules, "rules"
    if (waiting := await llm.overloaded()) is not None:
        log.info("model overloaded (%g waiting): the rules alone read the request", waiting)
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
