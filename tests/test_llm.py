"""Specification of bot.llm, exercised through the real client against a fake OpenAI-compatible server."""

from __future__ import annotations

import asyncio
import logging
import socket
import time
from collections.abc import Iterator

import httpx
import pytest

from bot.settings import Settings
from bot.writing.llm import (
    ChatResult,
    CircuitBreaker,
    LLMBadOutput,
    LLMClient,
    LLMError,
    LLMRejected,
    LLMUnavailable,
    _retry_after,
    strip_think,
)
from tests.fake_openai import FakeOpenAI, running_fake_openai

MESSAGES = [{"role": "user", "content": "给妈妈写一句春节祝福"}]
SECRET = "sk-do-not-leak-1234"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(scope="module")
def _server() -> Iterator[FakeOpenAI]:
    with running_fake_openai() as server:
        yield server


@pytest.fixture
def fake_openai(_server: FakeOpenAI) -> FakeOpenAI:
    _server.reset()
    return _server


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make_settings(base_url: str, **overrides: object) -> Settings:
    values: dict[str, object] = dict(
        llm_base_url=base_url,
        llm_model="greet",
        llm_api_key=SECRET,
        llm_timeout_s=0.3,
        llm_retries=1,
        llm_breaker_threshold=2,
        llm_breaker_cooldown_s=30.0,
    )
    values.update(overrides)
    return Settings(**values, _env_file=None)


@pytest.fixture
async def client(fake_openai: FakeOpenAI, clock: FakeClock):
    async with LLMClient(make_settings(fake_openai.base_url), clock=clock) as c:
        yield c


@pytest.fixture
def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


# -- request shape -------------------------------------------------------------------------------


async def test_request_uses_qwen3_non_thinking_sampling(client: LLMClient, fake_openai: FakeOpenAI) -> None:
    await client.chat(MESSAGES, n=3, max_tokens=99)

    [body] = fake_openai.requests
    assert body["model"] == "greet"
    assert body["messages"] == MESSAGES
    assert body["n"] == 3
    assert body["max_tokens"] == 99
    assert body["chat_template_kwargs"] == {"enable_thinking": False}
    assert body["top_k"] == 20
    assert body["min_p"] == 0.0
    assert body["top_p"] == 0.8
    assert body["presence_penalty"] == 1.0
    assert body["temperature"] == 0.7
    assert "response_format" not in body and "guided_json" not in body


async def test_model_override_and_temperature(client: LLMClient, fake_openai: FakeOpenAI) -> None:
    result = await client.chat(MESSAGES, model="Qwen/Qwen3-4B", temperature=1.1)

    assert fake_openai.requests[0]["model"] == "Qwen/Qwen3-4B"
    assert fake_openai.requests[0]["temperature"] == 1.1
    assert result.model == "Qwen/Qwen3-4B"
    assert client.model == "greet"


# -- results -------------------------------------------------------------------------------------


async def test_n_candidates_come_back_from_one_request(client: LLMClient, fake_openai: FakeOpenAI) -> None:
    result = await client.chat(MESSAGES, n=3)

    assert isinstance(result, ChatResult)
    assert result.texts == ("候选1", "候选2", "候选3")
    assert result.model == "greet"
    assert (result.prompt_tokens, result.completion_tokens) == (11, 21)
    assert 0 <= result.latency_s < 1
    assert len(fake_openai.requests) == 1


async def test_think_blocks_are_stripped(client: LLMClient, fake_openai: FakeOpenAI) -> None:
    fake_openai.mode = "think"

    result = await client.chat(MESSAGES, n=2)

    assert result.texts == ("正文1", "正文2")


async def test_empty_candidates_are_dropped(client: LLMClient, fake_openai: FakeOpenAI) -> None:
    fake_openai.reply = lambda body: ["", "<think>只有推理</think>\n", "  新春快乐！ \n", "   "]

    result = await client.chat(MESSAGES, n=4)

    assert result.texts == ("新春快乐！",)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("你好", "你好"),
        ("  你好\n", "你好"),
        ("<think>\n推理…\n</think>\n\n正文", "正文"),
        ("<think></think>正文", "正文"),
        ("前<think>a</think>中<think>b</think>后", "前中后"),
        ("正文<think>想了一半没有结束", "正文"),
        ("<think>想了一半没有结束", ""),
        ("模板里已开的推理</think>\n正文", "正文"),
        ("x</think>正文<think>半截", "正文"),
        ("<think>多行\n\n推理\n</think>  \n", ""),
        ("", ""),
    ],
)
def test_strip_think(raw: str, expected: str) -> None:
    assert strip_think(raw) == expected


# -- failures ------------------------------------------------------------------------------------


