"""What a conversation remembers between turns, stored as JSON in its row."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.domain import Slots


@dataclass
class TurnState:
    """What the conversation remembers between turns (stored as JSON)."""

    stage: str = "idle"  # idle | collecting | generating | drafted
    slots: Slots = field(default_factory=Slots)
    pending: str | None = None
    wishes: list[str] = field(default_factory=list)
    drafts: list[str] = field(default_factory=list)
    greeting_ids: list[int] = field(default_factory=list)
    backend: str | None = None
    prompt: list[dict[str, str]] = field(default_factory=list)  # what the drafts were written from (feedback)
    chosen: int | None = None  # the draft the user took
    thread: list[list[str]] = field(default_factory=list)  # [speaker, text] after the greeting went out
    suggestions: list[str] = field(default_factory=list)  # follow-ups offered for the last reply
    last_sent: str | None = None  # the greeting this recipient got last time (from memory)
    card_style: str | None = None  # the design of the last card sent ("换个样式" moves on from it)
    card_draft: int | None = None  # which draft that card showed

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "slots": self.slots.to_dict()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TurnState:
        if not data:
            return cls()
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{**{k: v for k, v in data.items() if k in known}, "slots": Slots.from_dict(data.get("slots"))})
