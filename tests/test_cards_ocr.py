"""OCR proves a card is readable: Tesseract (`tesseract-ocr`, `tesseract-ocr-chi-sim`; `.ci/run` installs them)
recovers at least 90% of the greeting's characters from every design.

How it is counted: the greeting and the OCR output are both reduced to letters and digits (lower case), because
whitespace is not a character a reader counts on a card, Tesseract writes full-width punctuation as ASCII (or
drops it), and emoji are not drawn; then the characters of the greeting found, in order, in the output (difflib's
matching blocks, no junk heuristic) over the greeting's length. The whole card is read, ornaments and all, in
grey, scaled to 3/4 (short greetings are set at 60 px; Tesseract reads best at 30–45 px, and misread 支 as 文 at
full size), as one column of text (--psm 4), with the colours turned round for the dark tech designs (Tesseract
expects dark text on light). One OCR per design (28, under a second each), sizes, languages and length buckets
taken in turn."""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageOps

from bot.cards.designs import MOTIF_OF_HOLIDAY, all_designs
from bot.cards.fonts import CardFontMissing, find_fonts
from bot.cards.render import Card, CardRequest, render_card
from bot.writing.holidays import resolve
from tests.cards_texts import EN, NAMES, ZH

TEXTS = [("zh", b, t) for b, t in ZH.items()] + [("en", b, t) for b, t in EN.items()]
RECOVERY_FLOOR = 0.90


def _missing() -> str | None:
    if not shutil.which("tesseract"):
        return "tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim)"
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split()
    if "chi_sim" not in langs or "eng" not in langs:
        return "tesseract lacks chi_sim or eng (apt-get install tesseract-ocr-chi-sim)"
    try:
        find_fonts()
    except CardFontMissing as exc:
        return str(exc)
    return None


@pytest.fixture(scope="module")
def fonts():
    if why := _missing():
        if os.environ.get("CI"):
            pytest.fail(why)  # CI installs them (.ci/run): missing there is a broken build, not a skip
        pytest.skip(why)
    return find_fonts()


def readable(text: str) -> str:
    return "".join(c.lower() for c in text if unicodedata.category(c)[0] in "LN")


def recovery(greeting: str, ocr: str) -> float:
    """The share of the greeting's letters and digits found, in order, in the OCR output."""
    want, got = readable(greeting), readable(ocr)
    blocks = difflib.SequenceMatcher(None, want, got, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks) / len(want)


def ocr(card: Card, chinese: bool, tmp: Path, scale: float = 0.75, lang: str | None = None) -> str:
    image = ImageOps.grayscale(card.image)
    image = image.resize((int(image.width * scale), int(image.height * scale)), Image.Resampling.LANCZOS)
    if sum(card.design.palette.panel) < 3 * 128:
        image = ImageOps.invert(image)
    path = tmp / f"{card.design.key}.png"
    image.save(path)
    # One thread each: this is a small shared machine, and the OCRs run one after another anyway.
    lang = lang or ("chi_sim+eng" if chinese else "eng")
    out = subprocess.run(["tesseract", str(path), "stdout", "-l", lang, "--psm", "4"],
                         capture_output=True, text=True, timeout=60, env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_recovery_counts_characters_in_order_and_ignores_punctuation_and_spaces() -> None:
    assert recovery("新年快乐，万事如意！", "新 年 快 乐 , 万 事 如 意 !") == 1.0
    assert recovery("新年快乐万事如意", "新年快乐") == 0.5
    assert recovery("Happy New Year", "happy new yeaR.") == 1.0
    assert recovery("abcdef", "fedcba") < 0.5


@pytest.mark.parametrize("k,design", list(enumerate(all_designs())), ids=lambda v: getattr(v, "key", str(v)))
def test_ocr_recovers_nine_tenths_of_the_greeting(fonts, tmp_path: Path, k: int, design) -> None:
    language, bucket, text = TEXTS[k % len(TEXTS)]
    size = ("portrait", "square")[(k // 4 + k) % 2]  # each style at both sizes, motif by motif
    holiday = next((h for h, m in MOTIF_OF_HOLIDAY.items() if m == design.motif), "国庆")
    card = render_card(CardRequest(text, NAMES[language, bucket], resolve(holiday, date(2027, 1, 20)),
                                   design.style, "小李", size), fonts)
    assert card.design == design
    found = recovery(text, ocr(card, language == "zh", tmp_path))
    assert found >= RECOVERY_FLOOR, f"{design.key} {size} {language} {bucket}: {found:.3f} recovered"
