"""DingTalk's Stream gateway, as a mixin for FakeDingTalk: connection registration, the websocket, system frames,
acks and redelivery.

Sources:
- Protocol: https://open-dingtalk.github.io/developerpedia/docs/learn/stream/protocol (repo open-dingtalk/developerpedia
  docs/learn/stream/protocol.md): POST /v1.0/gateway/connections/open {clientId, clientSecret, subscriptions, ua,
  localIp} -> {endpoint, ticket}; "ticket的有效期为90秒且只能用来建立一条连接"; frames {specVersion, type SYSTEM|EVENT|
  CALLBACK, headers{topic, messageId, contentType, time, ...}, data: JSON string}; the client answers each with
  {code, headers{messageId, contentType}, message, data}; SYSTEM topic "ping" carries data {"opaque": ...} and the
  answer echoes it; SYSTEM topic "disconnect" carries {"reason": ...}, needs no answer, and the server closes the TCP
  connection after 10 s of silence; EVENT answers carry data {"status": "SUCCESS"|"LATER"}.
- Redelivery: the same page's FAQ: EVENT pushes are re-sent when not acked in time ("会触发服务端的超时重新推送"), while
  "机器人消息当前是fire-forgot模式，不会因为网络超时而重复推送" (robot messages are not). Issues report robot CALLBACK
  messages redelivered anyway when the ack came late: about 16 s (soimy/openclaw-channel-dingtalk#390) or 60 s
  (DingTalk-Real-AI/dingtalk-openclaw-connector#302) [obs]. So: EVENT frames are redelivered once `redeliver_after_s`
  is set; CALLBACK frames only when a test also sets `redeliver_callbacks` (the observed behaviour). The timeout and
  the number of retries are not documented: both are test settings.
- Client behaviour this must work with: dingtalk_stream/stream.py DingTalkStreamClient.route_message (acks every
  frame, closes the socket after a SYSTEM "disconnect"), dingtalk_stream/handlers.py SystemHandler.raw_process (acks
  a system frame echoing its data), dingtalk_stream/frames.py AckMessage (STATUS_OK 200 ... 500).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from fastapi import Request, WebSocket, WebSocketDisconnect
from fastapi.responses import JSONResponse

from tests.fakes import dingtalk_answers as dt

STREAM_TOPIC = "/v1.0/im/bot/messages/get"  # developerpedia protocol: 机器人消息回调
TICKET_TTL_S = 90.0  # protocol page: a ticket lives 90 s and opens one connection
DISCONNECT_GRACE_S = 10.0  # protocol page: 服务端在静默10s之后会主动断开 tcp 连接


@dataclass
class StreamConnection:
    opened_at: float
    closed_by: str = ""  # "client" | "server" | "" while open
    frames: list[str] = field(default_factory=list)  # messageIds (or topics) sent over it


class StreamGateway:
    """Mixin: needs `app`, `app_key`, `app_secret`, `clock`, `port` and `_stopping` from FakeDingTalk."""

    app: Any
    app_key: str
    app_secret: str
    port: int | None
    _stopping: bool

    def clock(self) -> float: ...  # provided by FakeDingTalk

    def _init_stream(self) -> None:
        self.stream_frames: list[dict[str, Any]] = []  # delivered once each, in order, over the open connection
        self.acks: list[dict[str, Any]] = []  # every answer the client sent, in arrival order
        self.deliveries: list[tuple[str, int, float]] = []  # (messageId, attempt: 0 = first push, time)
        self.connections: list[StreamConnection] = []
        self.stream_opens = 0
        self.redeliver_after_s: float | None = None  # EVENT frames not acked OK within this are pushed again
        self.redeliver_callbacks = False  # CALLBACK frames too (observed, not documented)
        self.max_redeliveries = 3
        self.ack_wait_s = 5.0  # how long the gateway waits for an ack before pushing the next frame
        self.disconnect_grace_s = DISCONNECT_GRACE_S
        self._tickets: dict[str, float] = {}
        self._cursor = 0
        self._backlog: deque[tuple[dict[str, Any], int]] = deque()  # (frame, attempt) due again
        self.app.post("/v1.0/gateway/connections/open")(self._open_stream)
        self.app.websocket("/gateway")(self._gateway)

    # -- frames ---------------------------------------------------------------------------------

    def stream_frame(self, data: dict[str, Any], message_id: str | None = None, *, topic: str = STREAM_TOPIC
                     ) -> dict[str, Any]:
        """A CALLBACK frame (robot message by default) as the protocol page shows it."""
        return {"specVersion": "1.0", "type": "CALLBACK", "data": json.dumps(data, ensure_ascii=False),
                "headers": {"appId": "app", "connectionId": "conn", "contentType": "application/json",
                            "messageId": message_id or uuid.uuid4().hex, "time": str(int(self.clock() * 1000)),
                            "topic": topic}}

    def event_frame(self, data: dict[str, Any], event_type: str = "chat_update_title",
                    message_id: str | None = None) -> dict[str, Any]:
        now = str(int(self.clock() * 1000))
        return {"specVersion": "1.0", "type": "EVENT", "data": json.dumps(data, ensure_ascii=False),
                "headers": {"topic": "*", "messageId": message_id or uuid.uuid4().hex, "contentType":
                            "application/json", "time": now, "eventType": event_type, "eventId": uuid.uuid4().hex,
                            "eventBornTime": now, "eventCorpId": "dingcorp", "eventUnifiedAppId": "app"}}

    def ping_frame(self, opaque: str | None = None, message_id: str | None = None) -> dict[str, Any]:
        return {"specVersion": "1.0", "type": "SYSTEM",
                "headers": {"topic": "ping", "messageId": message_id or uuid.uuid4().hex,
                            "contentType": "application/json", "time": str(int(self.clock() * 1000))},
                "data": json.dumps({"opaque": opaque or uuid.uuid4().hex})}

    def disconnect_frame(self, reason: str = "connection is expired") -> dict[str, Any]:
        return {"specVersion": "1.0", "type": "SYSTEM", "headers": {"topic": "disconnect",
                                                                    "contentType": "application/json"},
                "data": json.dumps({"reason": reason})}

    def push_frame(self, frame: dict[str, Any]) -> None:
        """Deliver `frame` over the open connection (or the next one), after the frames before it."""
        self.stream_frames.append(frame)

    def ack_for(self, message_id: str) -> dict[str, Any] | None:
        return next((a for a in reversed(self.acks) if (a.get("headers") or {}).get("messageId") == message_id),
                    None)

    # -- endpoints -----------------------------------------------------------------------------------

    async def _open_stream(self, request: Request) -> JSONResponse:
        try:
            body = await request.json()
        except ValueError:
            body = {}
        body = body if isinstance(body, dict) else {}
        if body.get("clientId") != self.app_key or body.get("clientSecret") != self.app_secret:
            refused = dt.api_error(401, "InvalidAuthentication", "clientId/clientSecret 不正确",
                                   source=dt.STREAM_PROTOCOL, note="the answer to wrong credentials is unverified")
            return refused.response()
        topics = {s.get("topic") for s in body.get("subscriptions") or [] if isinstance(s, dict)}
        if STREAM_TOPIC not in topics and "*" not in topics:
            return dt.api_error(400, "invalidParameter.subscriptions", "没有订阅", source=dt.STREAM_PROTOCOL,
                                note="the answer to no subscription is unverified").response()
        self.stream_opens += 1
        ticket = uuid.uuid4().hex
        self._tickets[ticket] = self.clock()
        return JSONResponse({"endpoint": f"ws://127.0.0.1:{self.port}/gateway", "ticket": ticket})

    def _next_frame(self) -> tuple[dict[str, Any], int] | None:
        if self._backlog:
            return self._backlog.popleft()
        if self._cursor < len(self.stream_frames):
            self._cursor += 1
            return self.stream_frames[self._cursor - 1], 0
        return None

    async def _gateway(self, ws: WebSocket) -> None:
        issued = self._tickets.pop(ws.query_params.get("ticket", ""), None)  # one connection per ticket
        if issued is None or self.clock() - issued > TICKET_TTL_S:
            await ws.close(code=1008)  # how DingTalk refuses a bad ticket is not documented
            return
        await ws.accept()
        conn = StreamConnection(self.clock())
        self.connections.append(conn)
        acked: dict[str, dict[str, Any]] = {}
        closed = asyncio.Event()

        async def read() -> None:
            try:
                while True:
                    message = json.loads(await ws.receive_text())
                    self.acks.append(message)
                    mid = (message.get("headers") or {}).get("messageId") if isinstance(message, dict) else None
                    if mid:
                        acked[mid] = message
            except (WebSocketDisconnect, RuntimeError, ValueError):
                conn.closed_by = conn.closed_by or "client"
                closed.set()

        reader = asyncio.create_task(read())
        try:
            while not closed.is_set() and not self._stopping:
                item = self._next_frame()
                if item is None:
                    await asyncio.sleep(0.02)
                    continue
                frame, attempt = item
                headers = frame.get("headers") or {}
                mid = headers.get("messageId")
                acked.pop(mid, None)
                await ws.send_text(json.dumps(frame, ensure_ascii=False))
                conn.frames.append(mid or headers.get("topic", ""))
                self.deliveries.append((mid or headers.get("topic", ""), attempt, self.clock()))
                if frame.get("type") == "SYSTEM" and headers.get("topic") == "disconnect":
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(closed.wait(), self.disconnect_grace_s)
                    if not closed.is_set():
                        conn.closed_by = "server"
                        await ws.close()
                    return
                if not mid:
                    continue
                again = self.redeliver_after_s is not None and (
                    frame.get("type") == "EVENT" or (frame.get("type") == "CALLBACK" and self.redeliver_callbacks))
                wait = self.redeliver_after_s if again else self.ack_wait_s
                await self._wait_for(lambda: mid in acked or closed.is_set(), wait)
                if again and not _acked_ok(frame, acked.get(mid)) and attempt < self.max_redeliveries:
                    self._backlog.appendleft((frame, attempt + 1))
        finally:
            reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await reader
            if not conn.closed_by:
                conn.closed_by = "server"
                with contextlib.suppress(Exception):
                    await ws.close()

    async def _wait_for(self, done: Any, seconds: float) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while not done() and loop.time() < deadline and not self._stopping:
            await asyncio.sleep(0.01)


def _acked_ok(frame: dict[str, Any], ack: dict[str, Any] | None) -> bool:
    """An ack that settles the frame: code 200, and for an EVENT not data.status LATER (protocol page)."""
    if not ack or ack.get("code") != 200:
        return False
    if frame.get("type") == "EVENT":
        try:
            data = json.loads(ack.get("data") or "{}")
        except (TypeError, ValueError):
            return True
        return not (isinstance(data, dict) and data.get("status") == "LATER")
    return True
