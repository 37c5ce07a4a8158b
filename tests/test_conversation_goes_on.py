"""After the greeting: follow-ups from the friend's reply, memory of people, and feedback that shapes the next drafts."""

from __future__ import annotations

import asyncio
import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.conversation.engine import Engine
from bot.conversation.turn_state import TurnState
from bot.domain import ConversationKey, IncomingMessage, fits_length, length_units
from bot.learning.feedback import FeedbackEvent
from bot.storage.store import Store
from bot.writing.compose import GreetingWriter

TODAY = date(2027, 1, 20)
WANG = "帮我给王哥写条春节祝福，他是我前同事，以前一起熬夜调大模型，LLM科技风"


@pytest.fixture
def engine(store: Store) -> Engine:
    return Engine(store, GreetingWriter(None), today=lambda: TODAY, backend="composer")


async def say(engine: Engine, text: str, user: str = "u1", chat: str = "c1", **kw) -> str:
    replies = await engine.handle(IncomingMessage("test", chat, user, text, **kw))
    assert len(replies) == 1
    return replies[0].text


async def state(store: Store, user: str = "u1", chat: str = "c1") -> TurnState:
    return TurnState.from_json((await store.load_conversation(ConversationKey("test", chat, user))).state)


# Follow-ups ------------------------------------------------------------------------------------------

async def test_a_pasted_reply_with_a_question_gets_suggestions_that_answer_it(engine: Engine, store: Store) -> None:
    await say(engine, WANG)
    await say(engine, "1")
    said = await say(engine, "对方回复：哈哈哈你这大模型又发疯了，最近加班多吗？")
    st = await state(store)
    assert st.stage == "followup" and 2 <= len(st.suggestions) <= 3
    assert "问了「最近加班多吗？」" in said and "先回答TA的问题" in said
    assert all(any(w in s for w in ("加班", "忙", "还行", "不多", "天天", "熬")) for s in st.suggestions)


async def test_the_thread_goes_on_for_rounds_and_a_sad_reply_changes_the_strategy(engine: Engine, store: Store) -> None:
    await say(engine, WANG)
    await say(engine, "2")
    await say(engine, "对方回复：哈哈哈你这大模型又发疯了，最近加班多吗？")
    picked = (await state(store)).suggestions[0]
    assert picked in await say(engine, "1")
    said = await say(engine, "对方回复：唉，最近不太好，家里老人住院了")
    st = await state(store)
    assert [s for s, _ in st.thread] == ["me", "them", "me", "them"] and st.thread[2][1] == picked
    assert "先安慰" in said
    assert not any("哈哈" in s or "大模型" in s or "loss" in s for s in st.suggestions)


async def test_a_reply_before_any_greeting_was_chosen_is_asked_about_not_guessed(engine: Engine) -> None:
    await say(engine, WANG)
    said = await say(engine, "对方回复：谢谢！")
    assert "先选一条" in said


# Memory ----------------------------------------------------------------------------------------------

async def test_a_known_person_is_not_asked_again_and_last_years_words_are_not_repeated(
        engine: Engine, store: Store) -> None:
    await say(engine, "帮我给张总写条拜年微信，他是合作三年的客户，去年一起做了北京项目，商务得体点")
    await say(engine, "1")
    first = (await state(store)).drafts[0]
    said = await say(engine, "给张总再写一条元宵节的")
    st = await state(store)
    assert st.stage == "drafted" and st.slots.relation_category == "客户" and "北京" in (st.slots.details or "")
    assert "元宵" in said and first not in st.drafts
    assert any("北京" in d for d in st.drafts)


async def test_contacts_are_private_to_their_owner_and_to_the_chat_they_were_told_in(engine: Engine) -> None:
    await say(engine, "帮我给张总写条拜年微信，他是合作三年的客户，去年一起做了北京项目")
    assert "张总" in await say(engine, "/contacts")
    assert "张总" not in await say(engine, "/contacts", user="u2")  # another user
    group = await say(engine, "/contacts", chat="g1", is_group=True)  # the same user, in a group
    assert "张总" not in group and "北京" not in group
    asked = await say(engine, "@bot 给张总写条拜年祝福", chat="g1", is_group=True, mentioned=True)
    assert "北京" not in asked and "关系" in asked or "什么关系" in asked or "怎么认识" in asked


async def test_forget_erases_one_person_and_forget_all_erases_everything(engine: Engine, store: Store) -> None:
    await say(engine, "帮我给张总写条拜年微信，他是合作三年的客户，去年一起做了北京项目")
    await say(engine, "/fb up")
    await say(engine, WANG)
    await say(engine, "/fb up")
    assert "已忘掉张总" in await say(engine, "/forget 张总")
    assert "张总" not in await say(engine, "/contacts")
    kept = await store.feedback_of("test", "u1")  # the feedback about others stays: the user's taste
    assert kept and all("张总" not in json.dumps(e, ensure_ascii=False) for e in kept)
    await say(engine, "帮我给老王写条拜年微信，他是我大学室友，那年租房你总留灯")
    said = await say(engine, "/forget all")
    assert "都清除了" in said
    assert await store.feedback_of("test", "u1") == [] and await store.contacts_of("test", "u1", "dm") == []
    assert (await state(store)).stage == "idle"


