"""Tests of the fakes' chat-role rules (Feishu chat info, DingTalk scene groups and isAdmin, Telegram members) and of
the Feishu legacy card callback. They are collected through tests/test_fakes.py, which imports them; this module's
name keeps pytest from collecting them twice. Each expectation is an answer a document, SDK or the Bot API server
gives (tests/fakes/SOURCES.md).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from dingtalk_stream.chatbot import ChatbotMessage
from lark_oapi.card.action_handler import CardActionHandler
from lark_oapi.card.model import Card
from lark_oapi.core.model import RawRequest
from telegram import (
    ChatMember,
    ChatMemberAdministrator,
    ChatMemberBanned,
    ChatMemberLeft,
    ChatMemberMember,
    ChatMemberOwner,
    ChatMemberRestricted,
)

from tests.fakes.dingtalk import FakeDingTalk, running_fake_dingtalk
from tests.fakes.feishu import (
    APP_ID,
    APP_SECRET,
    ENCRYPT_KEY,
    VERIFICATION_TOKEN,
    FakeFeishu,
    FeishuEvents,
    judge_legacy_card_answer,
    running_fake_feishu,
)
from tests.fakes.telegram import FakeTelegram, running_fake_telegram

TOKEN = "123456:AAH-fake_token"


# -- Feishu: chat info, members ----------------------------------------------------------------------------------

@contextmanager
def feishu() -> Iterator[tuple[FakeFeishu, httpx.Client]]:
    with running_fake_feishu() as fake, httpx.Client(base_url=fake.base_url) as http:
        token = http.post("/open-apis/auth/v3/tenant_access_token/internal",
                          json={"app_id": APP_ID, "app_secret": APP_SECRET}).json()["tenant_access_token"]
        http.headers["Authorization"] = f"Bearer {token}"
        yield fake, http


def chat_get(http: httpx.Client, chat_id: str, **params: str) -> httpx.Response:
    return http.get(f"/open-apis/im/v1/chats/{chat_id}", params=params)


def test_feishu_fake_chat_info_names_the_owner_and_managers_in_the_asked_id_type() -> None:
    with feishu() as (fake, http):
        fake.set_chat("oc_team", owner="ou_boss", managers=["ou_mgr"], members=["ou_a", "ou_b"], bot_manager=True)
        by_open_id = chat_get(http, "oc_team").json()
        by_union_id = chat_get(http, "oc_team", user_id_type="union_id").json()["data"]
    assert by_open_id["code"] == 0
    data = by_open_id["data"]
    assert (data["owner_id_type"], data["owner_id"], data["user_manager_id_list"]) == ("open_id", "ou_boss",
                                                                                       ["ou_mgr"])
    assert data["bot_manager_id_list"] == [APP_ID] and data["chat_mode"] == "group" and data["chat_type"] == "private"
    assert data["user_count"] == "4" and data["bot_count"] == "1" and data["chat_status"] == "normal"
    assert (by_union_id["owner_id_type"], by_union_id["owner_id"], by_union_id["user_manager_id_list"]) == (
        "union_id", "on_boss", ["on_mgr"])


def test_feishu_fake_chat_info_leaves_out_a_bot_owner_and_p2p_fields() -> None:
    with feishu() as (fake, http):
        fake.set_chat("oc_botowned", owner=None, members=["ou_a"])
        p2p = fake.add_user("ou_alice")
        bot_owned = chat_get(http, "oc_botowned").json()["data"]
        single = chat_get(http, p2p).json()["data"]
        fake.scopes.discard("contact:user.employee_id:readonly")
        fake.set_chat("oc_team", owner="ou_boss", managers=["ou_mgr"])
        no_employee_scope = chat_get(http, "oc_team", user_id_type="user_id").json()["data"]
    assert "owner_id" not in bot_owned and "owner_id_type" not in bot_owned  # 当群主是机器人时不返回该字段
    assert single["chat_mode"] == "p2p" and "owner_id" not in single and "chat_type" not in single
    assert "owner_id" not in no_employee_scope and "user_manager_id_list" not in no_employee_scope


def test_feishu_fake_chat_info_outside_the_chat_is_basic_or_232011() -> None:
    with feishu() as (fake, http):
        fake.set_chat("oc_far", owner="ou_boss", members=["ou_a"], bot_in_chat=False)
        basic = chat_get(http, "oc_far")
        fake.outsider_chat_get = "232011"
        refused = chat_get(http, "oc_far")
    assert set(basic.json()["data"]) == {"avatar", "name", "user_count", "bot_count", "chat_status"}
    assert (refused.status_code, refused.json()) == (400, {"code": 232011,
                                                           "msg": "Operator can NOT be out of the chat."})


def test_feishu_fake_chat_info_errors_have_the_documented_codes() -> None:
    with feishu() as (fake, http):
        fake.set_chat("oc_other", owner="ou_x", other_tenant=True)
        fake.set_chat("oc_ext", owner="ou_x", external=True)
        fake.set_chat("oc_team", owner="ou_boss")
        codes = [chat_get(http, chat).json()["code"] for chat in ("oc_nope", "oc_other", "oc_ext")]
        bad_type = chat_get(http, "oc_team", user_id_type="phone").json()["code"]
        no_token = http.get("/open-apis/im/v1/chats/oc_team", headers={"Authorization": "Bearer t-forged"})
        fake.scopes.clear()
        no_scope = chat_get(http, "oc_team")
    assert codes == [232006, 232010, 232033] and bad_type == 232001
    assert no_token.json()["code"] == 99991663
    assert no_scope.status_code == 400 and no_scope.json()["code"] == 99991672
    assert [v["subject"] for v in no_scope.json()["error"]["permission_violations"]] == [
        "im:chat", "im:chat:read", "im:chat:readonly"]
    assert [c[2:] for c in fake.chat_calls][-1] == (400, 99991672)


def test_feishu_fake_lists_members_in_pages_and_says_whether_the_bot_is_in_the_chat() -> None:
    with feishu() as (fake, http):
        fake.set_chat("oc_team", owner="ou_boss", managers=["ou_mgr"], members=["ou_a"], other_bots=2)
        fake.set_chat("oc_far", owner="ou_x", bot_in_chat=False)
        first = http.get("/open-apis/im/v1/chats/oc_team/members", params={"page_size": 2}).json()["data"]
        rest = http.get("/open-apis/im/v1/chats/oc_team/members",
                        params={"page_size": 2, "page_token": first["page_token"]}).json()["data"]
        outside = http.get("/open-apis/im/v1/chats/oc_far/members").json()
        in_chat = [http.get(f"/open-apis/im/v1/chats/{c}/members/is_in_chat").json()["data"]["is_in_chat"]
                   for c in ("oc_team", "oc_far")]
    assert [m["member_id"] for m in first["items"] + rest["items"]] == ["ou_boss", "ou_mgr", "ou_a"]  # no bots
    assert first["has_more"] and not rest["has_more"] and first["member_total"] == 3
    assert outside["code"] == 232011 and in_chat == [True, False]


# -- Feishu: legacy card callback (消息卡片请求网址, card.action.trigger_v1) ------------------------------------------

def sdk_judges(body: bytes, headers: dict[str, str], *, token: str = VERIFICATION_TOKEN) -> tuple[int, Card | None]:
    """Hand the request to the SDK's own CardActionHandler: it decrypts and checks the sha1 signature."""
    seen: list[Card] = []
    handler = CardActionHandler.builder(ENCRYPT_KEY, token).register(lambda card: seen.append(card)).build()
    request = RawRequest()
    request.uri, request.headers, request.body = "/card", headers, body
    return handler.do(request).status_code, (seen[0] if seen else None)


