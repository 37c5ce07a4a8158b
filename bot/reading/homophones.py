"""Typing slips that sound right: 中球节 for 中秋节, 领倒 for 领导, 清松点 for 轻松点.

Pinyin input and voice input both put a word that sounds like the meant one on the screen, and users rarely fix
it in a chat. A window of the text that reads (in pinyin, without tones) like one of the words the extractor looks
for, in the place such a word stands, is read as that word: a holiday before 节/快乐/祝福, a relation word after
给我/是我, a style word before 点/一点. The replacement has the same length, so every position in the text still
points at what the user wrote (names and details are kept as written).
"""

from __future__ import annotations

import functools
import re

from pypinyin import Style, pinyin

from bot.reading.vocabulary import RELATIONS_ZH, SURNAMES, TITLES

_HOLIDAY_WORDS = ("春节", "元旦", "元宵", "端午", "七夕", "中秋", "国庆", "重阳", "冬至", "除夕", "圣诞", "腊八", "感恩",
                  "情人", "教师", "母亲", "父亲")
_STYLE_WORDS = ("轻松", "商务", "喜庆", "正式", "得体", "随意", "幽默", "搞笑", "体面", "庄重", "郑重", "正经", "活泼")
_OCCASION_WORDS = ("微信", "短信", "邮件", "电话", "视频", "贺卡", "当面", "群里")
# Not 干姐, 干弟 (sworn kin): two syllables that sound like too much ("我们厂的" is no 干弟).
_RELATION_WORDS = tuple(w for w in RELATIONS_ZH if 2 <= len(w) <= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", w)
                        and w not in ("干姐", "干哥", "干妹", "干弟"))
# Not the trades and roles (药剂师, 外包方, 收银员): their endings sound like too much ("要给师兄" is no 药剂师).
_RELATION_WORDS3 = tuple(w for w in _RELATION_WORDS if len(w) == 3 and w[-1] not in "师员手方商厂组长工")
# Four-character ones too ("合作火伴"): four syllables that sound alike are no accident.
_RELATION_WORDS4 = tuple(w for w in RELATIONS_ZH if len(w) == 4 and re.fullmatch(r"[\u4e00-\u9fff]+", w))

# Just before the ask's verb, after whatever qualifies them: "给我的研究生到师写段话", "给零导发个拜年微信" (but not
# a name there: 芹姐, 老郝, 小顾).
_BEFORE_VERB = re.compile(r"(?=(?![老小阿])([\u4e00-\u9fff](?![姐哥叔姨总])[\u4e00-\u9fff])(?:写|发个|发条|发一))")

# Where each kind of word stands; the window is group 1.
_CONTEXTS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (_HOLIDAY_WORDS, re.compile(r"(?=([\u4e00-\u9fff]{2})(?:[节接结]|快乐|祝福|的祝福|的问候|问候|安康|快到了|到了|邮件|短信|贺卡|的(?=[，,。！!\s]|$)))"
                                r"|(?:^|(?<=[，,。！!？?\s]))(?=([\u4e00-\u9fff]{2}))")),
    # A pronoun starts no relation word ("给她包红包" is no 姐夫: 她 also reads jie).
    (_RELATION_WORDS, re.compile(r"(?:给|是|跟|和)(?:我们|我)?(?:的|家的?)?(?=(?![他她它你我])([\u4e00-\u9fff]{2,3}))")),
    (_RELATION_WORDS, _BEFORE_VERB),
    # Three-character relation words sound like nothing else, so they are read anywhere: "初中班主仁".
    (_RELATION_WORDS3, re.compile(r"(?=([\u4e00-\u9fff]{3}))")),
    (_RELATION_WORDS4, re.compile(r"(?=([\u4e00-\u9fff]{4}))")),
    (_STYLE_WORDS, re.compile(r"(?=([\u4e00-\u9fff]{2})(?:一?点|一?些)(?![钟半]))")),
    (("程序员",), re.compile(r"(?=([\u4e00-\u9fff]{3})梗)")),  # "成序员梗"
    (_OCCASION_WORDS, re.compile(r"(?:条|个|封|用|打算|打|发|拜年|祝福|的|准备|族|节|想|要)(?=([\u4e00-\u9fff]{2}))"
                                 r"|(?:^|(?<=[，,。！!？?\s])|(?<=我们|咱们|我俩))(?=([\u4e00-\u9fff]{2})(?:的时候|里|通话|发|上发|说))")),  # "视屏的时候说"
)
# Real words that sound like one of ours: never "corrected".
_TITLES = tuple(t for t in TITLES if len(t) <= 2)
_REAL_WORDS = frozenset("出席 中央 喇叭 教室 纯洁 栖息 七喜 动植 上午 老爷 老爷子 认识 产科 儿科 内科 外科 眼科 牙科".split())
# Words of ours longer than a window: a window that starts one of them (or one character into it) is no slip.
_WHOLE_SET = frozenset(w for w in RELATIONS_ZH if len(w) >= 2)


def _syllable(s: str) -> str:
    # Front and back nasals are the commonest slip (盆友 pen-you for 朋友 peng-you).
    if s in ("n", "ng"):
        return "en"  # 嗯 read as the interjection (n, ng) types for en: "感嗯节"
    return re.sub(r"(?<=[aeiu])ng$|(?<=i)ng$", "n", s)


