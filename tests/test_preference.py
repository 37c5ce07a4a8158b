"""Preference training (DPO, KTO) on top of the SFT adapter, and scoring adapters on held-out pairs.

The preference to learn is consistent and simple: of two drafts for the same prompt, the shorter one is chosen (the
user trimmed the draft to its opening sentence). Built on conftest's session fixtures `tiny_model` and
`greet_adapter`; one DPO run is shared by the tests here.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("peft", reason="the model extra is not installed: pip install -e '.[model]'")
pytest.importorskip("trl", reason="the model extra is not installed: pip install -e '.[model]'")

import torch  # noqa: E402
from safetensors.torch import load_file  # noqa: E402
from transformers import AutoTokenizer  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from bot.learning.feedback import write_jsonl
from bot.writing.compose import build_messages
from model_server import dataset  # noqa: E402
from model_server.cli import model_app  # noqa: E402
from model_server.preference import (  # noqa: E402
    REPORT,
    Unpaired,
    kto_weights,
    render_pairs,
    render_unpaired,
    score,
    train_preference,
)
from model_server.train import render_prompt as sft_prompt  # noqa: E402

NO_THINK = "<think>\n\n</think>\n\n"
EOS = "<|im_end|>"
SENTENCE_END = re.compile(r"(?<=[。！？!?])")
TRAIN_PAIRS, HELD_OUT_PAIRS = 80, 24


def drafts(sample: dataset.Sample) -> tuple[str, str]:
    """(shorter, longer): the greeting's opening sentence, and the whole greeting."""
    sentences = [s for s in SENTENCE_END.split(sample.greeting) if s.strip()]
    return sentences[0], sample.greeting


def multi_sentence_samples() -> list[dataset.Sample]:
    return [s for s in dataset.load() if len([x for x in SENTENCE_END.split(s.greeting) if x.strip()]) >= 2]


def chat_pair(sample: dataset.Sample) -> dict[str, Any]:
    """A DPO row as `bot.learning.feedback.export_dpo` writes it: chat messages, the shorter draft chosen."""
    short, long = drafts(sample)
    return {"prompt": build_messages(sample.request()), "chosen": [{"role": "assistant", "content": short}],
            "rejected": [{"role": "assistant", "content": long}]}


def plain_pair(tok: Any, sample: dataset.Sample) -> dict[str, str]:
    """The same pair in TRL's plain-string shape: the prompt pre-rendered, the answers without an eos."""
    short, long = drafts(sample)
    return {"prompt": sft_prompt(tok, build_messages(sample.request())), "chosen": short, "rejected": long}


@dataclass
class Pairs:
    tok: Any
    samples: list[dataset.Sample]  # train samples first, then held-out ones
    train: Path                    # conversational rows
    held_out: Path
    plain_train: Path              # plain-string rows of the same pairs
    plain_held_out: Path


@dataclass
class DPORun:
    out: Path
    report: dict[str, Any]


