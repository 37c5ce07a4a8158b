"""Feishu/Lark open-platform answers, each with the document it comes from, and the fake tenant's constants.

Sources (read 2026-12):
- Rate limits: https://open.feishu.cn/document/server-docs/api-call-guide/frequency-control ("频控策略"): over a
  limit Feishu answers HTTP 429 (some older APIs 400) with {"code": 99991400, "msg": "request trigger frequency
  limit"} and headers x-ogw-ratelimit-limit / x-ogw-ratelimit-reset (seconds to wait); limits are per API, per app,
  per tenant, and "1000 次/分 & 50 次/秒" trips on either; custom bots: 100/min and 5/s, error 11232 around :00/:30.
- Message create / reply: https://open.feishu.cn/document/server-docs/im-v1/message/create and
  .../im-v1/message/reply (Lark mirror open.larksuite.com/document/uAjLw4CM/ukTMukTMukTM/reference/im-v1/message/
  reply): 1000/min and 50/s per app; 5 QPS to one user; 5 QPS to one group "shared by the bots in the group"; error
  table (HTTP 400): 230001 invalid parameter, 230002 bot not in the group, 230013 no availability to the user,
  230020 "This operation triggers the frequency limit.", 230025 content too long (text 150 KB, card/post 30 KB),
  230034 "The receive_id is invalid."; `uuid`: at most one success per uuid within 1 hour, at most 50 characters.
- Token-invalid codes the SDK treats as "refresh the tenant token": lark_oapi/channel/errors.py
  _TOKEN_INVALID_CODES = {99991663, 99991664, 99991665, 99991666, 99991668}; 99991661 is "missing access token"
  (Authorization header absent) in the server error code page
  https://open.feishu.cn/document/server-docs/api-call-guide/generic-error-code (row texts not re-read here: the
  msg strings below are marked unverified).
"""

from __future__ import annotations

from tests.fakes.answers import Answer

APP_ID = "cli_a1b2c3d4e5f6"
APP_SECRET = "fake-app-secret"
VERIFICATION_TOKEN = "v3rificati0n-t0ken"
ENCRYPT_KEY = "fake-encrypt-key-0123"
BOT_OPEN_ID = "ou_bot0000000000000000000000000000"
TENANT_KEY = "2ed263bf32cf1651"
MSG_TYPES = {"text", "post", "image", "file", "audio", "media", "sticker", "interactive", "share_chat", "share_user"}
RECEIVE_ID_TYPES = {"open_id", "union_id", "user_id", "email", "chat_id"}  # create doc, query receive_id_type
TEXT_BODY_LIMIT = 150 * 1024  # create doc: a text message's request body is at most 150 KB
CARD_BODY_LIMIT = 30 * 1024  # and a card's or a post's 30 KB
UUID_MAX = 50  # create doc: uuid, 最大长度 50
UUID_WINDOW_S = 3600.0  # create doc: 持有相同uuid的请求1小时内至多成功发送一条消息

FREQUENCY = "https://open.feishu.cn/document/server-docs/api-call-guide/frequency-control"
CREATE = "https://open.feishu.cn/document/server-docs/im-v1/message/create"
REPLY = "https://open.feishu.cn/document/server-docs/im-v1/message/reply"
ERRORS_SDK = "lark_oapi/channel/errors.py _TOKEN_INVALID_CODES"
GENERIC = "https://open.feishu.cn/document/server-docs/api-call-guide/generic-error-code"


def ok(data: dict, *, source: str = CREATE) -> Answer:
    return Answer(200, {"code": 0, "msg": "success", "data": data}, source + " (response example)")


def rate_limited(reset_s: int, *, limit: int = 50, status: int = 429) -> Answer:
    # frequency-control doc: HTTP 429 (400 for some older APIs), code 99991400, x-ogw-ratelimit-* headers
    return Answer(status, {"code": 99991400, "msg": "request trigger frequency limit"}, FREQUENCY,
                  headers={"x-ogw-ratelimit-limit": str(limit), "x-ogw-ratelimit-reset": str(reset_s)})


def chat_rate_limited() -> Answer:
    # create/reply doc error table: HTTP 400, 230020 "This operation triggers the frequency limit." The doc gives no
    # x-ogw-ratelimit-reset for it. Observed bodies add "ext=chat rate limit" (openclaw/openclaw PR #89659) [obs].
    return Answer(400, {"code": 230020, "msg": "This operation triggers the frequency limit."}, CREATE + " / " + REPLY,
                  note="no reset header documented for 230020")


def custom_bot_rate_limited() -> Answer:
    # frequency-control doc names error 11232 (custom bots, at :00 / :30); its HTTP status and msg are not documented
    return Answer(400, {"code": 11232, "msg": "frequency limited"}, FREQUENCY,
                  note="HTTP status and msg text unverified; only the code is documented")


