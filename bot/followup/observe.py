"""Reading a reply against our greeting: the rules reader always runs; the model's reading replaces it only
field by field, where its JSON is valid and grounded in the texts."""

from __future__ import annotations

import logging
import re
from typing import Any

from bot.followup.lexicon import (
    _BARE_ANSWER,
    _BARE_YOU_TOO,
    _BUSY,
    _CJK,
    _CLAUSE,
    _ECHO_STOP,
    _EN_STOP,
    _FUNCTION_CHARS,
    _HEARSAY,
    _JOKE_REACTION,
    _JOKE_WORDS,
    _LAUGH,
    _LEAD_FILLER,
    _MOOD_ONLY,
    _OPENER_EN,
    _OPENER_TIME_ZH,
    _OPENER_ZH,
    _QUESTION_END_ZH,
    _QUESTION_START_EN,
    _QUESTION_WORDS_ZH,
    _REPORTED,
    _RHETORICAL,
    _TRAILING_PARTICLES,
    _YOU_TOO,
)
from bot.followup.mood import read_mood, troubled
from bot.followup.question_kinds import CARE_ASK, asks_of_us, question_kind
from bot.followup.thread import (
    MOODS,
    RECENT_TURNS,
    STRATEGIES,
    WIND_DOWN_ROUNDS,
    Analysis,
    Strategy,
    Thread,
)
from bot.writing.llm import LLMClient, LLMError

log = logging.getLogger(__name__)


# Observe: the rules reader -------------------------------------------------------------------------


def _language(text: str, default: str = "zh") -> str:
    if re.search(f"[{_CJK}]", text):
        return "zh"
    return "en" if re.search(r"[A-Za-z]{2,}", text) else default


def _clauses(text: str) -> list[tuple[str, str]]:
    """(clause body, its trailing punctuation) for each comma/sentence piece of a reply."""
    out = []
    for m in _CLAUSE.finditer(text):
        piece = m.group(0).rstrip(" \t")  # "Will do. When…": the stop before the space ends the clause
        body = re.sub(r"[，,。．！!？?；;\n~～…]+$|(?<=[A-Za-z])\.$", "", piece).strip()
        if body:
            out.append((body, piece[len(body):].strip() if piece.startswith(body) else
                        piece[len(piece.rstrip("，,。．！!？?；;\n~～…")):]))
    return out


def _is_question(body: str, punct: str) -> bool:
    core = _LEAD_FILLER.sub("", body).strip()
    if _BARE_ANSWER.match(core) or _RHETORICAL.search(core) or _REPORTED.match(core):
        return False
    if "?" in punct or "？" in punct:
        return True
    if re.fullmatch(r"(?:真的|真的吗|是吗|真的假的|不会吧)", core):  # surprise said without a question mark
        return False
    kind = question_kind(core, _language(body))
    if re.search(r"[。.!！]", punct):  # said as a statement ("还没。", "心里还是不好受。"): only an ask wants an answer
        return kind in ("invitation", "request") and asks_of_us(kind, core)
    # Voice input asks without a question mark: "明天行不", "你几号回来上班", "周末来家里吃饭吧".
    if asks_of_us(kind, core):
        return True
    if re.search(f"[{_CJK}]", core):
        return bool(_QUESTION_END_ZH.search(core) or _QUESTION_WORDS_ZH.search(core) or _YOU_TOO.match(core))
    return bool(_QUESTION_START_EN.match(core))


def _trim_function(frag: str) -> str:
    while frag and frag[0] in _FUNCTION_CHARS:
        frag = frag[1:]
    while frag and frag[-1] in _FUNCTION_CHARS:
        frag = frag[:-1]
    return frag


def _echoes(greeting: str, reply: str) -> list[str]:
    """Longest stretches of the reply's Chinese that also stand in the greeting, and shared Latin words."""
    found: list[str] = []
    i = 0
    while i < len(reply):
        end = i
        for j in range(i + 2, len(reply) + 1):
            if not re.match(f"[{_CJK}]", reply[j - 1]) or reply[i:j] not in greeting:
                break
            end = j
        frag = _trim_function(reply[i:end]) if end else ""
        if frag in _ECHO_STOP:
            i = end  # a greeting formula: skip it whole, or its tail ("年快乐") would count as an echo
        elif len(frag) >= 2 and sum(c in _FUNCTION_CHARS for c in frag) * 2 < len(frag):
            found.append(frag)
            i = end
        else:
            i += 1
    g_words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9]+", greeting)}
    for w in re.findall(r"[A-Za-z][A-Za-z0-9]+", reply):
        if w.lower() in g_words and w.lower() not in _EN_STOP and w.lower() not in {f.lower() for f in found}:
            found.append(w)
    return found


