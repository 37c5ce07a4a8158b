"""The web adapter: the same engine as the chat platforms, in the console's "Try it" page.

Like the console adapter it drives the engine directly (a page waits for its answer; there is no platform to
acknowledge), so a browser is one more chat: the engine's replies come back with their buttons, and a tapped button
sends its payload as the text, exactly as a platform's tap does (👍 is "/fb up" here as on Telegram). Scheduled
messages for a web chat (a broadcast asked for in "Try it") land in that chat's transcript through `send`.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ClassVar, Literal

from adapters.console import Turns
from bot.domain import Button, ConversationKey, IncomingMessage, OutgoingMessage

PLATFORM = "web"


@dataclass(frozen=True)
class Line:
    """One message in a web chat's transcript: who said it, its text, the buttons that go with it."""

    who: Literal["you", "bot"]
    text: str
    buttons: tuple[Button, ...] = field(default_factory=tuple)
    at: float = 0.0
    tapped: bool = False  # "you" lines only: the text came from a button


class WebAdapter:
    """Web chats keyed by chat id (one per console login): say or tap, get the engine's replies as `Line`s.

    Transcripts live in process memory, bounded (`max_chats` recent chats, `max_lines` lines each): they are a view
    for the page, while the conversation itself (slots, drafts, feedback) is stored by the engine as for any platform.
    """

    platform: ClassVar[str] = PLATFORM

    def __init__(self, engine: Turns, *, max_chats: int = 256, max_lines: int = 60,
                 clock: Callable[[], float] = time.time) -> None:
        self.engine, self.clock = engine, clock
        self.max_chats, self.max_lines = max_chats, max_lines
        self._chats: OrderedDict[str, deque[Line]] = OrderedDict()
        self._locks: dict[str, asyncio.Lock] = {}
        self._n = 0

    async def start(self) -> None: ...
    async def stop(self) -> None: ...

    def transcript(self, chat_id: str) -> list[Line]:
        return list(self._chats.get(chat_id, ()))

    def _add(self, chat_id: str, line: Line) -> None:
        lines = self._chats.pop(chat_id, None) or deque(maxlen=self.max_lines)
        lines.append(line)
        self._chats[chat_id] = lines  # most recent last
        while len(self._chats) > self.max_chats:
            old, _ = self._chats.popitem(last=False)
            self._locks.pop(old, None)

    def _reply(self, chat_id: str, msg: OutgoingMessage) -> Line:
        line = Line("bot", msg.text, msg.buttons, self.clock())
        self._add(chat_id, line)
        return line

    async def say(self, chat_id: str, text: str, *, tapped: bool = False) -> list[Line]:
        """Hand one message (typed, or a tapped button's payload) to the engine; the replies, also kept in the
        transcript. One turn per chat at a time, in order, as the inbox does for a platform's person."""
        text = text.strip()
        if not text:
            return []
        lock = self._locks.setdefault(chat_id, asyncio.Lock())
        async with lock:
            self._n += 1
            self._add(chat_id, Line("you", text, (), self.clock(), tapped))
            msg = IncomingMessage(PLATFORM, chat_id, chat_id, text, message_id=str(self._n),
                                  event_id=f"{chat_id}:{self._n}", received_at=self.clock())
            return [self._reply(chat_id, r) for r in await self.engine.handle(msg)]

    async def resume(self, chat_id: str) -> list[Line]:
        """What the engine still owes this chat (a turn cut off while writing), once, when its page opens."""
        lock = self._locks.setdefault(chat_id, asyncio.Lock())
        async with lock:
            return [self._reply(chat_id, r) for r in await self.engine.resume(ConversationKey(PLATFORM, chat_id, chat_id))]

    async def send(self, msg: OutgoingMessage) -> list[str]:
        """A scheduled greeting or report for a web chat: it appears in that chat's transcript."""
        self._reply(msg.chat_id, msg)
        return []
