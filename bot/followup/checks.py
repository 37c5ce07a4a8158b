"""Checks every follow-up passes, from the model or the templates: one bubble long, new, and doing what the
strategy asks (answering the question that was asked, no question in a goodbye)."""

from __future__ import annotations

import re

from bot.domain import length_units
from bot.followup.answers import Listener, foreign_words
from bot.followup.lexicon import _CJK, _EMOJI, _EN_STOP, _JOKE_WORDS, _LAUGH, _TOPICS
from bot.followup.question_kinds import question_kind
from bot.followup.thread import MAX_UNITS, Analysis
from bot.writing.compose import clean_draft
from bot.writing.guard import unclean
from bot.writing.holidays import wishes_another_holiday
from bot.writing.llm import strip_think

# Generate: checks shared by model drafts and templates ---------------------------------------------

_LABEL = re.compile(r"^(?:\d+[.、)）]\s*|[-*•]\s*|(?:回复|建议|我|Me|Reply|Suggestion)\s*\d*\s*[：:]\s*)", re.I)
_TECH_MEME = re.compile(_JOKE_WORDS.pattern + r"|带宽|下线|上线|重启|版本|迭代|部署|回滚|bug|deploy\w*|release", re.I)
_ANSWER_WORDS = re.compile(
    r"还行|还好|挺好|不错|不多|不少|挺多|很多|太多|天天|每天|经常|偶尔|有点|有些|一般|凑合|老样子|是啊|是的|对啊|没有|没呢|还没"
    r"|当然|肯定|会的|回的|不回|不会|不太|没怎么|有空|没空"
    r"|好呀|好啊|好嘞|好的|一定|没问题|放心|下次|改天|荣幸|太好了|记下了|包在我身上|听你的|你定|嗯|对，|对！|怕是|不行"
    r"|\b(?:yes|yeah|yep|nope|no|not really|pretty|quite|a bit|a little|kind of|sort of|so-so|fine|good|okay|always"
    r"|every day|constantly|lately|busy|swamped|free|sure)\b", re.I)
_Q_STOP_CHARS = set("你您吗呢么啊呀吧的了是不有没几哪谁还们这那个")
_Q_STOP_BIGRAMS = {"最近", "现在", "今年", "怎么", "什么", "多少", "那边", "这边"}
_EN_Q_STOP = _EN_STOP | {"how", "what", "when", "where", "why", "who", "did", "does", "any", "lately", "recently"}


def clean_suggestion(text: str) -> list[str]:
    """One model candidate as zero or more single-line suggestions: no think block, quotes, preamble or numbering."""
    out = []
    for line in strip_think(text).splitlines():
        line = clean_draft(_LABEL.sub("", clean_draft(line)))
        if line:
            out.append(line)
    return out


def _norm(text: str) -> str:
    return re.sub(r"[\s\W_]+", "", text.lower())


def _longest_common(a: str, b: str) -> int:
    best, prev = 0, [0] * (len(b) + 1)
    for ca in a:
        cur = [0] * (len(b) + 1)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def too_close(text: str, earlier: str) -> bool:
    """Whether a suggestion repeats an earlier message (the same words, or a long stretch of them)."""
    a, b = _norm(text), _norm(earlier)
    if not a or not b:
        return False
    return a == b or _longest_common(a, b) >= max(8, int(0.6 * min(len(a), len(b))))


# What an answer of each kind carries ("明晚九点" for when, "行" or "投了" for yes/no …): a good model answer is never
# thrown away for a rule one (measured on a helper's hand-written answers to the follow-up tuning set).
_SHAPES = {
    "when": r"\d|[初周][一二三四五六七八九十日末]|[明后今昨]天|明晚|今晚|下周|下个?月|月底|年后|节后|马上|一会儿|待会|前一天|[号点]"
            r"|\b(?:tonight|tomorrow|today|next|this|on|at|by|after|before|soon|monday|tuesday|wednesday|thursday|friday"
            r"|saturday|sunday|weekend|morning|evening|week)\b",
    "where": r"在|去|到|家|\b(?:at|in|home|office|here|there)\b",
    "choice": r"选|吧|就|觉得|还是|\b(?:let's|prefer|how about|rather)\b",
    "invitation": r"好|行|可以|一定|没问题|来|去|陪|不了|下次|改天|\b(?:sure|love|can't|count me|would)\b",
    "request": r"好|行|可以|一定|没问题|放心|交给|包在|马上|这就|立刻|\b(?:sure|of course|no problem|will|can|on it)\b",
    # An open question ("现在有什么打算", "你在干嘛") is answered by any statement: just not by a question back.
    "what": r"^[^?？]{4,}",
    "yes_no": r"^[^，,]{0,8}[，,]?\s*(?:是|对|嗯|行|可以|会|要|有|没|不|还没|已经|当然|来|去|在|投|吃|回)"
              r"|\b(?:yes|no|not yet|i did|i have|i am|i will|we are|sure|of course)\b",
}


