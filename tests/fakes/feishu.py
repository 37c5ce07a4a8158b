"""A fake Feishu open platform for adapter tests, and (re-exported from feishu_events) Feishu's side of the webhook.

`running_fake_feishu()` serves the endpoints the adapter calls on 127.0.0.1 (ephemeral port, background thread):
tenant_access_token, bot/v3/info, im/v1 message create and reply, and (feishu_chats.py) chat info, chat members and
is_in_chat for groups declared with `set_chat(chat_id, owner=, managers=, members=)`. It answers as the documents
say (feishu_answers.py names each source): the Bearer token (99991661 missing, 99991663 invalid/expired), body
shapes (content is a JSON *string*, card schema 2.0), receive_id_type chat_id and open_id (also union_id, user_id,
email), the `uuid` idempotency key (1 hour), 5 QPS per chat/user (HTTP 400, 230020; the budget is shared with other
bots in the chat: `note_foreign_sends`) and 50/s and 1000/min per app (HTTP 429, 99991400, x-ogw-ratelimit-*).
Switchable per test: `inject(answer)` answers the next message create/reply call(s) with any feishu_answers answer
(e.g. custom_bot_rate_limited(), chat_rate_limited()), `inject_chat` the chat APIs'; `inject_token_error(code)`
answers one call with a token-invalid code and revokes that token; `fail_next` injects 5xx or 429. Every accepted
message is in `sent` and `send_log` with its time: `max_per_second()`.
"""

from __future__ import annotations

import itertools
import json
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from tests.fakes import feishu_answers as fs
from tests.fakes.answers import Answer, AnswerQueue, SendLog, Window
from tests.fakes.feishu_answers import (
    APP_ID,
    APP_SECRET,
    BOT_OPEN_ID,
    CARD_BODY_LIMIT,
    ENCRYPT_KEY,
    MSG_TYPES,
    TENANT_KEY,
    TEXT_BODY_LIMIT,
    VERIFICATION_TOKEN,
)
from tests.fakes.feishu_chats import Chat, FeishuChats, user_ids
from tests.fakes.feishu_events import (
    CardVerdict,
    FeishuEvents,
    encrypt,
    judge_card_answer,
    judge_legacy_card_answer,
    legacy_signature,
)
from tests.fakes.feishu_images import FeishuImages
from tests.fakes.server import FakeServer

__all__ = ["APP_ID", "APP_SECRET", "BOT_OPEN_ID", "ENCRYPT_KEY", "TENANT_KEY", "VERIFICATION_TOKEN", "Attempt",
           "CardVerdict", "Chat", "FakeFeishu", "FeishuEvents", "Sent", "encrypt", "judge_card_answer",
           "judge_legacy_card_answer", "legacy_signature", "running_fake_feishu", "user_ids"]


@dataclass
class Sent:
    """A message the fake accepted."""

    message_id: str
    chat_id: str
    msg_type: str
    content: dict[str, Any]
    reply_to: str | None
    uuid: str | None
    at: float = 0.0  # the fake's clock when it was accepted

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