@pytest.fixture(scope="module")
def pairs(tiny_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Pairs:
    tok = AutoTokenizer.from_pretrained(tiny_model)
    samples = multi_sentence_samples()[:TRAIN_PAIRS + HELD_OUT_PAIRS]
    assert len(samples) == TRAIN_PAIRS + HELD_OUT_PAIRS
    train, held = samples[:TRAIN_PAIRS], samples[TRAIN_PAIRS:]
    root = tmp_path_factory.mktemp("pairs")
    write_jsonl([chat_pair(s) for s in train], root / "train.jsonl")
    write_jsonl([chat_pair(s) for s in held], root / "held.jsonl")
    write_jsonl([plain_pair(tok, s) for s in train], root / "plain-train.jsonl")
    write_jsonl([plain_pair(tok, s) for s in held], root / "plain-held.jsonl")
    return Pairs(tok, samples, root / "train.jsonl", root / "held.jsonl", root / "plain-train.jsonl",
                 root / "plain-held.jsonl")


@pytest.fixture(scope="module")
def dpo(tiny_model: Path, greet_adapter: Path, pairs: Pairs, tmp_path_factory: pytest.TempPathFactory) -> DPORun:
    out = tmp_path_factory.mktemp("dpo")
    # The tiny model needs a LoRA rate far above a real model's 5e-5 to move in a handful of steps.
    report = train_preference(method="dpo", model=str(tiny_model), adapter=greet_adapter, data=pairs.train, out=out,
                              max_steps=4, lr=3e-3, batch_size=4, seed=0)
    return DPORun(out, report)


def lora_weights(adapter: Path) -> dict[str, torch.Tensor]:
    return load_file(str(adapter / "adapter_model.safetensors"))


# --- rendering the rows --------------------------------------------------------------------------------------------

def test_chat_rows_render_the_prompt_the_bot_sends_with_thinking_off_and_answers_ending_in_one_eos(
        pairs: Pairs) -> None:
    sample = pairs.samples[0]
    short, long = drafts(sample)
    [pair] = render_pairs(pairs.tok, [chat_pair(sample)])
    sent = pairs.tok.apply_chat_template(build_messages(sample.request()), tokenize=False, add_generation_prompt=True,
                                         enable_thinking=False)
    assert pair.prompt == sent == sft_prompt(pairs.tok, build_messages(sample.request()))
    assert pair.prompt.endswith(f"<|im_start|>assistant\n{NO_THINK}")
    assert (pair.chosen, pair.rejected) == (short + EOS, long + EOS)
    assert len(pair.chosen) < len(pair.rejected)


def test_plain_string_rows_render_to_exactly_the_text_of_chat_rows(pairs: Pairs) -> None:
    chat = render_pairs(pairs.tok, [chat_pair(s) for s in pairs.samples])
    plain = render_pairs(pairs.tok, [plain_pair(pairs.tok, s) for s in pairs.samples])
    assert plain == chat
    with_eos = {**plain_pair(pairs.tok, pairs.samples[0])}
    with_eos["chosen"] += EOS  # an answer that already ends in the eos does not get a second one
    assert render_pairs(pairs.tok, [with_eos])[0] == chat[0]


def test_every_answer_starts_on_a_token_boundary_after_the_prompt(pairs: Pairs) -> None:
    """Otherwise TRL would cut the prompt's end off and train on a context the server never sends."""
    tok = pairs.tok
    for pair in render_pairs(tok, [chat_pair(s) for s in pairs.samples]):
        prompt = tok(pair.prompt)["input_ids"]
        for answer in (pair.chosen, pair.rejected):
            full = tok(pair.prompt + answer)["input_ids"]
            assert full[:len(prompt)] == prompt and full[-1] == tok.eos_token_id


def test_kto_takes_unpaired_rows_and_splits_a_pair_into_a_desirable_and_an_undesirable_answer(pairs: Pairs) -> None:
    sample = pairs.samples[0]
    short, long = drafts(sample)
    row = chat_pair(sample)
    unpaired = {"prompt": row["prompt"], "completion": row["rejected"], "label": False}
    rendered = render_unpaired(pairs.tok, [row, unpaired])
    prompt = render_pairs(pairs.tok, [row])[0].prompt
    assert rendered == [Unpaired(prompt, short + EOS, True), Unpaired(prompt, long + EOS, False),
                        Unpaired(prompt, long + EOS, False)]


def test_a_row_missing_a_field_is_refused_with_its_row_number(pairs: Pairs) -> None:
    good = chat_pair(pairs.samples[0])
    with pytest.raises(ValueError, match=r"row 2: missing rejected"):
        render_pairs(pairs.tok, [good, {"prompt": good["prompt"], "chosen": good["chosen"]}])
    with pytest.raises(ValueError, match=r"row 1: missing label"):
        render_unpaired(pairs.tok, [{"prompt": good["prompt"], "completion": good["chosen"]}])
    with pytest.raises(ValueError, match="plain-string prompt"):
        render_pairs(pairs.tok, [{**good, "prompt": "hello"}])


@pytest.mark.parametrize(("desirable", "undesirable", "weights"), [
    (10, 10, (1.0, 1.0)),    # balanced
    (12, 10, (1.0, 1.0)),    # ratio 1.2: already within [1, 4/3]
    (30, 10, (1 / 3, 1.0)),  # too many desirable: weigh them down to a ratio of 1
    (10, 40, (4.0, 1.0)),    # too few desirable: weigh them up to a ratio of 1
    (10, 0, (1.0, 1.0)),     # one side only: nothing to balance
])
def test_kto_weights_keep_desirable_against_undesirable_within_the_papers_range(
        desirable: int, undesirable: int, weights: tuple[float, float]) -> None:
    assert kto_weights(desirable, undesirable) == pytest.approx(weights)
    d, u = kto_weights(desirable, undesirable)
    if desirable and undesirable:
        assert 1 <= d * desirable / (u * undesirable) <= 4 / 3 + 1e-9


# --- DPO ----------------------------------------------------------------------------------------------------------

def test_dpo_learns_to_prefer_the_shorter_draft_on_held_out_prompts(
        tiny_model: Path, greet_adapter: Path, pairs: Pairs, dpo: DPORun) -> None:
    result = score(model=str(tiny_model), adapter=dpo.out, reference=greet_adapter, data=pairs.held_out)
    assert result["pairs"] == HELD_OUT_PAIRS
    assert result["accuracy"] > 0.5
    assert result["margin"] > 0


def test_an_adapter_scored_against_itself_has_a_margin_of_exactly_zero_and_chance_accuracy(
        tiny_model: Path, greet_adapter: Path, pairs: Pairs) -> None:
    result = score(model=str(tiny_model), adapter=greet_adapter, reference=greet_adapter, data=pairs.held_out,
                   batch_size=16)
    assert result == {"pairs": HELD_OUT_PAIRS, "accuracy": 0.5, "margin": 0.0}  # every pair is a tie


def test_the_margin_is_the_mean_difference_of_summed_completion_log_ratios(
        tiny_model: Path, greet_adapter: Path, pairs: Pairs, dpo: DPORun, tmp_path: Path) -> None:
    """Recomputed here the slow, plain way: one unpadded sequence at a time, each adapter in its own model."""
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    tok = pairs.tok
    rows = [chat_pair(s) for s in pairs.samples[TRAIN_PAIRS:TRAIN_PAIRS + 3]]
    write_jsonl(rows, tmp_path / "three.jsonl")
    models = [PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_model), str(a)).eval()
              for a in (dpo.out, greet_adapter)]

    def logp(model: Any, prompt: str, answer: str) -> float:
        ids = torch.tensor([tok(prompt + answer)["input_ids"]])
        start = len(tok(prompt)["input_ids"])
        with torch.no_grad():
            logits = model(input_ids=ids).logits[0, :-1]
        return logits.log_softmax(-1).gather(-1, ids[0, 1:, None])[start - 1:].sum().item()

    def reward(prompt: str, answer: str) -> float:
        return logp(models[0], prompt, answer) - logp(models[1], prompt, answer)

    margins = [reward(p.prompt, p.chosen) - reward(p.prompt, p.rejected) for p in render_pairs(tok, rows)]
    result = score(model=str(tiny_model), adapter=dpo.out, reference=greet_adapter, data=tmp_path / "three.jsonl",
                   batch_size=2)  # a padded batch of two pairs, then a batch of one
    assert result["pairs"] == 3
    assert result["margin"] == pytest.approx(sum(margins) / 3, abs=1e-3)
    assert result["accuracy"] == pytest.approx(sum(m > 0 for m in margins) / 3)


