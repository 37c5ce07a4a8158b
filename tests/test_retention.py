"""Data retention (issue 15): the inbox forgets a message's text when its turn is done, keeps its dedupe key only as
long as a platform may redeliver it, and drops DingTalk sessionWebhooks once they expire; a periodic sweep in the
scheduling replica does the forgetting and reports what it removed.

"No text left" is judged by `tests/privacy_scan.py`, which reads every cell of every table and knows nothing of
our schema. Every store-backed test runs on SQLite and on PostgreSQL (skipped when PostgreSQL is not reachable).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select, update

from bot.domain import IncomingMessage, OutgoingMessage, SendFailed
from bot.service.app import create_app
from bot.service.inbox import InboxWorker
from bot.service.runtime import delivering, running
from bot.settings import Settings
from bot.storage.retention import RetentionWindows
from bot.storage.store import Store
from bot.storage.tables import InboxRow, OutboxRow, ScheduleRow, SignatureRow
from tests.privacy_scan import describe, find_text

SAID = "帮我给老王写条春节祝福，我们是发小，一起在西湖边长大"
ANSWERED = "老王，新春快乐！还记得西湖边的夏天吗"
HOOK = "https://oapi.dingtalk.com/robot/sendBySession?session=8f1c2e0d5a"
WINDOWS = RetentionWindows(inbox_keys_s=25 * 3600)


def epoch_ms(at: datetime) -> str:
    return str(int(at.timestamp() * 1000))


def said(event_id: str, *, user: str = "staff-7", hook: str = HOOK,
         hook_expires: datetime | None = None) -> IncomingMessage:
    """A DingTalk DM as the adapter parses it: the text, and the sessionWebhook to answer through (90 min)."""
    expires = hook_expires or datetime.now(UTC) + timedelta(minutes=90)
    return IncomingMessage("dingtalk", f"cid-{user}", user, SAID, message_id=f"m-{event_id}", event_id=event_id,
                           user_name="王小明", context={"sessionWebhook": hook,
                                                        "sessionWebhookExpiredTime": epoch_ms(expires)})


class OneTurn:
    """The engine, as far as the inbox can tell: one turn, answered with a greeting that repeats the request."""

    async def handle(self, msg: IncomingMessage) -> list[OutgoingMessage]:
        return [OutgoingMessage(msg.chat_id, ANSWERED, context=dict(msg.context))]


async def run_turns(store: Store, *, platform_refuses: bool = False) -> list[OutgoingMessage]:
    sent: list[OutgoingMessage] = []

    async def send(platform: str, reply: OutgoingMessage) -> None:
        if platform_refuses:
            raise SendFailed(platform, 400102, "robot not in the conversation")
        sent.append(reply)

    await InboxWorker(store, OneTurn(), send).drain()  # type: ignore[arg-type]
    return sent


async def received_hours_ago(store: Store, event_id: str, hours: float) -> None:
    """Moves a message back in time: received (and, if its turn ended, finished) `hours` ago."""
    at = datetime.now(UTC) - timedelta(hours=hours)
    row = InboxRow.event_id == event_id
    async with store._session.begin() as s:
        await s.execute(update(InboxRow).where(row).values(created_at=at))
        await s.execute(update(InboxRow).where(row, InboxRow.done_at.is_not(None)).values(done_at=at))


async def inbox_events(store: Store) -> dict[str, str]:
    async with store._session() as s:
        return dict((await s.execute(select(InboxRow.event_id, InboxRow.status))).all())


async def inbox_hits(db_url: str, needles: list[str]) -> list[Any]:
    return [hit for hit in await find_text(db_url, needles) if hit.table == "inbox"]


# What a finished turn leaves ----------------------------------------------------------------------------------

@pytest.mark.parametrize("outcome", ["done", "failed"])
async def test_after_a_turn_is_done_the_inbox_holds_none_of_its_text(store: Store, db_url: str, outcome: str) -> None:
    await store.enqueue(said("ev-1"))
    await run_turns(store, platform_refuses=outcome == "failed")
    assert await inbox_events(store) == {"ev-1": outcome}
    hits = await find_text(db_url, [SAID, "西湖", ANSWERED, HOOK, "王小明"])
    assert hits == [], describe(hits)


async def test_a_redelivered_event_after_done_is_still_refused_as_a_duplicate(store: Store) -> None:
    await store.enqueue(said("ev-1"))
    sent = await run_turns(store)
    assert len(sent) == 1
    assert await store.enqueue(said("ev-1")) is False  # the platform retried: its 200 got lost
    await store.sweep(datetime.now(UTC), WINDOWS)  # a sweep within the window keeps the key
    assert await store.enqueue(said("ev-1")) is False
    assert await run_turns(store) == [] and await inbox_events(store) == {"ev-1": "done"}


async def test_a_message_waiting_for_a_retry_keeps_its_text_until_its_turn_ends(store: Store, db_url: str) -> None:
    await store.enqueue(said("ev-1"))
    [item] = await store.claim("w", lease_s=60)
    await store.finish(item.id, error="model timed out", retry_in_s=0.01, lease=item.lease)
    await store.sweep(datetime.now(UTC), WINDOWS)
    assert len(await inbox_hits(db_url, [SAID])) == 1
    await asyncio.sleep(0.05)
    assert len(await run_turns(store)) == 1 and await inbox_hits(db_url, [SAID]) == []


# The sweep ----------------------------------------------------------------------------------------------------

async def test_after_the_dedupe_window_the_row_is_gone_and_nothing_else_is(store: Store) -> None:
    for event in ("old", "recent", "waiting"):
        await store.enqueue(said(event, user=f"staff-{event}"))
    await store.claim("w", limit=2)  # old and recent are taken up; waiting stays pending (a long outage)
    for event in ("old", "recent"):
        [row_id] = [i for i, e in (await _ids(store)).items() if e == event]
        await store.finish(row_id)
    await received_hours_ago(store, "old", 26)
    await received_hours_ago(store, "recent", 24)
    await received_hours_ago(store, "waiting", 30)
    live = await store.signature_use("dingtalk", "t:live", "b" * 64, ttl_s=600)
    assert live == "first"

    counts = await store.sweep(datetime.now(UTC), WINDOWS)

    assert counts["inbox_keys"] == 1
    assert await inbox_events(store) == {"recent": "done", "waiting": "pending"}
    assert await store.enqueue(said("recent", user="staff-recent")) is False  # within the window: a duplicate
    assert await store.enqueue(said("old", user="staff-old")) is True  # past it: no platform redelivers it
    async with store._session() as s:
        assert await s.scalar(select(func.count()).select_from(SignatureRow)) == 1


async def _ids(store: Store) -> dict[int, str]:
    async with store._session() as s:
        return dict((await s.execute(select(InboxRow.id, InboxRow.event_id))).all())


async def test_text_left_in_finished_rows_by_an_older_version_is_scrubbed(store: Store, db_url: str) -> None:
    old = said("ev-old")
    async with store._session.begin() as s:  # what the code before issue 15 left behind a done turn
        s.add(InboxRow(platform="dingtalk", event_id="ev-old", payload=old.to_json(), status="done",
                       conversation="dingtalk cid-staff-7 staff-7", done_at=datetime.now(UTC),
                       replies=[{"chat_id": "cid-staff-7", "text": ANSWERED}]))
    assert len(await inbox_hits(db_url, [SAID, ANSWERED, HOOK])) == 3

    counts = await store.sweep(datetime.now(UTC), WINDOWS)

    assert counts["inbox_text"] == 1
    hits = await inbox_hits(db_url, [SAID, ANSWERED, HOOK, "王小明"])
    assert hits == [], describe(hits)
    assert await store.enqueue(old) is False  # the dedupe key stayed
    assert (await store.sweep(datetime.now(UTC), WINDOWS))["inbox_text"] == 0


async def test_an_expired_session_webhook_is_dropped_from_a_pending_message_and_a_live_one_is_kept(
    store: Store, db_url: str,
) -> None:
    now = datetime.now(UTC)
    expired_hook, live_hook = HOOK + "-expired", HOOK + "-live"
    await store.enqueue(said("ev-late", hook=expired_hook, hook_expires=now - timedelta(minutes=1)))
    await store.enqueue(IncomingMessage("dingtalk", "cid-2", "staff-8", SAID, event_id="ev-live",
                                        context={"sessionWebhook": live_hook,
                                                 "sessionWebhookExpiredTime": epoch_ms(now + timedelta(minutes=80))}))

    counts = await store.sweep(now, WINDOWS)

    assert counts["session_webhooks"] == 1
    assert await inbox_hits(db_url, [expired_hook]) == []
    assert len(await inbox_hits(db_url, [live_hook])) == 1
    items = {i.message.event_id: i.message for i in await store.claim("w", limit=10)}
    assert items["ev-late"].text == SAID and "sessionWebhook" not in items["ev-late"].context
    assert items["ev-late"].context == {}  # answered through the Open API instead
    assert items["ev-live"].context["sessionWebhook"] == live_hook


async def test_an_expired_session_webhook_is_dropped_from_scheduled_sends_too(store: Store, db_url: str) -> None:
    now = datetime.now(UTC)
    stale = {"sessionWebhook": HOOK, "sessionWebhookExpiredTime": epoch_ms(now - timedelta(hours=1)),
             "robotCode": "ding-robot"}
    async with store._session.begin() as s:
        schedule = ScheduleRow(platform="dingtalk", owner_id="staff-7", owner_chat="cid-staff-7", scope="dm",
                               owner_context=dict(stale), at="20:00", timezone="Asia/Shanghai",
                               recipients=[{"name": "老王", "chat_id": "cid-9", "context": dict(stale),
                                            "kind": "person"}])
        s.add(schedule)
        await s.flush()
        s.add(OutboxRow(key=f"{schedule.id}:2027-02-05:老王", schedule_id=schedule.id, occurrence="2027-02-05",
                        kind="greeting", recipient="老王", platform="dingtalk", chat_id="cid-9", context=dict(stale)))

    counts = await store.sweep(now, WINDOWS)

    assert counts["session_webhooks"] == 3
    assert await find_text(db_url, [HOOK]) == []
    assert len([h for h in await find_text(db_url, ["ding-robot"]) if h.table in ("outbox", "schedules")]) == 3


async def test_a_dingtalk_signature_is_a_replay_while_it_lives_and_forgotten_after(store: Store) -> None:
    assert await store.signature_use("dingtalk", "t1:s1", "a" * 64, ttl_s=0.2) == "first"
    assert await store.signature_use("dingtalk", "t1:s1", "a" * 64, ttl_s=0.2) == "same"
    assert await store.signature_use("dingtalk", "t1:s1", "b" * 64, ttl_s=0.2) == "other"
    await asyncio.sleep(0.3)
    assert (await store.sweep(datetime.now(UTC), WINDOWS))["webhook_signatures"] == 1
    async with store._session() as s:
        assert await s.scalar(select(func.count()).select_from(SignatureRow)) == 0


async def test_an_expired_signature_not_yet_swept_is_a_new_use_not_a_replay(store: Store) -> None:
    assert await store.signature_use("dingtalk", "t1:s1", "a" * 64, ttl_s=0.05) == "first"
    await asyncio.sleep(0.1)
    assert await store.signature_use("dingtalk", "t1:s1", "b" * 64, ttl_s=600) == "first"
    assert await store.signature_use("dingtalk", "t1:s1", "c" * 64, ttl_s=600) == "other"


# The periodic job ---------------------------------------------------------------------------------------------

def sweeping(db_url: str, tmp_path: Path, **more: Any) -> Settings:
    return Settings(database_url=db_url, data_dir=tmp_path, retention_interval_s=0.2, leader_poll_s=0.2,
                    _env_file=None, **more)


async def until(predicate, timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.05)


async def test_the_sweep_runs_only_in_the_scheduling_replica_and_reports_its_counts(
    store: Store, db_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="bot.service.retention")
    await store.enqueue(said("ev-old"))
    await run_turns(store)
    await received_hours_ago(store, "ev-old", 26)
    leader: list[dict[str, int]] = []
    other: list[dict[str, int]] = []
    async with contextlib.AsyncExitStack() as stack:
        rt = await stack.enter_async_context(running(sweeping(db_url, tmp_path / "a"), backend="composer"))
        await stack.enter_async_context(delivering(rt, {}, on_swept=leader.append))
        await until(lambda: leader)
        if store.engine.dialect.name == "postgresql":  # a second replica: it waits for the scheduling lock
            rt2 = await stack.enter_async_context(running(sweeping(db_url, tmp_path / "b"), backend="composer"))
            await stack.enter_async_context(delivering(rt2, {}, on_swept=other.append))
        await until(lambda: len(leader) >= 3)  # periodic: every retention_interval_s
    assert leader[0]["inbox_keys"] == 1 and all(sweep["inbox_keys"] == 0 for sweep in leader[1:])
    assert other == []
    lines = [r.getMessage() for r in caplog.records if r.name == "bot.service.retention"]
    assert ("retention sweep removed inbox_keys=1 inbox_text=0 session_webhooks=0 webhook_signatures=0 "
            "console_sessions=0 console_audit=0") in lines
    assert await inbox_events(store) == {}


def test_the_counts_reach_metrics(tmp_path: Path) -> None:
    settings = sweeping(f"sqlite+aiosqlite:///{tmp_path / 'greetbot.db'}", tmp_path,
                        llm_base_url="http://127.0.0.1:9/v1", llm_timeout_s=0.5)
    asyncio.run(_an_old_finished_message(settings))
    with TestClient(create_app(settings, adapters=[])) as client:
        deadline = time.monotonic() + 20
        while 'greetbot_retention_removed_total{what="inbox_keys"} 1.0' not in (text := client.get("/metrics").text):
            assert time.monotonic() < deadline, text
            time.sleep(0.05)
    assert 'greetbot_retention_removed_total{what="session_webhooks"} 0.0' in text


async def _an_old_finished_message(settings: Settings) -> None:
    store = await Store.open(settings.resolved_database_url())
    try:
        await store.enqueue(said("ev-old"))
        await run_turns(store)
        await received_hours_ago(store, "ev-old", 26)
    finally:
        await store.close()


async def test_console_logins_and_audit_entries_are_forgotten_when_their_time_is_up(store: Store) -> None:
    from bot.storage.audit import AuditEntry, ConsoleSession

    now = datetime.now(UTC)
    for sid, expires in (("expired", now - timedelta(days=2)), ("live", now + timedelta(hours=8)),
                         ("ended", now + timedelta(hours=8))):
        await store.start_console_session(ConsoleSession(sid, "c", f"web:{sid}", expires), address="127.0.0.1")
    await store.end_console_session("ended")  # ended just now: still shown for a day
    await store.audit(AuditEntry("admin", "login", "10.0.0.1", at=now - timedelta(days=91)))
    await store.audit(AuditEntry("admin", "cancel", "10.0.0.1", at=now - timedelta(days=89)))

    counts = await store.sweep(now, RetentionWindows(inbox_keys_s=25 * 3600, console_audit_s=90 * 86400))

    assert (counts["console_sessions"], counts["console_audit"]) == (1, 1)
    assert await store.console_session("live") is not None and await store.console_session("expired") is None
    assert [e.action for e in await store.audit_log()] == ["cancel"]
    counts = await store.sweep(now + timedelta(hours=20), WINDOWS)
    assert counts["console_sessions"] == 0  # ended 20 hours ago: the overview may still show it
    counts = await store.sweep(now + timedelta(days=2), WINDOWS)
    assert counts["console_sessions"] == 2  # the ended one, and the live one a day after it expired