# Feedback -----------------------------------------------------------------------------------------------

async def test_every_kind_of_feedback_becomes_an_event_with_its_reward(engine: Engine, store: Store) -> None:
    await say(engine, WANG)
    await say(engine, "/fb up")
    await say(engine, "2")
    assert "贴给我" in await say(engine, "/edit")
    await say(engine, "王哥新年快乐，今年少熬夜")
    events = [FeedbackEvent.from_json(e) for e in await store.feedback_of("test", "u1")]
    assert [e.kind for e in events] == ["up", "up", "up", "edited"]  # taken, then edited: not "as is"
    assert [e.reward for e in events] == [0.5, 0.5, 0.5, -0.25]
    edited = events[-1]
    assert edited.edited_text == "王哥新年快乐，今年少熬夜" and edited.draft in (await state(store)).drafts
    assert edited.prompt[0]["role"] == "system" and "王哥" in edited.prompt[1]["content"]


async def test_a_user_who_keeps_shortening_drafts_gets_shorter_drafts(engine: Engine, store: Store) -> None:
    """越写越懂你: three edits that cut the draft down, and the next drafts come out in the short bucket."""
    before = None
    for i, name in enumerate(("老王", "小林", "阿杰")):
        await say(engine, f"帮我给{name}写条春节祝福，他是我大学室友，那年一起租房")
        st = await state(store)
        before = before or st.drafts
        assert all(fits_length(d, "50-100") for d in st.drafts)
        await say(engine, "1")
        await say(engine, f"改了再发：{name}新年快乐！想起那年一起租房，今年见一面")
    await say(engine, "帮我给阿明写条春节祝福，他是我大学室友，那年一起租房")
    after = (await state(store)).drafts
    assert all(fits_length(d, "<=50") for d in after)
    assert max(length_units(d) for d in after) < min(length_units(d) for d in before)


async def test_a_length_the_user_asks_for_wins_over_the_profile(engine: Engine, store: Store) -> None:
    for name in ("老王", "小林", "阿杰"):
        await say(engine, f"帮我给{name}写条春节祝福，他是我大学室友，那年一起租房")
        await say(engine, "1")
        await say(engine, f"改了再发：{name}新年快乐！今年见一面")
    await say(engine, "帮我给阿明写条春节祝福，他是我大学室友，那年一起租房，100到200字")
    assert all(fits_length(d, "100-200") for d in (await state(store)).drafts)


async def test_export_preferences_writes_trl_shaped_dpo_and_kto_rows(engine: Engine, store: Store, tmp_path: Path,
                                                                    monkeypatch) -> None:
    await say(engine, WANG)
    await say(engine, "2")
    await say(engine, "改了再发：王哥新年快乐，今年少熬夜")
    await say(engine, "帮我给老王写条春节祝福，他是我大学室友，那年一起租房")
    await say(engine, "/fb down")
    from bot.cli.main import app

    monkeypatch.setenv("GREETBOT_DATABASE_URL", store.engine.url.render_as_string(hide_password=False))
    runner = CliRunner()
    dpo_file, kto_file = tmp_path / "dpo.jsonl", tmp_path / "kto.jsonl"
    for fmt, out in (("dpo", dpo_file), ("kto", kto_file)):
        result = await asyncio.to_thread(runner.invoke, app, ["export-preferences", "--format", fmt, "--out", str(out)])
        assert result.exit_code == 0, result.output
    dpo = [json.loads(line) for line in dpo_file.read_text().splitlines()]
    kto = [json.loads(line) for line in kto_file.read_text().splitlines()]
    assert dpo and all(set(r) == {"prompt", "chosen", "rejected"} for r in dpo)
    assert {r["chosen"][0]["content"] for r in dpo} == {"王哥新年快乐，今年少熬夜"}
    assert kto and all(set(r) == {"prompt", "completion", "label"} for r in kto)
    assert {r["label"] for r in kto} == {True, False}
    from datasets import Dataset

    assert Dataset.from_list(dpo).column_names == ["prompt", "chosen", "rejected"]


# Group threads ----------------------------------------------------------------------------------------

