"""Follow-ups in a group: the bot posted a greeting there for its owner, and the recipient answers it in place.

The thread lives in the group's own conversation record (user "@thread"): who the greeting was from, in what
style, and the turns so far. A reply to the bot from someone else is read like a pasted one; the owner gets the
suggestions (only the owner's taps count), and `/say N` posts the chosen one in the group, in the owner's voice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.domain import ConversationKey
from bot.storage.conversations import StaleConversation
from bot.storage.store import Store

THREAD_USER = "@thread"


@dataclass
class GroupThread:
    owner: str
    style: str
    name: str | None
    turns: list[list[str]] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> GroupThread | None:
        return cls(**data) if data.get("owner") else None


async def load(store: Store, platform: str, chat_id: str) -> GroupThread | None:
    conv = await store.load_conversation(ConversationKey(platform, chat_id, THREAD_USER))
    return GroupThread.from_json(conv.state)


async def save(store: Store, platform: str, chat_id: str, thread: GroupThread) -> None:
    for _ in range(3):  # two greetings landing at once: the later one wins, without a lost write
        conv = await store.load_conversation(ConversationKey(platform, chat_id, THREAD_USER))
        conv.state = thread.to_json()
        try:
            await store.save_conversation(conv)
            return
        except StaleConversation:
            continue
