"""Cards on DingTalk: "做成贺卡" (a DM's dtmd button, or @-sent in a group) uploads the picture (media/upload) and
posts a robot image message (sampleImageMsg) before the text; the fake refuses what the upload doc refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.dingtalk import DingTalkAdapter
from bot.domain import ImageRefused, OutgoingMessage
from tests.cards_support import fonts_or_skip, ocr_recovery, png_size
from tests.fakes.dingtalk import FakeDingTalk, tap_payload
from tests.test_dingtalk import REQUEST, adapter, app_for, fake, inbox_done, post, reply_context, wait_for  # noqa: F401


def test_a_tapped_card_button_in_a_dm_posts_the_card_picture_then_the_text(fake: FakeDingTalk,
                                                                         tmp_path: Path) -> None:
    fonts_or_skip()
    client, _ = app_for(tmp_path, fake)
    with client:
        post(client, fake, fake.callback(REQUEST, staff_id="staff-7"))
        wait_for(lambda: any(m.buttons for m in fake.messages))
        drafts = next(m for m in fake.messages if m.buttons)
        payload = tap_payload(dict(drafts.buttons)["🖼 做成贺卡"])
        post(client, fake, fake.callback(payload, staff_id="staff-7"))
        wait_for(lambda: any(m.type == "image" for m in fake.messages))
        inbox_done(client, 2)
    image = next(m for m in fake.messages if m.type == "image")
    after = fake.messages[fake.messages.index(image) + 1]
    assert image.via == "oto" and image.user_ids == ["staff-7"] and image.msg_key == "sampleImageMsg"
    assert png_size(fake.media[image.text]) == (1080, 1620) and len(fake.media_uploads) == 1
    assert after.via == "session" and "换个样式" in after.text + str(after.buttons)
    assert ocr_recovery(after.text.split("\n\n（贺卡")[0], fake.media[image.text]) >= 0.9


def test_in_a_group_the_card_is_asked_for_by_at_mention_and_goes_to_the_group(fake: FakeDingTalk,
                                                                            tmp_path: Path) -> None:
    fonts_or_skip()
    fake.groups.add("cidGroupTeam==")
    client, _ = app_for(tmp_path, fake)
    with client:
        post(client, fake, fake.callback(REQUEST, group=True))
        wait_for(lambda: fake.messages)
        assert "@我 发送" in fake.messages[0].text and "做成贺卡" in fake.messages[0].text  # no buttons in groups
        post(client, fake, fake.callback("做成贺卡", group=True))
        wait_for(lambda: any(m.type == "image" for m in fake.messages))
    image = next(m for m in fake.messages if m.type == "image")
    assert image.via == "group" and image.conversation_id == "cidGroupTeam=="
    assert png_size(fake.media[image.text]) == (1080, 1080)


@pytest.mark.parametrize("picture,errcode", [(b"%PDF-1.7", 40005), (b"", 40006),
                                              (b"\x89PNG\r\n\x1a\n" + b"\0" * (20 * 1024 * 1024), 40006)])
async def test_the_fake_refuses_what_the_upload_doc_refuses(adapter: DingTalkAdapter, fake: FakeDingTalk,
                                                           picture: bytes, errcode: int) -> None:
    context = reply_context(fake, staff_id="staff-9")
    with pytest.raises(ImageRefused) as refused:
        await adapter.send(OutgoingMessage("cidDMstaff-9==", "新年快乐", context=context, image=picture))
    assert refused.value.code == errcode and fake.messages == [] and fake.media_uploads == []