async def test_timeout_is_unavailable_after_retry(client: LLMClient, fake_openai: FakeOpenAI) -> None:
    fake_openai.mode = "slow"
    started = time.monotonic()

    with pytest.raises(LLMUnavailable, match="timed out"):
        await client.chat(MESSAGES)

    assert len(fake_openai.requests) == 2  # llm_retries=1
    assert time.monotonic() - started < 1.5  # 2 x 0.3 s + backoff, not the server's 2 s


async def test_500_then_ok_succeeds_on_retry(client: LLMClient, fake_openai: FakeOpenAI) -> None:
    fake_openai.script(["error500", "ok"])

    result = await client.chat(MESSAGES)

    assert result.texts == ("候选1",)
    assert len(fake_openai.requests) == 2
    assert client.breaker.state == "closed"


async def test_persistent_500_is_unavailable(client: LLMClient, fake_openai: FakeOpenAI) -> None:
    fake_openai.mode = "error500"

    with pytest.raises(LLMUnavailable, match="HTTP 500"):
        await client.chat(MESSAGES)

    assert len(fake_openai.requests) == 2


async def test_429_is_retried_honouring_retry_after(client: LLMClient, fake_openai: FakeOpenAI) -> None:
    fake_openai.script(["error429", "ok"])

    result = await client.chat(MESSAGES)

    assert result.texts == ("候选1",)
    assert len(fake_openai.requests) == 2


@pytest.mark.parametrize(
    ("header", "expected"), [("0", 0.0), ("1.5", 1.5), ("60", 2.0), (None, 0.2), ("Wed, 21 Oct 2026 07:28:00 GMT", 0.2),
                             ("-3", 0.2), ("nan", 0.2)],
)
def test_retry_after_is_honoured_up_to_a_cap(header: str | None, expected: float) -> None:
    # Retry-After: 0 beats the 0.2 s default backoff; a huge value is capped; junk falls back to the backoff.
    assert _retry_after(header, 0.2) == expected


async def test_404_is_rejected_without_retry(client: LLMClient, fake_openai: FakeOpenAI) -> None:
    fake_openai.mode = "error404"

    with pytest.raises(LLMRejected, match="HTTP 404: The model `no-such-model` does not exist") as info:
        await client.chat(MESSAGES, model="no-such-model")

    assert not isinstance(info.value, LLMUnavailable)
    assert len(fake_openai.requests) == 1
    assert client.breaker.state == "closed"


async def test_rejections_do_not_trip_the_breaker(client: LLMClient, fake_openai: FakeOpenAI) -> None:
    fake_openai.mode = "error404"  # the server answered coherently; the request (model name) was wrong
    for _ in range(3):
        with pytest.raises(LLMRejected):
            await client.chat(MESSAGES)

    assert client.breaker.state == "closed"
    assert len(fake_openai.requests) == 3


@pytest.mark.parametrize("mode", ["malformed", "no_choices"])
async def test_unusable_200_is_bad_output_without_retry(
    client: LLMClient, fake_openai: FakeOpenAI, mode: str
) -> None:
    fake_openai.mode = mode

    with pytest.raises(LLMBadOutput):
        await client.chat(MESSAGES)

    assert len(fake_openai.requests) == 1


async def test_empty_after_strip_is_bad_output(client: LLMClient, fake_openai: FakeOpenAI) -> None:
    fake_openai.reply = lambda body: ["<think>只想不说</think>", "  "]

    with pytest.raises(LLMBadOutput, match="empty"):
        await client.chat(MESSAGES, n=2)


@pytest.mark.parametrize(
    "body",
    [
        [],
        "<html>oops</html>",
        {"choices": "x"},
        {"choices": [{"index": 0, "message": None}]},
        {"choices": [{"index": 0, "message": {"role": "assistant", "content": 42}}]},
    ],
)
async def test_odd_200_bodies_are_bad_output(body: object) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text=body) if isinstance(body, str) else httpx.Response(200, json=body)

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        async with LLMClient(make_settings("http://fake/v1"), http_client=http) as c:
            with pytest.raises(LLMBadOutput):
                await c.chat(MESSAGES)


async def test_unexpected_transport_exception_is_wrapped() -> None:
    def explode(request: httpx.Request) -> httpx.Response:
        raise RuntimeError("transport bug")

    async with httpx.AsyncClient(transport=httpx.MockTransport(explode)) as http:
        async with LLMClient(make_settings("http://fake/v1"), http_client=http) as c:
            with pytest.raises(LLMUnavailable, match="unexpected RuntimeError"):
                await c.chat(MESSAGES)


async def test_connection_refused_is_unavailable(closed_port_url: str, clock: FakeClock) -> None:
    async with LLMClient(make_settings(closed_port_url), clock=clock) as c:
        with pytest.raises(LLMUnavailable, match="connection failed"):
            await c.chat(MESSAGES)


