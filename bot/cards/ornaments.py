"""The drawn ornaments: lanterns, plum blossom, auspicious clouds, the moon, fireworks, waves, a dragon boat,
zongzi, leaves, stars, magpies, confetti and circuit traces — plain ImageDraw shapes, no artwork from elsewhere.

Everything is drawn through a `Pen` at twice the card's size and scaled down once (ImageDraw does not smooth
edges; supersampling does). Coordinates are in card pixels; the pen scales them. `line_art` draws outlines
instead of filled shapes (the restrained and the tech styles).
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from PIL import Image, ImageDraw, ImageFilter

RGBA = tuple[int, int, int, int]
Point = tuple[float, float]


def rgba(color: Sequence[int], alpha: int = 255) -> RGBA:
    return (color[0], color[1], color[2], alpha)


class Pen:
    """ImageDraw on an RGBA layer at `scale` times the card's pixels."""

    def __init__(self, layer: Image.Image, scale: int, line_art: bool = False) -> None:
        self.layer, self.s, self.line_art = layer, scale, line_art
        self.draw = ImageDraw.Draw(layer)

    def _p(self, points: Sequence[Point]) -> list[Point]:
        return [(x * self.s, y * self.s) for x, y in points]

    def _w(self, width: float) -> int:
        return max(1, round(width * self.s))

    def ellipse(self, box: Sequence[float], fill: RGBA | None = None, outline: RGBA | None = None,
                width: float = 2) -> None:
        self.draw.ellipse([v * self.s for v in box], fill=fill, outline=outline, width=self._w(width))

    def circle(self, cx: float, cy: float, r: float, fill: RGBA | None = None, outline: RGBA | None = None,
               width: float = 2) -> None:
        self.ellipse((cx - r, cy - r, cx + r, cy + r), fill, outline, width)

    def rect(self, box: Sequence[float], fill: RGBA | None = None, outline: RGBA | None = None, width: float = 2,
             radius: float = 0) -> None:
        self.draw.rounded_rectangle([v * self.s for v in box], radius=radius * self.s, fill=fill, outline=outline,
                                    width=self._w(width))

    def line(self, points: Sequence[Point], fill: RGBA, width: float = 2) -> None:
        self.draw.line(self._p(points), fill=fill, width=self._w(width), joint="curve")

    def polygon(self, points: Sequence[Point], fill: RGBA | None = None, outline: RGBA | None = None,
                width: float = 2) -> None:
        self.draw.polygon(self._p(points), fill=fill, outline=outline, width=self._w(width))

    def arc(self, box: Sequence[float], start: float, end: float, fill: RGBA, width: float = 2) -> None:
        self.draw.arc([v * self.s for v in box], start, end, fill=fill, width=self._w(width))

    def shape(self, points: Sequence[Point], color: RGBA, width: float = 2) -> None:
        """A closed shape: filled, or outlined in line art."""
        if self.line_art:
            self.polygon(points, outline=color, width=width)
        else:
            self.polygon(points, fill=color)

    def disc(self, cx: float, cy: float, r: float, color: RGBA, width: float = 2) -> None:
        """A circle: filled, or outlined in line art."""
        if self.line_art:
            self.circle(cx, cy, r, outline=color, width=width)
        else:
            self.circle(cx, cy, r, fill=color)


def glow(layer: Image.Image, scale: int, cx: float, cy: float, r: float, color: Sequence[int], alpha: int) -> None:
    """A soft halo around (cx, cy): a disc blurred into the layer (the moon's light, a bright star). Only a patch
    around it is blurred: blurring the whole twice-size layer would cost ten times more."""
    pad = r * 1.6
    size = round(2 * pad * scale)
    halo = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    ImageDraw.Draw(halo).ellipse([(pad - r) * scale, (pad - r) * scale, (pad + r) * scale, (pad + r) * scale],
                                 fill=rgba(color, alpha))
    halo = halo.filter(ImageFilter.GaussianBlur(r * scale * 0.3))
    x, y = round((cx - pad) * scale), round((cy - pad) * scale)
    # alpha_composite wants a destination inside the layer: cut off what hangs over the top or left edge.
    halo = halo.crop((max(0, -x), max(0, -y), size, size))
    layer.alpha_composite(halo, (max(0, x), max(0, y)))


