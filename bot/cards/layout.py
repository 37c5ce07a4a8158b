"""Where everything goes on a card: the fixed frame of each size, and the text fitted into it.

The frame is the same for every design of a size (drawings go around it, so a design's background can be drawn
once and reused). The greeting is fitted into the panel: the largest size at which its lines, wrapped by
`linebreak`, fit the panel's inner box, stepping down 2 px at a time and re-flowing; the text is never cut.
Every drawn line comes back with its box (font metrics joined with the ink box), so a test can measure it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from PIL import ImageFont

from bot.cards.fonts import CardError
from bot.cards.linebreak import cells, wrap

CardSize = Literal["portrait", "square"]
SIZES: dict[str, tuple[int, int]] = {"portrait": (1080, 1620), "square": (1080, 1080)}
MIN_BODY_PX = 12  # below this a phone shows no readable text: refuse rather than cut


class CardTextTooLong(CardError):
    """The greeting does not fit the card even at the smallest readable size."""


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle in pixels."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def inset(self, dx: float, dy: float) -> Box:
        return Box(self.left + dx, self.top + dy, self.right - dx, self.bottom - dy)

    def contains(self, other: Box) -> bool:
        return (self.left <= other.left and self.top <= other.top
                and other.right <= self.right and other.bottom <= self.bottom)

    def overlaps(self, other: Box) -> bool:
        return (self.left < other.right and other.left < self.right
                and self.top < other.bottom and other.top < self.bottom)

    def union(self, other: Box) -> Box:
        return Box(min(self.left, other.left), min(self.top, other.top),
                   max(self.right, other.right), max(self.bottom, other.bottom))


@dataclass(frozen=True)
class Frame:
    """The geometry of one card size: the safe area no text leaves, the title and date slots, the panel the
    greeting sits on and its inner box (the panel less its padding)."""

    size: str
    width: int
    height: int
    safe: Box
    title: Box
    subtitle: Box
    panel: Box
    inner: Box
    title_px: int  # the title's largest size
    subtitle_px: int
    body_px: int  # the greeting's largest size

    def regions(self) -> dict[str, Box]:
        return {"title": self.title, "subtitle": self.subtitle, "body": self.inner}


def frame_for(size: str) -> Frame:
    """The frame of `size` ("portrait" for phones, 1080×1620; "square" for groups, 1080×1080)."""
    if size == "portrait":
        panel = Box(90, 540, 990, 1450)
        return Frame("portrait", 1080, 1620, safe=Box(60, 60, 1020, 1560), title=Box(100, 250, 980, 420),
                     subtitle=Box(100, 430, 980, 492), panel=panel, inner=panel.inset(56, 52),
                     title_px=128, subtitle_px=34, body_px=60)
    if size == "square":
        panel = Box(80, 300, 1000, 1000)
        return Frame("square", 1080, 1080, safe=Box(48, 48, 1032, 1032), title=Box(200, 84, 880, 214),
                     subtitle=Box(200, 220, 880, 268), panel=panel, inner=panel.inset(48, 44),
                     title_px=100, subtitle_px=28, body_px=52)
    raise ValueError(f"unknown card size {size!r}; one of {', '.join(SIZES)}")


@dataclass(frozen=True)
class TextLine:
    """One drawn line: what, where (left x and baseline y), in which face and size, and the box it covers."""

    role: str  # title, subtitle, salutation, body, sender
    region: str  # the frame region it must stay inside
    text: str
    x: float
    baseline: float
    font: str
    px: int
    box: Box
    spacing: float = 0.0  # extra px between the line's cells (`linebreak.cells`): a justified line


@dataclass(frozen=True)
class CardLayout:
    """Every line a card draws, and the frame they were fitted into."""

    frame: Frame
    lines: tuple[TextLine, ...]
    body_px: int

    def of(self, role: str) -> list[TextLine]:
        return [line for line in self.lines if line.role == role]


FontOf = Callable[[str, int], ImageFont.FreeTypeFont]  # (role, px) → font


def _hair(font: ImageFont.FreeTypeFont) -> float:
    """What lines are kept short of their box by, for glyphs whose ink reaches past their advance ("y", "您": a
    pixel or so at either end). Breaking by advances is what makes wrapping fast; `_line` measures the ink."""
    return math.ceil(font.size * 0.04) + 1


def _line(role: str, region: str, text: str, x: float, baseline: float, font_role: str, px: int,
          font: ImageFont.FreeTypeFont, spacing: float = 0.0) -> TextLine:
    ascent, descent = font.getmetrics()
    stretch = spacing * (len(cells(text)) - 1) if spacing else 0.0
    ink = font.getbbox(text, anchor="ls") if text.strip() else (0, 0, 0, 0)
    x -= min(0, ink[0])  # a glyph that reaches left of its origin starts that much further in
    metric = Box(x, baseline - ascent, x + font.getlength(text) + stretch, baseline + descent)
    box = metric.union(Box(x + ink[0], baseline + ink[1], x + ink[2] + stretch, baseline + ink[3]))
    return TextLine(role, region, text, x, baseline, font_role, px, box, spacing)


def fit_centered(text: str, role: str, region: Box, font_role: str, font_of: FontOf, max_px: int,
                 max_lines: int = 2, leading: float = 1.5) -> list[TextLine]:
    """`text` centred in `region` at the largest size that fits, on one line if it can at 60% of `max_px` or
    more, else on up to `max_lines` lines of balanced length ("Happy Chinese / New Year's Eve")."""
    for lines_allowed, floor in ((1, int(max_px * 0.6)), (max_lines, 10)):
        for px in range(max_px, floor - 1, -2):
            font = font_of(font_role, px)
            measure, room = font.getlength, region.width - _hair(font)
            lines = wrap(text, room, measure)
            step = px * leading
            if len(lines) > lines_allowed or _block_height(font, len(lines), step) > region.height \
                    or any(measure(line) > room for line in lines):
                continue
            if len(lines) > 1:
                lines = _balanced(text, room, measure, len(lines))
            ascent, descent = font.getmetrics()
            top = region.top + (region.height - _block_height(font, len(lines), step)) / 2
            return [_line(role, role, t, region.left + (region.width - measure(t)) / 2,
                          top + ascent + k * step, font_role, px, font) for k, t in enumerate(lines)]
    raise CardTextTooLong(f"the {role} {text!r} does not fit its place on the card")


def _balanced(text: str, width: float, measure: Callable[[str], float], n: int) -> list[str]:
    """The wrap of `text` into `n` lines at the narrowest width that still needs no more than `n`."""
    low, high = width / n, width
    while high - low > 4:
        mid = (low + high) / 2
        low, high = (low, mid) if len(wrap(text, mid, measure)) <= n else (mid, high)
    return wrap(text, high, measure)


def _block_height(font: ImageFont.FreeTypeFont, n: int, step: float) -> float:
    ascent, descent = font.getmetrics()
    return (n - 1) * step + ascent + descent if n else 0.0


@dataclass(frozen=True)
class Letter:
    """The greeting as a letter: who it is to, its paragraphs, who it is from (each may be empty)."""

    salutation: str
    paragraphs: tuple[str, ...]
    signature: str
    chinese: bool


def fit_letter(letter: Letter, region: Box, font_role: str, font_of: FontOf, max_px: int) -> list[TextLine]:
    """The letter's lines at the largest size that fits `region`: Chinese paragraphs indented two characters and
    set 1.62 apart, English ones flush and 1.5 apart; the signature right-aligned after a gap."""
    leading = 1.62 if letter.chinese else 1.5  # 1.5: no tighter than the CJK faces' own line box (1.46 em)
    units = sum(len(p) for p in letter.paragraphs) + len(letter.salutation) + len(letter.signature)
    # Start near the size whose lines would fill the box, not at the top: fewer tries for long greetings.
    guess = math.sqrt(region.width * region.height / max(units, 1) / (leading * (1.0 if letter.chinese else 0.55)))
    start = min(max_px, int(guess * 1.2) // 2 * 2 + 2)
    if (lines := _try_letter(letter, region, font_role, font_of, start, leading)) is not None:
        return lines
    # The largest size that fits, by bisection (a smaller size never needs more room): a handful of tries.
    low, high, best = MIN_BODY_PX, start - 1, None
    while low <= high:
        px = (low + high) // 2
        if (lines := _try_letter(letter, region, font_role, font_of, px, leading)) is not None:
            best, low = lines, px + 1
        else:
            high = px - 1
    if best is None:
        raise CardTextTooLong("the greeting is too long for a card even in the smallest readable type")
    return best


def _try_letter(letter: Letter, region: Box, font_role: str, font_of: FontOf, px: int,
                leading: float) -> list[TextLine] | None:
    font = font_of(font_role, px)
    measure, room = font.getlength, region.width - _hair(font)
    step = px * leading
    indent = 2 * px if letter.chinese else 0.0
    # (role, text, gap before it in lines, indent, justified)
    rows: list[tuple[str, str, float, float, bool]] = []
    if letter.salutation:
        rows += [("salutation", t, 0.0, 0.0, False) for t in wrap(letter.salutation, room, measure)]
    for paragraph in letter.paragraphs:
        gap = 0.25 if rows else 0.0
        wrapped = wrap(paragraph, room, measure, first_indent=indent)
        # Chinese body text is set justified (flush on both sides) but for a paragraph's last line.
        rows += [("body", t, gap if i == 0 else 0.0, indent if i == 0 else 0.0,
                  letter.chinese and i < len(wrapped) - 1) for i, t in enumerate(wrapped)]
    sender_font = font_of(font_role, max(MIN_BODY_PX, int(px * 0.92)))
    if letter.signature:
        rows += [("sender", t, 0.5 if i == 0 else 0.0, 0.0, False)
                 for i, t in enumerate(wrap(letter.signature, region.width - _hair(sender_font),
                                                  sender_font.getlength))]
    height = sum(row[2] * step for row in rows) + _block_height(font, len(rows), step)
    # A closing mark may hang past a word too long for any line (`linebreak._split_wide`): then go smaller.
    if height > region.height or any(row[3] + measure(row[1]) > room for row in rows if row[0] != "sender"):
        return None
    ascent, descent = font.getmetrics()
    top = region.top + (region.height - height) * 0.45  # a touch above the middle looks centred to the eye
    baseline = top + ascent
    out: list[TextLine] = []
    for i, (role, text, gap, shift, justified) in enumerate(rows):
        baseline += gap * step if i else 0.0
        f = sender_font if role == "sender" else font
        x = region.right - _hair(f) - f.getlength(text) if role == "sender" else region.left + shift
        spacing = 0.0
        if justified and (n := len(cells(text)) - 1) > 0:
            slack = region.right - _hair(f) - x - f.getlength(text)
            spacing = slack / n if 0 < slack <= 2.5 * px else 0.0  # a wider gap reads as a hole: leave it ragged
        out.append(_line(role, "body", text, x, baseline, font_role, f.size, f, spacing))
        baseline += step
    return out
