"""A fake DingTalk for adapter tests: sessionWebhook, robot Open API, access tokens and the Stream gateway.

`running_fake_dingtalk()` serves it with uvicorn on 127.0.0.1 (ephemeral port) in a background thread. It checks
what DingTalk checks (session known and alive, access token header, robotCode, msgParam as a JSON string,
known msgKeys and their fields), throttles a group past 20 messages a minute for 10 minutes with errcode 130101,
can be told to fail the next N sends, and records every accepted message. It also builds callback bodies the
way DingTalk does, each with a fresh session, and signs them.
Codes marked [?] are plausible stand-ins: DingTalk does not document them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from fastapi import FastAPI, Request, WebSocket, WebSocketDisconnect
from fastapi.responses import JSONResponse
from tests.fakes.server import FakeServer

STREAM_TOPIC = "/v1.0/im/bot/messages/get"
TOO_FAST = {"errcode": 130101, "errmsg": "send too fast, exceed 20 times per minute"}
# msgKey → the msgParam fields it needs.
MSG_KEYS: dict[str, tuple[str, ...]] = {
    "sampleText": ("content",),
    "sampleMarkdown": ("title", "text"),
    "sampleActionCard": ("title", "text", "singleTitle", "singleURL"),
    **{f"sampleActionCard{n}": ("title", "text",
                                 *(f"{k}{i}" for i in range(1, n + 1) for k in ("actionTitle", "actionURL")))
       for n in (2, 3, 4, 5)},
    "sampleActionCard6": ("title", "text", "buttonTitle1", "buttonUrl1", "buttonTitle2", "buttonUrl2"),
}
MAX_TEXT = 5000  # [?] markdown/actionCard text
MAX_GROUP_PARAM_BYTES = 15000


@dataclass
class Sent:
    """One accepted message, whichever way it came."""

    via: str  # "session" | "oto" | "group"
    conversation_id: str  # the session's conversation, or openConversationId; "" for batchSend
    user_ids: list[str]
    type: str  # "markdown" | "actionCard" | "text"
    title: str
    text: str
    buttons: list[tuple[str, str]] = field(default_factory=list)  # (title, url)
    msg_key: str = ""


@dataclass
class _Session:
    conversation_id: str
    group: bool
    expires_ms: int


class FakeDingTalk(FakeServer):
    name = "fake-dingtalk"
    server_options = {"ws": "websockets-sansio"}  # the stream gateway is a websocket

    def __init__(self, app_key: str = "dingfakeappkey", app_secret: str = "fake-app-secret", *,
                 clock: Callable[[], float] = time.time) -> None:
        self.app_key, self.app_secret, self.clock = app_key, app_secret, clock
        self.group_limit, self.throttle_s = 20, 600.0
        self.sessions: dict[str, _Session] = {}
        self.tokens: dict[str, float] = {}
        self.token_requests = 0
        self.messages: list[Sent] = []
        self.calls: list[str] = []  # one entry per send request that reached us, accepted or not
        self.invalid_staff: set[str] = set()
        self.groups: set[str] = set()
        self.stream_frames: list[dict[str, Any]] = []  # pushed to each Stream connection, in order
        self.acks: list[dict[str, Any]] = []
        self.stream_opens = 0
        self._tickets: set[str] = set()
        self._failures: deque[tuple[int, float | None]] = deque()
        self._flow_controlled = 0
        self._windows: dict[str, deque[float]] = {}
        self._throttled_until: dict[str, float] = {}
        self.port: int | None = None
        self.app = FastAPI()
        self.app.post("/v1.0/oauth2/accessToken")(self._token)
        self.app.post("/v1.0/robot/oToMessages/batchSend")(self._batch_send)
        self.app.post("/v1.0/robot/groupMessages/send")(self._group_send)
        self.app.post("/robot/sendBySession")(self._session_send)
        self.app.post("/v1.0/gateway/connections/open")(self._open_stream)
        self.app.websocket("/gateway")(self._gateway)

    # -- test controls ------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        assert self.port is not None, "server not started"
        return f"http://127.0.0.1:{self.port}"

    def fail_next(self, n: int = 1, *, status: int = 500, retry_after: float | None = None) -> None:
        """Refuse the next `n` send requests: HTTP 5xx/429, or status=130101 for the 'too fast' errcode."""
        self._failures.extend([(status, retry_after)] * n)

    def flow_control_next(self, n: int = 1) -> None:
        """The next `n` batchSends come back with every recipient in flowControlledStaffIdList."""
        self._flow_controlled += n

    def revoke_tokens(self) -> None:
        self.tokens.clear()

    def new_session(self, conversation_id: str, *, group: bool, ttl_s: float = 5400.0) -> tuple[str, int]:
        """A sessionWebhook URL and its expiry (ms), as DingTalk puts them in a callback."""
        token = uuid.uuid4().hex
        expires_ms = int((self.clock() + ttl_s) * 1000)
        self.sessions[token] = _Session(conversation_id, group, expires_ms)
        if group:
            self.groups.add(conversation_id)
        return f"{self.base_url}/robot/sendBySession?session={token}", expires_ms

    def callback(self, text: str | None, *, group: bool = False, staff_id: str = "staff-1", nick: str = "小王",
                 conversation_id: str | None = None, msg_id: str | None = None, in_at_list: bool | None = None,
                 msgtype: str = "text", session_ttl_s: float = 5400.0, replied_sender: str | None = None,
                 extra: dict[str, Any] | None = None) -> dict[str, Any]:
        """A robot callback body shaped like DingTalk's (the @ removed from the text, its space left)."""
        cid = conversation_id or ("cidGroupTeam==" if group else f"cidDM{staff_id}==")
        hook, expires = self.new_session(cid, group=group, ttl_s=session_ttl_s)
        now_ms = int(self.clock() * 1000)
        body: dict[str, Any] = {
            "msgtype": msgtype, "msgId": msg_id or f"msg{uuid.uuid4().hex[:12]}", "createAt": now_ms,
            "conversationType": "2" if group else "1", "conversationId": cid, "senderId": f"$:LWCP_v1:${staff_id}",
            "senderStaffId": staff_id, "senderNick": nick, "senderCorpId": "dingcorp",
            "chatbotUserId": "$:LWCP_v1:$bot", "chatbotCorpId": "dingcorp", "robotCode": self.app_key, "isAdmin": False,
            "sessionWebhook": hook, "sessionWebhookExpiredTime": expires,
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
        ts = str(timestamp_ms if timestamp_ms is not None else int(self.clock() * 1000))
        key = (secret or self.app_secret).encode()
        sign = base64.b64encode(hmac.new(key, f"{ts}\n{secret or self.app_secret}".encode(), hashlib.sha256).digest())
        return {"timestamp": ts, "sign": sign.decode()}

    def stream_frame(self, data: dict[str, Any], message_id: str | None = None) -> dict[str, Any]:
        return {"specVersion": "1.0", "type": "CALLBACK", "data": json.dumps(data, ensure_ascii=False),
                "headers": {"appId": "app", "connectionId": "conn", "contentType": "application/json",
                            "messageId": message_id or uuid.uuid4().hex, "time": str(int(self.clock() * 1000)),
                            "topic": STREAM_TOPIC}}

    # -- endpoints -----------------------------------------------------------------------------------

    async def _token(self, request: Request) -> JSONResponse:
        self.token_requests += 1
        body = await _body(request)
        if body.get("appKey") != self.app_key or body.get("appSecret") != self.app_secret:
            return _api_error(400, "invalidClientIdOrSecret", "无效的clientId或者clientSecret")  # [?]
        now = self.clock()
        live = [t for t, until in self.tokens.items() if until > now]
        token = live[0] if live else f"tok-{uuid.uuid4().hex[:8]}"  # the same token inside its lifetime
        self.tokens.setdefault(token, now + 7200)
        return JSONResponse({"accessToken": token, "expireIn": int(self.tokens[token] - now)})

    def _open_api_guard(self, request: Request, body: dict[str, Any]) -> JSONResponse | None:
        failure = self._forced_failure()
        if failure:
            status, after = failure
            headers = {"Retry-After": str(int(after))} if after is not None else None
            code = "Throttling" if status == 429 else "ServiceUnavailable"
            return _api_error(status, code, "injected failure", headers=headers)
        token = request.headers.get("x-acs-dingtalk-access-token", "")
        if self.tokens.get(token, 0) <= self.clock():
            return _api_error(401, "InvalidAuthentication", "不合法的access_token")
        if body.get("robotCode") != self.app_key:
            return _api_error(400, "invalidParameter.robotCode.notExsit", "机器人不存在")
        msg_key, param = body.get("msgKey"), body.get("msgParam")
        if msg_key not in MSG_KEYS:
            return _api_error(400, "invalidParameter.msgKey.invalid", f"msgKey {msg_key!r} 不存在")
        if not isinstance(param, str):  # a JSON *string*, not an object
            return _api_error(400, "invalidParameter.msgParam.invalid", "msgParam 必须是 JSON 字符串")
        try:
            fields = json.loads(param)
        except ValueError:
            return _api_error(400, "invalidParameter.msgParam.invalid", "msgParam 不是合法的 JSON")
        if not isinstance(fields, dict) or any(not isinstance(fields.get(k), str) or not fields[k]
                                               for k in MSG_KEYS[msg_key]):
            return _api_error(400, "invalidParameter.msgParam.invalid", f"msgParam 缺少 {msg_key} 的字段")
        return None

    async def _batch_send(self, request: Request) -> JSONResponse:
        self.calls.append("oto")
        body = await _body(request)
        refused = self._open_api_guard(request, body)
        if refused:
            return refused
        users = body.get("userIds")
        if not isinstance(users, list) or not 1 <= len(users) <= 20 or not all(isinstance(u, str) for u in users):
            return _api_error(400, "invalidParameter.userIds.invalid", "userIds 需为 1–20 个 staffId")
        invalid = [u for u in users if u in self.invalid_staff]
        flow = [u for u in users if u not in invalid] if self._flow_controlled else []
        self._flow_controlled = max(0, self._flow_controlled - 1)
        delivered = [u for u in users if u not in invalid and u not in flow]
        if delivered:
            self._record("oto", "", delivered, body)
        return JSONResponse({"processQueryKey": uuid.uuid4().hex, "invalidStaffIdList": invalid,
                             "flowControlledStaffIdList": flow})

    async def _group_send(self, request: Request) -> JSONResponse:
        self.calls.append("group")
        body = await _body(request)
        refused = self._open_api_guard(request, body)
        if refused:
            return refused
        cid = body.get("openConversationId")
        if cid not in self.groups:  # the robot must already be in the group
            return _api_error(400, "invalidParameter.robotCode.notExsit", "机器人不在该群")
        if len(body["msgParam"].encode()) > MAX_GROUP_PARAM_BYTES:
            return _api_error(400, "invalidParameter.msgParam.length", "msgParam 超过 15000 字节")
        if not self._admit(cid):
            return _api_error(400, "send.too.fast", "发送过快")  # [?] the Open API's code for it
        self._record("group", cid, [], body)
        return JSONResponse({"processQueryKey": uuid.uuid4().hex})

    async def _session_send(self, request: Request) -> JSONResponse:
        self.calls.append("session")
        failure = self._forced_failure()
        if failure:
            status, after = failure
            if status == 130101:
                return JSONResponse(TOO_FAST)
            headers = {"Retry-After": str(int(after))} if after is not None else None
            return JSONResponse({"errcode": -1, "errmsg": "系统繁忙"}, status_code=status, headers=headers)
        session = self.sessions.get(request.query_params.get("session", ""))
        if session is None:
            return JSONResponse({"errcode": 300001, "errmsg": "session is not exist"})  # [?]
        if session.expires_ms <= self.clock() * 1000:
            return JSONResponse({"errcode": 300001, "errmsg": "session expired"})  # [?]
        body = await _body(request)
        kind = body.get("msgtype")
        inner = body.get(kind) if isinstance(kind, str) else None
        if kind not in ("text", "markdown", "actionCard") or not isinstance(inner, dict) \
                or not _well_formed(kind, inner):
            return JSONResponse({"errcode": 40035, "errmsg": "缺少参数 json"})
        if len(inner.get("text") or inner.get("content") or "") > MAX_TEXT:
            return JSONResponse({"errcode": 460101, "errmsg": "message too long"})  # [?]
        if session.group and not self._admit(session.conversation_id):
            return JSONResponse(TOO_FAST)
        buttons = [(b["title"], b["actionURL"]) for b in inner.get("btns", [])]
        if inner.get("singleTitle"):
            buttons = [(inner["singleTitle"], inner["singleURL"])]
        self.messages.append(Sent("session", session.conversation_id, [], kind, inner.get("title", ""),
                                  inner.get("text") or inner.get("content", ""), buttons))
        return JSONResponse({"errcode": 0, "errmsg": "ok"})

    async def _open_stream(self, request: Request) -> JSONResponse:
        body = await _body(request)
        if body.get("clientId") != self.app_key or body.get("clientSecret") != self.app_secret:
            return _api_error(401, "InvalidAuthentication", "clientId/clientSecret 不正确")  # [?]
        topics = {s.get("topic") for s in body.get("subscriptions") or [] if isinstance(s, dict)}
        if STREAM_TOPIC not in topics:
            return _api_error(400, "invalidParameter.subscriptions", "没有订阅")
        self.stream_opens += 1
        ticket = uuid.uuid4().hex
        self._tickets.add(ticket)
        return JSONResponse({"endpoint": f"ws://127.0.0.1:{self.port}/gateway", "ticket": ticket})

    async def _gateway(self, ws: WebSocket) -> None:
        ticket = ws.query_params.get("ticket", "")
        if ticket not in self._tickets:
            await ws.close(code=1008)
            return
        self._tickets.discard(ticket)
        await ws.accept()
        try:
            for frame in list(self.stream_frames):
                await ws.send_text(json.dumps(frame, ensure_ascii=False))
                self.acks.append(json.loads(await ws.receive_text()))
            while True:  # hold the connection until the client leaves
                await ws.receive_text()
        except WebSocketDisconnect:
            return

    # -- helpers -------------------------------------------------------------------------------------

    def _forced_failure(self) -> tuple[int, float | None] | None:
        return self._failures.popleft() if self._failures else None

    def _admit(self, conversation_id: str) -> bool:
        """DingTalk's group rule: 20 messages in any minute; the 21st locks the group for 10 minutes."""
        now = self.clock()
        if now < self._throttled_until.get(conversation_id, 0.0):
            return False
        window = self._windows.setdefault(conversation_id, deque())
        while window and now - window[0] >= 60:
            window.popleft()
        if len(window) >= self.group_limit:
            self._throttled_until[conversation_id] = now + self.throttle_s
            return False
        window.append(now)
        return True

    def _record(self, via: str, cid: str, users: list[str], body: dict[str, Any]) -> None:
        key, p = body["msgKey"], json.loads(body["msgParam"])
        if key == "sampleActionCard":
            buttons = [(p["singleTitle"], p["singleURL"])]
        else:
            buttons = [(p[f"actionTitle{i}"], p[f"actionURL{i}"]) for i in range(1, 6) if f"actionTitle{i}" in p]
            buttons += [(p[f"buttonTitle{i}"], p[f"buttonUrl{i}"]) for i in (1, 2) if f"buttonTitle{i}" in p]
        kind = "text" if key == "sampleText" else "markdown" if key == "sampleMarkdown" else "actionCard"
        self.messages.append(Sent(via, cid, users, kind, p.get("title", ""), p.get("text") or p.get("content", ""),
                                  buttons, key))


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


def _api_error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    # The new API's error shape: {"code", "message", "requestid"} [? exact fields]
    return JSONResponse({"code": code, "message": message, "requestid": uuid.uuid4().hex.upper()},
                        status_code=status, headers=headers)
