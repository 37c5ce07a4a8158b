"""LoRA SFT of the greetings model in the exact chat format the bot sends, thinking disabled; vLLM-loadable output.

One training row per train-split record, in TRL's prompt/completion format:
    prompt     = the chat template rendered over `bot.writing.compose.build_messages` (system + user), with the generation
                 prompt and `enable_thinking=False`, i.e. ending in `<|im_start|>assistant\\n<think>\\n\\n</think>\\n\\n`
                 exactly as vLLM renders the bot's request;
    completion = the greeting + `<|im_end|>` (the eos: the model learns to stop).
TRL's default for prompt/completion rows is completion-only loss: the prompt is context, never a target.
The template renders a `\\n` after `<|im_end|>` too, but generation stops at `<|im_end|>`, and TRL appends another
eos to any completion that does not end with one, so the completion ends at the eos.

The adapter targets all of Qwen3's linear layers, saves no embeddings and no `modules_to_save` (vLLM refuses those),
and runs unchanged on CPU (fp32 weights, bf16 autocast where the CPU has bf16 units) and on GPU (bf16 where
supported).
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TARGET_MODULES = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
REPORT = "training_report.json"


def render_prompt(tok: Any, messages: list[dict[str, str]]) -> str:
    """The prompt text for [system, user] as the server renders it with thinking off."""
    return tok.apply_chat_template(messages, tokenize=False, add_generation_prompt=True, enable_thinking=False)


def sft_rows(tok: Any, samples: list[Any]) -> list[dict[str, str]]:
    """TRL prompt/completion rows for `dataset.Sample`s (the bot's system + user turns, the greeting as answer)."""
    rows = []
    for s in samples:
        *context, answer = s.messages()
        rows.append({"prompt": render_prompt(tok, context), "completion": answer["content"] + tok.eos_token})
    return rows


@dataclass(frozen=True)
class ChatSample:
    """A row of an imported chat corpus (`greetbot data import`): the last message is the answer to learn."""

    id: str
    chat: tuple[dict[str, str], ...]

    def messages(self) -> list[dict[str, str]]:
        return list(self.chat)


def _is_chat_file(path: Path) -> bool:
    with path.open(encoding="utf-8") as f:
        first = next((line for line in f if line.strip()), "{}")
    return "messages" in json.loads(first)


def _chat_samples(path: Path) -> list[ChatSample]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [ChatSample(str(r["id"]), tuple(r["messages"])) for r in rows]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def renamed_copies(samples: list[Any], copies: int, seed: int) -> list[Any]:
    """`copies` more of each record with the recipient renamed (王老师 -> 韩老师, in the slots and the greeting) and
    the holiday moved to another year (羊年 -> 猴年 in the greeting where it names the year's animal).

    A small model can learn "this request -> this text" by heart from a few hundred records; when the same greeting
    comes with names and years it cannot predict, they must be copied from the prompt. Kin terms (妈) and group
    names stay; a record left as it was (a kin term, a birthday) is not copied; chat-corpus rows (no slots) neither.
    """
    import random
    from dataclasses import replace

    from model_server.fresh import elsewhen

    rng = random.Random(seed)
    out = []
    for _ in range(copies):
        for s in samples:
            if getattr(s, "slots", None) is None:
                continue
            slots, holiday, greeting = elsewhen(s.slots, s.holiday, s.greeting, rng)
            if greeting != s.greeting or holiday != s.holiday:
                out.append(replace(s, slots=slots, holiday=holiday, greeting=greeting))
    return out


def train_sft(*, model: str, out: Path, data: Path | None, max_steps: int, epochs: float, rank: int, lr: float,
              batch_size: int, seed: int, rename_copies: int = 0, composer_rows: int = 0,
              fresh_details: float = 0.0) -> dict[str, Any]:
    """Train a LoRA adapter on the train split, evaluate on the val split, write the adapter and a report to `out`.

    `max_steps` > 0 overrides `epochs`. `rename_copies` adds that many renamed copies of each record
    (`renamed_copies`; for small models). Returns the report (also written to `out/training_report.json`).
    """
    import torch
    from datasets import Dataset
    from peft import LoraConfig
    from transformers import AutoModelForCausalLM, AutoTokenizer, set_seed
    from trl import SFTConfig, SFTTrainer

    from model_server import dataset

    started = time.perf_counter()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    data_path = Path(data) if data is not None else dataset.DATASET
    chat = _is_chat_file(data_path)
    samples = _chat_samples(data_path) if chat else dataset.load(data_path)
    train = [s for s in samples if dataset.split_of(s.id) == "train"]
    val = [s for s in samples if dataset.split_of(s.id) == "val"]
    if not train:
        raise ValueError(f"{data_path}: no train-split records")

    cuda = torch.cuda.is_available()
    from model_server.pretrain import bf16_on_cpu

    bf16 = cuda and torch.cuda.is_bf16_supported()
    autocast = bf16 or (not cuda and bf16_on_cpu())  # on CPU: fp32 weights, bf16 matmuls (AMX), 2-3x faster
    set_seed(seed)

    tok = AutoTokenizer.from_pretrained(model)
    if tok.pad_token is None:  # Qwen3 ships <|endoftext|> as pad; a base without one pads with eos
        tok.pad_token = tok.eos_token
    base = AutoModelForCausalLM.from_pretrained(model, dtype=torch.bfloat16 if bf16 else torch.float32)

    train = train + renamed_copies(train, rename_copies, seed)
    if composer_rows:
        from model_server.corpus import composer_samples

        train = train + composer_samples(composer_rows, seed=seed, fresh_details=fresh_details)
    train_ds = Dataset.from_list(sft_rows(tok, train))
    eval_ds = Dataset.from_list(sft_rows(tok, val)) if val else None

    steps_per_epoch = math.ceil(len(train) / batch_size)
    planned_steps = max_steps if max_steps > 0 else math.ceil(steps_per_epoch * epochs)
    args = SFTConfig(
        output_dir=str(out),
        max_steps=max_steps,
        num_train_epochs=epochs,
        per_device_train_batch_size=batch_size,
        per_device_eval_batch_size=batch_size,
        learning_rate=lr,
        lr_scheduler_type="linear",
        seed=seed,
        data_seed=seed,
        logging_strategy="steps",
        logging_steps=max(1, min(5, planned_steps // 10)),
        logging_first_step=True,
        eval_strategy="no",  # one evaluation at the end
        save_strategy="no",  # no checkpoints: only the final adapter, saved below
        report_to=[],
        disable_tqdm=True,
        use_cpu=not cuda,
        bf16=autocast,
        gradient_checkpointing=cuda,  # TRL's default on GPU; off on CPU (nothing to save, only slower)
        max_length=1024,
        packing=False,
        dataloader_num_workers=0,
    )
    peft_config = LoraConfig(
        r=rank, lora_alpha=2 * rank, lora_dropout=0.05, target_modules=TARGET_MODULES, bias="none",
        task_type="CAUSAL_LM",
    )
    trainer = SFTTrainer(model=base, args=args, train_dataset=train_ds, eval_dataset=eval_ds, processing_class=tok,
                         peft_config=peft_config)
    train_started = time.perf_counter()
    result = trainer.train()
    train_seconds = time.perf_counter() - train_started
    eval_loss = trainer.evaluate()["eval_loss"] if eval_ds is not None else None

    # The adapter alone: adapter_config.json + adapter_model.safetensors (no tokenizer, no trainer state).
    trainer.model.save_pretrained(str(out), save_embedding_layers=False)
    losses = [(h["step"], h["loss"]) for h in trainer.state.log_history if "loss" in h]
    report = {
        "method": "sft",
        "model": model,
        "adapter": str(out),
        "device": "cuda" if cuda else "cpu",
        "dtype": "bfloat16" if bf16 else "float32",
        "autocast": "bfloat16" if autocast else None,
        "steps": trainer.state.global_step,
        "epochs": round(trainer.state.epoch or 0.0, 3),
        "train_loss_first": losses[0][1] if losses else None,
        "train_loss_last": losses[-1][1] if losses else None,
        "train_loss_mean": result.training_loss,
        "train_losses": losses,
        "eval_loss": eval_loss,
        "seconds": round(time.perf_counter() - started, 2),
        "train_seconds": round(train_seconds, 2),
        "seconds_per_step": round(train_seconds / max(1, trainer.state.global_step), 3),
        "samples": {"train": len(train), "val": len(val)},
        "rank": rank,
        "lora_alpha": 2 * rank,
        "lr": lr,
        "batch_size": batch_size,
        "seed": seed,
        "rename_copies": rename_copies,
        "composer_rows": composer_rows,
        "fresh_details": fresh_details,
        "data": str(data_path),
        "data_sha256": _sha256(data_path),
    }
    (out / REPORT).write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return report
