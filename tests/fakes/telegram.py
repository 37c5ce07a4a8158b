"""A fake Telegram Bot API server: `POST /bot<token>/<method>`, form or JSON bodies, answered like Telegram.

Answers are built as the Bot API server builds them (tdlib/telegram-bot-api, see telegram_answers.py). It checks the
token (401), the parameters PTB sends (text, inline keyboards, 64-byte callback data), enforces Telegram's flood
limits with Telegram's 429 body (per chat, 20/min per group, ~30/s overall: the FAQ's numbers as python-telegram-bot
keeps them in telegram/constants.py FloodLimit), and records every accepted message with its time (`send_log`).
Switchable per test, off unless turned on:
- `inject(method, answer, times=1)`: answer the next call(s) of `method` with a telegram_answers answer;
- `fail_next(n, status)`: the next n sends fail (500/502, or 429 with retry_after);
- `blocked.add(chat)`: 403 "bot was blocked by the user"; `migrate(old, new)`: 400 with migrate_to_chat_id;
- `issue_callback(query_id)` + `callback_ttl_s`: answerCallbackQuery after the window says "query is too old ...";
- `set_member(chat, user, status, is_bot=, custom_title=, until_date=)` for getChatMember / getChatAdministrators
  (telegram_members.py; `strict_members` for "chat not found" / "user not found"); `can_read_all_group_messages`;
- `record_webhook_error(message)`: what getWebhookInfo reports as last_error_date / last_error_message;
- sendPhoto (telegram_photos.py): uploads checked (format, 10 MB, dimensions), `photos`, `uploads`, `files`.
`running_fake_telegram()` serves it on 127.0.0.1 on a free port in a thread (ServerThread).
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
from urllib.parse import parse_qs, urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from tests.fakes import telegram_answers as tg
from tests.fakes.answers import Answer, AnswerQueue, SendLog
from tests.fakes.multipart import parse_form
from tests.fakes.server import FakeServer
from tests.fakes.telegram_members import MEMBER_STATUSES, TelegramMembers  # noqa: F401  (MEMBER_STATUSES: re-export)
from tests.fakes.telegram_photos import TelegramPhotos

# setWebhook's secret_token: at most 256 characters of [A-Za-z0-9_-] (Client.cpp do_set_webhook:
# "secret token is too long" / "secret token contains unallowed characters", td::is_base64url_characters).
SECRET_FORMAT = re.compile(r"[A-Za-z0-9_-]{0,256}")
# WebhookActor.cpp: "Webhook can be set up only on ports 80, 88, 443 or 8443".
WEBHOOK_PORTS = {80, 88, 443, 8443}
# Client.h UpdateType, in the server's order; by default chat_member, message_reaction and message_reaction_count are
# off (Client.h DEFAULT_ALLOWED_UPDATE_TYPES). getWebhookInfo lists allowed_updates only when they differ.
UPDATE_TYPES = ("message", "edited_message", "channel_post", "edited_channel_post", "inline_query",
                "chosen_inline_result", "callback_query", "custom_event", "custom_query", "shipping_query",
                "pre_checkout_query", "poll", "poll_answer", "my_chat_member", "chat_member", "chat_join_request",
                "chat_boost", "removed_chat_boost", "message_reaction", "message_reaction_count",
                "business_connection", "business_message", "edited_business_message", "deleted_business_messages",
                "purchased_paid_media", "managed_bot", "guest_message")
DEFAULT_UPDATES = tuple(t for t in UPDATE_TYPES if t not in ("chat_member", "message_reaction",
                                                              "message_reaction_count"))


@dataclass
class SentMessage:
    message_id: int
    chat_id: int | str
    text: str
    keyboard: list[list[dict[str, Any]]] = field(default_factory=list)  # inline_keyboard as sent
    reply_to: int | None = None
    thread_id: int | None = None
    at: float = 0.0  # the fake's clock when it was accepted

    @property
    def buttons(self) -> list[tuple[str, str]]:
        """(label, callback_data) of every button, row by row."""
        return [(b["text"], b.get("callback_data", "")) for row in self.keyboard for b in row]


class TelegramApiError(Exception):
    """A refusal, carrying the Bot API answer (raised inside method handlers, answered by `_handle`)."""

    def __init__(self, answer: Answer) -> None:
        super().__init__(answer.body["description"])
        self.answer = answer
        self.status: int = answer.status
        self.description: str = answer.body["description"]
        self.parameters: dict[str, Any] | None = answer.body.get("parameters")


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


class FakeTelegram(TelegramPhotos, TelegramMembers, FakeServer):
    name = "fake-telegram"
    # Flood limits (telegram/constants.py FloodLimit, from https://core.telegram.org/bots/faq#my-bot-is-hitting-limits
    # -how-do-i-avoid-this): 1 msg/s per chat "with short bursts", 20/min per group, ~30/s overall. The burst size of
    # 3 is this fake's choice: Telegram does not say how long a burst may be.
    per_chat_rate, per_chat_burst, group_per_minute, overall_per_second = 1.0, 3.0, 20, 30.0

    def __init__(self, token: str = "123456:TEST-token", *, username: str = "greet_bot",
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.token, self.username, self.clock = token, username, clock
        self.bot_id = int(token.split(":", 1)[0])
        self.can_read_all_group_messages = False  # getMe: False while BotFather privacy mode is on
        self.app = FastAPI()
        self.app.add_api_route("/bot{token}/{method}", self._handle, methods=["GET", "POST"])
        self.port: int | None = None
        self._stopping = False
        self.reset()

    def reset(self) -> None:
        self.sent: list[SentMessage] = []
        self.send_log = SendLog()  # (time, chat_id, SentMessage) of every accepted sendMessage
        self.answers: list[dict[str, Any]] = []  # accepted answerCallbackQuery calls
        self.rejected: list[tuple[str, int, str]] = []  # (method, status, description) of every refusal
        self.calls: list[tuple[str, dict[str, Any]]] = []  # every request that passed the token check
        self.webhook: dict[str, Any] | None = None
        self.webhook_error: tuple[int, str] | None = None  # (unix date, message) for getWebhookInfo
        self.blocked: set[int] = set()  # chats whose user blocked the bot: 403
        self.migrated: dict[int | str, int] = {}  # upgraded group -> its supergroup id: 400 + migrate_to_chat_id
        self.members: dict[tuple[int | str, int], str] = {}  # (chat, user) -> status (telegram_members.py)
        self.member_details: dict[tuple[int | str, int], dict[str, Any]] = {}  # is_bot, custom_title, until_date…
        self.strict_members = False  # True: undeclared chats/users get "chat not found"/"user not found"
        self.updates: list[dict[str, Any]] = []  # pending updates for getUpdates
        self.callback_ttl_s: float | None = None  # answerCallbackQuery window for issued queries; None: no expiry
        self.injected = AnswerQueue()
        self._issued: dict[str, float] = {}  # callback query id -> when the fake issued it
        self._answered: set[str] = set()
        self._chats: dict[int | str, _Bucket] = {}
        self._group_minute: dict[int | str, deque[float]] = {}
        self._overall = _Bucket(self.overall_per_second, self.overall_per_second, self.clock())
        self._next_id = 100
        self._init_photos()  # telegram_photos.py: sendPhoto uploads and file_ids

    # -- test controls ----------------------------------------------------------------------------

    def inject(self, method: str, answer: Answer, *, times: int = 1) -> None:
        """Answer the next `times` calls of `method` (case-insensitive) with `answer`, e.g. tg.too_many_requests(3)."""
        self.injected.push(answer, times=times, only=method.lower())

    def fail_next(self, n: int, status: int = 500, *, retry_after: int = 1) -> None:
        """Refuse the next `n` sends (sendMessage, answerCallbackQuery) with `status` (429 carries retry_after).
        500/502 are generic server failures: any HTTP server can give them; Telegram's text for them is not known."""
        answer = tg.too_many_requests(retry_after) if status == 429 else tg.error(
            status, "Internal Server Error" if status == 500 else "Bad Gateway", source="injected server failure",
            note="not a documented Telegram answer")
        if n:
            self.injected.push(answer, times=n, only={"sendmessage", "answercallbackquery"})

    def migrate(self, old_chat_id: int, new_chat_id: int) -> None:
        """The group `old_chat_id` was upgraded to the supergroup `new_chat_id`: sends to the old id get 400."""
        self.migrated[old_chat_id] = new_chat_id

    def issue_callback(self, query_id: str, at: float | None = None) -> str:
        """Telegram created callback query `query_id` now (or at `at`): its answer window starts here."""
        self._issued[query_id] = self.clock() if at is None else at
        return query_id

    def record_webhook_error(self, message: str, date: int | None = None) -> None:
        """What getWebhookInfo reports after a failed delivery (last_error_date is a unix time)."""
        self.webhook_error = (int(time.time()) if date is None else date, message)

    def push_update(self, update: dict[str, Any]) -> None:
        if isinstance(update.get("callback_query"), dict) and "id" in update["callback_query"]:
            self.issue_callback(str(update["callback_query"]["id"]))
        self.updates.append(update)

    @property
    def api_base(self) -> str:
        assert self.port is not None, "server not started"
        return f"http://127.0.0.1:{self.port}"

    # -- dispatch -----------------------------------------------------------------------------

    async def _handle(self, token: str, method: str, request: Request) -> JSONResponse:
        if token != self.token:
            return tg.unauthorized().response()
        params = await _params(request)
        self.calls.append((method, params))
        # "All methods in the Bot API are case-insensitive" (https://core.telegram.org/bots/api#making-requests)
        handler = {
            "getme": self._get_me, "sendmessage": self._send_message, "answercallbackquery": self._answer,
            "getupdates": self._get_updates, "setwebhook": self._set_webhook, "deletewebhook": self._delete_webhook,
            "getwebhookinfo": self._webhook_info, "getchatmember": self._get_chat_member,
            "getchatadministrators": self._get_chat_administrators, "sendphoto": self._send_photo,
        }.get(method.lower())
        if handler is None:
            return tg.method_not_found().response()
        try:
            injected = self.injected.take(method.lower())
            if injected is not None:
                raise TelegramApiError(injected)
            result = await handler(params)
        except TelegramApiError as exc:
            self.rejected.append((method, exc.status, exc.description))
            return exc.answer.response()
        if isinstance(result, tuple):  # (result, description): the server adds a description to some answers
            return JSONResponse({"ok": True, "result": result[0], "description": result[1]})
        return JSONResponse({"ok": True, "result": result})

    # -- methods ------------------------------------------------------------------------------

    def _bot_user(self) -> dict[str, Any]:
        return {"id": self.bot_id, "is_bot": True, "first_name": "Greet", "username": self.username}

    async def _get_me(self, params: dict[str, Any]) -> dict[str, Any]:
        # Client.cpp JsonUser: for the bot itself getMe adds can_join_groups, can_read_all_group_messages,
        # supports_inline_queries, ... (PTB telegram/_user.py User has the same optional fields)
        return {**self._bot_user(), "can_join_groups": True,
                "can_read_all_group_messages": self.can_read_all_group_messages, "supports_inline_queries": False,
                "can_connect_to_business": False, "has_main_web_app": False}

    async def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = _chat_id(params.get("chat_id"))
        text = str(params.get("text") or "")
        if not text.strip():
            raise TelegramApiError(tg.bad_request("Message text is empty",
                                                  source=tg.SERVER + ' ("Message text is empty")'))
        if len(text.encode("utf-16-le")) // 2 > 4096:  # 4096 UTF-16 units: telegram/constants.py MessageLimit
            raise TelegramApiError(tg.bad_request("message is too long", source="telegram/constants.py "
                                                  "MessageLimit.MAX_TEXT_LENGTH", note="text of the answer unverified"))
        keyboard = _inline_keyboard(params.get("reply_markup"))
        reply = _json(params.get("reply_parameters"), "reply parameters") or {}
        if reply and not isinstance(reply.get("message_id"), int):
            raise TelegramApiError(tg.bad_request("Can't parse reply parameters JSON object"))
        if chat_id in self.migrated:
            raise TelegramApiError(tg.chat_migrated(self.migrated[chat_id]))
        if chat_id in self.blocked:
            raise TelegramApiError(tg.blocked_by_user())
        self._flood_check(chat_id)
        self._next_id += 1
        thread = params.get("message_thread_id")
        message = SentMessage(self._next_id, chat_id, text, keyboard, reply.get("message_id"),
                              int(thread) if thread is not None else None, self.clock())
        self.sent.append(message)
        self.send_log.record(message.at, chat_id, message)
        chat_type = "private" if isinstance(chat_id, int) and chat_id > 0 else "supergroup"
        result: dict[str, Any] = {"message_id": self._next_id, "date": int(time.time()), "text": text,
                                  "chat": {"id": chat_id, "type": chat_type}, "from": self._bot_user()}
        if keyboard:
            result["reply_markup"] = {"inline_keyboard": keyboard}
        return result

    async def _answer(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        if not query_id:
            raise TelegramApiError(tg.query_too_old())  # an empty id: QUERY_ID_INVALID too [assumed]
        issued = self._issued.get(query_id)
        expired = (issued is not None and self.callback_ttl_s is not None
                   and self.clock() - issued > self.callback_ttl_s)
        if expired or query_id in self._answered:  # answering a query twice: the same QUERY_ID_INVALID [obs]
            raise TelegramApiError(tg.query_too_old())
        if len(str(params.get("text") or "")) > 200:  # 0-200 characters (Bot API answerCallbackQuery.text)
            raise TelegramApiError(tg.bad_request("MESSAGE_TOO_LONG", note="code assumed from MTProto naming"))
        self._answered.add(query_id)
        self.answers.append(params)
        return True

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook is not None:
            raise TelegramApiError(tg.webhook_conflict())
        offset = int(params.get("offset") or 0)
        if offset:  # confirms everything before it
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        while not self.updates and time.monotonic() < deadline and not self._stopping:
            await asyncio.sleep(0.02)
        return list(self.updates)

    async def _set_webhook(self, params: dict[str, Any]) -> tuple[bool, str]:
        url = str(params.get("url") or "")
        if not url:  # Client.cpp do_set_webhook: an empty url deletes the webhook
            return await self._delete_webhook(params)
        parts = urlsplit(url if "://" in url else "https://" + url)
        if parts.scheme != "https":  # WebhookActor.cpp: "An HTTPS URL must be provided for webhook"
            raise TelegramApiError(tg.bad_webhook("An HTTPS URL must be provided for webhook"))
        if (parts.port or 443) not in WEBHOOK_PORTS:
            raise TelegramApiError(tg.bad_webhook("Webhook can be set up only on ports 80, 88, 443 or 8443"))
        secret = str(params.get("secret_token") or "")
        if len(secret) > 256:
            raise TelegramApiError(tg.bad_request("secret token is too long"))
        if not SECRET_FORMAT.fullmatch(secret):
            raise TelegramApiError(tg.bad_request("secret token contains unallowed characters"))
        previous = self.webhook or {}
        allowed = _allowed_updates(params.get("allowed_updates"), previous.get("allowed_updates"))
        if _truthy(params.get("drop_pending_updates")):
            self.updates.clear()
        max_connections = int(params.get("max_connections") or 40)  # Bot API setWebhook: 1-100, defaults to 40
        webhook = {"url": url, "secret_token": secret or None, "allowed_updates": allowed,
                   "max_connections": max_connections}
        same = {k: previous.get(k) for k in webhook} == webhook
        self.webhook, self.webhook_error = webhook, (self.webhook_error if same else None)
        return True, "Webhook is already set" if same else "Webhook was set"  # Client.cpp answer descriptions

    async def _delete_webhook(self, params: dict[str, Any]) -> tuple[bool, str]:
        if _truthy(params.get("drop_pending_updates")):
            self.updates.clear()
        was_set, self.webhook, self.webhook_error = self.webhook is not None, None, None
        return True, "Webhook was deleted" if was_set else "Webhook is already deleted"

    async def _webhook_info(self, params: dict[str, Any]) -> dict[str, Any]:
        # Client.cpp JsonWebhookInfo: url, has_custom_certificate, pending_update_count always; last_error_* after an
        # error; max_connections and ip_address with a webhook; allowed_updates only when not the default set.
        webhook = self.webhook or {}
        info: dict[str, Any] = {"url": webhook.get("url", ""), "has_custom_certificate": False,
                                "pending_update_count": len(self.updates)}
        if self.webhook_error is not None:
            info["last_error_date"], info["last_error_message"] = self.webhook_error
        if webhook.get("url"):
            info["max_connections"] = webhook.get("max_connections", 40)
            info["ip_address"] = "127.0.0.1"
        allowed = webhook.get("allowed_updates")
        if allowed is not None and tuple(allowed) != DEFAULT_UPDATES:
            info["allowed_updates"] = list(allowed)
        return info

    def _flood_check(self, chat_id: int | str) -> None:
        now = self.clock()
        chat = self._chats.setdefault(chat_id, _Bucket(self.per_chat_rate, self.per_chat_burst, now))
        wait = chat.take(now)
        if not wait and (isinstance(chat_id, str) or chat_id < 0):
            minute = self._group_minute.setdefault(chat_id, deque())
            while minute and minute[0] <= now - 60:
                minute.popleft()
            if len(minute) >= self.group_per_minute:
                chat.tokens += 1  # not sent: give the per-chat token back
                wait = minute[0] + 60 - now
            else:
                minute.append(now)
        if not wait:
            wait = self._overall.take(now)
        if wait:
            raise TelegramApiError(tg.too_many_requests(max(1, math.ceil(wait))))


running_fake_telegram = FakeTelegram.running


async def _params(request: Request) -> dict[str, Any]:
    """Bot API parameters: PTB posts them form-encoded (nested values as JSON strings); others post JSON.
    (https://core.telegram.org/bots/api#making-requests: query string, urlencoded, JSON or multipart)"""
    body = await request.body()
    if request.headers.get("content-type", "").startswith("multipart/form-data"):  # files: the part named as the
        fields, files = parse_form(body, request.headers["content-type"])  # parameter (photo=<file>)
        return {**fields, **files, **request.query_params}
    if request.headers.get("content-type", "").startswith("application/json"):
        data = json.loads(body or b"{}")
        return data if isinstance(data, dict) else {}
    parsed = parse_qs(body.decode(), keep_blank_values=True) | {k: [v] for k, v in request.query_params.items()}
    return {k: v[0] for k, v in parsed.items()}


def _truthy(value: Any) -> bool:
    return value is True or str(value).lower() in ("true", "1")


def _allowed_updates(value: Any, previous: list[str] | None) -> list[str] | None:
    """Client.cpp get_allowed_update_types: not given or not parseable -> keep the previous setting; an array with no
    known type -> the default set; else the known types, lower-cased, in the server's order."""
    if value is None or value == "":
        return previous
    try:
        names = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return previous
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        return previous
    chosen = [t for t in UPDATE_TYPES if t in {n.lower() for n in names}]
    return chosen or list(DEFAULT_UPDATES)


def _json(value: Any, what: str) -> Any:
    if value is None or not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        raise TelegramApiError(tg.bad_request(f"Can't parse {what} JSON object")) from None


def _chat_id(value: Any) -> int | str:
    text = str(value or "").strip()
    if not text:
        raise TelegramApiError(tg.bad_request("chat_id is empty"))  # Client.cpp: "Bad Request: chat_id is empty"
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if text.startswith("@"):
        return text
    raise TelegramApiError(tg.bad_request("chat not found"))  # Client.cpp: "Bad Request: chat not found"


def _inline_keyboard(value: Any) -> list[list[dict[str, Any]]]:
    # Client.cpp get_inline_keyboard_markup / get_inline_keyboard_button: the error texts below
    markup = _json(value, "reply keyboard markup")
    if markup is None:
        return []
    rows = markup.get("inline_keyboard") if isinstance(markup, dict) else None
    if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise TelegramApiError(tg.bad_request(
            'Field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays'))
    for row in rows:
        for button in row:
            if not isinstance(button, dict):
                raise TelegramApiError(tg.bad_request(
                    "Can't parse inline keyboard button: InlineKeyboardButton must be an Object"))
            if not isinstance(button.get("text"), str):  # get_required_string_field("text"); text [obs]
                raise TelegramApiError(tg.bad_request('Can\'t parse inline keyboard button: Can\'t find field "text"'))
            data = button.get("callback_data")
            if not button.get("url") and not data:  # get_inline_keyboard_button_type: no url, no callback_data
                raise TelegramApiError(tg.bad_request(
                    "Can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"))
            if data is not None and not 1 <= len(str(data).encode()) <= 64:  # 1-64 bytes: Bot API
                # InlineKeyboardButton.callback_data; MTProto's refusal arrives ALL_CAPS, kept as is by the server
                raise TelegramApiError(tg.bad_request("BUTTON_DATA_INVALID", note="MTProto code, observed"))
    return rows
