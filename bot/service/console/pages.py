"""Server-rendered pages: one Jinja2 environment over the package's templates, autoescaped, with the security
headers every console response carries (a strict CSP: our own scripts and styles only, no inline code, no framing)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from bot.service.console.i18n import words

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

SECURITY_HEADERS = {
    "content-security-policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "cache-control": "no-store",  # pages show personal data: no shared or back-button cache keeps a copy
}


class Pages:
    def __init__(self, *, timezone: str) -> None:
        self.tz = ZoneInfo(timezone)
        self.env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                               trim_blocks=True, lstrip_blocks=True)
        self.env.filters["local"] = self._local
        self.env.filters["ago"] = _ago

    def _local(self, t: datetime | float | None) -> str:
        if t is None:
            return ""
        when = datetime.fromtimestamp(t, self.tz) if isinstance(t, (int, float)) else t.astimezone(self.tz)
        return when.strftime("%Y-%m-%d %H:%M")

    def render(self, request: Request, template: str, *, lang: str, status: int = 200,
               headers: dict[str, str] | None = None, **context: Any) -> HTMLResponse:
        html = self.env.get_template(template).render(t=words(lang), lang=lang, path=request.url.path, **context)
        return HTMLResponse(html, status_code=status, headers={**SECURITY_HEADERS, **(headers or {})})


def _ago(t: datetime | float | None, now: datetime | float) -> str:
    if t is None:
        return ""
    a = t if isinstance(t, (int, float)) else t.timestamp()
    b = now if isinstance(now, (int, float)) else now.timestamp()
    s = max(0, int(b - a))
    return f"{s} s" if s < 120 else f"{s // 60} min" if s < 7200 else f"{s // 3600} h"