@functools.lru_cache(maxsize=4096)
def _readings(word: str) -> frozenset[tuple[str, ...]]:
    """Every way the word can be read (重 is zhong or chong), syllables normalised."""
    options: list[list[str]] = pinyin(word, style=Style.NORMAL, heteronym=True, errors="ignore")
    readings: set[tuple[str, ...]] = {()}
    for choices in options:
        readings = {r + (_syllable(c),) for r in readings for c in choices}
    return frozenset(readings)


@functools.lru_cache(maxsize=4096)
def _raw(word: str) -> tuple[str, ...]:
    """The word's everyday reading as spoken, nasals kept (老冼 lao-xian is not 老乡 lao-xiang)."""
    return tuple(s[0] for s in pinyin(word, style=Style.NORMAL, errors="ignore"))


@functools.lru_cache(maxsize=4096)
def _usual(word: str) -> tuple[str, ...]:
    """The word's everyday reading (没 is mei, 伯 is bo): tried before the rare ones (没 as mo, 伯 as mo)."""
    return tuple(_syllable(s) for s in _raw(word))


@functools.lru_cache(maxsize=8)
def _index(words: tuple[str, ...]) -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for w in words:
        out.setdefault(_usual(w), w)
    for w in words:
        for r in _readings(w):
            out.setdefault(r, w)
    return out


def fix_slips(text: str) -> str:
    """The text with sound-alike slips of holiday, relation and style words replaced by the words meant."""
    chars = list(text)
    for words, context in _CONTEXTS:
        index = _index(words)
        for m in context.finditer(text):
            group = 1 if m.group(1) is not None else 2  # the holiday pattern has two alternatives
            window, start = m.group(group), m.start(group)
            # A real word (纯洁, 七喜, 上午) stays a word where only its place suggests ours (the start of a clause, after
            # 给); before 节, 祝福, 快到了 or 一点 it is the slip ("纯洁祝福", "七喜快到了", "上午一点").
            weak = words in (_RELATION_WORDS, _RELATION_WORDS3, _RELATION_WORDS4) or (words is _HOLIDAY_WORDS and group == 2)
            if words in (_RELATION_WORDS, _RELATION_WORDS3) and window[0] == window[1] != "老":
                continue  # a doubled nickname (美美, 格格, 洁洁) is a name, however like 妹妹 or 哥哥 it sounds
            if context is _BEFORE_VERB and (window[0] in SURNAMES or window in _HOLIDAY_WORDS):
                continue  # "给郝工写", "七夕发条祝福"
            if words is not _HOLIDAY_WORDS and re.search(r"[零一二两三四五六七八九十\d]", window[1:] if
                                                          context is _BEFORE_VERB else window) \
                    and not (words is _STYLE_WORDS and window[1:] == "一" and text[start + 2:start + 3] == "点"):
                continue  # "早上五点": a time, not 商务点; but "随一点" is 随意点 typed by sound  # "早上五点": a time, not 商务点 (a holiday may sound like one: 端五, 七系)
            if any(text[start + k:start + k + n] in _WHOLE_SET for k in range(max(-3, -start), 2) for n in range(2, 7)
                   if k + n > 0):
                continue  # "老搭档" reads lao-da-…, but 搭档 is a word we know; "育儿嫂写", "民宿主人写" hold no 二嫂, 主任
            if words is not _HOLIDAY_WORDS and window[0] in SURNAMES and window[1:].startswith(_TITLES):
                continue  # "给方董写", "给郝局写": a surname and a title is a name (方董 also reads as 房东)
            if words is _RELATION_WORDS and window[0] == "小" and window[1] in SURNAMES and window[:2] not in words:
                continue  # "给小顾写": 小 and a surname is a name (小顾 also reads as 小姑; 老宫 is 老公 typed by sound)
            if words is _RELATION_WORDS and window[0] == "老" and window[1] in SURNAMES and window[:2] not in words \
                    and not any(_raw(window[:2]) == _raw(w) for w in words if w.startswith("老")):
                continue  # "给老冼写": 老 and a surname is a name unless it sounds exactly like ours (老宫 is 老公)
            for size in ((3,) if words is _RELATION_WORDS3 else (4,) if words is _RELATION_WORDS4 else (3, 2)):
                part = window[:size]
                if len(part) < size:
                    continue
                if part in words or (part in _REAL_WORDS and weak):
                    break
                meant = index.get(_usual(part))
                if size < 4:  # four characters read only as usual: 大学舍友 is no 大学室友 by 舍's rare reading
                    meant = meant or next((index[r] for r in sorted(_readings(part)) if r in index), None)
                if meant and len(meant) == size:
                    chars[start:start + size] = meant
                    break
    fixed = "".join(chars)
    # 教师接, 情人劫, 母亲结: the holiday's 节 slipped too.
    fixed = re.sub(r"(感恩|情人|教师|中秋|端午|元宵|国庆|重阳|母亲|父亲|春)[接结届劫杰洁界截姐解]", r"\1节", fixed)
    fixed = re.sub(r"[段断](?=一?点)", "短", fixed)  # "写个段一点的": 短 typed by sound
    fixed = re.sub(r"(?<=[个的写过拜])[纯唇醇淳椿](?=节)", "春", fixed)  # "写个纯节的": 春节 typed by sound
    fixed = re.sub(r"感思(?=节)", "感恩", fixed)  # 思 and 恩 look alike
    fixed = re.sub(r"生曰", "生日", re.sub(r"老扳(?!手)", "老板", fixed))  # 曰 and 日, 扳 and 板 look alike
    # Slips of the eye, not the ear: 微 and 徽 look alike, and the pinyin above cannot see them.
    return re.sub(r"[徽薇威维]信(?![任号用心息])", "微信", fixed)
