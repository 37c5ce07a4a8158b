"""Assembles the running bot from settings: store, model client, writer, engine, schedules; closes them in order."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime

from bot.compose import Backend, GreetingWriter
from bot.domain import OutgoingMessage
from bot.engine import Engine
from bot.llm import LLMClient
from bot.outbox import OutboxSender
from bot.scheduler import Leadership, Scheduler
from bot.schedules import Schedules
from bot.settings import Settings
from bot.store import Store

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    settings: Settings
    store: Store
    llm: LLMClient | None
    engine: Engine
    schedules: Schedules


@asynccontextmanager
async def running(
    settings: Settings, *, backend: Backend = "auto", today: Callable[[], date] = date.today,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> AsyncIterator[Runtime]:
    """The bot's parts, started in dependency order and closed in reverse, even on errors."""
    store = await Store.open(settings.resolved_database_url())
    llm = None if backend == "composer" else LLMClient(settings)
    try:
        # Extraction asks the model only when it answers now; otherwise every turn would wait on a dead endpoint.
        extractor = llm if llm is not None and await llm.available() else None
        writer = GreetingWriter(llm)
        schedules = Schedules(store, writer, timezone=settings.timezone, now=now, backend=backend)
        engine = Engine(store, writer, extractor=extractor, today=today, backend=backend, schedules=schedules)
        yield Runtime(settings, store, llm, engine, schedules)
    finally:
        if llm is not None:
            await llm.aclose()
        await store.close()


@asynccontextmanager
async def delivering(rt: Runtime, send: Callable[[str, OutgoingMessage], Awaitable[None]], *,
                     idempotent: frozenset[str] = frozenset()) -> AsyncIterator[OutboxSender]:
    """Scheduled sends running: the scheduler fires jobs, the outbox sender delivers through `send`; with several
    replicas on PostgreSQL, only in the one holding the scheduling lock."""
    s = rt.settings
    sender = OutboxSender(rt.store, rt.schedules, send, idempotent=idempotent, concurrency=s.outbox_concurrency,
                          lease_s=s.outbox_lease_s)
    scheduler = Scheduler(rt.schedules, s.resolved_database_url(), misfire_grace_s=s.schedule_misfire_grace_s)
    leadership = Leadership(rt.store.engine, poll_s=s.leader_poll_s)

    async def lead() -> None:
        await scheduler.start()
        sender.start()

    async def follow() -> None:
        await scheduler.stop()
        await sender.stop()

    leadership.start(lead, follow)
    try:
        yield sender
    finally:
        await leadership.stop()
