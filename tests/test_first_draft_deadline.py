"""Drafts within a deadline: a person never waits on a slow or saturated model. Offline drafts come at once, marked;
the model's drafts, when they arrive, are what "换一个" shows; an overload is counted for /metrics.

The model is tests/fake_openai (a slow answer, a long queue in its vLLM-style /metrics). No timing assertions: the
fake's slowness is far past the deadline, and the test waits for the late answer to arrive before asking again.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from datetime import date

import pytest

from bot.conversation.engine import Engine
from bot.domain import IncomingMessage
from bot.settings import Settings
from bot.storage.store import Store
from bot.writing.compose import GreetingWriter
from bot.writing.llm import LLMClient
from tests.fake_openai import FakeOpenAI, running_fake_openai
from tests.good_drafts import ZHANG_ZONG

REQUEST = "帮我给张总写条拜年微信，他是合作三年的客户，去年一起做了北京项目，商务得体点，50到100字"
MODEL_DRAFTS = list(ZHANG_ZONG)


@pytest.fixture
def model() -> Iterator[FakeOpenAI]:
    with running_fake_openai() as server:
        server.reply = lambda body: MODEL_DRAFTS
        yield server


@pytest.fixture
async def writer(model: FakeOpenAI) -> AsyncIterator[GreetingWriter]:
    llm = LLMClient(Settings(llm_base_url=model.base_url, llm_timeout_s=30, llm_max_waiting=16, _env_file=None))
    yield GreetingWriter(llm, deadline_s=0.3)
    await llm.aclose()


async def say(engine: Engine, text: str) -> str:
    [reply] = await engine.handle(IncomingMessage("test", "c1", "u1", text))
    return reply.text


async def test_a_slow_model_gets_offline_drafts_first_and_its_own_on_the_next_ask(
        store: Store, writer: GreetingWriter, model: FakeOpenAI) -> None:
    model.mode, model.slow_s = "slow", 3.0
    engine = Engine(store, writer, today=lambda: date(2027, 1, 20))
    first = await say(engine, REQUEST)
    assert "离线草稿" in first and not any(d in first for d in MODEL_DRAFTS)
    assert writer.stats["deadline_passed"] == 1
    while not all(task.done() for _, task in writer._late.values()):  # the model's answer arrives, late
        await asyncio.sleep(0.05)
    model.mode = "ok"
    asked = len(model.requests)
    again = await say(engine, "换一个")
    assert all(d in again for d in MODEL_DRAFTS) and "离线草稿" not in again
    assert len(model.requests) == asked  # the late drafts were shown, not asked for again


async def test_the_deadline_counts_from_when_the_message_arrived_not_from_when_its_turn_began(
        store: Store, writer: GreetingWriter, model: FakeOpenAI) -> None:
    """Behind a burst a message may wait in the inbox longer than the deadline: its person is not made to wait the
    deadline again. The model here answers at once; the message had arrived 10 s before its turn."""
    engine = Engine(store, writer, today=lambda: date(2027, 1, 20))
    [reply] = await engine.handle(IncomingMessage("test", "c1", "u1", REQUEST, received_at=time.time() - 10))
    assert "离线草稿" in reply.text and writer.stats["deadline_passed"] == 1
    while not all(task.done() for _, task in writer._late.values()):
        await asyncio.sleep(0.05)
    again = await say(engine, "换一个")
    assert all(d in again for d in MODEL_DRAFTS)  # written all the same, and shown next


async def test_late_drafts_for_another_request_are_not_shown(store: Store, writer: GreetingWriter,
                                                              model: FakeOpenAI) -> None:
    model.mode, model.slow_s = "slow", 1.0
    engine = Engine(store, writer, today=lambda: date(2027, 1, 20))
    await say(engine, REQUEST)
    while not all(task.done() for _, task in writer._late.values()):
        await asyncio.sleep(0.05)
    model.mode = "ok"
    model.reply = lambda body: ["张总，新年快乐。"] * 3  # what the model writes for the shorter request
    shorter = await say(engine, "短一点")
    assert not any(d in shorter for d in MODEL_DRAFTS)  # those were for the longer request


async def test_a_saturated_model_is_not_asked_and_the_overload_is_counted(store: Store, writer: GreetingWriter,
                                                                          model: FakeOpenAI) -> None:
    model.waiting = 40  # vLLM's queue: far past llm_max_waiting
    engine = Engine(store, writer, extractor=writer.llm, today=lambda: date(2027, 1, 20))
    first = await say(engine, "给老王写条拜年微信")  # incomplete: the model would read it, were it not overloaded
    assert "离线草稿" not in first and model.requests == []  # the rules read it, and the bot asks what is missing
    first = await say(engine, REQUEST)
    assert "离线草稿" in first and model.requests == [] and writer.stats["overloaded"] == 1
    model.waiting = 0
    await asyncio.sleep(1.1)  # the queue figure is read at most once a second
    again = await say(engine, "换一个")
    assert all(d in again for d in MODEL_DRAFTS)


async def test_late_answers_are_bounded_the_oldest_dropped(model: FakeOpenAI, writer: GreetingWriter) -> None:
    from bot.domain import GreetingRequest, Slots
    from bot.writing import holidays

    model.mode, model.slow_s = "slow", 30.0
    writer.max_late = 3
    request = GreetingRequest(slots=Slots(name="张总", relation="客户", details="北京项目"),
                              holiday=holidays.resolve("春节", date(2027, 1, 20)), n=3)
    for i in range(5):
        await writer.write(request, key=f"conversation-{i}")
    assert list(writer._late) == ["conversation-2", "conversation-3", "conversation-4"]
    await asyncio.sleep(0)
    assert writer.stats["deadline_passed"] == 5


def test_the_fallbacks_are_a_metric_an_operator_can_alert_on() -> None:
    from collections import Counter

    from prometheus_client import CollectorRegistry, generate_latest

    from bot.service.app import _ModelFallbacks

    stats: Counter[str] = Counter(overloaded=2, deadline_passed=5)
    registry = CollectorRegistry()
    registry.register(_ModelFallbacks(stats))
    text = generate_latest(registry).decode()
    assert 'greetbot_model_fallbacks_total{reason="overloaded"} 2.0' in text
    assert 'greetbot_model_fallbacks_total{reason="deadline_passed"} 5.0' in text
