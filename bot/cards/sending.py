"""Sending a card: draw it just before the send (off the event loop), hand the PNG to the platform with the text,
and when it cannot go — no font, a drawing error, the platform refusing the picture — send the text alone.

In a chat the owner is told in one friendly line appended to that text (the error goes to the log, never a stack
to a person); a broadcast passes `tell_owner=False` and reports the reason to its owner instead (`CardSent.missed`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from bot.cards.designs import UnknownCardStyle
from bot.cards.fonts import CardError, CardFontMissing, CardFonts, find_fonts
from bot.cards.render import CardRequest, render_card_async
from bot.domain import CardSpec, ImageRefused, OutgoingMessage
from bot.writing import holidays

log = logging.getLogger(__name__)

Send = Callable[[str, OutgoingMessage], Awaitable[list[str] | None]]  # (platform, message) → ids posted

# Why a card did not go, as the owner is told (Chinese, English).
MISSED: dict[str, tuple[str, str]] = {
    "font": ("这台服务器上还没装中文字体", "the server has no Chinese font installed yet"),
    "render": ("画贺卡时出了点问题", "something went wrong while drawing the card"),
    "refused": ("平台没收下这张图片", "the platform did not accept the picture"),
}


def missed_line(reason: str, english: bool) -> str:
    """The friendly line that tells the owner the card stayed home and the text went alone."""
    why = MISSED.get(reason, MISSED["render"])[1 if english else 0]
    if english:
        return f"(No card this time — {why}, so here is the text on its own.)"
    return f"（贺卡这次没做成：{why}，先把文字发给你了。）"


@dataclass(frozen=True)
class CardSent:
    """What went out: the platform's ids, and why the card stayed home (None when it went)."""

    ids: list[str]
    missed: str | None = None


class CardMaker:
    """Finds the fonts once (`GREETBOT_CARD_FONT` or the system's), draws cards and sends them with their text."""

    def __init__(self, font_path: Path | None = None, *,
                 find: Callable[[Path | None], CardFonts] = lambda path: find_fonts(path)) -> None:
        self.font_path, self._find = font_path, find
        self._fonts: CardFonts | None = None

    async def fonts(self) -> CardFonts:
        """The card fonts; a search that fails is tried again next time (a font may be installed meanwhile)."""
        if self._fonts is None:
            self._fonts = await asyncio.to_thread(self._find, self.font_path)  # fc-list is a subprocess
        return self._fonts

    async def png(self, spec: CardSpec) -> bytes:
        """The card of `spec` as PNG bytes, drawn in a worker thread."""
        fonts = await self.fonts()
        holiday = holidays.resolve(spec.holiday, date.fromisoformat(spec.on))
        card = await render_card_async(CardRequest(spec.text, spec.name, holiday, spec.style, spec.sender, spec.size),
                                       fonts)
        return await asyncio.to_thread(card.png)

    async def send(self, send: Send, platform: str, msg: OutgoingMessage) -> CardSent:
        """`msg` with its card drawn and attached; the text alone (and the owner told) when the card cannot go.
        A platform's other refusals (`SendFailed`) and transient failures pass through as for any send."""
        spec = msg.card
        if spec is None:
            return CardSent(list(await send(platform, msg) or ()))
        try:
            image = await self.png(spec)
        except CardFontMissing as exc:
            log.warning("card for %s not drawn, sending text alone: %s", platform, exc)
            return await self._text_alone(send, platform, msg, "font")
        except (CardError, UnknownCardStyle, holidays.UnknownHoliday, ValueError) as exc:
            log.warning("card for %s not drawn (%s: %s), sending text alone", platform, type(exc).__name__, exc)
            return await self._text_alone(send, platform, msg, "render")
        except Exception:  # a bug in drawing must not cost the person their greeting
            log.exception("card for %s failed to draw, sending text alone", platform)
            return await self._text_alone(send, platform, msg, "render")
        try:
            return CardSent(list(await send(platform, replace(msg, card=None, image=image)) or ()))
        except ImageRefused as exc:
            log.warning("%s refused the card picture (%s: %s), sending text alone", platform, exc.code, exc.detail)
            return await self._text_alone(send, platform, msg, "refused")

    @staticmethod
    async def _text_alone(send: Send, platform: str, msg: OutgoingMessage, reason: str) -> CardSent:
        spec = msg.card
        assert spec is not None
        text = f"{msg.text}\n\n{missed_line(reason, spec.english)}" if spec.tell_owner else msg.text
        return CardSent(list(await send(platform, replace(msg, card=None, image=None, text=text)) or ()), reason)
