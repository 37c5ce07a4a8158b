"""Preference training on top of the SFT adapter (DPO for pairs, KTO for thumbs), and scoring an adapter on pairs.

Data: JSONL rows in either of TRL's shapes, as `bot.learning.feedback.export_dpo` / `export_kto` write them:
    DPO  {"prompt", "chosen", "rejected"}       KTO  {"prompt", "completion", "label": bool}
with plain strings or conversational values (prompt = chat messages, answers = [{"role": "assistant", ...}]).
KTO also takes DPO pairs (chosen → True, rejected → False).

Every row is rendered here, once, into plain text, and both training and scoring use that text:
    prompt     = the chat template over the messages with the generation prompt and `enable_thinking=False`, i.e.
                 byte-identical to what vLLM renders for the bot's request (and to the SFT prompts, `train.py`);
    completion = what the template renders for the assistant turn after that prompt, up to and including its
                 end-of-turn `<|im_end|>` (the eos); the template's `\\n` after it is dropped, as in SFT: generation
                 stops at the eos and never samples it.
Rendering ourselves rather than handing TRL conversational rows keeps thinking off without relying on a per-row
`chat_template_kwargs` column, and makes `score` measure exactly the tokens that were trained.
Plain-string rows are taken as they are (an eos is appended to answers that lack one, as TRL does).

Training wraps the base in a `PeftModel` holding the SFT adapter (trainable) and passes `ref_model=None`: TRL then
copies the adapter into a frozen "ref" adapter, so the reference policy is the SFT model. Only the trained
"default" adapter is saved, in the same vLLM-loadable form as SFT's.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

REPORT = "training_report.json"
MAX_LENGTH = 1024  # prompt + completion tokens, as TRL's default; longer rows keep their start (TRL's keep_start)
Method = Literal["dpo", "kto"]


@dataclass(frozen=True)
class Pair:
    """A rendered preference pair: `prompt` ends in the generation prompt, answers end in the eos."""

    prompt: str
    chosen: str
    rejected: str


@dataclass(frozen=True)
class Unpaired:
    """A rendered KTO row: one answer and whether it was desirable."""

    prompt: str
    completion: str
    label: bool


@dataclass(frozen=True)
class ScoreReport:
    pairs: int
    accuracy: float  # share of pairs with r(chosen) > r(rejected); a tie counts 0.5 (no preference either way)
    margin: float    # mean of r(chosen) - r(rejected), in nats


# --- rendering ---------------------------------------------------------------------------------------------------

def _is_chat(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(m, dict) and "role" in m for m in value)


def _messages(value: list[dict[str, Any]]) -> list[dict[str, str]]:
    # Only role/content: anything else would reach the template as unexpected fields.
    return [{"role": str(m["role"]), "content": str(m.get("content") or "")} for m in value]


def render_prompt(tok: Any, prompt: str | list[dict[str, Any]]) -> str:
    """The prompt text: as given, or the chat template with the generation prompt and thinking off."""
    if isinstance(prompt, str):
        return prompt
    if not _is_chat(prompt):
        raise ValueError(f"prompt must be a string or chat messages, got {type(prompt).__name__}")
    return tok.apply_chat_template(_messages(prompt), tokenize=False, add_generation_prompt=True,
                                   enable_thinking=False)


def render_completion(tok: Any, prompt: str | list[dict[str, Any]], answer: str | list[dict[str, Any]]) -> str:
    """The answer's text after the rendered prompt, ending in exactly one eos."""
    eos = tok.eos_token
    if isinstance(prompt, str):
        if not isinstance(answer, str):
            raise ValueError("a plain-string prompt needs plain-string answers")
        return answer if answer.endswith(eos) else answer + eos
    turns = [{"role": "assistant", "content": answer}] if isinstance(answer, str) else answer
    if not _is_chat(turns):
        raise ValueError(f"answer must be a string or chat messages, got {type(answer).__name__}")
    head = render_prompt(tok, prompt)
    full = tok.apply_chat_template(_messages(prompt) + _messages(turns), tokenize=False, enable_thinking=False)
    if not full.startswith(head):  # the template renders the turn differently from its generation prompt
        raise ValueError("the chat template does not render the answer after the generation prompt")
    text = full[len(head):]
    end = text.rfind(eos)
    if end >= 0 and not text[end + len(eos):].strip():
        text = text[:end + len(eos)]  # drop the template's newline after the end of turn: never generated
    return text if text.endswith(eos) else text + eos


