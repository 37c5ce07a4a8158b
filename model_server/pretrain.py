"""Pre-training of the tiny demo model: full-parameter, on our own greeting prose, on the CPU in minutes.

`pretrain(out)` builds the corpus (`model_server.corpus`), trains a byte-level BPE tokenizer on it and on the
bot's prompts (so the SFT prompt tokenizes as compactly as the greetings), then trains a small Qwen3-architecture
model from a seeded random start with plain next-token loss over packed windows (documents joined by
`<|endoftext|>`). The result is a checkpoint that transformers, TRL and vLLM load like any Qwen3: it writes
greeting-like text after a caption or a name, and knows nothing of the bot's prompt format; SFT teaches that.

Everything is seeded (corpus, tokenizer input order, initial weights, window order), so one config gives one model
on one machine. `pretrain_report.json` records the config, the corpus summary and its sha256, the loss curve,
the held-out loss on the dataset's validation greetings, and the time.

Built models are cached by a key of the config and the sources it reads (the dataset, the composer, this code):
`$GREETBOT_CACHE_DIR/tiny-pretrained/<key>` (default `~/.cache/greetbot`), so tests and demos on one machine
train it once; `--no-cache` skips the cache.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import random
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from model_server import corpus as corpus_mod
from model_server import fresh, tiny

REPORT = "pretrain_report.json"
# Wider and deeper than the random test model, still small enough for 2 CPU cores: head_dim stays 128 (vLLM's
# CPU attention), two query heads share one key/value head as in Qwen3's GQA.
PRETRAIN_ARCH = dict(hidden_size=256, intermediate_size=768, num_hidden_layers=4, num_attention_heads=2,
                     num_key_value_heads=1, head_dim=128, max_position_embeddings=1024)


@dataclass(frozen=True)
class PretrainConfig:
    steps: int = 900
    seq_len: int = 512  # covers an SFT prompt plus a long greeting (300-500 tokens): positions past it never train
    batch_size: int = 8
    lr: float = 2e-3
    warmup: int = 60
    weight_decay: float = 0.1
    seed: int = 0
    corpus: corpus_mod.CorpusConfig = field(default_factory=corpus_mod.CorpusConfig)
    arch: dict[str, int] = field(default_factory=lambda: dict(PRETRAIN_ARCH))


def _source_digest() -> str:
    """What the built model depends on besides the config: the dataset, the composer's bank, this code."""
    from model_server import dataset

    root = Path(__file__).resolve().parent.parent
    paths = [dataset.DATASET, Path(corpus_mod.__file__), Path(fresh.__file__), Path(__file__), Path(tiny.__file__),
             *sorted((root / "bot" / "writing" / "composer").glob("*.py"))]
    h = hashlib.sha256()
    for p in paths:
        h.update(p.read_bytes())
    return h.hexdigest()


def cache_key(config: PretrainConfig, extra: tuple[Path, ...] = ()) -> str:
    h = hashlib.sha256(json.dumps(asdict(config), sort_keys=True, default=str).encode())
    h.update(_source_digest().encode())
    # bf16 matmuls train other weights than fp32 ones, and at this size other weights write differently (README:
    # the same key built on two machines); a cache shared between machines must not hand one for the other.
    h.update(precision().encode())
    for p in extra:
        h.update(Path(p).read_bytes())
    return h.hexdigest()[:16]


def cache_dir() -> Path:
    return Path(os.environ.get("GREETBOT_CACHE_DIR") or Path.home() / ".cache" / "greetbot") / "tiny-pretrained"


def _windows(ids: list[int], seq_len: int) -> list[tuple[int, int]]:
    """Start/end of every full window over the token stream (the last partial one dropped)."""
    return [(i, i + seq_len) for i in range(0, len(ids) - seq_len, seq_len)]


def precision() -> str:
    """How this machine trains the tiny model and its adapters: with bf16 matmuls where the CPU has the units."""
    return "bf16 autocast" if bf16_on_cpu() else "fp32"


