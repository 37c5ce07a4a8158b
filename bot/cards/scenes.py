"""A design's background for one card size: gradient, the motif's drawings around the frame, the border, the
divider under the date and the panel the greeting sits on. It holds no text, so it is drawn once per design and
size and reused (see `render`).

Drawings keep to the margins the frame leaves: the band above the title, the columns beside it (square cards),
the band under the panel. Whatever reaches under the panel is covered by it, so the text always sits on a plain
surface.
"""

from __future__ import annotations

import math
import random
import zlib
from collections.abc import Sequence

from PIL import Image, ImageFilter

from bot.cards import ornaments as o
from bot.cards.designs import Design
from bot.cards.layout import Frame

SCALE = 2  # drawings are made at twice the size and scaled down: smooth edges


def background(design: Design, frame: Frame) -> Image.Image:
    """The RGB background of `design` at `frame`'s size, panel included."""
    p = design.palette
    base = _gradient(frame.width, frame.height, p.top, p.bottom)
    layer = Image.new("RGBA", (frame.width * SCALE, frame.height * SCALE), (0, 0, 0, 0))
    pen = o.Pen(layer, SCALE, design.line_art)
    rng = random.Random(zlib.crc32(f"{design.key}/{frame.size}".encode()))  # the same card every time
    alpha = 170 if design.style == "商务得体" else 255  # restrained: the drawings recede
    if design.style == "LLM科技风":
        _tech_grid(pen, frame, design)
    _MOTIF_SCENES[design.motif](pen, frame, design, rng, alpha)
    _border(pen, frame, design)
    _divider(pen, frame, design)
    base.alpha_composite(layer.reduce(SCALE))
    base.alpha_composite(_panel(frame, design))
    return base.convert("RGB")


def _gradient(w: int, h: int, top: Sequence[int], bottom: Sequence[int]) -> Image.Image:
    mask = Image.linear_gradient("L").resize((w, h))
    return Image.composite(Image.new("RGBA", (w, h), o.rgba(bottom)), Image.new("RGBA", (w, h), o.rgba(top)), mask)


def _panel(frame: Frame, design: Design) -> Image.Image:
    p, s = design.palette, SCALE
    layer = Image.new("RGBA", (frame.width * s, frame.height * s), (0, 0, 0, 0))
    pen = o.Pen(layer, s)
    box = (frame.panel.left, frame.panel.top, frame.panel.right, frame.panel.bottom)
    radius = {"传统喜庆": 18, "轻松自然": 36, "商务得体": 6, "LLM科技风": 14}[design.style]
    if design.style in ("轻松自然", "商务得体"):  # a soft shadow lifts the paper off the background
        shadow = Image.new("RGBA", layer.size, (0, 0, 0, 0))
        o.Pen(shadow, s).rect((box[0] + 4, box[1] + 10, box[2] + 4, box[3] + 10), fill=(60, 40, 30, 46),
                              radius=radius)
        layer.alpha_composite(shadow.filter(ImageFilter.GaussianBlur(14 * s)))
    pen.rect(box, fill=o.rgba(p.panel, p.panel_alpha), outline=o.rgba(p.panel_edge), width=3, radius=radius)
    if design.style == "传统喜庆":  # a second, thin gold rule inside: the frame of a 贺卡
        pen.rect((box[0] + 10, box[1] + 10, box[2] - 10, box[3] - 10), outline=o.rgba(p.panel_edge, 200),
                 width=1.5, radius=radius - 6)
    if design.style == "LLM科技风":  # bright corner ticks, like a terminal window's
        for x, y, dx, dy in ((box[0], box[1], 1, 1), (box[2], box[1], -1, 1), (box[0], box[3], 1, -1),
                             (box[2], box[3], -1, -1)):
            pen.line([(x + dx * 6, y + dy * 46), (x + dx * 6, y + dy * 6), (x + dx * 46, y + dy * 6)],
                     o.rgba(p.ornament2), width=4)
    return layer.reduce(s)


def _border(pen: o.Pen, frame: Frame, design: Design) -> None:
    p, w, h = design.palette, frame.width, frame.height
    if design.style == "传统喜庆":
        for inset, width in ((22, 3), (32, 1.5)):
            pen.rect((inset, inset, w - inset, h - inset), outline=o.rgba(p.ornament, 220), width=width, radius=4)
        for x, y, dx, dy in ((22, 22, 1, 1), (w - 22, 22, -1, 1), (22, h - 22, 1, -1), (w - 22, h - 22, -1, -1)):
            # a 回纹 corner: a square spiral of gold
            pen.line([(x + dx * 8, y + dy * 40), (x + dx * 8, y + dy * 8), (x + dx * 40, y + dy * 8),
                      (x + dx * 40, y + dy * 28), (x + dx * 20, y + dy * 28), (x + dx * 20, y + dy * 20)],
                     o.rgba(p.ornament), width=3)
    elif design.style == "商务得体":
        pen.rect((30, 30, w - 30, h - 30), outline=o.rgba(p.ornament, 200), width=2)
    elif design.style == "LLM科技风":
        for x, y, dx, dy in ((28, 28, 1, 1), (w - 28, 28, -1, 1), (28, h - 28, 1, -1), (w - 28, h - 28, -1, -1)):
            pen.line([(x, y + dy * 60), (x, y), (x + dx * 60, y)], o.rgba(p.ornament), width=3)