def _required(row: dict[str, Any], keys: Iterable[str], where: str) -> None:
    missing = [k for k in keys if k not in row]
    if missing:
        raise ValueError(f"{where}: missing {', '.join(missing)}")


def render_pairs(tok: Any, rows: list[dict[str, Any]], *, source: str = "data") -> list[Pair]:
    pairs = []
    for i, row in enumerate(rows, 1):
        _required(row, ("prompt", "chosen", "rejected"), f"{source} row {i}")
        pairs.append(Pair(render_prompt(tok, row["prompt"]), render_completion(tok, row["prompt"], row["chosen"]),
                          render_completion(tok, row["prompt"], row["rejected"])))
    return pairs


def render_unpaired(tok: Any, rows: list[dict[str, Any]], *, source: str = "data") -> list[Unpaired]:
    out = []
    for i, row in enumerate(rows, 1):
        if "chosen" in row and "rejected" in row:  # a pair is one desirable and one undesirable answer
            pair = render_pairs(tok, [row], source=f"{source} row {i}")[0]
            out += [Unpaired(pair.prompt, pair.chosen, True), Unpaired(pair.prompt, pair.rejected, False)]
            continue
        _required(row, ("prompt", "completion", "label"), f"{source} row {i}")
        out.append(Unpaired(render_prompt(tok, row["prompt"]), render_completion(tok, row["prompt"], row["completion"]),
                            bool(row["label"])))
    return out


def read_rows(path: Path) -> list[dict[str, Any]]:
    with Path(path).open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    if not rows:
        raise ValueError(f"{path}: no rows")
    return rows


def kto_weights(desirable: int, undesirable: int) -> tuple[float, float]:
    """(desirable_weight, undesirable_weight) keeping λ_D·n_D / (λ_U·n_U) in [1, 4/3] (KTO paper, Eq. 8).

    Out of range, the desirable weight is set so that the ratio is 1; with one side empty there is nothing to balance.
    """
    if desirable == 0 or undesirable == 0 or 1 <= desirable / undesirable <= 4 / 3:
        return 1.0, 1.0
    return undesirable / desirable, 1.0


def _sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _load_tokenizer(model: str) -> Any:
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(model)
    if tok.pad_token is None:  # as in SFT: a base without a pad token pads with eos
        tok.pad_token = tok.eos_token
    return tok


# --- training ----------------------------------------------------------------------------------------------------

