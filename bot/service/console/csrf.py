"""CSRF: every POST of a session carries that session's token (a hidden form field, or the X-CSRF-Token header);
the login form, before any session, carries a token that must equal the signed one in its own short-lived cookie.
Compared in constant time. SameSite=Strict cookies already keep other sites' forms out; the token holds where a
browser or a proxy does not honour SameSite, and the Origin check refuses a cross-origin POST outright."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Mapping
from urllib.parse import urlsplit

FIELD = "csrf"
HEADER = "x-csrf-token"


class CsrfRefused(Exception):
    """A POST without the right token (or from another origin): answered 403, and nothing is done."""


def new_token() -> str:
    return secrets.token_urlsafe(32)


def matches(expected: str, given: str | None) -> bool:
    return bool(given) and hmac.compare_digest(expected.encode(), (given or "").encode())


def given_token(form: Mapping[str, str], headers: Mapping[str, str]) -> str | None:
    return form.get(FIELD) or headers.get(HEADER)


def same_origin(headers: Mapping[str, str]) -> bool:
    """False only when the browser names an Origin whose host is not ours (old browsers send none: the token decides)."""
    origin = headers.get("origin")
    if not origin:
        return True
    if origin == "null":
        return False
    return urlsplit(origin).netloc.lower() == headers.get("host", "").lower()


def require(expected: str, form: Mapping[str, str], headers: Mapping[str, str]) -> None:
    if not same_origin(headers) or not matches(expected, given_token(form, headers)):
        raise CsrfRefused()