def test_feishu_fake_legacy_card_tap_passes_the_sdks_signature_and_decryption() -> None:
    fake = FakeFeishu()
    events = FeishuEvents(fake)
    tap = events.legacy_card_action("oc_team", "ou_alice", {"feedback": "up"}, card_message_id="om_card",
                                    user_id="u_alice")
    assert set(tap) == {"open_id", "user_id", "tenant_key", "open_message_id", "open_chat_id", "token", "action"}
    for encrypted in (False, True):
        status, card = sdk_judges(*events.legacy_seal(tap, encrypted=encrypted))
        assert status == 200 and card is not None
        assert (card.open_id, card.user_id, card.open_message_id, card.open_chat_id) == (
            "ou_alice", "u_alice", "om_card", "oc_team")
        assert card.action is not None and (card.action.value, card.action.tag) == ({"feedback": "up"}, "button")
    body, headers = events.legacy_seal(tap, sign_with="not-the-token")
    assert sdk_judges(body, headers)[0] == 500  # "signature verification failed"
    assert json.loads(events.legacy_seal(tap, encrypted=True)[0]).keys() == {"encrypt"}
    assert fake.messages["om_card"] == "oc_team"


def test_feishu_fake_judges_legacy_card_answers_by_the_error_table() -> None:
    card_1_0 = {"header": {"title": {"tag": "plain_text", "content": "谢谢"}}, "elements": []}
    toast = {"toast": {"type": "success", "content": "已收到"}}
    assert judge_legacy_card_answer(200, b"{}", 0.5).ok and judge_legacy_card_answer(200, b'{"msg":"success"}', 1).ok
    shown = judge_legacy_card_answer(200, {**toast, **card_1_0}, 0.5)
    assert shown.ok and shown.toast == toast["toast"] and shown.card == card_1_0
    template = judge_legacy_card_answer(200, {"type": "template", "data": {"template_id": "ctp_1"}}, 0.5)
    assert template.ok and template.card == {"type": "template", "data": {"template_id": "ctp_1"}}
    verdicts: dict[str, Any] = {
        "200341": judge_legacy_card_answer(200, b"{}", 3.5),
        "200671": judge_legacy_card_answer(302, b"{}", 0.1),
        "200672": judge_legacy_card_answer(200, b"[]", 0.1),
        "200672 card": judge_legacy_card_answer(200, {"card": {"type": "raw", "data": {}}}, 0.1),
        "200673": judge_legacy_card_answer(200, {"schema": "2.0", "body": {"elements": []}}, 0.1),
        "200830": judge_legacy_card_answer(200, card_1_0, 0.1, sent_schema="2.0"),
    }
    assert {k: v.error.split(":")[0] for k, v in verdicts.items()} == {k: k.split()[0] for k in verdicts}
    assert judge_legacy_card_answer(200, toast, 0.1, sent_schema="2.0").ok  # a toast alone leaves a 2.0 card be


