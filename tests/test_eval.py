"""Specification of model_server.eval, against a local streaming OpenAI-compatible fake and the real composer.

`tests/fake_openai.py` answers `stream=True` with one plain JSON completion, so this file brings its own minimal
streaming fake: FastAPI's StreamingResponse emitting `chat.completion.chunk` SSE lines, like vLLM.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from bot.domain import LENGTHS, RELATION_CATEGORIES, STYLES
from bot.writing import holidays
from bot.writing.compose import MAX_TOKENS, build_messages
from model_server import dataset
from model_server.eval import (
    SCENARIOS,
    Draft,
    Metrics,
    Run,
    Scenario,
    _base_url,
    cross_recipient_overlap,
    distinct_2,
    evaluate,
    format_side_by_side,
    generate,
    has_style_marker,
    load_scenarios,
    parse_scenario,
    percentile,
    run_eval,
    score,
)
from tests.fakes.server import FakeServer

# -- a streaming fake -----------------------------------------------------------------------------


class StreamingFake(FakeServer):
    """POST /v1/chat/completions streams `reply(body)` in a few chunks; `script` statuses fail requests in turn."""

    name = "fake-openai-stream"

    def __init__(self) -> None:
        self.app = FastAPI()
        self.app.post("/v1/chat/completions")(self._chat)
        self.requests: list[dict[str, Any]] = []
        self.port: int | None = None
        self.reset()

    def reset(self) -> None:
        self.reply: Callable[[dict[str, Any]], str] = lambda body: "你好，新年快乐！"
        self.reasoning: str | None = None  # sent first on the `reasoning_content` channel
        self.first_delay_s = 0.0  # before the first token
        self.gap_s = 0.0  # between the first token and the rest
        self.script: deque[int] = deque()  # HTTP statuses for the next requests (200 = answer normally)
        self.requests.clear()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    async def _chat(self, request: Request) -> Response:
        body = await request.json()
        self.requests.append(body)
        status = self.script.popleft() if self.script else 200
        if status != 200:
            return JSONResponse({"error": {"message": "boom", "type": "InternalServerError", "code": status}},
                                status_code=status)
        if not body.get("stream"):
            return JSONResponse({"error": {"message": "this fake only streams", "code": 400}}, status_code=400)
        text, reasoning, first_delay, gap = self.reply(body), self.reasoning, self.first_delay_s, self.gap_s

        async def events():
            def chunk(delta: dict[str, Any], finish: str | None = None) -> str:
                data = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": int(time.time()),
                        "model": body.get("model", ""),
                        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
                return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"

            yield chunk({"role": "assistant", "content": ""})
            await asyncio.sleep(first_delay)
            if reasoning:
                yield chunk({"reasoning_content": reasoning})
            step = max(1, len(text) // 3)
            for i in range(0, len(text), step):
                yield chunk({"content": text[i:i + step]})
                if i == 0:
                    await asyncio.sleep(gap)
            yield chunk({}, "stop")
            yield "data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")


@pytest.fixture(scope="module")
def _server() -> Iterator[StreamingFake]:
    server = StreamingFake()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def fake(_server: StreamingFake) -> StreamingFake:
    _server.reset()
    return _server


# -- scenarios used by the tests --------------------------------------------------------------------


def scenario(sid: str, *, name: str = "老秦", details: str | None = "一起把推荐系统的延迟压到八十毫秒",
             style: str = "轻松自然", length: str = "<=50", holiday: str = "春节", today: str = "2027-01-20",
             language: str = "zh", category: str = "同事") -> dict[str, Any]:
    return {"id": sid, "holiday": holiday, "today": today,
            "slots": {"name": name, "relation": "同事", "relation_category": category, "details": details,
                      "occasion": "微信", "style": style, "length": length, "language": language}}


SPRING_2027 = scenario("s27")  # 春节 2027-02-06, 羊年


def user_prompt(body: dict[str, Any]) -> str:
    return body["messages"][-1]["content"]


# -- the scenario set -----------------------------------------------------------------------------


def test_the_blind_scenario_set_parses_and_spans_four_zodiac_years() -> None:
    # bench/training_effect.py --blind measures on it (issue 18); tests/data/scenarios_blind_2026-12.md says who wrote it.
    items = load_scenarios(Path(__file__).parent / "data" / "scenarios_blind_2026-12.jsonl")
    assert len(items) == 72 and len({s.id for s in items}) == 72
    assert all(s.slots.relation_category in RELATION_CATEGORIES for s in items)
    assert {s.holiday.zodiac for s in items if s.holiday.name == "春节"} == {"羊", "猴", "鸡", "狗"}


def test_scenario_set_covers_styles_lengths_holidays_and_languages() -> None:
    items = load_scenarios()
    records = [json.loads(line) for line in SCENARIOS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert 36 <= len(items) <= 48
    assert len({s.id for s in items}) == len(items)
    assert {(s.slots.style, s.slots.length) for s in items} == {(st, ln) for st in STYLES for ln in LENGTHS}
    assert all(s.slots.relation_category in RELATION_CATEGORIES for s in items)
    assert len({s.slots.relation_category for s in items}) >= 6
    assert 5 <= sum(s.language == "en" for s in items) <= 8
    assert all(s.slots.details and s.slots.name and s.slots.relation and s.slots.occasion for s in items)
    names = {s.holiday.name for s in items}
    assert {"春节", "除夕", "中秋", "端午", "元旦", "生日"} <= names
    spring = {(s.holiday.date.year, s.holiday.zodiac) for s in items if s.holiday.name == "春节"}
    assert {(2027, "羊"), (2028, "猴")} <= spring
    assert all(set(r) == {"id", "slots", "holiday", "today"} for r in records)
    # New recipients and details, not the training data again.
    train = dataset.load()
    assert not {s.slots.name for s in items} & {t.slots.name for t in train}
    assert not {s.slots.details for s in items} & {t.slots.details for t in train}


def test_parse_scenario_resolves_the_next_holiday() -> None:
    s = parse_scenario(scenario("x", holiday="除夕", today="2028-01-15"))
    assert (s.holiday.name, s.holiday.date, s.holiday.zodiac) == ("除夕", date(2028, 1, 25), "猴")
    with pytest.raises(ValueError, match="bad"):
        parse_scenario({**scenario("bad"), "holiday": "不存在的节"})


def test_base_url_accepts_a_bare_host() -> None:
    assert _base_url("http://127.0.0.1:8000") == "http://127.0.0.1:8000/v1"
    assert _base_url("http://127.0.0.1:8000/v1/") == "http://127.0.0.1:8000/v1"


# -- requests -------------------------------------------------------------------------------------


async def test_requests_stream_the_bots_prompt_with_the_bots_sampling(fake: StreamingFake) -> None:
    items = [scenario("a", length="<=50"), scenario("b", length="100-200", name="小宇")]
    await evaluate("greet", endpoint=fake.base_url, model="greet", scenarios=items, n=3)

    assert len(fake.requests) == 6
    for body in fake.requests:
        assert body["stream"] is True and body["n"] == 1 and body["model"] == "greet"
        assert (body["temperature"], body["top_p"], body["top_k"], body["min_p"]) == (0.7, 0.8, 20, 0.0)
        assert body["presence_penalty"] == 1.0
        assert body["chat_template_kwargs"] == {"enable_thinking": False}
    by_name = {("老秦" in user_prompt(b)): b for b in fake.requests}
    assert by_name[True]["max_tokens"] == MAX_TOKENS["<=50"]
    assert by_name[False]["max_tokens"] == MAX_TOKENS["100-200"]
    expected = build_messages(parse_scenario(items[0]).request())
    assert any(b["messages"] == expected for b in fake.requests)


async def test_latency_measures_first_token_and_whole_request(fake: StreamingFake) -> None:
    fake.first_delay_s, fake.gap_s = 0.05, 0.15
    m = await evaluate("greet", endpoint=fake.base_url, model="greet", scenarios=[SPRING_2027], n=2)
    assert m.ttft_p50_ms is not None and m.total_p50_ms is not None and m.ttft_p95_ms is not None
    assert 40 <= m.ttft_p50_ms < m.total_p50_ms
    assert m.total_p50_ms - m.ttft_p50_ms >= 120
    assert m.ttft_p50_ms <= m.ttft_p95_ms


# -- scoring through the endpoint -------------------------------------------------------------------


async def test_a_wrong_zodiac_year_is_counted_and_the_right_one_is_not(fake: StreamingFake) -> None:
    fake.reply = lambda body: "老秦，马年快乐！推荐系统的延迟压到八十毫秒，新年继续一起冲。"
    wrong = await evaluate("greet", endpoint=fake.base_url, model="greet", scenarios=[SPRING_2027], n=2)
    fake.reply = lambda body: "老秦，羊年快乐！推荐系统的延迟压到八十毫秒，新年继续一起冲。"
    right = await evaluate("greet", endpoint=fake.base_url, model="greet", scenarios=[SPRING_2027], n=2)

    assert wrong.n_drafts == 2 and wrong.wrong_zodiac == 2
    assert right.n_drafts == 2 and right.wrong_zodiac == 0


async def test_think_leaks_are_counted_on_the_raw_text_and_stripped_before_scoring(fake: StreamingFake) -> None:
    fake.reply = lambda body: "<think>x</think>正文"
    run = await generate("greet", endpoint=fake.base_url, model="greet", scenarios=[SPRING_2027], n=2)
    m = score(run)

    assert m.think_leaks == 2 and m.errors == 0
    assert [d.text for d in run.drafts] == ["正文", "正文"]
    assert all("<think>" in d.raw for d in run.drafts)
    assert m.mean_length == 2.0


async def test_thinking_on_the_reasoning_channel_counts_as_a_leak(fake: StreamingFake) -> None:
    fake.reasoning = "先想想怎么写……"
    fake.reply = lambda body: "老秦，新春快乐！"
    run = await generate("greet", endpoint=fake.base_url, model="greet", scenarios=[SPRING_2027], n=1)
    assert run.think_leaks == 1 and [d.text for d in run.drafts] == ["老秦，新春快乐！"]


async def test_length_compliance_and_detail_recall_on_controlled_replies(fake: StreamingFake) -> None:
    short_ok = scenario("short", name="老秦", length="<=50")
    mid = scenario("mid", name="小宇", details="实习半年写的数据清洗脚本全组都在用", length="50-100")

    def reply(body: dict[str, Any]) -> str:
        if "老秦" in user_prompt(body):  # 26 units, names the detail
            return "老秦，新年快乐！推荐系统的延迟压到八十毫秒那天，我俩在工位上击了个掌。"
        return "小宇，新年快乐，来年继续加油！"  # 13 units: too short for 50-100, and no detail

    fake.reply = reply
    m = await evaluate("greet", endpoint=fake.base_url, model="greet", scenarios=[short_ok, mid], n=2)

    assert (m.n_scenarios, m.n_drafts) == (2, 4)
    assert m.length_compliance == 0.5
    assert m.detail_recall == 0.5
    assert m.guard_pass_rate == 0.5  # the short drafts would never reach a person


async def test_a_draft_that_does_not_name_the_recipient_counts_against_name_use(fake: StreamingFake) -> None:
    named, unnamed = scenario("named", name="老秦"), scenario("unnamed", name="阿珂")
    fake.reply = lambda body: ("老秦，新年快乐！" if "老秦" in user_prompt(body) else "新年快乐，来年继续加油！")
    m = await evaluate("greet", endpoint=fake.base_url, model="greet", scenarios=[named, unnamed], n=1)
    assert m.name_use == 0.5


async def test_stock_phrases_are_counted_per_draft(fake: StreamingFake) -> None:
    fake.reply = lambda body: "老秦，新年快乐，万事如意，心想事成！推荐系统的延迟压到八十毫秒。"
    m = await evaluate("greet", endpoint=fake.base_url, model="greet", scenarios=[SPRING_2027], n=3)
    assert m.stock_phrase_rate == 2.0


async def test_server_errors_are_counted_not_raised(fake: StreamingFake) -> None:
    fake.script.extend([500, 200, 500, 200])
    m = await evaluate("greet", endpoint=fake.base_url, model="greet", scenarios=[SPRING_2027], n=4,
                       concurrency=1)
    assert (m.errors, m.n_drafts) == (2, 2)

    fake.script.extend([500] * 4)
    failed = await evaluate("greet", endpoint=fake.base_url, model="greet", scenarios=[SPRING_2027], n=4)
    assert (failed.errors, failed.n_drafts, failed.n_scenarios) == (4, 0, 1)
    assert failed.length_compliance is None and failed.ttft_p50_ms is None
    assert "-" in format_side_by_side({"greet": failed})


async def test_an_empty_answer_is_an_error(fake: StreamingFake) -> None:
    fake.reply = lambda body: "<think>only thinking</think>"
    m = await evaluate("greet", endpoint=fake.base_url, model="greet", scenarios=[SPRING_2027], n=1)
    assert (m.errors, m.n_drafts, m.think_leaks) == (1, 0, 1)


async def test_an_unreachable_endpoint_counts_every_request_as_an_error() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    m = await evaluate("greet", endpoint=f"http://127.0.0.1:{port}/v1", model="greet", scenarios=[SPRING_2027],
                       n=2, timeout_s=2)
    assert (m.errors, m.n_drafts) == (2, 0)


async def test_side_by_side_has_a_column_per_system(fake: StreamingFake) -> None:
    fake.reply = lambda body: f"老秦，羊年快乐！推荐系统的延迟压到八十毫秒。——{body['model']}"
    results = {name: await evaluate(name, endpoint=fake.base_url, model=name, scenarios=[SPRING_2027], n=1)
               for name in ("greet", "base")}
    table = format_side_by_side(results)
    lines = table.splitlines()

    assert lines[0].split() == ["metric", "greet", "base"]
    for f in Metrics.__dataclass_fields__:
        assert any(line.split()[0] == f and len(line.split()) == 3 for line in lines), f
    assert {b["model"] for b in fake.requests} == {"greet", "base"}


async def test_run_eval_runs_model_baseline_and_composer(fake: StreamingFake, tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text("\n".join(json.dumps(s, ensure_ascii=False) for s in (SPRING_2027, scenario("b", name="小宇")))
                    + "\n", encoding="utf-8")
    results = await run_eval(fake.base_url, "greet", "base", scenarios_path=path, n=1, include_composer=True)

    assert list(results) == ["greet", "base", "composer"]
    assert all(m.n_scenarios == 2 for m in results.values())
    assert [b["model"] for b in fake.requests] == ["greet", "greet", "base", "base"]
    with pytest.raises(ValueError):
        await run_eval(fake.base_url, "greet", "greet", scenarios_path=path)


# -- the composer on the scenario set ---------------------------------------------------------------


async def test_composer_meets_the_bar_on_the_scenario_set() -> None:
    m = await evaluate("composer", endpoint=None, model=None, scenarios=load_scenarios(), n=2)

    assert m.n_scenarios == len(load_scenarios()) and m.n_drafts >= 2 * m.n_scenarios - 2
    assert m.length_compliance is not None and m.length_compliance >= 0.95
    assert m.detail_recall is not None and m.detail_recall >= 0.95
    assert m.wrong_zodiac == 0 and m.think_leaks == 0 and m.errors == 0
    assert m.ttft_p50_ms == m.total_p50_ms


async def test_an_endpoint_system_needs_an_endpoint() -> None:
    with pytest.raises(ValueError):
        await evaluate("greet", endpoint=None, model="greet", scenarios=[SPRING_2027])


# -- the measures themselves ----------------------------------------------------------------------


def drafts_for(texts_by_scenario: dict[str, list[str]], language: str = "zh") -> list[Draft]:
    out = []
    for sid, texts in texts_by_scenario.items():
        s: Scenario = parse_scenario(scenario(sid, language=language))
        out += [Draft(s, t, t) for t in texts]
    return out


def test_distinct_2_counts_bigrams_inside_each_draft() -> None:
    assert distinct_2(drafts_for({"a": ["新年快乐"], "b": ["新年快乐"]})) == 0.5  # 3 distinct of 6
    assert distinct_2(drafts_for({"a": ["ab，cd"]})) == 1.0  # punctuation dropped: a-b, b-c, c-d
    assert distinct_2(drafts_for({"a": ["Happy new year", "happy new day"]}, "en")) == 3 / 4
    assert distinct_2([]) is None


def test_cross_recipient_overlap_needs_a_long_run_shared_with_another_scenario() -> None:
    shared = "这些年的情分都在这些小事里"  # 13 characters
    drafts = drafts_for({"a": [f"老秦，{shared}。"], "b": [f"小宇，{shared}！", "小宇，新年快乐，一起加油。"]})
    assert cross_recipient_overlap(drafts) == 2 / 3
    # The same run twice for one recipient is no cross-recipient overlap.
    assert cross_recipient_overlap(drafts_for({"a": [shared, shared]})) == 0.0
    # Eleven shared characters are not enough.
    assert cross_recipient_overlap(drafts_for({"a": [shared[:11] + "甲"], "b": [shared[:11] + "乙"]})) == 0.0


def test_english_overlap_ignores_the_holiday_greeting_itself() -> None:
    drafts = drafts_for({"a": ["Happy Spring Festival, Ann."], "b": ["Happy Spring Festival, Bo."]}, "en")
    assert cross_recipient_overlap(drafts) == 0.0
    drafts = drafts_for({"a": ["Ann, may the year ahead treat you well."],
                         "b": ["Bo, may the year ahead treat you well."]}, "en")
    assert cross_recipient_overlap(drafts) == 1.0


def test_a_detail_with_a_latin_word_inside_is_found_only_when_the_draft_uses_it() -> None:
    from bot.writing.quality import detail_fragments, uses_details

    assert {"周末一", "去唱K"} <= set(detail_fragments("周末一起去唱K"))
    assert uses_details("老王，周末一起去唱K吧！", "周末一起去唱K")
    assert not uses_details("老王，新年快乐！", "周末一起去唱K")  # no longer trivially "used"
    assert detail_fragments("shared an apartment in Boston") == ["shared", "apartment", "Boston"]


def test_style_markers_per_style_and_language() -> None:
    assert has_style_marker("愿你新的一年bug清零", "LLM科技风")
    assert has_style_marker("感谢您这一年的信任", "商务得体")
    assert has_style_marker("今年一起回家吃年夜饭吧", "轻松自然")
    assert has_style_marker("阖家团圆", "传统喜庆")
    assert not has_style_marker("新年快乐", "LLM科技风")
    assert has_style_marker("May your model train fast", "LLM科技风", "en")
    assert not has_style_marker("Again and again", "LLM科技风", "en")  # "ai" only as a word
    assert has_style_marker("Thank you for your support", "商务得体", "en")


def test_score_shares_and_percentiles() -> None:
    s = parse_scenario(SPRING_2027)
    run = Run("x", [s], drafts=[Draft(s, "老秦，羊年快乐！推荐系统的延迟压到八十毫秒，给你点赞。", "")],
              ttft_s=[0.1, 0.2, 0.3, 0.4], total_s=[1.0])
    m = score(run)
    assert (m.length_compliance, m.detail_recall, m.wrong_zodiac) == (1.0, 1.0, 0)
    assert m.ttft_p50_ms == 250.0 and m.total_p95_ms == 1000.0
    assert percentile([], 50) is None and percentile([1.0, 2.0], 100) == 2.0
    assert holidays.resolve("春节", date(2027, 1, 20)).zodiac == "羊"