async def test_in_a_group_the_recipient_replies_to_the_bots_greeting_and_the_owner_picks_the_answer(
        engine: Engine, store: Store) -> None:
    from datetime import UTC, datetime

    from bot.followup import group_thread
    from bot.scheduling.outbox import OutboxSender
    from bot.scheduling.schedules import Schedules
    from tests.test_schedules import GROUP, FakePlatform, spec

    schedules = Schedules(store, engine.writer, backend="composer", now=lambda: datetime(2026, 11, 23, tzinfo=UTC))
    row = await schedules.create(GROUP, spec(recipients=("王哥",), style="LLM科技风"))
    await schedules.fire(row.id, row.next_occurrence)
    platform = FakePlatform()
    await OutboxSender(store, schedules, platform.send).drain()
    greeting = platform.texts_to("group-1")[0]

    def from_wang(text: str) -> IncomingMessage:
        return IncomingMessage("test", "group-1", "wang", text, is_group=True, reply_to_bot=True, user_name="王哥")

    [offer] = await engine.handle(from_wang("哈哈哈你这大模型又发疯了，最近加班多吗？"))
    assert offer.owner == "boss" and offer.text.startswith("王哥 回复了你的祝福")
    [thread] = await group_thread.recent(store, "test", "group-1")
    assert [b.payload for b in offer.buttons][:2] == [f"/say 1 {thread.number}", f"/say 2 {thread.number}"]
    [refused] = await engine.handle(IncomingMessage("test", "group-1", "wang", "/say 1", is_group=True,
                                                    button_owner="boss"))
    assert refused.notice  # only the owner's taps count

    [said] = await engine.handle(IncomingMessage("test", "group-1", "boss", "/say 1", is_group=True,
                                                 button_owner="boss"))
    assert said.buttons == () and any(w in said.text for w in ("加班", "忙", "还行", "不多", "天天", "熬"))
    [second] = await engine.handle(from_wang("唉，其实最近不太好，家里老人住院了"))
    assert "先安慰" in second.text
    thread = await group_thread.load(store, "test", "group-1", thread.number)
    assert thread.turns == [["me", greeting], ["them", "哈哈哈你这大模型又发疯了，最近加班多吗？"], ["me", said.text],
                            ["them", "唉，其实最近不太好，家里老人住院了"]]


async def two_greetings_posted_in_one_group(engine: Engine, store: Store):  # type: ignore[no-untyped-def]
    """The boss's greeting to 王哥, then Lily's to 老周, posted in group-1 by their schedules; the fake platform."""
    from datetime import UTC, datetime

    from bot.scheduling.outbox import OutboxSender
    from bot.scheduling.schedules import Owner, Schedules
    from tests.test_schedules import FakePlatform, spec

    schedules = Schedules(store, engine.writer, backend="composer", now=lambda: datetime(2026, 11, 23, tzinfo=UTC))
    platform = FakePlatform()
    for owner, to in (("boss", "王哥"), ("lily", "老周")):
        row = await schedules.create(Owner("test", owner, "group-1", True), spec(recipients=(to,)))
        await schedules.fire(row.id, row.next_occurrence)
        await OutboxSender(store, schedules, platform.send).drain()
    return platform


async def test_two_members_greetings_in_one_group_each_get_their_own_follow_ups(engine: Engine, store: Store) -> None:
    await two_greetings_posted_in_one_group(engine, store)
    to_wang, to_zhou = "sent-1", "sent-2"  # the ids the platform gave the two posted greetings

    def reply(user: str, name: str, text: str, to: str) -> IncomingMessage:
        return IncomingMessage("test", "group-1", user, text, is_group=True, reply_to_bot=True, user_name=name,
                               replied_to=to)

    [for_boss] = await engine.handle(reply("wang", "王哥", "谢谢老板！最近项目顺利吗？", to_wang))
    [for_lily] = await engine.handle(reply("zhou", "老周", "哈哈收到，你也新年快乐，孩子放假了吗", to_zhou))
    assert (for_boss.owner, for_lily.owner) == ("boss", "lily")  # each greeting's owner gets the answer to it
    assert "给王哥" in for_boss.text and "给老周" in for_lily.text
    # Lily's thread did not overwrite the boss's: his /say still posts his own suggestion.
    [said] = await engine.handle(IncomingMessage("test", "group-1", "boss", for_boss.buttons[0].payload,
                                                 is_group=True, button_owner="boss"))
    assert not said.notice and said.text
    [refused] = await engine.handle(IncomingMessage("test", "group-1", "boss", for_lily.buttons[0].payload,
                                                    is_group=True))
    assert refused.notice and "发祝福的人" in refused.text  # the boss cannot post from Lily's thread


async def test_a_platform_that_only_quotes_the_greeting_still_reaches_its_owner(engine: Engine, store: Store) -> None:
    platform = await two_greetings_posted_in_one_group(engine, store)
    first = platform.texts_to("group-1")[0]  # the boss's greeting, posted first (DingTalk names no id: it quotes)
    [offer] = await engine.handle(IncomingMessage("test", "group-1", "wang", "谢谢！", is_group=True,
                                                  reply_to_bot=True, replied_text=first[:30]))
    assert offer.owner == "boss"


async def test_group_chatter_that_does_not_reply_to_the_bot_is_left_alone(engine: Engine) -> None:
    assert await engine.handle(IncomingMessage("test", "group-1", "wang", "今晚吃啥", is_group=True)) == []