def picked_up_of(greeting: str, reply: str) -> tuple[str, ...]:
    """The pieces of our greeting the reply reacts to: echoed words, and the joke when they react to a joke."""
    found = _echoes(greeting, reply)
    if _JOKE_REACTION.search(reply) or _LAUGH.search(reply):
        for m in _JOKE_WORDS.finditer(greeting):
            word = m.group(0)
            if not any(word.lower() in f.lower() or f.lower() in word.lower() for f in found):
                found.append(word)
    return tuple(f[:12] for f in found[:5])


def _opened_fragment(body: str) -> str | None:
    # "今晚有约了😎": the words are what we take up; their emoji stays theirs
    core = _LEAD_FILLER.sub("", re.sub(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+", "", body)).strip()
    if re.search(f"[{_CJK}]", core):
        m = _OPENER_ZH.match(core) or _OPENER_TIME_ZH.match(core)
        if not m:
            return None
        rest = _TRAILING_PARTICLES.sub("", m.group("rest").strip())
        if len(re.findall(f"[{_CJK}]", rest)) < 3 or _MOOD_ONLY.match(rest):
            return None
        if re.search(r"新年快乐|快乐|祝你|祝您|同乐", rest) or (_BUSY.search(rest) and len(rest) <= 5):
            return None
        return rest[:16]
    m = _OPENER_EN.match(core)
    if not m:
        return None
    rest = m.group("rest").strip()
    if len(rest.split()) < 2 or _MOOD_ONLY.match(rest) or re.search(r"happy new year|\btoo\b$", rest, re.I):
        return None
    return " ".join(rest.split()[:8])


def choose_strategy(mood: str, questions: tuple[str, ...] | list[str], opened: tuple[str, ...] | list[str],
                    rounds: int, *, trouble: bool = False) -> Strategy:
    """What the next message should do. Grief, and worry over an illness of their own (trouble), outrank
    everything; an open question outranks small talk."""
    if mood == "sad" or (mood == "worried" and trouble):
        return "comfort"  # even when they also asked something: answering first would read as not listening
    if questions:
        return "answer_question"
    if mood in ("cold", "busy") or rounds >= WIND_DOWN_ROUNDS:
        return "wind_down"
    if mood == "teasing" and not opened:
        return "keep_voice"
    return "toss_back"


_HOLIDAY_NAME = re.compile(r"圣诞|中秋|元宵|端午|国庆|七夕|生日|元旦|冬至|清明|重阳|除夕|情人节|母亲节|父亲节|教师节|感恩节|christmas"
                           r"|thanksgiving|birthday|valentine", re.I)


# "你续不续 给我个准话", "惊喜是去哪啊 给个提示呗", "Tell me honestly, how are you coping…", "Is it the chocolate one?
# please say yes": the ask only leads in to the question beside it.
_LEAD_IN_ASK = re.compile(r"给(?:我)?(?:个|一个)?(?:准话|准信|回话|答复|提示)|^tell me\b|^please say", re.I)


def _rank(question: str, language: str) -> float:
    """Which question to answer first: an errand or an invitation (they wait on us), how we are (it matters more
    than the yes/no around it: "你最近是不是又天天熬夜 … 身体吃得消不"), a question of substance, and last their
    care ("别总熬夜"), which a promise answers in passing."""
    kind = question_kind(question, language)
    if kind == "yes_no" and (question_kind(question.rstrip("？? "), language) == "none"
                             or re.match(r"(?:真的|是吗|真的假的|不会吧)", question)):
        return 3.5  # asked with only a question mark, or surprise ("真的吗"): any question with a shape comes first
    if kind == "choice" and "还是" in question:
        return 1.5  # the options they offer are what they want answered ("你回来吃吗 想吃白菜的还是韭菜的")
    if kind == "request" and CARE_ASK.search(question):
        return 3
    if kind == "request" and _LEAD_IN_ASK.search(question):
        return 2.2  # an ask that leads in to the question beside it, which is what they wait for
    if kind == "request" and re.search(r"帮我(?:选|挑|投|定)", question):
        return 2  # "你帮我选": the choice asked before it is the question
    if kind == "request" and re.fullmatch(r"(?:你|您)?(?:请|选|定|挑|帮我想想)", question.rstrip("？?。！! ")):
        return 2  # "烤肉还是牛排 你选", "看电影还是吃烤肉 你请": the options are the question, the rest who decides
    # An invitation before a yes or no or an open "what" beside it; a time, place or choice it asks comes first.
    return {"request": 0, "how_are_you": 1, "invitation": 2.05, "yes_no": 2.1, "what": 2.1, "none": 4}.get(kind, 2)


_BOTH_LEFT = re.compile(r"([^，,。\s和跟与]{1,6})(?:和|跟|与|还有)([^，,。\s和跟与]{1,6}?)(?:的)?(?:都|各|两种|两样)")
_WHICH = re.compile(r"^(?:那)?(?:你|您)们?(?:要|选|挑|喜欢|想要|(?:爱|想)(?:吃|喝|用|穿|玩))哪(?:个|一个|种|款|样)")
_EITHER = re.compile(r"要么[^，,。！!？?\s]{1,6}[\s，,]*要么[^，,。！!？?\s]{1,6}")
_PICK = re.compile(r"^(?:你|您)(?:挑|选|定)")


_HAND_BACK = re.compile(r"^(?:那)?(?:你|您)(?:来)?(?:定|说|选|挑|决定|安排)(?:吧|呗|呀|啊)?$|^(?:都行|随你|听你的|你说了算)$"
                        r"|^(?:you (?:pick|choose|decide)|your call|up to you)$", re.I)


def _our_question(greeting: str) -> str | None:
    """The last question of our own message ("平安夜那天我们去哪？"), if it asked one."""
    asked = [m.group(0) for m in re.finditer(r"[^，,。！!？?\n]+[？?]", greeting)]
    return asked[-1].strip() if asked else None


def analyse_rules(greeting: str, reply: str, *, rounds: int = 1) -> Analysis:
    """The rule-based reading of one reply to one greeting (always works, no model)."""
    clauses = _clauses(reply)
    questions: list[str] = []
    statements: list[str] = []
    opened: list[str] = []
    mark = "？" if _language(reply) == "zh" else "?"
    for body, punct in clauses:
        if _is_question(body, punct):
            q = _LEAD_FILLER.sub("", body).strip()
            if q:
                questions.append(q + mark)
        else:
            statements.append(body)
            frag = _opened_fragment(body)
            if frag:
                opened.append(frag)
    # "你定", "你说 我都可以": the decision handed back is our own last question, asked again of us ("平安夜那天我们去哪？").
    if not questions and (ours := _our_question(greeting)) and any(_HAND_BACK.match(b) for b, _ in clauses):
        questions = [ours]
    # A bare "你呢？" next to a real question adds nothing to answer; alone, it asks how we are. Hearsay put back
    # to us ("听说你辞职了？") leads in to the question after it.
    if either := _EITHER.search(reply):  # "要么去大理 要么去青岛 你挑一个": the options said before the ask are in it
        questions = [f"{either.group(0)}，{q}" if _PICK.match(q) else q for q in questions]
    # "蛋黄莲蓉和火腿的都剩一盒 你要哪个": the options told just before "which one" are in it
    if (both := _BOTH_LEFT.search(reply)) and questions and _WHICH.match(questions[0]):
        questions[0] = f"{both.group(1)}和{both.group(2)}选哪个？"
    real = [q for q in questions if not _BARE_YOU_TOO.match(q)]
    questions = real or questions
    real = [q for q in questions if not _HEARSAY.match(q)]
    questions = real or questions
    # The question to answer first is one with a shape: "那就这周五？吃啥你定" wants a dish, the date is agreed.
    language = _language(reply)
    questions.sort(key=lambda q: _rank(q, language))
    # Echoing the holiday's name ("圣诞") is not playing along with what we said.
    echoed = any(not _HOLIDAY_NAME.search(e) for e in _echoes(greeting, reply))
    # A voice-typed run-on asks at its end but tells its mood before it ("…赶工期…别等我视频了信号不好").
    told = statements + [q for q in questions if len(re.findall(f"[{_CJK}]", q)) >= 16]
    mood = read_mood(reply, told, greeting, echoed=echoed)
    picked = picked_up_of(greeting, reply)
    strategy = choose_strategy(mood, questions, opened, rounds, trouble=troubled(statements))
    return Analysis(mood, picked, tuple(questions[:3]), tuple(opened[:3]), strategy)


# Observe: the model reader -------------------------------------------------------------------------

ANALYSIS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "mood": {"type": "string", "enum": list(MOODS)},
        "picked_up": {"type": "array", "items": {"type": "string"}, "maxItems": 5},
        "questions": {"type": "array", "items": {"type": "string"}, "maxItems": 3},
        "opened": {"type": "array", "items": {"type": "string"}, "maxItems": 3},
        "strategy": {"type": "string", "enum": list(STRATEGIES)},
    },
    "required": ["mood", "picked_up", "questions", "opened", "strategy"],
    "additionalProperties": False,
}

