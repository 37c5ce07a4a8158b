"""DingTalk answers, each with where it comes from.

Two API generations answer differently (https://open.dingtalk.com/document/development/server-api-error-codes-1,
the global error-code page): the new API (api.dingtalk.com/v1.0/...) answers HTTP 4xx/5xx with
{"code": "...", "message": "...", "requestid": "..."}; the old API (oapi.dingtalk.com, which also serves
sessionWebhook and custom-robot sends) answers HTTP 200 with {"errcode": N, "errmsg": "..."}.

- Throttling: https://open.dingtalk.com/document/development/how-to-process-api-throttling-on-the-dingtalk-server
  (附录B：如何处理钉钉服务端API限流): per app per API, more than 20 calls in a second -> old API errcode 90018, new API
  code Forbidden.AccessDenied.QpsLimitForAppkeyAndApi; all apps together over an API's global limit -> 90002 /
  Forbidden.AccessDenied.QpsLimitForApi; "qps限流限制时间是1秒" (sleep 1 s and go on). The HTTP status 403 for the new
  codes is in the global error-code table (seen in a copy of it; I could not open the page itself) and in every
  client I found that handles them.
- Access token: POST /v1.0/oauth2/accessToken -> {accessToken, expireIn: 7200}; asking again inside the validity
  returns the same token (https://open.dingtalk.com/document/orgapp/obtain-the-access-token-of-an-internal-app).
  An invalid or expired token: {"code":"InvalidAuthentication","message":"不合法的access_token"} with HTTP 400 [obs:
  alibabacloud Tea SDK sample output, and an unauthenticated probe reported in a public repo] - while
  dingtalk_stream/stream.py resets its token on HTTP 401 (see invalid_token()). Wrong app
  credentials: 400 invalidClientIdOrSecret "无效的clientId或者clientSecret" [obs, same probe].
- sessionWebhook that expired or never existed: HTTP 200 {"errcode":300001,"errmsg":"session 不存在"} [obs:
  agentscope-ai/agentscope#1318, agentscope-ai/QwenPaw#2221].
- Custom group robot (https://open.dingtalk.com/document/robots/custom-robot-access, 自定义机器人接入): "每个机器人每分
  钟最多发送20条。如果超过20条，会限流10分钟" -> errcode 130101 "send too fast, exceed 20 times per minute" [errcode/text:
  obs, ccfos/nightingale#369 and many clients]; signature/keyword failures errcode 310000 ("sign not match",
  "invalid timestamp", "keywords not in content"); an unknown access_token errcode 300005 "token is not exist" [obs:
  probe; older copies of the doc say 300001].
"""

from __future__ import annotations

import uuid

from tests.fakes.answers import Answer

THROTTLING = "https://open.dingtalk.com/document/development/how-to-process-api-throttling-on-the-dingtalk-server"
ERROR_CODES = "https://open.dingtalk.com/document/development/server-api-error-codes-1"
TOKEN_DOC = "https://open.dingtalk.com/document/orgapp/obtain-the-access-token-of-an-internal-app"
CUSTOM_ROBOT = "https://open.dingtalk.com/document/robots/custom-robot-access"
STREAM_PROTOCOL = "https://open-dingtalk.github.io/developerpedia/docs/learn/stream/protocol"
QPS_PER_APP_PER_API = 20  # throttling doc: 标准版 … 每秒调用次数不能超过20次
SESSION_TTL_S = 5400.0  # sessionWebhookExpiredTime - createAt in every sample callback: 90 min [obs]