def train_preference(*, method: Method, model: str, adapter: Path, data: Path, out: Path, max_steps: int,
                     epochs: float = 1.0, lr: float = 5e-5, beta: float = 0.1, batch_size: int = 2,
                     seed: int = 0) -> dict[str, Any]:
    """Continue the SFT `adapter` with DPO or KTO on `data`; write the new adapter and a report to `out`.

    `max_steps` > 0 overrides `epochs`. `batch_size` counts rows (DPO pairs, KTO answers). Returns the report
    (also written to `out/training_report.json`).
    """
    import torch
    from datasets import Dataset
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, set_seed

    if method not in ("dpo", "kto"):
        raise ValueError(f"unknown preference method {method!r} (dpo | kto)")
    if method == "kto" and batch_size < 2:
        # KTO estimates its KL term from mismatched prompt/answer pairs within a batch.
        raise ValueError("KTO needs a batch size of at least 2")
    started = time.perf_counter()
    out, adapter, data = Path(out), Path(adapter), Path(data)
    if not (adapter / "adapter_config.json").is_file():
        raise ValueError(f"{adapter} is not a LoRA adapter (no adapter_config.json)")
    out.mkdir(parents=True, exist_ok=True)

    cuda = torch.cuda.is_available()
    bf16 = cuda and torch.cuda.is_bf16_supported()
    set_seed(seed)
    tok = _load_tokenizer(model)
    rows = read_rows(data)
    if method == "dpo":
        rendered: list[Any] = render_pairs(tok, rows, source=str(data))
    else:
        rendered = render_unpaired(tok, rows, source=str(data))
    train_ds = Dataset.from_list([asdict(r) for r in rendered])

    base = AutoModelForCausalLM.from_pretrained(model, dtype=torch.bfloat16 if bf16 else torch.float32)
    policy = PeftModel.from_pretrained(base, str(adapter), is_trainable=True)

    steps_per_epoch = math.ceil(len(rendered) / batch_size)
    planned_steps = max_steps if max_steps > 0 else math.ceil(steps_per_epoch * epochs)
    common = dict(
        output_dir=str(out),
        max_steps=max_steps,
        num_train_epochs=epochs,
        per_device_train_batch_size=batch_size,
        learning_rate=lr,
        lr_scheduler_type="linear",
        beta=beta,
        seed=seed,
        data_seed=seed,
        logging_strategy="steps",
        logging_steps=max(1, min(5, planned_steps // 10)),
        logging_first_step=True,
        save_strategy="no",  # only the final adapter, saved below
        report_to=[],
        disable_tqdm=True,
        use_cpu=not cuda,
        bf16=bf16,
        gradient_checkpointing=cuda,  # TRL's default on GPU; off on CPU (nothing to save, only slower)
        max_length=MAX_LENGTH,
        dataloader_num_workers=0,
    )
    weights: dict[str, float] = {}
    if method == "dpo":
        from trl import DPOConfig, DPOTrainer

        trainer = DPOTrainer(model=policy, ref_model=None, args=DPOConfig(**common), train_dataset=train_ds,
                             processing_class=tok)
    else:
        from trl import KTOConfig, KTOTrainer

        n_desirable = sum(r.label for r in rendered)
        desirable_weight, undesirable_weight = kto_weights(n_desirable, len(rendered) - n_desirable)
        weights = {"desirable_weight": desirable_weight, "undesirable_weight": undesirable_weight}
        trainer = KTOTrainer(model=policy, ref_model=None, args=KTOConfig(**common, **weights),
                             train_dataset=train_ds, processing_class=tok)

    train_started = time.perf_counter()
    trainer.train()
    train_seconds = time.perf_counter() - train_started

    # The trained adapter alone (TRL's frozen "ref" copy stays behind), in SFT's vLLM-loadable form.
    trainer.model.save_pretrained(str(out), selected_adapters=["default"], save_embedding_layers=False)
    logs = [h for h in trainer.state.log_history if "loss" in h]
    steps = trainer.state.global_step
    report = {
        "method": method,
        "model": model,
        "parent": str(adapter),
        "adapter": str(out),
        "device": "cuda" if cuda else "cpu",
        "dtype": "bfloat16" if bf16 else "float32",
        "steps": steps,
        "train_rows": len(rendered),
        "first_loss": logs[0]["loss"] if logs else None,
        "final_loss": logs[-1]["loss"] if logs else None,
        "final_metrics": {k: v for k, v in logs[-1].items() if k.startswith(("rewards/", "kl"))} if logs else {},
        "seconds": round(time.perf_counter() - started, 2),
        "train_seconds": round(train_seconds, 2),
        "seconds_per_step": round(train_seconds / max(1, steps), 3),
        "lr": lr,
        "beta": beta,
        "batch_size": batch_size,
        "seed": seed,
        **weights,
        "data": str(data),
        "data_sha256": _sha256(data),
    }
    (out / REPORT).write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return report


# --- scoring -----------------------------------------------------------------------------------------------------

def _encode(tok: Any, prompt: str, completion: str) -> tuple[list[int], int]:
    """Token ids of prompt + completion and where the completion starts, tokenized as TRL does."""
    prompt_ids = tok(text=prompt)["input_ids"]
    ids = tok(text=prompt + completion)["input_ids"]
    start = next((i for i, (a, b) in enumerate(zip(prompt_ids, ids)) if a != b), min(len(prompt_ids), len(ids)))
    return ids[:MAX_LENGTH], max(start, 1)  # the first token has no context to be predicted from


def _completion_logps(model: Any, batch: list[tuple[list[int], int]], pad_id: int, device: Any) -> list[float]:
    """Σ log p(completion token | everything before it) for each (ids, start), in one right-padded forward pass."""
    import torch

    width = max(len(ids) for ids, _ in batch)
    input_ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    for i, (ids, _) in enumerate(batch):
        input_ids[i, :len(ids)] = torch.tensor(ids)
        mask[i, :len(ids)] = 1
    # Logits only where some completion token is predicted: the shared prompt is most of every sequence, and the
    # vocabulary projection over it would be most of the work (and of the memory, on a real model's vocabulary).
    low = min(start for _, start in batch) - 1
    keep = torch.arange(low, width - 1, device=device)
    logits = model(input_ids=input_ids.to(device), attention_mask=mask.to(device), logits_to_keep=keep).logits
    sums = []
    for i, (ids, start) in enumerate(batch):
        targets = torch.tensor(ids[start:], device=logits.device)
        if len(targets) == 0:
            sums.append(0.0)
            continue
        logp = logits[i, start - 1 - low:len(ids) - 1 - low].float().log_softmax(-1)
        sums.append(logp.gather(-1, targets[:, None]).sum().item())
    return sums


def score(*, model: str, adapter: Path, reference: Path, data: Path, batch_size: int = 8) -> dict[str, Any]:
    """Implicit DPO rewards of `adapter` against `reference` on held-out pairs.

    r(y) = log p_adapter(y|x) - log p_reference(y|x), summed over the completion's tokens (β left out: it only scales).
    Returns {"pairs", "accuracy", "margin"}: the share of pairs with r(chosen) > r(rejected) (a tie counts 0.5, so
    an adapter scored against itself is at chance, 0.5) and the mean of r(chosen) - r(rejected). The base is loaded
    once, both adapters go into one PeftModel, and every batch runs through both, so that identical adapters give
    identical log-probabilities and a margin of exactly 0.
    """
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    tok = _load_tokenizer(model)
    pairs = render_pairs(tok, read_rows(Path(data)), source=str(data))
    cuda = torch.cuda.is_available()
    device = torch.device("cuda" if cuda else "cpu")
    dtype = torch.bfloat16 if cuda and torch.cuda.is_bf16_supported() else torch.float32
    base = AutoModelForCausalLM.from_pretrained(model, dtype=dtype).to(device)
    peft_model = PeftModel.from_pretrained(base, str(adapter), adapter_name="policy")
    peft_model.load_adapter(str(reference), adapter_name="reference")
    peft_model.eval()

    margins: list[float] = []
    with torch.inference_mode():
        for i in range(0, len(pairs), batch_size):
            chunk = pairs[i:i + batch_size]
            batch = [_encode(tok, p.prompt, p.chosen) for p in chunk] + [_encode(tok, p.prompt, p.rejected)
                                                                         for p in chunk]
            logps = {}
            for name in ("policy", "reference"):
                peft_model.set_adapter(name)
                logps[name] = _completion_logps(peft_model, batch, tok.pad_token_id, device)
            rewards = [a - b for a, b in zip(logps["policy"], logps["reference"])]
            margins += [c - r for c, r in zip(rewards[:len(chunk)], rewards[len(chunk):])]
    wins = sum(1.0 if m > 0 else 0.5 if m == 0 else 0.0 for m in margins)
    report = ScoreReport(pairs=len(margins), accuracy=wins / len(margins), margin=sum(margins) / len(margins))
    return asdict(report)
