"""A fake Feishu open platform for adapter tests, and Feishu's side of the webhook (encrypted, signed events).

`running_fake_feishu()` serves the endpoints the adapter calls on 127.0.0.1 (ephemeral port, background thread):
tenant_access_token, bot/v3/info, im/v1 message create and reply. Like Feishu it checks the Bearer token (code
99991663), the body shapes (content is a JSON *string*, receive_id_type, card schema 2.0), the `uuid` idempotency
key, 5 QPS per chat and 50/s per app (HTTP 429, code 99991400, `x-ogw-ratelimit-reset`). `fail_next` injects 5xx or
429. `FeishuEvents` builds incoming events the way Feishu sends them: the v2 envelope, AES-256-CBC with the Encrypt
Key, X-Lark-Signature over the exact body bytes.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import os
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from Crypto.Cipher import AES  # pycryptodome, which lark-oapi itself depends on
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from tests.fakes.server import FakeServer

APP_ID = "cli_a1b2c3d4e5f6"
APP_SECRET = "fake-app-secret"
VERIFICATION_TOKEN = "v3rificati0n-t0ken"
ENCRYPT_KEY = "fake-encrypt-key-0123"
BOT_OPEN_ID = "ou_bot0000000000000000000000000000"
TENANT_KEY = "2ed263bf32cf1651"
MSG_TYPES = {"text", "post", "image", "file", "audio", "media", "sticker", "interactive", "share_chat", "share_user"}
TEXT_BODY_LIMIT = 150 * 1024  # Feishu: a text message's request body is at most 150 KB
CARD_BODY_LIMIT = 30 * 1024  # and a card's 30 KB


@dataclass
class Sent:
    """A message the fake accepted."""

    message_id: str
    chat_id: str
    msg_type: str
    content: dict[str, Any]
    reply_to: str | None
    uuid: str | None

    @property
    def text(self) -> str:
        if self.msg_type == "text":
            return str(self.content["text"])
        return "\n".join(e["text"]["content"] for e in _walk(self.content) if e.get("tag") == "div")

    @property
    def buttons(self) -> list[tuple[str, dict[str, Any]]]:
        """(label, callback value) of every button in a card."""
        return [(e["text"]["content"], e["behaviors"][0]["value"]) for e in _walk(self.content)
                if e.get("tag") == "button"]


@dataclass
class Attempt:
    path: str
    status: int
    code: int
    at: float = field(default_factory=time.monotonic)


class FakeFeishu(FakeServer):
    name = "fake-feishu"

    def __init__(self, *, token_ttl_s: int = 7200, per_chat_qps: int = 5, per_app_qps: int = 50) -> None:
        self.app = FastAPI()
        self.port: int | None = None
        self.token_ttl_s, self.per_chat_qps, self.per_app_qps = token_ttl_s, per_chat_qps, per_app_qps
        self.tokens: dict[str, float] = {}  # token → expiry (monotonic)
        self.token_requests = 0
        self.sent: list[Sent] = []
        self.attempts: list[Attempt] = []  # every im/v1 call, accepted or not
        self.chats: dict[str, str] = {}  # chat_id → "p2p" | "group": where the bot is a member
        self.messages: dict[str, str] = {}  # message_id → chat_id, incoming and sent
        self._by_uuid: dict[str, tuple[float, dict[str, Any]]] = {}
        self._per_chat: dict[str, deque[float]] = {}
        self._per_app: deque[float] = deque()
        self._failures: deque[tuple[int, int]] = deque()  # (status, reset seconds for 429)
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self.app.post("/open-apis/auth/v3/tenant_access_token/internal")(self._token)
        self.app.get("/open-apis/bot/v3/info")(self._bot_info)
        self.app.post("/open-apis/im/v1/messages")(self._create)
        self.app.post("/open-apis/im/v1/messages/{message_id}/reply")(self._reply)

    # -- test controls ------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        assert self.port is not None, "server not started"
        return f"http://127.0.0.1:{self.port}"

    def add_chat(self, chat_id: str, chat_type: str = "p2p") -> str:
        self.chats[chat_id] = chat_type
        return chat_id

    def new_message_id(self) -> str:
        return f"om_{next(self._ids):032x}"

    def fail_next(self, n: int, status: int = 500, reset_s: int = 1) -> None:
        """The next `n` im/v1 calls answer `status` (500s or a 429 with `x-ogw-ratelimit-reset: reset_s`)."""
        self._failures.extend([(status, reset_s)] * n)

    def revoke_tokens(self) -> None:
        """Every issued tenant_access_token becomes invalid, as after a secret reset or an early expiry."""
        self.tokens.clear()

    def texts(self, chat_id: str | None = None) -> list[str]:
        return [s.text for s in self.sent if chat_id is None or s.chat_id == chat_id]

    # -- endpoints ----------------------------------------------------------------------------

    async def _token(self, request: Request) -> JSONResponse:
        body = await request.json()
        self.token_requests += 1
        if body.get("app_id") != APP_ID or body.get("app_secret") != APP_SECRET:
            return JSONResponse({"code": 10014, "msg": "app secret invalid"}, status_code=400)
        token = f"t-{os.urandom(12).hex()}"
        self.tokens[token] = time.monotonic() + self.token_ttl_s
        return JSONResponse({"code": 0, "msg": "ok", "tenant_access_token": token, "expire": self.token_ttl_s})

    async def _bot_info(self, request: Request) -> JSONResponse:
        if (denied := self._auth(request)) is not None:
            return denied
        return JSONResponse({"code": 0, "msg": "ok", "bot": {"activate_status": 2, "app_name": "Greetbot",
                                                             "avatar_url": "", "ip_white_list": [],
                                                             "open_id": BOT_OPEN_ID}})

    async def _create(self, request: Request) -> JSONResponse:
        return await self._message(request, None)

    async def _reply(self, message_id: str, request: Request) -> JSONResponse:
        return await self._message(request, message_id)

    async def _message(self, request: Request, parent: str | None) -> JSONResponse:
        path = request.url.path
        resp = self._check(request, parent, await request.body())
        body = json.loads(resp.body)
        with self._lock:
            self.attempts.append(Attempt(path, resp.status_code, body.get("code", -1)))
        return resp

    def _check(self, request: Request, parent: str | None, raw: bytes) -> JSONResponse:
        if self._failures:
            status, reset = self._failures.popleft()
            if status == 429:
                return _rate_limited(reset)
            return JSONResponse({"code": 2200, "msg": "Internal Error"}, status_code=status)
        if (denied := self._auth(request)) is not None:
            return denied
        try:
            body = json.loads(raw)
        except ValueError:
            return _invalid("body is not JSON")
        if parent is None:
            if request.query_params.get("receive_id_type") != "chat_id":
                return _invalid("receive_id_type must be chat_id here")
            chat_id = body.get("receive_id")
            if not isinstance(chat_id, str) or not chat_id.startswith("oc_"):
                return _invalid("receive_id")
        elif parent not in self.messages:
            return _invalid("message_id not found")
        else:
            chat_id = self.messages[parent]
        if chat_id not in self.chats:
            return JSONResponse({"code": 230002, "msg": "Bot/User can NOT be out of the chat."}, status_code=400)
        problem, content = _check_content(body.get("msg_type"), body.get("content"), len(raw))
        if problem:
            return JSONResponse({"code": 230001 if problem != "too long" else 230025, "msg": problem},
                                status_code=400)
        key = body.get("uuid")
        if key is not None and (not isinstance(key, str) or len(key) > 50):
            return _invalid("uuid longer than 50 characters")
        with self._lock:
            if key and key in self._by_uuid and time.monotonic() - self._by_uuid[key][0] < 3600:
                return _ok(self._by_uuid[key][1])  # the same uuid within 1 h: the first message again
            if self._over_limit(chat_id):
                return _rate_limited(1)
            message_id = self.new_message_id()
            self.messages[message_id] = chat_id
            self.sent.append(Sent(message_id, chat_id, body["msg_type"], content, parent, key))
            data = {"message_id": message_id, "root_id": parent or "", "parent_id": parent or "",
                    "msg_type": body["msg_type"], "create_time": str(int(time.time() * 1000)),
                    "update_time": str(int(time.time() * 1000)), "deleted": False, "updated": False,
                    "chat_id": chat_id, "sender": {"id": APP_ID, "id_type": "app_id", "sender_type": "app",
                                                   "tenant_key": TENANT_KEY},
                    "body": {"content": body["content"]}, "mentions": []}
            if key:
                self._by_uuid[key] = (time.monotonic(), data)
        return _ok(data)

    def _auth(self, request: Request) -> JSONResponse | None:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme != "Bearer" or self.tokens.get(token, 0) < time.monotonic():
            return JSONResponse({"code": 99991663, "msg": "invalid access token"}, status_code=400)
        return None

    def _over_limit(self, chat_id: str) -> bool:
        now = time.monotonic()
        chat = self._per_chat.setdefault(chat_id, deque())
        for window in (chat, self._per_app):
            while window and now - window[0] >= 1.0:
                window.popleft()
        if len(chat) >= self.per_chat_qps or len(self._per_app) >= self.per_app_qps:
            return True
        chat.append(now)
        self._per_app.append(now)
        return False




running_fake_feishu = FakeFeishu.running


def _check_content(msg_type: Any, content: Any, size: int) -> tuple[str | None, dict[str, Any]]:
    """(problem, parsed content): Feishu wants `content` as a JSON string matching msg_type."""
    if msg_type not in MSG_TYPES:
        return f"unknown msg_type {msg_type!r}", {}
    if not isinstance(content, str):
        return "content must be a JSON string", {}
    try:
        parsed = json.loads(content)
    except ValueError:
        return "content is not valid JSON", {}
    if not isinstance(parsed, dict):
        return "content must be a JSON object", {}
    if msg_type == "text":
        if not isinstance(parsed.get("text"), str) or not parsed["text"].strip():
            return "text content needs a non-empty text", {}
        return ("too long" if size > TEXT_BODY_LIMIT else None), parsed
    if msg_type == "interactive":
        if size > CARD_BODY_LIMIT:
            return "too long", {}
        if parsed.get("schema") != "2.0" or not isinstance((parsed.get("body") or {}).get("elements"), list):
            return "card must be schema 2.0 with body.elements", {}
        for el in _walk(parsed):
            if el.get("tag") == "action":  # Feishu: error 200861, schema 2.0 has no action container
                return "cards of schema V2 no longer support this capability", {}
            if el.get("tag") == "button":
                text, behaviors = el.get("text") or {}, el.get("behaviors")
                if text.get("tag") != "plain_text" or not 0 < len(str(text.get("content") or "")) <= 100:
                    return "button text must be plain_text of 1-100 characters", {}
                if not (isinstance(behaviors, list) and behaviors and behaviors[0].get("type") == "callback"
                        and isinstance(behaviors[0].get("value"), dict)):
                    return "button needs a callback behavior with an object value", {}
    return None, parsed


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    """Every element of a card, depth first."""
    if isinstance(node, dict):
        if "tag" in node:
            yield node
        for key in ("body", "elements", "columns"):
            if key in node:
                yield from _walk(node[key])
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def _ok(data: dict[str, Any]) -> JSONResponse:
    return JSONResponse({"code": 0, "msg": "success", "data": data})


def _invalid(detail: str) -> JSONResponse:
    return JSONResponse({"code": 230001, "msg": f"Your request contains an invalid request parameter, ext={detail}"},
                        status_code=400)


def _rate_limited(reset_s: int) -> JSONResponse:
    return JSONResponse({"code": 99991400, "msg": "request trigger frequency limit"}, status_code=429,
                        headers={"x-ogw-ratelimit-reset": str(reset_s)})


# Feishu's side of the webhook ------------------------------------------------------------------


def encrypt(encrypt_key: str, plaintext: str) -> str:
    """What Feishu puts in {"encrypt": …}: base64(iv + AES-256-CBC(PKCS7(plaintext))), key = SHA256(encrypt_key)."""
    data = plaintext.encode()
    pad = 16 - len(data) % 16
    iv = os.urandom(16)
    key = hashlib.sha256(encrypt_key.encode()).digest()
    return base64.b64encode(iv + AES.new(key, AES.MODE_CBC, iv).encrypt(data + bytes([pad]) * pad)).decode()


class FeishuEvents:
    """Builds webhook requests as Feishu sends them; message ids it invents are known to the fake server."""

    def __init__(self, fake: FakeFeishu, *, token: str = VERIFICATION_TOKEN,
                 encrypt_key: str | None = ENCRYPT_KEY) -> None:
        self.fake, self.token, self.encrypt_key = fake, token, encrypt_key

    def envelope(self, event_type: str, event: dict[str, Any], *, event_id: str | None = None) -> dict[str, Any]:
        return {"schema": "2.0", "header": {"event_id": event_id or os.urandom(16).hex(), "event_type": event_type,
                                            "create_time": str(int(time.time() * 1000)), "token": self.token,
                                            "app_id": APP_ID, "tenant_key": TENANT_KEY}, "event": event}

    def message(self, chat_id: str, user: str, text: str | None = None, *, chat_type: str = "p2p",
                mentions: Sequence[tuple[str, str, str]] = (), parent_id: str = "", message_type: str = "text",
                content: dict[str, Any] | None = None, message_id: str | None = None) -> dict[str, Any]:
        """An im.message.receive_v1 envelope; `mentions` are (key, open_id, name) as in `@_user_1` text keys."""
        if chat_id not in self.fake.chats:
            self.fake.add_chat(chat_id, chat_type)
        message_id = message_id or self.fake.new_message_id()
        self.fake.messages[message_id] = chat_id
        now = str(int(time.time() * 1000))
        return self.envelope("im.message.receive_v1", {
            "sender": {"sender_id": {"open_id": user, "union_id": "on_" + user[3:], "user_id": None},
                       "sender_type": "user", "tenant_key": TENANT_KEY},
            "message": {"message_id": message_id, "root_id": parent_id, "parent_id": parent_id, "create_time": now,
                        "update_time": now, "chat_id": chat_id, "thread_id": "", "chat_type": chat_type,
                        "message_type": message_type,
                        "content": json.dumps(content if content is not None else {"text": text}, ensure_ascii=False),
                        "mentions": [{"key": k, "id": {"open_id": oid, "union_id": "on_" + oid[3:], "user_id": None},
                                      "name": name, "tenant_key": TENANT_KEY} for k, oid, name in mentions],
                        "user_agent": "Mozilla/5.0 Lark/7.30.0"}})

    def card_action(self, chat_id: str, user: str, value: dict[str, Any], *, card_message_id: str) -> dict[str, Any]:
        """A card.action.trigger envelope for a tap on a button whose callback value is `value`."""
        return self.envelope("card.action.trigger", {
            "operator": {"tenant_key": TENANT_KEY, "user_id": None, "open_id": user, "union_id": "on_" + user[3:]},
            "token": "c-" + os.urandom(8).hex(), "action": {"value": value, "tag": "button"}, "host": "im_message",
            "delivery_type": "", "context": {"open_message_id": card_message_id, "open_chat_id": chat_id}})

    def url_verification(self, challenge: str) -> dict[str, Any]:
        return {"challenge": challenge, "token": self.token, "type": "url_verification"}

    def seal(self, payload: dict[str, Any], *, timestamp: int | None = None, sign_with: str | None = None,
             signed: bool = True) -> tuple[bytes, dict[str, str]]:
        """(body, headers) as Feishu posts them: encrypted when an Encrypt Key is set, then signed."""
        plain = json.dumps(payload, ensure_ascii=False)
        body = (json.dumps({"encrypt": encrypt(self.encrypt_key, plain)}) if self.encrypt_key else plain).encode()
        return body, self.headers(body, timestamp=timestamp, sign_with=sign_with, signed=signed)

    def headers(self, body: bytes, *, timestamp: int | None = None, sign_with: str | None = None,
                signed: bool = True) -> dict[str, str]:
        """Feishu's request headers for `body`: X-Lark-Signature = sha256(timestamp + nonce + key + body)."""
        headers = {"content-type": "application/json; charset=utf-8", "x-request-id": os.urandom(8).hex()}
        key = sign_with or self.encrypt_key
        if signed and key:
            ts, nonce = str(timestamp if timestamp is not None else int(time.time())), os.urandom(8).hex()
            headers |= {"X-Lark-Request-Timestamp": ts, "X-Lark-Request-Nonce": nonce,
                        "X-Lark-Signature": hashlib.sha256((ts + nonce + key).encode() + body).hexdigest()}
        return headers
