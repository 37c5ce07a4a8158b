"""The audit log's writer: who (the console has one admin), what, when, from where, for every login, logout and
action. Unauthenticated requests that fail before a password is checked are logged, not stored, so nobody can fill
the table from outside; the throttle bounds the failed logins that are."""

from __future__ import annotations

from typing import Any

from fastapi import Request

from bot.storage.audit import AuditEntry, ConsoleSession
from bot.storage.store import Store

ACTOR = "admin"


def client_address(request: Request) -> str:
    """The peer as uvicorn reports it (X-Forwarded-For only where uvicorn trusts the proxy, never read here)."""
    return request.client.host if request.client else "unknown"


async def record(store: Store, request: Request, action: str, *, session: ConsoleSession | None = None,
                 **detail: Any) -> None:
    await store.audit(AuditEntry(ACTOR, action, client_address(request), session.id[:12] if session else None,
                                 detail))