class FakeFeishu(FeishuImages, FeishuChats, FakeServer):
    name = "fake-feishu"

    def __init__(self, *, token_ttl_s: int = 7200, per_chat_qps: int = 5, per_app_qps: int = 50,
                 per_app_per_minute: int = 1000, clock: Callable[[], float] = time.monotonic) -> None:
        self.app = FastAPI()
        self.port: int | None = None
        self.clock = clock
        self.token_ttl_s, self.per_chat_qps, self.per_app_qps = token_ttl_s, per_chat_qps, per_app_qps
        self.tokens: dict[str, float] = {}  # token → expiry (clock)
        self.token_requests = 0
        self.sent: list[Sent] = []
        self.send_log = SendLog()  # (time, chat_id, Sent) of every accepted message
        self.attempts: list[Attempt] = []  # every im/v1 call, accepted or not
        self.deduplicated: list[str] = []  # uuids answered with an earlier message instead of a new one
        self.chats: dict[str, str] = {}  # chat_id → "p2p" | "group": where the bot is a member
        self.users: dict[tuple[str, str], str] = {}  # (id_type, id) → the user's p2p chat with the bot
        self.messages: dict[str, str] = {}  # message_id → chat_id, incoming and sent
        self.injected = AnswerQueue()
        self._token_errors: deque[int] = deque()
        self._by_uuid: dict[str, tuple[float, dict[str, Any]]] = {}
        # create/reply doc: 5 QPS per user, 5 QPS per group shared by its bots (-> 230020)
        self._per_chat = Window(per_chat_qps, 1.0)
        # frequency-control doc: "1000 次/分钟、50 次/秒" per API per app, either one trips (-> 429, 99991400)
        self._per_app = (Window(per_app_qps, 1.0), Window(per_app_per_minute, 60.0))
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self.app.post("/open-apis/auth/v3/tenant_access_token/internal")(self._token)
        self.app.get("/open-apis/bot/v3/info")(self._bot_info)
        self.app.post("/open-apis/im/v1/messages")(self._create)
        self.app.post("/open-apis/im/v1/messages/{message_id}/reply")(self._reply)
        self._init_chats()  # feishu_chats.py: chat/get, chat members, is_in_chat; set_chat(...)
        self._init_images()  # feishu_images.py: im/v1/images uploads; image messages name an uploaded image_key

    # -- test controls ------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        assert self.port is not None, "server not started"
        return f"http://127.0.0.1:{self.port}"

    def add_chat(self, chat_id: str, chat_type: str = "p2p") -> str:
        self.chats[chat_id] = chat_type
        return chat_id

    def add_user(self, open_id: str, *, chat_id: str | None = None, union_id: str | None = None,
                 user_id: str | None = None, email: str | None = None) -> str:
        """A user the bot can reach (in its availability scope); returns their p2p chat with the bot."""
        chat_id = self.add_chat(chat_id or "oc_p2p_" + open_id.removeprefix("ou_"), "p2p")
        for id_type, value in (("open_id", open_id), ("union_id", union_id), ("user_id", user_id), ("email", email)):
            if value:
                self.users[(id_type, value)] = chat_id
        return chat_id

    def new_message_id(self) -> str:
        return f"om_{next(self._ids):032x}"

    def inject(self, answer: Answer, *, times: int = 1, path: str | None = None) -> None:
        """Answer the next `times` im/v1 calls (or only those to `path`, "create" / "reply") with `answer`."""
        self.injected.push(answer, times=times, only=path)

    def fail_next(self, n: int, status: int = 500, reset_s: int = 1) -> None:
        """The next `n` im/v1 calls answer `status` (500s, or the documented 429 with x-ogw-ratelimit-reset)."""
        if n:
            self.inject(fs.rate_limited(reset_s) if status == 429 else fs.server_error(status), times=n)

    def inject_token_error(self, code: int = 99991663, *, times: int = 1) -> None:
        """The next call answers token-invalid `code` and the token it carried stops working: only a fresh tenant
        token gets through (lark_oapi/channel/errors.py: these codes mean "refresh the token")."""
        fs.token_invalid(code)  # validates the code
        self._token_errors.extend([code] * times)

    def revoke_tokens(self) -> None:
        """Every issued tenant_access_token becomes invalid, as after a secret reset or an early expiry."""
        self.tokens.clear()

    def note_foreign_sends(self, chat_id: str, n: int = 1) -> None:
        """Other bots just sent `n` messages to `chat_id`: they use up the group's shared 5 QPS (create doc)."""
        self._per_chat.add(chat_id, self.clock(), n)

    def texts(self, chat_id: str | None = None) -> list[str]:
        return [s.text for s in self.sent if chat_id is None or s.chat_id == chat_id]

    def max_per_second(self, chat_id: str | None = None) -> int:
        """The most messages accepted in any 1-second window, to `chat_id` or to the busiest chat."""
        return self.send_log.max_in_window(1.0, chat_id)

    # -- endpoints ----------------------------------------------------------------------------

    async def _token(self, request: Request) -> JSONResponse:
        body = await request.json()
        self.token_requests += 1
        if body.get("app_id") != APP_ID or body.get("app_secret") != APP_SECRET:
            # tenant_access_token/internal doc error 10014 "app secret invalid" [msg text unverified]
            return JSONResponse({"code": 10014, "msg": "app secret invalid"}, status_code=400)
        token = f"t-{os.urandom(12).hex()}"
        self.tokens[token] = self.clock() + self.token_ttl_s
        return JSONResponse({"code": 0, "msg": "ok", "tenant_access_token": token, "expire": self.token_ttl_s})

    async def _bot_info(self, request: Request) -> JSONResponse:
        if (denied := self._auth(request)) is not None:
            return denied.response()
        return JSONResponse({"code": 0, "msg": "ok", "bot": {"activate_status": 2, "app_name": "Greetbot",
                                                             "avatar_url": "", "ip_white_list": [],
                                                             "open_id": BOT_OPEN_ID}})

    async def _create(self, request: Request) -> JSONResponse:
        return await self._message(request, None)

    async def _reply(self, message_id: str, request: Request) -> JSONResponse:
        return await self._message(request, message_id)

    async def _message(self, request: Request, parent: str | None) -> JSONResponse:
        answer = self._check(request, parent, await request.body())
        with self._lock:
            self.attempts.append(Attempt(request.url.path, answer.status, answer.code, self.clock()))
        return answer.response()

    def _check(self, request: Request, parent: str | None, raw: bytes) -> Answer:
        injected = self.injected.take("create" if parent is None else "reply")
        if injected is not None:
            return injected
        if (denied := self._auth(request)) is not None:
            return denied
        now = self.clock()
        with self._lock:  # the gateway counts every call to this API from this app
            api = "reply" if parent else "create"
            second, minute = self._per_app
            wait = second.wait(api, now) or minute.wait(api, now)
            if wait:
                return fs.rate_limited(max(1, round(wait)), limit=self.per_app_qps)
            second.add(api, now)
            minute.add(api, now)
        try:
            body = json.loads(raw)
        except ValueError:
            return fs.invalid_param("body is not JSON")
        if parent is None:
            id_type = request.query_params.get("receive_id_type")
            if id_type not in fs.RECEIVE_ID_TYPES:
                return fs.invalid_param("receive_id_type")
            receive_id = body.get("receive_id")
            if not isinstance(receive_id, str) or not receive_id:
                return fs.invalid_param("receive_id")
            if id_type == "chat_id":
                if not receive_id.startswith("oc_"):
                    return fs.receive_id_invalid()
                chat_id = receive_id
            elif id_type == "open_id" and not receive_id.startswith("ou_"):
                return fs.receive_id_invalid()
            elif (id_type, receive_id) not in self.users:
                return fs.no_availability()
            else:
                chat_id = self.users[(id_type, receive_id)]
        elif parent not in self.messages:
            return fs.invalid_param("message_id not found")
        else:
            chat_id = self.messages[parent]
        if chat_id not in self.chats:
            return fs.bot_not_in_chat()
        problem, content = _check_content(body.get("msg_type"), body.get("content"), len(raw))
        problem = problem or self.image_problem(body.get("msg_type"), content)
        if problem:
            return fs.content_too_long() if problem == "too long" else fs.invalid_param(problem)
        key = body.get("uuid")
        if key is not None and (not isinstance(key, str) or len(key) > fs.UUID_MAX):
            return fs.invalid_param("uuid longer than 50 characters")
        with self._lock:
            if key and key in self._by_uuid and now - self._by_uuid[key][0] < fs.UUID_WINDOW_S:
                self.deduplicated.append(key)
                return fs.ok(self._by_uuid[key][1])  # the same uuid within 1 h: the first message again [?]
            if self._per_chat.admit(chat_id, now):
                return fs.chat_rate_limited()
            message_id = self.new_message_id()
            self.messages[message_id] = chat_id
            sent = Sent(message_id, chat_id, body["msg_type"], content, parent, key, now)
            self.sent.append(sent)
            self.send_log.record(now, chat_id, sent)
            stamp = str(int(time.time() * 1000))
            data = {"message_id": message_id, "root_id": parent or "", "parent_id": parent or "",
                    "msg_type": body["msg_type"], "create_time": stamp, "update_time": stamp, "deleted": False,
                    "updated": False, "chat_id": chat_id,
                    "sender": {"id": APP_ID, "id_type": "app_id", "sender_type": "app", "tenant_key": TENANT_KEY},
                    "body": {"content": body["content"]}, "mentions": []}
            if key:
                self._by_uuid[key] = (now, data)
        return fs.ok(data)

    def _auth(self, request: Request) -> Answer | None:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme != "Bearer" or not token:
            return fs.token_invalid(99991661)  # no token attached (generic error-code page)
        if self._token_errors:
            self.tokens.pop(token, None)  # this token is done: the bot has to fetch a new one
            return fs.token_invalid(self._token_errors.popleft())
        if self.tokens.get(token, 0) < self.clock():
            return fs.token_invalid(99991663)
        return None


running_fake_feishu = FakeFeishu.running


def _check_content(msg_type: Any, content: Any, size: int) -> tuple[str | None, dict[str, Any]]:
    """(problem, parsed content): Feishu wants `content` as a JSON string matching msg_type (create doc; the card
    rules are the card JSON 2.0 docs' and the fake's: schema 2.0, buttons with a callback behavior)."""
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
    if msg_type in ("interactive", "post") and size > CARD_BODY_LIMIT:
        return "too long", {}
    if msg_type == "interactive":
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
