"""The DingTalk adapter against a fake DingTalk on 127.0.0.1: signed callbacks in, sessionWebhook / Open API out."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from dingtalk_stream import AckMessage, CallbackMessage
from fastapi.testclient import TestClient

from adapters.base import SendFailed, TokenBucket, VerificationFailed, WebhookRequest
from adapters.dingtalk import CHAT_LIMIT, DingTalkAdapter, callback_sign, parse_callback
from adapters.dingtalk_format import MAX_CHARS, to_markdown
from adapters.dingtalk_stream import GreetbotChatbotHandler, run_stream
from bot.domain import Button, IncomingMessage, OutgoingMessage
from bot.service.app import create_app
from bot.settings import Settings
from tests.fakes import dingtalk_answers as dt
from tests.fakes.dingtalk import FakeDingTalk, running_fake_dingtalk, tap_payload

REQUEST = "帮我给张总写条拜年微信，他是合作三年的客户，去年一起做了北京项目，商务得体点，50到100字"
BOT_ID = "$:LWCP_v1:$bot"


@pytest.fixture
def fake() -> Iterator[FakeDingTalk]:
    with running_fake_dingtalk() as server:
        yield server


@pytest.fixture
async def adapter(fake: FakeDingTalk) -> AsyncIterator[DingTalkAdapter]:
    a = DingTalkAdapter(fake.app_key, fake.app_secret, api_base=fake.base_url, oapi_base=fake.base_url,
                        throttle_retry_s=0.2)
    await a.start()
    yield a
    await a.stop()


def settings(tmp_path: Path, fake: FakeDingTalk) -> Settings:
    return Settings(data_dir=tmp_path, llm_base_url="http://127.0.0.1:9/v1", llm_timeout_s=0.5,
                    dingtalk_app_key=fake.app_key, dingtalk_app_secret=fake.app_secret,
                    dingtalk_api_base=fake.base_url, dingtalk_oapi_base=fake.base_url, _env_file=None)


class SpyAdapter(DingTalkAdapter):
    """The real adapter, remembering what it handed to the engine."""

    seen: list[IncomingMessage]

    def parse(self, req: WebhookRequest):  # type: ignore[no-untyped-def]
        result = super().parse(req)
        self.seen = [*getattr(self, "seen", []), *result.messages]
        return result


def app_for(tmp_path: Path, fake: FakeDingTalk) -> tuple[TestClient, SpyAdapter]:
    adapter = SpyAdapter.from_settings(settings(tmp_path, fake))
    assert isinstance(adapter, SpyAdapter)
    app = create_app(settings(tmp_path, fake), adapters=[adapter], today=lambda: date(2027, 1, 20))
    return TestClient(app), adapter


def post(client: TestClient, fake: FakeDingTalk, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    raw = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
    signed = fake.signed_headers() if headers is None else headers
    return client.post("/webhook/dingtalk", content=raw, headers={"content-type": "application/json", **signed})


def wait_for(predicate, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


def inbox_done(client: TestClient, n: int) -> None:
    wait_for(lambda: client.get("/readyz").json()["inbox"].get("done") == n)


def reply_context(fake: FakeDingTalk, **kwargs: Any) -> dict[str, str]:
    msg = parse_callback(fake.callback("hi", **kwargs), oapi_base=fake.base_url)
    assert msg is not None
    return msg.context


# -- verification ---------------------------------------------------------------------------------


@pytest.mark.parametrize("case", ["unsigned", "no_sign", "forged", "wrong_secret", "stale", "future", "garbage_ts"])
def test_unsigned_forged_or_stale_callbacks_are_refused(fake: FakeDingTalk, case: str) -> None:
    now_ms = 1_800_000_000_000
    adapter = DingTalkAdapter(fake.app_key, fake.app_secret, clock=lambda: now_ms / 1000)
    good = fake.signed_headers(now_ms)
    headers = {
        "unsigned": {},
        "no_sign": {"timestamp": good["timestamp"]},
        "forged": {**good, "sign": good["sign"][:-4] + "AAA="},
        "wrong_secret": fake.signed_headers(now_ms, secret="someone-else"),
        "stale": fake.signed_headers(now_ms - 3_601_000),
        "future": fake.signed_headers(now_ms + 3_601_000),
        "garbage_ts": {"timestamp": "１２３", "sign": callback_sign("１２３", fake.app_secret)},
    }[case]
    with pytest.raises(Exception) as info:
        adapter.verify(WebhookRequest(headers=headers, body=b"{}"))
    assert getattr(info.value, "status", None) == 401


def test_a_callback_signed_within_clock_skew_is_accepted_and_one_half_an_hour_off_is_not(fake: FakeDingTalk) -> None:
    # DingTalk's signature covers only the timestamp: the window is what clock skew needs, not DingTalk's hour.
    now_ms = 1_800_000_000_000
    adapter = DingTalkAdapter(fake.app_key, fake.app_secret, clock=lambda: now_ms / 1000)
    for skew in (0, -299_000, 299_000):
        adapter.verify(WebhookRequest(headers=fake.signed_headers(now_ms + skew), body=b"{}"))
    for skew in (-1_800_000, 1_800_000):
        with pytest.raises(VerificationFailed):
            adapter.verify(WebhookRequest(headers=fake.signed_headers(now_ms + skew), body=b"{}"))


def test_refused_webhooks_get_401_and_store_nothing(tmp_path: Path, fake: FakeDingTalk) -> None:
    client, _ = app_for(tmp_path, fake)
    body = fake.callback(REQUEST)
    stale = fake.signed_headers(int((time.time() - 7200) * 1000))
    with client:
        assert post(client, fake, body, headers={}).status_code == 401
        assert post(client, fake, body, headers={**fake.signed_headers(), "sign": "Zm9yZ2Vk"}).status_code == 401
        assert post(client, fake, body, headers=stale).status_code == 401
        assert client.get("/readyz").json()["inbox"] == {}
    assert fake.messages == []


# -- parsing --------------------------------------------------------------------------------------


def test_a_dm_becomes_an_incoming_message_carrying_its_session(fake: FakeDingTalk) -> None:
    body = fake.callback(" 你好 ", staff_id="manager9", nick="老李")
    msg = parse_callback(body, oapi_base=fake.base_url)
    assert msg is not None
    assert (msg.platform, msg.chat_id, msg.user_id, msg.text) == ("dingtalk", body["conversationId"], "manager9",
                                                                  "你好")
    assert (msg.event_id, msg.message_id, msg.user_name, msg.is_group) == (body["msgId"], body["msgId"], "老李",
                                                                          False)
    assert msg.context == {"conversationType": "1", "robotCode": fake.app_key, "staffId": "manager9",
                           "sessionWebhook": body["sessionWebhook"],
                           "sessionWebhookExpiredTime": str(body["sessionWebhookExpiredTime"])}
    assert msg.button_owner is None


def test_user_id_falls_back_to_sender_id_without_a_staff_id(fake: FakeDingTalk) -> None:
    body = fake.callback("你好")
    del body["senderStaffId"]
    msg = parse_callback(body, oapi_base=fake.base_url)
    assert msg is not None and msg.user_id == body["senderId"] and "staffId" not in msg.context


@pytest.mark.parametrize(("in_at_list", "mentioned"), [(True, True), (None, True), (False, False)])
def test_a_group_message_is_mentioned_unless_dingtalk_says_otherwise(fake: FakeDingTalk, in_at_list: bool | None,
                                                                     mentioned: bool) -> None:
    body = fake.callback(" 帮个忙", group=True, in_at_list=in_at_list)
    if in_at_list is None:
        del body["isInAtList"]
    msg = parse_callback(body, oapi_base=fake.base_url)
    assert msg is not None and msg.is_group and msg.mentioned is mentioned and msg.text == "帮个忙"


def test_a_quoted_reply_to_the_robot_is_reply_to_bot(fake: FakeDingTalk) -> None:
    to_bot = parse_callback(fake.callback("短一点", group=True, in_at_list=False, replied_sender=BOT_ID),
                            oapi_base=fake.base_url)
    to_person = parse_callback(fake.callback("短一点", group=True, in_at_list=False,
                                             replied_sender="$:LWCP_v1:$bob"), oapi_base=fake.base_url)
    assert to_bot is not None and to_bot.reply_to_bot
    assert to_person is not None and not to_person.reply_to_bot


def test_a_session_webhook_on_a_foreign_host_is_never_used(fake: FakeDingTalk) -> None:
    body = fake.callback("你好", extra={"sessionWebhook": "http://169.254.169.254/robot/sendBySession?session=x"})
    msg = parse_callback(body, oapi_base=fake.base_url)
    assert msg is not None and "sessionWebhook" not in msg.context


@pytest.mark.parametrize("kind", ["picture", "richText", "file", "audio", "empty", "blank", "no_msgid", "not_dict"])
def test_non_text_or_incomplete_callbacks_give_nothing(fake: FakeDingTalk, kind: str) -> None:
    body: Any = {
        "empty": lambda: fake.callback(""), "blank": lambda: fake.callback("   "),
        "no_msgid": lambda: {k: v for k, v in fake.callback("hi").items() if k != "msgId"},
        "not_dict": lambda: ["msgtype", "text"],
    }.get(kind, lambda: fake.callback(None, msgtype=kind))()
    assert parse_callback(body, oapi_base=fake.base_url) is None


# -- end to end through the app -------------------------------------------------------------------


def test_a_dm_is_answered_through_its_session_webhook(tmp_path: Path, fake: FakeDingTalk) -> None:
    client, _ = app_for(tmp_path, fake)
    body = fake.callback(" " + REQUEST)
    with client:
        assert post(client, fake, body).status_code == 200
        wait_for(lambda: fake.messages)
    sent = fake.messages[0]
    assert (sent.via, sent.conversation_id) == ("session", body["conversationId"])
    assert "张总" in sent.text and sent.title
    # One token, for the start-up credentials check; the reply itself went through the session and needed none.
    assert fake.calls.count("session") == len(fake.messages) and fake.token_requests == 1


def test_group_chatter_without_a_mention_gets_no_reply(tmp_path: Path, fake: FakeDingTalk) -> None:
    client, _ = app_for(tmp_path, fake)
    with client:
        assert post(client, fake, fake.callback(REQUEST, group=True, in_at_list=False)).status_code == 200
        inbox_done(client, 1)
    assert fake.messages == []


def test_a_group_mention_is_answered_and_the_engine_sees_the_text_without_the_at(tmp_path: Path,
                                                                                  fake: FakeDingTalk) -> None:
    client, adapter = app_for(tmp_path, fake)
    with client:
        post(client, fake, fake.callback(" " + REQUEST, group=True))
        wait_for(lambda: fake.messages)
    assert adapter.seen[0].text == REQUEST and adapter.seen[0].mentioned
    assert fake.messages[0].conversation_id == "cidGroupTeam==" and "张总" in fake.messages[0].text


def test_a_quoted_reply_to_the_robot_in_a_group_is_answered(tmp_path: Path, fake: FakeDingTalk) -> None:
    client, _ = app_for(tmp_path, fake)
    with client:
        post(client, fake, fake.callback(REQUEST, group=True, in_at_list=False, replied_sender=BOT_ID))
        wait_for(lambda: fake.messages)
    assert "张总" in fake.messages[0].text


def test_buttons_are_dtmd_links_whose_tap_comes_back_as_the_payload(tmp_path: Path, fake: FakeDingTalk) -> None:
    client, adapter = app_for(tmp_path, fake)
    with client:
        post(client, fake, fake.callback(REQUEST, staff_id="u7"))
        wait_for(lambda: fake.messages)
        card = fake.messages[0]
        assert card.type == "actionCard" and card.buttons
        label, url = card.buttons[0]
        payload = tap_payload(url)
        assert payload == "/use 1" and label == "用第1条"
        # The tapper's client sends the payload as an ordinary message from the tapper.
        post(client, fake, fake.callback(payload, staff_id="u7"))
        wait_for(lambda: len(fake.messages) >= 2)
    tap = adapter.seen[-1]
    assert tap.text == "/use 1" and tap.user_id == "u7" and tap.button_owner is None
    assert "第 1 条" in fake.messages[1].text


def test_a_redelivered_callback_is_processed_once(tmp_path: Path, fake: FakeDingTalk) -> None:
    client, _ = app_for(tmp_path, fake)
    body = fake.callback(REQUEST)
    with client:
        for _ in range(3):
            assert post(client, fake, body).status_code == 200
        inbox_done(client, 1)
        time.sleep(0.3)
    assert len(fake.messages) == 1


def test_pictures_files_and_junk_get_200_and_no_reply(tmp_path: Path, fake: FakeDingTalk) -> None:
    client, _ = app_for(tmp_path, fake)
    with client:
        for kind in ("picture", "richText", "file", "audio"):
            assert post(client, fake, fake.callback(None, msgtype=kind)).status_code == 200
        for junk in (b"{not json", b"[]", b"null", b"\xff\xfe\xfd", b"[" * 100_000,
                     json.dumps({"msgtype": "text", "text": "x"}).encode()):
            assert post(client, fake, junk).status_code == 200
        assert client.get("/readyz").json()["inbox"] == {}
    assert fake.messages == []


# -- sending ----------------------------------------------------------------------------------------


async def test_a_long_text_is_split_in_order_with_buttons_on_the_last_part(fake: FakeDingTalk,
                                                                           adapter: DingTalkAdapter) -> None:
    text = "\n".join(f"第{i}段：" + "祝您新年快乐，万事如意。" * 30 for i in range(40))
    buttons = (Button("换一个", "换一个"), Button("短一点", "短一点"))
    await adapter.send(OutgoingMessage("cidDMstaff-1==", text, buttons, context=reply_context(fake)))
    parts = fake.messages
    assert len(parts) >= 3 and all(len(p.text) <= MAX_CHARS for p in parts)
    assert "\n\n".join(p.text for p in parts) == to_markdown(text)
    assert [p.type for p in parts] == ["markdown"] * (len(parts) - 1) + ["actionCard"]
    assert [tap_payload(u) for _, u in parts[-1].buttons] == ["换一个", "短一点"]


async def test_a_5xx_from_the_session_webhook_is_retried(fake: FakeDingTalk, adapter: DingTalkAdapter) -> None:
    fake.fail_next(2, status=502)
    await adapter.send(OutgoingMessage("c", "新年好", context=reply_context(fake)))
    assert fake.calls == ["session"] * 3 and [m.text for m in fake.messages] == ["新年好"]


async def test_too_fast_130101_waits_then_delivers(fake: FakeDingTalk, adapter: DingTalkAdapter) -> None:
    fake.fail_next(1, status=130101)
    started = time.monotonic()
    await adapter.send(OutgoingMessage("cidGroupTeam==", "新年好", context=reply_context(fake, group=True)))
    assert time.monotonic() - started >= 0.2 and len(fake.messages) == 1


async def test_an_expired_session_falls_back_to_the_open_api_with_a_cached_token(fake: FakeDingTalk,
                                                                                 adapter: DingTalkAdapter) -> None:
    ctx = reply_context(fake, staff_id="staff-42", session_ttl_s=30)  # inside the safety margin: not used
    for text in ("第一条", "第二条"):
        await adapter.send(OutgoingMessage("cidDMstaff-42==", text, (Button("用第1条", "/use 1"),), context=ctx))
    assert [(m.via, m.user_ids, m.msg_key, m.text) for m in fake.messages] == [
        ("oto", ["staff-42"], "sampleActionCard", "第一条"), ("oto", ["staff-42"], "sampleActionCard", "第二条")]
    assert tap_payload(fake.messages[0].buttons[0][1]) == "/use 1"
    assert fake.token_requests == 1 and "session" not in fake.calls


async def test_a_429_from_the_open_api_is_retried_after_retry_after(fake: FakeDingTalk,
                                                                    adapter: DingTalkAdapter) -> None:
    fake.fail_next(1, status=429, retry_after=1)
    started = time.monotonic()
    await adapter.send(OutgoingMessage("c", "新年好", context={"conversationType": "1", "staffId": "s1"}))
    assert time.monotonic() - started >= 1.0
    assert fake.calls == ["oto", "oto"] and fake.messages[0].user_ids == ["s1"]


DRAFT_BUTTONS = tuple(Button(f"用第{i}条", f"/use {i}") for i in range(1, 4)) + (
    Button("换一个", "换一个"), Button("短一点", "短一点"), Button("更正式", "更正式"))


async def test_a_dm_without_a_session_gets_its_buttons_through_the_open_api(fake: FakeDingTalk,
                                                                            adapter: DingTalkAdapter) -> None:
    await adapter.send(OutgoingMessage("c", "三条草稿", DRAFT_BUTTONS, context={"conversationType": "1",
                                                                                "staffId": "s1"}))
    sent = fake.messages[0]
    assert (sent.via, sent.msg_key) == ("oto", "sampleActionCard5")
    assert [tap_payload(u) for _, u in sent.buttons] == ["/use 1", "/use 2", "/use 3", "换一个", "短一点"]
    assert "dtmd://dingtalkclient/sendMessage?content=%E6%9B%B4%E6%AD%A3%E5%BC%8F" in sent.text  # the 6th, as a link


async def test_in_a_group_the_buttons_become_what_to_at_send(fake: FakeDingTalk, adapter: DingTalkAdapter) -> None:
    # A dtmd tap carries no @, and in a group DingTalk calls the robot only for @-mentions (PLATFORMS.md §1.4).
    fake.groups.add("cidTeam==")
    await adapter.send(OutgoingMessage("cidTeam==", "三条草稿", DRAFT_BUTTONS, context={"conversationType": "2"}))
    sent = fake.messages[0]
    assert (sent.via, sent.conversation_id, sent.msg_key, sent.buttons) == ("group", "cidTeam==", "sampleMarkdown", [])
    assert "@我" in sent.text and "/use 1（用第1条）" in sent.text and "更正式" in sent.text
    assert "dtmd://" not in sent.text


async def test_a_flow_controlled_recipient_is_retried(fake: FakeDingTalk, adapter: DingTalkAdapter) -> None:
    fake.flow_control_next(1)
    await adapter.send(OutgoingMessage("c", "新年好", context={"conversationType": "1", "staffId": "s1"}))
    assert fake.calls == ["oto", "oto"] and len(fake.messages) == 1


@pytest.mark.parametrize("status", [401, 400])  # 401 per dingtalk_stream; 400 InvalidAuthentication observed
async def test_a_revoked_access_token_is_fetched_again(fake: FakeDingTalk, adapter: DingTalkAdapter,
                                                       status: int) -> None:
    fake.invalid_token_status = status
    ctx = {"conversationType": "1", "staffId": "s1"}
    await adapter.send(OutgoingMessage("c", "一", context=ctx))
    fake.revoke_tokens()
    await adapter.send(OutgoingMessage("c", "二", context=ctx))
    assert [m.text for m in fake.messages] == ["一", "二"] and fake.token_requests == 2


async def test_an_unknown_staff_id_is_refused_for_good_and_logged_with_its_code(
        fake: FakeDingTalk, adapter: DingTalkAdapter, caplog: pytest.LogCaptureFixture) -> None:
    fake.invalid_staff.add("gone")
    with caplog.at_level(logging.ERROR, logger="adapters.dingtalk"), pytest.raises(SendFailed) as info:
        await adapter.send(OutgoingMessage("c", "新年好", context={"conversationType": "1", "staffId": "gone"}))
    assert info.value.code == "invalidStaffId" and "invalidStaffId" in caplog.text
    assert fake.calls == ["oto"] and not any(t in caplog.text for t in fake.tokens)


async def test_a_refused_session_send_raises_with_the_errcode_and_logs_no_session_token(
        fake: FakeDingTalk, adapter: DingTalkAdapter, caplog: pytest.LogCaptureFixture) -> None:
    ctx = reply_context(fake)
    ctx["sessionWebhook"] = f"{fake.base_url}/robot/sendBySession?session=not-a-real-session-token"
    with caplog.at_level(logging.DEBUG, logger="adapters"), pytest.raises(SendFailed) as info:
        await adapter.send(OutgoingMessage("c", "新年好", context=ctx))
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("adapters"))
    assert info.value.code == 300001 and "code=300001" in ours and "not-a-real-session-token" not in ours
    assert fake.calls == ["session"]


async def test_wrong_app_credentials_fail_at_the_token_endpoint(fake: FakeDingTalk) -> None:
    adapter = DingTalkAdapter(fake.app_key, "not-the-secret", api_base=fake.base_url, oapi_base=fake.base_url)
    await adapter.start()
    try:
        with pytest.raises(SendFailed) as info:
            await adapter.send(OutgoingMessage("c", "新年好", context={"conversationType": "1", "staffId": "s1"}))
    finally:
        await adapter.stop()
    assert info.value.code == "invalidClientIdOrSecret" and fake.messages == []


async def test_the_group_limit_never_allows_more_than_20_in_any_minute() -> None:
    now = [0.0]

    async def sleep(seconds: float) -> None:
        now[0] += seconds

    bucket = TokenBucket(CHAT_LIMIT.rate, CHAT_LIMIT.burst, clock=lambda: now[0], sleep=sleep)
    times = []
    for _ in range(80):
        await bucket.acquire()
        times.append(now[0])
    assert max(sum(1 for t in times if start <= t < start + 60) for start in times) <= 20
    assert times[-1] < 5 * 60  # and it still moves: 80 sends in under five minutes


def test_the_fake_locks_a_group_for_ten_minutes_after_20_messages_a_minute() -> None:
    now = [1_800_000_000.0]
    with running_fake_dingtalk(clock=lambda: now[0]) as fake:
        url, _ = fake.new_session("cidBusy==", group=True, ttl_s=7200)
        body = {"msgtype": "markdown", "markdown": {"title": "t", "text": "x"}}
        codes = []
        with httpx.Client() as http:
            for _ in range(21):
                codes.append(http.post(url, json=body).json()["errcode"])
                now[0] += 1
            now[0] += 61
            codes.append(http.post(url, json=body).json()["errcode"])
            now[0] += 600
            codes.append(http.post(url, json=body).json()["errcode"])
    assert codes == [0] * 20 + [130101, 130101, 0]


# -- stream mode ------------------------------------------------------------------------------------


async def test_the_stream_handler_converts_like_the_webhook_and_acks_at_once(fake: FakeDingTalk) -> None:
    queued: list[IncomingMessage] = []
    handler = GreetbotChatbotHandler(queued.append, oapi_base=fake.base_url)
    body = fake.callback(" " + REQUEST, group=True)
    frame = CallbackMessage.from_dict(fake.stream_frame(body, message_id="frame-1"))
    started = time.monotonic()
    ack = await handler.raw_process(frame)
    assert time.monotonic() - started < 0.5  # nothing but the enqueue happened before the ack
    assert (ack.code, ack.headers.message_id) == (AckMessage.STATUS_OK, "frame-1")
    assert queued == [parse_callback(body, oapi_base=fake.base_url)] and queued[0].text == REQUEST


async def test_the_stream_handler_acks_pictures_and_asks_again_when_storing_fails(fake: FakeDingTalk) -> None:
    queued: list[IncomingMessage] = []
    handler = GreetbotChatbotHandler(queued.append, oapi_base=fake.base_url)
    picture = CallbackMessage.from_dict(fake.stream_frame(fake.callback(None, msgtype="picture")))
    assert (await handler.raw_process(picture)).code == AckMessage.STATUS_OK and queued == []

    async def broken(msg: IncomingMessage) -> None:
        raise OSError("database is gone")

    failing = GreetbotChatbotHandler(broken, oapi_base=fake.base_url)
    text = CallbackMessage.from_dict(fake.stream_frame(fake.callback("你好")))
    assert (await failing.raw_process(text)).code == AckMessage.STATUS_SYSTEM_EXCEPTION


async def test_run_stream_receives_over_the_gateway_acks_and_stops_cleanly(tmp_path: Path,
                                                                           fake: FakeDingTalk) -> None:
    body = fake.callback("你好")
    fake.stream_frames = [fake.stream_frame(body, "m-1"), fake.stream_frame(fake.callback(None, msgtype="file"), "m-2")]
    queued: list[IncomingMessage] = []

    async def enqueue(msg: IncomingMessage) -> bool:
        queued.append(msg)
        return True

    task = asyncio.create_task(run_stream(settings(tmp_path, fake), enqueue))
    try:
        for _ in range(200):
            if len(fake.acks) == 2:
                break
            await asyncio.sleep(0.02)
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert [(a["code"], a["headers"]["messageId"]) for a in fake.acks] == [(200, "m-1"), (200, "m-2")]
    assert [m.event_id for m in queued] == [body["msgId"]] and fake.stream_opens == 1


def test_dingtalk_is_mounted_from_settings_when_its_credentials_are_set(tmp_path: Path, fake: FakeDingTalk) -> None:
    app = create_app(settings(tmp_path, fake))
    assert "/webhook/dingtalk" in {getattr(r, "path", None) for r in app.routes}


@pytest.mark.parametrize("answer,only", [(dt.qps_limit_app, "oto"), (dt.qps_limit_global, "oto"),
                                         (dt.oapi_qps_limit_app, "session"), (dt.oapi_qps_limit_global, "session")],
                         ids=["QpsLimitForAppkeyAndApi", "QpsLimitForApi", "90018", "90002"])
async def test_a_reply_that_meets_open_api_throttling_waits_about_a_second_and_arrives(
        fake: FakeDingTalk, adapter: DingTalkAdapter, answer, only: str) -> None:
    ctx = reply_context(fake, staff_id="staff-42") if only == "session" else {"conversationType": "1", "staffId": "s1"}
    fake.inject(answer(), only=only)
    started = time.monotonic()
    await adapter.send(OutgoingMessage("cidDMstaff-42==" if only == "session" else "c", "新年好", context=ctx))
    assert time.monotonic() - started >= 0.9 and len(fake.messages) == 1


async def test_an_unknown_open_api_answer_is_retried_then_refused_with_its_body_logged(
        fake: FakeDingTalk, adapter: DingTalkAdapter, caplog) -> None:
    fake.inject(dt.api_error(400, "someNew.Code", "never seen before", source="test: an undocumented code"),
                times=9, only="oto")
    with caplog.at_level(logging.WARNING, logger="adapters.dingtalk"), pytest.raises(SendFailed) as refused:
        await adapter.send(OutgoingMessage("c", "新年好", context={"conversationType": "1", "staffId": "s1"}))
    assert refused.value.code == "retries-exhausted" and fake.calls.count("oto") == 4
    assert "someNew.Code" in caplog.text and fake.app_secret not in caplog.text