def _divider(pen: o.Pen, frame: Frame, design: Design) -> None:
    """A short rule with a diamond between the date and the panel."""
    cx = frame.width / 2
    y = (frame.subtitle.bottom + frame.panel.top) / 2
    c = o.rgba(design.palette.subtitle if design.style != "传统喜庆" else design.palette.ornament, 200)
    pen.line([(cx - 150, y), (cx - 18, y)], c, width=2)
    pen.line([(cx + 18, y), (cx + 150, y)], c, width=2)
    pen.polygon([(cx, y - 9), (cx + 9, y), (cx, y + 9), (cx - 9, y)], fill=c)


def _tech_grid(pen: o.Pen, frame: Frame, design: Design) -> None:
    """A faint dot grid and circuit traces in the margins: the tech look under every tech motif."""
    p, w, h = design.palette, frame.width, frame.height
    dot = o.rgba(p.ornament, 60)
    for y in range(40, h - 20, 36):
        for x in range(40, w - 20, 36):
            pen.circle(x, y, 1.6, fill=dot)
    trace, node = o.rgba(p.ornament, 150), o.rgba(p.ornament2, 220)
    pb = frame.panel.bottom
    o.circuit(pen, (50, pb - 120), [("n", 60), ("ne", 30), ("n", 90)], trace, node)
    o.circuit(pen, (w - 50, pb - 60), [("n", 120), ("nw", 24), ("n", 60)], trace, node)
    o.circuit(pen, (60, pb + 40), [("e", 140), ("se", 24), ("e", 120)], trace, node)
    o.circuit(pen, (w - 60, pb + 36), [("w", 180), ("sw", 20), ("w", 60)], trace, node)


# --- the motifs ---------------------------------------------------------------------------------------------
# Each draws into the margins of `frame`: the portrait's band above the title (0–250) and under the panel
# (1450–1620); the square's columns beside the title (x < 200, x > 880, y < 300) and its thin bottom band.


def _spring(pen: o.Pen, f: Frame, d: Design, rng: random.Random, a: int) -> None:
    p = d.palette
    body, gold = o.rgba(p.ornament2 if d.style != "传统喜庆" else (230, 40, 40), a), o.rgba(p.ornament, a)
    if f.size == "portrait":
        o.lantern(pen, 150, 70, 112, body, gold, hang=70)
        o.lantern(pen, 930, 70, 112, body, gold, hang=70)
        o.firework(pen, 540, 128, 84, o.rgba(p.ornament, min(a, 200)))
        o.plum_branch(pen, (30, 1600), 420, -16, o.rgba(p.subtitle if d.style == "轻松自然" else p.ornament, a),
                      o.rgba(p.ornament2 if d.style != "传统喜庆" else (255, 200, 200), a), gold, rng)
        o.cloud(pen, 720, 1590, 280, o.rgba(p.ornament, min(a, 190)))
    else:
        o.lantern(pen, 110, 46, 92, body, gold, hang=46)
        o.lantern(pen, 970, 46, 92, body, gold, hang=46)
        o.cloud(pen, 60, 1062, 170, o.rgba(p.ornament, min(a, 190)))
        o.cloud(pen, 850, 1062, 170, o.rgba(p.ornament, min(a, 190)))


def _halo(d: Design) -> tuple[int, int, int]:
    """The moon's light: warm on dark grounds, white on light ones (yellow over lavender turns grey)."""
    return (255, 255, 255) if d.style in ("轻松自然", "商务得体") else (255, 228, 150)


