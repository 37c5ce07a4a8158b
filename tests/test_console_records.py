"""What the console stores and reads, on SQLite and on PostgreSQL: sessions that end on logout or expiry, the audit
log, and the overview's counts from the inbox, the outbox and the schedules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.domain import IncomingMessage
from bot.storage.audit import AuditEntry, ConsoleSession
from bot.storage.store import Store
from bot.storage.tables import ScheduleRow


def _session(sid: str, *, expires_in: timedelta = timedelta(hours=1)) -> ConsoleSession:
    return ConsoleSession(sid, "csrf-" + sid[:8], "try-" + sid[:8], datetime.now(UTC) + expires_in)


async def test_a_session_lives_until_it_is_ended_or_expires(store: Store) -> None:
    await store.start_console_session(_session("a" * 64), address="192.0.2.7")
    await store.start_console_session(_session("b" * 64, expires_in=timedelta(seconds=-1)), address=None)
    live = await store.console_session("a" * 64)
    assert live is not None and live.csrf == "csrf-aaaaaaaa" and live.expires_at.tzinfo is not None
    assert await store.console_session("b" * 64) is None  # expired
    assert await store.console_session("c" * 64) is None  # never was
    await store.end_console_session("a" * 64)
    assert await store.console_session("a" * 64) is None
    assert await store.drop_console_sessions(before=datetime.now(UTC)) == 1  # the expired one; the ended one stays


async def test_the_audit_log_keeps_who_what_when_and_where_newest_first(store: Store) -> None:
    await store.audit(AuditEntry("admin", "login", "192.0.2.7", "abc123", {}))
    await store.audit(AuditEntry("admin", "try.tap", "192.0.2.7", "abc123", {"button": "/fb up"}))
    entries = await store.audit_log()
    assert [(e.action, e.address, e.session, e.detail) for e in entries] == [
        ("try.tap", "192.0.2.7", "abc123", {"button": "/fb up"}), ("login", "192.0.2.7", "abc123", {})]
    assert all(e.at is not None and e.at.tzinfo is not None for e in entries)


async def test_activity_counts_answers_and_scheduled_sends_per_platform_in_the_window(store: Store) -> None:
    for i in range(4):  # four people: the inbox claims one message per person at a time
        await store.enqueue(IncomingMessage("telegram", str(i), str(i), "hi", event_id=f"t{i}"))
    items = await store.claim("w", limit=3)
    for item, failed in zip(items, [False, False, True]):
        await store.finish(item.id, error="x" if failed else None, failed=failed)
    await store.enqueue(IncomingMessage("feishu", "c", "u", "hi", event_id="f1"))
    row = await store.add_schedule(ScheduleRow(platform="telegram", owner_id="7", owner_chat="7", scope="dm",
                                               holiday="春节", at="20:00", timezone="Asia/Shanghai", recipients=[],
                                               next_fire_at=datetime.now(UTC) + timedelta(days=1)))
    await store.add_outbox([dict(key=f"k{i}", schedule_id=row.id, occurrence="o", kind="greeting", recipient="r",
                                 platform="telegram", chat_id="7", status=s,
                                 sent_at=datetime.now(UTC) - timedelta(hours=h) if s == "sent" else None)
                            for i, (s, h) in enumerate([("sent", 1), ("sent", 30), ("failed", 0), ("uncertain", 0)])])
    found = await store.activity_since(datetime.now(UTC) - timedelta(hours=24))
    t = found["telegram"]
    assert (t.answered, t.answer_failed, t.scheduled_sent, t.scheduled_failed) == (2, 1, 1, 2)
    assert t.last_stored_at is not None and t.last_stored_at.tzinfo is not None
    assert found["feishu"].answered == 0 and found["feishu"].last_stored_at is not None
    assert "dingtalk" not in found


async def test_the_next_broadcasts_come_soonest_first_and_only_open_ones(store: Store) -> None:
    now = datetime.now(UTC)
    for holiday, fire, status in [("中秋", now + timedelta(days=40), "active"), ("春节", now + timedelta(days=2), "active"),
                                  ("元宵", now + timedelta(days=1), "cancelled"), ("端午", None, "awaiting_approval")]:
        await store.add_schedule(ScheduleRow(platform="feishu", owner_id="u", owner_chat="c", scope="c",
                                             holiday=holiday, at="09:00", timezone="Asia/Shanghai",
                                             recipients=[{"name": "老王"}], status=status, next_fire_at=fire))
    lines = await store.next_broadcasts()
    assert [line.holiday for line in lines] == ["春节", "中秋", "端午"]
    assert lines[0].recipients == ("老王",) and lines[0].fire_at is not None and lines[0].fire_at.tzinfo is not None


async def test_chart_counts_come_by_utc_hour_and_outlive_the_inbox(store: Store) -> None:
    from bot.storage.stats import hour_key
    from bot.storage.tables import ConversationRow, FeedbackRow, GreetingRow

    for i in range(3):
        await store.enqueue(IncomingMessage("telegram", str(i), str(i), "hi", event_id=f"t{i}"))
    items = await store.claim("w", limit=3)
    for item, failed in zip(items, [False, False, True]):
        await store.finish(item.id, error="x" if failed else None, failed=failed)
    await store.finish(items[0].id)  # finishing twice (a retry of the write) counts once: its lease is gone
    two_days_ago = datetime.now(UTC) - timedelta(days=2)
    async with store._session.begin() as s:
        conv = ConversationRow(platform="web", chat_id="c", user_id="u", state={})
        s.add(conv)
        await s.flush()
        s.add_all(GreetingRow(conversation_id=conv.id, recipient="张总", slots={}, holiday={}, text="t", backend=b,
                              created_at=two_days_ago) for b in ("vllm", "vllm", "composer"))
        s.add_all(FeedbackRow(platform="web", user_id="u", kind=k, greeting_id=1, event={"slots": {"style": st}},
                              created_at=two_days_ago) for k, st in (("up", "商务得体"), ("up", "商务得体"), ("down", "")))
    since = datetime.now(UTC) - timedelta(days=3)
    turns = {c.label: c.n for c in await store.turns_by_hour(since)}
    assert turns == {"telegram:answered": 2, "telegram:failed": 1}
    drafts = await store.drafts_by_hour(since)
    assert {c.label: c.n for c in drafts} == {"vllm": 2, "composer": 1}
    assert {hour_key(c.hour) for c in drafts} == {hour_key(two_days_ago)}
    feedback = sorted((c.label, c.group, c.n) for c in await store.feedback_by_hour(since))
    assert feedback == [("down", None, 1), ("up", "商务得体", 2)]
    assert await store.drafts_by_hour(datetime.now(UTC) - timedelta(days=1)) == []
