"""Assembles the running bot from settings: store, model client, writer, engine, schedules; closes them in order."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol

from bot.cards.sending import CardMaker
from bot.conversation.engine import Engine
from bot.domain import OutgoingMessage, Role
from bot.permissions import Policy, RoleLookup
from bot.scheduling.outbox import OutboxSender
from bot.scheduling.runner import Leadership, Scheduler
from bot.scheduling.schedules import Schedules
from bot.service.retention import RetentionSweeper, Swept
from bot.settings import Settings
from bot.storage.budgets import DatabaseBudget
from bot.storage.retention import RetentionWindows
from bot.storage.store import Store
from bot.writing.compose import Backend, GreetingWriter
from bot.writing.guard import GuardStats
from bot.writing.llm import LLMClient

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    settings: Settings
    store: Store
    llm: LLMClient | None
    engine: Engine
    schedules: Schedules

    async def refresh_model(self) -> str | None:
        """Ask for the adapter the registry says is in service (after a promotion or a rollback); its name."""
        if self.llm is None:
            return None
        serving = await self.store.serving_adapter()
        if serving is not None and serving.name != self.llm.model:
            log.info("switching the greetings model from %s to %s", self.llm.model, serving.name)
            self.llm.model = serving.name
        return self.llm.model


def policy_from(settings: Settings) -> Policy:
    """Who may do what, from settings; who is a group's admin is wired in once the adapters run (`delivering`)."""
    return Policy(operators=frozenset(settings.operators), schedules_per_person=settings.max_schedules_per_person,
                  schedules_per_group=settings.max_schedules_per_group,
                  recipients_per_broadcast=settings.max_recipients_per_broadcast,
                  requests_per_minute=settings.max_requests_per_minute)


def roles_from(adapters: Mapping[str, object]) -> RoleLookup:
    """A group member's standing, asked of their platform's adapter (`member_role`), "unknown" where it has none."""

    async def role(platform: str, chat_id: str, user_id: str) -> Role:
        lookup = getattr(adapters.get(platform), "member_role", None)
        return await lookup(chat_id, user_id) if lookup is not None else "unknown"

    return role


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
        writer = GreetingWriter(llm, deadline_s=settings.first_draft_deadline_s,
                                guard=GuardStats(alert_rate=settings.guard_alert_rate, window=settings.guard_alert_window))
        schedules = Schedules(store, writer, timezone=settings.timezone, now=now, backend=backend)
        engine = Engine(store, writer, extractor=extractor, today=today, backend=backend, schedules=schedules,
                        policy=policy_from(settings), keys_kept_h=settings.retention_inbox_keys_s / 3600)
        rt = Runtime(settings, store, llm, engine, schedules)
        await rt.refresh_model()
        refresher = asyncio.create_task(_keep_refreshing(rt), name="serving-model-refresh") if llm else None
        try:
            yield rt
        finally:
            if refresher is not None:
                refresher.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await refresher
    finally:
        if llm is not None:
            await llm.aclose()
        await store.close()


async def _keep_refreshing(rt: Runtime) -> None:
    while True:
        await asyncio.sleep(rt.settings.serving_refresh_s)
        try:
            await rt.refresh_model()
        except Exception:  # the database blinked: keep the current model, try again next time
            log.warning("could not read the serving adapter", exc_info=True)


class Sender(Protocol):
    async def send(self, msg: OutgoingMessage) -> list[str] | None: ...


def send_through(adapters: Mapping[str, Sender]) -> Callable[[str, OutgoingMessage], Awaitable[list[str] | None]]:
    """(platform, message) → that platform's adapter: how the inbox worker and the outbox sender both send; the
    ids of what was posted, where the platform names them."""

    async def send(platform: str, msg: OutgoingMessage) -> list[str] | None:
        return await adapters[platform].send(msg)

    return send


@asynccontextmanager
async def delivering(rt: Runtime, adapters: Mapping[str, Sender], *,
                     on_swept: Swept | None = None) -> AsyncIterator[OutboxSender]:
    """Scheduled sends running: the scheduler fires jobs, the outbox sender delivers through `adapters`; with
    several replicas on PostgreSQL, only in the one holding the scheduling lock. The retention sweep runs with
    them (its counts go to `on_swept`)."""
    s = rt.settings
    shared = rt.store.engine.dialect.name == "postgresql"  # replicas: the platforms' limits are counted together
    rt.engine.policy.roles = roles_from(adapters)
    for adapter in adapters.values():
        if hasattr(adapter, "on_chat_moved"):  # a platform that can move a chat: what we stored follows it
            adapter.on_chat_moved = rt.store.move_chat
        if shared and hasattr(adapter, "limiter"):
            adapter.limiter.share(DatabaseBudget(rt.store.engine, adapter.platform))
    # Platforms that drop a repeat of the same message (Feishu's uuid): a send cut off by a crash is resent there.
    idempotent = frozenset(p for p, a in adapters.items() if getattr(a, "idempotent_sends", False))
    sender = OutboxSender(rt.store, rt.schedules, send_through(adapters), idempotent=idempotent,
                          concurrency=s.outbox_concurrency, lease_s=s.outbox_lease_s, cards=CardMaker(s.card_font))
    scheduler = Scheduler(rt.schedules, s.resolved_database_url(), misfire_grace_s=s.schedule_misfire_grace_s,
                          learn_cron=s.learn_cron, timezone=s.timezone)
    leadership = Leadership(rt.store.engine, poll_s=s.leader_poll_s)
    sweeper = RetentionSweeper(rt.store, RetentionWindows(inbox_keys_s=s.retention_inbox_keys_s,
                                                         console_audit_s=s.retention_console_audit_s),
                               interval_s=s.retention_interval_s, on_swept=on_swept)

    async def lead() -> None:
        await scheduler.start()
        sender.start()
        sweeper.start()

    async def follow() -> None:
        await scheduler.stop()
        await sender.stop()
        await sweeper.stop()

    leadership.start(lead, follow)
    try:
        yield sender
    finally:
        await leadership.stop()
