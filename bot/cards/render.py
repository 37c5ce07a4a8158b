"""Render a greeting card: `render_card` (CPU work, ~tens of ms) and `render_card_async` (in a worker thread, for
the bot's event loop). The result carries the picture, the layout of every drawn line and the design used.

Failures are `CardError`s (`CardFontMissing`, `CardTextTooLong`, `EmptyGreeting`, `UnknownCardStyle` is a
ValueError): the caller then sends the greeting as text alone and tells the owner why.
"""

from __future__ import annotations

import asyncio
import functools
import io
from dataclasses import dataclass

from PIL import Image, ImageDraw

from bot.cards import wording
from bot.cards.designs import Design, design_for
from bot.cards.fonts import CardFonts
from bot.cards.layout import CardLayout, TextLine, fit_centered, fit_letter, frame_for
from bot.cards.linebreak import cells
from bot.cards.scenes import background
from bot.domain import Holiday, text_language


@dataclass(frozen=True)
class CardRequest:
    """What goes on a card. `holiday` comes from `bot.writing.holidays.resolve` (date and zodiac year);
    `style` is one of `bot.domain.STYLES`; `size` is "portrait" (phones) or "square" (groups)."""

    text: str
    name: str | None
    holiday: Holiday
    style: str = "传统喜庆"
    sender: str | None = None
    size: str = "portrait"


@dataclass(frozen=True)
class Card:
    """A rendered card: the picture, where each line went, and the design it was drawn in."""

    image: Image.Image
    layout: CardLayout
    design: Design

    def png(self) -> bytes:
        """The card as PNG bytes (what the platforms upload)."""
        out = io.BytesIO()
        self.image.save(out, "PNG", compress_level=6)
        return out.getvalue()


@functools.lru_cache(maxsize=12)  # a background is ~5 MB; a dozen covers the designs in use at one holiday
def _background(design: Design, size: str) -> Image.Image:
    return background(design, frame_for(size))


def layout_card(request: CardRequest, fonts: CardFonts, design: Design | None = None) -> CardLayout:
    """Where every line of the card goes, without drawing it."""
    design = design or design_for(request.holiday.name, request.style)
    frame = frame_for(request.size)
    chinese = text_language(request.text) == "zh"
    title = fit_centered(wording.title(request.holiday.name, chinese), "title", frame.title, design.title_font,
                         fonts.font, frame.title_px)
    date = fit_centered(wording.date_line(request.holiday, chinese), "subtitle", frame.subtitle, design.body_font,
                        fonts.font, frame.subtitle_px, max_lines=1)
    letter = wording.letter(request.text, request.name, request.sender, chinese)
    body = fit_letter(letter, frame.inner, design.body_font, fonts.font, frame.body_px)
    return CardLayout(frame, tuple(title + date + body), body[0].px if body else 0)


def render_card(request: CardRequest, fonts: CardFonts) -> Card:
    """Draw the card for `request` with `fonts` (see `fonts.find_fonts`)."""
    design = design_for(request.holiday.name, request.style)
    layout = layout_card(request, fonts, design)
    image = _background(design, request.size).copy()
    _draw_text(image, layout, design, fonts)
    return Card(image, layout, design)


async def render_card_async(request: CardRequest, fonts: CardFonts) -> Card:
    """`render_card` in a worker thread: drawing is CPU work that must not hold up the event loop."""
    return await asyncio.to_thread(render_card, request, fonts)


def _draw_text(image: Image.Image, layout: CardLayout, design: Design, fonts: CardFonts) -> None:
    p = design.palette
    draw = ImageDraw.Draw(image)
    colours = {"title": p.title, "subtitle": p.subtitle, "salutation": p.body, "body": p.body, "sender": p.body}
    for line in layout.lines:
        font = fonts.font(line.font, line.px)
        if line.role == "title" and p.shadow:
            offset = max(2, line.px // 40)
            draw.text((line.x + offset, line.baseline + offset), line.text, font=font, anchor="ls",
                      fill=p.shadow)
        if not line.spacing:
            draw.text((line.x, line.baseline), line.text, font=font, anchor="ls", fill=colours[line.role])
            continue
        x = line.x
        for cell in cells(line.text):
            draw.text((x, line.baseline), cell, font=font, anchor="ls", fill=colours[line.role])
            x += font.getlength(cell) + line.spacing


__all__ = ["Card", "CardRequest", "TextLine", "layout_card", "render_card", "render_card_async"]
