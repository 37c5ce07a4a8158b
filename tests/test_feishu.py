"""The Feishu adapter against a fake Feishu: encrypted, signed events in; tokens, cards, limits and retries out."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator, Iterator
from datetime import date
from pathlib import Path

import lark_oapi as lark
import pytest
from fastapi.testclient import TestClient

from adapters.base import SendFailed, VerificationFailed, WebhookRequest
from adapters.feishu import TEXT_LIMIT, FeishuAdapter
from bot.domain import NOT_YOUR_BUTTONS, Button, OutgoingMessage
from bot.service.app import create_app
from bot.settings import Settings
from tests.fakes.feishu import (
    APP_ID,
    APP_SECRET,
    BOT_OPEN_ID,
    ENCRYPT_KEY,
    VERIFICATION_TOKEN,
    FakeFeishu,
    FeishuEvents,
    running_fake_feishu,
)
from tests.fakes import feishu_answers as fs
from tests.fakes.answers import Answer

REQUEST = "帮我给张总写条拜年微信，他是合作三年的客户，去年一起做了北京项目，商务得体点，50到100字"
ALICE, BOB = "ou_alice00000000000000000000000000", "ou_bob0000000000000000000000000000"
DM, GROUP = "oc_dm_alice000000000000000000000000", "oc_group00000000000000000000000000"
AT_BOT = ("@_user_1", BOT_OPEN_ID, "Greetbot")


@pytest.fixture
def fake() -> Iterator[FakeFeishu]:
    with running_fake_feishu() as server:
        yield server


@pytest.fixture
def events(fake: FakeFeishu) -> FeishuEvents:
    return FeishuEvents(fake)


@pytest.fixture
async def adapter(fake: FakeFeishu) -> AsyncIterator[FeishuAdapter]:
    a = FeishuAdapter(APP_ID, APP_SECRET, VERIFICATION_TOKEN, encrypt_key=ENCRYPT_KEY, api_base=fake.base_url,
                      retry_base_s=0.05)
    await a.start()
    try:
        yield a
    finally:
        await a.stop()


def app_client(fake: FakeFeishu, tmp_path: Path) -> TestClient:
    settings = Settings(data_dir=tmp_path, llm_base_url="http://127.0.0.1:9/v1", llm_timeout_s=0.5,
                        feishu_app_id=APP_ID, feishu_app_secret=APP_SECRET,
                        feishu_verification_token=VERIFICATION_TOKEN, feishu_encrypt_key=ENCRYPT_KEY,
                        feishu_api_base=fake.base_url, _env_file=None)
    app = create_app(settings, adapters=[FeishuAdapter.from_settings(settings)], today=lambda: date(2027, 1, 20))
    return TestClient(app)


def deliver(client: TestClient, events: FeishuEvents, payload: dict, **kw):
    body, headers = events.seal(payload, **kw)
    return client.post("/webhook/feishu", content=body, headers=headers)


def wait_for(predicate, timeout: float = 30.0) -> None:  # generous: CI machines are shared
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


def inbox(client: TestClient) -> dict:
    return client.get("/readyz").json()["inbox"]


# Verification ------------------------------------------------------------------------------------


def test_encrypted_url_verification_is_answered_with_the_challenge(fake, events, tmp_path) -> None:
    with app_client(fake, tmp_path) as client:
        ok = deliver(client, events, events.url_verification("chal-123"), signed=False)
        forger = FeishuEvents(fake, token="not-the-token")
        forged = deliver(client, forger, forger.url_verification("x"))
    assert ok.status_code == 200 and ok.json() == {"challenge": "chal-123"}
    assert forged.status_code == 401


def test_plain_mode_checks_the_verification_token_on_every_event(fake) -> None:
    adapter = FeishuAdapter(APP_ID, APP_SECRET, VERIFICATION_TOKEN, api_base=fake.base_url)
    adapter.bot_open_id = BOT_OPEN_ID
    plain = FeishuEvents(fake, encrypt_key=None)
    challenge = WebhookRequest({}, json.dumps(plain.url_verification("c1")).encode())
    adapter.verify(challenge)
    assert adapter.parse(challenge).response == {"challenge": "c1"}
    good = WebhookRequest({}, plain.seal(plain.message(DM, ALICE, REQUEST))[0])
    adapter.verify(good)
    assert adapter.parse(good).messages[0].text == REQUEST
    wrong = FeishuEvents(fake, token="wrong", encrypt_key=None)
    for body in (wrong.seal(wrong.message(DM, ALICE, "hi"))[0], b"{not json"):
        with pytest.raises(VerificationFailed):
            adapter.verify(WebhookRequest({}, body))


def test_events_built_by_the_fake_are_accepted_by_the_lark_sdk(fake, events) -> None:
    seen: list[str] = []
    handler = (lark.EventDispatcherHandler.builder(ENCRYPT_KEY, VERIFICATION_TOKEN)
               .register_p2_im_message_receive_v1(lambda data: seen.append(data.event.message.content)).build())
    req = lark.RawRequest()
    req.body, req.headers = events.seal(events.message(DM, ALICE, "你好"))
    resp = handler.do(req)
    assert resp.status_code == 200 and json.loads(seen[0]) == {"text": "你好"}


def test_forged_unsigned_stale_or_wrong_token_webhooks_are_refused_and_nothing_stored(fake, events, tmp_path) -> None:
    with app_client(fake, tmp_path) as client:
        msg, wrong = events.message(DM, ALICE, REQUEST), FeishuEvents(fake, token="wrong")
        statuses = [
            deliver(client, events, msg, sign_with="guessed-key").status_code,
            deliver(client, events, msg, signed=False).status_code,
            deliver(client, events, msg, timestamp=int(time.time()) - 2 * 3600).status_code,
            deliver(client, wrong, wrong.message(DM, ALICE, REQUEST)).status_code,
        ]
        body, headers = events.seal(msg)
        tampered = client.post("/webhook/feishu", content=body.replace(b'"encrypt": "', b'"encrypt": "A'),
                               headers=headers)
        statuses.append(tampered.status_code)
        assert inbox(client) == {}
    assert statuses == [401] * 5
    assert fake.sent == []


# Messages end to end ----------------------------------------------------------------------------


def test_a_direct_message_is_answered_as_a_reply_at_the_fake(fake, events, tmp_path) -> None:
    with app_client(fake, tmp_path) as client:
        msg = events.message(DM, ALICE, REQUEST)
        assert deliver(client, events, msg).json() == {"ok": True}
        wait_for(lambda: fake.sent)
    reply = fake.sent[0]
    assert reply.chat_id == DM and reply.reply_to == msg["event"]["message"]["message_id"]
    assert "张总" in reply.text and reply.uuid
    assert fake.token_requests == 1  # start() fetched it; the send reused it


def test_group_chatter_without_a_mention_gets_no_reply(fake, events, tmp_path) -> None:
    with app_client(fake, tmp_path) as client:
        assert deliver(client, events, events.message(GROUP, ALICE, REQUEST, chat_type="group")).status_code == 200
        wait_for(lambda: inbox(client).get("done") == 1)
        time.sleep(0.2)
    assert fake.sent == []


def test_a_group_mention_is_answered_with_the_mention_stripped(fake, events, tmp_path) -> None:
    msg = events.message(GROUP, ALICE, f"@_user_1 {REQUEST}", chat_type="group", mentions=[AT_BOT])
    body, headers = events.seal(msg)
    parser = FeishuAdapter(APP_ID, APP_SECRET, VERIFICATION_TOKEN, encrypt_key=ENCRYPT_KEY)
    parser.bot_open_id = BOT_OPEN_ID
    seen = parser.parse(WebhookRequest({k.lower(): v for k, v in headers.items()}, body)).messages[0]
    assert (seen.text, seen.mentioned, seen.is_group, seen.event_id) == (
        REQUEST, True, True, msg["event"]["message"]["message_id"])
    with app_client(fake, tmp_path) as client:
        client.post("/webhook/feishu", content=body, headers=headers)
        wait_for(lambda: fake.sent)
    assert "张总" in fake.sent[0].text and fake.sent[0].chat_id == GROUP


def test_other_mentions_become_names_and_rich_text_posts_are_read(fake, events) -> None:
    parser = FeishuAdapter(APP_ID, APP_SECRET, VERIFICATION_TOKEN, encrypt_key=ENCRYPT_KEY)
    parser.bot_open_id = BOT_OPEN_ID
    post = {"title": "", "content": [[{"tag": "at", "user_id": "@_user_1", "user_name": "Greetbot"},
                                      {"tag": "text", "text": " 给 "}, {"tag": "at", "user_id": "@_user_2"},
                                      {"tag": "text", "text": " 写条拜年祝福"}], [{"tag": "img", "image_key": "i"}]]}
    msg = events.message(GROUP, ALICE, chat_type="group", message_type="post", content=post,
                         mentions=[AT_BOT, ("@_user_2", BOB, "王五")])
    seen = parser.parse(WebhookRequest({}, events.seal(msg)[0])).messages[0]
    assert seen.text == "给 王五 写条拜年祝福" and seen.mentioned


def test_a_reply_to_the_bot_in_a_group_is_answered_without_a_mention(fake, events, tmp_path) -> None:
    with app_client(fake, tmp_path) as client:
        deliver(client, events, events.message(GROUP, ALICE, "@_user_1 帮我给张总写条拜年微信", chat_type="group",
                                                mentions=[AT_BOT]))
        wait_for(lambda: fake.sent)
        bot_said = fake.sent[-1].message_id
        deliver(client, events, events.message(GROUP, ALICE, "他是合作三年的客户", chat_type="group",
                                                parent_id=bot_said))
        deliver(client, events, events.message(GROUP, BOB, "午饭吃什么", chat_type="group"))
        wait_for(lambda: len(fake.sent) >= 2 and inbox(client).get("done") == 3)
        time.sleep(0.2)
    assert len(fake.sent) == 2 and fake.sent[1].reply_to != bot_said  # a reply to the follow-up itself


def test_buttons_are_a_card_a_tap_comes_back_with_its_owner_and_a_strangers_tap_gets_a_toast(fake, events, tmp_path) -> None:
    with app_client(fake, tmp_path) as client:
        deliver(client, events, events.message(GROUP, ALICE, f"@_user_1 {REQUEST}", chat_type="group",
                                                mentions=[AT_BOT]))
        wait_for(lambda: fake.sent)
        draft = fake.sent[0]
        assert draft.msg_type == "interactive" and draft.content["schema"] == "2.0"
        labels = [label for label, _ in draft.buttons]
        value = dict(draft.buttons)[labels[0]]
        assert value == {"payload": "/use 1", "owner": ALICE}
        by_bob = deliver(client, events, events.card_action(GROUP, BOB, value, card_message_id=draft.message_id))
        # Bob alone is told, in the callback's answer (a toast), and the group gets no message about it.
        assert by_bob.status_code == 200
        assert by_bob.json() == {"toast": {"type": "info", "content": NOT_YOUR_BUTTONS}}
        by_alice = deliver(client, events, events.card_action(GROUP, ALICE, value, card_message_id=draft.message_id))
        assert by_alice.json() == {}  # answered at once, as Feishu needs within 3 s
        wait_for(lambda: len(fake.sent) == 2)
    assert fake.sent[1].reply_to == draft.message_id and all("发起的人" not in m.text for m in fake.sent)


def test_a_tap_in_the_legacy_card_callback_format_is_verified_and_handled_like_the_new_one(
        fake, events, tmp_path, caplog) -> None:
    from adapters import feishu_cards
    from tests.fakes.feishu_events import judge_legacy_card_answer

    feishu_cards._legacy_seen = False  # a fresh process, as far as the console hint goes
    with app_client(fake, tmp_path) as client, caplog.at_level(logging.WARNING, logger="adapters.feishu"):
        deliver(client, events, events.message(GROUP, ALICE, f"@_user_1 {REQUEST}", chat_type="group",
                                                mentions=[AT_BOT]))
        wait_for(lambda: fake.sent)
        draft = fake.sent[0]
        value = dict(draft.buttons)["换一个"]

        def legacy(user: str, **kw):  # type: ignore[no-untyped-def]
            body, headers = events.legacy_seal(events.legacy_card_action(GROUP, user, value,
                                                                         card_message_id=draft.message_id), **kw)
            started = time.monotonic()
            answer = client.post("/webhook/feishu", content=body, headers=headers)
            return answer, judge_legacy_card_answer(answer.status_code, answer.content, time.monotonic() - started,
                                                    sent_schema="2.0")

        forged, _ = legacy(ALICE, sign_with="not-the-verification-token")
        assert forged.status_code == 401
        _, by_bob = legacy(BOB)
        assert by_bob.ok and fake.sent == [draft]  # a stranger's tap: nothing to the group
        for encrypted in (False, True):  # two taps of one button are two requests, not a redelivery
            _, verdict = legacy(ALICE, encrypted=encrypted)
            assert verdict.ok, verdict.error
        wait_for(lambda: len(fake.sent) == 3)
    assert "card.action.trigger" in caplog.text  # the console hint, once
    assert caplog.text.count("legacy card-callback format") == 1


def test_a_redelivered_message_is_processed_once(fake, events, tmp_path) -> None:
    msg_id = fake.new_message_id()
    with app_client(fake, tmp_path) as client:
        for _ in range(3):  # Feishu re-pushes with a fresh event_id and signature: message_id is the key
            assert deliver(client, events, events.message(DM, ALICE, REQUEST, message_id=msg_id)).status_code == 200
        wait_for(lambda: inbox(client).get("done") == 1)
        time.sleep(0.3)
    assert len(fake.sent) == 1


def test_stickers_images_junk_and_unknown_events_are_acknowledged_quietly(fake, events, tmp_path) -> None:
    with app_client(fake, tmp_path) as client:
        answers = [deliver(client, events, events.message(DM, ALICE, message_type=kind, content=content))
                   for kind, content in (("image", {"image_key": "img_v2_1"}), ("sticker", {"file_key": "f_1"}),
                                         ("file", {"file_key": "f_2", "file_name": "a.pdf"}))]
        answers.append(deliver(client, events, events.message(DM, ALICE, "@_user_1", mentions=[AT_BOT])))
        answers.append(deliver(client, events, events.envelope("im.chat.member.bot.added_v1", {"chat_id": GROUP})))
        answers.append(deliver(client, events, events.card_action(GROUP, ALICE, {"x": 1}, card_message_id="om_1")))
        for junk in (b"{not json", json.dumps({"encrypt": "bm90IGNpcGhlcnRleHQ="}).encode()):
            answers.append(client.post("/webhook/feishu", content=junk, headers=events.headers(junk)))
        time.sleep(0.3)
        assert inbox(client) == {}
    assert [a.status_code for a in answers] == [200] * 8
    assert fake.sent == []


# Sending -----------------------------------------------------------------------------------------


async def test_a_429_is_retried_after_the_ratelimit_reset_and_delivered(fake, adapter) -> None:
    fake.add_chat(DM)
    fake.fail_next(1, 429, reset_s=1)
    await adapter.send(OutgoingMessage(DM, "新年快乐"))
    first, second = fake.attempts
    assert (first.status, first.code, second.status) == (429, 99991400, 200)
    assert second.at - first.at >= 0.95
    assert fake.texts(DM) == ["新年快乐"]


async def test_server_errors_are_retried_then_delivered(fake, adapter) -> None:
    fake.add_chat(DM)
    fake.fail_next(2, 503)
    await adapter.send(OutgoingMessage(DM, "新年快乐"))
    assert [a.status for a in fake.attempts] == [503, 503, 200] and len(fake.sent) == 1


async def test_a_refused_send_raises_send_failed_and_logs_the_feishu_code(fake, adapter, caplog) -> None:
    with caplog.at_level(logging.ERROR, logger="adapters.feishu"), pytest.raises(SendFailed) as refused:
        await adapter.send(OutgoingMessage("oc_not_a_member_chat", "hi"))
    assert refused.value.code == 230002 and "230002" in caplog.text
    assert APP_SECRET not in caplog.text and not any(token in caplog.text for token in fake.tokens)
    fake.add_chat(DM)
    fake.fail_next(4, 500)
    with pytest.raises(SendFailed):
        await adapter.send(OutgoingMessage(DM, "hi"))


async def test_an_invalid_token_is_refreshed_once_and_the_send_retried(fake, adapter) -> None:
    fake.add_chat(DM)
    await adapter.send(OutgoingMessage(DM, "一"))
    assert fake.token_requests == 1
    fake.revoke_tokens()
    await adapter.send(OutgoingMessage(DM, "二"))
    assert fake.token_requests == 2 and fake.texts(DM) == ["一", "二"]
    assert [a.code for a in fake.attempts] == [0, 99991663, 0]


async def test_long_text_is_split_and_buttons_ride_on_the_last_part(fake, adapter) -> None:
    fake.add_chat(DM)
    text = "\n".join(f"第{i}行：祝你新年快乐，万事如意，心想事成。" * 3 for i in range(200))
    await adapter.send(OutgoingMessage(DM, text, (Button("用第1条", "/use 1"),), owner=ALICE,
                                       context={"chat_type": "p2p"}))
    assert len(fake.sent) >= 3 and all(len(s.text) <= TEXT_LIMIT for s in fake.sent)
    assert "\n".join(s.text for s in fake.sent) == text
    assert [s.msg_type for s in fake.sent][-2:] == ["text", "interactive"]
    assert fake.sent[-1].buttons == [("用第1条", {"payload": "/use 1", "owner": ALICE, "p2p": 1})]


async def test_a_repeated_send_of_the_same_reply_is_shown_once(fake, adapter) -> None:
    fake.add_chat(DM)
    reply = OutgoingMessage(DM, "新年快乐", owner=ALICE)
    await adapter.send(reply)
    await adapter.send(reply)  # the inbox re-running a send after a crash: same uuid, Feishu keeps one
    assert len(fake.attempts) == 2 and len(fake.sent) == 1


async def test_sends_to_one_chat_are_paced_under_five_per_second(fake, adapter) -> None:
    fake.add_chat(GROUP, "group")
    await asyncio.gather(*(adapter.send(OutgoingMessage(GROUP, f"第{i}条")) for i in range(7)))
    assert len(fake.sent) == 7 and all(a.status == 200 for a in fake.attempts)


@pytest.mark.parametrize("answer", [fs.chat_rate_limited, fs.custom_bot_rate_limited,
                                    lambda: fs.rate_limited(1, status=400)], ids=["230020", "11232", "99991400"])
async def test_a_reply_that_meets_a_frequency_limit_is_sent_again_and_arrives(fake, adapter, answer) -> None:
    fake.add_chat(DM)
    fake.inject(answer())
    await adapter.send(OutgoingMessage(DM, "新年快乐"))
    assert len(fake.sent) == 1 and [a.status for a in fake.attempts][-1] == 200


@pytest.mark.parametrize("code", [99991661, 99991663, 99991664, 99991665, 99991666, 99991668])
async def test_every_token_invalid_code_refreshes_the_tenant_token(fake, adapter, code: int) -> None:
    fake.add_chat(DM)
    await adapter.send(OutgoingMessage(DM, "一"))
    fake.inject_token_error(code)
    await adapter.send(OutgoingMessage(DM, "二"))
    assert fake.token_requests == 2 and len(fake.sent) == 2


async def test_an_unknown_answer_is_retried_within_a_budget_then_refused_with_its_body_logged(fake, adapter,
                                                                                              caplog) -> None:
    fake.add_chat(DM)
    fake.inject(Answer(400, {"code": 239999, "msg": "something new"}, source="test: an undocumented code"), times=9)
    with caplog.at_level(logging.WARNING, logger="adapters.feishu"), pytest.raises(SendFailed) as refused:
        await adapter.send(OutgoingMessage(DM, "hi"))
    assert refused.value.code == "retries-exhausted" and len(fake.attempts) == 4
    assert "239999" in caplog.text and "something new" in caplog.text and APP_SECRET not in caplog.text