def bf16_on_cpu() -> bool:
    """Mixed precision pays on CPUs with bf16 matrix units (AMX, AVX512-BF16): three times faster here."""
    import torch

    try:
        return bool(torch.cpu._is_amx_tile_supported() or torch.cpu._is_avx512_bf16_supported())
    except AttributeError:  # an older torch: stay in fp32
        return False


def _lr_at(step: int, config: PretrainConfig) -> float:
    if step < config.warmup:
        return config.lr * (step + 1) / config.warmup
    progress = (step - config.warmup) / max(1, config.steps - config.warmup)
    return config.lr * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress)))  # cosine down to a tenth


def _mean_loss(model: Any, tok: Any, texts: list[str], seq_len: int) -> float:
    """Mean next-token loss over `texts`, each on its own (the held-out measure)."""
    import torch

    total = count = 0.0
    with torch.no_grad():
        for text in texts:
            ids = tok(text, add_special_tokens=False)["input_ids"][:seq_len]
            if len(ids) < 2:
                continue
            x = torch.tensor([ids])
            loss = model(input_ids=x, labels=x).loss.item()
            total += loss * (len(ids) - 1)
            count += len(ids) - 1
    return total / max(1.0, count)


def copy_rate(model: Any, tok: Any, *, tries: int = 40, seed: int = 0) -> float:
    """Share of continuations after a caption for a validation record, with a name never seen in training, that
    name that person in their first 20 characters: whether the model learned to carry a name from context."""
    import torch

    from model_server import dataset

    rng = random.Random(seed)
    val = [s for s in dataset.load() if s.split == "val"]
    hits = 0
    torch.manual_seed(seed)
    for i in range(tries):
        s = val[i % len(val)]
        name = fresh.fresh_name(s.slots.name, rng)
        slots = s.slots.__class__(**{**s.slots.to_dict(), "name": name})
        caption = corpus_mod.caption_for(slots, s.holiday)
        ids = tok(caption, return_tensors="pt", add_special_tokens=False)
        with torch.no_grad():
            out = model.generate(**ids, do_sample=True, temperature=0.7, top_p=0.8, top_k=20, max_new_tokens=24)
        hits += name in tok.decode(out[0][ids["input_ids"].shape[1]:], skip_special_tokens=True)[:20]
    return hits / tries


