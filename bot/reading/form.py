"""The form the greeting should take, as the user asks for it: its length ("五十字以内", "short"), its style
("喜庆点", "别太正式", "带点程序员梗") and how it will be sent or said ("视频的时候念", "发家族群里")."""

from __future__ import annotations

import re

from bot.reading.vocabulary import (
    OCCASION_PATTERNS,
    STYLE_HINTS_ZH,
    STYLE_PATTERNS_EN,
    STYLE_PATTERNS_ZH,
    STYLE_WHEN_NEGATED_ZH,
)
from bot.writing import holidays

# Chinese numerals as people write lengths: 五十, 一百, 两百, 一百五, 七八十.
_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _cn_number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    m = re.fullmatch(r"([一二两三四五六七八九])?百([一二两三四五六七八九])?([一二两三四五六七八九])?(?:十)?", word)
    if m:  # 一百五 → 150, 一百三四十 → the upper of the two, 140
        hundreds = _DIGITS[m.group(1)] if m.group(1) else 1
        tens = _DIGITS[m.group(3) or m.group(2)] * 10 if m.group(2) else 0
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


_NUM = r"(\d+|[一二两三四五六七八九]?百[一二两三四五六七八九]{0,2}十?|[一二两三四五六七八九]{1,2}十[一二三四五六七八九]?)"


# "\b" would not hold between a Latin word and a Chinese character ("business风格"); this does.
_ASCII_EDGE = r"(?:(?<![A-Za-z])(?=[A-Za-z])|(?<=[A-Za-z])(?![A-Za-z]))"


def extract_length(text: str) -> str | None:
    """The length bucket asked for; when the user changes their mind ("一百字左右算了…五十个字以内就行"), the last."""
    if (turn := _CHANGED_MIND.search(text)) and (later := _length(text[turn.end():])):
        return later
    return _length(text)


_CHANGED_MIND = re.compile(r".*(?:算了|不对|哦不|还是|太长了|太短了|(?:哎呀|啊|哦|呃)不是)")


