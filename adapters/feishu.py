"""Feishu / Lark: event subscription v2 over HTTP in, the IM v1 message API out.

In: `im.message.receive_v1` (text and rich-text `post`) and `card.action.trigger` (button taps), both on the one
webhook, encrypted with the Encrypt Key and signed when one is set. Out: text messages, and an `interactive` card
(schema 2.0) when there are buttons; each button's callback value carries the payload and the owner back.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import json
import logging
import re
import time
from collections import OrderedDict
from typing import Any, ClassVar
from urllib.parse import quote

import httpx

from adapters import feishu_crypto as sec
from adapters.base import (Finding, Limit, RateLimiter, RetryLater, SendFailed, VerificationFailed, WebhookRequest,
                           WebhookResult, with_retries)
from adapters.feishu_cards import answer_tap, card, legacy_card_tap, tap_message
from adapters.feishu_images import IMAGE_REFUSED, with_picture
from bot.domain import ImageRefused, IncomingMessage, OutgoingMessage, Role
from bot.settings import Settings

log = logging.getLogger(__name__)

PLATFORM = "feishu"
# Feishu's hard cap is a 150 KB body; long texts are split well before that so each part reads well on a phone.
TEXT_LIMIT = 4000
# The tenant token is invalid, expired or missing: refresh once and retry. Source: lark_oapi/channel/errors.py.
TOKEN_INVALID = frozenset({99991661, 99991663, 99991664, 99991665, 99991666, 99991668})
# Frequency limits, not refusals: wait (x-ogw-ratelimit-reset when given) and send again. 99991400 is the app's
# limit (server-docs/api-call-guide/frequency-control), 230020 one chat's 5 QPS shared by every bot in it
# (im-v1/message create/reply error tables), 11232 the :00/:30 custom-bot limit. See shared PLATFORMS.md §2.5.
RATE_LIMITED = 99991400
CHAT_RATE_LIMITED = 230020
FREQUENCY_LIMITED = frozenset({RATE_LIMITED, CHAT_RATE_LIMITED, 11232})
# Refusals a retry cannot change: a bad parameter, the bot or user not in the chat, a user outside the app's
# availability, the bot ability off, a missing scope (im-v1/message create error table). Anything else that is not
# a success is retried within `with_retries`' budget, then reported with its code.
PERMANENT = frozenset({230001, 230002, 230006, 230013, 99991672})
TOKEN_EARLY_S = 600  # refresh 10 min before expiry, like the SDK
SENT_MEMORY = 2048  # how many of our own message ids we remember for reply-to-bot detection
_PLACEHOLDER = re.compile(r"@_user_\d+|@_all")


class FeishuAdapter:
    """Webhook in (`verify` → `parse`), IM API out (`send`); start() learns the bot's open_id."""

    platform: ClassVar[str] = PLATFORM
    path: ClassVar[str] = "/webhook/feishu"
    # Every send carries a uuid derived from the message, and Feishu drops a repeat of it for an hour: a send
    # interrupted by a crash can be repeated without a duplicate reaching anyone.
    idempotent_sends: ClassVar[bool] = True

    def __init__(self, app_id: str, app_secret: str, verification_token: str, *, encrypt_key: str | None = None,
                 api_base: str = "https://open.feishu.cn", timeout_s: float = 10.0, retry_base_s: float = 0.5) -> None:
        self.app_id, self._secret = app_id, app_secret
        self._verification_token, self._encrypt_key = verification_token, encrypt_key or None
        self.api_base, self.timeout_s, self.retry_base_s = api_base.rstrip("/"), timeout_s, retry_base_s
        self.bot_open_id: str | None = None
        self._http: httpx.AsyncClient | None = None
        self._token: str | None = None
        self._token_until = 0.0
        self._token_lock = asyncio.Lock()  # one refresh at a time, however many sends are waiting
        # Feishu allows 50/s and 1000/min per app, 5 QPS per chat (users and groups alike). A bucket lets through
        # at most burst + rate in any one second, so both terms are chosen to stay inside those numbers.
        self.limiter = RateLimiter(Limit(15, 35), Limit(3, 2))
        # Feishu cannot tell us who wrote a replied-to message; our own recent sends are the best hint we have.
        self._sent: OrderedDict[str, None] = OrderedDict()

    @classmethod
    def from_settings(cls, settings: Settings) -> FeishuAdapter:
        if not (settings.feishu_app_id and settings.feishu_app_secret and settings.feishu_verification_token):
            raise ValueError("GREETBOT_FEISHU_APP_ID, _APP_SECRET and _VERIFICATION_TOKEN are all required")
        return cls(settings.feishu_app_id, settings.feishu_app_secret, settings.feishu_verification_token,
                   encrypt_key=settings.feishu_encrypt_key, api_base=settings.feishu_api_base)

    # Lifecycle ----------------------------------------------------------------------------------

    async def start(self) -> None:
        """Open the HTTP client and learn our open_id (needed to tell whether a group message @-ed us)."""
        self._http = httpx.AsyncClient(base_url=self.api_base, timeout=self.timeout_s)
        try:
            data = await with_retries(PLATFORM, self._bot_info, base_delay_s=self.retry_base_s)
        except BaseException:
            await self.stop()
            raise
        self.bot_open_id = data["open_id"]
        log.info("feishu bot %s ready", data.get("app_name", ""))

    async def received(self, msg: IncomingMessage) -> None:
        return None  # a card tap is answered in the callback's own HTTP answer (parse)

    async def member_role(self, chat_id: str, user_id: str) -> Role:
        """Owner or manager, per chat info (获取群信息: owner_id, user_manager_id_list; no API lists managers)."""
        try:
            data = await self._api(f"/open-apis/im/v1/chats/{quote(chat_id, safe='')}", {"user_id_type": "open_id"},
                                   {}, method="GET")
        except (RetryLater, SendFailed) as exc:  # not in the chat, no permission: Feishu would not say
            log.warning("feishu chat info for %s failed: %s", chat_id, exc)
            return "unknown"
        managers = data.get("user_manager_id_list") or []
        return "owner" if data.get("owner_id") == user_id else "admin" if user_id in managers else "member"

    async def check(self) -> list[Finding]:
        """start() already proved the app credentials (tenant token) and read bot/v3/info."""
        found = [Finding(PLATFORM, f"app credentials accepted; bot open_id {self.bot_open_id}")]
        if not self._encrypt_key:
            found.append(Finding(PLATFORM, "no Encrypt Key: events arrive unsigned and unencrypted; set one in the "
                                           "console and GREETBOT_FEISHU_ENCRYPT_KEY", "warning"))
        return found

    async def setup(self, public_url: str) -> list[Finding]:
        """Feishu has no API to set the request URL: what to paste in the developer console."""
        return [Finding(PLATFORM, line) for line in console_steps(public_url.rstrip("/") + self.path)]

    async def stop(self) -> None:
        if self._http is not None:
            await self._http.aclose()
            self._http = None
        self._token, self._token_until = None, 0.0

    # In: verify and parse -----------------------------------------------------------------------

    def verify(self, req: WebhookRequest) -> None:
        if sec.is_legacy_card_signature(req.headers):
            # The legacy card request URL signs with the Verification Token (sha1), encrypted or not.
            sec.check_legacy_card_signature(req.headers, req.body, self._verification_token, req.received_at)
            return
        if self._encrypt_key and sec.SIGNATURE_HEADER in req.headers:
            # Signed: the signature over the raw bytes is checked before anything of the body is parsed.
            sec.check_signature(req.headers, req.body, self._encrypt_key, req.received_at)
            envelope = sec.open_envelope(req.body, self._encrypt_key)
            if envelope is not None:
                sec.check_token(self._verification_token, envelope)
            return  # signed by Feishu but unreadable: parse drops it quietly
        envelope = sec.open_envelope(req.body, self._encrypt_key)  # bounded: depth and size
        if envelope is not None and envelope.get("type") == "url_verification":
            # Feishu does not sign the URL check (the SDK skips it too): the token, inside the ciphertext when an
            # Encrypt Key is set, is the proof; the answer only echoes the challenge and nothing is stored.
            sec.check_token(self._verification_token, envelope)
            return
        if self._encrypt_key:
            raise VerificationFailed("feishu signature headers missing", status=401)
        if envelope is None:
            raise VerificationFailed("feishu body is not JSON; nothing to verify it by", status=400)
        sec.check_token(self._verification_token, envelope)

    def replay_key(self, req: WebhookRequest) -> tuple[str, float] | None:
        return None  # X-Lark-Signature covers the body: a repeat is a redelivery the inbox dedupes

    def parse(self, req: WebhookRequest) -> WebhookResult:
        envelope = sec.open_envelope(req.body, self._encrypt_key)
        if envelope is None:
            return WebhookResult()
        if envelope.get("type") == "url_verification":
            challenge = envelope.get("challenge")
            return WebhookResult(response={"challenge": challenge}) if isinstance(challenge, str) else WebhookResult()
        header, event = envelope.get("header"), envelope.get("event")
        if "open_message_id" in envelope and isinstance(envelope.get("action"), dict):
            return legacy_card_tap(envelope, req.headers.get("x-lark-request-nonce", ""))
        if not isinstance(header, dict) or not isinstance(event, dict):
            return WebhookResult()  # v1 schema or junk: we subscribe to v2 only
        kind = header.get("event_type")
        try:
            if kind == "im.message.receive_v1":
                msg = self._message(event)
                return WebhookResult([msg] if msg else [])
            if kind == "card.action.trigger":
                ctx = event.get("context") or {}
                return answer_tap(tap_message(event.get("action"), (event.get("operator") or {}).get("open_id"),
                                             ctx.get("open_chat_id"), ctx.get("open_message_id"),
                                             str(header.get("event_id") or "")))
        except (AttributeError, KeyError, TypeError, ValueError):  # a shape we do not know: drop, never raise
            log.warning("feishu %s event with an unexpected shape dropped (event %s)", kind, header.get("event_id"))
            return WebhookResult(response={} if kind == "card.action.trigger" else None)
        return WebhookResult()

    def _message(self, event: dict[str, Any]) -> IncomingMessage | None:
        sender, m = event.get("sender") or {}, event["message"]
        if sender.get("sender_type") != "user":
            return None  # other bots and apps, never ourselves in a loop
        text = _text_of(m.get("message_type"), m.get("content") or "")
        if text is None:
            return None  # images, stickers, files, audio...
        mentions = [x for x in (m.get("mentions") or []) if isinstance(x, dict)]
        ours = [x for x in mentions if self.bot_open_id and (x.get("id") or {}).get("open_id") == self.bot_open_id]
        # Longest key first so @_user_1 never eats the start of @_user_12.
        for x in sorted(mentions, key=lambda x: -len(str(x.get("key", "")))):
            if x.get("key"):
                text = text.replace(x["key"], "" if x in ours else str(x.get("name") or ""))
        text = re.sub(r"[ \t\u00a0]+", " ", _PLACEHOLDER.sub("", text)).strip()
        if not text:
            return None
        message_id, parent = str(m["message_id"]), str(m.get("parent_id") or "")
        chat_type = str(m.get("chat_type") or "group")
        # Without storage we cannot know who wrote the parent: a reply counts as to us when it also @-s us, or
        # when its parent is one of our own recent sends (lost on restart: then only the @ counts).
        reply_to_bot = bool(parent) and (bool(ours) or parent in self._sent)
        return IncomingMessage(
            PLATFORM, str(m["chat_id"]), str(sender["sender_id"]["open_id"]), text, message_id=message_id,
            is_group=chat_type != "p2p", mentioned=bool(ours), reply_to_bot=reply_to_bot, replied_to=parent,
            event_id=message_id,  # Feishu: dedupe on message_id; a redelivery may carry a new event_id
            context={"message_id": message_id, "chat_type": chat_type})

    # Out: send ----------------------------------------------------------------------------------

    async def send(self, msg: OutgoingMessage) -> list[str]:
        if self._http is None:
            raise RuntimeError("FeishuAdapter.send before start()")
        reply_to = msg.reply_to or msg.context.get("message_id") or None
        sent: list[str] = []
        # The picture first (uploaded, then an image message), the text after it.
        for index, (msg_type, content) in enumerate(await with_picture(self._api, msg, _bodies(msg))):
            key = _uuid(msg, reply_to, index, msg_type, content)
            if reply_to:
                path = f"/open-apis/im/v1/messages/{quote(reply_to, safe='')}/reply"
                call = functools.partial(self._api, path, None, {"msg_type": msg_type, "content": content, "uuid": key})
            else:
                # A scheduled DM to a person names them by open_id; everything else goes to a chat.
                id_type = msg.context.get("receive_id_type", "chat_id")
                call = functools.partial(self._api, "/open-apis/im/v1/messages", {"receive_id_type": id_type},
                                         {"receive_id": msg.chat_id, "msg_type": msg_type, "content": content,
                                          "uuid": key})
            await self.limiter.acquire(msg.chat_id)
            try:
                data = await with_retries(PLATFORM, call, base_delay_s=self.retry_base_s,
                                          on_retry_after=lambda s: self.limiter.pause(msg.chat_id, s))
            except SendFailed as exc:
                if exc.code == "retries-exhausted":  # refusals were logged with Feishu's code where they happened
                    log.error("feishu send to %s gave up: %s", msg.chat_id, exc.detail)
                raise
            if data.get("message_id"):
                sent.append(str(data["message_id"]))
                self._sent[str(data["message_id"])] = None
                while len(self._sent) > SENT_MEMORY:
                    self._sent.popitem(last=False)
        return sent

    async def _api(self, path: str, params: dict[str, str] | None, body: dict[str, Any], *, method: str = "POST",
                   refreshed: bool = False, files: dict[str, Any] | None = None) -> dict[str, Any]:
        """One authorised call (JSON, or multipart with `files`); its `data`. 429/5xx/network → RetryLater, a
        refusal → SendFailed (ImageRefused: a picture Feishu will not take)."""
        assert self._http is not None
        token = await self._tenant_token()
        try:
            resp = await self._http.request(method, path, params=params, headers={"Authorization": f"Bearer {token}"},
                                            json=body if method != "GET" and files is None else None,
                                            data=body if files is not None else None, files=files)
        except httpx.HTTPError as exc:
            raise RetryLater(f"network: {exc.__class__.__name__}") from exc
        code, msg, payload = _decode(resp)
        if code in TOKEN_INVALID:
            if self._token == token:
                self._token, self._token_until = None, 0.0
            if not refreshed:  # expired or revoked early: one fresh token, one more try
                return await self._api(path, params, body, method=method, refreshed=True, files=files)
        if resp.status_code == 429 or code in FREQUENCY_LIMITED:
            reset = resp.headers.get("x-ogw-ratelimit-reset", "")
            raise RetryLater(f"rate limited (code {code})", float(reset) if reset.isdigit() else None)
        if resp.status_code >= 500:
            raise RetryLater(f"HTTP {resp.status_code} (code {code})")
        if code in PERMANENT or code in IMAGE_REFUSED or (code in TOKEN_INVALID and refreshed):
            log.error("feishu %s refused: HTTP %s code %s: %s", path.split("/")[-1], resp.status_code, code, msg)
            raise (ImageRefused if code in IMAGE_REFUSED else SendFailed)(PLATFORM, code, msg)
        if resp.status_code >= 400 or code != 0:  # not known to be final: the body goes to the log for a report
            log.warning("feishu %s answered something unknown, will retry: HTTP %s %s", path.split("/")[-1],
                        resp.status_code, resp.text[:300])
            raise RetryLater(f"HTTP {resp.status_code} code {code}: {msg[:100]}")
        return payload

    async def _tenant_token(self) -> str:
        async with self._token_lock:
            if self._token and time.monotonic() < self._token_until:
                return self._token
            return await self._fetch_token()

    async def _fetch_token(self) -> str:
        assert self._http is not None
        try:
            resp = await self._http.post("/open-apis/auth/v3/tenant_access_token/internal",
                                         json={"app_id": self.app_id, "app_secret": self._secret})
        except httpx.HTTPError as exc:
            raise RetryLater(f"token: network {exc.__class__.__name__}") from exc
        code, msg, payload = _decode(resp, data_key=None)
        if resp.status_code == 429 or resp.status_code >= 500 or code == RATE_LIMITED:
            raise RetryLater(f"token: HTTP {resp.status_code} (code {code})")
        token = payload.get("tenant_access_token")
        if code != 0 or not isinstance(token, str):
            log.error("feishu tenant_access_token refused: HTTP %s code %s: %s", resp.status_code, code, msg)
            raise SendFailed(PLATFORM, code, f"tenant_access_token: {msg}")
        expire = float(payload.get("expire") or 7200)
        self._token = token
        self._token_until = time.monotonic() + max(expire - TOKEN_EARLY_S, expire / 2)
        return token

    async def _bot_info(self) -> dict[str, Any]:
        data = await self._api("/open-apis/bot/v3/info", None, {}, method="GET")
        if not isinstance(data.get("open_id"), str):
            raise SendFailed(PLATFORM, None, "bot/v3/info has no open_id")
        return data


