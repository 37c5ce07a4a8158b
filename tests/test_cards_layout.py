"""Every card design, at every size, fits a greeting of every length bucket: each drawn line lies inside its place
on the card (measured from the layout the renderer returns, not eyeballed), no two lines overlap, and nothing of
the greeting is cut."""

from __future__ import annotations

import itertools
import os
from datetime import date

import pytest
from PIL import Image, ImageChops

from bot.cards.designs import MOTIF_OF_HOLIDAY, MOTIFS, all_designs, design_for
from bot.cards.fonts import CardFontMissing, find_fonts
from bot.cards.layout import SIZES, CardLayout, CardTextTooLong
from bot.cards.linebreak import CLOSING, OPENING, strip_emoji
from bot.cards.render import CardRequest, layout_card, render_card
from bot.domain import STYLES, length_bucket_of
from bot.writing.holidays import resolve
from tests.cards_texts import EN, NAMES, ZH

TODAY = date(2027, 1, 20)
HOLIDAYS = ("春节", "除夕", "元宵", "中秋", "端午", "七夕", "元旦", "国庆")  # 国庆 stands for the neutral design
# The smallest body size each bucket may come out at (measured: portrait cards come out 2–8 px larger). A short
# greeting is set large; 200 English words (1,100 letters) on a square card are the tightest case.
READABLE_PX = {("zh", "<=50"): 44, ("zh", "50-100"): 40, ("zh", "100-200"): 30,
               ("en", "<=50"): 40, ("en", "50-100"): 30, ("en", "100-200"): 20}
TEXTS = [("zh", b, t) for b, t in ZH.items()] + [("en", b, t) for b, t in EN.items()]


@pytest.fixture(scope="module")
def fonts():
    try:
        return find_fonts()
    except CardFontMissing:
        if os.environ.get("CI"):
            raise  # CI installs fonts-noto-cjk (.ci/run): a missing font there is a broken build
        pytest.skip("no CJK font here: apt-get install fonts-noto-cjk")


def assert_fits(layout: CardLayout, greeting: str, name: str) -> None:
    frame = layout.frame
    regions = frame.regions()
    assert all(frame.safe.contains(r) for r in regions.values())
    assert frame.panel.contains(frame.inner)
    for line in layout.lines:
        assert regions[line.region].contains(line.box), f"{line.role} {line.text!r} leaves its {line.region} box"
    for a, b in itertools.combinations(layout.lines, 2):
        assert not a.box.overlaps(b.box), f"{a.text!r} overlaps {b.text!r}"
    for line in layout.of("body"):
        assert line.text[0] not in CLOSING and line.text[-1] not in OPENING, line.text
    drawn = "".join(line.text for line in layout.lines if line.role in ("salutation", "body")).replace(" ", "")
    expected = strip_emoji(greeting).replace(" ", "").replace("\n", "")
    assert drawn.endswith(expected), "text was cut"
    assert drawn[:len(drawn) - len(expected)] in ("", f"{name}：", f"Dear{name.replace(' ', '')},")


def test_the_bucket_texts_are_what_they_claim() -> None:
    for language, bucket, text in TEXTS:
        assert length_bucket_of(text) == bucket, (language, bucket)


def test_each_major_holiday_has_its_own_design_and_the_rest_share_the_neutral_one() -> None:
    motifs = {h: design_for(h, "传统喜庆").motif for h in ("春节", "元宵", "中秋", "端午", "七夕", "元旦")}
    assert len(set(motifs.values())) == 6 and "neutral" not in motifs.values()
    assert design_for("除夕", "商务得体").motif == "spring" and design_for("国庆", "轻松自然").motif == "neutral"
    assert set(MOTIF_OF_HOLIDAY.values()) | {"neutral"} == set(MOTIFS)
    assert len({d.key for d in all_designs()}) == len(MOTIFS) * len(STYLES)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("holiday", HOLIDAYS)
def test_every_bucket_fits_every_design_and_size(fonts, holiday: str, style: str, size: str) -> None:
    for language, bucket, text in TEXTS:
        name = NAMES[language, bucket]
        request = CardRequest(text, name, resolve(holiday, TODAY), style,
                              sender="小李" if language == "zh" else "Wei", size=size)
        layout = layout_card(request, fonts)
        assert_fits(layout, text, name)
        assert layout.body_px >= READABLE_PX[language, bucket], (language, bucket, layout.body_px)
        assert layout.of("title") and layout.of("subtitle") and layout.of("sender")


@pytest.mark.parametrize("size", SIZES)
def test_every_design_draws_its_text_where_the_layout_says(fonts, size: str) -> None:
    """All 28 designs rendered for real: the picture has the frame's size, and ink lies inside every line's box."""
    for k, design in enumerate(all_designs()):
        holiday = next((h for h, m in MOTIF_OF_HOLIDAY.items() if m == design.motif), "国庆")
        language, bucket, text = TEXTS[k % len(TEXTS)]
        name = NAMES[language, bucket]
        card = render_card(CardRequest(text, name, resolve(holiday, TODAY), design.style, "小李", size), fonts)
        assert card.design == design and card.image.size == SIZES[size]
        assert_fits(card.layout, text, name)
        panel = card.design.palette.panel
        for line in card.layout.of("body")[:3]:
            b = line.box
            crop = card.image.crop((int(b.left), int(b.top), int(b.right), int(b.bottom)))
            diff = ImageChops.difference(crop, Image.new("RGB", crop.size, panel)).convert("L")
            ink = sum(diff.point(lambda v: 255 if v > 80 else 0).histogram()[255:])
            assert ink > 0.02 * crop.width * crop.height, f"{design.key}: no ink in {line.text!r}"


def test_the_zodiac_year_is_named_for_the_spring_festival_only(fonts) -> None:
    spring = layout_card(CardRequest(ZH["<=50"], "张总", resolve("春节", TODAY)), fonts)
    assert spring.of("subtitle")[0].text == "2027年2月6日 · 丁未羊年"
    eve = layout_card(CardRequest(EN["<=50"], "Linda", resolve("除夕", TODAY), size="square"), fonts)
    assert eve.of("subtitle")[0].text == "February 5, 2027 · Year of the Goat"
    moon = layout_card(CardRequest(ZH["<=50"], "张总", resolve("中秋", TODAY)), fonts)
    assert "年" in moon.of("subtitle")[0].text and "羊" not in moon.of("subtitle")[0].text
    assert [line.text for line in moon.of("title")] == ["中秋快乐"]


def test_a_greeting_that_opens_with_the_name_keeps_it_as_its_salutation(fonts) -> None:
    opened = layout_card(CardRequest("张总，新春快乐！", "张总", resolve("春节", TODAY)), fonts)
    assert [line.text for line in opened.of("salutation")] == ["张总，"]
    bare = layout_card(CardRequest("新春快乐，万事如意！", "张总", resolve("春节", TODAY)), fonts)
    assert [line.text for line in bare.of("salutation")] == ["张总："]
    english = layout_card(CardRequest("Happy New Year!", "Linda", resolve("元旦", TODAY)), fonts)
    assert [line.text for line in english.of("salutation")] == ["Dear Linda,"]


def test_a_greeting_too_long_for_any_readable_size_is_refused_not_cut(fonts) -> None:
    with pytest.raises(CardTextTooLong):
        layout_card(CardRequest("新年快乐！" * 1200, "张总", resolve("春节", TODAY), size="square"), fonts)
