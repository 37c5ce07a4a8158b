"""A broadcast through real adapters against fake platforms that enforce the real rate limits."""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path

from adapters.telegram import TelegramAdapter
from bot.scheduling.outbox import OutboxSender
from bot.scheduling.schedules import Owner, Recipient, Schedules
from bot.scheduling.text import ScheduleSpec
from bot.storage.store import Store
from bot.writing.compose import GreetingWriter
from tests.fakes.telegram import FakeTelegram
from tests.test_telegram import adapter, fake  # noqa: F401 - the Telegram fake and an adapter started on it

EVE = ScheduleSpec(holiday="除夕", on_date=None, at=time(20, 0), to_this_chat=False, recipients=(), recurring=False,
                   preview=False, style=None, time_given=True)


async def test_a_telegram_broadcast_stays_inside_the_flood_limits_and_reports_a_blocked_recipient(
        tmp_path: Path, fake: FakeTelegram, adapter: TelegramAdapter) -> None:
    store = await Store.open(f"sqlite+aiosqlite:///{tmp_path / 'b.db'}")
    try:
        schedules = Schedules(store, GreetingWriter(None), backend="composer",
                              now=lambda: datetime(2026, 11, 23, tzinfo=UTC))
        people = [Recipient(f"朋友{i}", str(2000 + i), "person") for i in range(45)]
        row = await schedules.create(Owner("telegram", "7", "7", False), EVE, recipients=people)
        await schedules.fire(row.id, row.next_occurrence)
        fake.blocked.add(2003)

        async def send(platform, msg):
            await adapter.send(msg)

        await OutboxSender(store, schedules, send, concurrency=16).drain()
    finally:
        await store.close()
    greeted = [m.chat_id for m in fake.sent if m.chat_id != 7]
    assert sorted(greeted) == sorted(2000 + i for i in range(45) if i != 3)  # each once, none twice
    assert [r for r in fake.rejected if r[1] == 429] == []  # 45 sends in a burst, never over 30/s
    [report] = [m.text for m in fake.sent if m.chat_id == 7]
    assert "已发送 44/45" in report and "未送达：朋友3" in report
