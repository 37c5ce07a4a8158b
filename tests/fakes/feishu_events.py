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
  card-callback-structure). Toast types info|success|error|warning and card types raw|template: re-read in
  https://open.feishu.cn/document/feishu-cards/card-callback-communication (docs mirror, updatedAt 2025-09-01), whose
  error table also documents 200341 (no answer in time), 200671 (non-200), 200672 (bad answer body), 200673 (bad card)
  and 200830 (a JSON 2.0 card cannot be updated to a JSON 1.0 one); no 3xx answers.
- Legacy card callback (card.action.trigger_v1, the old 消息卡片请求网址; SDK lark_oapi/card/action_handler.py
  CardActionHandler, lark_oapi/card/model.py Card): a flat body {open_id, user_id, tenant_key, open_message_id,
  open_chat_id, token, action{value, tag, …}} (doc https://open.feishu.cn/document/deprecated-guide/message-card/
  configuring-card-callbacks/card-callback-structure, mirror updatedAt 2025-06-25; open_chat_id is in the SDK's Card
  model but not in the doc's table; user_id only with the "获取用户 user ID" scope). Optionally {"encrypt": …} (the
  SDK's _decrypt); signed X-Lark-Signature = sha1_hex(timestamp + nonce + verification_token + raw body) (the SDK's
  _verify_sign; it skips the check when no verification token is configured, and never checks url_verification).
  The legacy answer within 3 s: {"toast"?, and a JSON 1.0 card's header/elements/i18n_elements/config/card_link at the
  top level} or {"toast"?, "type": "template", "data": {template_id, template_variable?, template_version_name?}}; an
  answer without card fields keeps the card (the SDK itself answers {"msg":"success"} when the handler returns None).
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

from tests.fakes.feishu_answers import (
    APP_ID,
    ENCRYPT_KEY,
    TENANT_KEY,
    VERIFICATION_TOKEN,
)

if TYPE_CHECKING:
    from tests.fakes.feishu import FakeFeishu

CARD_ANSWER_WINDOW_S = 3.0  # card-callback-structure doc: answer within 3 s
TOAST_TYPES = {"success", "info", "warning", "error"}
CARD_TYPES = {"raw", "template"}
LEGACY_CARD_FIELDS = {"header", "elements", "i18n_elements", "config", "card_link"}  # legacy doc, 使用卡片 JSON 代码响应


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

    def legacy_card_action(self, chat_id: str, user: str, value: dict[str, Any] | str, *, card_message_id: str,
                           tag: str = "button", user_id: str | None = None, token: str | None = None,
                           **action: Any) -> dict[str, Any]:
        """A card.action.trigger_v1 body (legacy 消息卡片请求网址) for a tap on a component whose value is `value`;
        `action` adds name / form_value / option / timezone … (legacy doc 回调结构体; SDK lark_oapi/card/model.py)."""
        self.fake.messages.setdefault(card_message_id, chat_id)
        body: dict[str, Any] = {"open_id": user, "open_message_id": card_message_id, "open_chat_id": chat_id,
                                "tenant_key": TENANT_KEY, "token": token or "c-" + os.urandom(8).hex(),
                                "action": {"value": value, "tag": tag, **action}}
        if user_id is not None:  # only with the contact:user.employee_id:readonly scope (legacy doc 字段权限要求)
            body["user_id"] = user_id
        return body

    def legacy_seal(self, payload: dict[str, Any], *, encrypted: bool = False, timestamp: int | None = None,
                    nonce: str | None = None, sign_with: str | None = None,
                    signed: bool = True) -> tuple[bytes, dict[str, str]]:
        """(body, headers) as Feishu posts a legacy card callback: the JSON (or {"encrypt": …} with the Encrypt Key,
        as CardActionHandler._decrypt reads it), signed X-Lark-Signature = sha1(timestamp + nonce + token + body)."""
        plain = json.dumps(payload, ensure_ascii=False)
        if encrypted:
            assert self.encrypt_key, "no Encrypt Key to encrypt with"
            plain = json.dumps({"encrypt": encrypt(self.encrypt_key, plain)})
        body = plain.encode()
        headers = {"content-type": "application/json; charset=utf-8", "x-request-id": os.urandom(8).hex()}
        if signed:
            ts = str(timestamp if timestamp is not None else int(time.time()))
            nonce = nonce if nonce is not None else os.urandom(8).hex()
            key = sign_with if sign_with is not None else self.token
            headers |= {"X-Lark-Request-Timestamp": ts, "X-Lark-Request-Nonce": nonce,
                        "X-Lark-Signature": legacy_signature(ts, nonce, key, body)}
        return body, headers


def legacy_signature(timestamp: str, nonce: str, verification_token: str, body: bytes) -> str:
    """lark_oapi/card/action_handler.py CardActionHandler._verify_sign: sha1((ts + nonce + token).encode() + body)."""
    return hashlib.sha1((timestamp + nonce + verification_token).encode() + body).hexdigest()


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


def judge_legacy_card_answer(status: int, body: bytes | str | dict[str, Any] | None, elapsed_s: float, *,
                             sent_schema: str = "1.0") -> CardVerdict:
    """Judge a bot's answer to a legacy card callback (card.action.trigger_v1) like Feishu: HTTP 200 (no 3xx) within
    3 s, a JSON object: toast and/or a JSON 1.0 card at the top level, or a template {type: template, data}; codes from
    the card-callback-communication error table. `sent_schema` is the schema of the tapped card: a "2.0" card cannot be
    replaced by a 1.0 card (200830), and the legacy answer has no place for a 2.0 card."""
    if elapsed_s > CARD_ANSWER_WINDOW_S:
        return CardVerdict(False, error="200341: no answer within 3 s")
    if status != 200:
        return CardVerdict(False, error=f"200671: HTTP {status}")
    try:
        data = json.loads(body) if isinstance(body, (bytes, str)) else body
    except ValueError:
        return CardVerdict(False, error="200672: answer is not JSON")
    data = {} if data is None else data
    if not isinstance(data, dict):
        return CardVerdict(False, error="200672: answer is not a JSON object")
    toast = data.get("toast")
    if toast is not None and (not isinstance(toast, dict) or toast.get("type") not in TOAST_TYPES
                              or not (isinstance(toast.get("content"), str) or isinstance(toast.get("i18n"), dict))):
        return CardVerdict(False, error="200672: toast needs type info|success|error|warning and content/i18n")
    if "card" in data:  # the card.action.trigger answer shape; the legacy doc has no `card` field [assumed: refused]
        return CardVerdict(False, error="200672: `card` belongs to the card.action.trigger answer, not the legacy one")
    if "schema" in data or "body" in data:  # a JSON 2.0 card; the legacy answer lists 1.0 fields only [assumed]
        return CardVerdict(False, error="200673: the legacy answer carries JSON 1.0 card fields only")
    if data.get("type") == "template":
        template = data.get("data")
        if not isinstance(template, dict) or not isinstance(template.get("template_id"), str):
            return CardVerdict(False, error="200673: template answer needs data.template_id")
        return CardVerdict(True, toast=toast, card={"type": "template", "data": template})
    card = {k: v for k, v in data.items() if k in LEGACY_CARD_FIELDS}
    if card and sent_schema == "2.0":
        return CardVerdict(False, error="200830: a JSON 2.0 card cannot be updated to a JSON 1.0 card")
    if "elements" in card and not isinstance(card["elements"], list):
        return CardVerdict(False, error="200673: elements must be a list")
    return CardVerdict(True, toast=toast, card=card or None)
