"""Broadcasts with cards: "带贺卡" / `--card` keeps a flag on the schedule; at the time each recipient gets one picture
(its greeting as the caption), within the platform's limits, exactly once; a card that cannot be drawn leaves the
text alone and the owner's report says so."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from adapters.telegram import TelegramAdapter
from bot.cards.sending import CardMaker
from bot.scheduling.outbox import OutboxSender
from bot.scheduling.schedules import Owner, Recipient, Schedules
from bot.scheduling.text import parse_schedule
from bot.storage.store import Store
from bot.writing.compose import GreetingWriter
from tests.cards_support import fonts_or_skip, png_size
from tests.fakes.telegram import FakeTelegram
from tests.test_broadcast_platforms import EVE
from tests.test_telegram import adapter, fake  # noqa: F401

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


def test_dai_heka_asks_for_cards_and_says_so() -> None:
    spec = parse_schedule("除夕晚上8点给这个群发拜年祝福，带贺卡", today=date(2026, 11, 23))
    assert spec is not None and spec.card and "带贺卡" in spec.describe()
    plain = parse_schedule("除夕晚上8点给这个群发拜年祝福", today=date(2026, 11, 23))
    assert plain is not None and not plain.card
    english = parse_schedule("send this group a New Year greeting with a card at 9am on New Year's Day",
                             today=date(2026, 11, 23))
    assert english is not None and english.card


def test_the_cli_keeps_the_card_flag(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.cli.main import app

    monkeypatch.setenv("GREETBOT_DATA_DIR", str(tmp_path))
    out = CliRunner().invoke(app, ["schedule", "add", "--holiday", "中秋", "--at", "20:00", "--platform", "telegram",
                                   "--owner", "7", "--group", "-100123", "--card", "--json"])
    assert out.exit_code == 0, out.output
    assert '"card": true' in out.output


async def _broadcast(tmp_path: Path, adapter: TelegramAdapter, cards: CardMaker, n: int) -> None:
    store = await Store.open(f"sqlite+aiosqlite:///{tmp_path / 'b.db'}")
    try:
        schedules = Schedules(store, GreetingWriter(None), backend="composer",
                              now=lambda: datetime(2026, 11, 23, tzinfo=UTC))
        people = [Recipient(f"朋友{i}", str(3000 + i), "person") for i in range(n)]
        row = await schedules.create(Owner("telegram", "7", "7", False), replace(EVE, card=True), recipients=people)
        assert row.card
        await schedules.fire(row.id, row.next_occurrence)
        assert await schedules.fire(row.id, row.next_occurrence) == 0  # a second fire adds nothing

        async def send(platform, msg):
            return await adapter.send(msg)

        sender = OutboxSender(store, schedules, send, concurrency=16, cards=cards)
        await sender.drain()
        await sender.drain()  # nothing left to send twice
    finally:
        await store.close()


async def test_a_card_broadcast_sends_each_recipient_one_picture_within_the_flood_limits(
        tmp_path: Path, fake: FakeTelegram, adapter: TelegramAdapter) -> None:
    fonts_or_skip()
    await _broadcast(tmp_path, adapter, CardMaker(), 24)
    per_chat = Counter(p.chat_id for p in fake.photos)
    assert per_chat == Counter({3000 + i: 1 for i in range(24)})  # one picture each, none twice
    assert all(png_size(p.data) == (1080, 1620) and p.caption.strip() for p in fake.photos)
    assert all(m.chat_id == 7 for m in fake.sent)  # the greetings went as captions: no extra text messages
    assert [r for r in fake.rejected if r[1] == 429] == []
    assert fake.send_log.max_in_window(1.0) <= 30 and fake.send_log.max_in_window(1.0, 3000) == 1
    [report] = [m.text for m in fake.sent if m.chat_id == 7]
    assert "已发送 24/24" in report and "贺卡" not in report  # every card went: nothing to say about them


async def test_without_a_font_a_card_broadcast_sends_the_text_and_the_report_says_why(
        tmp_path: Path, fake: FakeTelegram, adapter: TelegramAdapter) -> None:
    await _broadcast(tmp_path, adapter, CardMaker(tmp_path / "no-fonts-here"), 3)
    assert fake.photos == []
    greetings = [m for m in fake.sent if m.chat_id != 7]
    assert sorted(m.chat_id for m in greetings) == [3000, 3001, 3002]
    assert all("贺卡" not in m.text for m in greetings)  # the recipients are not told about our trouble
    [report] = [m.text for m in fake.sent if m.chat_id == 7]
    assert "已发送 3/3" in report and "贺卡没发成" in report and "中文字体" in report
