"""One transaction per turn (bot.storage.turns): what a turn writes becomes durable together, before the model is
asked and at the end, and side effects that describe those rows wait for the commit."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import event, select

from bot.conversation.engine import Engine
from bot.domain import ConversationKey, Drafts, GreetingRequest, IncomingMessage
from bot.storage.store import Store
from bot.storage.tables import ConversationRow
from bot.writing.compose import GreetingWriter

REQUEST = "帮我给张总写条拜年微信，他是合作三年的客户，去年一起做了北京项目，商务得体点，50到100字"


class FixedWriter(GreetingWriter):
    def __init__(self) -> None:
        super().__init__(None)
        self.seen_state: list[str] = []
        self.store: Store | None = None

    async def write(self, request: GreetingRequest, backend: str = "auto", *, key: str | None = None,
                    since: float | None = None) -> Drafts:
        assert self.store is not None
        async with self.store.engine.connect() as other:  # what a crash at this moment would leave behind
            state = (await other.execute(select(ConversationRow.state).filter_by(user_id="u"))).scalar_one()
        self.seen_state.append(state.get("stage", ""))
        return Drafts(("张总新年好，北京项目多谢关照。", "张总春节快乐！", "张总，新春大吉。"), "vllm", request.holiday)


@contextmanager
def counting_commits(store: Store) -> Iterator[list[int]]:
    commits = [0]

    def on_commit(_conn: object) -> None:
        commits[0] += 1

    event.listen(store.engine.sync_engine, "commit", on_commit)
    try:
        yield commits
    finally:
        event.remove(store.engine.sync_engine, "commit", on_commit)


def engine_for(store: Store) -> tuple[Engine, FixedWriter]:
    writer = FixedWriter()
    writer.store = store
    return Engine(store, writer, today=lambda: date(2027, 1, 20), backend="vllm"), writer


async def test_a_request_commits_once_before_the_model_and_once_after(store: Store) -> None:
    engine, writer = engine_for(store)
    await engine.handle(IncomingMessage("t", "c", "u", "你好"))  # first contact: the conversation row exists
    with counting_commits(store) as commits:
        replies = await engine.handle(IncomingMessage("t", "c", "u", REQUEST))
    assert "北京项目" in replies[0].text
    assert commits[0] == 2
    assert writer.seen_state == ["generating"]  # committed before the model was asked: a crash resumes the job


async def test_choosing_a_draft_is_one_commit(store: Store) -> None:
    engine, _ = engine_for(store)
    await engine.handle(IncomingMessage("t", "c", "u", REQUEST))
    with counting_commits(store) as commits:
        await engine.handle(IncomingMessage("t", "c", "u", "2"))
    assert commits[0] == 1
    chosen = [g for g in await store.greetings_for((await store.load_conversation(
        ConversationKey("t", "c", "u"))).id) if g.chosen_at is not None]
    assert [g.text for g in chosen] == ["张总春节快乐！"]


async def test_a_turn_that_fails_keeps_none_of_its_writes(store: Store) -> None:
    key = ConversationKey("t", "c", "u")
    with pytest.raises(RuntimeError):
        async with store.turn():
            conv = await store.load_conversation(key)
            conv.state = {"stage": "collecting"}
            await store.save_conversation(conv)
            raise RuntimeError("the turn broke")
    assert (await store.load_conversation(key)).state == {}


async def test_side_effects_wait_for_the_commit_and_are_dropped_on_a_rollback(store: Store) -> None:
    done: list[str] = []
    async with store.turn():
        store.after_commit(lambda: done.append("kept"))
        assert done == []
    assert done == ["kept"]
    with pytest.raises(RuntimeError):
        async with store.turn():
            store.after_commit(lambda: done.append("rolled back"))
            raise RuntimeError
    assert done == ["kept"]
    store.after_commit(lambda: done.append("no turn"))
    assert done == ["kept", "no turn"]


async def test_other_tasks_do_not_share_the_turns_session(store: Store) -> None:
    key = ConversationKey("t", "c", "u")
    await store.load_conversation(key)  # the row exists: the other task only reads
    async with store.turn():
        conv = await store.load_conversation(key)
        conv.state = {"stage": "collecting"}
        await store.save_conversation(conv)
        seen = await asyncio.create_task(store.load_conversation(key))
        assert seen.state == {}  # not committed yet: another session does not see it
    assert (await store.load_conversation(key)).state == {"stage": "collecting"}


class SlowReader:
    """A model that reads the request slowly; while it reads, another connection writes (as the inbox, a webhook
    or another turn would). Found by bench/burst_vllm.py: a first-contact turn held SQLite's lock through this."""

    def __init__(self, store: Store) -> None:
        self.store, self.wrote = store, False

    async def overloaded(self) -> float | None:
        return None

    async def chat_json(self, messages: object, schema: object, *, name: str) -> dict:
        await asyncio.wait_for(asyncio.create_task(self.store.check_writable("someone-else")), timeout=3)
        self.wrote = True
        return {}


async def test_no_lock_is_held_while_the_model_reads_a_first_request(store: Store) -> None:
    engine, _ = engine_for(store)
    engine.extractor = SlowReader(store)  # type: ignore[assignment]
    # Without a style the request is not complete, so the model is asked to read it.
    replies = await engine.handle(IncomingMessage("t", "c", "u", REQUEST.replace("商务得体点，", "")))
    assert engine.extractor.wrote and replies  # type: ignore[attr-defined]