def pretrain(out: Path, config: PretrainConfig = PretrainConfig(), *, extra: tuple[Path, ...] = (),
             log=print) -> dict[str, Any]:
    """Train the tiny model into `out` (tokenizer, weights, generation config, report); returns the report."""
    import torch

    from model_server import dataset

    started = time.perf_counter()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(config.seed)
    random.seed(config.seed)
    torch.set_num_threads(max(1, os.cpu_count() or 1))

    docs, summary = corpus_mod.build_corpus(config.corpus, extra=extra)
    corpus_sha = corpus_mod.write_corpus(docs, out / "corpus.jsonl")
    built = time.perf_counter()
    tok = tiny.make_tokenizer(tiny.corpus() + docs)
    tiny.save_tokenizer(tok, out)
    eot = tok.convert_tokens_to_ids(tiny.ENDOFTEXT)
    stream: list[int] = []
    for ids in tok(docs, add_special_tokens=False)["input_ids"]:
        stream += ids + [eot]
    windows = _windows(stream, config.seq_len)
    tokenized = time.perf_counter()

    model = tiny.new_model(tok, seed=config.seed, arch=config.arch).train()
    decay = [p for n, p in model.named_parameters() if p.ndim >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.ndim < 2]
    optim = torch.optim.AdamW([{"params": decay, "weight_decay": config.weight_decay},
                               {"params": no_decay, "weight_decay": 0.0}], lr=config.lr, betas=(0.9, 0.95))
    order = random.Random(config.seed)
    stream_t = torch.tensor(stream)
    losses: list[tuple[int, float]] = []
    running = None
    bf16 = bf16_on_cpu()
    for step in range(config.steps):
        for group in optim.param_groups:
            group["lr"] = _lr_at(step, config)
        batch = torch.stack([stream_t[a:b] for a, b in (order.choice(windows) for _ in range(config.batch_size))])
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):  # weights and optimizer stay fp32
            loss = model(input_ids=batch, labels=batch).loss
        optim.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optim.step()
        value = loss.item()
        running = value if running is None else 0.9 * running + 0.1 * value
        if step % 20 == 0 or step == config.steps - 1:
            losses.append((step, round(value, 4)))
            log(f"step {step}/{config.steps} loss {value:.3f} (smoothed {running:.3f}) "
                f"{time.perf_counter() - tokenized:.0f}s")
    train_seconds = time.perf_counter() - tokenized

    model.eval()
    val = [s.greeting for s in dataset.load() if s.split == "val"]
    val_loss = _mean_loss(model, tok, val, config.seq_len)
    heldout, _ = corpus_mod.build_corpus(
        corpus_mod.CorpusConfig(requests=200, dataset_repeats=0, seed=config.seed + 7), split="val", workers=1)
    heldout_loss = _mean_loss(model, tok, heldout, config.seq_len)
    copies = copy_rate(model, tok, seed=config.seed)
    model.save_pretrained(out, safe_serialization=True)
    report = {
        "method": "pretrain",
        "config": asdict(config),
        "parameters": sum(p.numel() for p in model.parameters()),
        "vocab_size": len(tok),
        "corpus": {**summary, "sha256": corpus_sha, "tokens": len(stream), "windows": len(windows)},
        "dataset_sha256": hashlib.sha256(dataset.DATASET.read_bytes()).hexdigest(),
        "extra": [{"path": str(p), "sha256": hashlib.sha256(Path(p).read_bytes()).hexdigest()} for p in extra],
        "tokens_seen": config.steps * config.batch_size * config.seq_len,
        "loss_first": losses[0][1], "loss_last": losses[-1][1], "losses": losses,
        "val_greetings_loss": round(val_loss, 4),  # the validation split's hand-written greetings
        "val_composer_loss": round(heldout_loss, 4),  # composer drafts for validation records, fresh names
        "name_copy_rate": copies,
        "seconds": {"corpus": round(built - started, 1), "tokenizer": round(tokenized - built, 1),
                    "train": round(train_seconds, 1), "total": round(time.perf_counter() - started, 1)},
        "threads": torch.get_num_threads(),
        "precision": precision(),
    }
    (out / REPORT).write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (out / "corpus.jsonl").unlink()  # rebuilt from the sources on demand; the sha256 says which one was used
    return report


def build_into(target: Path, build) -> None:
    """`build(staging)` next to `target`, then renamed onto it: a half-built directory is never taken for a built one."""
    staging = target.with_name(target.name + f".part{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    build(staging)
    shutil.rmtree(target, ignore_errors=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging.rename(target)


def pretrained(out: Path | None = None, config: PretrainConfig = PretrainConfig(), *, extra: tuple[Path, ...] = (),
               use_cache: bool = True, log=print) -> tuple[Path, dict[str, Any]]:
    """The pre-trained model's directory and report: from the cache when built before, else trained now.

    With `out`, the model is (also) copied there. Extra corpus files take part in the cache key.
    """
    cached = cache_dir() / cache_key(config, extra)
    if use_cache and (cached / REPORT).exists():
        log(f"cached: {cached}")
        target = cached
    else:
        target = cached if use_cache else Path(out or cached)
        build_into(target, lambda staging: pretrain(staging, config, extra=extra, log=log))
    if out is not None and Path(out).resolve() != target.resolve():
        shutil.copytree(target, out, dirs_exist_ok=True)
        target = Path(out)
    return target, json.loads((target / REPORT).read_text(encoding="utf-8"))