def leaf_points(cx: float, cy: float, length: float, width: float, angle: float, n: int = 24) -> list[Point]:
    """A pointed leaf (two arcs) centred on (cx, cy), turned `angle` degrees."""
    a = math.radians(angle)
    pts = []
    for k in range(n + 1):
        t = -1 + 2 * k / n
        pts.append((t * length / 2, (1 - t * t) * width / 2))
    pts += [(x, -y) for x, y in reversed(pts[1:-1])]
    return [(cx + x * math.cos(a) - y * math.sin(a), cy + x * math.sin(a) + y * math.cos(a)) for x, y in pts]


def lantern(pen: Pen, cx: float, top: float, w: float, body: RGBA, gold: RGBA, hang: float = 0) -> None:
    """A round red lantern hanging from a cord `hang` px long; its top cap at `top`."""
    h = w * 1.15
    if hang:
        pen.line([(cx, top - hang), (cx, top)], gold, width=max(2, w / 40))
    pen.rect((cx - w * 0.22, top, cx + w * 0.22, top + h * 0.1), fill=gold, radius=w * 0.03)
    box = (cx - w / 2, top + h * 0.07, cx + w / 2, top + h * 0.93)
    if pen.line_art:
        pen.ellipse(box, outline=body, width=max(2, w / 30))
    else:
        pen.ellipse(box, fill=body)
    for k in (0.62, 0.28):  # the ribs: narrower ellipses inside the body
        pen.ellipse((cx - w * k / 2, box[1], cx + w * k / 2, box[3]), outline=gold, width=max(1.5, w / 45))
    pen.rect((cx - w * 0.22, top + h * 0.9, cx + w * 0.22, top + h), fill=gold, radius=w * 0.03)
    for dx in (-0.1, 0, 0.1):  # the tassel
        pen.line([(cx + dx * w * 0.5, top + h), (cx + dx * w, top + h * 1.45)], gold, width=max(1.5, w / 50))


def lantern_string(pen: Pen, left: Point, right: Point, sag: float, n: int, w: float, body: RGBA,
                   gold: RGBA) -> None:
    """A cord sagging between two points with `n` small lanterns hanging from it."""
    pts = [(left[0] + (right[0] - left[0]) * t, left[1] + (right[1] - left[1]) * t + sag * 4 * t * (1 - t))
           for t in (k / 40 for k in range(41))]
    pen.line(pts, gold, width=2)
    for k in range(n):
        x, y = pts[round((k + 0.5) * 40 / n)]
        lantern(pen, x, y + 18 + (k % 2) * 14, w, body, gold, hang=18 + (k % 2) * 14)


def plum_branch(pen: Pen, base: Point, length: float, angle: float, wood: RGBA, petal: RGBA, heart: RGBA,
                rng: random.Random) -> None:
    """A bent plum branch from `base` with blossoms along it (梅花: the flower of the new year)."""
    a = math.radians(angle)
    pts = [base]
    for k in range(1, 6):
        bend = math.sin(k * 1.3) * length * 0.05
        pts.append((base[0] + math.cos(a) * length * k / 5 - math.sin(a) * bend,
                    base[1] + math.sin(a) * length * k / 5 + math.cos(a) * bend))
    pen.line(pts, wood, width=max(3, length / 60))
    for k, (x, y) in enumerate(pts[1:], 1):
        twig = (x + math.cos(a - 0.9) * length * 0.12, y + math.sin(a - 0.9) * length * 0.12)
        pen.line([(x, y), twig], wood, width=max(2, length / 110))
        blossom(pen, twig[0], twig[1], length * (0.028 + 0.01 * rng.random()), petal, heart)
        if k % 2:
            blossom(pen, x, y, length * 0.022, petal, heart)


