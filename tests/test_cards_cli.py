"""`greetbot card` from a shell, the font search, and the async wrapper the bot will call."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from bot.cards import render as render_module
from bot.cards.fonts import CardFontMissing, find_fonts
from bot.cards.render import CardRequest, render_card_async
from bot.writing.holidays import resolve

ROOT = Path(__file__).resolve().parents[1]
NOTO = Path("/usr/share/fonts/opentype/noto")


def greetbot(*args: str, env: dict[str, str] | None = None, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True, text=True, timeout=120,
                          cwd=cwd, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


@pytest.fixture(scope="module")
def fonts():
    try:
        return find_fonts()
    except CardFontMissing:
        if os.environ.get("CI"):
            raise
        pytest.skip("no CJK font here: apt-get install fonts-noto-cjk")


def test_the_card_command_writes_a_png_of_the_size_asked_for(fonts, tmp_path: Path) -> None:
    out = tmp_path / "card.png"
    done = greetbot("card", "--text", "张总，新春快乐！感谢一路支持，祝您羊年万事顺意。🎉", "--name", "张总",
                    "--holiday", "春节", "--style", "商务得体", "--size", "square", "--sender", "小李",
                    "--date", "2027-01-20", "--out", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with Image.open(out) as image:
        assert image.size == (1080, 1080) and image.format == "PNG"
    assert "spring-biz" in done.stderr


def test_the_card_command_refuses_an_unknown_holiday_or_style(fonts, tmp_path: Path) -> None:
    bad_holiday = greetbot("card", "--text", "hi", "--name", "x", "--holiday", "火星节", "--out", "x.png",
                           cwd=tmp_path)
    assert bad_holiday.returncode != 0 and "unknown holiday" in bad_holiday.stderr
    bad_style = greetbot("card", "--text", "hi", "--name", "x", "--style", "莎士比亚风", "--out", "x.png",
                         cwd=tmp_path)
    assert bad_style.returncode != 0 and "unknown style" in bad_style.stderr
    assert not (tmp_path / "x.png").exists()


def test_without_a_font_the_command_says_what_to_install_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "card.png"
    done = greetbot("card", "--text", "新年快乐", "--name", "老王", "--out", str(out), cwd=tmp_path,
                    env={"GREETBOT_CARD_FONT": str(tmp_path / "no-such-font")})
    assert done.returncode == 2 and not out.exists()
    assert "no card made" in done.stderr and "fonts-noto-cjk" in done.stderr and "Traceback" not in done.stderr


def test_a_missing_font_is_a_typed_error_with_a_friendly_message(tmp_path: Path) -> None:
    with pytest.raises(CardFontMissing, match="GREETBOT_CARD_FONT"):
        find_fonts(tmp_path / "nowhere")  # configured and missing: an error, not a silent fallback
    (tmp_path / "empty").mkdir()
    with pytest.raises(CardFontMissing, match="apt-get install fonts-noto-cjk"):
        find_fonts(search=[tmp_path / "empty"], fontconfig=False)


@pytest.mark.skipif(not (NOTO / "NotoSansCJK-Regular.ttc").exists(), reason="Debian's fonts-noto-cjk is not here")
def test_the_debian_fonts_are_found_with_their_simplified_chinese_faces() -> None:
    fonts = find_fonts(search=[NOTO], fontconfig=False)
    assert fonts.sans.path.name == "NotoSansCJK-Regular.ttc" and fonts.serif_bold.path.name == "NotoSerifCJK-Bold.ttc"
    assert fonts.font("sans", 20).getname()[0] == "Noto Sans CJK SC"
    assert fonts.font("serif_bold", 20).getname()[0] == "Noto Serif CJK SC"
    one = find_fonts(NOTO / "NotoSansCJK-Regular.ttc")  # one configured file serves every role
    assert one.serif == one.sans and one.font("serif", 20).getname()[0] == "Noto Sans CJK SC"


async def test_rendering_from_the_bot_runs_in_a_worker_thread(fonts, monkeypatch) -> None:
    threads: list[threading.Thread] = []
    original = render_module.render_card

    def spy(request, fonts):
        threads.append(threading.current_thread())
        return original(request, fonts)

    monkeypatch.setattr(render_module, "render_card", spy)
    request = CardRequest("新年快乐！", "老王", resolve("元旦", date(2027, 1, 20)), "轻松自然", size="square")
    card, _ = await asyncio.gather(render_card_async(request, fonts), asyncio.sleep(0))
    assert card.image.size == (1080, 1080) and threads and threads[0] is not threading.main_thread()
