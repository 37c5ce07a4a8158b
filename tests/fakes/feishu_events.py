"""Feishu's side of the webhook: events built, encrypted and signed as Feishu sends them, and how Feishu judges the
answer to a card callback.

- Envelope v2.0 {schema, header{event_id, event_type, create_time, token, app_id, tenant_key}, event}: lark_oapi
  event models (lark_oapi/api/im/v1/model/p2_im_message_receive_v1.py, lark_oapi/event/context.py).
- Encryption: base64(iv + AES-256-CBC(PKCS7(json))), key = SHA256(encrypt_key): lark_oapi/core/utils/decryptor.py.
- Signature: X-Lark-Signature = sha256_hex(timestamp + nonce + encrypt_key + body):
  lark_oapi/event/dispatcher_handler.py (EventDispatcherHandler._verify_sign).
- Card callback (card.action.trigger): event{operator, token, action, host, delivery_type, context}; the answer may
  carry "toast" {type, content, i18n} and "card" {type, data}: lark_oapi/event/callback/model/p2_card_action_trigger.py
  (P2CardActionTriggerResponse, CallBackToast, CallBackCard). Feishu waits 3 seconds for it: "需要在 3 秒内响应回调请求"
  (https://open.larksuite.com/document/ukTMukTMukTM/uYzM3QjL2MzN04iNzcDN/configuring-card-callbacks/
  card-callback-structure). Toast types success|info|warning|error and card types raw|template: from the card
  callback doc as summarised in shared/PLATFORMS.md §2.3 (not re-read). A late answer shows the user error 200341
  [obs: deepcoldy/botmux PR #111]; the code is not in the docs I read.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from Crypto.Cipher import AES  # pycryptodome, which lark-oapi itself depends on

from tests.fakes.feishu_answers import APP_ID, ENCRYPT_KEY, TENANT_KEY, VERIFICATION_TOKEN

if TYPE_CHECKING:
    from tests.fakes.feishu import FakeFeishu

CARD_ANSWER_WINDOW_S = 3.0  # card-callback-structure doc: answer within 3 s
TOAST_TYPES = {"success", "info", "warning", "error"}
CARD_TYPES = {"raw", "template"}


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


@dataclass(frozen=True)
class CardVerdict:
    """What the user sees after a card tap, as Feishu would decide from the bot's answer."""

    ok: bool
    toast: dict[str, Any] | None = None  # the toast shown, if any
    card: dict[str, Any] | None = None  # the card that replaces the tapped one, if any
    error: str = ""  # why Feishu shows the user an error instead


def judge_card_answer(status: int, body: bytes | str | dict[str, Any] | None, elapsed_s: float) -> CardVerdict:
    """Judge a bot's answer to card.action.trigger like Feishu: HTTP 200 within 3 s, a JSON object that is {} or has
    a well-formed "toast" and/or "card" (shapes: lark_oapi P2CardActionTriggerResponse)."""
    if elapsed_s > CARD_ANSWER_WINDOW_S:
        return CardVerdict(False, error="200341: no answer within 3 s [obs]")
    if status != 200:
        return CardVerdict(False, error=f"HTTP {status}")
    try:
        data = json.loads(body) if isinstance(body, (bytes, str)) else body
    except ValueError:
        return CardVerdict(False, error="answer is not JSON")
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return CardVerdict(False, error="answer is not a JSON object")
    toast, card = data.get("toast"), data.get("card")
    if toast is not None:
        if not isinstance(toast, dict) or toast.get("type") not in TOAST_TYPES:
            return CardVerdict(False, error=f"toast.type must be one of {sorted(TOAST_TYPES)}")
        if not isinstance(toast.get("content"), str) and not isinstance(toast.get("i18n"), dict):
            return CardVerdict(False, error="toast needs content (or i18n)")
    if card is not None and (not isinstance(card, dict) or card.get("type") not in CARD_TYPES
                             or "data" not in card):
        return CardVerdict(False, error=f"card must be {{type: {sorted(CARD_TYPES)}, data}}")
    return CardVerdict(True, toast=toast, card=card)
