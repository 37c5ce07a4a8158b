"""Follow-ups: after a greeting goes out and the friend answers, suggest what the sender could say next.

Pipeline: observe (read the reply against our greeting) → strategy (what the next message should do) →
generate (the model writes drafts; templates write them when it is down or its drafts fail the checks).
The rules reader always runs; the model's reading replaces it only field by field, where its JSON is valid.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any, Literal, get_args

from bot.compose import clean_draft
from bot.domain import STYLES, length_units
from bot.llm import LLMClient, LLMError, LLMUnavailable, strip_think

log = logging.getLogger(__name__)

Mood = Literal["happy", "playful", "neutral", "sad", "cold", "busy"]
Strategy = Literal["keep_voice", "answer_question", "toss_back", "comfort", "wind_down"]
MOODS: tuple[str, ...] = get_args(Mood)
STRATEGIES: tuple[str, ...] = get_args(Strategy)

MAX_UNITS = 60  # one chat bubble: a follow-up longer than this reads like a letter
RECENT_TURNS = 6  # turns of the thread the model sees; older ones rarely matter for the next line
WIND_DOWN_ROUNDS = 3  # after this many answers from them, stop pulling the conversation along


# Types ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Analysis:
    mood: Mood
    picked_up: tuple[str, ...]  # jokes/details of OUR greeting the reply reacts to ("大模型", "loss")
    questions: tuple[str, ...]  # questions the recipient asked ("最近加班多吗？")
    opened: tuple[str, ...]  # topics they opened without asking ("下个月去深圳")
    strategy: Strategy

    def to_json(self) -> dict[str, Any]:
        return {"mood": self.mood, "picked_up": list(self.picked_up), "questions": list(self.questions),
                "opened": list(self.opened), "strategy": self.strategy}


@dataclass(frozen=True)
class Thread:
    """One follow-up conversation, oldest turn first: (speaker "me"|"them", text)."""

    turns: tuple[tuple[str, str], ...]
    style: str = "轻松自然"
    name: str | None = None
    language: str = "zh"

    def __post_init__(self) -> None:
        # Checked at the boundary so a typo'd style or speaker fails here, not as odd suggestions later.
        turns = tuple((str(s), str(t)) for s, t in self.turns)
        object.__setattr__(self, "turns", turns)
        if any(s not in ("me", "them") for s, _ in turns):
            raise ValueError("turn speakers must be 'me' or 'them'")
        if self.style not in STYLES:
            raise ValueError(f"unknown style {self.style!r}; expected one of {', '.join(STYLES)}")
        if self.language not in ("zh", "en"):
            raise ValueError(f"unknown language {self.language!r}")

    @property
    def rounds(self) -> int:
        """How many times they have answered so far."""
        return sum(1 for s, _ in self.turns if s == "them")

    def focus(self) -> tuple[str, str]:
        """(our last message before their last answer, their last answer): the pair the analysis reads."""
        last_them = max((i for i, (s, _) in enumerate(self.turns) if s == "them"), default=None)
        if last_them is None:
            raise ValueError("the thread has no reply from them yet")
        mine = [t for s, t in self.turns[:last_them] if s == "me"]
        return (mine[-1] if mine else ""), self.turns[last_them][1]

    def mine(self) -> list[str]:
        return [t for s, t in self.turns if s == "me"]


@dataclass(frozen=True)
class FollowUp:
    analysis: Analysis
    suggestions: tuple[str, ...]  # 2–3 distinct texts
    backend: str  # "vllm" | "rules"

    def to_json(self) -> dict[str, Any]:
        return {"analysis": self.analysis.to_json(), "suggestions": list(self.suggestions), "backend": self.backend}


# Observe: lexicons ---------------------------------------------------------------------------------

_CJK = "\u4e00-\u9fff"
_EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]|\[[\u4e00-\u9fff]{1,4}\]")  # incl. WeChat's [捂脸]
_LAUGH = re.compile(
    r"哈{2,}|嘿嘿|嘻嘻|笑死|笑哭|笑喷|h{3,}|2333*|😂|🤣|😆|😝|😜|🤪|\[捂脸\]|\[破涕为笑\]|\[偷笑\]"
    r"|(?<![a-z])(?:ha){2,}|\blol\b|\blmao\b|\brofl\b", re.I)
# Reactions to a joke ("你这大模型又发疯了", "you and your AI jokes"): the joke itself was picked up.
_JOKE_REACTION = re.compile(
    r"发疯|疯了|又来了|又开始了|玩梗|整活|离谱|绝了|服了|太会了|段子|梗|戏精|魔怔|职业病|三句不离"
    r"|\bjokes?\b|\bpuns?\b|\byou and your\b|\bnerd\b|\bgeek\b", re.I)
# The tech memes a greeting jokes with; Latin ones as whole words.
_JOKE_WORDS = re.compile(
    r"大模型|模型|梯度|收敛|过拟合|欠拟合|算力|显卡|显存|参数|宕机|炼丹|调参|幻觉|内卷|摸鱼|秃头"
    r"|(?<![A-Za-z])(?:loss|bugs?|GPUs?|tokens?|prompts?|AI|LLMs?|KPI|gradients?|hallucinat\w*|overfit\w*"
    r"|debug\w*|compute)(?![A-Za-z])", re.I)
_SAD = re.compile(
    r"唉|难过|伤心|住院|去世|过世|离世|病逝|分手|离婚|裁员|被裁|失业|不太好(?!意思)|不怎么好|不好过|难受|生病|病了"
    r"|手术|心累|崩溃|哭了|想哭|😢|😭|💔"
    r"|\bsigh\b|\bsad\b|hospital|passed away|\bdied\b|broke up|break-?up|divorce|laid off|lost my job"
    r"|not (?:so |that |too )?(?:great|good)|not doing (?:so |too )?well|\brough\b|\bsick\b|funeral|surgery", re.I)
_BUSY = re.compile(
    r"忙|加班|在开会|开会呢|开会中|出差|赶工|赶项目|赶进度|赶稿|没空|抽不开身|焦头烂额|连轴转|996|deadline|ddl"
    r"|\bbusy\b|swamped|slammed|in a meeting|working late|overtime|\bcrunch\b", re.I)
_NEGATION_BEFORE = re.compile(r"(?:不|没|别|不太|没那么|不怎么|not|n't|not too|not that)\s*$", re.I)
_HAPPY = re.compile(
    r"开心|高兴|太好了|感动|感谢|新年快乐|同乐|也祝|你也是|你也一样|同喜|么么|爱你|🎉|🧧|❤|😊|😄|😁|🥰|👍|[!！]"
    r"|happy new year|\byou too\b|same to you|\blove\b|\bglad\b|\bawesome\b|\byay\b", re.I)
_COLD_WORDS = re.compile(
    r"(?:嗯+|哦+|噢+|收到|谢谢(?:你|您)?|谢了|多谢|好的?|好吧|行|知道了|了解|ok(?:ay)?|k|thx|thanks|thankyou|noted"
    r"|gotit)", re.I)  # matched against the reply with spaces and stops removed
_QUESTION_END_ZH = re.compile(r"(?:吗|么|嘛|没|不)$")
_QUESTION_WORDS_ZH = re.compile(r"怎么样|咋样|如何|啥时候|什么时候|几号|几点|多少|有没有|是不是|要不要|能不能|会不会|回不回|哪里|哪儿|为啥|为什么")
_YOU_TOO = re.compile(r"^(?:你|您)(?:那边|那儿|呢|们呢)")
_BARE_YOU_TOO = re.compile(r"^(?:你|您)(?:那边|那儿)?呢[？?]$|^(?:and|what about|how about) you\??$|^you\?$", re.I)
_QUESTION_START_EN = re.compile(
    r"^(?:how|what|when|where|why|who|which|are|is|do|does|did|have|has|any|can|could|will|would|wanna|want)\b", re.I)
_LEAD_FILLER = re.compile(
    r"^(?:(?:哈{2,}|嘿嘿|嘻嘻|笑死|对了|话说|另外|那|嗯+|哦+|诶|欸|哎呀|so|btw|and|haha+|lol|oh)[\s，,。!！~～]*)+", re.I)
_CLAUSE = re.compile(r"[^，,。．！!？?；;\n~～…]+[，,。．！!？?；;\n~～…]*")
_FUNCTION_CHARS = set("的了过我你他她它们在是和也都就还一有这那个着很又把被给跟与及啊呀吧呢吗么哦嗯")
# Shared words that are greeting formulas, not something the reply picked up.
_ECHO_STOP = {"新年快乐", "新年", "快乐", "祝你", "祝您", "你也", "今年", "明年", "谢谢", "哈哈", "我们", "你们", "大家",
              "一起", "什么", "这个", "那个", "一年", "也是", "春节", "过年", "节日", "记得", "知道", "觉得", "希望",
              "一定", "还是", "可以", "时候", "今天", "真的"}
_EN_STOP = {"an", "to", "of", "in", "on", "is", "it", "be", "we", "my", "me", "so", "do", "go", "up", "at", "as", "or",
            "by", "no", "hi", "ok", "the", "and", "you", "your", "for", "are", "with", "this", "that", "have", "has",
            "was", "were", "all", "but", "not", "too", "our", "out", "get", "got", "its", "new", "year", "happy",
            "haha", "lol", "may", "wish", "hope", "just", "from", "what", "been", "will", "more", "much", "very"}
_OPENER_ZH = re.compile(r"^(?:我们|咱们|我|俺|咱)(?:这边|这儿)?(?P<rest>.+)$")
_OPENER_TIME_ZH = re.compile(r"^(?P<rest>(?:下个?月|下周|下星期|明天|后天|年后|过完年|月底|周末|明年|刚刚?)\S+)$")
_OPENER_EN = re.compile(
    r"^(?:i'm|i am|i'll|i will|i've|i have|i just|i got|i|we're|we are|we'll|we just|we)\s+(?P<rest>.+)$", re.I)
_MOOD_ONLY = re.compile(
    r"^(?:也|还|挺|都|蛮|很|太|好|真|最近|这边)*(?:好|行|忙|累|可以|不错|开心|是|一样|祝你.*|想你)(?:的|了|啊|呀|呢|哈|啦)*$"
    r"|^(?:(?:so|very|pretty|really|also|doing|too|quite)\s+)*(?:good|fine|ok|okay|great|well|busy|swamped|tired"
    r"|alright)$", re.I)
_TRAILING_PARTICLES = re.compile(r"[了啦呢哈呀啊吧嘛哦]+$")


# Observe: the rules reader -------------------------------------------------------------------------


def _language(text: str, default: str = "zh") -> str:
    if re.search(f"[{_CJK}]", text):
        return "zh"
    return "en" if re.search(r"[A-Za-z]{2,}", text) else default


def _clauses(text: str) -> list[tuple[str, str]]:
    """(clause body, its trailing punctuation) for each comma/sentence piece of a reply."""
    out = []
    for m in _CLAUSE.finditer(text):
        piece = m.group(0)
        body = re.sub(r"[，,。．！!？?；;\n~～…]+$", "", piece).strip()
        if body:
            out.append((body, piece[len(piece.rstrip("，,。．！!？?；;\n~～…")):]))
    return out


def _is_question(body: str, punct: str) -> bool:
    if "?" in punct or "？" in punct:
        return True
    core = _LEAD_FILLER.sub("", body).strip()
    if re.search(f"[{_CJK}]", core):
        return bool(_QUESTION_END_ZH.search(core) or _QUESTION_WORDS_ZH.search(core) or _YOU_TOO.match(core))
    return bool(_QUESTION_START_EN.match(core))


def _unnegated(pattern: re.Pattern[str], text: str) -> bool:
    """Whether the pattern occurs without a negation just before it ("不忙", "not busy" do not count)."""
    return any(not _NEGATION_BEFORE.search(text[max(0, m.start() - 6):m.start()]) for m in pattern.finditer(text))


def read_mood(reply: str, statements: list[str]) -> Mood:
    """Sad and busy are read from statements only: "最近加班多吗？" asks about us, it says nothing of them."""
    said = "，".join(statements)
    if _SAD.search(said):
        return "sad"
    if _unnegated(_BUSY, said):
        return "busy"
    if _LAUGH.search(reply) or _JOKE_REACTION.search(reply):
        return "playful"
    bare = re.sub(r"[\s，,。.…~～]+", "", reply)
    if bare and not re.search(r"[!！?？]", reply) and not _EMOJI.search(reply):
        if _COLD_WORDS.fullmatch(bare):
            return "cold"
    if _HAPPY.search(reply):
        return "happy"
    if bare and length_units(reply) <= 2 and not _EMOJI.search(reply) and not re.search(r"[!！?？]", reply):
        return "cold"
    return "neutral"


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
    core = _LEAD_FILLER.sub("", body).strip()
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
                    rounds: int) -> Strategy:
    """What the next message should do. Grief outranks everything; an open question outranks small talk."""
    if mood == "sad":
        return "comfort"  # even when they also asked something: answering first would read as not listening
    if questions:
        return "answer_question"
    if mood in ("cold", "busy") or rounds >= WIND_DOWN_ROUNDS:
        return "wind_down"
    if mood == "playful" and not opened:
        return "keep_voice"
    return "toss_back"


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
    # A bare "你呢？" next to a real question adds nothing to answer; alone, it asks how we are.
    real = [q for q in questions if not _BARE_YOU_TOO.match(q)]
    questions = real or questions
    mood = read_mood(reply, statements)
    picked = picked_up_of(greeting, reply)
    strategy = choose_strategy(mood, questions, opened, rounds)
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
    "你读朋友对用户祝福的回复，只输出JSON。mood∈happy/playful/neutral/sad/cold/busy（对方自己的状态；对方问我们忙不忙不算busy）；"
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


# Generate: the model prompt ------------------------------------------------------------------------

FOLLOWUP_SYSTEM = (
    "你替用户回朋友的消息，像用户本人在微信上接着聊。只输出一条回复正文，不超过60字，不要引号、序号或解释。"
    "保持用户原来的风格：传统喜庆=喜气讲究；轻松自然=像平时聊天；LLM科技风=气氛合适时可带一个技术梗；商务得体=尊重克制、用您。"
    "不要重复用户说过的话。"
)

_STRATEGY_GUIDE = {
    "keep_voice": "顺着对方接住的梗或语气再接一句，保持原来的风格，轻松就好",
    "answer_question": "先正面回答对方的问题：{q}，再自然接半句",
    "toss_back": "简短回应对方，再抛一个轻松的问题给对方{o}",
    "comfort": "真诚安慰、表达关心和陪伴；不开玩笑，不用哈哈，不用表情，不用任何技术梗",
    "wind_down": "简短、温暖地收尾，不再提问，不给对方压力",
}


def build_followup_messages(thread: Thread, analysis: Analysis) -> list[dict[str, str]]:
    """A short stable system prompt and a user prompt with the recent turns and what the reply showed."""
    greeting, reply = thread.focus()
    guide = _STRATEGY_GUIDE[analysis.strategy].format(
        q="；".join(analysis.questions[:2]),
        o=f"（可以问问：{analysis.opened[0]}）" if analysis.opened else "",
    )
    lines = [
        f"最近的对话：\n{_render_turns(thread)}",
        "",
        f"称呼：{thread.name or '（不用称呼）'}",
        f"风格：{thread.style}",
        f"对方情绪：{analysis.mood}",
    ]
    if analysis.picked_up:
        lines.append("对方接住的梗/细节：" + "、".join(analysis.picked_up))
    if analysis.questions:
        lines.append("对方的问题（必须回答）：" + " / ".join(analysis.questions))
    if analysis.opened:
        lines.append("对方主动提到：" + " / ".join(analysis.opened))
    lines.append(f"这条回复要做的：{guide}")
    if _reply_language(thread, reply) == "en":
        lines.append("语言：英文")
    earlier = thread.mine()
    if earlier:
        lines.append("别重复我说过的：" + " / ".join(t[:40] for t in earlier[-3:]))
    return [{"role": "system", "content": FOLLOWUP_SYSTEM}, {"role": "user", "content": "\n".join(lines)}]


# Generate: checks shared by model drafts and templates ---------------------------------------------

_LABEL = re.compile(r"^(?:\d+[.、)）]\s*|[-*•]\s*|(?:回复|建议|我|Me|Reply|Suggestion)\s*\d*\s*[：:]\s*)", re.I)
_TECH_MEME = re.compile(_JOKE_WORDS.pattern + r"|带宽|下线|上线|重启|版本|迭代|部署|回滚|bug|deploy\w*|release", re.I)
_ANSWER_WORDS = re.compile(
    r"还行|还好|挺好|不错|不多|不少|挺多|很多|太多|天天|每天|经常|偶尔|有点|有些|一般|凑合|老样子|是啊|是的|对啊|没有|没呢|还没"
    r"|当然|肯定|会的|回的|不回|不会|不太|没怎么|有空|没空"
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


def answers_question(text: str, question: str) -> bool:
    """Whether a suggestion takes up the question: its key words, or the words an answer is made of."""
    if _ANSWER_WORDS.search(text):
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


def _is_asking(text: str) -> bool:
    return bool(re.search(r"[?？]", text))


def _fits(text: str, analysis: Analysis, language: str, earlier: list[str]) -> bool:
    """The checks every suggestion passes, whoever wrote it."""
    if not text or length_units(text) > MAX_UNITS or length_units(text) == 0:
        return False
    if language == "en" and re.search(f"[{_CJK}]", text):
        return False
    if language == "zh" and not re.search(f"[{_CJK}]", text):
        return False
    if any(too_close(text, e) for e in earlier):
        return False
    if analysis.strategy == "answer_question" and analysis.questions:
        if not answers_question(text, analysis.questions[0]):
            return False
    if analysis.strategy == "comfort" and (_LAUGH.search(text) or _EMOJI.search(text) or _TECH_MEME.search(text)):
        return False
    if analysis.strategy == "wind_down" and _is_asking(text):
        return False  # a goodbye that asks something is not a goodbye
    return True


# Generate: the offline templates -------------------------------------------------------------------

_STYLE_KEY = {"传统喜庆": "trad", "轻松自然": "casual", "LLM科技风": "tech", "商务得体": "biz"}

# {n} is the name with a comma ("王哥，" / "Ann, ") or nothing; {p} a picked-up joke, {o} an opened topic,
# {core} the question's gist. Every answer template carries a word that answers (还行/不多/天天/忙 …).
_ANSWER_ZH: dict[str, dict[str, list[str]]] = {
    "work": {
        "casual": ["{n}还行，加班不算多，就年底稍微忙点", "{n}天天加班，不过忙完这阵就能歇歇了", "{n}最近不多了，项目上线后轻松不少"],
        "tech": ["{n}还行，加班不算多，主要在陪模型收敛", "{n}天天加班，loss 不降我不下班", "{n}最近不多了，上线后终于不用半夜盯日志"],
        "trad": ["{n}还行，年底忙一些，过了年就好了", "{n}忙是忙点，天天加班，不过今年收成不错", "{n}不多不多，都挺顺的，放心"],
        "biz": ["{n}还好，加班不多，就是年底事情多一些", "{n}最近是忙了些，加班不多，一切顺利", "{n}忙是忙些，都还顺利，谢谢关心"],
    },
    "home": {
        "casual": ["{n}回的，票都抢好了，初六再回来", "{n}还没定，大概率留在这边过", "{n}今年不回了，打算在这边好好歇几天"],
        "tech": ["{n}回的，票已抢到，初六再回来上线", "{n}还没定，回家这个需求还在排期", "{n}今年不回了，留在这边值班"],
        "trad": ["{n}回的，回老家陪爸妈过个团圆年", "{n}还没定，能回肯定回", "{n}今年不回了，在这边也热热闹闹过"],
        "biz": ["{n}回老家过年，初七回来上班", "{n}还在安排，大概率在本地过年", "{n}今年留在这边过年，谢谢关心"],
    },
    "meet": {
        "casual": ["{n}有空啊，年后找个时间约一顿", "{n}最近有点忙，过完年一定聚", "{n}行啊，你定时间，我随时"],
        "tech": ["{n}有空，饭局需求已排进年后迭代", "{n}最近有点忙，过完年一定聚", "{n}行啊，你定时间，我随时上线"],
        "trad": ["{n}有空有空，年后聚一聚", "{n}过完年一定聚，好好喝一杯", "{n}行啊，你定时间，我一定到"],
        "biz": ["{n}有空，年后我约您", "{n}年后一定找机会拜访您", "{n}好的，您定时间，我随时恭候"],
    },
    "wellbeing": {
        "casual": ["{n}挺好的，老样子，就是有点忙", "{n}都还好，吃得香睡得着，放心", "{n}还不错，就是挺想大家的"],
        "tech": ["{n}挺好的，系统运行稳定，偶尔小 bug", "{n}都还好，状态在线，电量充足", "{n}还不错，就是该升级一下睡眠了"],
        "trad": ["{n}挺好的，一家人都平平安安", "{n}都还好，托你的福，顺顺当当", "{n}还不错，就盼着过年热闹热闹"],
        "biz": ["{n}一切都好，谢谢您的关心", "{n}都还顺利，托您的福", "{n}挺好的，也祝您一切顺遂"],
    },
    "generic": {
        "casual": ["{n}{core}啊，还行，挺顺的", "{n}说到{core}，一言难尽，回头细聊", "{n}{core}这事儿，老样子，还不错"],
        "tech": ["{n}{core}啊，目前运行正常，还行", "{n}说到{core}，一言难尽，回头细聊", "{n}{core}这事儿，老样子，还不错"],
        "biz": ["{n}{core}方面一切都好，谢谢您关心", "{n}关于{core}，回头再向您细说", "{n}{core}这块还好，多谢挂念"],
    },
}
_ANSWER_EN: dict[str, dict[str, list[str]]] = {
    "work": {
        "casual": [
            "{n}pretty busy, a bit of overtime before the holidays, but fine",
            "{n}busy every day, but it should calm down soon",
            "{n}not too bad lately, things have eased off",
        ],
        "tech": [
            "{n}pretty busy, mostly babysitting the model until the loss behaves",
            "{n}busy, but the deploy went fine, so worth it",
            "{n}not bad lately, fewer fires since the release",
        ],
        "biz": [
            "{n}a little busy before the holidays, but all is going well, thank you",
            "{n}busy, but in a good way, thanks for asking",
            "{n}not too bad lately, things are on track",
        ],
    },
    "home": {
        "casual": [
            "{n}yes, heading home for the holidays, tickets booked",
            "{n}not sure yet, probably staying here",
            "{n}not this year, just resting here",
        ],
        "biz": [
            "{n}yes, I'll be home for the holidays, thank you",
            "{n}not sure yet, probably staying in town",
            "{n}not this year, staying here, thanks for asking",
        ],
    },
    "meet": {
        "casual": [
            "{n}sure, let's grab dinner after the holidays",
            "{n}a bit busy now, but definitely after the break",
            "{n}yes, you pick the time, I'm in",
        ],
        "biz": [
            "{n}sure, I'll reach out after the holidays",
            "{n}yes, I'd be glad to meet after the break",
            "{n}of course, let me know a time that suits you",
        ],
    },
    "wellbeing": {
        "casual": [
            "{n}doing well, same old, just a bit busy",
            "{n}pretty good, eating well and sleeping fine",
            "{n}not bad at all, just missing everyone",
        ],
        "tech": [
            "{n}doing well, all systems stable, a minor bug here and there",
            "{n}pretty good, uptime is high, battery full",
            "{n}not bad, could use a sleep upgrade though",
        ],
        "biz": [
            "{n}all is well, thank you for asking",
            "{n}doing fine, thank you",
            "{n}very good, thanks, and all the best to you",
        ],
    },
    "generic": {
        "casual": [
            "{n}{core}? pretty good, all things considered",
            "{n}long story on {core}, let's catch up soon",
            "{n}{core} is going fine, thanks for asking",
        ],
        "biz": [
            "{n}{core} is going well, thank you",
            "{n}on {core}, all good, I'll share more soon",
            "{n}{core} is fine, thanks for asking",
        ],
    },
}
_TOPICS = (
    ("work", re.compile(r"加班|忙|工作|上班|项目|老板|业务|\bbusy\b|\bwork|overtime|\bjob\b|project|office|boss", re.I)),
    ("home", re.compile(r"回家|回老家|过年|放假|回来|春节|假期|哪里过|在哪过|go(?:ing)? home|holiday|vacation|travel", re.I)),
    ("meet", re.compile(r"聚|见面|吃饭|约|有空|出来|喝一杯|catch up|meet|dinner|lunch|coffee|drinks|\bfree\b", re.I)),
    ("wellbeing", re.compile(
        r"你呢|您呢|你那边呢|怎么样|还好吗|好吗|咋样|如何|过得|近况|身体|最近好|what about you|how about you|and you"
        r"|how are you|how's it going|how have you been|how are things|doing", re.I)),
)

_KEEP_VOICE_ZH = {
    "casual": ["{n}哈哈被你发现了，{p}这梗我能玩一整年", "{n}那必须的，{p}可是我今年的主角", "{n}就知道你会笑，{p}的故事下回当面讲"],
    "tech": ["{n}哈哈，{p}偶尔发疯正常，说明还在学习", "{n}它一发疯我就知道该调参了，锅我背", "{n}这叫涌现，新的一年{p}继续卷"],
    "trad": ["{n}哈哈，过年图个乐呵，{p}也算一喜", "{n}笑一笑十年少，{p}的事下回细说", "{n}能逗你一乐就值了，新年大吉"],
    "biz": ["{n}让您见笑了，能博您一笑就好", "{n}一点小玩笑，新的一年还请多指教", "{n}见笑见笑，祝您新年顺遂"],
}
_KEEP_VOICE_EN = {
    "casual": [
        "{n}haha guilty, {p} jokes are my whole personality now",
        "{n}you know me, {p} never gets old",
        "{n}glad it made you laugh, more {p} content coming",
    ],
    "tech": [
        "{n}haha, my {p} is just hallucinating, needs more training",
        "{n}guilty, I'll fine-tune the {p} jokes next year",
        "{n}that's not a bug, that's a feature",
    ],
    "biz": [
        "{n}glad it made you smile, all the best for the year ahead",
        "{n}just a small joke, looking forward to working together",
        "{n}thank you, wishing you a wonderful year",
    ],
}
_TOSS_OPENED_ZH = {
    "casual": ["{n}{o}？可以啊，展开说说？", "{n}{o}啊，什么时候定的，顺利吗？", "{n}{o}？到时候有空喊我，怎么安排的？"],
    "tech": ["{n}{o}？这可是大版本更新，细节讲讲？", "{n}{o}啊，什么时候定的，顺利吗？", "{n}{o}？需要技术支持随时喊我，怎么安排的？"],
    "trad": ["{n}{o}？好事啊，怎么安排的？", "{n}{o}啊，什么时候定的，顺利吗？", "{n}{o}？真替你高兴，啥时候出发？"],
    "biz": ["{n}{o}？真是好消息，一切还顺利吧？", "{n}{o}？届时如需帮忙请随时吩咐，具体是什么时候？", "{n}听说{o}，您那边都安排好了吗？"],
}
_TOSS_ZH = {
    "casual": ["{n}你呢，最近都在忙啥？", "{n}过年有什么安排？回老家吗？", "{n}好久没聚了，年后有空吃个饭？"],
    "tech": ["{n}你那边呢，今年有啥新版本要发布？", "{n}过年打算怎么充电？回老家吗？", "{n}好久没同步了，年后约个饭对齐一下？"],
    "trad": ["{n}过年回老家吗？替我给叔叔阿姨拜个年", "{n}今年过年怎么安排？", "{n}好久没见了，年后聚聚？"],
    "biz": ["{n}您最近一切都好吧？", "{n}春节有什么安排吗？祝您假期愉快", "{n}年后想当面拜访您，您看方便吗？"],
}
_TOSS_OPENED_EN = {
    "casual": [
        "{n}{o}? nice, tell me more!",
        "{n}{o}? when is that happening?",
        "{n}{o}, how exciting! how do you feel about it?",
    ],
    "biz": [
        "{n}{o}? that's great news, is everything going smoothly?",
        "{n}{o}? let me know if I can help, when is it?",
        "{n}{o}, wonderful. how are the plans coming along?",
    ],
}
_TOSS_EN = {
    "casual": [
        "{n}how about you, what have you been up to?",
        "{n}any plans for the holidays?",
        "{n}it's been a while, free for coffee sometime?",
    ],
    "tech": [
        "{n}how about you, shipping anything new this year?",
        "{n}any plans to recharge over the holidays?",
        "{n}it's been a while, coffee sometime to sync up?",
    ],
    "biz": [
        "{n}I hope all is well on your side?",
        "{n}any plans for the holidays?",
        "{n}would you be free to meet after the holidays?",
    ],
}
_COMFORT_ZH = {
    "casual": ["{n}听到这个真不好受，先照顾好自己，有事随时喊我", "{n}抱抱你，别硬撑，想聊的时候我一直在", "{n}辛苦了，先好好休息，需要帮忙尽管开口"],
    "trad": ["{n}听到这个真不好受，你多保重，有事随时喊我", "{n}愿一切都慢慢好起来，别硬撑，我一直在", "{n}先照顾好自己和家里，需要帮忙尽管开口"],
    "biz": ["{n}听闻此事很是挂念，请您多保重", "{n}您辛苦了，务必照顾好自己，有能帮上的请随时吩咐", "{n}愿一切尽快好起来，您多保重"],
}
_COMFORT_EN = {
    "casual": [
        "{n}I'm so sorry to hear that. Take care of yourself, I'm here if you need me.",
        "{n}sending you a big hug. No need to be strong all the time.",
        "{n}that sounds really hard. Rest up, and call me anytime.",
    ],
    "biz": [
        "{n}I'm very sorry to hear that. Please take good care of yourself.",
        "{n}my thoughts are with you. Please let me know if I can help in any way.",
        "{n}I hope things get better soon. Please take care.",
    ],
}
_WIND_ZH = {
    "casual": {"cold": ["{n}好嘞，不打扰啦，新年快乐！", "{n}嗯嗯，祝你新的一年顺顺利利", "{n}那先这样，有空再聊～"],
               "busy": ["{n}你先忙，别太累，有空再聊", "{n}辛苦啦，忙完这阵好好歇歇", "{n}不打扰你了，注意身体，年后约饭"],
               "close": ["{n}那先不打扰啦，新年快乐，回头聊", "{n}好嘞，年后见，祝一切顺利", "{n}就这么说定了，有空再约"]},
    "tech": {"cold": ["{n}好嘞，不占你带宽了，新年快乐！", "{n}收到，祝你新的一年零 bug", "{n}那我先下线了，有空再聊"],
             "busy": ["{n}你先忙，别把自己跑满负载，注意休息", "{n}不占你算力了，忙完好好歇歇", "{n}辛苦啦，等你空闲了再同步"],
             "close": ["{n}那我先下线啦，新年快乐，回头聊", "{n}好嘞，年后见，祝一切顺利", "{n}就这么说定了，有空再同步"]},
    "trad": {"cold": ["{n}好嘞，不打扰了，祝你新年大吉", "{n}那就不多聊啦，祝你阖家欢乐", "{n}祝你来年顺顺当当，回头再聊"],
             "busy": ["{n}你先忙，注意身体，祝你来年顺顺当当", "{n}辛苦了，忙完好好过个年", "{n}不打扰了，祝你新年大吉"],
             "close": ["{n}那就不多聊啦，祝你阖家欢乐", "{n}好嘞，年后见，祝你新年大吉", "{n}就这么说定了，过年好"]},
    "biz": {"cold": ["{n}好的，不打扰您了，祝您新年顺遂", "{n}感谢回复，祝您工作顺利、阖家安康", "{n}改日再向您问候，祝您一切顺利"],
            "busy": ["{n}您先忙，不打扰了，注意休息", "{n}您辛苦了，改日再向您问候", "{n}好的，不占用您时间了，祝您新年顺遂"],
            "close": ["{n}好的，不打扰您了，祝您新年顺遂", "{n}感谢您的回复，改日再向您问候", "{n}那就先这样，祝您阖家安康"]},
}
_WIND_EN = {
    "casual": {"cold": [
        "{n}no worries, happy new year!",
        "{n}take care, talk soon.",
        "{n}alright, wishing you a great year ahead.",
    ],
               "busy": [
                   "{n}I'll let you get back to it, don't work too hard.",
                   "{n}go get it done, let's catch up after the holidays.",
                   "{n}hang in there, talk when things calm down.",
               ],
               "close": [
                   "{n}alright, I'll let you go. Happy new year, talk soon.",
                   "{n}sounds good, see you after the holidays.",
                   "{n}it's a plan then, take care.",
               ]},
    "biz": {"cold": [
        "{n}thank you, I won't take more of your time. Best wishes.",
        "{n}thanks for the reply, wishing you a great year.",
        "{n}all the best for the new year.",
    ],
            "busy": [
                "{n}I'll let you get back to work. Best wishes.",
                "{n}thank you, I won't take more of your time.",
                "{n}wishing you a smooth and successful year.",
            ],
            "close": [
                "{n}thank you, I won't take more of your time. Best wishes.",
                "{n}wishing you a smooth and successful year.",
                "{n}looking forward to speaking again soon.",
            ]},
}


def _pick(bank: dict[str, Any], style: str) -> Any:
    return bank.get(style) or bank["casual"]


def _question_core(question: str, language: str) -> str:
    if language == "en":
        words = re.sub(r"[?？!.,]", "", question).split()
        words = [w for w in words if w.lower() not in {"so", "and", "btw", "you", "your"}]
        return " ".join(words[:5]) or "that"
    core = re.sub(r"[？?！!。，,\s]", "", question)
    core = re.sub(r"^(?:你们|你|您)(?:最近|现在)?", "", core)
    core = re.sub(r"(?:怎么样|咋样|如何|了吗|吗|呢|么|嘛)$", "", core)
    return core[:10] or "这个"


def _templates(thread: Thread, analysis: Analysis, language: str) -> list[str]:
    style = _STYLE_KEY[thread.style]
    zh = language == "zh"
    strategy = analysis.strategy
    if strategy == "comfort":
        # Tech style borrows casual comfort: a grieving friend gets no memes, whatever the sender's voice.
        bank = _COMFORT_ZH if zh else _COMFORT_EN
        return list(_pick(bank, "casual" if style == "tech" else style))
    if strategy == "wind_down":
        cause = analysis.mood if analysis.mood in ("cold", "busy") else "close"
        return list(_pick(_WIND_ZH if zh else _WIND_EN, style)[cause])
    if strategy == "answer_question":
        question = analysis.questions[0] if analysis.questions else ""
        topic = next((t for t, rx in _TOPICS if rx.search(question)), "generic")
        texts = list(_pick((_ANSWER_ZH if zh else _ANSWER_EN)[topic], style))
        core = _question_core(question, language)
        texts = [t.replace("{core}", core) for t in texts]
        if thread.rounds < WIND_DOWN_ROUNDS and not _BARE_YOU_TOO.match(question):  # keep the ball rolling
            texts[0] += ("，您那边呢？" if style == "biz" else "，你呢？") if zh else ". You?"
        else:  # a long thread: answer, then let them go
            texts[-1] += ("，先不打扰啦" if style != "biz" else "，先不打扰您了") if zh else ", talk soon"
        return texts
    if strategy == "keep_voice":
        texts = list(_pick(_KEEP_VOICE_ZH if zh else _KEEP_VOICE_EN, style))
        default = "这梗" if zh else "tech"
        p = analysis.picked_up[0] if analysis.picked_up else default
        return [t.replace("{p}", p) for t in texts]
    if analysis.opened:
        o = analysis.opened[0]
        return [t.replace("{o}", o) for t in _pick(_TOSS_OPENED_ZH if zh else _TOSS_OPENED_EN, style)]
    return list(_pick(_TOSS_ZH if zh else _TOSS_EN, style))


def _address(text: str, name: str | None, language: str) -> str:
    if language == "zh":
        return text.replace("{n}", f"{name}，" if name else "")
    body = text.replace("{n}", "")
    body = re.sub(r"([.?!]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), body)  # sentence starts
    if name:
        body = body if body.startswith(("I ", "I'")) else body[:1].lower() + body[1:]
        return f"{name}, {body}"
    return body[:1].upper() + body[1:]


def _reply_language(thread: Thread, reply: str) -> str:
    return _language(reply, thread.language)


def compose_followups_offline(thread: Thread, analysis: Analysis) -> list[str]:
    """Two or three template follow-ups for the strategy, in the sender's style; never repeats a "me" turn."""
    _, reply = thread.focus()
    language = _reply_language(thread, reply)
    earlier = thread.mine()
    out: list[str] = []
    for template in _templates(thread, analysis, language):
        text = _address(template, thread.name, language)
        if _fits(text, analysis, language, earlier) and not any(_norm(text) == _norm(o) for o in out):
            out.append(text)
    if len(out) < 2:
        # Everything was said before (a long thread): fall back to the goodbyes of the style.
        style = _STYLE_KEY[thread.style]
        bank = _WIND_ZH if language == "zh" else _WIND_EN
        closing = Analysis(analysis.mood, analysis.picked_up, analysis.questions, analysis.opened, "wind_down")
        for cause in ("close", "cold", "busy"):
            for template in _pick(bank, style)[cause]:
                text = _address(template, thread.name, language)
                fresh = all(_norm(text) != _norm(o) for o in out)
                if len(out) < 3 and fresh and _fits(text, closing, language, earlier):
                    out.append(text)
    return out[:3]