# The msg texts are from third-party copies of the generic error-code page, not re-read from it: unverified.
_TOKEN_MSGS = {
    99991661: "Missing access token for authorization. Please make a request with token attached.",
    99991663: "Invalid access token for authorization. Please make a request with token attached.",
    99991664: "Invalid app access token.",
    99991665: "Invalid tenant access token.",
    99991666: "Invalid access token.",
    99991668: "Invalid user access token.",
}
TOKEN_INVALID_CODES = tuple(_TOKEN_MSGS)


def token_invalid(code: int = 99991663) -> Answer:
    # lark_oapi/channel/errors.py _TOKEN_INVALID_CODES (+ 99991661, missing token, generic error-code page)
    if code not in _TOKEN_MSGS:
        raise ValueError(f"{code} is not a token-invalid code")
    return Answer(400, {"code": code, "msg": _TOKEN_MSGS[code]}, ERRORS_SDK + "; " + GENERIC,
                  note="HTTP status 400 and msg texts unverified")


def invalid_param(detail: str) -> Answer:
    # create doc: 230001 "Your request contains an invalid request parameter." (the ext= detail is this fake's)
    return Answer(400, {"code": 230001, "msg": f"Your request contains an invalid request parameter, ext={detail}"},
                  CREATE)


def bot_not_in_chat() -> Answer:
    return Answer(400, {"code": 230002, "msg": "The bot can not be outside the group."}, CREATE)


def no_availability() -> Answer:
    # create doc: 230013 "Bot has NO availability to this user." (used here for an open_id the bot cannot reach)
    return Answer(400, {"code": 230013, "msg": "Bot has NO availability to this user."}, CREATE)


def receive_id_invalid() -> Answer:
    return Answer(400, {"code": 230034, "msg": "The receive_id is invalid."}, CREATE)


def content_too_long() -> Answer:
    return Answer(400, {"code": 230025, "msg": "The length of the message content reaches its limit."}, CREATE)


def server_error(status: int) -> Answer:
    return Answer(status, {"code": 2200, "msg": "Internal Error"}, "injected server failure",
                  note="not a documented Feishu answer")


# -- group chats (feishu_chats.py) ---------------------------------------------------------------------------------
# Chat get doc https://open.feishu.cn/document/server-docs/group/chat/get-2 (= .../reference/im-v1/chat/get; read from a
# docs mirror, Feishu version updatedAt 2025-02-19 and Lark version 2024-06-05), error table, all HTTP 400:
# 232004 app not exist, 232006 invalid chat_id, 232010 different tenants, 232011 operator not in chat, 232025 bot
# ability not activated, 232033 external chat without the scope, 232034 app not installed/enabled. 232009 (dissolved)
# is from the sibling chat APIs' tables (chat/link, chat-managers), not from chat/get's.
CHAT_GET = "https://open.feishu.cn/document/server-docs/group/chat/get-2"
CHAT_MEMBERS = "https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/im-v1/chat-members/get"
SCOPE_DOC = ("https://open.feishu.cn/document/uAjLw4CM/ugTN1YjL4UTN24CO1UjN/trouble-shooting/"
             "how-to-fix-the-99991672-error")
USER_ID_TYPES = ("open_id", "union_id", "user_id")  # chat/get query user_id_type, default open_id


def chat_error(code: int, msg: str, *, source: str = CHAT_GET, note: str = "") -> Answer:
    return Answer(400, {"code": code, "msg": msg}, source, note=note)


def chat_id_invalid() -> Answer:
    return chat_error(232006, "Your request specifies a chat_id which is invalid.")


def chat_other_tenant() -> Answer:
    return chat_error(232010, "Operator and chat can NOT be in different tenants.")


def chat_operator_outside() -> Answer:
    return chat_error(232011, "Operator can NOT be out of the chat.")


def chat_bot_ability_off() -> Answer:
    return chat_error(232025, "Bot ability is not activated.")


def chat_external_without_scope() -> Answer:
    return chat_error(232033, "The operator or invited bots does NOT have the authority to manage external chats "
                              "without the scope.")


def chat_app_unavailable() -> Answer:
    return chat_error(232034, "The app is unavailable or inactivated by the tenant.")


def chat_dissolved() -> Answer:
    return chat_error(232009, "Your request specifies a chat which has already been dissolved.",
                      source="chat/link and chat-managers docs' error tables",
                      note="not in chat/get's own table: which code chat/get gives for a dissolved chat is unverified")


def chat_invalid_param(detail: str) -> Answer:
    return chat_error(232001, f"Your request contains an invalid request parameter, ext={detail}",
                      source="chat-members and chat-managers docs' error tables (232001)",
                      note="the ext= detail is this fake's")


def scope_missing(*scopes: str) -> Answer:
    """99991672 with error.permission_violations, as the 'how to fix 99991672' doc shows it. HTTP 400 [obs]."""
    wanted = ", ".join(scopes)
    return Answer(400, {"code": 99991672, "msg": f"Access denied. One of the following scopes is required: [{wanted}]",
                        "error": {"message": f"Refer to the documentation to fix the error: {SCOPE_DOC}",
                                  "permission_violations": [{"type": "action_scope_required", "subject": s}
                                                            for s in scopes]}},
                  SCOPE_DOC, note="HTTP status 400 observed (public client tests), not documented")
