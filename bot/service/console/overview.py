"""The overview page's figures, gathered in one place from what the bot records: the database (inbox, outbox,
drafts, schedules, shared by every replica) and this process (webhooks seen, platforms' throttling answers).
What nothing records yet is `None`, shown as "not tracked", never guessed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.storage.activity import BroadcastLine, PlatformActivity
from bot.storage.store import Store

WINDOW = timedelta(hours=24)


@dataclass(frozen=True)
class WebhookSeen:
    """The last webhook this process received for a platform, and what became of it (stored, refused, …)."""

    at: float
    outcome: str


@dataclass(frozen=True)
class PlatformStatus:
    platform: str
    mounted: bool
    activity: PlatformActivity
    last_webhook: WebhookSeen | None
    throttled: int | None  # None: not mounted here, so nothing could be counted


@dataclass(frozen=True)
class Overview:
    platforms: list[PlatformStatus]
    inbox: dict[str, int]
    outbox: dict[str, int]
    drafts: dict[str, int]
    next_broadcasts: list[BroadcastLine]
    generated_at: datetime
    model_latency_s: tuple[float, float] | None = None  # (p50, p95) of this process's recent model calls


async def gather(store: Store, *, platforms: list[str], mounted: Mapping[str, object],
                 webhooks: Mapping[str, WebhookSeen], now: datetime | None = None,
                 latency: tuple[float, float] | None = None) -> Overview:
    """Everything the overview shows; `mounted` maps a running platform to its adapter (its limiter counts
    throttling answers)."""
    now = now or datetime.now(UTC)
    activity = await store.activity_since(now - WINDOW)
    statuses = []
    for platform in platforms:
        adapter = mounted.get(platform)
        limiter = getattr(adapter, "limiter", None)
        statuses.append(PlatformStatus(platform, adapter is not None, activity.get(platform, PlatformActivity()),
                                       webhooks.get(platform), getattr(limiter, "throttled", None)))
    return Overview(statuses, await store.inbox_counts(), await store.outbox_counts(),
                    await store.drafts_by_backend(now - WINDOW), await store.next_broadcasts(), now, latency)
