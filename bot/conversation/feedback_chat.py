"""Feedback in the chat: the events a tap or an edit becomes (👍 👎, used as is, edited before sending), stored
for the preference profile and training."""

from __future__ import annotations

import re

from bot.conversation.turn_state import TurnState
from bot.domain import IncomingMessage, OutgoingMessage
from bot.learning.feedback import FeedbackEvent
from bot.storage.store import Store

_EDITED = re.compile(r"^\s*(?:改了再发|我改成了?|实际发的是|我发的是|edited)\s*[:：]\s*(.+)$", re.S | re.I)


class FeedbackChat:
    """Turns taps and edits on the current batch of drafts into stored feedback events."""

    def __init__(self, store: Store) -> None:
        self.store = store

    async def edit(self, text: str, state: TurnState, msg: IncomingMessage) -> list[OutgoingMessage] | None:
        """The text the user really sent: a better answer than our draft, kept for their profile and training."""
        inline = _EDITED.match(text)
        if not (state.pending == "edit" or inline) or state.chosen is None or text.startswith("/"):
            return None
        edited = (inline.group(1) if inline else text).strip()
        state.pending = None
        if not edited:
            return None
        await self.record(msg, state, [(state.chosen, "edited", edited)])
        state.thread = [["me", edited]]
        return [OutgoingMessage(msg.chat_id, "记下了，以后照你改的方向写。TA 回复了就贴给我，我帮你接话。")]

    async def record(self, msg: IncomingMessage, state: TurnState, marks: list[tuple[int, str, str | None]]) -> None:
        """Store feedback events for drafts of the current batch: (draft index, kind, edited text)."""
        batch = tuple(state.greeting_ids)
        events = [
            FeedbackEvent(user_key=f"{msg.platform}:{msg.user_id}", greeting_id=batch[i] if i < len(batch) else 0,
                          kind=kind, draft=state.drafts[i], prompt=state.prompt, slots=state.slots.to_dict(),
                          edited_text=edited, batch=batch).to_json()
            for i, kind, edited in marks if i < len(state.drafts)
        ]
        if events:
            await self.store.add_feedback(msg.platform, msg.user_id, events)
