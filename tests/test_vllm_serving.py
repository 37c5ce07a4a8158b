"""The bot's own model client against real vLLM (CPU build) serving the tiny Qwen3 with an adapter we trained."""

from __future__ import annotations

import asyncio
import shutil
import threading
from datetime import date
from pathlib import Path

import httpx
import pytest

from bot.domain import GreetingRequest, Slots
from bot.settings import Settings
from bot.writing import holidays
from bot.writing.compose import GreetingWriter, build_messages
from bot.writing.llm import LLMClient, LLMRejected
from model_server.serve import AdapterLoadFailed, load_adapter, served_models
from tests.conftest import VLLMServer

pytestmark = pytest.mark.vllm

REQUEST = GreetingRequest(
    slots=Slots(name="张总", relation="客户", relation_category="客户", details="去年一起做了北京项目", occasion="微信",
                style="商务得体", length="<=50", language="zh"),
    holiday=holidays.resolve("春节", date(2027, 1, 20)),
    n=3,
)


def settings(server: VLLMServer, **kw) -> Settings:
    return Settings(**{"llm_base_url": server.base_url, "llm_model": "greet", "llm_timeout_s": 60, **kw},
                    _env_file=None)


async def test_the_base_model_and_the_adapter_are_both_served(vllm_server: VLLMServer) -> None:
    assert set(await served_models(vllm_server.base_url)) >= {"base", "greet"}


async def test_the_server_renders_prompts_with_thinking_off_by_default(vllm_server: VLLMServer) -> None:
    async with httpx.AsyncClient(timeout=30) as client:
        resp = await client.post(vllm_server.base_url.removesuffix("/v1") + "/tokenize",
                                 json={"model": "greet", "messages": build_messages(REQUEST),
                                       "add_generation_prompt": True, "return_token_strs": True})
    assert resp.status_code == 200, resp.text
    rendered = "".join(resp.json()["token_strs"])
    assert rendered.replace("Ċ", "\n").endswith("<think>\n\n</think>\n\n")


async def test_the_adapter_is_chosen_by_name_and_returns_n_candidates(vllm_server: VLLMServer) -> None:
    async with LLMClient(settings(vllm_server)) as llm:
        greet = await llm.chat(build_messages(REQUEST), n=3, max_tokens=24)
        base = await llm.chat(build_messages(REQUEST), n=1, max_tokens=24, model="base", temperature=0.0)
        greedy = await llm.chat(build_messages(REQUEST), n=1, max_tokens=24, temperature=0.0)
    assert greet.model == "greet" and len(greet.texts) == 3
    assert greet.prompt_tokens and greet.prompt_tokens > 50
    assert all("<think>" not in t for t in greet.texts)
    assert base.texts != greedy.texts  # the adapter changes what the model says


async def test_an_unknown_adapter_name_is_rejected_not_retried(vllm_server: VLLMServer) -> None:
    async with LLMClient(settings(vllm_server, llm_model="no-such-adapter")) as llm:
        with pytest.raises(LLMRejected):
            await llm.chat(build_messages(REQUEST), max_tokens=8)
        assert llm.breaker.state == "closed"


async def test_concurrent_requests_are_batched_and_all_answered(vllm_server: VLLMServer) -> None:
    async with LLMClient(settings(vllm_server)) as llm:
        results = await asyncio.gather(*(llm.chat(build_messages(REQUEST), max_tokens=16) for _ in range(8)))
    assert len(results) == 8 and all(r.texts for r in results)


async def test_the_tiny_models_drafts_are_turned_down_by_the_guard_and_the_person_gets_offline_ones(
        vllm_server: VLLMServer) -> None:
    """Four training steps leave the tiny model writing near-random text (U+FFFD, stray tokens, 1,000+ characters
    for a ≤50 request): every draft must fail the guard, be counted by reason, and never reach a person."""
    async with LLMClient(settings(vllm_server)) as llm:
        writer = GreetingWriter(llm)
        drafts = await writer.write(REQUEST, backend="vllm")
    assert drafts.backend == "composer" and len(drafts.texts) == 3
    assert writer.guard.checked["greet"] >= 3  # the model did answer: asked twice, every draft checked
    reasons = {reason for (adapter, reason) in writer.guard.rejections if adapter == "greet"}
    assert "length" in reasons and sum(writer.guard.rejections.values()) >= writer.guard.checked["greet"]


async def test_a_new_adapter_is_hot_loaded_under_a_new_name(
    vllm_server: VLLMServer, greet_adapter: Path, tmp_path: Path
) -> None:
    version2 = tmp_path / "greet-v2"
    shutil.copytree(greet_adapter, version2)
    await load_adapter(vllm_server.base_url, "greet-v2", version2)
    assert "greet-v2" in await served_models(vllm_server.base_url)
    async with LLMClient(settings(vllm_server, llm_model="greet-v2")) as llm:
        result = await llm.chat(build_messages(REQUEST), max_tokens=8)
    assert result.model == "greet-v2" and result.texts
    with pytest.raises(AdapterLoadFailed):
        await load_adapter(vllm_server.base_url, "greet-v3", tmp_path / "missing")


async def _keep_busy(base_url: str) -> None:
    """Long requests that hold the server's batch, so the bot's request is surely in flight when it dies."""
    body = {"model": "base", "messages": [{"role": "user", "content": "你好"}], "max_tokens": 900,
            "ignore_eos": True}
    async with httpx.AsyncClient(timeout=120) as client:
        await asyncio.gather(*(client.post(f"{base_url}/chat/completions", json=body) for _ in range(4)),
                             return_exceptions=True)


async def test_killing_the_server_mid_request_falls_back_and_recovers(vllm_server: VLLMServer) -> None:
    """Last in the file: it restarts the session's server."""
    cfg = settings(vllm_server, llm_retries=0, llm_breaker_threshold=1, llm_breaker_cooldown_s=0.1)
    async with LLMClient(cfg) as llm:
        writer = GreetingWriter(llm)
        busy = asyncio.create_task(_keep_busy(vllm_server.base_url))
        await asyncio.sleep(0.5)
        killer = threading.Timer(0.5, vllm_server.kill)
        killer.start()
        during = await writer.write(REQUEST)
        killer.join()
        await busy
        assert during.backend == "composer" and len(during.texts) == 3  # the user still got drafts
        vllm_server.restart()
        await asyncio.sleep(0.2)  # past the breaker's cool-down
        checked = writer.guard.checked["greet"]
        await writer.write(REQUEST)
    assert writer.guard.checked["greet"] > checked  # the model answers again (its drafts still fail the guard)