# msgKey → the msgParam fields it needs: the robot message-type table (https://open.dingtalk.com/document/
# development/robot-message-type, as summarised in shared/PLATFORMS.md §1.6 and LangBot's client; the field names
# were not re-read from the page). sampleActionCard6 uses buttonTitle/buttonUrl.
MSG_KEYS: dict[str, tuple[str, ...]] = {
    "sampleText": ("content",),
    "sampleMarkdown": ("title", "text"),
    "sampleActionCard": ("title", "text", "singleTitle", "singleURL"),
    **{f"sampleActionCard{n}": ("title", "text",
                                 *(f"{k}{i}" for i in range(1, n + 1) for k in ("actionTitle", "actionURL")))
       for n in (2, 3, 4, 5)},
    "sampleActionCard6": ("title", "text", "buttonTitle1", "buttonUrl1", "buttonTitle2", "buttonUrl2"),
    "sampleImageMsg": ("photoURL",),  # robot-message-type doc; a media_id from /media/upload (dingtalk_media.py)
}


def api_error(status: int, code: str, message: str, *, source: str = ERROR_CODES, note: str = "",
              headers: dict[str, str] | None = None) -> Answer:
    """A new-API error: HTTP 4xx/5xx with {code, message, requestid} (global error-code page)."""
    return Answer(status, {"code": code, "message": message, "requestid": uuid.uuid4().hex.upper()}, source,
                  headers=headers or {}, note=note)


def oapi_error(errcode: int, errmsg: str, *, source: str = ERROR_CODES, note: str = "") -> Answer:
    """An old-API error: HTTP 200 with {errcode, errmsg}."""
    return Answer(200, {"errcode": errcode, "errmsg": errmsg}, source, note=note)


def qps_limit_app() -> Answer:
    return api_error(403, "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi", "请求过于频繁", source=THROTTLING,
                     note="message text unverified")


def qps_limit_global() -> Answer:
    return api_error(403, "Forbidden.AccessDenied.QpsLimitForApi", "请求过于频繁", source=THROTTLING,
                     note="message text unverified")


def oapi_qps_limit_app() -> Answer:
    return oapi_error(90018, "当前企业应用调用该接口次数过多，请求被暂时禁止", source=THROTTLING,
                      note="errmsg text unverified")


def oapi_qps_limit_global() -> Answer:
    return oapi_error(90002, "当前接口调用次数过多，请求被暂时禁止", source=THROTTLING, note="errmsg text unverified")


def invalid_token(status: int = 400) -> Answer:
    """The new API's answer to an invalid or expired token. Observed with HTTP 400 (alibabacloud Tea SDK sample
    output; a public no-credential probe). dingtalk_stream/stream.py (DingTalkStreamClient.reset_access_token,
    "reset token if open api return 401", used by upload_to_dingtalk) expects 401 instead: which status each API
    gives is not documented, so FakeDingTalk.invalid_token_status chooses."""
    return api_error(status, "InvalidAuthentication", "不合法的access_token", source=ERROR_CODES,
                     note="status 400 observed / 401 per dingtalk_stream/stream.py; text observed")


def invalid_credentials() -> Answer:
    return api_error(400, "invalidClientIdOrSecret", "无效的clientId或者clientSecret", source=TOKEN_DOC,
                     note="observed answer")


def session_gone() -> Answer:
    return oapi_error(300001, "session 不存在", source="observed: agentscope-ai/agentscope#1318",
                      note="not documented")


def too_fast() -> Answer:
    return oapi_error(130101, "send too fast, exceed 20 times per minute", source=CUSTOM_ROBOT,
                      note="the 20/min + 10 min rule is documented; errcode and text observed")


def custom_robot_refused(errmsg: str) -> Answer:
    return oapi_error(310000, errmsg, source=CUSTOM_ROBOT)


def custom_robot_unknown_token() -> Answer:
    return oapi_error(300005, "token is not exist", source=CUSTOM_ROBOT, note="code observed; old docs say 300001")


def server_failure(status: int, retry_after: float | None = None) -> Answer:
    """A generic injected failure (5xx/429). Not a DingTalk-documented answer: DingTalk documents no 429."""
    headers = {"Retry-After": str(int(retry_after))} if retry_after is not None else {}
    code = "Throttling" if status == 429 else "ServiceUnavailable"
    return api_error(status, code, "injected failure", source="injected", headers=headers,
                     note="not a DingTalk answer")
