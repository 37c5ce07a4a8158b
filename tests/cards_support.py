"""What the card tests on the fake platforms share: the fonts (or a skip), a PNG's size, OCR recovery of a greeting
from the bytes a platform received (the helper of tests/test_cards_ocr.py)."""

from __future__ import annotations

import io
import os
import re
import tempfile
from pathlib import Path

import pytest
from PIL import Image

from bot.cards.fonts import CardFontMissing, CardFonts, find_fonts


def fonts_or_skip() -> CardFonts:
    try:
        return find_fonts()
    except CardFontMissing as exc:
        if os.environ.get("CI"):
            pytest.fail(str(exc))
        pytest.skip(str(exc))


def png_size(data: bytes) -> tuple[int, int]:
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    return image.size


def ocr_recovery(greeting: str, data: bytes) -> float:
    """The share of `greeting` Tesseract reads back from the card in `data` (as tests/test_cards_ocr.py reads one)."""
    from tests.test_cards_ocr import _missing, ocr, recovery

    if why := _missing():
        if os.environ.get("CI"):
            pytest.fail(why)
        pytest.skip(why)

    class Received:  # what `ocr` reads of a Card: the picture and whether its panel is dark
        image = Image.open(io.BytesIO(data)).convert("RGB")

        class design:
            key = "received"

            class palette:
                panel = (255, 255, 255)

    # Tesseract's chi_sim+eng now and then reads a whole Chinese line as Latin script at one scale (a legible card,
    # 2026-12-06: "顺遂。愿您事事顺心。再给您" came back as "Ii, BESS. BA"); read at full size too before judging.
    # It also reads a whole line of a perfectly legible card as Latin at both scales (2026-12-07: "三年的客户，辛苦您了。
    # 恭祝" came back as "SENS, FSET ait"); Chinese alone cannot, so a Chinese greeting gets that third reading.
    with tempfile.TemporaryDirectory() as tmp:
        read = recovery(greeting, ocr(Received, True, Path(tmp)))  # type: ignore[arg-type]
        if read < 0.9:
            read = max(read, recovery(greeting, ocr(Received, True, Path(tmp), 1.0)))  # type: ignore[arg-type]
        if read < 0.9 and re.search(r"[\u4e00-\u9fff]", greeting):
            read = max(read, recovery(greeting, ocr(Received, True, Path(tmp), 0.75, "chi_sim")))  # type: ignore[arg-type]
        return read
