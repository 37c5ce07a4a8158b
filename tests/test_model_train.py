"""The tiny Qwen3 model and LoRA SFT: what vLLM will be asked to serve, checked without vLLM.

One build and one short training run (conftest's session fixtures `tiny_model` and `greet_adapter`, the same
artifacts the vLLM tests serve) are shared by every test here.
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
from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer  # noqa: E402

from bot.writing.compose import SYSTEM_PROMPT, build_messages
from model_server import dataset  # noqa: E402
from model_server.train import REPORT, TARGET_MODULES, sft_rows  # noqa: E402

NO_THINK = "<think>\n\n</think>\n\n"


@dataclass
class Trained:
    model: Path
    adapter: Path
    tok: Any
    report: dict[str, Any]
    samples: list[dataset.Sample]


@pytest.fixture(scope="module")
def trained(tiny_model: Path, greet_adapter: Path) -> Trained:
    report = json.loads((greet_adapter / REPORT).read_text(encoding="utf-8"))
    return Trained(tiny_model, greet_adapter, AutoTokenizer.from_pretrained(tiny_model), report, dataset.load())


def render(tok: Any, messages: list[dict[str, str]], **kw: Any) -> str:
    return tok.apply_chat_template(messages, tokenize=False, add_generation_prompt=True, **kw)


# --- the tiny model ---------------------------------------------------------------------------------------------

def test_the_tiny_model_is_a_qwen3_with_head_dim_128_that_transformers_loads(trained: Trained) -> None:
    config = AutoConfig.from_pretrained(trained.model)
    assert config.model_type == "qwen3" and config.architectures == ["Qwen3ForCausalLM"]
    assert config.head_dim == 128  # vLLM's CPU attention refuses small head dims
    assert config.num_key_value_heads < config.num_attention_heads  # grouped-query attention, as in Qwen3
    assert config.tie_word_embeddings
    model = AutoModelForCausalLM.from_pretrained(trained.model)
    assert type(model).__name__ == "Qwen3ForCausalLM"
    assert model.get_input_embeddings().weight.shape[0] == len(trained.tok) == config.vocab_size
    assert next(model.parameters()).dtype == torch.float32


def test_eos_and_pad_are_qwens_and_sampling_defaults_are_the_non_thinking_ones(trained: Trained) -> None:
    tok = trained.tok
    assert (tok.eos_token, tok.pad_token) == ("<|im_end|>", "<|endoftext|>")
    config = AutoConfig.from_pretrained(trained.model)
    assert config.eos_token_id == tok.eos_token_id and config.pad_token_id == tok.pad_token_id
    gen = json.loads((trained.model / "generation_config.json").read_text())
    assert (gen["temperature"], gen["top_p"], gen["top_k"]) == (0.7, 0.8, 20)
    assert gen["eos_token_id"] == tok.convert_tokens_to_ids("<|im_end|>")


def test_the_special_tokens_are_single_tokens(trained: Trained) -> None:
    tok = trained.tok
    for special in ("<|endoftext|>", "<|im_start|>", "<|im_end|>", "<think>", "</think>"):
        ids = tok(special, add_special_tokens=False)["input_ids"]
        assert len(ids) == 1 and tok.convert_ids_to_tokens(ids) == [special], special


def test_the_tokenizer_round_trips_every_greeting_and_gives_every_chinese_character_one_token(
        trained: Trained) -> None:
    tok = trained.tok
    chinese = [s.greeting for s in trained.samples if s.slots.language == "zh"]
    for text in [s.greeting for s in trained.samples] + ["祝你新年快乐，马到成功！🐴 ok 2027"]:
        assert tok.decode(tok(text, add_special_tokens=False)["input_ids"]) == text
    # A name or a detail is then the same tokens wherever it stands, and copying it is one character at a time.
    han = re.compile(r"[\u4e00-\u9fff]+")
    runs = [run for text in chinese for run in han.findall(text)]
    pieces = [tok.decode([i]) for run in runs for i in tok(run, add_special_tokens=False)["input_ids"]]
    assert all(len(p) == 1 for p in pieces if han.search(p))  # no token holds two characters
    # A character seen once in this small corpus stays byte pieces (the trainer's minimum frequency); the rest are one.
    assert len(pieces) < 1.05 * sum(len(run) for run in runs)


def test_building_twice_with_the_same_seed_gives_the_same_files(trained: Trained, tmp_path: Path) -> None:
    from model_server.tiny import build_tiny

    info = build_tiny(tmp_path, seed=0)
    assert info["vocab_size"] == len(trained.tok) and info["parameters"] > 0
    for name in ("tokenizer.json", "tokenizer_config.json", "config.json", "model.safetensors"):
        assert (tmp_path / name).read_bytes() == (trained.model / name).read_bytes(), name


# --- the chat template --------------------------------------------------------------------------------------------

def test_with_thinking_off_the_generation_prompt_ends_in_an_empty_think_block(trained: Trained) -> None:
    messages = trained.samples[0].messages()[:2]
    prompt = render(trained.tok, messages, enable_thinking=False)
    assert prompt == (f"<|im_start|>system\n{SYSTEM_PROMPT}<|im_end|>\n"
                      f"<|im_start|>user\n{messages[1]['content']}<|im_end|>\n"
                      f"<|im_start|>assistant\n{NO_THINK}")


def test_with_thinking_on_or_unset_the_generation_prompt_is_the_bare_assistant_header(trained: Trained) -> None:
    messages = trained.samples[0].messages()[:2]
    for kw in ({"enable_thinking": True}, {}):
        prompt = render(trained.tok, messages, **kw)
        assert prompt.endswith("<|im_end|>\n<|im_start|>assistant\n") and "<think>" not in prompt


def test_earlier_assistant_turns_render_without_think_blocks(trained: Trained) -> None:
    system, user, assistant = trained.samples[0].messages()
    chat = [system, user, assistant, {"role": "user", "content": "再短一点"}]
    prompt = render(trained.tok, chat, enable_thinking=False)
    assert f"<|im_start|>assistant\n{assistant['content']}<|im_end|>\n<|im_start|>user\n再短一点" in prompt
    assert prompt.count("<think>") == 1 and prompt.endswith(NO_THINK)


def test_the_template_is_qwen3s_own_so_trl_recognises_the_model_as_qwen3(trained: Trained) -> None:
    from trl.chat_template_utils import qwen3_chat_template

    assert trained.tok.chat_template == qwen3_chat_template


# --- training data --------------------------------------------------------------------------------------------------

def test_the_training_prompt_is_byte_identical_to_what_the_bot_sends(trained: Trained) -> None:
    tok = trained.tok
    train = [s for s in trained.samples if s.split == "train"]
    for sample, row in zip(train, sft_rows(tok, train)):
        sent = render(tok, build_messages(sample.request()), enable_thinking=False)
        assert row["prompt"] == sent
        assert row["completion"] == sample.greeting + "<|im_end|>"
    assert row["prompt"].startswith(f"<|im_start|>system\n{SYSTEM_PROMPT}<|im_end|>\n") and NO_THINK in row["prompt"]


def test_the_completion_starts_on_a_token_boundary_and_ends_with_one_eos(trained: Trained) -> None:
    """Trained tokens = the prompt tokens the server sends + the greeting's tokens + <|im_end|>."""
    tok = trained.tok
    for row in sft_rows(tok, trained.samples):
        prompt = tok(row["prompt"], add_special_tokens=False)["input_ids"]
        full = tok(row["prompt"] + row["completion"], add_special_tokens=False)["input_ids"]
        assert full[:len(prompt)] == prompt
        assert full[-1] == tok.eos_token_id and full.count(tok.eos_token_id) == row["prompt"].count("<|im_end|>") + 1