# -- DingTalk: scene-group owner/admins, isAdmin -----------------------------------------------------------------

@contextmanager
def dingtalk() -> Iterator[tuple[FakeDingTalk, httpx.Client, str]]:
    with running_fake_dingtalk() as fake, httpx.Client(base_url=fake.base_url) as http:
        token = http.post("/v1.0/oauth2/accessToken", json={"appKey": fake.app_key, "appSecret": fake.app_secret}
                          ).json()["accessToken"]
        yield fake, http, token


def test_dingtalk_fake_scene_group_get_names_owner_and_sub_admins_only_for_scene_groups() -> None:
    with dingtalk() as (fake, http, token):
        fake.set_group("cidScene==", owner="boss", admins=["mgr1", "mgr2"], members=["a"], template_id="tpl1")
        fake.set_group("cidPlain==", owner="boss", admins=["mgr1"])
        scene = http.post("/topapi/im/chat/scenegroup/get", params={"access_token": token},
                          json={"open_conversation_id": "cidScene=="}).json()
        plain = http.post("/topapi/im/chat/scenegroup/get", params={"access_token": token},
                          json={"open_conversation_id": "cidPlain=="})
        forged = http.post("/topapi/im/chat/scenegroup/get", params={"access_token": "nope"},
                           json={"open_conversation_id": "cidScene=="}).json()
        fake.scopes.clear()
        denied = http.post("/topapi/im/chat/scenegroup/get", params={"access_token": token},
                           json={"open_conversation_id": "cidScene=="}).json()
    assert scene["errcode"] == 0 and scene["result"]["owner_staff_id"] == "boss"
    assert scene["result"]["sub_admin_staff_ids"] == ["mgr1", "mgr2"]
    assert (plain.status_code, plain.json()["errcode"]) == (200, 4000003)
    assert forged["errcode"] == 40014 and denied["errcode"] == 88 and "subcode=60011" in denied["errmsg"]
    assert "cidPlain==" in fake.groups  # the robot is in both: it can still send there


