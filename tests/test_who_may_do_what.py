"""Who may do what in a group, as the people in it meet it: only a group's owner, its admins and the bot's operators
schedule into it (the platform says who is who: Telegram getChatMember, Feishu chat info), caps answer kindly,
a greeting to a stranger waits for the owner's look, and a person who floods the bot is asked to slow down.

The platforms here are the doc-based fakes (tests/fakes/), asked through the real adapters.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, date, datetime

import pytest

from adapters.feishu import FeishuAdapter
from adapters.telegram import TelegramAdapter
from bot.conversation.engine import Engine
from bot.domain import IncomingMessage
from bot.permissions import SLOW_DOWN, WHO_MAY_BROADCAST, Policy
from bot.scheduling.schedules import Schedules
from bot.service.runtime import roles_from
from bot.storage.store import Store
from bot.writing.compose import GreetingWriter
from tests.fakes.feishu import APP_ID, APP_SECRET, running_fake_feishu
from tests.fakes.telegram import FakeTelegram, running_fake_telegram

TOKEN = "123456:TEST-token"
GROUP = "-100200"
ASK = "@bot 每年中秋晚上8点给这个群发祝福"
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    with running_fake_telegram(TOKEN) as server:
        yield server


@pytest.fixture
async def tg_adapter(telegram: FakeTelegram) -> AsyncIterator[TelegramAdapter]:
    a = TelegramAdapter(TOKEN, "secret", api_base=telegram.api_base)
    await a.start()
    yield a
    await a.stop()


def engine_for(store: Store, policy: Policy) -> Engine:
    writer = GreetingWriter(None)
    schedules = Schedules(store, writer, backend="composer", now=lambda: datetime(2026, 12, 3, tzinfo=UTC))
    return Engine(store, writer, backend="composer", schedules=schedules, today=lambda: date(2026, 12, 3),
                  policy=policy)


def in_group(user: str, text: str, chat: str = GROUP, platform: str = "telegram") -> IncomingMessage:
    return IncomingMessage(platform, chat, user, text, is_group=True, mentioned=True)


async def said(engine: Engine, msg: IncomingMessage) -> str:
    replies = await engine.handle(msg)
    return "\n".join(r.text for r in replies)


# Scheduling into a group ----------------------------------------------------------------------------

async def test_an_ordinary_member_cannot_schedule_into_the_group_and_is_told_who_can(
        store: Store, telegram: FakeTelegram, tg_adapter: TelegramAdapter) -> None:
    for user, status in ((1, "creator"), (2, "administrator"), (7, "member")):
        telegram.set_member(int(GROUP), user, status)
    engine = engine_for(store, Policy(roles=roles_from({"telegram": tg_adapter})))
    for _ in range(3):  # the mischief of the audit: the same request again and again
        assert await said(engine, in_group("7", ASK)) == WHO_MAY_BROADCAST
    assert await store.schedules_in("telegram", GROUP) == []
    assert "已安排" in await said(engine, in_group("1", ASK))  # the group's creator
    assert "已安排" in await said(engine, in_group("2", ASK.replace("中秋", "除夕")))  # an administrator
    assert len(await store.schedules_in("telegram", GROUP)) == 2


async def test_in_a_feishu_group_the_owner_and_managers_may_schedule_and_others_may_not(store: Store) -> None:
    with running_fake_feishu() as fake:
        chat = fake.set_chat("oc_family", owner="ou_mom", managers=["ou_dad"], members=["ou_kid"])
        adapter = FeishuAdapter(APP_ID, APP_SECRET, verification_token="v", api_base=fake.base_url)
        await adapter.start()
        try:
            engine = engine_for(store, Policy(roles=roles_from({"feishu": adapter})))
            assert await said(engine, in_group("ou_kid", ASK, chat, "feishu")) == WHO_MAY_BROADCAST
            assert "已安排" in await said(engine, in_group("ou_dad", ASK, chat, "feishu"))
            assert "已安排" in await said(engine, in_group("ou_mom", ASK.replace("中秋", "除夕"), chat, "feishu"))
        finally:
            await adapter.stop()


async def test_where_the_platform_cannot_tell_only_the_operators_may_schedule(store: Store) -> None:
    # DingTalk tells an internal robot nothing about an ordinary group's admins (tests/fakes/SOURCES.md).
    engine = engine_for(store, Policy(operators=frozenset({"dingtalk:ops-1"})))
    asked = in_group("staff-9", ASK, "cidTeam==", "dingtalk")
    assert await said(engine, asked) == WHO_MAY_BROADCAST
    assert "已安排" in await said(engine, in_group("ops-1", ASK, "cidTeam==", "dingtalk"))


async def test_in_a_dm_anyone_schedules_for_themselves(store: Store) -> None:
    engine = engine_for(store, Policy())
    reply = await said(engine, IncomingMessage("telegram", "42", "42", "除夕晚上8点给我发条拜年祝福"))
    assert "已安排" in reply


async def test_an_admin_may_cancel_a_broadcast_into_their_group_and_a_member_may_not(
        store: Store, telegram: FakeTelegram, tg_adapter: TelegramAdapter) -> None:
    for user, status in ((1, "creator"), (2, "administrator"), (7, "member")):
        telegram.set_member(int(GROUP), user, status)
    engine = engine_for(store, Policy(roles=roles_from({"telegram": tg_adapter})))
    await said(engine, in_group("1", ASK))
    [row] = await store.schedules_in("telegram", GROUP)
    assert "没有找到" in await said(engine, in_group("7", f"/unschedule {row.id}"))
    assert "已取消" in await said(engine, in_group("2", f"/unschedule {row.id}"))
    assert await store.schedules_in("telegram", GROUP) == []


# Caps ----------------------------------------------------------------------------------------------

async def test_a_group_holds_at_most_its_cap_of_schedules_and_the_next_one_is_refused_kindly(store: Store) -> None:
    engine = engine_for(store, Policy(operators=frozenset({"telegram:1"}), schedules_per_group=3))
    answers = [await said(engine, in_group("1", f"@bot 12月{day}日晚上8点给这个群发祝福")) for day in (24, 25, 26, 27)]
    assert all("已安排" in a for a in answers[:3])
    assert "上限 3" in answers[3] and len(await store.schedules_in("telegram", GROUP)) == 3


async def test_a_person_holds_at_most_their_cap_of_schedules(store: Store) -> None:
    engine = engine_for(store, Policy(schedules_per_person=2))
    dm = [await said(engine, IncomingMessage("telegram", "42", "42", f"12月{day}日晚上8点给我发祝福"))
          for day in (24, 25, 26)]
    assert "已安排" in dm[0] and "已安排" in dm[1] and "上限 2" in dm[2]


async def test_a_broadcast_to_too_many_people_is_refused_with_the_cap(store: Store) -> None:
    engine = engine_for(store, Policy(operators=frozenset({"telegram:1"}), recipients_per_broadcast=2))
    reply = await said(engine, in_group("1", "@bot 除夕晚上8点给张三、李四和王五各发一条"))
    assert "最多发给 2 位" in reply and await store.schedules_in("telegram", GROUP) == []


async def test_a_greeting_to_a_name_the_owner_never_mentioned_waits_for_the_owners_look(store: Store) -> None:
    engine = engine_for(store, Policy(operators=frozenset({"telegram:1"})))
    reply = await said(engine, in_group("1", "@bot 除夕晚上8点给大傻瓜李四发祝福"))
    [row] = await store.schedules_in("telegram", GROUP)
    assert row.status == "awaiting_approval" and "不在你的联系人里" in reply and "确认" in reply


# Pace ----------------------------------------------------------------------------------------------

async def test_a_flood_from_one_person_gets_one_slow_down_then_quiet_then_answers_again(store: Store) -> None:
    now = [0.0]
    engine = engine_for(store, Policy(requests_per_minute=5, clock=lambda: now[0]))
    replies = [await engine.handle(IncomingMessage("telegram", "42", "42", "/help")) for _ in range(7)]
    assert all(r and r[0].text != SLOW_DOWN for r in replies[:5])
    assert [r.text for r in replies[5]] == [SLOW_DOWN] and replies[6] == []  # told once, not flooded back
    others = await engine.handle(IncomingMessage("telegram", "43", "43", "/help"))
    assert others and others[0].text != SLOW_DOWN  # one person's flood is not everyone's
    now[0] = 61.0
    again = await engine.handle(IncomingMessage("telegram", "42", "42", "/help"))
    assert again and again[0].text != SLOW_DOWN


async def test_in_a_dingtalk_scene_group_the_owner_and_sub_admins_may_schedule_and_elsewhere_only_operators(
        store: Store) -> None:
    from adapters.dingtalk import DingTalkAdapter
    from tests.fakes.dingtalk import running_fake_dingtalk

    with running_fake_dingtalk() as fake:
        fake.set_group("cidScene==", owner="boss", admins=["deputy"], members=["staff"], template_id="tpl-1")
        fake.set_group("cidPlain==", owner="boss", members=["staff"])  # an ordinary group: DingTalk will not say
        adapter = DingTalkAdapter(fake.app_key, fake.app_secret, api_base=fake.base_url, oapi_base=fake.base_url)
        await adapter.start()
        try:
            engine = engine_for(store, Policy(roles=roles_from({"dingtalk": adapter})))
            assert await said(engine, in_group("staff", ASK, "cidScene==", "dingtalk")) == WHO_MAY_BROADCAST
            assert "已安排" in await said(engine, in_group("deputy", ASK, "cidScene==", "dingtalk"))
            assert await said(engine, in_group("boss", ASK, "cidPlain==", "dingtalk")) == WHO_MAY_BROADCAST
        finally:
            await adapter.stop()
