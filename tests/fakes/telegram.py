"""A fake Telegram Bot API server: `POST /bot<token>/<method>`, form or JSON bodies, answered like Telegram.

It checks the token (401), the parameters PTB sends (text length, inline keyboards, 64-byte callback data),
enforces Telegram's flood limits (per private chat: a burst of 3 then 1/s; per group: the same and at most 20 a
minute; 30/s overall) with Telegram's own 429 body, can fail the next N sends on purpose, and records every
accepted message. `running_fake_telegram()` serves it on 127.0.0.1 on a free port in a thread (ServerThread).
"""

from __future__ import annotations

import asyncio
import json
import math
import re
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from tests.fakes.server import FakeServer

SECRET_FORMAT = re.compile(r"[A-Za-z0-9_-]{1,256}")


@dataclass
class SentMessage:
    message_id: int
    chat_id: int | str
    text: str
    keyboard: list[list[dict[str, Any]]] = field(default_factory=list)  # inline_keyboard as sent
    reply_to: int | None = None
    thread_id: int | None = None

    @property
    def buttons(self) -> list[tuple[str, str]]:
        """(label, callback_data) of every button, row by row."""
        return [(b["text"], b.get("callback_data", "")) for row in self.keyboard for b in row]


class TelegramApiError(Exception):
    def __init__(self, status: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.status, self.description, self.parameters = status, description, parameters


class _Bucket:
    def __init__(self, rate: float, burst: float, now: float) -> None:
        self.rate, self.burst, self.tokens, self.updated = rate, burst, burst, now

    def take(self, now: float) -> float:
        """0 when a token was taken, else the seconds until one is free."""
        self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / self.rate


class FakeTelegram(FakeServer):
    name = "fake-telegram"

    def __init__(self, token: str = "123456:TEST-token", *, username: str = "greet_bot",
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.token, self.username, self.clock = token, username, clock
        self.bot_id = int(token.split(":", 1)[0])
        self.app = FastAPI()
        self.app.add_api_route("/bot{token}/{method}", self._handle, methods=["GET", "POST"])
        self.port: int | None = None
        self._stopping = False
        self.reset()

    def reset(self) -> None:
        self.sent: list[SentMessage] = []
        self.answers: list[dict[str, Any]] = []  # accepted answerCallbackQuery calls
        self.rejected: list[tuple[str, int, str]] = []  # (method, status, description) of every refusal
        self.calls: list[tuple[str, dict[str, Any]]] = []  # every request that passed the token check
        self.webhook: dict[str, Any] | None = None
        self.blocked: set[int] = set()  # chats whose user blocked the bot: 403
        self.updates: list[dict[str, Any]] = []  # pending updates for getUpdates
        self._answered: set[str] = set()
        self._fail: deque[tuple[int, int]] = deque()  # (status, retry_after) for the next sends
        self._chats: dict[int | str, _Bucket] = {}
        self._group_minute: dict[int | str, deque[float]] = {}
        self._overall = _Bucket(30.0, 30.0, self.clock())
        self._next_id = 100

    def fail_next(self, n: int, status: int = 500, *, retry_after: int = 1) -> None:
        """Refuse the next `n` sends (sendMessage, answerCallbackQuery) with `status` (429 carries retry_after)."""
        self._fail.extend([(status, retry_after)] * n)

    def push_update(self, update: dict[str, Any]) -> None:
        self.updates.append(update)

    @property
    def api_base(self) -> str:
        assert self.port is not None, "server not started"
        return f"http://127.0.0.1:{self.port}"

    # -- dispatch -----------------------------------------------------------------------------

    async def _handle(self, token: str, method: str, request: Request) -> JSONResponse:
        if token != self.token:
            return _error(401, "Unauthorized")
        params = await _params(request)
        self.calls.append((method, params))
        handler = {
            "getMe": self._get_me, "sendMessage": self._send_message, "answerCallbackQuery": self._answer,
            "getUpdates": self._get_updates, "setWebhook": self._set_webhook, "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._webhook_info,
        }.get(method)
        if handler is None:
            return _error(404, "Not Found")
        try:
            if method in ("sendMessage", "answerCallbackQuery") and self._fail:
                status, after = self._fail.popleft()
                if status == 429:
                    raise TelegramApiError(429, f"Too Many Requests: retry after {after}", {"retry_after": after})
                raise TelegramApiError(status, "Internal Server Error" if status == 500 else "Bad Gateway")
            result = await handler(params)
        except TelegramApiError as exc:
            self.rejected.append((method, exc.status, exc.description))
            return _error(exc.status, exc.description, exc.parameters)
        return JSONResponse({"ok": True, "result": result})

    # -- methods ------------------------------------------------------------------------------

    async def _get_me(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"id": self.bot_id, "is_bot": True, "first_name": "Greet", "username": self.username,
                "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}

    async def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = _chat_id(params.get("chat_id"))
        text = str(params.get("text") or "")
        if not text.strip():
            raise TelegramApiError(400, "Bad Request: message text is empty")
        if len(text.encode("utf-16-le")) // 2 > 4096:
            raise TelegramApiError(400, "Bad Request: message is too long")
        keyboard = _inline_keyboard(params.get("reply_markup"))
        reply = _json(params.get("reply_parameters"), "reply parameters") or {}
        if reply and not isinstance(reply.get("message_id"), int):
            raise TelegramApiError(400, "Bad Request: can't parse reply parameters JSON object")
        if chat_id in self.blocked:
            raise TelegramApiError(403, "Forbidden: bot was blocked by the user")
        self._flood_check(chat_id)
        self._next_id += 1
        thread = params.get("message_thread_id")
        self.sent.append(SentMessage(self._next_id, chat_id, text, keyboard, reply.get("message_id"),
                                     int(thread) if thread is not None else None))
        chat_type = "private" if isinstance(chat_id, int) and chat_id > 0 else "supergroup"
        result: dict[str, Any] = {"message_id": self._next_id, "date": int(time.time()), "text": text,
                                  "chat": {"id": chat_id, "type": chat_type},
                                  "from": {"id": self.bot_id, "is_bot": True, "first_name": "Greet",
                                           "username": self.username}}
        if keyboard:
            result["reply_markup"] = {"inline_keyboard": keyboard}
        return result

    async def _answer(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        if not query_id:
            raise TelegramApiError(400, "Bad Request: QUERY_ID_INVALID")
        if query_id in self._answered:  # a query is answered once; again is the same error as "too late"
            raise TelegramApiError(400, "Bad Request: query is too old and response timeout expired or query ID is "
                                        "invalid")
        if len(str(params.get("text") or "")) > 200:
            raise TelegramApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        self._answered.add(query_id)
        self.answers.append(params)
        return True

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook is not None:
            raise TelegramApiError(409, "Conflict: can't use getUpdates method while webhook is active; use "
                                        "deleteWebhook to delete the webhook first")
        offset = int(params.get("offset") or 0)
        if offset:  # confirms everything before it
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        while not self.updates and time.monotonic() < deadline and not self._stopping:
            await asyncio.sleep(0.02)
        return list(self.updates)

    async def _set_webhook(self, params: dict[str, Any]) -> bool:
        if not str(params.get("url") or "").startswith("https://"):
            raise TelegramApiError(400, "Bad Request: bad webhook: HTTPS url must be provided for webhook")
        secret = params.get("secret_token")
        if secret is not None and not SECRET_FORMAT.fullmatch(str(secret)):
            raise TelegramApiError(400, "Bad Request: secret token contains unallowed characters")
        self.webhook = {"url": params["url"], "secret_token": secret,
                        "allowed_updates": _json(params.get("allowed_updates"), "allowed updates")}
        return True

    async def _delete_webhook(self, params: dict[str, Any]) -> bool:
        self.webhook = None
        return True

    async def _webhook_info(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"url": (self.webhook or {}).get("url", ""), "has_custom_certificate": False,
                "pending_update_count": len(self.updates)}

    def _flood_check(self, chat_id: int | str) -> None:
        now = self.clock()
        chat = self._chats.setdefault(chat_id, _Bucket(1.0, 3.0, now))
        wait = chat.take(now)
        if not wait and (isinstance(chat_id, str) or chat_id < 0):
            minute = self._group_minute.setdefault(chat_id, deque())
            while minute and minute[0] <= now - 60:
                minute.popleft()
            if len(minute) >= 20:
                chat.tokens += 1  # not sent: give the per-chat token back
                wait = minute[0] + 60 - now
            else:
                minute.append(now)
        if not wait:
            wait = self._overall.take(now)
        if wait:
            after = max(1, math.ceil(wait))
            raise TelegramApiError(429, f"Too Many Requests: retry after {after}", {"retry_after": after})


running_fake_telegram = FakeTelegram.running


async def _params(request: Request) -> dict[str, Any]:
    """Bot API parameters: PTB posts them form-encoded (nested values as JSON strings); others post JSON."""
    body = await request.body()
    if request.headers.get("content-type", "").startswith("application/json"):
        data = json.loads(body or b"{}")
        return data if isinstance(data, dict) else {}
    parsed = parse_qs(body.decode(), keep_blank_values=True) | {k: [v] for k, v in request.query_params.items()}
    return {k: v[0] for k, v in parsed.items()}


def _json(value: Any, what: str) -> Any:
    if value is None or not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        raise TelegramApiError(400, f"Bad Request: can't parse {what} JSON object") from None


def _chat_id(value: Any) -> int | str:
    text = str(value or "").strip()
    if not text:
        raise TelegramApiError(400, "Bad Request: chat_id is empty")
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if text.startswith("@"):
        return text
    raise TelegramApiError(400, "Bad Request: chat not found")


def _inline_keyboard(value: Any) -> list[list[dict[str, Any]]]:
    markup = _json(value, "reply keyboard markup")
    if markup is None:
        return []
    rows = markup.get("inline_keyboard") if isinstance(markup, dict) else None
    if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise TelegramApiError(400, "Bad Request: can't parse inline keyboard button: InlineKeyboardButton must be "
                                    "an Object")
    for row in rows:
        for button in row:
            if not isinstance(button, dict) or not str(button.get("text") or "").strip():
                raise TelegramApiError(400, "Bad Request: can't parse inline keyboard button: Text buttons are "
                                            "unallowed in the inline keyboard")
            data = button.get("callback_data")
            if data is None and "url" not in button:
                raise TelegramApiError(400, "Bad Request: can't parse inline keyboard button: Field "
                                            "\"callback_data\" must be of type String")
            if data is not None and not 1 <= len(str(data).encode()) <= 64:
                raise TelegramApiError(400, "Bad Request: BUTTON_DATA_INVALID")
    return rows


def _error(status: int, description: str, parameters: dict[str, Any] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return JSONResponse(body, status_code=status)