def blossom(pen: Pen, cx: float, cy: float, r: float, petal: RGBA, heart: RGBA) -> None:
    """A five-petalled blossom."""
    for k in range(5):
        a = math.radians(k * 72 - 90)
        pen.disc(cx + math.cos(a) * r * 0.62, cy + math.sin(a) * r * 0.62, r * 0.5, petal, width=1.5)
    pen.circle(cx, cy, r * 0.22, fill=heart)


def cloud(pen: Pen, x: float, y: float, w: float, color: RGBA) -> None:
    """An auspicious cloud (祥云): a row of round puffs on a flat base with a curl; (x, y) is its base's left."""
    puffs = ((0.18, 0.16), (0.4, 0.24), (0.64, 0.2), (0.84, 0.13))
    if pen.line_art:
        for fx, fr in puffs:
            pen.arc((x + w * (fx - fr), y - w * fr * 2, x + w * (fx + fr), y), 180, 360, color, width=2)
        pen.line([(x, y), (x + w, y)], color, width=2)
    else:
        for fx, fr in puffs:
            pen.ellipse((x + w * (fx - fr), y - w * fr * 2, x + w * (fx + fr), y), fill=color)
        pen.rect((x, y - w * 0.12, x + w, y), fill=color, radius=w * 0.06)
    r = w * 0.09  # the curl: a spiral at the tail
    pen.arc((x + w - r, y - r * 2.2, x + w + r, y - r * 0.2), 90, 400, color, width=max(2, w / 80))


def moon(pen: Pen, cx: float, cy: float, r: float, face: RGBA, shade: RGBA) -> None:
    """A full moon with a few soft craters."""
    pen.disc(cx, cy, r, face, width=3)
    for dx, dy, k in ((-0.3, -0.2, 0.16), (0.25, 0.15, 0.22), (-0.05, 0.45, 0.1)):
        pen.disc(cx + dx * r, cy + dy * r, r * k, shade, width=1.5)


def firework(pen: Pen, cx: float, cy: float, r: float, color: RGBA, rays: int = 18) -> None:
    """A burst: rays from a hollow centre, a dot at each tip."""
    for k in range(rays):
        a = 2 * math.pi * k / rays
        inner, outer = r * (0.3 if k % 2 else 0.4), r * (0.85 if k % 2 else 1.0)
        pen.line([(cx + math.cos(a) * inner, cy + math.sin(a) * inner),
                  (cx + math.cos(a) * outer, cy + math.sin(a) * outer)], color, width=max(2, r / 40))
        pen.circle(cx + math.cos(a) * (outer + r * 0.07), cy + math.sin(a) * (outer + r * 0.07), max(2, r / 28),
                   fill=color)


def waves(pen: Pen, top: float, width: float, bottom: float, r: float, color: RGBA, light: RGBA) -> None:
    """Rows of overlapping scale waves (青海波) from `top` down to `bottom`."""
    row = 0
    y = top + r
    while y - r < bottom:
        offset = 0 if row % 2 == 0 else r
        x = -r + offset
        while x < width + r:
            for k, c in ((1.0, color), (0.7, light), (0.42, color)):
                box = (x - r * k, y - r * k, x + r * k, y + r * k)
                if pen.line_art:
                    pen.arc(box, 180, 360, c, width=2)
                else:
                    pen.draw.pieslice([v * pen.s for v in box], 180, 360, fill=c)
            x += 2 * r
        y += r * 0.55
        row += 1


