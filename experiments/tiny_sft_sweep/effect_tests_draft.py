"""Training proven by its effect, on the pre-trained tiny demo model served by real vLLM (CPU build).

Pre-training on our greeting prose gives a model that writes greeting-like text but knows nothing of the bot's
prompt; LoRA SFT on the six-slot dataset makes it write for the person asked (name, length, details), measured on
the held-out scenarios with `greetbot eval` against the base, run twice to know the run-to-run spread. One
`greetbot learn` cycle on feedback from a user who keeps cutting drafts down makes drafts shorter and is promoted;
a cycle on feedback that prefers stock-phrase piles is rejected by the gates. Thresholds sit below the measured
figures (README, "The tiny demo model") with a margin, so they do not flake.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Iterator

import pytest

from bot.learning.cycle import Learner, register
from bot.learning.feedback import FeedbackEvent
from bot.settings import Settings
from bot.storage.store import Store
from model_server import dataset
from tests.conftest import VLLMServer, free_port, serving

pytestmark = pytest.mark.vllm

RUNS, N = 2, 2  # two eval runs of two drafts per scenario: 80 drafts per run and system


@pytest.fixture(scope="module")
def demo():
    pytest.importorskip("trl", reason="the model extra is not installed: pip install -e '.[model]'")
    from model_server.demo import demo_model

    return demo_model(log=lambda line: None)


@pytest.fixture(scope="module")
def demo_server(demo, tmp_path_factory: pytest.TempPathFactory) -> Iterator[VLLMServer]:
    from model_server.serve import ServeConfig

    cfg = ServeConfig(model=str(demo.model), profile="cpu", adapters={"greet": str(demo.adapter)}, port=free_port(),
                      max_lora_rank=max(8, demo.sft_report["rank"]), max_loras=3, max_model_len=1024)
    yield from serving(cfg, tmp_path_factory.mktemp("vllm-demo") / "vllm.log")


@pytest.fixture(scope="module")
def measured(demo_server: VLLMServer) -> dict[str, list]:
    from model_server.demo import repeated_eval

    return asyncio.run(repeated_eval(demo_server.base_url, "greet", "base", runs=RUNS, n=N))


def _values(measured: dict[str, list], system: str, metric: str) -> list[float]:
    return [getattr(m, metric) for m in measured[system]]


def test_pretraining_gives_greeting_prose_that_carries_a_name_over_from_its_caption(demo) -> None:
    report = demo.pretrain_report
    assert report["method"] == "pretrain" and len(report["corpus"]["sha256"]) == 64
    assert report["losses"][0][1] > 8.0 > 1.0 > report["loss_last"]  # from a uniform guess to fluent prose
    assert report["val_composer_loss"] < 2.0  # drafts for the validation records, never trained on
    assert report["name_copy_rate"] >= 0.3  # a name it has never seen, written after a caption that gives it


@pytest.mark.parametrize("metric,floor", [("name_use", 0.8), ("length_compliance", 0.5), ("detail_recall", 0.4)])
def test_the_sft_adapter_writes_for_the_person_asked_and_beats_the_base_by_more_than_the_spread(
        measured, metric: str, floor: float) -> None:
    from model_server.demo import spread

    tuned, base = _values(measured, "greet", metric), _values(measured, "base", metric)
    assert min(tuned) >= floor, (metric, tuned, base)
    noise = max(spread(tuned), spread(base))
    assert min(tuned) - max(base) > noise, (metric, tuned, base)


def test_the_sft_adapter_never_leaks_a_think_tag_or_names_a_wrong_zodiac(measured) -> None:
    assert _values(measured, "greet", "think_leaks") == [0] * RUNS
    assert _values(measured, "greet", "wrong_zodiac") == [0] * RUNS
    assert _values(measured, "greet", "errors") == [0] * RUNS


# Learning from feedback ----------------------------------------------------------------------------------------

def _sentences(text: str) -> list[str]:
    return [s for s in re.findall(r"[^。！？!?]+[。！？!?]*", text) if s.strip()]


def _cut(draft: str) -> str:
    """What a user who wants it short sends: the draft's first sentences, about half of it."""
    parts = _sentences(draft)
    keep = max(1, len(parts) // 2)
    return "".join(parts[:keep])


async def _feedback(base_url: str, adapter: str, *, prefer: str, n: int = 40) -> list[dict]:
    """Events of one user on drafts the served adapter really wrote for train-split requests: each draft edited
    before sending, cut to its first half ("short") or padded with stock phrases ("stock")."""
    from model_server.eval import Scenario, generate

    samples = [s for s in dataset.load() if s.split == "train" and s.slots.language != "en"][:n]
    run = await generate(adapter, endpoint=base_url, model=adapter, n=1,
                         scenarios=[Scenario(s.id, s.slots, s.holiday) for s in samples])
    events = []
    for i, draft in enumerate(run.drafts):
        sample = next(s for s in samples if s.id == draft.scenario.id)
        text = draft.text
        edited = _cut(text) if prefer == "short" else text + "祝您万事如意，心想事成，身体健康，阖家幸福，财源广进！"
        if edited.strip() == text.strip():
            continue
        events.append(FeedbackEvent(user_key="test:u1", greeting_id=i + 1, kind="edited", draft=text,
                                    prompt=sample.messages()[:2], slots=sample.slots.to_dict(),
                                    edited_text=edited).to_json())
    return events


@pytest.fixture
async def learning(tmp_path: Path, demo, demo_server: VLLMServer):
    import uuid

    from model_server.serve import load_adapter

    settings = Settings(data_dir=tmp_path, llm_base_url=demo_server.base_url, learn_base_model=str(demo.model),
                        learn_min_feedback=10, learn_max_steps=24, learn_lr=1e-3, learn_eval_n=2, _env_file=None)
    store = await Store.open(settings.resolved_database_url())
    name = f"sft{uuid.uuid4().hex[:6]}"  # each test starts from the SFT adapter under a name of its own
    await load_adapter(demo_server.base_url, name, demo.adapter)
    await register(store, name, demo.adapter, serve=True)
    settings.llm_model = name
    yield store, settings, name
    await store.close()


async def test_a_user_who_keeps_cutting_drafts_down_gets_shorter_drafts_from_a_promoted_adapter(learning) -> None:
    store, settings, parent = learning
    await store.add_feedback("test", "u1", await _feedback(settings.llm_base_url, parent, prefer="short"))
    result = await Learner(store, settings).cycle()  # every gate on: name, detail, zodiac, stock phrases, length…
    assert result.status == "promoted", result.reason
    evals = (await store.adapter(result.candidate)).metrics["eval"]
    assert evals["candidate"]["mean_length"] <= 0.8 * evals["serving"]["mean_length"], evals
    assert (await store.serving_adapter()).name == result.candidate


async def test_a_cycle_on_feedback_that_prefers_stock_phrase_piles_is_rejected_by_the_gates(learning) -> None:
    store, settings, parent = learning
    await store.add_feedback("test", "u1", await _feedback(settings.llm_base_url, parent, prefer="stock"))
    result = await Learner(store, settings).cycle()
    assert result.status == "rejected", result.reason
    assert {g.name for g in result.failed()} & {"stock_phrase_rate", "guard_accuracy", "guard_margin", "mean_length"}
    assert (await store.serving_adapter()).name == parent
