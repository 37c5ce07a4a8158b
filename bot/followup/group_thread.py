"""Follow-ups in a group: the bot posted a greeting there for its owner, and the recipient answers it in place.

One thread per posted greeting, not per group: two members' greetings in one group each keep their own turns and
suggestions. A thread lives in a conversation record of its own (user "@thread:<n>", n the greeting's outbox row),
holding whose greeting it was, in what style, the platform ids of the messages it posted (`anchors`) and the turns.
A reply finds its thread by the message it answers: by id where the platform names it, by the quoted text where
the platform quotes instead, and otherwise (nothing to go by) the group's latest thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bot.domain import ConversationKey
from bot.storage.conversations import StaleConversation
from bot.storage.store import Store

THREAD_PREFIX = "@thread:"
RECENT = 30  # threads looked at when routing a reply: greetings older than the latest 30 in a group are closed
_SPACE = re.compile(r"\s+")


@dataclass
class GroupThread:
    owner: str
    style: str
    name: str | None
    turns: list[list[str]] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)
    number: int = 0  # its "@thread:<n>": what `/say N <number>` names

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "number"}

    @classmethod
    def from_json(cls, data: dict[str, Any], number: int = 0) -> GroupThread | None:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__ and k != "number"}
        return cls(**known, number=number) if data.get("owner") else None

    def said(self, quoted: str) -> bool:
        """Whether `quoted` (the start of a message the platform quoted) is one of our turns in this thread."""
        probe = _SPACE.sub("", quoted)[:40]
        return bool(probe) and any(who == "me" and probe in _SPACE.sub("", text) for who, text in self.turns)


async def open_thread(store: Store, platform: str, chat_id: str, number: int, thread: GroupThread) -> None:
    """Start (or restart, on a resend of the same greeting) the thread of greeting `number`."""
    thread.number = number
    await save(store, platform, chat_id, thread)


async def load(store: Store, platform: str, chat_id: str, number: int) -> GroupThread | None:
    conv = await store.load_conversation(ConversationKey(platform, chat_id, f"{THREAD_PREFIX}{number}"))
    return GroupThread.from_json(conv.state, number)


async def recent(store: Store, platform: str, chat_id: str) -> list[GroupThread]:
    """The group's latest threads, newest first."""
    found = []
    for user_id, state in await store.conversations_named(platform, chat_id, THREAD_PREFIX, limit=RECENT):
        number = user_id[len(THREAD_PREFIX):]
        thread = GroupThread.from_json(state, int(number)) if number.isdigit() else None
        if thread is not None:
            found.append(thread)
    return sorted(found, key=lambda t: -t.number)


async def replied(store: Store, platform: str, chat_id: str, replied_to: str, quoted: str) -> GroupThread | None:
    """The thread a reply in the group answers (see the module's note); None when the group has none."""
    threads = await recent(store, platform, chat_id)
    by_id = [t for t in threads if replied_to and replied_to in t.anchors]
    by_text = [t for t in threads if quoted and t.said(quoted)]
    return (by_id or by_text or threads or [None])[0]


async def save(store: Store, platform: str, chat_id: str, thread: GroupThread) -> None:
    key = ConversationKey(platform, chat_id, f"{THREAD_PREFIX}{thread.number}")
    for _ in range(3):  # a reply and a `/say` landing at once: the later one wins, without a lost write
        conv = await store.load_conversation(key)
        conv.state = thread.to_json()
        try:
            await store.save_conversation(conv)
            return
        except StaleConversation:
            continue
