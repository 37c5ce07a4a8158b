"""Cards in the conversation: after drafts, "做成贺卡" / 🖼 / "make it a card" sends the chosen draft (or the first)
as a card picture; "换个样式" / "another design" sends it again in the next design.

Designs cycle deterministically through the greeting styles (`bot.domain.STYLES`), starting from the style the
drafts were written in; the holiday's motif stays. Drawing happens at send time (`bot.cards.sending`), off the
event loop; without a font the text goes alone and the owner is told there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from bot.conversation.turn_state import TurnState
from bot.domain import STYLES, Button, CardSpec, IncomingMessage, OutgoingMessage
from bot.reading.dialogue import with_defaults
from bot.writing import holidays

MAKE_ZH, MAKE_EN = "做成贺卡", "make it a card"
RESTYLE_ZH, RESTYLE_EN = "换个样式", "another design"
_MAKE = re.compile(
    r"^\s*(?:(?:第|用第)?\s*([1-5])\s*条?\s*)?(?:🖼\ufe0f?\s*)?"
    r"(?:(?:做成|做张|做个|做一张|来张|来一张|生成|配)?(?:一张)?贺卡|make (?:it |this )?(?:into )?a card|as a card|card)?"
    r"\s*(?:吧|呗|呀)?\s*[。.!！]?\s*$", re.I)
_RESTYLE = re.compile(r"^\s*(?:🖼\ufe0f?\s*)?(?:换(?:个|一个|种|一种)(?:贺卡)?(?:样式|款式|设计|图)|贺卡换个样式|"
                      r"(?:another|a different|next) (?:card )?design|change the (?:card )?design)\s*[吧。.!！]?\s*$", re.I)


def card_button(english: bool) -> Button:
    """The button under drafts that makes a card."""
    return Button("🖼 Card", MAKE_EN) if english else Button("🖼 做成贺卡", MAKE_ZH)


def next_style(style: str) -> str:
    """The design after `style`, round the four styles."""
    return STYLES[(STYLES.index(style) + 1) % len(STYLES)] if style in STYLES else STYLES[0]


class CardChat:
    """The card stage of a turn (engine route 2b)."""

    def __init__(self, today: Callable[[], date]) -> None:
        self.today = today

    async def handle(self, text: str, state: TurnState, conv: object, msg: IncomingMessage
                     ) -> list[OutgoingMessage] | None:
        """A card of a draft, when asked for after drafts; None when the text is not about cards."""
        if not state.drafts or state.stage not in ("drafted", "followup"):
            return None
        restyle = _RESTYLE.match(text)
        make = None if restyle else _MAKE.match(text)
        if make is not None and not re.search(r"贺卡|card|🖼", text, re.I):
            make = None  # a bare number is a choice, not a card
        if restyle is None and make is None:
            return None
        slots = with_defaults(state.slots)
        english = slots.language == "en"
        if make is not None and make.group(1):
            state.card_draft = int(make.group(1)) - 1
        elif make is not None or state.card_draft is None:
            state.card_draft = state.chosen if state.chosen is not None else 0
        index = min(state.card_draft, len(state.drafts) - 1)
        base = state.card_style or slots.style or STYLES[0]
        state.card_style = next_style(base) if restyle and state.card_style else base
        today = self.today()
        holiday = holidays.resolve(slots.holiday, today) if slots.holiday else holidays.next_holiday(today)
        spec = CardSpec(state.drafts[index], slots.name, holiday.name, today.isoformat(), state.card_style,
                        "square" if msg.is_group else "portrait", msg.user_name, english=english)
        if english:
            said = f"{state.drafts[index]}\n\n(Card: {state.card_style}. Say \"another design\" for a different one.)"
            buttons = (Button("Another design", RESTYLE_EN),)
        else:
            said = f"{state.drafts[index]}\n\n（贺卡：{state.card_style}。想换个样子就说「换个样式」。）"
            buttons = (Button("换个样式", RESTYLE_ZH),)
        return [OutgoingMessage(msg.chat_id, said, buttons, card=spec)]