def console_steps(url: str) -> tuple[str, ...]:
    """The developer-console settings for a request URL, in the order they are set."""
    return (
        f"Events & Callbacks → Event configuration → request URL: {url} (Feishu sends a url_verification first)",
        "subscribe to im.message.receive_v1; permissions im:message.p2p_msg:readonly, "
        "im:message.group_at_msg:readonly, im:message:send_as_bot, and im:chat:readonly (who owns and manages a "
        "group: only they may schedule greetings into it)",
        f"Callback configuration → card callback (card.action.trigger, the new format) → request URL: {url} "
        "(a legacy card request URL works too, but Feishu is retiring it)",
        "Encryption strategy: set an Encrypt Key (→ GREETBOT_FEISHU_ENCRYPT_KEY) and copy the Verification "
        "Token (→ GREETBOT_FEISHU_VERIFICATION_TOKEN)")


def _decode(resp: httpx.Response, data_key: str | None = "data") -> tuple[int | None, str, dict[str, Any]]:
    """(code, msg, data) of a Feishu answer; code None when the body is not Feishu's JSON."""
    try:
        body = resp.json()
    except ValueError:
        return None, resp.text[:200], {}
    if not isinstance(body, dict):
        return None, "", {}
    code = body.get("code")
    # bot/v3/info answers {"bot": {...}}, the token call answers at the top level, the rest inside "data".
    data = body if data_key is None else body.get("data") if "data" in body else body.get("bot")
    return (code if isinstance(code, int) else None), str(body.get("msg", "")), data if isinstance(data, dict) else {}


