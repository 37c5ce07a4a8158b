"""Feishu event-subscription security: Encrypt Key decryption, X-Lark-Signature, verification token, freshness.

Pure functions over bytes and dicts so they are easy to test and cannot leak a secret into a log line.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Mapping
from typing import Any

from lark_oapi.core.utils.decryptor import AESCipher  # the SDK's own AES-256-CBC (key = SHA256(encrypt_key))

from adapters.base import VerificationFailed, load_json

# A signed request older than this is refused. One hour bounds how long a captured request stays replayable
# while leaving room for clock skew and Feishu's own delivery delays; a replay inside the window is harmless
# because the inbox dedupes on message_id / event_id.
MAX_AGE_S = 3600
# Timestamps from the future are allowed only as far as ordinary clock skew goes.
MAX_SKEW_S = 300
SIGNATURE_HEADER = "x-lark-signature"


def decrypt(encrypt_key: str, data: str) -> str:
    """The plaintext JSON of an `{"encrypt": data}` body; raises ValueError on a bad key or ciphertext."""
    return AESCipher(encrypt_key).decrypt_str(data)


def signature(timestamp: str, nonce: str, encrypt_key: str, body: bytes) -> str:
    """sha256_hex(timestamp + nonce + encrypt_key + raw body), Feishu's X-Lark-Signature for v2 events."""
    return hashlib.sha256((timestamp + nonce + encrypt_key).encode() + body).hexdigest()


def open_envelope(body: bytes, encrypt_key: str | None) -> dict[str, Any] | None:
    """The event as a dict (decrypted when it came encrypted), or None when it is not readable JSON."""
    outer = load_json(body)
    if isinstance(outer, dict) and isinstance(outer.get("encrypt"), str):
        if not encrypt_key:
            return None
        try:
            outer = load_json(decrypt(encrypt_key, outer["encrypt"]))
        except ValueError:  # base64, padding and decoding errors are all ValueErrors
            return None
    return outer if isinstance(outer, dict) else None


def check_token(expected: str, envelope: Mapping[str, Any]) -> None:
    """The verification token must match: `header.token` in the v2 schema, the top-level `token` otherwise."""
    header = envelope.get("header")
    token = header.get("token") if isinstance(header, Mapping) else envelope.get("token")
    if not isinstance(token, str) or not hmac.compare_digest(token.encode(), expected.encode()):
        raise VerificationFailed("feishu verification token mismatch", status=401)


def is_legacy_card_signature(headers: Mapping[str, str]) -> bool:
    """The legacy card request URL signs with sha1 (40 hex digits); v2 events and callbacks with sha256 (64)."""
    return len(headers.get(SIGNATURE_HEADER, "")) == 40


def check_legacy_card_signature(headers: Mapping[str, str], body: bytes, verification_token: str, now: float) -> None:
    """sha1_hex(timestamp + nonce + verification_token + raw body), as lark_oapi/card/action_handler.py
    (CardActionHandler._verify_sign) checks it, and the same freshness as v2 requests."""
    _check_signed(headers, body, lambda ts, nonce: hashlib.sha1((ts + nonce + verification_token).encode() + body
                                                               ).hexdigest(), now)


def check_signature(headers: Mapping[str, str], body: bytes, encrypt_key: str, now: float) -> None:
    """X-Lark-Signature must match the raw body and X-Lark-Request-Timestamp must be recent."""
    _check_signed(headers, body, lambda ts, nonce: signature(ts, nonce, encrypt_key, body), now)


def _check_signed(headers: Mapping[str, str], body: bytes, expect: Callable[[str, str], str], now: float) -> None:
    timestamp = headers.get("x-lark-request-timestamp", "")
    nonce = headers.get("x-lark-request-nonce", "")
    given = headers.get(SIGNATURE_HEADER, "")
    if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 16 and nonce and given):
        raise VerificationFailed("feishu signature headers missing", status=401)
    expected = expect(timestamp, nonce)
    if not hmac.compare_digest(given.lower().encode(), expected.encode()):
        raise VerificationFailed("feishu signature mismatch", status=401)
    age = now - int(timestamp)
    if age > MAX_AGE_S or age < -MAX_SKEW_S:
        raise VerificationFailed(f"feishu request timestamp out of window ({age:.0f}s)", status=401)
