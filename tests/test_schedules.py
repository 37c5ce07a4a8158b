"""Scheduled broadcasts: occurrences from the lunar calendar, a fan-out that happens once, personal greetings,
reports to the owner, previews, missed times, and restarts in the middle of a broadcast."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.domain import IncomingMessage, OutgoingMessage, Role, SendFailed, Slots
from bot.permissions import Policy, RoleLookup
from bot.scheduling.outbox import OutboxSender
from bot.scheduling.schedules import (
    Owner,
    Recipient,
    ScheduleError,
    Schedules,
    next_occurrence,
)
from bot.scheduling.text import ScheduleSpec
from bot.settings import Settings
from bot.storage.store import Store
from bot.writing.compose import GreetingWriter
from bot.writing.llm import LLMClient

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def spec(holiday: str | None = "除夕", at: time = time(20, 0), *, recipients: tuple[str, ...] = (),
         to_this_chat: bool = False, recurring: bool = False, preview: bool = False, on_date: date | None = None,
         style: str | None = None) -> ScheduleSpec:
    return ScheduleSpec(holiday=holiday, on_date=on_date, at=at, to_this_chat=to_this_chat, recipients=recipients,
                        recurring=recurring, preview=preview, style=style, time_given=True)


GROUP = Owner("test", "boss", "group-1", True)


def group_owner(user_id: str) -> RoleLookup:
    """The platform says `user_id` owns every group, and everyone else is a plain member."""
    async def role(platform: str, chat_id: str, user: str) -> Role:
        return "owner" if user == user_id else "member"
    return role
DM = Owner("test", "boss", "dm-boss", False)


@dataclass
class FakePlatform:
    """Records what was sent; chats in `unreachable` are refused for good, as a blocked bot is."""

    sent: list[OutgoingMessage] = field(default_factory=list)
    unreachable: set[str] = field(default_factory=set)

    async def send(self, platform: str, msg: OutgoingMessage) -> list[str]:
        if msg.chat_id in self.unreachable:
            raise SendFailed(platform, 403, "Forbidden: bot can't initiate conversation with a user")
        self.sent.append(msg)
        return [f"sent-{len(self.sent)}"]  # the platform's id of the posted message

    def texts_to(self, chat_id: str) -> list[str]:
        return [m.text for m in self.sent if m.chat_id == chat_id]


@pytest.fixture
def clock():
    class Clock:
        now = NOW
    return Clock


@pytest.fixture
def schedules(store: Store, clock) -> Schedules:
    return Schedules(store, GreetingWriter(None), now=lambda: clock.now, backend="composer")


def sender(store: Store, schedules: Schedules, platform: FakePlatform, **kw) -> OutboxSender:
    return OutboxSender(store, schedules, platform.send, **kw)


async def test_a_holiday_resolves_to_its_lunar_date_at_the_owners_local_time(schedules: Schedules) -> None:
    row = await schedules.create(GROUP, spec("除夕", time(20, 0), to_this_chat=True))
    assert row.next_occurrence == "2027-02-05"  # 除夕 of the year of the Goat
    assert row.next_fire_at.replace(tzinfo=UTC) == datetime(2027, 2, 5, 12, 0, tzinfo=UTC)  # 20:00 in Shanghai


async def test_a_recurring_schedule_moves_to_next_years_lunar_date_after_it_fires(schedules: Schedules) -> None:
    row = await schedules.create(GROUP, spec("中秋", time(20, 0), to_this_chat=True, recurring=True))
    assert row.next_occurrence == "2027-09-15"
    await schedules.fire(row.id, row.next_occurrence)
    again = await schedules.store.get_schedule(row.id)
    assert again.status == "active" and again.next_occurrence == "2028-10-03"


async def test_a_one_off_date_already_past_is_refused_with_a_reason(schedules: Schedules) -> None:
    with pytest.raises(ScheduleError, match="已经过去"):
        await schedules.create(GROUP, spec(None, time(9, 0), on_date=date(2026, 11, 1), to_this_chat=True))


def test_the_next_occurrence_skips_todays_holiday_when_its_hour_has_passed() -> None:
    from bot.storage.tables import ScheduleRow

    row = ScheduleRow(holiday="除夕", at="20:00", timezone="Asia/Shanghai", recurring=False, on_date=None)
    eve = datetime(2027, 2, 5, 12, 30, tzinfo=UTC)  # 20:30 in Shanghai on 除夕
    assert next_occurrence(row, eve)[0] == date(2028, 1, 25)
    assert next_occurrence(row, eve - timedelta(hours=1))[0] == date(2027, 2, 5)


async def test_firing_twice_writes_each_recipient_once(schedules: Schedules, store: Store) -> None:
    row = await schedules.create(GROUP, spec(recipients=("张总", "老王", "小林")))
    assert await schedules.fire(row.id, row.next_occurrence) == 3
    assert await schedules.fire(row.id, row.next_occurrence) == 0  # a duplicate job fire
    assert [r.recipient for r in await store.outbox_of(row.id)] == ["张总", "老王", "小林"]


async def test_each_recipient_gets_a_greeting_written_for_them_from_their_stored_details(
        schedules: Schedules, store: Store) -> None:
    await store.save_contact("test", "boss", "group-1", Slots(name="张总", relation="客户", relation_category="客户",
                                                               details="一起做了北京项目"))
    await store.save_contact("test", "boss", "group-1", Slots(name="老王", relation="大学室友",
                                                               relation_category="朋友", details="那年租房你总留灯"))
    row = await schedules.create(GROUP, spec(recipients=("张总", "老王")))
    await schedules.fire(row.id, row.next_occurrence)
    platform = FakePlatform()
    await sender(store, schedules, platform).drain()
    written = {r.recipient: r.text for r in await store.outbox_of(row.id) if r.kind == "greeting"}
    assert set(written.values()) <= set(platform.texts_to("group-1"))  # sent side by side, in any order
    assert "张总" in written["张总"] and "北京" in written["张总"]
    assert "老王" in written["老王"] and "留灯" in written["老王"]


async def test_the_owner_gets_one_report_naming_who_could_not_be_reached(schedules: Schedules, store: Store) -> None:
    row = await schedules.create(
        DM, spec(recipients=()), recipients=[Recipient("张总", "u-zhang", "person"), Recipient("老王", "u-wang", "person")])
    await schedules.fire(row.id, row.next_occurrence)
    platform = FakePlatform(unreachable={"u-wang"})
    await sender(store, schedules, platform).drain()
    assert len(platform.texts_to("u-zhang")) == 1 and platform.texts_to("u-wang") == []
    reports = platform.texts_to("dm-boss")
    assert len(reports) == 1
    assert "已发送 1/2" in reports[0] and "未送达：老王" in reports[0] and "没有和机器人开始过对话" in reports[0]
    await schedules.report_if_finished(row.id, row.next_occurrence)  # asked again: still one report
    await sender(store, schedules, platform).drain()
    assert len(platform.texts_to("dm-boss")) == 1


async def test_a_person_without_an_address_is_sent_to_the_owner_to_forward_and_reported(
        schedules: Schedules, store: Store) -> None:
    row = await schedules.create(DM, spec(recipients=("老王",)))
    await schedules.fire(row.id, row.next_occurrence)
    platform = FakePlatform()
    await sender(store, schedules, platform).drain()
    forwarded, report = platform.texts_to("dm-boss")
    assert forwarded.startswith("给老王的祝福") and "转发" in forwarded
    assert "已发给你转发" in report and "老王" in report


async def test_with_the_model_down_at_fire_time_the_composer_writes_and_the_report_says_so(
        store: Store, clock) -> None:
    settings = Settings(llm_base_url="http://127.0.0.1:9/v1", llm_timeout_s=0.5, llm_retries=0)
    async with LLMClient(settings) as llm:
        schedules = Schedules(store, GreetingWriter(llm), now=lambda: clock.now)
        row = await schedules.create(GROUP, spec(to_this_chat=True))
        await schedules.fire(row.id, row.next_occurrence)
        platform = FakePlatform()
        await sender(store, schedules, platform).drain()
    greeting, report = platform.texts_to("group-1")
    assert greeting and (await store.outbox_of(row.id))[0].backend == "composer"
    assert "离线草稿" in report


async def test_a_broken_model_greeting_is_never_broadcast(store: Store, clock) -> None:
    """An undertrained adapter at fire time (the issue's own drafts): the guard turns them down, the composer
    writes, and nothing broken goes to the group."""
    from tests.fake_openai import running_fake_openai

    with running_fake_openai() as server:
        server.reply = lambda body: ["�澜", "� cur。一声往前岁钱", "往前 within may。！还记得$于老师 pla"][:body["n"]]
        async with LLMClient(Settings(llm_base_url=server.base_url, _env_file=None)) as llm:
            writer = GreetingWriter(llm)
            schedules = Schedules(store, writer, now=lambda: clock.now)
            row = await schedules.create(GROUP, spec(to_this_chat=True))
            await schedules.fire(row.id, row.next_occurrence)
            platform = FakePlatform()
            await sender(store, schedules, platform).drain()
        assert len(server.requests) == 2  # asked once more before giving up on the model
        written = sum(r["n"] for r in server.requests)
    greeting, _ = platform.texts_to("group-1")
    assert "\ufffd" not in greeting and "within" not in greeting
    assert (await store.outbox_of(row.id))[0].backend == "composer"
    assert writer.guard.checked["greet"] == written and sum(
        n for (_, reason), n in writer.guard.rejections.items() if reason in ("unclean", "truncated")) >= written


async def test_a_preview_holds_the_greetings_until_the_owner_approves(schedules: Schedules, store: Store,
                                                                      clock) -> None:
    row = await schedules.create(GROUP, spec(recipients=("张总", "老王"), preview=True))
    preview = await schedules.preview_message(row)
    assert "共 2 条" in preview.text and [b.payload for b in preview.buttons] == [
        f"/schedule approve {row.id}", f"/unschedule {row.id}"]
    held = {r.recipient: r.text for r in await store.outbox_of(row.id)}
    assert all(held.values())

    platform = FakePlatform()
    clock.now = row.next_fire_at.replace(tzinfo=UTC)  # the time comes before any approval
    await schedules.fire(row.id, row.next_occurrence)
    await sender(store, schedules, platform).drain()
    assert len(platform.sent) == 1 and "还没确认预览" in platform.sent[0].text  # the owner is told, nobody else

    await schedules.approve("test", "boss", row.id)  # late approval: sent at once, the previewed words
    await sender(store, schedules, platform).drain()
    sent = {m.text for m in platform.sent}
    assert set(held.values()) <= sent


async def test_an_approved_preview_waits_for_its_time(schedules: Schedules, store: Store) -> None:
    row = await schedules.create(GROUP, spec(recipients=("张总",), preview=True))
    await schedules.approve("test", "boss", row.id)
    platform = FakePlatform()
    await sender(store, schedules, platform).drain()
    assert platform.sent == []
    await schedules.fire(row.id, row.next_occurrence)
    await sender(store, schedules, platform).drain()
    assert len(platform.texts_to("group-1")) == 2  # the greeting, then the report


async def test_only_the_owner_can_cancel_and_a_cancelled_schedule_sends_nothing(
        schedules: Schedules, store: Store) -> None:
    row = await schedules.create(GROUP, spec(to_this_chat=True))
    assert await schedules.cancel("test", "someone-else", row.id) is False
    assert await schedules.cancel("test", "boss", row.id) is True
    assert await schedules.fire(row.id, row.next_occurrence) == 0
    assert await schedules.list("test", "boss") == []


async def test_a_missed_time_asks_the_owner_and_sending_late_is_their_choice(
        schedules: Schedules, store: Store) -> None:
    row = await schedules.create(GROUP, spec(to_this_chat=True))
    await schedules.missed(row.id)
    platform = FakePlatform()
    await sender(store, schedules, platform).drain()
    [notice] = platform.sent
    assert "错过了" in notice.text and [b.payload for b in notice.buttons] == [
        f"/schedule send {row.id}", f"/schedule skip {row.id}"]
    assert await schedules.resolve_missed("test", "boss", row.id, send=True)
    await sender(store, schedules, platform).drain()
    assert len(platform.texts_to("group-1")) == 3  # notice, the greeting, the report


async def test_a_sender_that_died_before_sending_is_replaced_and_nothing_goes_twice(
        schedules: Schedules, store: Store) -> None:
    names = tuple(f"朋友{i}" for i in range(12))
    row = await schedules.create(DM, spec(), recipients=[Recipient(n, f"u{i}", "person") for i, n in enumerate(names)])
    await schedules.fire(row.id, row.next_occurrence)
    dead = await store.claim_outbox("dead-sender", limit=5, lease_s=0.05)  # claimed, then killed before sending
    assert len(dead) == 5
    await asyncio.sleep(0.1)
    platform = FakePlatform()
    await sender(store, schedules, platform).drain()
    greetings = [m.chat_id for m in platform.sent if m.chat_id != "dm-boss"]
    assert sorted(greetings) == sorted(f"u{i}" for i in range(12))


async def test_a_send_cut_off_by_a_crash_is_resent_only_where_the_platform_drops_repeats(
        schedules: Schedules, store: Store) -> None:
    row = await schedules.create(DM, spec(), recipients=[Recipient("甲", "u1", "person"), Recipient("乙", "u2", "person")])
    await schedules.fire(row.id, row.next_occurrence)
    claimed = await store.claim_outbox("dead-sender", limit=2, lease_s=0.05)
    for r in claimed:  # killed during the platform call: the outcome is unknown
        await store.outbox_sending(r.id, r.lease_owner)
    await asyncio.sleep(0.1)
    platform = FakePlatform()
    await sender(store, schedules, platform).drain()  # "test" is not idempotent: no resend, the owner is told
    assert [m.chat_id for m in platform.sent] == ["dm-boss"]
    assert "可能已送达" in platform.sent[0].text and platform.sent[0].buttons[0].payload == f"/schedule resend {row.id}"
    assert await schedules.resend_uncertain("test", "boss", row.id) == 2
    await sender(store, schedules, platform).drain()
    assert sorted(m.chat_id for m in platform.sent[1:3]) == ["u1", "u2"]


async def test_on_a_platform_that_drops_repeats_an_interrupted_send_is_simply_resent(
        schedules: Schedules, store: Store) -> None:
    row = await schedules.create(DM, spec(), recipients=[Recipient("甲", "u1", "person")])
    await schedules.fire(row.id, row.next_occurrence)
    [r] = await store.claim_outbox("dead-sender", lease_s=0.05)
    await store.outbox_sending(r.id, r.lease_owner)
    await asyncio.sleep(0.1)
    platform = FakePlatform()
    await sender(store, schedules, platform, idempotent=frozenset({"test"})).drain()
    assert platform.texts_to("u1") and "已发送 1/1" in platform.texts_to("dm-boss")[0]


async def test_an_engine_turn_schedules_from_plain_words_and_lists_and_cancels(store: Store, clock) -> None:
    from bot.conversation.engine import Engine

    writer = GreetingWriter(None)
    schedules = Schedules(store, writer, now=lambda: clock.now, backend="composer")
    engine = Engine(store, writer, backend="composer", schedules=schedules, today=lambda: NOW.date(),
                    policy=Policy(roles=group_owner("boss")))
    said = await engine.handle(IncomingMessage("test", "group-1", "boss", "@greetbot 除夕晚上8点给这个群发拜年祝福",
                                               is_group=True, mentioned=True))
    assert "已安排" in said[0].text and "除夕" in said[0].text and "20:00" in said[0].text
    listed = await engine.handle(IncomingMessage("test", "dm-boss", "boss", "/schedules"))
    assert "#1" in listed[0].text
    cancelled = await engine.handle(IncomingMessage("test", "dm-boss", "boss", "/unschedule 1"))
    assert "已取消" in cancelled[0].text
    assert await schedules.list("test", "boss") == []


async def test_the_schedule_command_takes_the_same_words(store: Store, clock) -> None:
    from bot.conversation.engine import Engine

    writer = GreetingWriter(None)
    schedules = Schedules(store, writer, now=lambda: clock.now, backend="composer")
    engine = Engine(store, writer, backend="composer", schedules=schedules, today=lambda: NOW.date())
    said = await engine.handle(IncomingMessage("test", "dm-boss", "boss", "/schedule 除夕 20:00 给张总发 先给我看看"))
    assert said[0].text.startswith("预览") and "张总" in said[0].text
    usage = await engine.handle(IncomingMessage("test", "dm-boss", "boss", "/schedule"))
    assert "除夕晚上8点给这个群发拜年祝福" in usage[0].text
