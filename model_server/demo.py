"""The tiny demo model and its SFT adapter, built one way for the effect bench (and, once they pass, its tests).

`demo_model()` returns the pre-trained tiny Qwen3 (`model_server.pretrain`, full-parameter on our greeting prose)
and a LoRA SFT adapter trained on it with `DEMO_SFT` (`model_server.train.train_sft`: the six-slot dataset, renamed
copies and composer-written records). Both are cached under `$GREETBOT_CACHE_DIR` (default `~/.cache/greetbot`):
the model by its content key (`pretrain.cache_key`), the adapter by that key and the recipe, so a machine trains
each once; a clean machine (CI) builds both in one run.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from model_server import pretrain


@dataclass(frozen=True)
class SFTRecipe:
    max_steps: int = 600  # twice 300 gave every measure a little more, at 993 s on 2 cores (README)
    rank: int = 16
    lr: float = 2e-3
    batch_size: int = 8
    rename_copies: int = 2
    composer_rows: int = 4000
    fresh_details: float = 1.0  # every composer record a fresh person and story (`model_server.fresh`)
    seed: int = 0


DEMO_SFT = SFTRecipe()


@dataclass(frozen=True)
class DemoModel:
    model: Path
    adapter: Path
    pretrain_report: dict
    sft_report: dict


def sft_cache_dir(config: pretrain.PretrainConfig, recipe: SFTRecipe) -> Path:
    from model_server import train

    key = hashlib.sha256(json.dumps(asdict(recipe), sort_keys=True).encode())
    key.update(pretrain.cache_key(config).encode())
    key.update(Path(train.__file__).read_bytes())
    return pretrain.cache_dir().parent / "tiny-sft" / key.hexdigest()[:16]


def demo_model(config: pretrain.PretrainConfig = pretrain.PretrainConfig(), recipe: SFTRecipe = DEMO_SFT, *,
               log=print) -> DemoModel:
    """The pre-trained tiny model and its SFT adapter, from the cache or trained now (minutes on a CPU)."""
    from model_server.train import REPORT, train_sft

    model, pre_report = pretrain.pretrained(None, config, log=log)
    adapter = sft_cache_dir(config, recipe)
    if not (adapter / REPORT).exists():
        pretrain.build_into(adapter, lambda staging: train_sft(
            model=str(model), out=staging, data=None, max_steps=recipe.max_steps, epochs=1.0, rank=recipe.rank,
            lr=recipe.lr, batch_size=recipe.batch_size, seed=recipe.seed, rename_copies=recipe.rename_copies,
            composer_rows=recipe.composer_rows, fresh_details=recipe.fresh_details))
    else:
        log(f"cached: {adapter}")
    sft_report = json.loads((adapter / REPORT).read_text(encoding="utf-8"))
    return DemoModel(model, adapter, pre_report, sft_report)


async def repeated_eval(base_url: str, model: str, baseline: str, *, runs: int = 2, n: int = 2,
                        scenarios_path: Path | str | None = None) -> dict[str, list]:
    """`greetbot eval` of `model` against `baseline`, `runs` times over (sampling differs each time): every run's
    `Metrics` per system, so a difference can be compared with the run-to-run spread."""
    from model_server.eval import run_eval

    out: dict[str, list] = {model: [], baseline: []}
    for _ in range(runs):
        results = await run_eval(base_url, model, baseline, scenarios_path=scenarios_path, n=n)
        for name, metrics in results.items():
            out[name].append(metrics)
    return out


def spread(values: list[float]) -> float:
    return max(values) - min(values) if values else 0.0