def _text_of(message_type: Any, content: str) -> str | None:
    """The text a person typed: `text` as is, `post` (rich text) flattened; None for everything else."""
    if message_type not in ("text", "post"):
        return None
    try:
        body = json.loads(content)
    except ValueError:
        return None
    if not isinstance(body, dict):
        return None
    if message_type == "text":
        return body.get("text") if isinstance(body.get("text"), str) else None
    if "content" not in body:  # some clients wrap the post in a locale: {"zh_cn": {...}}
        body = next((v for v in body.values() if isinstance(v, dict) and "content" in v), {})
    lines = [str(body.get("title") or "")]
    for paragraph in body.get("content") or []:
        parts = []
        for el in paragraph if isinstance(paragraph, list) else []:
            if isinstance(el, dict) and el.get("tag") in ("text", "a", "code_block"):
                parts.append(str(el.get("text") or ""))
            elif isinstance(el, dict) and el.get("tag") == "at":
                parts.append(str(el.get("user_id") or ""))  # the @_user_N key: resolved with `mentions`
        lines.append("".join(parts))
    return "\n".join(line for line in lines if line.strip())


def split_text(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Parts of at most `limit` characters, cut at a line break when there is one in the second half."""
    parts: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = rest.rfind("\n", limit // 2, limit + 1)
        cut = cut if cut > 0 else limit
        parts.append(rest[:cut])
        rest = rest[cut:].lstrip("\n")
    parts.append(rest)
    return [p for p in parts if p.strip()]


def _uuid(msg: OutgoingMessage, reply_to: str | None, index: int, msg_type: str, content: str) -> str:
    """Same message, same key: a retried send (here or by the inbox after a restart) is not shown twice. A picture
    counts by its bytes (each upload gets a new image_key)."""
    same = hashlib.sha256(msg.image).hexdigest() if msg_type == "image" and msg.image else content
    return hashlib.sha256("\x1f".join((msg.chat_id, reply_to or "", msg.owner or "", msg.context.get("event", ""),
                                       str(index), same)).encode()).hexdigest()[:40]


def _bodies(msg: OutgoingMessage) -> list[tuple[str, str]]:
    """(msg_type, content JSON string) per message to send: text parts, the last one a card when there are buttons."""
    parts = split_text(msg.text)
    if not msg.buttons:
        return [("text", json.dumps({"text": p}, ensure_ascii=False)) for p in parts]
    last = parts.pop() if parts else ""
    p2p = msg.context.get("chat_type") == "p2p"
    return [("text", json.dumps({"text": p}, ensure_ascii=False)) for p in parts] + [
        ("interactive", json.dumps(card(last, msg.buttons, msg.owner, p2p), ensure_ascii=False))]