def answers_question(text: str, question: str) -> bool:
    """Whether a suggestion takes up the question: the shape its kind asks for, its key words, or the words an answer
    is made of."""
    kind = question_kind(question, "en" if question.isascii() else "zh")
    shape = _SHAPES.get(kind)
    if _ANSWER_WORDS.search(text) or (shape and re.search(shape, text, re.I)):
        return True
    if re.search(r"多少|几[个岁斤分块次年位口瓶盒张件]|多[大高远久长]", question) and re.search(r"\d|[一二两三四五六七八九十百千万半]", text):
        return True  # how much, how many: a number
    if kind == "yes_no":  # "你陪不陪？" → "陪！…": the answer starts with the question's own verb
        opening = re.sub(r"^[^，,！!]{1,6}[，,]", "", text)[:3]
        asked = {c for c in question if re.match(f"[{_CJK}]", c) and c not in _Q_STOP_CHARS}
        if asked & set(opening):
            return True
    q = re.sub(r"[^\u4e00-\u9fffA-Za-z]", " ", question)
    bigrams = {q[i:i + 2] for i in range(len(q) - 1)
               if re.fullmatch(f"[{_CJK}]{{2}}", q[i:i + 2]) and not set(q[i:i + 2]) & _Q_STOP_CHARS
               and q[i:i + 2] not in _Q_STOP_BIGRAMS}
    words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", q)} - _EN_Q_STOP
    low = text.lower()
    if any(b in text for b in bigrams) or any(re.search(rf"\b{re.escape(w)}", low) for w in words):
        return True
    # Same subject in other words: asked about 加班, answered about 忙.
    return any(rx.search(question) and rx.search(text) for _, rx in _TOPICS)


# A greeting sent again is no follow-up: the formulas of a fresh holiday greeting ("值此元宵佳节，向你致以诚挚的
# 问候", "你好！"), and text cut off after a sentence ("…问候。你") or a clause with nothing after it.
_REGREETING = re.compile(r"值此|致以|佳节之际|诚挚的问候|^(?:[^，,]{1,6}[，,])?(?:你好|您好)[！!，,。]|\b(?:on the occasion of|"
                         r"i would like to extend|warmest greetings)\b", re.I)
_CUT_OFF = re.compile(rf"[。！？!?][{_CJK}]$|[，,、：:]$")


def _is_asking(text: str) -> bool:
    return bool(re.search(r"[?？]", text))


# Half a word: the 什 of 什么 or the 怎 of 怎么 with the rest cut off ("晚上想吃什啊" in the old templates).
_CUT_WORD = re.compile(r"什(?![么锦])|怎(?![么样])")


def fits_person(text: str, who: Listener) -> bool:
    """Said to this person at this holiday: 您 (never 你) to a teacher, client or boss; no Spring Festival words at
    another holiday (中秋 is not 过年); nothing about visiting one's parents said to a parent."""
    if who.respectful and "你" in text and "您" not in text:
        return False
    if (foreign := foreign_words(who.holiday)) is not None and foreign.search(text):
        return False
    return not (who.parent and re.search(r"爸妈|父母|叔叔阿姨", text))


def _fits(text: str, analysis: Analysis, language: str, earlier: list[str], who: Listener | None = None, *,
          shaped: bool = False) -> bool:
    """The checks every suggestion passes, whoever wrote it. `shaped`: an answer the rules built in the shape of the
    question's kind (answers.py), which the looser "does it take up the question" test below would second-guess."""
    if not text or length_units(text) > MAX_UNITS or length_units(text) == 0:
        return False
    if unclean(text) or _CUT_WORD.search(text) or (who is not None and language == "zh" and not fits_person(text, who)):
        return False  # unclean: the draft guard's rule, for every model text a person may see
    if _REGREETING.search(text) or _CUT_OFF.search(text.strip()):
        return False
    if who is not None and who.holiday and wishes_another_holiday(text, who.holiday, allowed=" ".join(earlier)):
        return False  # "外公，七夕节好！" in a 春节 thread: the tiny model sending a greeting learned for another day
    if language == "en" and re.search(f"[{_CJK}]", text):
        return False
    if language == "zh" and not re.search(f"[{_CJK}]", text):
        return False
    if any(too_close(text, e) for e in earlier):
        return False
    if analysis.strategy == "answer_question" and analysis.questions and not shaped:
        if not answers_question(text, analysis.questions[0]):
            return False
    if analysis.strategy == "comfort" and (_LAUGH.search(text) or _EMOJI.search(text) or _TECH_MEME.search(text)):
        return False
    if analysis.strategy == "wind_down" and _is_asking(text):
        return False  # a goodbye that asks something is not a goodbye
    return True
