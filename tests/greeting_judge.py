"""An independent judge for greeting drafts: length as a reader counts it, shared text, language.

Written from the product description alone (README "The six slots" and the length buckets), without reading the
code it measures. Every rule is stated in the docstring of the function that applies it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

try:  # the `regex` package knows Unicode's extended grapheme clusters (\X)
    import regex as _regex
except ImportError:  # pragma: no cover - exercised by calling _graphemes_by_hand directly
    _regex = None

BUCKETS: dict[str, tuple[int, int]] = {"<=50": (1, 50), "50-100": (50, 100), "100-200": (100, 200)}

_ZWJ = "\u200d"
_KEYCAP = "\u20e3"


def _is_variation_selector(ch: str) -> bool:
    cp = ord(ch)
    return 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF


def _is_skin_tone(ch: str) -> bool:
    return 0x1F3FB <= ord(ch) <= 0x1F3FF


def _is_regional_indicator(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def _is_tag(ch: str) -> bool:
    return 0xE0020 <= ord(ch) <= 0xE007F


def _graphemes_by_hand(text: str) -> Iterator[str]:
    """Grapheme clusters without the `regex` package, close enough for greetings.

    A cluster is a base character followed by what attaches to it: combining marks (Mn, Me, Mc), variation
    selectors, emoji skin-tone modifiers, the keycap mark, emoji tag characters, and a zero-width joiner together
    with the character after it (so a ZWJ sequence such as 👨‍👩‍👧 is one cluster). Two regional indicators make
    one flag; CR LF is one cluster.
    """
    i, n = 0, len(text)
    while i < n:
        start = i
        ch = text[i]
        i += 1
        if ch == "\r" and i < n and text[i] == "\n":
            i += 1
            yield text[start:i]
            continue
        if _is_regional_indicator(ch) and i < n and _is_regional_indicator(text[i]):
            i += 1
        while i < n:
            nxt = text[i]
            if (
                unicodedata.category(nxt) in ("Mn", "Me", "Mc")
                or _is_variation_selector(nxt)
                or _is_skin_tone(nxt)
                or nxt == _KEYCAP
                or _is_tag(nxt)
            ):
                i += 1
            elif nxt == _ZWJ:
                i += 1
                if i < n and not text[i].isspace():
                    i += 1
            else:
                break
        yield text[start:i]


def _graphemes(text: str) -> Iterable[str]:
    if _regex is not None:
        return _regex.findall(r"\X", text)
    return _graphemes_by_hand(text)


def _visible(cluster: str) -> bool:
    """A cluster is invisible when all of it is whitespace, control or format characters (ZWSP, BOM, a lone ZWJ)."""
    return any(not ch.isspace() and unicodedata.category(ch) not in ("Cc", "Cf") for ch in cluster)


def reader_count(text: str) -> int:
    """Length of a Chinese text as a reader counts it: every visible character is one.

    Counted: Chinese characters, punctuation (Chinese and ASCII), digits, Latin letters (each letter is one, as a
    Chinese reader counts "AI" as two), symbols and emoji. An emoji is one however it is encoded: a ZWJ sequence
    (👨‍👩‍👧), an emoji with a variation selector (❤️) or a skin tone (👍🏽), a flag (🇨🇳) and a keycap (1️⃣) are
    each one grapheme cluster; a letter with a combining accent is one. Not counted: whitespace of any kind
    (spaces, the ideographic space U+3000, tabs, newlines) and invisible control or format characters
    (zero-width space, BOM).
    """
    return sum(1 for cluster in _graphemes(text) if _visible(cluster))


_WORD = re.compile(r"[^\W_]+(?:['\u2019\-\u2010\u2011][^\W_]+)*")


def english_words(text: str) -> int:
    """Number of words in an English text.

    A word is a run of letters or digits; an apostrophe (' or ’) or a hyphen between two such runs joins them into
    one word (don't, we're, well-being, 3-year, rock'n'roll). Punctuation, emoji and symbols are not words, and
    split nothing they do not separate: "Hi—Jake" is two words, "2027" is one.
    """
    return sum(1 for _ in _WORD.finditer(text))


def length_ok(text: str, bucket: str, language: str) -> bool:
    """Whether text is inside the length bucket, with no tolerance.

    `<=50` means 1..50, `50-100` means 50..100, `100-200` means 100..200, bounds included (so 50 and 100 each fit
    two buckets). The length is reader_count for "zh" and english_words for "en". An unknown bucket or language
    raises ValueError.
    """
    if bucket not in BUCKETS:
        raise ValueError(f"unknown length bucket {bucket!r}; expected one of {sorted(BUCKETS)}")
    if language == "zh":
        count = reader_count(text)
    elif language == "en":
        count = english_words(text)
    else:
        raise ValueError(f"unknown language {language!r}; expected 'zh' or 'en'")
    low, high = BUCKETS[bucket]
    return low <= count <= high


def _squeeze(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace())


def _grams(text: str, n: int) -> set[str]:
    return {text[i : i + n] for i in range(len(text) - n + 1)}


def shared_run(a: str, b: str, n: int = 12) -> bool:
    """Whether a and b share a run of n consecutive characters.

    Both are compared after removing all whitespace; punctuation is kept and counts as characters. Characters
    are Unicode code points. A text shorter than n shares nothing. n must be at least 1 (else ValueError).
    """
    if n < 1:
        raise ValueError("n must be at least 1")
    a, b = _squeeze(a), _squeeze(b)
    if len(a) < n or len(b) < n:
        return False
    if len(a) > len(b):
        a, b = b, a
    grams = _grams(a, n)
    return any(b[i : i + n] in grams for i in range(len(b) - n + 1))


_MANY = object()


def cross_recipient_overlap(drafts_by_recipient: dict[str, list[str]], n: int = 12) -> float:
    """The share of all drafts that share an n-character run (as in shared_run) with a draft for another recipient.

    Drafts for the same recipient may share text freely; only a run also found in a draft written for a DIFFERENT
    recipient counts. The answer is flagged drafts / all drafts (0.0 when there are no drafts). Every n-gram is
    indexed once with the recipient that owns it (or "several"), so the cost grows with the total text, not with
    the number of pairs.
    """
    if n < 1:
        raise ValueError("n must be at least 1")
    owner: dict[str, object] = {}
    grams_of: list[tuple[str, set[str]]] = []
    for recipient, drafts in drafts_by_recipient.items():
        for draft in drafts:
            grams = _grams(_squeeze(draft), n)
            grams_of.append((recipient, grams))
            for gram in grams:
                seen = owner.get(gram)
                if seen is None:
                    owner[gram] = recipient
                elif seen is not _MANY and seen != recipient:
                    owner[gram] = _MANY
    if not grams_of:
        return 0.0
    flagged = sum(
        1 for recipient, grams in grams_of if any(owner[gram] is _MANY or owner[gram] != recipient for gram in grams)
    )
    return flagged / len(grams_of)


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_LATIN_WORD = re.compile(r"[0-9A-Za-z\u00c0-\u024f]+(?:['\u2019\-][0-9A-Za-z\u00c0-\u024f]+)*")
_HAS_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_RUN_GAP = re.compile(r"[\s,.;:!?'\"()\u2018\u2019\u201c\u201d\-\u2013\u2014]*")
_CUT = "\ufffc"  # stands where an allowed string was: breaks a run of words, is neither Han nor Latin


def _longest_english_run(text: str) -> int:
    longest = run = 0
    last_end = None
    for match in _LATIN_WORD.finditer(text):
        if not _HAS_LETTER.search(match.group()):
            run, last_end = 0, None  # a number (2027) is not an English word and ends a run
            continue
        if last_end is not None and _RUN_GAP.fullmatch(text, last_end, match.start()):
            run += 1
        else:
            run = 1
        last_end = match.end()
        longest = max(longest, run)
    return longest


def language_of(text: str, allow: Iterable[str] = ()) -> str:
    """"zh", "en" or "mixed".

    First every occurrence of each string in `allow` (the recipient's name, say) is cut out. Then the text is
    Chinese if it has at least as many Chinese (Han) characters as English words, else English (a text with
    neither is "zh"). An English word has at least one Latin letter (numbers are not English words).
    Mixed: a Chinese text with a run of 3 or more English words, a run being words separated only by whitespace
    and sentence punctuation (, . ; : ! ? quotes, brackets, dashes); anything else, a Chinese character, an emoji,
    a + or /, ends the run, so "bug 少一点" or "Ctrl+C Ctrl+V" is not a run of 3. Or an English text with 3 or more
    Chinese characters.
    """
    for item in sorted((a for a in allow if a), key=len, reverse=True):
        text = text.replace(item, _CUT)
    han = len(_HAN.findall(text))
    words = sum(1 for m in _LATIN_WORD.finditer(text) if _HAS_LETTER.search(m.group()))
    if han >= words:
        return "mixed" if _longest_english_run(text) >= 3 else "zh"
    return "mixed" if han >= 3 else "en"