async def test_errors_and_logs_never_contain_api_key(
    client: LLMClient, fake_openai: FakeOpenAI, caplog: pytest.LogCaptureFixture
) -> None:
    fake_openai.mode = "error500"
    caplog.set_level(logging.WARNING, logger="bot.writing.llm")

    with pytest.raises(LLMError) as info:
        await client.chat(MESSAGES)

    assert SECRET not in str(info.value)
    assert SECRET not in caplog.text
    assert "model=greet" in caplog.text and "attempt=1/2" in caplog.text and "InternalServerError" in caplog.text


# -- structured output ---------------------------------------------------------------------------

SCHEMA = {"type": "object", "properties": {"greeting": {"type": "string"}}, "required": ["greeting"]}


async def test_json_schema_is_sent_as_response_format(client: LLMClient, fake_openai: FakeOpenAI) -> None:
    fake_openai.mode = "json"

    result = await client.chat(MESSAGES, json_schema=SCHEMA, schema_name="greeting")

    body = fake_openai.requests[0]
    assert body["response_format"] == {"type": "json_schema", "json_schema": {"name": "greeting", "schema": SCHEMA}}
    assert "guided_json" not in body
    assert result.texts == ('{"greeting": "新年快乐"}',)


async def test_chat_json_returns_parsed_object(client: LLMClient, fake_openai: FakeOpenAI) -> None:
    fake_openai.mode = "json"
    fake_openai.json_obj = {"greeting": "元宵快乐", "tone": "warm"}

    value = await client.chat_json(MESSAGES, SCHEMA, name="greeting", max_tokens=64)

    assert value == {"greeting": "元宵快乐", "tone": "warm"}
    body = fake_openai.requests[0]
    assert body["n"] == 1 and body["temperature"] == 0.1 and body["max_tokens"] == 64
    assert body["response_format"]["json_schema"]["name"] == "greeting"
    assert body["chat_template_kwargs"] == {"enable_thinking": False}


async def test_chat_json_garbage_is_bad_output(client: LLMClient, fake_openai: FakeOpenAI) -> None:
    fake_openai.mode = "garbage_json"

    with pytest.raises(LLMBadOutput, match="not valid JSON"):
        await client.chat_json(MESSAGES, SCHEMA, name="greeting")


async def test_chat_json_non_object_is_bad_output(client: LLMClient, fake_openai: FakeOpenAI) -> None:
    fake_openai.mode = "json"
    fake_openai.json_obj = ["新年快乐"]

    with pytest.raises(LLMBadOutput, match="not an object"):
        await client.chat_json(MESSAGES, SCHEMA, name="greeting")


# -- circuit breaker -----------------------------------------------------------------------------


async def test_breaker_opens_then_half_open_trial_closes_it(
    client: LLMClient, fake_openai: FakeOpenAI, clock: FakeClock
) -> None:
    fake_openai.mode = "error500"
    for _ in range(2):  # llm_breaker_threshold=2 failed calls
        with pytest.raises(LLMUnavailable):
            await client.chat(MESSAGES)
    assert client.breaker.state == "open"
    seen = len(fake_openai.requests)

    with pytest.raises(LLMUnavailable, match="circuit open"):
        await client.chat(MESSAGES)
    assert len(fake_openai.requests) == seen  # rejected without touching the network

    clock.advance(29.9)
    with pytest.raises(LLMUnavailable, match="circuit open"):
        await client.chat(MESSAGES)
    assert len(fake_openai.requests) == seen

    clock.advance(0.1)
    assert client.breaker.state == "half_open"
    fake_openai.mode = "ok"
    assert (await client.chat(MESSAGES)).texts == ("候选1",)
    assert len(fake_openai.requests) == seen + 1
    assert client.breaker.state == "closed"


async def test_failed_half_open_trial_reopens(client: LLMClient, fake_openai: FakeOpenAI, clock: FakeClock) -> None:
    fake_openai.mode = "error500"
    for _ in range(2):
        with pytest.raises(LLMUnavailable):
            await client.chat(MESSAGES)
    clock.advance(30)

    with pytest.raises(LLMUnavailable, match="HTTP 500"):  # the trial reaches the server...
        await client.chat(MESSAGES)
    assert client.breaker.state == "open"  # ...fails, and the cooldown starts over
    seen = len(fake_openai.requests)
    with pytest.raises(LLMUnavailable, match="circuit open"):
        await client.chat(MESSAGES)
    assert len(fake_openai.requests) == seen