ANALYSIS_SYSTEM = (
    "你读朋友对用户祝福的回复，只输出JSON。mood∈happy/teasing/touched/worried/neutral/sad/cold/busy（对方自己的状态；对方问我们忙不忙不算busy；worried=对方在担心：担心我们，或家人生病住院；sad=失去、分手、落空）；"
    "picked_up=回复接住了我们祝福里的哪些梗或细节，用祝福原文的短词；questions=对方问我们的问题，用原文；"
    "opened=对方主动说起的新话题，用原文短语；strategy∈keep_voice(顺着梗接)/answer_question(先回答问题)/"
    "toss_back(抛个问题回去)/comfort(安慰)/wind_down(温和收尾)。没有就给空数组。"
)


def _render_turns(thread: Thread, limit: int = RECENT_TURNS) -> str:
    label = {"me": "我", "them": "对方"}
    return "\n".join(f"{label[s]}：{t}" for s, t in thread.turns[-limit:])


def _grounded(value: str, source: str) -> bool:
    """A model string counts only if it is really in the text (most of its characters)."""
    value, source = value.strip().lower(), source.lower()
    if not value:
        return False
    if value in source:
        return True
    chars = [c for c in value if not c.isspace() and c not in "，,。.、？?！!"]
    return bool(chars) and sum(c in source for c in chars) / len(chars) >= 0.8