# Generate: the whole step --------------------------------------------------------------------------


async def suggest(thread: Thread, llm: LLMClient | None, *, n: int = 3) -> FollowUp:
    """Follow-up suggestions for the last reply: the model's drafts that pass the checks, else templates."""
    n = max(2, min(3, n))
    analysis, _, error = await _analyse(thread, llm)
    _, reply = thread.focus()
    language = _reply_language(thread, reply)
    # The analysis call just found the model down: do not make the user wait for a second timeout.
    if llm is not None and not isinstance(error, LLMUnavailable):
        try:
            result = await llm.chat(build_followup_messages(thread, analysis), n=n, max_tokens=160)
        except LLMError as exc:
            log.warning("model unavailable for follow-ups (%s); using templates", exc.__class__.__name__)
        else:
            earlier = thread.mine()
            drafts: list[str] = []
            for raw in result.texts:
                for text in clean_suggestion(raw):
                    if _fits(text, analysis, language, earlier) and all(_norm(text) != _norm(d) for d in drafts):
                        drafts.append(text)
            if len(drafts) >= 2:
                return FollowUp(analysis, tuple(drafts[:n]), "vllm")
            log.warning("only %d model follow-ups passed the checks; using templates", len(drafts))
    return FollowUp(analysis, tuple(compose_followups_offline(thread, analysis)[:n]), "rules")


