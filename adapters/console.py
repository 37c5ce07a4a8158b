"""The console adapter: the same engine as the chat platforms, in a terminal or behind a pipe."""

from __future__ import annotations

import asyncio
import sys
from typing import Protocol, TextIO

from rich.console import Console

from bot.domain import Button, ConversationKey, IncomingMessage, OutgoingMessage

PLATFORM = "console"
_QUIT = {"/quit", "/exit", "exit", "quit"}


class Turns(Protocol):
    """What the console drives: the engine (`bot.conversation.engine.Engine`), which adapters never import."""

    async def handle(self, msg: IncomingMessage) -> list[OutgoingMessage]: ...

    async def resume(self, key: ConversationKey) -> list[OutgoingMessage]: ...


class ConsoleAdapter:
    """Reads lines, hands them to the engine, prints replies; a bare number taps the numbered button."""

    def __init__(self, engine: Turns, *, user_id: str = "local", stdin: TextIO | None = None,
                 console: Console | None = None) -> None:
        self.engine = engine
        self.key = ConversationKey(PLATFORM, user_id, user_id)
        self.stdin = stdin or sys.stdin
        self.console = console or Console(highlight=False, soft_wrap=True)
        self._buttons: tuple[Button, ...] = ()

    @property
    def interactive(self) -> bool:
        return self.stdin.isatty()

    def render(self, msg: OutgoingMessage) -> None:
        self.console.print(msg.text, markup=False)
        if msg.buttons:
            self.console.print("  ".join(f"[{i}] {b.label}" for i, b in enumerate(msg.buttons, 1)), markup=False,
                               style="dim")
        self.console.print()
        self._buttons = msg.buttons

    async def send(self, msg: OutgoingMessage) -> list[str]:
        """A scheduled greeting or report, printed when it goes out."""
        self.console.print(f"[定时发送 → {msg.chat_id}]", markup=False, style="dim")
        self.render(msg)
        return []

    def to_text(self, line: str) -> str:
        """A typed number stands for the button with that number, as a tap would on a platform."""
        stripped = line.strip()
        if stripped.isdigit() and 1 <= int(stripped) <= len(self._buttons):
            return self._buttons[int(stripped) - 1].payload
        return stripped

    async def run(self) -> None:
        resumed = await self.engine.resume(self.key)
        if resumed:
            for reply in resumed:
                self.render(reply)
        elif self.interactive:
            self.console.print("greetbot：想给谁写祝福？（/help 看说明，/quit 退出）\n", markup=False)
        n = 0
        while True:
            if self.interactive:
                self.console.print("你> ", end="", markup=False)
            line = await asyncio.to_thread(self.stdin.readline)
            if not line or line.strip() in _QUIT:
                break
            if not line.strip():
                continue
            n += 1
            msg = IncomingMessage(PLATFORM, self.key.chat_id, self.key.user_id, self.to_text(line), message_id=str(n))
            for reply in await self.engine.handle(msg):
                self.render(reply)
