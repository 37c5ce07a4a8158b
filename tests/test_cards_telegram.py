"""Cards on Telegram, end to end: a tapped 🖼 brings a photo (uploaded once, then sent by file_id), 换个样式 another
design, and a picture Telegram refuses or a missing font leave the text alone with a line for the owner."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from adapters.telegram import TelegramAdapter
from bot.cards.sending import CardMaker
from bot.domain import CardSpec, ImageRefused, OutgoingMessage
from tests.cards_support import fonts_or_skip, ocr_recovery, png_size
from tests.fakes.telegram import FakeTelegram
from tests.test_telegram import BOT, REQUEST, adapter, app_client, fake, message, post, tap, update, wait_for  # noqa: F401

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


def tap_button(client, fake: FakeTelegram, label: str, update_id: int, on_photo: bool = False) -> None:
    """Tap the button labelled `label` on the bot's last message that has it."""
    pool = [*fake.photos] if on_photo else [m for m in fake.sent if m.buttons]
    last = [m for m in pool if any(b == label for b, _ in m.buttons)][-1]
    text = getattr(last, "text", None) or last.caption
    post(client, tap(update_id, f"q-{update_id}", dict(last.buttons)[label], message(last.message_id, text, user=BOT)))


def test_tapping_the_card_button_sends_the_first_draft_as_a_png_card_telegram_can_read(
        tmp_path: Path, fake: FakeTelegram) -> None:
    fonts_or_skip()
    with app_client(tmp_path, fake) as client:
        post(client, update(1, message(10, REQUEST)))
        wait_for(lambda: any(m.buttons for m in fake.sent))
        drafts = next(m for m in fake.sent if m.buttons)
        tap_button(client, fake, "🖼 做成贺卡", 2)
        wait_for(lambda: fake.photos)
    [photo] = fake.photos
    first = drafts.text.split("\n\n1. ", 1)[1].split("\n\n")[0].removesuffix("（离线草稿）")
    assert photo.uploaded and photo.data.startswith(b"\x89PNG") and png_size(photo.data) == (1080, 1620)
    assert first in photo.caption and ("换个样式", "1001|换个样式") in photo.buttons
    assert ocr_recovery(first, photo.data) >= 0.9  # the greeting on the card reads back


def test_the_same_card_twice_is_uploaded_once_and_another_design_is_a_new_picture(
        tmp_path: Path, fake: FakeTelegram) -> None:
    fonts_or_skip()
    with app_client(tmp_path, fake) as client:
        post(client, update(1, message(10, REQUEST)))
        wait_for(lambda: any(m.buttons for m in fake.sent))
        tap_button(client, fake, "🖼 做成贺卡", 2)
        wait_for(lambda: len(fake.photos) == 1)
        tap_button(client, fake, "🖼 做成贺卡", 3)
        wait_for(lambda: len(fake.photos) == 2)
        tap_button(client, fake, "换个样式", 4, on_photo=True)
        wait_for(lambda: len(fake.photos) == 3)
    first, again, restyled = fake.photos
    assert (first.uploaded, again.uploaded, restyled.uploaded) == (True, False, True)
    assert fake.uploads == 2 and again.data == first.data  # the second one went by file_id: no upload
    assert restyled.data != first.data and Image.open(io.BytesIO(restyled.data)).size == (1080, 1620)


async def test_a_picture_telegram_refuses_leaves_the_text_alone_and_tells_the_owner(
        adapter: TelegramAdapter, fake: FakeTelegram, tmp_path: Path) -> None:
    spec = CardSpec("王老师，新年快乐！", "王老师", "春节", "2027-01-20", "传统喜庆")

    class Oversize(CardMaker):
        async def png(self, spec: CardSpec) -> bytes:  # 6000 × 6000: width + height over 10000
            return _png(6000, 6000)

    async def send(platform: str, msg: OutgoingMessage) -> list[str]:
        return await adapter.send(msg)

    sent = await Oversize().send(send, "telegram", OutgoingMessage("1001", "王老师，新年快乐！", card=spec))
    assert sent.missed == "refused" and fake.photos == []
    assert [r[2] for r in fake.rejected] == ["Bad Request: PHOTO_INVALID_DIMENSIONS"]
    [text] = fake.sent
    assert text.text.startswith("王老师，新年快乐！") and "贺卡这次没做成" in text.text


async def test_without_a_font_the_text_goes_alone_and_the_owner_is_told(
        adapter: TelegramAdapter, fake: FakeTelegram, tmp_path: Path) -> None:
    spec = CardSpec("王老师，新年快乐！", "王老师", "春节", "2027-01-20", "传统喜庆")

    async def send(platform: str, msg: OutgoingMessage) -> list[str]:
        return await adapter.send(msg)

    sent = await CardMaker(tmp_path / "no-such-font").send(send, "telegram", OutgoingMessage("1001", spec.text, card=spec))
    assert sent.missed == "font" and fake.photos == [] and fake.uploads == 0
    assert "没装中文字体" in fake.sent[0].text and "Traceback" not in fake.sent[0].text


async def test_the_fake_refuses_what_sendphoto_refuses(adapter: TelegramAdapter, fake: FakeTelegram) -> None:
    for picture, why in ((b"GIF8 not a picture at all", "IMAGE_PROCESS_FAILED"), (_png(400, 9000), "PHOTO_INVALID_DIMENSIONS"),
                         (_png(200, 200, pad=10 * 1024 * 1024 + 1), "PHOTO_SAVE_FILE_INVALID")):
        with pytest.raises(ImageRefused):
            await adapter.send(OutgoingMessage("1001", "hi", image=picture))
        assert fake.rejected[-1] == ("sendPhoto", 400, f"Bad Request: {why}")
    assert fake.photos == [] and fake.sent == []  # nothing went out: the text is the caller's to send


def _png(width: int, height: int, *, pad: int = 0) -> bytes:
    """A PNG of the given size (a flat colour compresses to almost nothing; `pad` appends bytes to pass a size)."""
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 40)).save(out, "PNG")
    return out.getvalue() + b"\0" * pad
