"""Helpers for the console's tests: settings with a console password, a logged-in TestClient, tokens off pages."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

PASSWORD = "correct horse battery staple"
SESSION_KEY = "console-session-key-0f9e8d7c6b5a"
TELEGRAM_TOKEN = "123456:TELEGRAM-TOKEN-never-shown"
FEISHU_SECRET = "feishu-app-secret-never-shown"
DINGTALK_SECRET = "dingtalk-app-secret-never-shown"
DB_PASSWORD = "db-password-never-shown"


def console_settings(tmp_path: Path, **overrides: Any):
    from bot.settings import Settings

    values: dict[str, Any] = dict(data_dir=tmp_path, llm_base_url="http://127.0.0.1:9/v1", llm_timeout_s=0.5,
                                  console_password=PASSWORD, _env_file=None)
    values.update(overrides)
    return Settings(**values)


_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(html: str) -> str:
    found = _CSRF.search(html)
    assert found, "the page carries no CSRF field"
    return found.group(1)


def login(client: TestClient, password: str = PASSWORD, *, next_: str = "/console/"):
    """POST the login form as a browser would (its token from the login page); the response, not followed."""
    page = client.get("/console/login")
    return client.post("/console/login", data={"csrf": csrf_of(page.text), "password": password, "next": next_},
                       follow_redirects=False)


def logged_in(client: TestClient) -> str:
    """Log in; the session's CSRF token (read off the overview page)."""
    r = login(client)
    assert r.status_code == 303, r.text
    return csrf_of(client.get("/console/").text)


def set_cookies(response) -> dict[str, str]:
    """Set-Cookie headers by cookie name, each as its raw header value."""
    return {h.split("=", 1)[0]: h for h in response.headers.get_list("set-cookie")}