def _lantern(pen: o.Pen, f: Frame, d: Design, rng: random.Random, a: int) -> None:
    p = d.palette
    body, gold = o.rgba(p.ornament2 if d.style != "传统喜庆" else (235, 50, 40), a), o.rgba(p.ornament, a)
    moon_face = o.rgba((255, 228, 150) if d.style != "LLM科技风" else p.ornament2, a)
    if f.size == "portrait":
        o.glow(pen.layer, pen.s, 540, 120, 110, _halo(d), 110 if not d.line_art else 50)
        o.moon(pen, 540, 120, 74, moon_face, o.rgba((240, 200, 120), a))
        o.lantern_string(pen, (0, 24), (400, 30), 60, 3, 56, body, gold)
        o.lantern_string(pen, (680, 30), (1080, 24), 60, 3, 56, body, gold)
        o.cloud(pen, 40, 1590, 240, o.rgba(p.ornament, min(a, 180)))
        o.cloud(pen, 780, 1596, 250, o.rgba(p.ornament, min(a, 180)))
    else:
        o.lantern_string(pen, (0, 20), (196, 26), 40, 2, 52, body, gold)
        o.lantern_string(pen, (884, 26), (1080, 20), 40, 2, 52, body, gold)
        o.glow(pen.layer, pen.s, 990, 990, 150, _halo(d), 90 if not d.line_art else 40)
        o.moon(pen, 990, 990, 120, moon_face, o.rgba((240, 200, 120), a))


def _moon(pen: o.Pen, f: Frame, d: Design, rng: random.Random, a: int) -> None:
    p = d.palette
    face = o.rgba((255, 226, 150) if d.style in ("传统喜庆", "轻松自然") else p.ornament2, a)
    shade = o.rgba((238, 196, 110), a)
    cloud = o.rgba(p.ornament if d.style != "轻松自然" else (255, 255, 255), min(a, 200))
    leaf, flower = o.rgba((120, 150, 80) if not d.line_art else p.ornament, a), o.rgba((250, 180, 60), a)
    if f.size == "portrait":
        o.glow(pen.layer, pen.s, 860, 150, 140, _halo(d), 120 if not d.line_art else 50)
        o.moon(pen, 860, 150, 96, face, shade)
        o.cloud(pen, 690, 236, 250, cloud)
        o.cloud(pen, 70, 190, 210, cloud)
        _osmanthus(pen, 60, 1500, leaf, flower, rng)
        o.cloud(pen, 700, 1596, 280, cloud)
    else:
        o.glow(pen.layer, pen.s, 108, 140, 110, _halo(d), 120 if not d.line_art else 50)
        o.moon(pen, 108, 140, 76, face, shade)
        o.cloud(pen, 40, 250, 170, cloud)
        _osmanthus(pen, 900, 100, leaf, flower, rng, scale=0.7)


def _osmanthus(pen: o.Pen, x: float, y: float, leaf: o.RGBA, flower: o.RGBA, rng: random.Random,
               scale: float = 1.0) -> None:
    """A sprig of osmanthus (桂花): pointed leaves and clusters of tiny four-petalled flowers."""
    for k in range(5):
        o_x, o_y = x + k * 48 * scale, y + (k % 2) * 30 * scale
        pen.shape(o.leaf_points(o_x, o_y, 90 * scale, 30 * scale, -30 + k * 18), leaf)
        for _ in range(4):
            o.blossom(pen, o_x + rng.uniform(-20, 30) * scale, o_y + rng.uniform(10, 50) * scale, 9 * scale,
                      flower, flower)


def _dragonboat(pen: o.Pen, f: Frame, d: Design, rng: random.Random, a: int) -> None:
    p = d.palette
    green = o.rgba((60, 150, 90) if not d.line_art else p.ornament, a)
    trim = o.rgba(p.ornament2 if d.style != "传统喜庆" else (255, 214, 120), a)
    water, light = o.rgba(p.ornament, min(a, 170)), o.rgba(p.ornament2 if d.line_art else p.panel, min(a, 150))
    if f.size == "portrait":
        for k, angle in enumerate((70, 95, 120)):
            pen.shape(o.leaf_points(70 + k * 40, 90 + k * 12, 190, 44, angle), green)
            pen.shape(o.leaf_points(1010 - k * 40, 90 + k * 12, 190, 44, 180 - angle), green)
        for cx, cy in ((455, 150), (625, 165)):
            pen.line([(cx, 40), (cx, cy - 60)], trim, width=2)
            o.zongzi(pen, cx, cy, 118, green, trim)
        o.waves(pen, 1548, f.width, f.height, 44, water, light)
        o.dragon_boat(pen, 300, 1522, 440, o.rgba(p.ornament2 if d.style != "传统喜庆" else (255, 200, 90), a),
                      o.rgba(p.title if d.style != "传统喜庆" else (150, 20, 20), a))
    else:
        o.zongzi(pen, 108, 150, 120, green, trim)
        pen.line([(108, 30), (108, 90)], trim, width=2)
        for k, angle in enumerate((70, 100)):
            pen.shape(o.leaf_points(960 - k * 40, 110 + k * 20, 170, 40, 180 - angle), green)
        o.waves(pen, 1024, f.width, f.height, 26, water, light)


