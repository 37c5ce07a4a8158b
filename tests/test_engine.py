"""The conversation, turn by turn, on a real SQLite file: asking, drafting, revising, resuming after a restart."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from bot.conversation.engine import Engine
from bot.conversation.memory import sent_to_others
from bot.conversation.turn_state import TurnState
from bot.domain import ConversationKey, IncomingMessage, fits_length
from bot.settings import Settings
from bot.storage.store import Store
from bot.storage.tables import GreetingRow
from bot.writing.compose import GreetingWriter
from bot.writing.llm import LLMClient
from tests.fake_openai import running_fake_openai
from tests.good_drafts import GOAT_YEAR, HORSE_YEAR, ZHANG_ZONG
from tests.greeting_judge import shared_run

TODAY = date(2027, 1, 20)  # the next 春节 is 2027-02-06, the Year of the Goat
ISSUE_EXAMPLE = "帮我给张总写条拜年微信，他是合作三年的客户，去年一起做了北京项目，商务得体点，50到100字"


def make_engine(store: Store, llm: LLMClient | None = None) -> Engine:
    return Engine(store, GreetingWriter(llm), today=lambda: TODAY)


def msg(text: str, user: str = "u1", chat: str = "c1") -> IncomingMessage:
    return IncomingMessage("test", chat, user, text)


async def say(engine: Engine, text: str, **kw) -> str:
    replies = await engine.handle(msg(text, **kw))
    assert len(replies) == 1
    return replies[0].text


async def state_of(store: Store, user: str = "u1", chat: str = "c1") -> TurnState:
    return TurnState.from_json((await store.load_conversation(ConversationKey("test", chat, user))).state)


async def test_a_complete_request_gets_three_drafts_at_once(store: Store) -> None:
    engine = make_engine(store)
    reply = await engine.handle(msg(ISSUE_EXAMPLE))
    text = reply[0].text
    st = await state_of(store)
    assert st.stage == "drafted" and len(st.drafts) == 3 and len(set(st.drafts)) == 3
    assert "2027-02-06" in text and "羊年" in text and "马年" not in text
    assert all("张总" in d and fits_length(d, "50-100") for d in st.drafts)
    assert "离线草稿" in text  # no model configured: the drafts are marked as offline
    assert [b.payload for b in reply[0].buttons][:3] == ["/use 1", "/use 2", "/use 3"]


async def test_missing_slots_are_asked_one_at_a_time_and_never_twice(store: Store) -> None:
    engine = make_engine(store)
    first = await engine.handle(msg("帮我写条春节祝福"))
    assert "发给谁" in first[0].text
    second = await engine.handle(msg("老王"))
    assert "老王和你是什么关系" in second[0].text and "朋友" in [b.label for b in second[0].buttons]
    third = await say(engine, "发小")
    assert "具体小事" in third
    drafts = await say(engine, "我们认识二十年了，他总帮我修电脑")
    st = await state_of(store)
    assert st.stage == "drafted" and st.slots.name == "老王" and st.slots.relation == "发小"
    assert "发给谁" not in drafts and "什么关系" not in drafts


async def test_an_answer_that_carries_more_skips_those_questions(store: Store) -> None:
    engine = make_engine(store)
    await say(engine, "给老王写条中秋祝福")
    reply = await say(engine, "他是我大学室友，我们一起熬夜写过毕业论文")
    assert "具体小事" not in reply  # details came with the relation
    assert (await state_of(store)).stage == "drafted"


async def test_revisions_rewrite_the_last_drafts(store: Store) -> None:
    engine = make_engine(store)
    await say(engine, ISSUE_EXAMPLE)
    before = (await state_of(store)).drafts
    await say(engine, "换一个")
    after = (await state_of(store)).drafts
    assert not set(before) & set(after)
    await say(engine, "短一点")
    st = await state_of(store)
    assert st.slots.length == "<=50" and all(fits_length(d, "<=50") for d in st.drafts)
    await say(engine, "加点科技梗")
    assert "加点科技梗" in (await state_of(store)).wishes


async def test_choosing_a_draft_records_it(store: Store) -> None:
    engine = make_engine(store)
    await say(engine, ISSUE_EXAMPLE)
    st = await state_of(store)
    reply = await say(engine, "/use 2")
    assert st.drafts[1] in reply
    async with store._session() as s:
        chosen = (await s.scalars(select(GreetingRow).where(GreetingRow.chosen_at.is_not(None)))).all()
    assert [g.text for g in chosen] == [st.drafts[1]]


async def test_commands_work_at_any_point(store: Store) -> None:
    engine = make_engine(store)
    await say(engine, "帮我写条春节祝福")
    assert "greetbot" in await say(engine, "/help")
    assert (await state_of(store)).pending == "name"  # help does not lose the question
    assert "已取消" in await say(engine, "/cancel")
    assert (await state_of(store)).stage == "idle"
    assert "没有进行中" in await say(engine, "/cancel")
    await say(engine, ISSUE_EXAMPLE)
    assert "重新开始" in await say(engine, "/new")
    assert (await state_of(store)).drafts == []


async def test_a_new_recipient_after_drafts_starts_a_new_greeting(store: Store) -> None:
    engine = make_engine(store)
    await say(engine, ISSUE_EXAMPLE)
    await say(engine, "再帮我给李老师写一条")
    st = await state_of(store)
    assert st.slots.name == "李老师" and st.slots.details is None and st.stage == "collecting"


async def test_a_conversation_resumes_after_a_restart(db_url: str) -> None:
    first = await Store.open(db_url)
    await say(make_engine(first), "帮我给老王写条春节祝福")
    await first.close()  # the process stops here

    second = await Store.open(db_url)
    engine = make_engine(second)
    resumed = await engine.resume(ConversationKey("test", "c1", "u1"))
    assert "接着上次" in resumed[0].text and "什么关系" in resumed[0].text
    await say(engine, "同事")
    await say(engine, "一起加班上线过双十一")
    assert (await state_of(second)).stage == "drafted"
    await second.close()


class ExplodingWriter(GreetingWriter):
    async def write(self, request, backend="auto", *, key=None, since=None):
        raise RuntimeError("killed mid-generation")


async def test_a_crash_while_writing_is_finished_on_resume(db_url: str) -> None:
    first = await Store.open(db_url)
    with pytest.raises(RuntimeError):
        await Engine(first, ExplodingWriter(None), today=lambda: TODAY).handle(msg(ISSUE_EXAMPLE))
    assert (await state_of(first)).stage == "generating"  # the collected slots were saved before the crash
    await first.close()

    second = await Store.open(db_url)
    resumed = await make_engine(second).resume(ConversationKey("test", "c1", "u1"))
    assert "张总" in resumed[0].text and (await state_of(second)).stage == "drafted"
    await second.close()


async def test_people_and_chats_have_separate_conversations(store: Store) -> None:
    engine = make_engine(store)
    await say(engine, "帮我写条春节祝福", user="alice")
    await say(engine, ISSUE_EXAMPLE, user="bob")
    assert (await state_of(store, user="alice")).pending == "name"
    assert (await state_of(store, user="bob")).stage == "drafted"


async def test_model_drafts_are_used_and_a_wrong_zodiac_never_reaches_the_user(store: Store) -> None:
    with running_fake_openai() as server:
        server.reply = lambda body: [GOAT_YEAR, HORSE_YEAR, ZHANG_ZONG[2]][:body["n"]]
        async with LLMClient(Settings(llm_base_url=server.base_url, _env_file=None)) as llm:
            reply = await say(make_engine(store, llm), ISSUE_EXAMPLE)
        body = server.requests[0]
    st = await state_of(store)
    assert st.backend == "vllm" and st.drafts[:2] == [GOAT_YEAR, ZHANG_ZONG[2]] and HORSE_YEAR not in reply
    assert len(st.drafts) == 3 and reply.count("离线草稿") == 1  # the third: an offline draft, marked
    assert body["n"] == 3 and body["chat_template_kwargs"] == {"enable_thinking": False}
    assert "北京项目" in body["messages"][1]["content"] and "羊年" in body["messages"][1]["content"]


async def test_a_model_outage_mid_conversation_falls_back_and_recovers(store: Store) -> None:
    with running_fake_openai() as server:
        server.reply = lambda body: list(ZHANG_ZONG[:body.get("n", 1)])
        settings = Settings(llm_base_url=server.base_url, llm_timeout_s=0.5, llm_retries=0, _env_file=None)
        async with LLMClient(settings) as llm:
            engine = make_engine(store, llm)
            server.script(["error500"])
            await say(engine, ISSUE_EXAMPLE)
            assert (await state_of(store)).backend == "composer"
            await say(engine, "换一个")  # the endpoint is back
            assert (await state_of(store)).backend == "vllm"


async def test_english_requests_get_an_english_conversation(store: Store) -> None:
    engine = make_engine(store)
    reply = await say(engine, "Write a casual Spring Festival message for my roommate Jake, "
                              "we've shared an apartment for 3 years, keep it short")
    st = await state_of(store)
    assert st.slots.language == "en" and st.stage == "drafted"
    assert "Spring Festival" in reply and all("Jake" in d for d in st.drafts)


async def test_small_talk_gets_a_friendly_pointer_not_an_error(store: Store) -> None:
    reply = await say(make_engine(store), "你好")
    assert "给谁写" in reply and (await state_of(store)).stage == "idle"


async def test_in_a_group_the_bot_speaks_only_when_spoken_to(store: Store) -> None:
    engine = make_engine(store)
    chatter = IncomingMessage("test", "g1", "alice", ISSUE_EXAMPLE, is_group=True)
    assert await engine.handle(chatter) == []
    mentioned = IncomingMessage("test", "g1", "alice", ISSUE_EXAMPLE, is_group=True, mentioned=True)
    reply = (await engine.handle(mentioned))[0]
    assert reply.owner == "alice" and "张总" in reply.text


async def test_in_a_group_only_the_asker_can_tap_the_buttons(store: Store) -> None:
    engine = make_engine(store)
    await engine.handle(IncomingMessage("test", "g1", "alice", ISSUE_EXAMPLE, is_group=True, mentioned=True))
    bob = await engine.handle(IncomingMessage("test", "g1", "bob", "/use 1", is_group=True, button_owner="alice"))
    assert bob[0].notice and "发起的人" in bob[0].text
    alice = await engine.handle(IncomingMessage("test", "g1", "alice", "/use 1", is_group=True, button_owner="alice"))
    assert "就用第 1 条" in alice[0].text


async def test_people_in_one_group_have_separate_conversations(store: Store) -> None:
    engine = make_engine(store)
    await engine.handle(IncomingMessage("test", "g1", "alice", "@bot 帮我写条春节祝福", is_group=True, mentioned=True))
    await engine.handle(IncomingMessage("test", "g1", "bob", ISSUE_EXAMPLE, is_group=True, mentioned=True))
    assert (await state_of(store, user="alice", chat="g1")).pending == "name"
    assert (await state_of(store, user="bob", chat="g1")).stage == "drafted"


async def test_replies_carry_the_platform_context_back(store: Store) -> None:
    ctx = {"session_webhook": "http://127.0.0.1/x"}
    reply = (await make_engine(store).handle(IncomingMessage("test", "c1", "u1", "/help", context=ctx)))[0]
    assert reply.context == ctx


async def test_thumbs_are_recorded_and_a_thumbs_down_brings_new_drafts(store: Store) -> None:
    engine = make_engine(store)
    reply = (await engine.handle(msg(ISSUE_EXAMPLE)))[0]
    assert {"👍", "👎", "换一个"} <= {b.label for b in reply.buttons}
    first = (await state_of(store)).drafts
    assert "记下了" in await say(engine, "/fb up")
    await say(engine, "/fb down")
    st = await state_of(store)
    assert not set(first) & set(st.drafts)
    async with store._session() as s:
        rated = {g.text: g.feedback for g in (await s.scalars(select(GreetingRow))).all()}
    assert all(rated[t] == -1 for t in first)  # the batch was first 👍 then 👎: the last word counts
    assert all(rated[t] is None for t in st.drafts)


async def test_rating_without_drafts_says_so(store: Store) -> None:
    assert "还没有" in await say(make_engine(store), "/fb up")


async def test_a_turn_that_died_while_writing_is_finished_when_its_message_comes_again(store: Store) -> None:
    await say(make_engine(store), "帮我给老王写条春节祝福")
    await say(make_engine(store), "发小")
    with pytest.raises(RuntimeError):  # the worker dies while the drafts are being written
        await Engine(store, ExplodingWriter(None), today=lambda: TODAY).handle(msg("我们认识二十年了"))
    reply = await say(make_engine(store), "我们认识二十年了")  # the inbox redelivers the same message
    st = await state_of(store)
    assert st.stage == "drafted" and st.slots.name == "老王" and "二十年" in st.slots.details
    assert "给老王的春节祝福" in reply


async def test_a_greeting_shares_no_sentence_with_what_the_users_other_friends_were_sent_lately(store: Store) -> None:
    # Two classmates who compare greetings must not find the same sentences (issue 17). Written alone, these six
    # requests gave 6 of the last 15 drafts a 12-character run of an earlier friend's greeting (2026-12-06).
    engine = make_engine(store)
    sent: dict[str, str] = {}
    for name in ("老王", "老李", "小周", "阿杰", "老陈", "大刘"):
        await say(engine, f"给{name}写条春节祝福，他是我大学同学，一起打过篮球，轻松自然，50到100字")
        drafts = (await state_of(store)).drafts
        assert len(drafts) == 3 and all(name in d for d in drafts)
        assert [(d, t) for d in drafts for t in sent.values() if shared_run(d, t)] == []
        await say(engine, "/use 1")
        sent[name] = drafts[0]


def test_only_what_other_people_were_sent_this_season_is_kept_apart_from() -> None:
    contacts = [("老李", {"last_sent": {"text": "老李的", "on": "2027-01-10"}}),
                ("老王", {"last_sent": {"text": "老王上次的", "on": "2027-01-12"}}),  # the recipient's own: `avoid`
                ("小周", {"last_sent": {"text": "去年中秋的", "on": "2026-09-20"}}),  # a season ago
                ("阿杰", {"relation": "同学"})]  # told of, never sent
    assert sent_to_others(contacts, "老王", TODAY) == ("老李的",)