async def test_half_open_admits_a_single_trial(client: LLMClient, fake_openai: FakeOpenAI, clock: FakeClock) -> None:
    client.breaker.record_failure()
    client.breaker.record_failure()
    clock.advance(30)
    fake_openai.mode = "slow"
    fake_openai.slow_s = 0.15  # within the 0.3 s timeout: the trial succeeds, just not at once

    trial = asyncio.create_task(client.chat(MESSAGES))
    await asyncio.sleep(0.05)
    with pytest.raises(LLMUnavailable, match="circuit open"):
        await client.chat(MESSAGES)

    assert (await trial).texts == ("候选1",)
    assert len(fake_openai.requests) == 1
    assert client.breaker.state == "closed"


async def test_a_server_answering_garbage_opens_the_breaker(client: LLMClient, fake_openai: FakeOpenAI) -> None:
    fake_openai.mode = "malformed"
    for _ in range(2):
        with pytest.raises(LLMBadOutput):
            await client.chat(MESSAGES)

    assert client.breaker.state == "open"


async def test_a_reply_that_is_not_the_asked_json_leaves_the_model_to_the_drafts(
        client: LLMClient, fake_openai: FakeOpenAI) -> None:
    """The model's writing is not the server's health: JSON cut off at max_tokens must not stop the drafts."""
    fake_openai.mode = "garbage_json"
    for _ in range(5):
        with pytest.raises(LLMBadOutput):
            await client.chat_json(MESSAGES, SCHEMA, name="greeting")

    assert client.breaker.state == "closed"
    fake_openai.mode = "ok"
    assert (await client.chat(MESSAGES)).texts


async def test_success_resets_consecutive_failure_count(client: LLMClient, fake_openai: FakeOpenAI) -> None:
    fake_openai.script(["malformed", "ok", "malformed"])
    with pytest.raises(LLMBadOutput):
        await client.chat(MESSAGES)
    await client.chat(MESSAGES)
    with pytest.raises(LLMBadOutput):
        await client.chat(MESSAGES)

    assert client.breaker.state == "closed"


def test_breaker_unit_cycle(clock: FakeClock) -> None:
    breaker = CircuitBreaker(threshold=3, cooldown_s=10, clock=clock)
    for _ in range(2):
        assert breaker.allow()
        breaker.record_failure()
    assert breaker.state == "closed"
    breaker.record_failure()
    assert breaker.state == "open" and not breaker.allow()

    clock.advance(10)
    assert breaker.allow()  # the trial
    assert breaker.state == "half_open" and not breaker.allow()
    breaker.release()  # trial cancelled: no verdict, slot freed
    assert breaker.allow()
    breaker.record_success()
    assert breaker.state == "closed" and breaker.allow()


async def test_cancelled_trial_does_not_wedge_half_open(
    client: LLMClient, fake_openai: FakeOpenAI, clock: FakeClock
) -> None:
    client.breaker.record_failure()
    client.breaker.record_failure()
    clock.advance(30)
    fake_openai.mode = "slow"
    fake_openai.slow_s = 0.25

    trial = asyncio.create_task(client.chat(MESSAGES))
    await asyncio.sleep(0.05)
    trial.cancel()
    with pytest.raises(asyncio.CancelledError):
        await trial

    fake_openai.mode = "ok"
    assert (await client.chat(MESSAGES)).texts == ("候选1",)
    assert client.breaker.state == "closed"


# -- health probe & lifecycle --------------------------------------------------------------------


async def test_available_true_with_server(client: LLMClient, fake_openai: FakeOpenAI) -> None:
    assert await client.available() is True
    assert fake_openai.model_list_calls == 1


async def test_available_ignores_an_open_breaker(client: LLMClient, fake_openai: FakeOpenAI) -> None:
    client.breaker.record_failure()
    client.breaker.record_failure()

    assert await client.available() is True
    assert client.breaker.state == "open"


async def test_available_false_without_server_and_breaker_untouched(closed_port_url: str, clock: FakeClock) -> None:
    async with LLMClient(make_settings(closed_port_url, llm_breaker_threshold=1), clock=clock) as c:
        assert await c.available() is False
        assert c.breaker.state == "closed"


async def test_callers_http_client_is_used_and_left_open(fake_openai: FakeOpenAI) -> None:
    async with httpx.AsyncClient() as http:
        async with LLMClient(make_settings(fake_openai.base_url), http_client=http) as c:
            assert (await c.chat(MESSAGES)).texts == ("候选1",)
        assert not http.is_closed


async def test_answered_calls_leave_their_latency_for_the_console(client: LLMClient, fake_openai: FakeOpenAI) -> None:
    assert client.latency_percentiles() is None  # nothing answered yet: the overview says "not tracked"
    for _ in range(3):
        await client.chat([{"role": "user", "content": "hi"}])
    p50, p95 = client.latency_percentiles() or (None, None)
    assert p50 is not None and p95 is not None and 0 < p50 <= p95 < 5
    assert len(client.latencies) == 3
