"""The nouns of a follow-up: the thread after a greeting went out, the reading of a reply, the suggestions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, get_args

from bot.domain import STYLES

Mood = Literal["happy", "teasing", "touched", "worried", "neutral", "sad", "cold", "busy"]
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
    relation_category: str | None = None  # 家人, 客户 …: decides 您, and whether "你呢？" fits
    relation: str | None = None  # the word itself (岳母, 舅舅): an in-law or an elder hears 您 though the category is 家人
    holiday: str | None = None  # the greeting's holiday (canonical name): its own words, never another's

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