def _model_list(value: Any, source: str, fallback: tuple[str, ...], cap: int) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return fallback
    kept = tuple(v.strip()[:40] for v in value if _grounded(v, source))[:cap]
    # Everything invented: the model did not read this reply, so its (non-)answer is no evidence either.
    return fallback if value and not kept else kept


def merge_model_analysis(data: dict[str, Any], rules: Analysis, greeting: str, reply: str, rounds: int) -> Analysis:
    """The model's JSON over the rules' reading, field by field; ungrounded or invalid fields keep the rules'."""
    mood = data.get("mood") if data.get("mood") in MOODS else rules.mood
    picked = _model_list(data.get("picked_up"), greeting + "\n" + reply, rules.picked_up, 5)
    questions = _model_list(data.get("questions"), reply, rules.questions, 3)
    opened = _model_list(data.get("opened"), reply, rules.opened, 3)
    strategy = data.get("strategy")
    # The strategy must agree with the facts it rests on: never banter at grief, never skip a question.
    consistent = (strategy in STRATEGIES and (mood != "sad" or strategy == "comfort")
                  and (not questions or strategy in ("answer_question", "comfort")))
    if not consistent:
        strategy = choose_strategy(mood, questions, opened, rounds)
    return Analysis(mood, picked, questions, opened, strategy)  # type: ignore[arg-type]


async def _analyse(thread: Thread, llm: LLMClient | None) -> tuple[Analysis, str, LLMError | None]:
    greeting, reply = thread.focus()
    rules = analyse_rules(greeting, reply, rounds=thread.rounds)
    if llm is None:
        return rules, "rules", None
    user = f"最近的对话：\n{_render_turns(thread)}\n\n我发的：{greeting or '（无）'}\n对方回：{reply}"
    try:
        data = await llm.chat_json([{"role": "system", "content": ANALYSIS_SYSTEM}, {"role": "user", "content": user}],
                                   ANALYSIS_SCHEMA, name="followup_analysis")
    except LLMError as exc:
        log.info("model analysis unavailable, rules only: %s", exc.__class__.__name__)
        return rules, "rules", exc
    return merge_model_analysis(data, rules, greeting, reply, thread.rounds), "vllm", None


async def analyse(thread: Thread, llm: LLMClient | None) -> tuple[Analysis, str]:
    """The reading of the last reply: the model's JSON where valid, the rules behind it; and who read it."""
    analysis, reader, _ = await _analyse(thread, llm)
    return analysis, reader


def _reply_language(thread: Thread, reply: str) -> str:
    return _language(reply, thread.language)