def dragon_boat(pen: Pen, x: float, y: float, length: float, hull: RGBA, trim: RGBA) -> None:
    """A dragon boat seen from the side, head to the right: a long hull, a raised head and tail, rowers."""
    h = length * 0.08
    bottom = [(x + length * t, y + h * math.sin(math.pi * t) * 0.9) for t in (k / 20 for k in range(21))]
    top_edge = [(x + length, y - h * 0.2), (x, y - h * 0.2)]
    pen.shape(bottom + top_edge, hull, width=3)
    neck = [(x + length * 0.96, y - h * 0.2), (x + length * 1.04, y - h * 1.6), (x + length * 1.12, y - h * 1.9),
            (x + length * 1.1, y - h * 1.3), (x + length * 1.02, y - h * 0.1)]
    pen.shape(neck, hull, width=3)
    pen.circle(x + length * 1.08, y - h * 1.62, h * 0.12, fill=trim)
    pen.shape([(x + length * 0.04, y - h * 0.2), (x - length * 0.05, y - h * 1.3), (x + length * 0.01, y - h * 0.2)],
              hull, width=3)
    pen.line([(x + length * 0.03, y + h * 0.05), (x + length * 0.97, y + h * 0.05)], trim, width=max(2, h / 6))
    for k in range(7):  # rowers: a head and a paddle each
        px = x + length * (0.15 + k * 0.11)
        pen.circle(px, y - h * 0.75, h * 0.22, fill=trim)
        pen.line([(px + h * 0.1, y - h * 0.5), (px - h * 0.9, y + h * 1.2)], trim, width=max(2, h / 8))


def zongzi(pen: Pen, cx: float, cy: float, size: float, leaf: RGBA, band: RGBA) -> None:
    """A zongzi: a leaf-wrapped triangle tied with a band."""
    tri = [(cx, cy - size * 0.55), (cx + size * 0.55, cy + size * 0.4), (cx - size * 0.55, cy + size * 0.4)]
    pen.shape(tri, leaf, width=3)
    pen.line([(cx - size * 0.3, cy - size * 0.02), (cx + size * 0.3, cy - size * 0.02)], band,
             width=max(2, size / 14))
    pen.line([(cx, cy - size * 0.55), (cx - size * 0.12, cy + size * 0.4)], band, width=max(1.5, size / 30))


def sparkle(pen: Pen, cx: float, cy: float, r: float, color: RGBA) -> None:
    """A four-pointed star."""
    k = 0.22
    pen.polygon([(cx, cy - r), (cx + r * k, cy - r * k), (cx + r, cy), (cx + r * k, cy + r * k), (cx, cy + r),
                 (cx - r * k, cy + r * k), (cx - r, cy), (cx - r * k, cy - r * k)], fill=color)


def magpie(pen: Pen, cx: float, cy: float, span: float, color: RGBA) -> None:
    """A magpie in flight, as two curved wing strokes."""
    pen.arc((cx - span, cy - span * 0.4, cx, cy + span * 0.4), 200, 330, color, width=max(2, span / 9))
    pen.arc((cx, cy - span * 0.4, cx + span, cy + span * 0.4), 210, 340, color, width=max(2, span / 9))


def confetti(pen: Pen, area: Sequence[float], colors: Sequence[RGBA], n: int, rng: random.Random) -> None:
    """`n` scraps of paper, turned at random, inside `area`."""
    left, top, right, bottom = area
    for _ in range(n):
        x, y = rng.uniform(left, right), rng.uniform(top, bottom)
        w, h, a = rng.uniform(6, 14), rng.uniform(14, 26), rng.uniform(0, math.pi)
        c = rng.choice(colors)
        if rng.random() < 0.3:
            pen.circle(x, y, w / 1.6, fill=c)
            continue
        corners = [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]
        pen.polygon([(x + px * math.cos(a) - py * math.sin(a), y + px * math.sin(a) + py * math.cos(a))
                     for px, py in corners], fill=c)


def circuit(pen: Pen, start: Point, steps: Sequence[tuple[str, float]], color: RGBA, node: RGBA) -> None:
    """A circuit trace from `start`: straight runs and 45° bends (`("e", 80)` east 80 px, `("se", 30)`…),
    a via at each end."""
    dirs = {"e": (1, 0), "w": (-1, 0), "n": (0, -1), "s": (0, 1), "ne": (0.7071, -0.7071),
            "nw": (-0.7071, -0.7071), "se": (0.7071, 0.7071), "sw": (-0.7071, 0.7071)}
    pts = [start]
    for d, n in steps:
        dx, dy = dirs[d]
        pts.append((pts[-1][0] + dx * n, pts[-1][1] + dy * n))
    pen.line(pts, color, width=2)
    for x, y in (pts[0], pts[-1]):
        pen.circle(x, y, 5, outline=node, width=2)
