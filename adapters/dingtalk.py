"""DingTalk enterprise internal robot: HTTP callbacks in; the message's sessionWebhook or the robot Open API out.

Verify: `sign` = base64(HMAC-SHA256(appSecret, f"{timestamp}\\n{appSecret}")) and `timestamp` (ms) within an hour.
Send: the sessionWebhook that came with the message while it lives (no token needed), else the Open API
(`oToMessages/batchSend` for a DM, `groupMessages/send` for a group) with a cached access token.
Stream mode (no public URL) lives in `adapters/dingtalk_stream.py` and reuses `parse_callback`.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import hashlib
import hmac
import json
import logging
import random
import time
from collections.abc import Callable
from typing import Any, ClassVar

import httpx

from adapters.base import (Finding, Limit, RateLimiter, RetryLater, SendFailed, VerificationFailed, WebhookRequest,
                           WebhookResult, classify_http, load_json, with_retries)
from adapters.dingtalk_format import (MAX_CHARS, at_me_hint, openapi_message, session_payload, split_text, title_of,
                                      to_markdown)
from adapters.dingtalk_media import picture_message, upload_media
from bot.domain import Button, IncomingMessage, OutgoingMessage, Role
from bot.settings import Settings

log = logging.getLogger(__name__)

PLATFORM = "dingtalk"
# DingTalk allows an hour; its signature covers only the timestamp, so every minute of window is a minute a captured
# (timestamp, sign) pair could carry another body. Five minutes covers clock skew; a second use of a pair is
# refused by the service (`replay_key`), and the body's own createAt must agree with the signed timestamp.
MAX_SKEW_MS = 300_000
# A group that gets more than 20 messages in a minute is throttled for 10 minutes, so never go near it: a bucket
# of burst 4 refilled at 16/min allows at most 4 + 16 = 20 sends in ANY 60 s window. DMs get the same (their
# limit is not documented; a person does not need more).
CHAT_LIMIT = Limit(rate=16 / 60, burst=4)
OVERALL_LIMIT = Limit(rate=20.0, burst=20.0)
THROTTLED = 130101  # "send too fast, exceed 20 times per minute"
# Open API error codes that mean "too fast" rather than "no" [? codes seen in other bots, not documented].
OPENAPI_THROTTLE_CODES = frozenset({"send.too.fast", "too.many.group", "too.many.people", "send.byToken.tooFast"})
# Over 20 QPS per app per API the new API answers HTTP 403 with one of these codes, the old one errcode 90018 / 90002;
# DingTalk's advice is to wait about a second and send again. Source: open.dingtalk.com/document/development/
# how-to-process-api-throttling-on-the-dingtalk-server (see shared PLATFORMS.md §4.2).
QPS_LIMIT_CODES = frozenset({"Forbidden.AccessDenied.QpsLimitForAppkeyAndApi", "Forbidden.AccessDenied.QpsLimitForApi"})
OLD_QPS_LIMIT_ERRCODES = frozenset({90018, 90002})
QPS_RETRY_S = 1.0
# Answers that will not change on a retry: a bad request, a robot or person DingTalk does not know, no permission.
# Anything else that is not a success is retried within `with_retries`' budget, then reported with its code.
PERMANENT_PREFIXES = ("invalidParameter", "Forbidden.AccessDenied", "resource.not.found", "param.")
PERMANENT_ERRCODES = frozenset({300001, 310000})  # token unknown; sign, timestamp or keyword refused (§1.7)
TOKEN_REFUSED = "InvalidAuthentication"  # "不合法的access_token" (global error-code page; HTTP 400 observed)
SESSION_MARGIN_S = 60.0  # a sessionWebhook about to expire is not worth a try: use the Open API instead
TOKEN_EARLY_S = 300.0  # refresh the access token five minutes before DingTalk says it expires


def callback_sign(timestamp: str, app_secret: str) -> str:
    """The `sign` header DingTalk computes for a callback (also used by tests to sign their payloads)."""
    digest = hmac.new(app_secret.encode(), f"{timestamp}\n{app_secret}".encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def session_prefix(oapi_base: str) -> str:
    return f"{oapi_base.rstrip('/')}/robot/sendBySession?"


def parse_callback(data: Any, *, oapi_base: str) -> IncomingMessage | None:
    """One robot callback body (HTTP or Stream, same fields) as an `IncomingMessage`; None when not a text.

    Pictures, files, audio and rich text are ignored on purpose: the bot only reads typed text.
    """
    if not isinstance(data, dict) or data.get("msgtype") != "text":
        return None
    text_obj = data.get("text")
    content = text_obj.get("content") if isinstance(text_obj, dict) else None
    msg_id, chat_id = _str(data.get("msgId")), _str(data.get("conversationId"))
    staff_id = _str(data.get("senderStaffId"))
    user_id = staff_id or _str(data.get("senderId"))
    if not isinstance(content, str) or not content.strip() or not (msg_id and chat_id and user_id):
        return None
    is_group = _str(data.get("conversationType")) == "2"
    # DingTalk already removes the "@robot" from the content but leaves the space after it.
    text = content.strip()
    # In groups the robot only receives messages that @ it, so a missing isInAtList still means "mentioned".
    mentioned = is_group and data.get("isInAtList") not in (False, "false")
    replied = text_obj.get("repliedMsg") if isinstance(text_obj, dict) and text_obj.get("isReplyMsg") else None
    bot_ids = {_str(data.get("chatbotUserId")), _str(data.get("robotCode"))} - {""}
    reply_to_bot = isinstance(replied, dict) and _str(replied.get("senderId")) in bot_ids
    quoted = replied.get("content") if reply_to_bot and isinstance(replied, dict) else None
    quoted_text = _str(quoted.get("text")) if isinstance(quoted, dict) else ""
    context = {"conversationType": "2" if is_group else "1"}
    for key, value in (("robotCode", data.get("robotCode")), ("staffId", staff_id)):
        if _str(value):
            context[key] = _str(value)
    hook, expires = _str(data.get("sessionWebhook")), _str(data.get("sessionWebhookExpiredTime"))
    # Only ever POST to DingTalk's own host: the URL comes from the payload, and we send replies to it.
    if hook.startswith(session_prefix(oapi_base)) and expires.isdigit():
        context["sessionWebhook"], context["sessionWebhookExpiredTime"] = hook, expires
    return IncomingMessage(PLATFORM, chat_id, user_id, text, message_id=msg_id, is_group=is_group,
                           mentioned=mentioned, reply_to_bot=reply_to_bot,
                           user_name=_str(data.get("senderNick")) or None, event_id=msg_id, context=context,
                           replied_to=_str(replied.get("msgId")) if reply_to_bot and isinstance(replied, dict) else "",
                           replied_text=quoted_text[:200])


class DingTalkAdapter:
    """verify → parse → send for an enterprise internal robot; `start()` before `send`, `stop()` at the end."""

    platform: ClassVar[str] = PLATFORM
    path: ClassVar[str] = "/webhook/dingtalk"

    def __init__(self, app_key: str, app_secret: str, *, api_base: str = "https://api.dingtalk.com",
                 oapi_base: str = "https://oapi.dingtalk.com", clock: Callable[[], float] = time.time,
                 throttle_retry_s: float = 60.0, timeout_s: float = 10.0) -> None:
        self.app_key, self._secret = app_key, app_secret
        self.api_base, self.oapi_base = api_base.rstrip("/"), oapi_base.rstrip("/")
        self.clock = clock  # wall clock in seconds: callback timestamps and session expiry are epoch ms
        self.throttle_retry_s = throttle_retry_s  # wait after a 130101 / flow-control answer
        self.timeout_s = timeout_s
        self._client: httpx.AsyncClient | None = None
        self.limiter: RateLimiter | None = None
        self._token_lock: asyncio.Lock | None = None
        self._token: str | None = None
        self._token_until = 0.0

    @classmethod
    def from_settings(cls, settings: Settings) -> DingTalkAdapter:
        if not settings.dingtalk_app_key or not settings.dingtalk_app_secret:
            raise ValueError("GREETBOT_DINGTALK_APP_KEY and GREETBOT_DINGTALK_APP_SECRET are required")
        return cls(settings.dingtalk_app_key, settings.dingtalk_app_secret, api_base=settings.dingtalk_api_base,
                   oapi_base=settings.dingtalk_oapi_base)

    async def start(self) -> None:
        if self._client is not None:
            return
        # Created here, inside the running loop that will use them.
        self._client = httpx.AsyncClient(timeout=self.timeout_s)
        self.limiter = RateLimiter(OVERALL_LIMIT, CHAT_LIMIT, group=CHAT_LIMIT)
        self._token_lock = asyncio.Lock()

    async def received(self, msg: IncomingMessage) -> None:
        return None  # nothing waits on us: DingTalk shows no spinner

    async def member_role(self, chat_id: str, user_id: str) -> Role:
        """Owner or sub-admin of a scene group (topapi/im/chat/scenegroup/get: owner_staff_id, sub_admin_staff_ids);
        DingTalk tells an internal robot nothing about ordinary groups, so there the answer is "unknown"."""
        try:
            resp = await self._post(f"{self.oapi_base}/topapi/im/chat/scenegroup/get?access_token="
                                    f"{await self._access_token()}", {"open_conversation_id": chat_id})
        except (RetryLater, SendFailed) as exc:
            log.warning("dingtalk scene group %s unreadable: %s", chat_id, exc)
            return "unknown"
        data = _json(resp)
        group = data.get("result") if isinstance(data.get("result"), dict) else data
        if data.get("errcode") not in (0, None) or not group.get("owner_staff_id"):
            return "unknown"  # not a scene group (4000003), or no permission (qyapi_chat_read)
        admins = group.get("sub_admin_staff_ids") or []
        return "owner" if group["owner_staff_id"] == user_id else "admin" if user_id in admins else "member"

    async def check(self) -> list[Finding]:
        """The app key and secret get an access token."""
        try:
            await self._access_token()
        except (SendFailed, RetryLater) as exc:
            return [Finding(PLATFORM, f"no access token for app key {self.app_key}: {exc}", "error")]
        return [Finding(PLATFORM, f"app credentials accepted (access token for app key {self.app_key})")]

    async def setup(self, public_url: str) -> list[Finding]:
        """DingTalk has no API to set the callback URL: what to choose in the developer console."""
        url = public_url.rstrip("/") + self.path
        return [Finding(PLATFORM, line) for line in (
            "App → Robot → message receiving mode: Stream mode is the safer choice (no inbound callbacks; set "
            "GREETBOT_DINGTALK_STREAM=1); for HTTP mode set the message receiving address to " + url,
            "permissions: the robot's send-message permission (qyapi_robot_sendmsg); add the robot to each group "
            "it should greet; in groups the robot hears only messages that @-mention it")]

    async def stop(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None
        self._token = None

    # -- incoming ----------------------------------------------------------------------------------

    def verify(self, req: WebhookRequest) -> None:
        timestamp, sign = req.headers.get("timestamp", ""), req.headers.get("sign", "")
        if not timestamp or not sign:
            raise VerificationFailed("missing timestamp or sign header")
        if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 16):
            raise VerificationFailed("malformed timestamp")
        if abs(self.clock() * 1000 - int(timestamp)) > MAX_SKEW_MS:
            raise VerificationFailed("stale timestamp")
        expected = callback_sign(timestamp, self._secret).encode()
        if not hmac.compare_digest(expected, sign.encode("utf-8", "replace")):
            raise VerificationFailed("signature mismatch")
        body = load_json(req.body)
        if not isinstance(body, dict):
            return  # signed but unreadable: parse drops it
        created = body.get("createAt")
        if created is not None and not (isinstance(created, int) and abs(created - int(timestamp)) <= MAX_SKEW_MS):
            raise VerificationFailed("createAt does not agree with the signed timestamp")
        robot = body.get("robotCode")
        if robot is not None and robot != self.app_key:  # robotCode is the AppKey for an internal app's robot
            raise VerificationFailed("robotCode is not ours")

    def replay_key(self, req: WebhookRequest) -> tuple[str, float] | None:
        """The signature pair: DingTalk signs only the timestamp, so one pair may carry one body; it is remembered
        for as long as `verify` would accept its timestamp."""
        return f"{req.headers.get('timestamp', '')}:{req.headers.get('sign', '')}", 2 * MAX_SKEW_MS / 1000

    def parse(self, req: WebhookRequest) -> WebhookResult:
        data = load_json(req.body)  # None for junk: parse_callback drops what is not a message
        msg = parse_callback(data, oapi_base=self.oapi_base)
        return WebhookResult([msg] if msg else [])

    # -- outgoing ----------------------------------------------------------------------------------

    async def send(self, msg: OutgoingMessage) -> list[str]:
        """Send `msg` (split when long; buttons go with the last part). No ids come back: neither sessionWebhook
        nor the Open API names the message it posted (groupMessages/send answers a processQueryKey).

        Without a live sessionWebhook in `msg.context`, a group is addressed by `chat_id` (its
        openConversationId) and a DM needs `context["staffId"]`; `context["conversationType"]` ("1" DM,
        "2" group) says which, and without it a context holding a staffId means a DM.
        """
        if self.limiter is None:
            raise RuntimeError("DingTalkAdapter.start() was not called")
        limiter = self.limiter
        is_group = _is_group(msg.context)
        title = title_of(msg.text)
        text, buttons = msg.text, msg.buttons
        if is_group and buttons:  # taps cannot reach us from a group: say what to @-send instead
            text, buttons = f"{text}\n\n{at_me_hint(buttons)}", ()
        chunks = split_text(to_markdown(text), MAX_CHARS) if text.strip() else []
        try:
            if msg.image is not None:  # the picture first: uploaded (media/upload), then a robot image message
                media_id = await upload_media(self._client, self.oapi_base, self._access_token, msg, is_group,
                                              token_refused=lambda: setattr(self, "_token", None))
                await with_retries(PLATFORM, functools.partial(self._send_picture, msg, media_id, is_group),
                                   on_retry_after=functools.partial(limiter.pause, msg.chat_id))
            for i, chunk in enumerate(chunks):
                await with_retries(PLATFORM, functools.partial(self._send_once, msg, title, chunk,
                                                               buttons if i == len(chunks) - 1 else (), is_group),
                                   on_retry_after=functools.partial(limiter.pause, msg.chat_id))
        except SendFailed as exc:
            log.error("dingtalk send to %s refused: code=%s %s", msg.chat_id, exc.code, exc.detail[:200])
            raise
        return []

    async def _send_once(self, msg: OutgoingMessage, title: str, text: str, buttons: tuple[Button, ...],
                         is_group: bool) -> None:
        assert self.limiter is not None
        await self.limiter.acquire(msg.chat_id, is_group=is_group)  # every attempt counts at DingTalk too
        hook = msg.context.get("sessionWebhook", "")
        expires_ms = msg.context.get("sessionWebhookExpiredTime", "")
        live = expires_ms.isdigit() and int(expires_ms) / 1000 - SESSION_MARGIN_S > self.clock()
        if hook.startswith(session_prefix(self.oapi_base)) and live:
            await self._send_session(hook, session_payload(title, text, buttons))
        else:
            await self._send_openapi(msg, title, text, buttons, is_group)

    async def _send_session(self, hook: str, payload: dict[str, Any]) -> None:
        resp = await self._post(hook, payload)
        classify_http(PLATFORM, resp)
        data = _json(resp)
        code = data.get("errcode")
        if code == 0:
            return
        if code == THROTTLED:  # over 20/min: DingTalk locks the group for a while; come back much later
            raise RetryLater("sessionWebhook 130101 send too fast", after_s=self.throttle_retry_s)
        if code in OLD_QPS_LIMIT_ERRCODES:
            raise RetryLater(f"sessionWebhook errcode {code} (QPS limit)", after_s=_about(QPS_RETRY_S))
        if code in PERMANENT_ERRCODES:
            raise SendFailed(PLATFORM, code, _str(data.get("errmsg"))[:200])
        _log_unknown("sessionWebhook", resp)
        raise RetryLater(f"sessionWebhook errcode {code}")

    async def _send_openapi(self, msg: OutgoingMessage, title: str, text: str, buttons: tuple[Button, ...],
                            is_group: bool) -> None:
        await self._openapi(msg, *openapi_message(title, text, buttons), is_group)

    async def _send_picture(self, msg: OutgoingMessage, media_id: str, is_group: bool) -> None:
        assert self.limiter is not None
        await self.limiter.acquire(msg.chat_id, is_group=is_group)  # a picture is a message like any other
        await self._openapi(msg, *picture_message(media_id), is_group)

    async def _openapi(self, msg: OutgoingMessage, msg_key: str, param: dict[str, Any], is_group: bool) -> None:
        body: dict[str, Any] = {"robotCode": msg.context.get("robotCode") or self.app_key, "msgKey": msg_key,
                                "msgParam": json.dumps(param, ensure_ascii=False)}
        if is_group:
            path = "/v1.0/robot/groupMessages/send"
            body["openConversationId"] = msg.chat_id
        else:
            staff_id = msg.context.get("staffId")
            if not staff_id:
                raise SendFailed(PLATFORM, "no-staff-id", "the session expired and the DM has no staffId to send to")
            path = "/v1.0/robot/oToMessages/batchSend"
            body["userIds"] = [staff_id]
        token = await self._access_token()
        resp = await self._post(self.api_base + path, body, {"x-acs-dingtalk-access-token": token})
        data = _json(resp)
        code = _str(data.get("code"))
        # The token died early (revoked, secret rotated): fetch a new one and retry. DingTalk was seen answering an
        # expired token with 400 InvalidAuthentication; dingtalk_stream resets its token on 401. Both refresh.
        if resp.status_code == 401 or code == TOKEN_REFUSED:
            self._token = None
            raise RetryLater(f"access token refused: {code}")
        if code in OPENAPI_THROTTLE_CODES:
            raise RetryLater(f"Open API {code}", after_s=self.throttle_retry_s)
        if code in QPS_LIMIT_CODES:
            raise RetryLater(f"Open API {code}", after_s=_about(QPS_RETRY_S))
        if resp.status_code != 429 and 400 <= resp.status_code < 500 and not code.startswith(PERMANENT_PREFIXES):
            _log_unknown("Open API", resp)
            raise RetryLater(f"Open API HTTP {resp.status_code} {code}".strip())
        classify_http(PLATFORM, resp, code=data.get("code"), detail=_str(data.get("message"))[:200])
        # HTTP 200 does not mean delivered: DingTalk lists the refused and the throttled recipients.
        if data.get("flowControlledStaffIdList"):
            raise RetryLater("Open API flow-controlled the recipient", after_s=self.throttle_retry_s)
        if data.get("invalidStaffIdList"):
            raise SendFailed(PLATFORM, "invalidStaffId", "DingTalk does not know the recipient's staffId")

    async def _access_token(self) -> str:
        assert self._token_lock is not None
        async with self._token_lock:  # one refresh at a time; the others reuse it
            if self._token and time.monotonic() < self._token_until:
                return self._token
            resp = await self._post(f"{self.api_base}/v1.0/oauth2/accessToken",
                                    {"appKey": self.app_key, "appSecret": self._secret})
            data = _json(resp)
            classify_http(PLATFORM, resp, code=data.get("code"), detail=_str(data.get("message"))[:200])
            token, expire_in = data.get("accessToken"), data.get("expireIn", 7200)
            if not isinstance(token, str) or not token:
                raise SendFailed(PLATFORM, "no-access-token", "the token answer held no accessToken")
            lifetime = float(expire_in) if isinstance(expire_in, int | float) else 7200.0
            self._token, self._token_until = token, time.monotonic() + max(lifetime - TOKEN_EARLY_S, 30.0)
            return token

    async def _post(self, url: str, body: dict[str, Any], headers: dict[str, str] | None = None) -> httpx.Response:
        if self._client is None:
            raise RuntimeError("DingTalkAdapter.start() was not called")
        try:
            return await self._client.post(url, json=body, headers=headers)
        except httpx.TransportError as exc:  # the class name only: the message may carry the session URL
            raise RetryLater(f"network error: {exc.__class__.__name__}") from exc


def _about(seconds: float) -> float:
    """`seconds` plus up to half again, so replicas throttled together do not all come back together."""
    return seconds * random.uniform(1.0, 1.5)


def _log_unknown(api: str, resp: httpx.Response) -> None:
    """An answer we do not know: its status and body (DingTalk puts no secret in error bodies) for a report."""
    log.warning("dingtalk %s answered something unknown, will retry: HTTP %s %s", api, resp.status_code,
                resp.text[:300])


def _is_group(context: dict[str, str]) -> bool:
    kind = context.get("conversationType")
    return kind == "2" if kind else "staffId" not in context


def _str(value: Any) -> str:
    """Text fields as text; DingTalk sends some numbers (sessionWebhookExpiredTime) as JSON numbers."""
    if isinstance(value, str):
        return value
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else ""


def _json(resp: httpx.Response) -> dict[str, Any]:
    try:
        data = resp.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
