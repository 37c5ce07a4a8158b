"""The card designs: a holiday's motif (what is drawn) in a greeting style's palette (how it looks).

Seven motifs — 春节/除夕 (lanterns, plum blossom, fireworks), 元宵 (a string of lanterns under a full moon), 中秋
(the moon, clouds, osmanthus), 端午 (waves, a dragon boat, zongzi), 七夕 (the Milky Way and the magpie bridge),
元旦 (fireworks and confetti) and a neutral one for every other holiday — times the four styles: 传统喜庆 red
and gold, 轻松自然 light pastels, 商务得体 ivory, navy and a thin gold line, LLM科技风 a dark screen with circuit
traces. 28 designs in all; every one has its own palette, and the text always sits on a plain panel so it reads.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.domain import STYLES

Color = tuple[int, int, int]

MOTIFS: tuple[str, ...] = ("spring", "lantern", "moon", "dragonboat", "qixi", "newyear", "neutral")
# Which motif a holiday is drawn with; every holiday not named here gets the neutral one.
MOTIF_OF_HOLIDAY: dict[str, str] = {
    "春节": "spring", "除夕": "spring", "小年": "spring", "腊八": "spring",
    "元宵": "lantern",
    "中秋": "moon",
    "端午": "dragonboat",
    "七夕": "qixi", "情人节": "qixi",
    "元旦": "newyear",
}
STYLE_KEYS: dict[str, str] = {"传统喜庆": "trad", "轻松自然": "casual", "商务得体": "biz", "LLM科技风": "tech"}


class UnknownCardStyle(ValueError):
    """A style that is not one of `bot.domain.STYLES`."""


@dataclass(frozen=True)
class Palette:
    """The colours of one design. The panel is what the greeting sits on: opaque enough that the text reads."""

    top: Color  # background gradient, top to bottom
    bottom: Color
    panel: Color
    panel_alpha: int  # 0–255
    panel_edge: Color
    title: Color
    subtitle: Color
    body: Color
    ornament: Color  # the main colour of the drawings
    ornament2: Color  # their second colour
    shadow: Color | None = None  # a soft shadow under the title, where the background needs it


@dataclass(frozen=True)
class Design:
    """One motif in one style: the palette, the faces of title and body, and how the drawings are made."""

    motif: str
    style: str
    palette: Palette
    title_font: str  # a role of `CardFonts`
    body_font: str
    line_art: bool  # drawings as outlines (商务得体, LLM科技风) rather than filled shapes

    @property
    def key(self) -> str:
        """A stable name for files and caches: `spring-trad`."""
        return f"{self.motif}-{STYLE_KEYS[self.style]}"


_TRAD = Palette(top=(206, 24, 40), bottom=(132, 8, 22), panel=(255, 246, 228), panel_alpha=246,
                panel_edge=(222, 172, 82), title=(255, 216, 130), subtitle=(255, 232, 190), body=(92, 24, 14),
                ornament=(240, 190, 90), ornament2=(255, 96, 70), shadow=(90, 0, 10))
_CASUAL = Palette(top=(255, 244, 236), bottom=(255, 222, 208), panel=(255, 255, 255), panel_alpha=225,
                  panel_edge=(255, 200, 180), title=(214, 84, 52), subtitle=(150, 96, 80), body=(58, 52, 50),
                  ornament=(255, 150, 120), ornament2=(255, 205, 120))
_BIZ = Palette(top=(251, 249, 244), bottom=(239, 234, 223), panel=(255, 255, 255), panel_alpha=200,
               panel_edge=(190, 160, 110), title=(28, 40, 72), subtitle=(120, 104, 78), body=(40, 42, 48),
               ornament=(176, 141, 87), ornament2=(28, 40, 72))
_TECH = Palette(top=(10, 16, 40), bottom=(18, 28, 62), panel=(12, 20, 46), panel_alpha=235,
                panel_edge=(56, 189, 248), title=(125, 211, 252), subtitle=(165, 180, 252), body=(229, 237, 255),
                ornament=(56, 189, 248), ornament2=(167, 139, 250), shadow=(0, 0, 0))

_BASE: dict[str, Palette] = {"传统喜庆": _TRAD, "轻松自然": _CASUAL, "商务得体": _BIZ, "LLM科技风": _TECH}
# Where a motif wants its own colours (a night sky for the moon, mint for 端午); the rest take the style's.
_TWEAKS: dict[tuple[str, str], dict[str, Color]] = {
    ("moon", "传统喜庆"): {"top": (120, 14, 30), "bottom": (60, 6, 20), "ornament2": (255, 226, 150)},
    ("qixi", "传统喜庆"): {"top": (176, 20, 70), "bottom": (96, 10, 52), "ornament2": (255, 170, 200)},
    ("lantern", "轻松自然"): {"top": (255, 247, 230), "bottom": (255, 226, 190), "title": (204, 90, 30),
                          "ornament": (255, 140, 90), "ornament2": (255, 200, 90)},
    ("moon", "轻松自然"): {"top": (236, 238, 255), "bottom": (214, 220, 252), "title": (80, 84, 170),
                       "subtitle": (110, 110, 160), "ornament": (255, 206, 110), "ornament2": (170, 180, 240),
                       "panel_edge": (190, 196, 240)},
    ("dragonboat", "轻松自然"): {"top": (234, 248, 240), "bottom": (206, 236, 220), "title": (36, 130, 90),
                             "subtitle": (70, 120, 100), "ornament": (90, 180, 140), "ornament2": (250, 190, 90),
                             "panel_edge": (170, 220, 195)},
    ("qixi", "轻松自然"): {"top": (253, 240, 247), "bottom": (240, 218, 240), "title": (190, 70, 140),
                       "subtitle": (150, 100, 140), "ornament": (240, 130, 180), "ornament2": (170, 150, 240),
                       "panel_edge": (240, 190, 220)},
    ("newyear", "轻松自然"): {"top": (236, 245, 255), "bottom": (214, 232, 255), "title": (40, 100, 200),
                          "subtitle": (80, 110, 160), "ornament": (90, 150, 250), "ornament2": (255, 170, 90),
                          "panel_edge": (180, 210, 250)},
    ("neutral", "轻松自然"): {"top": (245, 248, 238), "bottom": (226, 236, 214), "title": (80, 130, 60),
                          "subtitle": (100, 120, 90), "ornament": (140, 190, 110), "ornament2": (250, 200, 110),
                          "panel_edge": (200, 225, 185)},
    ("moon", "LLM科技风"): {"ornament2": (250, 204, 21)},
    ("qixi", "LLM科技风"): {"ornament": (244, 114, 182)},
    ("dragonboat", "LLM科技风"): {"ornament": (52, 211, 153)},
}
_FONTS: dict[str, tuple[str, str]] = {  # (title, body) roles per style
    "传统喜庆": ("serif_bold", "serif"), "轻松自然": ("sans_bold", "sans"),
    "商务得体": ("serif_bold", "sans"), "LLM科技风": ("sans_bold", "sans"),
}


def design_for(holiday: str, style: str) -> Design:
    """The design of canonical holiday `holiday` in greeting style `style` (neutral motif for other holidays)."""
    if style not in STYLES:
        raise UnknownCardStyle(f"unknown style {style!r}; one of {', '.join(STYLES)}")
    return _design(MOTIF_OF_HOLIDAY.get(holiday, "neutral"), style)


def _design(motif: str, style: str) -> Design:
    palette = replace(_BASE[style], **_TWEAKS.get((motif, style), {}))
    title, body = _FONTS[style]
    return Design(motif, style, palette, title, body, line_art=style in ("商务得体", "LLM科技风"))


def all_designs() -> list[Design]:
    """Every motif in every style, motif by motif."""
    return [_design(motif, style) for motif in MOTIFS for style in STYLES]
