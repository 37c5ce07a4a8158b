"""The learning cycle on the tiny model and real vLLM: feedback → candidate → gates → promoted (hot-loaded, the bot
switches) or rejected with the reason; rollback; nothing to do without new feedback; never two cycles at once."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from bot.learning.cycle import Learner, gates, guard_pairs, register, rollback
from bot.learning.feedback import FeedbackEvent
from bot.settings import Settings
from bot.storage.store import Store
from model_server import dataset

pytestmark = pytest.mark.vllm


def feedback_events(*, prefer: str, n: int = 48) -> list[dict]:
    """Users editing drafts the same way every time: cutting them to one sentence ("short"), or padding them
    with stock phrases ("stock", a preference that must never win)."""
    events = []
    for i, sample in enumerate(dataset.load()[30:30 + n]):
        *prompt, answer = sample.messages()
        draft = answer["content"]
        first = draft.split("。")[0] + "。"
        edited = first if prefer == "short" else draft + "万事如意，心想事成，身体健康，阖家幸福！"
        events.append(FeedbackEvent(user_key="test:u1", greeting_id=i + 1, kind="edited", draft=draft,
                                    prompt=prompt, slots=sample.slots.to_dict(), edited_text=edited).to_json())
    return events


@pytest.fixture
def scenarios(tmp_path: Path) -> str:
    from model_server.eval import load_scenarios  # noqa: F401 - the bundled file's format

    bundled = Path(dataset.__file__).parent / "data" / "scenarios.jsonl"
    path = tmp_path / "scenarios.jsonl"
    path.write_text("\n".join(bundled.read_text().splitlines()[:6]) + "\n")
    return str(path)


@pytest.fixture
async def learning(tmp_path: Path, tiny_model: Path, greet_adapter: Path, vllm_server, scenarios: str):
    settings = Settings(data_dir=tmp_path, llm_base_url=vllm_server.base_url, llm_model="greet",
                        learn_base_model=str(tiny_model), learn_min_feedback=10, learn_max_steps=16, learn_lr=3e-3,
                        learn_eval_n=1, learn_scenarios=scenarios,
                        # The tiny model's drafts are near-random text: its length, detail use, think tags, zodiac
                        # names and distinct-n move by chance with a few DPO steps (wrong_zodiac went 0 → 3 on one
                        # run), so here only the stock-phrase rate gates among the eval metrics; every metric is
                        # still measured and recorded, and `gates` itself is tested on all of them above.
                        learn_gate_metrics=["stock_phrase_rate"])
    store = await Store.open(settings.resolved_database_url())
    # The session's vLLM is shared with other tests: each test starts from the SFT adapter under a name of its own.
    from model_server.serve import load_adapter

    base = f"sft{uuid.uuid4().hex[:6]}"
    await load_adapter(vllm_server.base_url, base, greet_adapter)
    await register(store, base, greet_adapter, serve=True)
    settings.llm_model = base
    yield store, settings, base
    await store.close()


def test_the_gates_compare_each_guarded_metric_with_its_slack() -> None:
    serving = {"length_compliance": 0.8, "detail_recall": 0.5, "wrong_zodiac": 0, "stock_phrase_rate": 0.1,
               "think_leaks": 0, "mean_length": 60.0, "distinct_2": 0.5}
    drifted = {**serving, "mean_length": 75.0, "stock_phrase_rate": 0.3}  # longer and more 油腻
    failed = {g.name for g in gates(serving, drifted, {}) if not g.ok}
    assert failed == {"mean_length", "stock_phrase_rate"}
    assert all(g.ok for g in gates(serving, serving, {"guard": {"pairs": 3, "accuracy": 0.5, "margin": 0.0}}))
    worse = gates(serving, serving, {"guard": {"pairs": 3, "accuracy": 0.2, "margin": -1.0}})
    assert {g.name for g in worse if not g.ok} == {"guard_accuracy", "guard_margin"}
    guarded = {**serving, "guard_pass_rate": 0.9}
    assert [g.name for g in gates(guarded, {**guarded, "guard_pass_rate": 0.85}, {}) if not g.ok] == ["guard_pass_rate"]
    too_few = gates(serving, serving, {"heldout": {"pairs": 2, "accuracy": 0.0, "margin": -1.0}})
    assert all(g.ok for g in too_few) and not any(g.name.startswith("heldout") for g in too_few)


def test_guard_pairs_prefer_the_plain_greeting_over_the_padded_one() -> None:
    pairs = guard_pairs(5)
    assert len(pairs) == 5
    assert all(p["rejected"][0]["content"].startswith(p["chosen"][0]["content"]) for p in pairs)


async def test_too_little_new_feedback_does_nothing(learning) -> None:
    store, settings, base = learning
    await store.add_feedback("test", "u1", feedback_events(prefer="short", n=3))
    result = await Learner(store, settings).cycle()
    assert result.status == "skipped" and "too little new feedback: 3" in result.reason
    assert [a.name for a in await store.adapters()] == [base]


async def test_a_second_cycle_waits_for_the_first(learning) -> None:
    store, settings, _ = learning
    assert await store.acquire_lock("learning", "someone-else", ttl_s=60)
    result = await Learner(store, settings).cycle(force=True)
    assert result.status == "busy"


async def test_a_good_candidate_is_promoted_hot_loaded_and_served_then_rolled_back(learning, vllm_server) -> None:
    from bot.service.runtime import running
    from model_server.serve import served_models

    store, settings, base = learning
    await store.add_feedback("test", "u1", feedback_events(prefer="short"))
    result = await Learner(store, settings).cycle()
    assert result.status == "promoted", json.dumps(result.to_json(), ensure_ascii=False, default=str)[:3000]
    new = f"{base}-v2"
    assert result.candidate == new and result.training["method"] == "dpo"
    assert result.preference["guard"]["accuracy"] > 0.5
    assert result.preference["heldout"]["pairs"] >= 5 and result.preference["heldout"]["margin"] > 0
    adapter = await store.adapter(new)
    assert set(adapter.metrics["eval"]["candidate"]) >= {"length_compliance", "think_leaks", "mean_length"}
    assert new in await served_models(vllm_server.base_url)
    assert (await store.serving_adapter()).name == new
    assert {a.name: a.status for a in await store.adapters()} == {base: "retired", new: "serving"}

    # The bot follows the registry without a restart: its next draft asks vLLM for the new name.
    async with running(settings) as rt:
        assert rt.llm.model == new
        reply = await rt.llm.chat([{"role": "user", "content": "你好"}], max_tokens=4)
        assert reply.model == new

        again = await Learner(store, settings).cycle()  # the same feedback, already used
        assert again.status == "skipped" and "0 events" in again.reason

        await rollback(store, settings)  # back to the parent
        assert await rt.refresh_model() == base


async def test_a_candidate_trained_to_prefer_stock_phrases_is_rejected_with_the_failing_gate(learning) -> None:
    store, settings, base = learning
    await store.add_feedback("test", "u1", feedback_events(prefer="stock"))
    result = await Learner(store, settings).cycle()
    assert result.status == "rejected", json.dumps(result.to_json(), ensure_ascii=False, default=str)[:3000]
    assert any(g.name.startswith("guard_") for g in result.failed()) and "guard_" in result.reason
    assert {a.name: a.status for a in await store.adapters()} == {base: "serving", f"{base}-v2": "rejected"}
    with pytest.raises(ValueError, match="rejected"):
        await rollback(store, settings, f"{base}-v2")