def test_dingtalk_fake_scene_groups_query_gives_the_owner_on_the_new_api() -> None:
    with dingtalk() as (fake, http, token):
        fake.set_group("cidScene==", owner="boss", admins=["mgr1"], template_id="tpl1")
        fake.set_group("cidPlain==", owner="boss")
        headers = {"x-acs-dingtalk-access-token": token}
        scene = http.post("/v1.0/im/sceneGroups/query", headers=headers, json={"openConversationId": "cidScene=="})
        plain = http.post("/v1.0/im/sceneGroups/query", headers=headers, json={"openConversationId": "cidPlain=="})
        forged = http.post("/v1.0/im/sceneGroups/query", headers={"x-acs-dingtalk-access-token": "nope"},
                           json={"openConversationId": "cidScene=="})
        fake.scopes.clear()
        denied = http.post("/v1.0/im/sceneGroups/query", headers=headers, json={"openConversationId": "cidScene=="})
    assert scene.status_code == 200 and scene.json()["ownerUserId"] == "boss" and "subAdmins" not in scene.json()
    assert plain.status_code == 400 and forged.status_code == 401
    assert (denied.status_code, denied.json()["code"]) == (403, "Forbidden.AccessDenied.AccessTokenPermissionDenied")


def test_dingtalk_fake_callback_carries_the_isadmin_the_test_chooses() -> None:
    fake = FakeDingTalk()
    fake.port = 1  # new_session builds a URL; no server needed here
    admin = fake.callback("你好", group=True, is_admin=True)
    plain = fake.callback("你好", group=True)
    assert admin["isAdmin"] is True and plain["isAdmin"] is False
    assert ChatbotMessage.from_dict(admin).is_admin is True  # dingtalk_stream reads it as is


# -- Telegram: getChatMember, getChatAdministrators --------------------------------------------------------------

@contextmanager
def telegram() -> Iterator[tuple[FakeTelegram, httpx.Client]]:
    with running_fake_telegram(TOKEN) as fake, httpx.Client(base_url=f"{fake.api_base}/bot{TOKEN}") as http:
        yield fake, http


def test_telegram_fake_getchatmember_answers_all_six_statuses_as_ptb_reads_them() -> None:
    with telegram() as (fake, http):
        for user, status in ((1, "creator"), (2, "administrator"), (3, "member"), (4, "restricted"), (5, "left"),
                             (6, "kicked")):
            fake.set_member(-100200, user, status, until_date=1_900_000_000 if user in (4, 6) else 0)
        raw = [http.post("/getChatMember", data={"chat_id": -100200, "user_id": u}).json()["result"]
               for u in range(1, 7)]
    members = [ChatMember.de_json(r, None) for r in raw]
    assert [type(m) for m in members] == [ChatMemberOwner, ChatMemberAdministrator, ChatMemberMember,
                                          ChatMemberRestricted, ChatMemberLeft, ChatMemberBanned]
    assert raw[3]["is_member"] is True and raw[3]["can_send_messages"] is True and raw[1]["can_manage_topics"] is False


def test_telegram_fake_getchatmember_refuses_bad_users_and_unknown_chats() -> None:
    with telegram() as (fake, http):
        fake.set_member(-100200, 1, "creator")
        bad = http.post("/getChatMember", data={"chat_id": -100200, "user_id": "abc"}).json()
        lenient = http.post("/getChatMember", data={"chat_id": -100999, "user_id": 7}).json()["result"]["status"]
        fake.strict_members = True
        no_chat = http.post("/getChatMember", data={"chat_id": -100999, "user_id": 1}).json()
        no_user = http.post("/getChatMember", data={"chat_id": -100200, "user_id": 7}).json()
    assert bad == {"ok": False, "error_code": 400, "description": "Bad Request: invalid user_id specified"}
    assert lenient == "left"
    assert no_chat["description"] == "Bad Request: chat not found"
    assert no_user["description"] == "Bad Request: user not found"


def test_telegram_fake_getchatadministrators_lists_owner_and_admins_without_other_bots() -> None:
    with telegram() as (fake, http):
        fake.set_member(-100200, 2, "administrator", custom_title="主持")
        fake.set_member(-100200, 1, "creator")
        fake.set_member(-100200, 3, "member")
        fake.set_member(-100200, 9, "administrator", is_bot=True)
        fake.set_member(-100200, fake.bot_id, "administrator", is_bot=True)
        plain = http.post("/getChatAdministrators", data={"chat_id": -100200}).json()["result"]
        with_bots = http.post("/getChatAdministrators", data={"chat_id": -100200, "return_bots": "true"}).json()
        private = http.post("/getChatAdministrators", data={"chat_id": 1001}).json()
    assert [(m["user"]["id"], m["status"]) for m in plain] == [(1, "creator"), (2, "administrator"),
                                                               (fake.bot_id, "administrator")]
    assert plain[1]["custom_title"] == "主持" and len(with_bots["result"]) == 4
    assert private["description"] == "Bad Request: there are no administrators in the private chat"