def _length(text: str) -> str | None:
    t = re.sub(r"(?<=[十百\d])\s*[自子](?=左右|以内|之内|上下|内|$|[，,。！!\s])", "字", text.lower())  # 五十自左右: a pinyin slip
    t = re.sub(r"(?<=[一两二三四五六七八九])[白佰](?=字|来字|多字)", "百", t)  # 一白字: 一百字
    t = re.sub(r"(?<=字)左[佑又]", "左右", t)
    t = re.sub(r"(?<=字)一内", "以内", t)  # 五十字一内
    m = re.search(_NUM + r"\s*(?:个?字)?\s*(?:到|至|-|~|～|—|－|to)\s*" + _NUM + r"\s*(?:个)?(?:字|words?|characters?|chars?|之间)", t)
    if m:
        low, high = _cn_number(m.group(1)), _cn_number(m.group(2))
        if low is not None and high is not None:
            return bucket_for((low + high + 1) // 2 if high > low else high)
    m = re.search(r"(?:under|within|less than|no more than|at most|max(?:imum)?|不超过|不要超过|别超过)\s*" + _NUM, t)
    if m and (n := _cn_number(m.group(1))) is not None:
        return bucket_for(n)
    m = re.search(r"(?:at least|no less than|more than|over|不少于|不要少于|别少于|至少|起码|超过)\s*" + _NUM, t)
    if m and (n := _cn_number(m.group(1))) is not None:
        return bucket_for(n + 1)  # "不少于一百字": more than the 50-100 bucket holds
    m = re.search(_NUM + r"\s*(多|来)?\s*(?:个)?(?:字|words?|characters?|chars?)\s*(以内|以下|之内|内|左右|上下|出头|多)?", t)
    if m and (n := _cn_number(m.group(1))) is not None:
        if m.group(3) in ("以内", "以下", "之内", "内") and n in (100, 200):
            return "50-100" if n == 100 else "100-200"
        return bucket_for(n + 1 if "多" in (m.group(2), m.group(3)) or m.group(3) == "出头" else n)
    # A long story may say "一两句话" in passing before asking "写长一点": the last cue is what is asked for.
    short = [m.span() for m in re.finditer(r"短一点|短点|短些|简短|(?:写|来|整)(?:个|条|段|几句)短的|简段|简断|就两行|两行吧|简洁|简单点|一两句|一句话|两句话|两三句|写两句|说两句|短小|精简|短短|简单几句|几句就|"
                 r"(?:别|不要|不用|不必|无需)(?:写|整|弄)?(?:得)?太长|(?<!别的)(?<!其他)(?:别|不要|不用|不必|无需)(?:写|整|弄)?(?:得)?太多|(?:写|来|整)(?:一|个)句(?:话)?(?=$|[，,。！!\s吧就祝]|的)|"
                 r"\bnothing (?:too )?long\b|\bnot too long\b|\b(?:a )?couple (?:of )?(?:lines|sentences)\b|"
                 r"越短越好|[一两三]句(?:话)?(?:以内|之内|就行|就好|就够)|[一两三]行字?(?:以内|之内|就行)|两三行|几行就|几行字|不爱看字|"
                 rf"{_ASCII_EDGE}(?:short|brief|concise|quick){_ASCII_EDGE}|one[- ]liner|"
                 r"\b(?:one|two|three|1|2|3)(?:\s*(?:-|to|or)\s*(?:two|three|2|3))?\s+(?:short\s+)?(?:sentences?|lines?)\b|"
                 r"\ba few (?:words|lines)\b", t)]
    long = [m.start() for m in re.finditer(r"长一点|长点|长些|详细|多写点|多写一些|丰富一点|写长(?!了)|一大段|小作文|长文|\blong(?:er)?\b|\bdetailed\b", t)
            if not any(a <= m.start() < b for a, b in short)]  # "not too long" is a short cue
    if short or long:
        return "<=50" if max((a for a, _ in short), default=-1) > max(long, default=-1) else "100-200"
    if re.search(r"中等|适中|不长不短|\bmedium\b", t):
        return "50-100"
    return None


_STYLE_EN = {style: [re.compile(p.replace(r"\b", _ASCII_EDGE), re.I) for p in ps] for style, ps in STYLE_PATTERNS_EN.items()}


# "别太正式", "不喜欢太正式的东西", "别整得太官方": a "not" shortly before a style word, in the same clause.
_NEGATED = re.compile(r"(?:(?<![特区分告级类识性派])别|不要|不用|不必|不能|无需|不喜欢|不想|不许|避免)[^，,。.！!？?；;\s]{0,6}$|不$")
# What a "not" before a style asks for instead: not formal is relaxed, not casual is formal.
_OPPOSITE = {"商务得体": "轻松自然", "轻松自然": "商务得体"}


def _negated(text: str, at: int) -> bool:
    return bool(_NEGATED.search(text[max(0, at - 8):at]))


# Style words that say something else when followed by these: 正式员工, 客气话 (what they don't like to hear),
# 正经给她写 (writing at last, not a register).
_NOT_AFTER = {"正式": "(?!员工|工|入职|上班|编制)", "客气": "(?!话)", "正经": "(?!给|地|写|跟|说)"}


def extract_style(text: str) -> str | None:
    """The style asked for. Styles are tried in a fixed order (a tech joke is the most specific ask, then
    business, tradition, ease); a style word with a "not" before it asks for the opposite register instead."""
    asked: set[str] = set()
    for style, words in STYLE_PATTERNS_ZH.items():
        for word in (*words, *STYLE_HINTS_ZH.get(style, ())):
            for m in re.finditer(re.escape(word) + _NOT_AFTER.get(word, ""), text):
                wanted = _OPPOSITE.get(style) if _negated(text, m.start()) else style
                if wanted:
                    asked.add(wanted)
    for word, style in STYLE_WHEN_NEGATED_ZH.items():
        if any(_negated(text, m.start()) for m in re.finditer(word, text)):
            asked.add(style)
    if re.search(r"(?:程序员|码农|代码|技术|算法|极客|AI|大模型|coding|code|tech|IT|bug|程序)[^，,。！!？?]{0,8}梗", text):
        asked.add("LLM科技风")
    for style in STYLE_PATTERNS_ZH:
        if style in asked:
            return style
    for style, patterns in _STYLE_EN.items():
        if any(p.search(text) for p in patterns):
            return style
    return None


# A channel named in the story is not the one to send on: "还视频聊到她", "加了微信", "群里大家都在感谢他",
# "他第一次用微信给我转账", "我妈在群里说要给外婆拜年".
_OCC_STORY = re.compile(r"聊到|聊过|加了|加过|每次|大家都在|经常|那天|那次|去年|以前|也就|说要|转账|[他她]们?[^，,。我]{0,6}用|"
                        r"一直|从来|谢过|表扬|联系|很少|偶尔|打了个?|打过来|挂了|"
                        r"学会|昨天|每天|天天|会议|当时|那时候|上次|[他她](?:每天|经常|总)?在群里|认识|领养|结识|"
                        r"\b(?:last|ago|used to)\b", re.I)
# A channel the user rules out, or one someone else used: what they did there is story, whatever verb it has.
_OCC_NOT = re.compile(r"(?:不|别|不要|不用|不在|不是)(?:发|发到|发在|在|用|打)?$")
_OCC_THEIRS = re.compile(r"(?<![给帮让和跟])[他她](?:们)?(?:也|还|都)?在(?:群里|微信|朋友圈)|都在(?:群里|微信群|朋友圈)|"
                         r"(?:天天|每天|经常|老是?|总是?)在\S{0,4}(?:群里|朋友圈)|"
                         r"(?<![给帮让和跟])[他她](?:们)?[^，,。我给]{0,6}用(?:微信|电话|视频|邮件)")
# The ask: "我想…打电话的时候念", "发家里群里", "写张卡片", "write a … card".
_OCC_ASK = re.compile(r"我想|我要|帮我|写|发|念|读给|塞|寄|的时候|到时候|\b(?:write|send|draft|say|read)\b", re.I)


_READ_OUT = re.compile(r"[念读]给|read\s", re.I)


def extract_occasion(text: str) -> str | None:
    """How the greeting will be sent or said. A channel named only in the story is no answer; where several are
    left, one named in the ask wins, then the patterns' order (视频 before 电话: "视频电话")."""
    found = []
    for rank, (pattern, occasion) in enumerate(OCCASION_PATTERNS):
        for m in re.finditer(pattern, text, re.I):
            clause = holidays.clause_at(text, m.start())
            if _OCC_NOT.search(text[max(0, m.start() - 4):m.start()]) or _OCC_THEIRS.search(clause):
                continue  # "不发群里", "他在群里发了个红包", "小韩都在群里起哄"
            asked, told = bool(_OCC_ASK.search(clause)), bool(_OCC_STORY.search(clause))
            if asked or not told:
                # "发钉钉", "用邮件", "打电话": the channel right after the verb is the one asked for, over one in a
                # clause that only mentions it ("一天要接四五百个电话的时候")
                direct = bool(re.search(r"(?:发|用|打|写|寄|发到|发在|发个|发条)$", text[max(0, m.start() - 2):m.start()]))
                found.append((not asked, not direct, rank, m.start(), occasion))
    if any(f[4] in ("电话里说", "视频里说") for f in found):
        found = [f for f in found if not _READ_OUT.match(text, f[3])]  # read out on the call, not face to face
    if found and (turn := _CHANGED_MIND.search(text)):
        # "发微信吧哦不对…还是发短信": what is said after the change of mind
        found = [f for f in found if f[3] >= turn.end()] or found
    if any(f[4] == "群里" for f in found) and re.search(r"单独(?:发|给)", text):
        found = [f for f in found if f[4] != "群里"] or found  # "家族群发一段哦不对给我外婆单独发一条"
    return min(found)[4] if found else None
