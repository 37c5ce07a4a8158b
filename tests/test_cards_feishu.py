"""Cards on Feishu: a tapped 🖼 uploads the picture (im/v1/images) and posts an image message, then the text with
its buttons; 换个样式 a new picture; the fake refuses what the upload doc refuses and the text goes alone."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from adapters.feishu import FeishuAdapter
from bot.cards.sending import CardMaker
from bot.domain import CardSpec, ImageRefused, OutgoingMessage
from tests.cards_support import fonts_or_skip, ocr_recovery, png_size
from tests.fakes.feishu import FakeFeishu
from tests.test_feishu import ALICE, AT_BOT, GROUP, REQUEST, adapter, app_client, deliver, events, fake, wait_for  # noqa: F401


def test_a_tapped_card_button_posts_the_picture_then_the_text_and_another_design_posts_a_new_one(
        fake: FakeFeishu, events, tmp_path: Path) -> None:
    fonts_or_skip()
    with app_client(fake, tmp_path) as client:
        deliver(client, events, events.message(GROUP, ALICE, f"@_user_1 {REQUEST}", chat_type="group",
                                                mentions=[AT_BOT]))
        wait_for(lambda: fake.sent)
        draft = fake.sent[0]
        tap = dict(draft.buttons)["🖼 做成贺卡"]
        assert tap == {"payload": "做成贺卡", "owner": ALICE}
        deliver(client, events, events.card_action(GROUP, ALICE, tap, card_message_id=draft.message_id))
        wait_for(lambda: len(fake.sent) == 3)
        image, text = fake.sent[1:]
        deliver(client, events, events.card_action(GROUP, ALICE, dict(text.buttons)["换个样式"],
                                                   card_message_id=text.message_id))
        wait_for(lambda: len(fake.sent) == 5)
    assert image.msg_type == "image" and text.msg_type == "interactive"
    picture = fake.images[image.content["image_key"]]
    assert png_size(picture) == (1080, 1080)  # a group gets the square card
    first_draft = draft.text.split("\n\n1. ", 1)[1].split("\n\n")[0].removesuffix("（离线草稿）")
    assert first_draft in text.text and image.reply_to == draft.message_id
    assert ocr_recovery(text.text.split("\n\n（贺卡")[0], picture) >= 0.9  # the greeting reads back off the card
    restyled = fake.images[fake.sent[3].content["image_key"]]
    assert len(fake.uploads) == 2 and restyled != picture


@pytest.mark.parametrize("picture,code", [
    (b"", 234010), (b"%PDF-1.7 not a picture", 234011), (b"\x89PNG\r\n\x1a\n" + b"\0" * (10 * 1024 * 1024), 234006)])
async def test_the_fake_refuses_what_the_upload_doc_refuses(adapter: FeishuAdapter, fake: FakeFeishu,
                                                           picture: bytes, code: int) -> None:
    fake.add_chat("oc_dm")
    with pytest.raises(ImageRefused) as refused:
        await adapter.send(OutgoingMessage("oc_dm", "新年快乐", image=picture))
    assert refused.value.code == code and fake.sent == [] and fake.uploads == []


async def test_a_refused_picture_leaves_the_text_alone_and_tells_the_owner(adapter: FeishuAdapter,
                                                                          fake: FakeFeishu) -> None:
    fake.add_chat("oc_dm")

    class Huge(CardMaker):
        async def png(self, spec: CardSpec) -> bytes:  # 13000 px wide: over the 12000 × 12000 the doc allows
            out = io.BytesIO()
            Image.new("L", (13000, 10)).save(out, "PNG")
            return out.getvalue()

    async def send(platform: str, msg: OutgoingMessage) -> list[str]:
        return await adapter.send(msg)

    spec = CardSpec("王老师，中秋快乐！", "王老师", "中秋", "2027-01-20", "轻松自然")
    sent = await Huge().send(send, "feishu", OutgoingMessage("oc_dm", spec.text, card=spec))
    assert sent.missed == "refused" and [s.msg_type for s in fake.sent] == ["text"]
    assert fake.sent[0].text.startswith("王老师，中秋快乐！") and "平台没收下这张图片" in fake.sent[0].text