# Input helpers -------------------------------------------------------------------------------------

_PASTED_ZH = re.compile(
    r"^\s*(?:(?P<who>对方|他|她|ta|它|人家|[\u4e00-\u9fff]{1,4}?)\s*(?:回复|回|说|答)(?:了)?(?:我|句|一句)?(?:说)?"
    r"|回复|回信|回信内容|对方的回复)\s*[：:]\s*(?P<body>.+)$", re.S | re.I)
# A name before the verb only with a verb ("Bo replied:"); a bare "Note:" is no reply.
_PASTED_EN = re.compile(
    r"^\s*(?:(?:(?i:they|he|she|my friend)|[A-Z][a-z]+)\s+(?:replied|said|wrote|answered|says|writes|responded)"
    r"(?:\s+back)?|(?i:(?:the |their |her |his )?reply))\s*[:：]\s*(?P<body>.+)$", re.S)
_QUOTED = re.compile(r"^\s*(?:“(?P<a>[^“”]+)”|\"(?P<b>[^\"]+)\"|「(?P<c>[^「」]+)」|『(?P<d>[^『』]+)』)\s*$", re.S)


def read_pasted_reply(text: str) -> str | None:
    """The friend's reply when the user pasted one ("对方回复：…", "they replied: …", a quoted block), else None."""
    m = _PASTED_ZH.match(text)
    # "帮我回：…" / "请回复：…" ask us to write something; they paste nothing.
    if m and not re.search(r"[我帮请给写]", m.group("who") or ""):
        return _unquote(m.group("body"))
    m = _PASTED_EN.match(text)
    if m:
        return _unquote(m.group("body"))
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    if lines and all(ln.lstrip().startswith(">") for ln in lines):
        return _unquote("\n".join(ln.lstrip()[1:].strip() for ln in lines))
    m = _QUOTED.match(text)
    if m:
        return _unquote(next(g for g in m.groups() if g))
    return None