def test_the_dpo_adapter_is_the_trained_adapter_alone_and_loads_in_peft(
        tiny_model: Path, greet_adapter: Path, dpo: DPORun) -> None:
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    assert (dpo.out / "adapter_config.json").is_file() and (dpo.out / "adapter_model.safetensors").is_file()
    assert not (dpo.out / "ref").exists()  # TRL's frozen reference copy is not saved
    config = json.loads((dpo.out / "adapter_config.json").read_text())
    parent = json.loads((greet_adapter / "adapter_config.json").read_text())
    assert (config["r"], config["lora_alpha"], sorted(config["target_modules"])) == (
        parent["r"], parent["lora_alpha"], sorted(parent["target_modules"]))
    assert not config.get("modules_to_save")  # still what vLLM accepts
    trained, sft = lora_weights(dpo.out), lora_weights(greet_adapter)
    assert set(trained) == set(sft) and not any(".ref." in k for k in trained)
    assert any(not torch.equal(trained[k], sft[k]) for k in trained)
    model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_model), str(dpo.out))
    assert list(model.peft_config) == ["default"]


def test_the_dpo_report_describes_the_run(greet_adapter: Path, pairs: Pairs, dpo: DPORun) -> None:
    r = dpo.report
    assert json.loads((dpo.out / REPORT).read_text(encoding="utf-8")) == r
    assert (r["method"], r["steps"], r["train_rows"], r["parent"]) == ("dpo", 4, TRAIN_PAIRS, str(greet_adapter))
    assert r["data_sha256"] == hashlib.sha256(pairs.train.read_bytes()).hexdigest()
    assert r["seconds"] > 0
    # At step 0 the policy is its own reference: every implicit reward is 0 and the sigmoid loss is log 2.
    assert r["first_loss"] == pytest.approx(math.log(2), abs=1e-4)
    assert r["final_loss"] < r["first_loss"]
    if not torch.cuda.is_available():
        assert (r["device"], r["dtype"]) == ("cpu", "float32")