# --- the adapter --------------------------------------------------------------------------------------------------

def test_the_adapter_is_what_vllm_accepts(trained: Trained) -> None:
    from safetensors import safe_open

    assert (trained.adapter / "adapter_config.json").is_file()
    assert (trained.adapter / "adapter_model.safetensors").is_file()
    config = json.loads((trained.adapter / "adapter_config.json").read_text())
    assert config["peft_type"] == "LORA" and config["task_type"] == "CAUSAL_LM"
    assert sorted(config["target_modules"]) == sorted(TARGET_MODULES)
    assert config["r"] == trained.report["rank"] and config["lora_alpha"] == 2 * config["r"]
    assert not config.get("modules_to_save") and config["bias"] == "none" and not config.get("use_dora")
    assert config["base_model_name_or_path"] == str(trained.model)
    with safe_open(str(trained.adapter / "adapter_model.safetensors"), "pt") as f:
        keys = list(f.keys())
    assert keys and all(".lora_A." in k or ".lora_B." in k for k in keys)
    assert not any("embed_tokens" in k or "lm_head" in k for k in keys)
    assert {k.split(".lora_")[0].rsplit(".", 1)[-1] for k in keys} == set(TARGET_MODULES)


def test_the_report_describes_the_run(trained: Trained) -> None:
    r = trained.report
    assert r["samples"] == {"train": sum(s.split == "train" for s in trained.samples),
                            "val": sum(s.split == "val" for s in trained.samples)}
    assert r["data_sha256"] == hashlib.sha256(dataset.DATASET.read_bytes()).hexdigest()
    assert r["steps"] > 0 and r["seconds"] > 0 and math.isfinite(r["eval_loss"])


def test_training_reduces_the_loss(trained: Trained) -> None:
    r = trained.report
    assert r["train_loss_last"] < r["train_loss_first"]
    assert r["eval_loss"] < r["train_loss_first"]


def test_the_adapter_changes_the_models_output(trained: Trained) -> None:
    from peft import PeftModel

    tok = trained.tok
    val = next(s for s in trained.samples if s.split == "val")
    ids = tok(render(tok, val.messages()[:2], enable_thinking=False), return_tensors="pt")["input_ids"]
    base = AutoModelForCausalLM.from_pretrained(trained.model).eval()
    with torch.no_grad():
        before = base(input_ids=ids).logits
        tuned = PeftModel.from_pretrained(base, str(trained.adapter)).eval()
        after = tuned(input_ids=ids).logits
    assert (after - before).abs().max().item() > 1e-3
