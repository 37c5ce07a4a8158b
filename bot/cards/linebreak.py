"""Line breaking for cards, the Chinese way (禁则, after W3C clreq §3.1.7) and the English way (at spaces).

A text is cut into atoms that never break inside: one Chinese character, one Latin word or number (2027, 3.5,
GPT-4o, don't), a number with the unit after it (2027年, 30%). Closing punctuation (，。！？、；：」』）》】…… and
runs of them like ！！！) sticks to the atom before it, so no line starts with it; opening punctuation (「『（《【“)
sticks to the atom after it, so no line ends with it. Lines break between atoms, at spaces (dropped at the break)
or between Chinese characters. Nothing is ever dropped but spaces at a break: joining the lines gives the text.

Emoji are left out (no colour emoji font is assumed on a server; a missing glyph would draw a box): `strip_emoji`
removes them and the space or the punctuation their removal leaves dangling.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

# No line starts with these (closing brackets and quotes, stops, pauses, ellipsis and dash halves, units).
CLOSING = frozenset("，。、；：！？）》」』】〕〉〗］｝’”…—～·‥﹏%‰℃,.;:!?)]}>")
# No line ends with these (opening brackets and quotes).
OPENING = frozenset("（《「『【〔〈〖［｛‘“([{<")
# A number keeps a unit written right after it on its line: 2027年, 3月, 8点, 100元.
_UNITS = frozenset("年月日号点分秒岁元块万亿千百个位次天周届")
_LATIN = regex.compile(r"[\p{Latin}\p{N}]+(?:['’\-./:,&+][\p{Latin}\p{N}]+)*")
_GRAPHEME = regex.compile(r"\X")
_EMOJI = regex.compile(r"[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\u20e3\ufe0f\u200d]")
_KEEP = frozenset("©®™")  # pictographic in Unicode's table, but text symbols every CJK font has
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


@dataclass(frozen=True)
class Atom:
    """A piece of text no line breaks inside; `space` says a space stood before it."""

    text: str
    space: bool = False


def atoms(paragraph: str) -> list[Atom]:
    """The unbreakable pieces of one paragraph, in order (see the module docstring)."""
    out: list[Atom] = []
    opening, space, open_space, i = "", False, False, 0
    while i < len(paragraph):
        ch = paragraph[i]
        if ch.isspace():
            space, i = bool(out) or bool(opening), i + 1
            continue
        if ch in OPENING or (ch in "\"'" and (i == 0 or paragraph[i - 1].isspace() or paragraph[i - 1] in OPENING)):
            if not opening:
                open_space = space  # a space before "(" stays before the atom it opens
            opening += (" " if space and opening else "") + ch  # "(hello": the bracket waits for its word
            space, i = False, i + 1
            continue
        if (ch in CLOSING or ch in "\"'") and out and not opening:
            out[-1] = Atom(out[-1].text + (" " if space else "") + ch, out[-1].space)  # "好！！！" is one atom
            space, i = False, i + 1
            continue
        if m := _LATIN.match(paragraph, i):
            text, i = m.group(), m.end()
            if text[-1].isdigit() and i < len(paragraph) and paragraph[i] in _UNITS:
                text, i = text + paragraph[i], i + 1
        else:
            text = _GRAPHEME.match(paragraph, i).group()
            i += len(text)
        out.append(Atom(opening + text, (open_space if opening else space) and bool(out)))
        opening, space = "", False
    if opening:  # a text that ends with an opening mark: it stays on the last line
        out.append(Atom(opening, open_space and bool(out)))
    return out


def _join(line: list[Atom]) -> str:
    return "".join((" " if a.space and k else "") + a.text for k, a in enumerate(line))


def _split_wide(atom: Atom, fits: Callable[[str], bool]) -> list[Atom]:
    """An atom wider than a whole line (a long URL or word) cut into pieces that fit, as a last resort."""
    pieces, piece = [], ""
    for g in _GRAPHEME.findall(atom.text):
        if piece and not fits(piece + g) and g not in CLOSING:  # a closing mark hangs rather than start a line
            pieces.append(piece)
            piece = ""
        piece += g
    pieces.append(piece)
    return [Atom(p, atom.space and k == 0) for k, p in enumerate(pieces)]


def wrap(paragraph: str, width: float, measure: Callable[[str], float], first_indent: float = 0.0) -> list[str]:
    """The lines of `paragraph` no wider than `width` by `measure` (the first line `first_indent` narrower).

    A line's width is the sum of its atoms' and spaces' widths (advances add up; no kerning crosses an atom's
    edge in the layout cards use), so each distinct atom is measured once."""
    widths: dict[str, float] = {}

    def w(text: str) -> float:
        if text not in widths:
            widths[text] = measure(text)
        return widths[text]

    lines: list[list[Atom]] = []
    line: list[Atom] = []
    used = 0.0

    def room() -> float:
        return width - (first_indent if not lines else 0.0)

    for atom in atoms(paragraph):
        extra = (w(" ") if atom.space and line else 0.0) + w(atom.text)
        if used + extra <= room():
            line.append(atom)
            used += extra
            continue
        if line:
            lines.append(line)
            line = []
        atom = Atom(atom.text, False)
        if w(atom.text) <= room():
            line, used = [atom], w(atom.text)
            continue
        *full, rest = _split_wide(atom, lambda s: measure(s) <= room())
        lines += [[piece] for piece in full]
        line, used = [rest], measure(rest.text)
    if line:
        lines.append(line)
    # No lone character on a paragraph's last line (孤字, "下！"): the line above lends it its last atom.
    if len(lines) >= 2 and len(lines[-1]) == 1 and len(lines[-2]) >= 3 and _CJK.match(lines[-1][0].text):
        moved = lines[-2].pop()
        lines[-1] = [moved, Atom(lines[-1][0].text, lines[-1][0].space)]
    return [_join(line) for line in lines]


_CELL = regex.compile(r"[\p{Latin}\p{N}][\p{Latin}\p{N}\s'’\-./:,&+%]*[\p{Latin}\p{N}%]|\X")


def cells(line: str) -> list[str]:
    """The pieces a justified line spreads apart: each Chinese character or mark, and each run of Latin words
    and numbers whole (their own spacing is not stretched)."""
    return _CELL.findall(line)


def strip_emoji(text: str) -> str:
    """`text` without emoji, and without what their removal leaves behind: doubled or stray spaces, punctuation
    at the start of a line, a colon with nothing after it, an empty pair of brackets."""
    marked = "".join("\0" if _EMOJI.search(g) and g not in _KEEP else g for g in _GRAPHEME.findall(text))
    if "\0" not in marked:
        return text
    lines = [_clean_line(line) for line in marked.split("\n")]
    return "\n".join(lines).strip("\n")


_HOLE = regex.compile(r"[ \t\u3000]*\0(?:[ \t\u3000]*\0)*[ \t\u3000]*")
_EMPTY_PAIR = regex.compile(r"[ \t]?(?:\(\)|（）|「」|『』|【】|《》|\[\]|“”|\"\")")
_SEPARATORS = frozenset("，、；：,;:")


def _clean_line(line: str) -> str:
    out = ""
    pos = 0
    for m in _HOLE.finditer(line):
        left, right = line[pos:m.start()], line[m.end():]
        out += left
        pos = m.end()
        before = out[-1:] if out.strip() else ""
        after = right[:1]
        if not before:  # the line began with the emoji: punctuation after it has nothing to follow
            while pos < len(line) and (line[pos] in CLOSING or line[pos].isspace()) and line[pos] not in "\0":
                pos += 1
        elif not after or after == "\0":
            out = out.rstrip("：:，,、 \t")  # "红包拿来：🧧" ends where the words end
        elif before in _SEPARATORS | CLOSING and after in _SEPARATORS:
            pos += 1  # "好运，🧧，发财" → "好运，发财"
        elif _wants_space(before, after, had_space=bool(m.group().replace("\0", ""))):
            out += " "  # "Happy New Year! 🎉 See you" keeps its space between the Latin words
    out += line[pos:]
    return _EMPTY_PAIR.sub("", out).strip()


def _wide(ch: str) -> bool:
    return bool(_CJK.match(ch)) or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"


def _wants_space(before: str, after: str, had_space: bool) -> bool:
    """Whether a removed emoji between `before` and `after` leaves a space: only between Latin words or numbers
    (Chinese sets no spaces, and none goes before a closing or after an opening mark)."""
    if _wide(before) or _wide(after) or after in CLOSING or before in OPENING:
        return False
    return had_space or (before.isalnum() and after.isalnum())