# --- KTO ----------------------------------------------------------------------------------------------------------

def test_kto_trains_a_few_steps_on_unpaired_rows_and_writes_a_loadable_adapter(
        tiny_model: Path, greet_adapter: Path, pairs: Pairs, tmp_path: Path) -> None:
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    liked = [{"prompt": r["prompt"], "completion": r["chosen"], "label": True}
             for r in map(chat_pair, pairs.samples[:12])]
    disliked = [{"prompt": r["prompt"], "completion": r["rejected"], "label": False}
                for r in map(chat_pair, pairs.samples[12:16])]
    write_jsonl(liked + disliked, tmp_path / "kto.jsonl")
    out = tmp_path / "kto"
    report = train_preference(method="kto", model=str(tiny_model), adapter=greet_adapter, data=tmp_path / "kto.jsonl",
                              out=out, max_steps=2, lr=1e-3, batch_size=2, seed=0)
    assert (report["method"], report["steps"], report["train_rows"]) == ("kto", 2, 16)
    # 12 desirable against 4 undesirable: the desirable weight brings the ratio back to 1.
    assert (report["desirable_weight"], report["undesirable_weight"]) == pytest.approx((1 / 3, 1.0))
    assert math.isfinite(report["final_loss"])
    trained, sft = lora_weights(out), lora_weights(greet_adapter)
    assert set(trained) == set(sft) and any(not torch.equal(trained[k], sft[k]) for k in trained)
    model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_model), str(out))
    assert list(model.peft_config) == ["default"]


def test_kto_refuses_a_batch_of_one(tiny_model: Path, greet_adapter: Path, pairs: Pairs, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="batch size"):
        train_preference(method="kto", model=str(tiny_model), adapter=greet_adapter, data=pairs.train,
                         out=tmp_path, max_steps=1, batch_size=1)


# --- the command line ---------------------------------------------------------------------------------------------

def test_the_cli_trains_dpo_on_plain_string_rows_and_scores_it_as_json(
        tiny_model: Path, greet_adapter: Path, pairs: Pairs, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "dpo"
    trained = runner.invoke(model_app, [
        "train", "--method", "dpo", "--model", str(tiny_model), "--adapter", str(greet_adapter),
        "--data", str(pairs.plain_train), "--out", str(out), "--max-steps", "2", "--batch-size", "2", "--lr", "1e-3",
    ])
    assert trained.exit_code == 0, trained.output
    report = json.loads(trained.stdout.strip().splitlines()[-1])
    assert (report["method"], report["steps"], report["train_rows"]) == ("dpo", 2, TRAIN_PAIRS)
    assert (out / "adapter_model.safetensors").is_file()

    held_out = pairs.plain_held_out.read_text(encoding="utf-8").splitlines()[:6]
    (tmp_path / "held.jsonl").write_text("\n".join(held_out) + "\n", encoding="utf-8")
    scored = runner.invoke(model_app, [
        "score", "--model", str(tiny_model), "--adapter", str(out), "--reference", str(greet_adapter),
        "--data", str(tmp_path / "held.jsonl"), "--json",
    ])
    assert scored.exit_code == 0, scored.output
    [line] = scored.stdout.strip().splitlines()  # stdout is the JSON and nothing else
    result = json.loads(line)
    assert set(result) == {"pairs", "accuracy", "margin"}
    assert result["pairs"] == 6 and 0 <= result["accuracy"] <= 1 and math.isfinite(result["margin"])


def test_the_cli_refuses_preference_training_without_the_sft_adapter(tiny_model: Path, pairs: Pairs,
                                                                     tmp_path: Path) -> None:
    result = CliRunner().invoke(model_app, ["train", "--method", "dpo", "--model", str(tiny_model),
                                            "--data", str(pairs.train), "--out", str(tmp_path)])
    assert result.exit_code == 2 and "--adapter" in result.output
    result = CliRunner().invoke(model_app, ["train", "--method", "ppo", "--model", str(tiny_model),
                                            "--out", str(tmp_path)])
    assert result.exit_code == 2 and "ppo" in result.output
    assert not (tmp_path / "adapter_config.json").exists()
