"""The fake platforms say what the real ones say: each fake driven directly over HTTP (and websocket), no adapter.

Every expectation here is an answer a platform document, SDK or the Bot API server gives (tests/fakes/SOURCES.md).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from telegram import (
    ChatMember,
    ChatMemberAdministrator,
    ChatMemberLeft,
    ChatMemberMember,
    ChatMemberOwner,
    User,
)
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from tests.fakes import dingtalk_answers as dt
from tests.fakes import feishu_answers as fs
from tests.fakes import telegram_answers as tg
from tests.fakes.answers import SendLog, max_in_window

# The chat-role and legacy-card tests live in tests/fakes/checks_roles.py (this file is long enough); importing them
# here is what collects them.
from tests.fakes.checks_roles import (  # noqa: F401
    test_dingtalk_fake_callback_carries_the_isadmin_the_test_chooses,
    test_dingtalk_fake_scene_group_get_names_owner_and_sub_admins_only_for_scene_groups,
    test_dingtalk_fake_scene_groups_query_gives_the_owner_on_the_new_api,
    test_feishu_fake_chat_info_errors_have_the_documented_codes,
    test_feishu_fake_chat_info_leaves_out_a_bot_owner_and_p2p_fields,
    test_feishu_fake_chat_info_names_the_owner_and_managers_in_the_asked_id_type,
    test_feishu_fake_chat_info_outside_the_chat_is_basic_or_232011,
    test_feishu_fake_judges_legacy_card_answers_by_the_error_table,
    test_feishu_fake_legacy_card_tap_passes_the_sdks_signature_and_decryption,
    test_feishu_fake_lists_members_in_pages_and_says_whether_the_bot_is_in_the_chat,
    test_telegram_fake_getchatadministrators_lists_owner_and_admins_without_other_bots,
    test_telegram_fake_getchatmember_answers_all_six_statuses_as_ptb_reads_them,
    test_telegram_fake_getchatmember_refuses_bad_users_and_unknown_chats,
)
from tests.fakes.dingtalk import FakeDingTalk, running_fake_dingtalk
from tests.fakes.feishu import (
    APP_ID,
    APP_SECRET,
    FakeFeishu,
    judge_card_answer,
    running_fake_feishu,
)
from tests.fakes.telegram import FakeTelegram, running_fake_telegram

TOKEN = "123456:AAH-fake_token"


class Clock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def tick(self, seconds: float) -> None:
        self.now += seconds


# -- shared pieces -----------------------------------------------------------------------------------------------

def test_windowed_counts_and_duplicates_of_accepted_sends() -> None:
    assert max_in_window([0.0, 0.5, 0.99, 1.0, 1.5], 1.0) == 3  # [0, 1) holds 0, 0.5, 0.99
    assert max_in_window([], 60) == 0
    log = SendLog()
    for t, chat, text in [(0, "a", "x"), (0.2, "a", "y"), (0.4, "b", "x"), (5, "a", "x")]:
        log.record(t, chat, text)
    assert log.max_in_window(1.0) == 2 and log.max_in_window(1.0, "b") == 1 and log.max_in_window(60.0, "a") == 3
    assert log.duplicates() == 1  # ("a", "x") went out twice


# -- Telegram ----------------------------------------------------------------------------------------------------

@contextmanager
def telegram(clock: Clock | None = None) -> Iterator[tuple[FakeTelegram, httpx.Client]]:
    with running_fake_telegram(TOKEN, clock=clock or Clock()) as fake, \
            httpx.Client(base_url=f"{fake.api_base}/bot{TOKEN}") as http:
        yield fake, http


def send(http: httpx.Client, chat: int | str, text: str = "新年快乐") -> httpx.Response:
    return http.post("/sendMessage", data={"chat_id": chat, "text": text})


def test_telegram_fake_answers_429_with_retry_after_when_a_chat_bursts() -> None:
    clock = Clock()
    with telegram(clock) as (fake, http):
        assert [send(http, 1001).status_code for _ in range(3)] == [200] * 3
        refused = send(http, 1001)
        assert refused.status_code == 429 and refused.json() == tg.too_many_requests(1).body == {
            "ok": False, "error_code": 429, "description": "Too Many Requests: retry after 1",
            "parameters": {"retry_after": 1}}
        clock.tick(refused.json()["parameters"]["retry_after"])
        assert send(http, 1001).status_code == 200
    assert fake.send_log.max_in_window(1.0, 1001) == 3


def test_telegram_fake_takes_20_messages_a_minute_in_a_group_and_about_30_a_second_overall() -> None:
    clock = Clock()
    with telegram(clock) as (fake, http):
        for _ in range(20):
            assert send(http, -100200).status_code == 200
            clock.tick(1)
        refused = send(http, -100200)
        assert refused.status_code == 429 and refused.json()["parameters"]["retry_after"] == 40
        assert fake.send_log.max_in_window(60.0, -100200) == 20
        clock.tick(60)
        assert [send(http, 5000 + i).status_code for i in range(30)] == [200] * 30  # 30 chats at one instant
        assert send(http, 6000).status_code == 429


def test_telegram_fake_says_a_group_was_upgraded_and_gives_the_new_chat_id() -> None:
    with telegram() as (fake, http):
        fake.migrate(-4001, -1004001)
        refused = send(http, -4001)
        assert refused.status_code == 400 and refused.json() == {
            "ok": False, "error_code": 400, "description": "Bad Request: group chat was upgraded to a supergroup chat",
            "parameters": {"migrate_to_chat_id": -1004001}}
        assert send(http, -1004001).status_code == 200


def test_telegram_fake_forbids_sends_to_a_user_who_blocked_the_bot() -> None:
    with telegram() as (fake, http):
        fake.blocked.add(1001)
        refused = send(http, 1001)
    assert refused.status_code == 403 and refused.json() == {
        "ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"}
    assert fake.rejected == [("sendMessage", 403, "Forbidden: bot was blocked by the user")]


def test_telegram_fake_refuses_a_callback_answer_after_it_expired() -> None:
    clock = Clock()
    too_old = {"ok": False, "error_code": 400,
               "description": "Bad Request: query is too old and response timeout expired or query ID is invalid"}
    with telegram(clock) as (fake, http):
        fake.callback_ttl_s = 15  # the real window is not documented: the test chooses it
        fake.issue_callback("q-1")
        fake.issue_callback("q-2")
        clock.tick(10)
        assert http.post("/answerCallbackQuery", data={"callback_query_id": "q-1"}).json() == {"ok": True,
                                                                                                "result": True}
        clock.tick(6)
        late = http.post("/answerCallbackQuery", data={"callback_query_id": "q-2"})
        again = http.post("/answerCallbackQuery", data={"callback_query_id": "q-1"})
    assert (late.status_code, late.json()) == (400, too_old) and again.json() == too_old


def test_telegram_fake_answers_the_next_calls_of_a_method_with_an_injected_answer() -> None:
    with telegram() as (fake, http):
        fake.inject("sendMessage", tg.too_many_requests(7), times=2)
        fake.inject("sendMessage", tg.chat_migrated(-1009))
        assert http.post("/getMe").status_code == 200  # other methods untouched
        statuses = [send(http, 1001).status_code for _ in range(4)]
    assert statuses == [429, 429, 400, 200]
    assert [r[1:] for r in fake.rejected] == [(429, "Too Many Requests: retry after 7")] * 2 + [
        (400, "Bad Request: group chat was upgraded to a supergroup chat")]


def test_telegram_fake_registers_a_webhook_with_secret_and_allowed_updates_and_reports_it() -> None:
    with telegram() as (fake, http):
        form = {"url": "https://bot.example.com:8443/webhook/telegram", "secret_token": "s3cret_-token",
                "allowed_updates": json.dumps(["message", "callback_query"])}
        assert http.post("/setWebhook", data=form).json() == {"ok": True, "result": True,
                                                              "description": "Webhook was set"}
        assert http.post("/setWebhook", data=form).json()["description"] == "Webhook is already set"
        fake.push_update({"update_id": 1, "message": {"message_id": 1, "date": 0,
                                                      "chat": {"id": 1, "type": "private"}}})
        info = http.post("/getWebhookInfo").json()["result"]
        assert info["url"] == form["url"] and info["pending_update_count"] == 1
        assert info["allowed_updates"] == ["message", "callback_query"] and "last_error_date" not in info
        fake.record_webhook_error("Wrong response from the webhook: 502 Bad Gateway", date=1_800_000_000)
        info = http.post("/getWebhookInfo").json()["result"]
        assert (info["last_error_date"], info["last_error_message"]) == (
            1_800_000_000, "Wrong response from the webhook: 502 Bad Gateway")
        assert fake.webhook is not None and fake.webhook["secret_token"] == "s3cret_-token"
        http.post("/setWebhook", data={"url": form["url"], "allowed_updates": '["no_such_type"]'})
        assert "allowed_updates" not in http.post("/getWebhookInfo").json()["result"]  # back to the default set
        assert http.post("/getUpdates").status_code == 409
        assert http.post("/deleteWebhook").json()["description"] == "Webhook was deleted"
        assert http.post("/getWebhookInfo").json()["result"]["url"] == ""


@pytest.mark.parametrize(("form", "description"), [
    ({"url": "http://bot.example.com/hook"}, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"),
    ({"url": "https://bot.example.com:8080/hook"},
     "Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443"),
    ({"url": "https://bot.example.com/hook", "secret_token": "has spaces"},
     "Bad Request: secret token contains unallowed characters"),
    ({"url": "https://bot.example.com/hook", "secret_token": "x" * 257}, "Bad Request: secret token is too long"),
])
def test_telegram_fake_refuses_bad_webhooks_and_secrets(form: dict[str, str], description: str) -> None:
    with telegram() as (fake, http):
        refused = http.post("/setWebhook", data=form)
    assert (refused.status_code, refused.json()["description"]) == (400, description) and fake.webhook is None


def test_telegram_fake_getme_reports_whether_the_bot_reads_all_group_messages() -> None:
    with telegram() as (fake, http):
        before = User.de_json(http.post("/getMe").json()["result"], None)
        fake.can_read_all_group_messages = True  # privacy mode off (BotFather /setprivacy)
        after = User.de_json(http.post("/getMe").json()["result"], None)
    assert before.is_bot and before.can_read_all_group_messages is False and after.can_read_all_group_messages


def test_telegram_fake_getchatmember_answers_creator_administrator_member_and_left() -> None:
    with telegram() as (fake, http):
        for user, status in ((1, "creator"), (2, "administrator"), (3, "member")):
            fake.set_member(-100200, user, status)
        members = [ChatMember.de_json(http.post("/getChatMember", data={"chat_id": -100200, "user_id": u}).json()
                                      ["result"], None) for u in (1, 2, 3, 4)]
    assert [type(m) for m in members] == [ChatMemberOwner, ChatMemberAdministrator, ChatMemberMember, ChatMemberLeft]
    assert [m.status for m in members] == ["creator", "administrator", "member", "left"]


def test_telegram_fake_methods_are_case_insensitive_and_unknown_ones_are_404() -> None:
    with telegram() as (_, http):
        assert http.post("/GETME").json()["ok"] is True
        missing = http.post("/sendTelepathy")
        wrong_token = http.post(f"{str(http.base_url).replace(TOKEN, '123456:wrong')}getMe")
    assert (missing.status_code, missing.json()["description"]) == (404, "Not Found: method not found")
    assert wrong_token.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}


def test_telegram_fake_counts_duplicate_sends() -> None:
    with telegram() as (fake, http):
        send(http, 1001, "一")
        send(http, 1001, "一")
        send(http, 1002, "一")
    assert fake.send_log.duplicates(lambda e: (e.key, e.item.text)) == 1


# -- Feishu ------------------------------------------------------------------------------------------------------

@contextmanager
def feishu(clock: Clock | None = None) -> Iterator[tuple[FakeFeishu, httpx.Client]]:
    with running_fake_feishu(clock=clock or Clock()) as fake, httpx.Client(base_url=fake.base_url) as http:
        token = http.post("/open-apis/auth/v3/tenant_access_token/internal",
                          json={"app_id": APP_ID, "app_secret": APP_SECRET}).json()["tenant_access_token"]
        http.headers["Authorization"] = f"Bearer {token}"
        yield fake, http


def create(http: httpx.Client, receive_id: str, text: str = "新年快乐", *, id_type: str = "chat_id",
           uuid: str | None = None, headers: dict[str, str] | None = None) -> httpx.Response:
    body: dict[str, Any] = {"receive_id": receive_id, "msg_type": "text", "content": json.dumps({"text": text})}
    if uuid is not None:
        body["uuid"] = uuid
    return http.post("/open-apis/im/v1/messages", params={"receive_id_type": id_type}, json=body, headers=headers)


def test_feishu_fake_answers_230020_when_a_chat_gets_a_sixth_message_in_a_second() -> None:
    clock = Clock()
    with feishu(clock) as (fake, http):
        fake.add_chat("oc_group", "group")
        fake.add_chat("oc_other", "group")
        answers = [create(http, "oc_group") for _ in range(6)]
        assert [a.status_code for a in answers] == [200] * 5 + [400]
        assert answers[5].json() == {"code": 230020, "msg": "This operation triggers the frequency limit."}
        assert "x-ogw-ratelimit-reset" not in answers[5].headers
        assert create(http, "oc_other").status_code == 200  # the limit is per chat
        clock.tick(1.0)
        assert create(http, "oc_group").status_code == 200
    assert fake.max_per_second("oc_group") == 5 and fake.max_per_second() == 5


def test_feishu_fake_shares_a_groups_five_per_second_with_the_other_bots_in_it() -> None:
    with feishu() as (fake, http):
        fake.add_chat("oc_busy", "group")
        fake.note_foreign_sends("oc_busy", 4)
        assert [create(http, "oc_busy").json()["code"] for _ in range(2)] == [0, 230020]


def test_feishu_fake_answers_99991400_with_ratelimit_reset_when_the_app_passes_50_a_second() -> None:
    with feishu() as (fake, http):
        chats = [fake.add_chat(f"oc_g{i}", "group") for i in range(11)]
        assert all(create(http, chats[i // 5]).status_code == 200 for i in range(50))
        refused = create(http, chats[10])
    assert refused.status_code == 429 and refused.json() == {"code": 99991400,
                                                             "msg": "request trigger frequency limit"}
    assert refused.headers["x-ogw-ratelimit-reset"] == "1" and refused.headers["x-ogw-ratelimit-limit"] == "50"


@pytest.mark.parametrize("code", [99991663, 99991664, 99991665, 99991666, 99991668])
def test_feishu_fake_token_invalid_codes_make_the_bot_fetch_a_new_tenant_token(code: int) -> None:
    with feishu() as (fake, http):
        fake.add_chat("oc_dm")
        fake.inject_token_error(code)
        first = create(http, "oc_dm")
        stale = create(http, "oc_dm")  # the same token again: no longer valid
        fresh = http.post("/open-apis/auth/v3/tenant_access_token/internal",
                          json={"app_id": APP_ID, "app_secret": APP_SECRET}).json()["tenant_access_token"]
        ok = create(http, "oc_dm", headers={"Authorization": f"Bearer {fresh}"})
    assert (first.status_code, first.json()["code"]) == (400, code)
    assert stale.json()["code"] == 99991663 and ok.json()["code"] == 0 and len(fake.sent) == 1


def test_feishu_fake_answers_99991661_without_a_token() -> None:
    with feishu() as (fake, http):
        fake.add_chat("oc_dm")
        missing = create(http, "oc_dm", headers={"Authorization": ""})
    assert missing.json()["code"] == 99991661 and fs.TOKEN_INVALID_CODES[0] == 99991661


def test_feishu_fake_sends_to_an_open_id_in_the_users_p2p_chat() -> None:
    with feishu() as (fake, http):
        p2p = fake.add_user("ou_alice", union_id="on_alice")
        by_open_id = create(http, "ou_alice", id_type="open_id")
        by_union_id = create(http, "on_alice", id_type="union_id")
        unknown = create(http, "ou_stranger", id_type="open_id")
        malformed = create(http, "alice", id_type="open_id")
        bad_type = create(http, "ou_alice", id_type="phone")
    assert by_open_id.json()["data"]["chat_id"] == p2p and by_union_id.json()["data"]["chat_id"] == p2p
    assert [r.json()["code"] for r in (unknown, malformed, bad_type)] == [230013, 230034, 230001]
    assert fake.texts(p2p) == ["新年快乐", "新年快乐"]


def test_feishu_fake_keeps_one_message_per_uuid_within_an_hour() -> None:
    clock = Clock()
    with feishu(clock) as (fake, http):
        fake.add_chat("oc_dm")
        first, again = create(http, "oc_dm", uuid="u-1"), create(http, "oc_dm", uuid="u-1")
        clock.tick(3600)
        later = create(http, "oc_dm", uuid="u-1")
        too_long = create(http, "oc_dm", uuid="u" * 51)
    assert first.json()["data"]["message_id"] == again.json()["data"]["message_id"] != later.json()["data"][
        "message_id"]
    assert len(fake.sent) == 2 and fake.deduplicated == ["u-1"] and too_long.json()["code"] == 230001


def test_feishu_fake_injects_11232_and_other_answers_once() -> None:
    with feishu() as (fake, http):
        fake.add_chat("oc_dm")
        fake.inject(fs.custom_bot_rate_limited())
        fake.inject(fs.rate_limited(7), path="reply")  # only for replies: the create below is not touched
        codes = [create(http, "oc_dm").json()["code"] for _ in range(2)]
    assert codes == [11232, 0] and len(fake.injected) == 1


def test_feishu_fake_judges_card_callback_answers_as_feishu_does() -> None:
    assert judge_card_answer(200, b"{}", 0.2).ok
    toast = judge_card_answer(200, json.dumps({"toast": {"type": "info", "content": "已收到"}}), 0.5)
    assert toast.ok and toast.toast == {"type": "info", "content": "已收到"}
    card = judge_card_answer(200, {"card": {"type": "raw", "data": {"schema": "2.0", "body": {"elements": []}}}}, 1)
    assert card.ok and card.card is not None
    assert not judge_card_answer(200, {"toast": {"type": "party", "content": "x"}}, 0.1).ok
    assert not judge_card_answer(500, b"{}", 0.1).ok
    late = judge_card_answer(200, b"{}", 3.2)
    assert not late.ok and late.error.startswith("200341")


# -- DingTalk ----------------------------------------------------------------------------------------------------

@contextmanager
def dingtalk(clock: Clock | None = None) -> Iterator[tuple[FakeDingTalk, httpx.Client]]:
    with running_fake_dingtalk(clock=clock or Clock()) as fake, httpx.Client(base_url=fake.base_url) as http:
        yield fake, http


def access_token(fake: FakeDingTalk, http: httpx.Client) -> str:
    return http.post("/v1.0/oauth2/accessToken", json={"appKey": fake.app_key, "appSecret": fake.app_secret}
                     ).json()["accessToken"]


def batch_send(fake: FakeDingTalk, http: httpx.Client, token: str, staff: str = "s1") -> httpx.Response:
    return http.post("/v1.0/robot/oToMessages/batchSend", headers={"x-acs-dingtalk-access-token": token},
                     json={"robotCode": fake.app_key, "userIds": [staff], "msgKey": "sampleText",
                           "msgParam": json.dumps({"content": "新年好"})})


def test_dingtalk_fake_answers_403_qps_limit_when_an_api_gets_a_21st_call_in_a_second() -> None:
    clock = Clock()
    with dingtalk(clock) as (fake, http):
        token = access_token(fake, http)
        assert all(batch_send(fake, http, token).status_code == 200 for _ in range(20))
        refused = batch_send(fake, http, token)
        fake.groups.add("cidTeam==")
        other_api = http.post("/v1.0/robot/groupMessages/send", headers={"x-acs-dingtalk-access-token": token},
                              json={"robotCode": fake.app_key, "openConversationId": "cidTeam==",
                                    "msgKey": "sampleText", "msgParam": json.dumps({"content": "新年好"})})
        clock.tick(1.0)
        assert batch_send(fake, http, token).status_code == 200
    assert refused.status_code == 403 and refused.json()["code"] == "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi"
    assert refused.json()["requestid"] and other_api.status_code == 200  # the limit is per API


def test_dingtalk_fake_injects_the_global_qps_limit_and_the_old_api_errcodes() -> None:
    with dingtalk() as (fake, http):
        token = access_token(fake, http)
        fake.inject(dt.qps_limit_global(), only="oto")
        fake.inject(dt.oapi_qps_limit_app(), only="session")
        fake.inject(dt.oapi_qps_limit_global(), only="session")
        global_limit = batch_send(fake, http, token)
        hook, _ = fake.new_session("cidDM==", group=False)
        body = {"msgtype": "text", "text": {"content": "新年好"}}
        old_api = [http.post(hook, json=body) for _ in range(3)]
    assert (global_limit.status_code, global_limit.json()["code"]) == (403, "Forbidden.AccessDenied.QpsLimitForApi")
    assert [(r.status_code, r.json()["errcode"]) for r in old_api] == [(200, 90018), (200, 90002), (200, 0)]


def test_dingtalk_fake_tokens_stay_the_same_while_valid_and_expire_after_7200_seconds() -> None:
    clock = Clock()
    with dingtalk(clock) as (fake, http):
        token = access_token(fake, http)
        clock.tick(3600)
        again = http.post("/v1.0/oauth2/accessToken", json={"appKey": fake.app_key, "appSecret": fake.app_secret})
        assert again.json() == {"accessToken": token, "expireIn": 3600}
        clock.tick(3600)
        expired = batch_send(fake, http, token)
        fake.invalid_token_status = 400  # the status DingTalk was seen to use
        observed = batch_send(fake, http, token)
        fresh = access_token(fake, http)
        assert fresh != token and batch_send(fake, http, fresh).status_code == 200
        wrong = http.post("/v1.0/oauth2/accessToken", json={"appKey": fake.app_key, "appSecret": "nope"})
    assert (expired.status_code, expired.json()["code"], expired.json()["message"]) == (
        401, "InvalidAuthentication", "不合法的access_token")
    assert (observed.status_code, observed.json()["code"]) == (400, "InvalidAuthentication")
    assert (wrong.status_code, wrong.json()["code"]) == (400, "invalidClientIdOrSecret")


def test_dingtalk_fake_refuses_an_expired_session_webhook() -> None:
    clock = Clock()
    with dingtalk(clock) as (fake, http):
        body = fake.callback("你好")
        assert body["sessionWebhookExpiredTime"] - body["createAt"] == 5_400_000
        hook = body["sessionWebhook"]
        markdown = {"msgtype": "markdown", "markdown": {"title": "t", "text": "新年好"}}
        assert http.post(hook, json=markdown).json() == {"errcode": 0, "errmsg": "ok"}
        clock.tick(5400)
        gone = http.post(hook, json=markdown)
    assert (gone.status_code, gone.json()) == (200, {"errcode": 300001, "errmsg": "session 不存在"})


def test_dingtalk_fake_custom_robot_checks_signature_and_keyword_and_takes_20_a_minute() -> None:
    clock = Clock()
    with dingtalk(clock) as (fake, http):
        unsigned = fake.add_custom_robot("tok1", secret="SECabc", keyword="祝福")
        text = {"msgtype": "text", "text": {"content": "新年祝福"}}
        assert http.post(unsigned, json=text).json() == {"errcode": 310000, "errmsg": "invalid timestamp"}
        assert http.post(fake.robot_url("tok1", secret="SECwrong"), json=text).json()["errmsg"] == "sign not match"
        stale = fake.robot_url("tok1", timestamp_ms=int((clock() - 3601) * 1000))
        assert http.post(stale, json=text).json()["errmsg"] == "invalid timestamp"
        no_keyword = http.post(fake.robot_url("tok1"), json={"msgtype": "text", "text": {"content": "hi"}})
        assert no_keyword.json() == {"errcode": 310000, "errmsg": "keywords not in content"}
        assert http.post(f"{fake.base_url}/robot/send?access_token=nope", json=text).json()["errcode"] == 300005
        codes = []
        for _ in range(21):
            codes.append(http.post(fake.robot_url("tok1"), json=text).json()["errcode"])
            clock.tick(1)
        clock.tick(100)
        codes.append(http.post(fake.robot_url("tok1"), json=text).json()["errcode"])  # still inside the 10 minutes
        clock.tick(600)
        codes.append(http.post(fake.robot_url("tok1"), json=text).json()["errcode"])
    assert codes == [0] * 20 + [130101, 130101, 0]
    assert fake.max_per_minute("cidRobotGroup==") == 20


async def open_stream(fake: FakeDingTalk, http: httpx.AsyncClient) -> str:
    body = {"clientId": fake.app_key, "clientSecret": fake.app_secret, "ua": "test", "localIp": "127.0.0.1",
            "subscriptions": [{"type": "CALLBACK", "topic": "/v1.0/im/bot/messages/get"},
                              {"type": "EVENT", "topic": "*"}]}
    opened = (await http.post(f"{fake.base_url}/v1.0/gateway/connections/open", json=body)).json()
    return f"{opened['endpoint']}?ticket={opened['ticket']}"


async def recv(ws: Any, timeout: float = 3.0) -> dict[str, Any]:
    return json.loads(await asyncio.wait_for(ws.recv(), timeout))


def ack(frame: dict[str, Any], data: str | None = None, code: int = 200) -> str:
    return json.dumps({"code": code, "headers": {"messageId": frame["headers"]["messageId"],
                                                 "contentType": "application/json"},
                       "message": "OK", "data": data if data is not None else json.dumps({"response": None})})


async def test_dingtalk_stream_fake_pings_and_the_ack_echoes_the_opaque() -> None:
    with running_fake_dingtalk() as fake:
        async with httpx.AsyncClient() as http:
            uri = await open_stream(fake, http)
        async with connect(uri) as ws:
            fake.push_frame(fake.ping_frame(opaque="op-1"))
            ping = await recv(ws)
            assert (ping["type"], ping["headers"]["topic"], json.loads(ping["data"])) == ("SYSTEM", "ping",
                                                                                          {"opaque": "op-1"})
            await ws.send(ack(ping, data=ping["data"]))
            for _ in range(100):
                if fake.ack_for(ping["headers"]["messageId"]):
                    break
                await asyncio.sleep(0.02)
        assert json.loads(fake.ack_for(ping["headers"]["messageId"])["data"]) == {"opaque": "op-1"}
        with pytest.raises(InvalidStatus):  # a ticket opens one connection only: the handshake is refused
            async with connect(uri):
                pass


async def test_dingtalk_stream_fake_closes_the_connection_after_a_disconnect_frame() -> None:
    with running_fake_dingtalk() as fake:
        fake.disconnect_grace_s = 0.3  # DingTalk waits 10 s
        async with httpx.AsyncClient() as http:
            uri = await open_stream(fake, http)
        async with connect(uri) as ws:
            fake.push_frame(fake.disconnect_frame())
            frame = await recv(ws)
            assert frame["headers"]["topic"] == "disconnect" and json.loads(frame["data"]) == {
                "reason": "connection is expired"}
            with pytest.raises(ConnectionClosed):  # the client stayed: the gateway hangs up
                await recv(ws, timeout=3.0)
    assert [c.closed_by for c in fake.connections] == ["server"]


async def test_dingtalk_stream_fake_redelivers_an_unacked_callback_only_when_told_to() -> None:
    with running_fake_dingtalk() as fake:
        fake.ack_wait_s = 0.2
        async with httpx.AsyncClient() as http:
            first, second = await open_stream(fake, http), await open_stream(fake, http)
        async with connect(first) as ws:  # documented: robot messages are fire-and-forget, never pushed again
            fake.push_frame(fake.stream_frame(fake.callback("你好"), "m-1"))
            assert (await recv(ws))["headers"]["messageId"] == "m-1"
            with pytest.raises(TimeoutError):
                await recv(ws, timeout=0.6)
        fake.redeliver_after_s, fake.redeliver_callbacks = 0.2, True  # observed: late acks bring it again
        async with connect(second) as ws:
            fake.push_frame(fake.stream_frame(fake.callback("再见"), "m-2"))
            pushes = [await recv(ws), await recv(ws)]
            await ws.send(ack(pushes[1]))
            with pytest.raises(TimeoutError):
                await recv(ws, timeout=0.6)
    assert [p["headers"]["messageId"] for p in pushes] == ["m-2", "m-2"]
    assert [(m, n) for m, n, _ in fake.deliveries] == [("m-1", 0), ("m-2", 0), ("m-2", 1)]


async def test_dingtalk_stream_fake_redelivers_an_event_acked_later_but_not_one_acked_success() -> None:
    with running_fake_dingtalk() as fake:
        fake.redeliver_after_s = 0.3
        async with httpx.AsyncClient() as http:
            uri = await open_stream(fake, http)
        async with connect(uri) as ws:
            fake.push_frame(fake.event_frame({"chatId": "c1"}, message_id="e-1"))
            event = await recv(ws)
            await ws.send(ack(event, data=json.dumps({"status": "LATER", "message": "busy"})))
            again = await recv(ws)
            await ws.send(ack(again, data=json.dumps({"status": "SUCCESS", "message": "ok"})))
            with pytest.raises(TimeoutError):
                await recv(ws, timeout=0.8)
    assert again["headers"]["messageId"] == "e-1" and [n for _, n, _ in fake.deliveries] == [0, 1]