def _unquote(body: str) -> str | None:
    body = re.sub(r"^[\s\"'“”「」『』]+|[\s\"'“”「」『』]+$", "", body)
    return body or None


def name_from_greeting(greeting: str) -> str | None:
    """How the greeting addressed them, when it opens with a form of address ("王哥，…", "Hi Ann, …")."""
    m = re.match(rf"^\s*(?:亲爱的)?([{_CJK}]{{1,4}})[，,！!]", greeting)
    if m and not re.search(r"新年|快乐|你好|您好|过年|春节|大家|祝|恭喜|哈哈", m.group(1)):
        return m.group(1)
    m = re.match(r"^\s*(?:dear|hi|hey|hello)\s+([A-Z][a-z]+)\s*[,!]", greeting, re.I)
    return m.group(1) if m else None


async def followup_json(greeting: str, reply: str, style: str, llm: LLMClient | None) -> dict[str, Any]:
    """For the CLI: one greeting, one reply → FollowUp.to_json(); the name is read off the greeting."""
    thread = Thread(turns=(("me", greeting), ("them", reply)), style=style, name=name_from_greeting(greeting),
                    language=_language(greeting + reply))
    return (await suggest(thread, llm)).to_json()


__all__ = [
    "ANALYSIS_SCHEMA", "Analysis", "FollowUp", "MOODS", "Mood", "STRATEGIES", "Strategy", "Thread", "analyse",
    "analyse_rules", "answers_question", "build_followup_messages", "choose_strategy", "clean_suggestion",
    "compose_followups_offline", "followup_json", "name_from_greeting", "read_pasted_reply", "suggest",
]
