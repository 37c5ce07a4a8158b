"""Console sessions: a random id, signed (itsdangerous, HMAC-SHA256 with a timestamp) into an HttpOnly,
SameSite=Strict cookie on /console with a Max-Age; the database keeps only the id's SHA-256, with the session's CSRF
token, its "Try it" chat and its expiry, so a logout ends it on every replica and a database copy holds no cookie.

SameSite=Strict rather than Lax: the console is opened directly, never followed from another site's link into a
state the operator needs, and Strict keeps the cookie off every cross-site request, top-level GETs included (Lax
would still send it there). A link from elsewhere just shows the login page.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from fastapi import Request, Response
from itsdangerous import BadData, TimestampSigner

from bot.service.console.credentials import Credential
from bot.service.console.csrf import new_token
from bot.storage.audit import ConsoleSession

PREFIX = "/console"
COOKIE = "greetbot_console"
LOGIN_COOKIE = "greetbot_console_login"
LOGIN_PATH = f"{PREFIX}/login"
LOGIN_TOKEN_S = 3600  # a login form older than an hour is refused (the page is simply loaded again)
MAX_COOKIE = 512  # ours are ~120 characters; anything longer is not ours and is not even unsigned


def session_hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


@dataclass(frozen=True)
class NewSession:
    cookie: str  # the signed session id, for the Set-Cookie header
    session: ConsoleSession  # what the database keeps


class SessionCookies:
    def __init__(self, credential: Credential, *, max_age_s: int, secure: bool | None) -> None:
        self.max_age_s, self.secure = max_age_s, secure
        self._session = TimestampSigner(credential.signing_key, salt="greetbot.console.session")
        self._login = TimestampSigner(credential.signing_key, salt="greetbot.console.login")

    def mint(self, now: datetime | None = None) -> NewSession:
        sid = secrets.token_urlsafe(32)
        expires = (now or datetime.now(UTC)) + timedelta(seconds=self.max_age_s)
        return NewSession(self._session.sign(sid).decode(),
                          ConsoleSession(session_hash(sid), new_token(), f"try-{secrets.token_hex(6)}", expires))

    def session_id(self, cookie: str | None) -> str | None:
        """The (hashed) session id a cookie carries, or None when it is missing, forged, or older than a login lasts."""
        if not cookie or len(cookie) > MAX_COOKIE:
            return None
        try:
            sid = self._session.unsign(cookie, max_age=self.max_age_s).decode()
        except (BadData, UnicodeDecodeError):
            return None
        return session_hash(sid)

    def login_form(self) -> tuple[str, str]:
        """(the login cookie's value, the token the form carries)."""
        token = new_token()
        return self._login.sign(token).decode(), token

    def login_token(self, cookie: str | None) -> str | None:
        if not cookie or len(cookie) > MAX_COOKIE:
            return None
        try:
            return self._login.unsign(cookie, max_age=LOGIN_TOKEN_S).decode()
        except (BadData, UnicodeDecodeError):
            return None

    def _secure(self, request: Request) -> bool:
        return self.secure if self.secure is not None else request.url.scheme == "https"

    def set_session(self, response: Response, request: Request, cookie: str) -> None:
        response.set_cookie(COOKIE, cookie, max_age=self.max_age_s, path=PREFIX, httponly=True, samesite="strict",
                            secure=self._secure(request))

    def clear_session(self, response: Response, request: Request) -> None:
        response.delete_cookie(COOKIE, path=PREFIX, httponly=True, samesite="strict", secure=self._secure(request))

    def set_login(self, response: Response, request: Request, cookie: str) -> None:
        response.set_cookie(LOGIN_COOKIE, cookie, max_age=LOGIN_TOKEN_S, path=LOGIN_PATH, httponly=True,
                            samesite="strict", secure=self._secure(request))

    def clear_login(self, response: Response, request: Request) -> None:
        response.delete_cookie(LOGIN_COOKIE, path=LOGIN_PATH, httponly=True, samesite="strict",
                               secure=self._secure(request))
