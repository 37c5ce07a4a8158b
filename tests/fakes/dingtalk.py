"""A fake DingTalk for adapter tests: sessionWebhook, robot Open API, access tokens, custom group robots and the
Stream gateway (dingtalk_stream.py), and scene-group owner/admin look-ups (dingtalk_groups.py, `set_group`).

`running_fake_dingtalk()` serves it with uvicorn on 127.0.0.1 (ephemeral port) in a background thread. It checks
what DingTalk checks (session known and alive, access token header, robotCode, msgParam as a JSON string, known
msgKeys and their fields) and answers as dingtalk_answers.py says, each answer with its source:
- 20 calls per second per app per Open API -> 403 Forbidden.AccessDenied.QpsLimitForAppkeyAndApi (`qps_per_api`);
- a group robot past 20 messages a minute is throttled for 10 minutes: errcode 130101 (custom robots at /robot/send,
  and - an assumption the docs do not make - group sessionWebhooks);
- access tokens live `token_ttl_s` (7200 s) on the fake clock, then 400 InvalidAuthentication; sessionWebhooks live
  until their expiry (90 min by default), then errcode 300001.
Switchable per test: `inject(answer, only=...)` answers the next send(s) with any dingtalk_answers answer (e.g.
qps_limit_global(), oapi_qps_limit_app() for 90018); `fail_next` injects 5xx/429 (generic failures) or 130101;
`flow_control_next`; `invalid_staff`; `revoke_tokens`. Every accepted message is in `messages` and `send_log` (with its
time): `max_per_minute(conversation)`. It also builds callback bodies the way DingTalk does, each with a fresh
session, and signs them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from tests.fakes import dingtalk_answers as dt
from tests.fakes.answers import Answer, AnswerQueue, SendLog, Window
from tests.fakes.dingtalk_answers import MSG_KEYS
from tests.fakes.dingtalk_groups import DingTalkGroups, Group
from tests.fakes.dingtalk_media import DingTalkMedia
from tests.fakes.dingtalk_stream import STREAM_TOPIC, StreamGateway
from tests.fakes.server import FakeServer

__all__ = ["MSG_KEYS", "STREAM_TOPIC", "FakeDingTalk", "Group", "Sent", "running_fake_dingtalk", "tap_payload"]
TOO_FAST = dt.too_fast().body  # {"errcode": 130101, "errmsg": "send too fast, exceed 20 times per minute"}
MAX_TEXT = 5000  # [?] markdown/actionCard text: the fake's bound, not a documented one
MAX_GROUP_PARAM_BYTES = 15000  # groupMessages/send doc: msgParam at most 15,000 bytes (PLATFORMS.md §1.6)


@dataclass
class Sent:
    """One accepted message, whichever way it came."""

    via: str  # "session" | "oto" | "group" | "robot"
    conversation_id: str  # the session's conversation, or openConversationId; "" for batchSend
    user_ids: list[str]
    type: str  # "markdown" | "actionCard" | "text" | ...
    title: str
    text: str
    buttons: list[tuple[str, str]] = field(default_factory=list)  # (title, url)
    msg_key: str = ""
    at: float = 0.0  # the fake's clock when it was accepted


@dataclass
class _Session:
    conversation_id: str
    group: bool
    expires_ms: int


@dataclass(frozen=True)
class _Failure:
    status: int
    retry_after: float | None


@dataclass
class _Robot:
    conversation_id: str
    secret: str | None
    keyword: str | None


class FakeDingTalk(DingTalkMedia, StreamGateway, DingTalkGroups, FakeServer):
    name = "fake-dingtalk"
    server_options = {"ws": "websockets-sansio"}  # the stream gateway is a websocket

    def __init__(self, app_key: str = "dingfakeappkey", app_secret: str = "fake-app-secret", *,
                 clock: Callable[[], float] = time.time) -> None:
        self.app_key, self.app_secret, self.clock = app_key, app_secret, clock
        self.group_limit, self.throttle_s = 20, 600.0  # custom-robot doc: 20 a minute, else 10 minutes throttled
        self.token_ttl_s = 7200.0  # token doc: expireIn 7200
        self.qps_per_api: int | None = dt.QPS_PER_APP_PER_API  # None: no per-API QPS limit
        # 401 as dingtalk_stream/stream.py expects (reset_access_token); DingTalk was seen answering 400: set 400 to
        # test that (see dingtalk_answers.invalid_token)
        self.invalid_token_status = 401
        self.open_api_group_per_minute: int | None = None  # an undocumented per-group limit on groupMessages/send
        self.sessions: dict[str, _Session] = {}
        self.tokens: dict[str, float] = {}
        self.token_requests = 0
        self.messages: list[Sent] = []
        self.send_log = SendLog()  # (time, conversation or user, Sent) of every accepted message
        self.calls: list[str] = []  # one entry per send request that reached us, accepted or not
        self.invalid_staff: set[str] = set()
        self.groups: set[str] = set()
        self.robots: dict[str, _Robot] = {}  # custom group robots by access_token
        self.injected = AnswerQueue()
        self._flow_controlled = 0
        self._per_api = Window(dt.QPS_PER_APP_PER_API, 1.0)
        self._windows = Window(self.group_limit, 60.0)
        self._throttled_until: dict[str, float] = {}
        self.port: int | None = None
        self.app = FastAPI()
        self.app.post("/v1.0/oauth2/accessToken")(self._token)
        self.app.post("/v1.0/robot/oToMessages/batchSend")(self._batch_send)
        self.app.post("/v1.0/robot/groupMessages/send")(self._group_send)
        self.app.post("/robot/sendBySession")(self._session_send)
        self.app.post("/robot/send")(self._robot_send)
        self._init_stream()
        self._init_groups()  # dingtalk_groups.py: scene-group info (owner, sub-admins); set_group(...)
        self._init_media()  # dingtalk_media.py: /media/upload; sampleImageMsg names an uploaded media_id

    # -- test controls ------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        assert self.port is not None, "server not started"
        return f"http://127.0.0.1:{self.port}"

    def inject(self, answer: Answer, *, times: int = 1, only: str | set[str] | None = None) -> None:
        """Answer the next `times` sends with `answer`; `only` limits it to "token", "oto", "group", "session" or
        "robot" (e.g. inject(dt.qps_limit_app(), only="oto"), inject(dt.oapi_qps_limit_app(), only="session"))."""
        self.injected.push(answer, times=times, only=only)

    def fail_next(self, n: int = 1, *, status: int = 500, retry_after: float | None = None) -> None:
        """Refuse the next `n` send requests: HTTP 5xx/429 (generic, injected), or status=130101 for 'too fast'."""
        if n:
            self.injected.push(_Failure(status, retry_after), times=n, only={"oto", "group", "session"})

    def flow_control_next(self, n: int = 1) -> None:
        """The next `n` batchSends come back with every recipient in flowControlledStaffIdList."""
        self._flow_controlled += n

    def revoke_tokens(self) -> None:
        self.tokens.clear()

    def new_session(self, conversation_id: str, *, group: bool, ttl_s: float = dt.SESSION_TTL_S) -> tuple[str, int]:
        """A sessionWebhook URL and its expiry (ms), as DingTalk puts them in a callback."""
        token = uuid.uuid4().hex
        expires_ms = int((self.clock() + ttl_s) * 1000)
        self.sessions[token] = _Session(conversation_id, group, expires_ms)
        if group:
            self.groups.add(conversation_id)
        return f"{self.base_url}/robot/sendBySession?session={token}", expires_ms

    def add_custom_robot(self, access_token: str, *, conversation_id: str = "cidRobotGroup==",
                         secret: str | None = None, keyword: str | None = None) -> str:
        """A custom group robot; returns its webhook URL (sign it with `robot_url` when it has a secret)."""
        self.robots[access_token] = _Robot(conversation_id, secret, keyword)
        return f"{self.base_url}/robot/send?access_token={access_token}"

    def robot_url(self, access_token: str, *, timestamp_ms: int | None = None, secret: str | None = None) -> str:
        """The signed webhook URL: sign = urlencode(base64(HMAC-SHA256(secret, f"{timestamp}\\n{secret}")))
        (custom-robot doc, 加签)."""
        robot = self.robots[access_token]
        key = secret if secret is not None else robot.secret or ""
        ts = str(timestamp_ms if timestamp_ms is not None else int(self.clock() * 1000))
        sign = base64.b64encode(hmac.new(key.encode(), f"{ts}\n{key}".encode(), hashlib.sha256).digest()).decode()
        return f"{self.base_url}/robot/send?access_token={access_token}&timestamp={ts}&sign={quote(sign, safe='')}"

    def max_per_minute(self, conversation_id: str | None = None) -> int:
        """The most messages accepted in any 60-second window, to `conversation_id` or to the busiest one."""
        return self.send_log.max_in_window(60.0, conversation_id)

    def callback(self, text: str | None, *, group: bool = False, staff_id: str = "staff-1", nick: str = "小王",
                 conversation_id: str | None = None, msg_id: str | None = None, in_at_list: bool | None = None,
                 msgtype: str = "text", session_ttl_s: float = dt.SESSION_TTL_S, replied_sender: str | None = None,
                 is_admin: bool = False, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        """A robot callback body shaped like DingTalk's (the @ removed from the text, its space left); fields per
        https://open.dingtalk.com/document/orgapp/receive-message and dingtalk_stream/chatbot.py ChatbotMessage.
        `is_admin` is the body's isAdmin ("是否为管理员"; not tied to set_group's roles: see dingtalk_groups.py)."""
        cid = conversation_id or ("cidGroupTeam==" if group else f"cidDM{staff_id}==")
        hook, expires = self.new_session(cid, group=group, ttl_s=session_ttl_s)
        now_ms = int(self.clock() * 1000)
        body: dict[str, Any] = {
            "msgtype": msgtype, "msgId": msg_id or f"msg{uuid.uuid4().hex[:12]}", "createAt": now_ms,
            "conversationType": "2" if group else "1", "conversationId": cid, "senderId": f"$:LWCP_v1:${staff_id}",
            "senderStaffId": staff_id, "senderNick": nick, "senderCorpId": "dingcorp",
            "chatbotUserId": "$:LWCP_v1:$bot", "chatbotCorpId": "dingcorp", "robotCode": self.app_key,
            "isAdmin": is_admin, "sessionWebhook": hook, "sessionWebhookExpiredTime": expires,
        }
        if group:
            body["conversationTitle"] = "项目组"
            body["isInAtList"] = True if in_at_list is None else in_at_list
            if body["isInAtList"]:
                body["atUsers"] = [{"dingtalkId": "$:LWCP_v1:$bot"}]
        if msgtype == "text":
            body["text"] = {"content": text}
            if replied_sender is not None:
                body["text"].update(isReplyMsg=True, repliedMsg={"msgId": "earlier", "senderId": replied_sender,
                                                                 "msgType": "markdown", "content": {"text": "…"}})
        elif msgtype == "picture":
            body["content"] = {"downloadCode": "dl-code", "pictureDownloadCode": "pdl"}
        elif msgtype == "richText":
            body["content"] = {"richText": [{"pictureDownloadCode": "pdl", "downloadCode": "dl", "type": "picture"}]}
        elif msgtype in ("file", "audio"):
            body["content"] = {"downloadCode": "dl", "fileName": "a.pdf"} if msgtype == "file" else {
                "duration": 3000, "downloadCode": "dl", "recognition": "你好"}
        body.update(extra or {})
        return body

    def signed_headers(self, timestamp_ms: int | None = None, secret: str | None = None) -> dict[str, str]:
        """HTTP-callback headers: sign = base64(HMAC-SHA256(appSecret, timestamp + "\\n" + appSecret)) (receive-message
        doc, as copied in PLATFORMS.md §1.2)."""
        ts = str(timestamp_ms if timestamp_ms is not None else int(self.clock() * 1000))
        key = (secret or self.app_secret).encode()
        sign = base64.b64encode(hmac.new(key, f"{ts}\n{secret or self.app_secret}".encode(), hashlib.sha256).digest())
        return {"timestamp": ts, "sign": sign.decode()}

    # -- endpoints -----------------------------------------------------------------------------------

    def _injected(self, target: str) -> Answer | None:
        item = self.injected.take(target)
        if isinstance(item, _Failure):
            if target == "session":
                if item.status == 130101:
                    return dt.too_fast()
                return Answer(item.status, {"errcode": -1, "errmsg": "系统繁忙"}, "injected server failure",
                              headers={"Retry-After": str(int(item.retry_after))} if item.retry_after else {})
            return dt.server_failure(item.status, item.retry_after)
        return item

    def _qps(self, api: str) -> Answer | None:
        if self.qps_per_api is None:
            return None
        self._per_api.limit = self.qps_per_api
        return dt.qps_limit_app() if self._per_api.admit(api, self.clock()) else None

    async def _token(self, request: Request) -> JSONResponse:
        self.token_requests += 1
        refused = self._injected("token") or self._qps("token")
        if refused:
            return refused.response()
        body = await _body(request)
        if body.get("appKey") != self.app_key or body.get("appSecret") != self.app_secret:
            return dt.invalid_credentials().response()
        now = self.clock()
        live = [t for t, until in self.tokens.items() if until > now]
        token = live[0] if live else f"tok-{uuid.uuid4().hex[:8]}"  # token doc: the same token inside its lifetime
        self.tokens.setdefault(token, now + self.token_ttl_s)
        return JSONResponse({"accessToken": token, "expireIn": int(self.tokens[token] - now)})

    def _open_api_guard(self, request: Request, body: dict[str, Any], api: str) -> Answer | None:
        refused = self._injected(api) or self._qps(api)
        if refused:
            return refused
        token = request.headers.get("x-acs-dingtalk-access-token", "")
        if self.tokens.get(token, 0) <= self.clock():
            return dt.invalid_token(self.invalid_token_status)
        if body.get("robotCode") != self.app_key:
            return dt.api_error(400, "invalidParameter.robotCode.notExsit", "机器人不存在",
                                note="code from PLATFORMS.md §1.6; message unverified")
        msg_key, param = body.get("msgKey"), body.get("msgParam")
        if msg_key not in MSG_KEYS:  # the invalidParameter.* codes below are this fake's [?]
            return dt.api_error(400, "invalidParameter.msgKey.invalid", f"msgKey {msg_key!r} 不存在", note="[?]")
        if not isinstance(param, str):  # a JSON *string*, not an object
            return dt.api_error(400, "invalidParameter.msgParam.invalid", "msgParam 必须是 JSON 字符串", note="[?]")
        try:
            fields = json.loads(param)
        except ValueError:
            return dt.api_error(400, "invalidParameter.msgParam.invalid", "msgParam 不是合法的 JSON", note="[?]")
        if not isinstance(fields, dict) or any(not isinstance(fields.get(k), str) or not fields[k]
                                               for k in MSG_KEYS[msg_key]):
            return dt.api_error(400, "invalidParameter.msgParam.invalid", f"msgParam 缺少 {msg_key} 的字段",
                                note="[?]")
        if msg_key == "sampleImageMsg" and not self.known_picture(fields["photoURL"]):
            return dt.api_error(400, "invalidParameter.msgParam.invalid", "photoURL 不是上传过的 media_id 或 URL",
                                note="[?] code: this fake's")
        return None

    async def _batch_send(self, request: Request) -> JSONResponse:
        self.calls.append("oto")
        body = await _body(request)
        refused = self._open_api_guard(request, body, "oto")
        if refused:
            return refused.response()
        users = body.get("userIds")
        if not isinstance(users, list) or not 1 <= len(users) <= 20 or not all(isinstance(u, str) for u in users):
            return dt.api_error(400, "invalidParameter.userIds.invalid", "userIds 需为 1–20 个 staffId",
                                note="the 20-user cap is documented (batchSend); the code is [?]").response()
        invalid = [u for u in users if u in self.invalid_staff]
        flow = [u for u in users if u not in invalid] if self._flow_controlled else []
        self._flow_controlled = max(0, self._flow_controlled - 1)
        delivered = [u for u in users if u not in invalid and u not in flow]
        if delivered:
            self._record("oto", "", delivered, body)
        # batchSend doc: 200 with processQueryKey, invalidStaffIdList, flowControlledStaffIdList
        return JSONResponse({"processQueryKey": uuid.uuid4().hex, "invalidStaffIdList": invalid,
                             "flowControlledStaffIdList": flow})

    async def _group_send(self, request: Request) -> JSONResponse:
        self.calls.append("group")
        body = await _body(request)
        refused = self._open_api_guard(request, body, "group")
        if refused:
            return refused.response()
        cid = body.get("openConversationId")
        if cid not in self.groups:  # the robot must already be in the group (PLATFORMS.md §1.6)
            return dt.api_error(400, "invalidParameter.robotCode.notExsit", "机器人不在该群", note="[?] message").response()
        if len(body["msgParam"].encode()) > MAX_GROUP_PARAM_BYTES:
            return dt.api_error(400, "invalidParameter.msgParam.length", "msgParam 超过 15000 字节", note="[?]").response()
        if self.open_api_group_per_minute is not None and not self._admit(cid, self.open_api_group_per_minute):
            return dt.api_error(400, "send.too.fast", "发送过快", note="undocumented limit, off by default").response()
        self._record("group", cid, [], body)
        return JSONResponse({"processQueryKey": uuid.uuid4().hex})

    async def _session_send(self, request: Request) -> JSONResponse:
        self.calls.append("session")
        refused = self._injected("session")
        if refused:
            return refused.response()
        session = self.sessions.get(request.query_params.get("session", ""))
        if session is None or session.expires_ms <= self.clock() * 1000:
            return dt.session_gone().response()  # unknown or expired session: the same observed answer
        body = await _body(request)
        kind = body.get("msgtype")
        inner = body.get(kind) if isinstance(kind, str) else None
        if kind not in ("text", "markdown", "actionCard") or not isinstance(inner, dict) \
                or not _well_formed(kind, inner):
            return dt.oapi_error(40035, "缺少参数 json", note="40035 = 不合法的参数 in the global table; text [?]"
                                 ).response()
        if len(inner.get("text") or inner.get("content") or "") > MAX_TEXT:
            return dt.oapi_error(460101, "message too long", note="[?] code and limit").response()
        if session.group and not self._admit(session.conversation_id, self.group_limit):
            return dt.too_fast().response()  # assumption: a group's sessionWebhook shares the robot's 20/min
        buttons = [(b["title"], b["actionURL"]) for b in inner.get("btns", [])]
        if inner.get("singleTitle"):
            buttons = [(inner["singleTitle"], inner["singleURL"])]
        self._keep(Sent("session", session.conversation_id, [], kind, inner.get("title", ""),
                        inner.get("text") or inner.get("content", ""), buttons), session.conversation_id)
        return JSONResponse({"errcode": 0, "errmsg": "ok"})

    async def _robot_send(self, request: Request) -> JSONResponse:
        # custom-robot doc: POST /robot/send?access_token=X[&timestamp=T&sign=S]; checks, then 20/min per robot
        self.calls.append("robot")
        refused = self._injected("robot")
        if refused:
            return refused.response()
        q = request.query_params
        robot = self.robots.get(q.get("access_token", ""))
        if robot is None:
            return dt.custom_robot_unknown_token().response()
        if robot.secret is not None:
            ts = q.get("timestamp", "")
            if not ts.isdigit() or abs(int(ts) - self.clock() * 1000) > 3600 * 1000:  # within 1 hour of server time
                return dt.custom_robot_refused("invalid timestamp").response()
            want = base64.b64encode(hmac.new(robot.secret.encode(), f"{ts}\n{robot.secret}".encode(),
                                             hashlib.sha256).digest()).decode()
            if not hmac.compare_digest(q.get("sign", ""), want):
                return dt.custom_robot_refused("sign not match").response()
        body = await _body(request)
        kind = body.get("msgtype")
        inner = body.get(kind) if isinstance(kind, str) else None
        if kind not in ("text", "markdown", "actionCard", "link", "feedCard") or not isinstance(inner, dict):
            return dt.oapi_error(40035, "缺少参数 json", note="[?] text").response()
        if robot.keyword and robot.keyword not in json.dumps(inner, ensure_ascii=False):
            return dt.custom_robot_refused("keywords not in content").response()
        if not self._admit(robot.conversation_id, self.group_limit):
            return dt.too_fast().response()
        self._keep(Sent("robot", robot.conversation_id, [], kind, str(inner.get("title", "")),
                        str(inner.get("text") or inner.get("content") or "")), robot.conversation_id)
        return JSONResponse({"errcode": 0, "errmsg": "ok"})

    # -- helpers -------------------------------------------------------------------------------------

    def _admit(self, conversation_id: str, limit: int) -> bool:
        """custom-robot doc: 20 messages in any minute; the 21st throttles the group for 10 minutes."""
        now = self.clock()
        if now < self._throttled_until.get(conversation_id, 0.0):
            return False
        self._windows.limit = limit
        if self._windows.admit(conversation_id, now):
            self._throttled_until[conversation_id] = now + self.throttle_s
            return False
        return True

    def _keep(self, sent: Sent, key: str) -> None:
        sent.at = self.clock()
        self.messages.append(sent)
        self.send_log.record(sent.at, key, sent)

    def _record(self, via: str, cid: str, users: list[str], body: dict[str, Any]) -> None:
        key, p = body["msgKey"], json.loads(body["msgParam"])
        if key == "sampleActionCard":
            buttons = [(p["singleTitle"], p["singleURL"])]
        else:
            buttons = [(p[f"actionTitle{i}"], p[f"actionURL{i}"]) for i in range(1, 6) if f"actionTitle{i}" in p]
            buttons += [(p[f"buttonTitle{i}"], p[f"buttonUrl{i}"]) for i in (1, 2) if f"buttonTitle{i}" in p]
        kind = {"sampleText": "text", "sampleMarkdown": "markdown", "sampleImageMsg": "image"}.get(key, "actionCard")
        # A picture's text is its photoURL (the media_id: `media[...]` holds the bytes).
        self._keep(Sent(via, cid, users, kind, p.get("title", ""), p.get("text") or p.get("content") or
                        p.get("photoURL", ""), buttons, key), cid or ",".join(users))


running_fake_dingtalk = FakeDingTalk.running


def tap_payload(url: str) -> str:
    """What a tap on a dtmd button sends: the `content` of `dtmd://dingtalkclient/sendMessage?content=…`."""
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("dtmd", "dingtalkclient", "/sendMessage"), url
    return parse_qs(parts.query)["content"][0]


def _well_formed(kind: str, inner: dict[str, Any]) -> bool:
    def text(key: str) -> bool:
        return isinstance(inner.get(key), str) and bool(inner[key].strip())

    if kind == "text":
        return text("content")
    if kind == "markdown":
        return text("title") and text("text")
    btns = inner.get("btns")
    many = isinstance(btns, list) and bool(btns) and all(
        isinstance(b, dict) and isinstance(b.get("title"), str) and isinstance(b.get("actionURL"), str) for b in btns)
    return text("title") and text("text") and (many or (text("singleTitle") and text("singleURL")))


async def _body(request: Request) -> dict[str, Any]:
    try:
        data = await request.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