def _qixi(pen: o.Pen, f: Frame, d: Design, rng: random.Random, a: int) -> None:
    p = d.palette
    star, bird = o.rgba(p.ornament2 if d.style != "传统喜庆" else (255, 236, 200), a), o.rgba(p.ornament, a)
    if f.size == "portrait":
        areas = [(40, 40, 1040, 240), (40, 1460, 1040, 1590)]
        for k in range(90):  # the Milky Way: dots along a diagonal, thick in the middle
            t = rng.random()
            x, y = 40 + t * 1000, 230 - t * 190 + rng.gauss(0, 22)
            pen.circle(x, y, rng.uniform(1, 3.2), fill=o.rgba(star[:3], rng.randint(90, 220)))
        for k in range(9):  # the magpie bridge: an arch of birds across it
            t = k / 8
            o.magpie(pen, 330 + t * 420, 200 - 90 * (1 - (2 * t - 1) ** 2), 22, bird)
        for x, y in ((250, 205), (850, 70)):  # 牛郎 and 织女, one each side of the river
            o.glow(pen.layer, pen.s, x, y, 34, star[:3], 150)
            o.sparkle(pen, x, y, 22, star)
    else:
        areas = [(40, 40, 196, 290), (884, 40, 1040, 290), (40, 1008, 1040, 1060)]
        for x, y in ((110, 120), (970, 210)):
            o.glow(pen.layer, pen.s, x, y, 30, star[:3], 150)
            o.sparkle(pen, x, y, 20, star)
        for k in range(3):
            o.magpie(pen, 100 + k * 30, 230 - k * 24, 16, bird)
            o.magpie(pen, 930 + k * 30, 110 - k * 20, 16, bird)
    for area in areas:
        for _ in range(14):
            o.sparkle(pen, rng.uniform(area[0], area[2]), rng.uniform(area[1], area[3]), rng.uniform(4, 10), star)


def _newyear(pen: o.Pen, f: Frame, d: Design, rng: random.Random, a: int) -> None:
    p = d.palette
    colors = [o.rgba(p.ornament, a), o.rgba(p.ornament2, a), o.rgba(p.title, min(a, 200))]
    if f.size == "portrait":
        for (x, y, r), c in zip(((200, 130, 92), (540, 96, 66), (880, 140, 96)), colors):
            o.firework(pen, x, y, r, c)
        o.confetti(pen, (50, 1470, 1030, 1590), colors, 46, rng)
    else:
        o.firework(pen, 110, 140, 74, colors[0])
        o.firework(pen, 970, 150, 74, colors[1])
        o.confetti(pen, (50, 1010, 1030, 1060), colors, 30, rng)


def _neutral(pen: o.Pen, f: Frame, d: Design, rng: random.Random, a: int) -> None:
    p = d.palette
    leaf = o.rgba(p.ornament, a)
    soft = [o.rgba(p.ornament, 60), o.rgba(p.ornament2, 70)]
    if f.size == "portrait":
        for _ in range(12):  # soft circles of light
            x, y = rng.uniform(60, 1020), rng.choice((rng.uniform(50, 230), rng.uniform(1470, 1580)))
            pen.circle(x, y, rng.uniform(14, 46), fill=rng.choice(soft))
        _sprig(pen, 60, 1590, -40, leaf)
        _sprig(pen, 1020, 60, 140, leaf)
    else:
        for _ in range(8):
            x, y = rng.choice((rng.uniform(50, 190), rng.uniform(890, 1030))), rng.uniform(50, 280)
            pen.circle(x, y, rng.uniform(12, 36), fill=rng.choice(soft))
        _sprig(pen, 60, 280, -60, leaf, scale=0.8)
        _sprig(pen, 1020, 60, 120, leaf, scale=0.8)


def _sprig(pen: o.Pen, x: float, y: float, angle: float, color: o.RGBA, scale: float = 1.0) -> None:
    """A stem with leaves on alternate sides."""
    rad = math.radians(angle)
    length = 260 * scale
    end = (x + math.cos(rad) * length, y + math.sin(rad) * length)
    pen.line([(x, y), end], color, width=3)
    for k in range(1, 6):
        t = k / 6
        side = 1 if k % 2 else -1
        px, py = x + (end[0] - x) * t, y + (end[1] - y) * t
        pen.shape(o.leaf_points(px + math.cos(rad + side * 1.0) * 30 * scale,
                                py + math.sin(rad + side * 1.0) * 30 * scale, 70 * scale, 26 * scale,
                                angle + side * 55), color)


_MOTIF_SCENES = {"spring": _spring, "lantern": _lantern, "moon": _moon, "dragonboat": _dragonboat, "qixi": _qixi,
                 "newyear": _newyear, "neutral": _neutral}
