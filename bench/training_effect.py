"""What training changes: the pre-trained tiny model (no adapter) against its SFT adapter, through real vLLM.

Builds (or takes from the cache) the demo model of `model_server.demo` — pre-trained tiny Qwen3 and LoRA SFT
adapter — serves both with vLLM (CPU build), runs `greetbot eval` on the held-out scenarios `--runs` times and
prints every metric for base and adapter: the mean over runs, the run-to-run spread (max − min) and n (drafts per
run), then `--show` drafts of each for the same requests. `--blind` measures on the 72 scenarios a helper who read no
code wrote (`tests/data/scenarios_blind_2026-12.md`) instead of our 40 (`model_server/data/scenarios.jsonl`).
Run: .venv/bin/python bench/training_effect.py [--runs 3] [--n 2] [--show 5] [--blind] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from dataclasses import fields
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from model_server.demo import demo_model, repeated_eval, spread  # noqa: E402
from model_server.eval import Metrics, generate, load_scenarios  # noqa: E402

BLIND = Path(__file__).resolve().parents[1] / "tests" / "data" / "scenarios_blind_2026-12.jsonl"


async def measure(runs: int, n: int, show: int, log_dir: Path, scenarios_path: Path | None = None) -> dict:
    from model_server.serve import ServeConfig, start, stop, wait_healthy
    from tests.conftest import free_port

    demo = demo_model(log=lambda line: print(line, file=sys.stderr))
    cfg = ServeConfig(model=str(demo.model), profile="cpu", adapters={"greet": str(demo.adapter)}, port=free_port(),
                      max_lora_rank=max(8, demo.sft_report["rank"]), max_loras=2, max_model_len=1024)
    proc = start(cfg, log_path=log_dir / "vllm.log")
    try:
        wait_healthy(cfg, proc, timeout_s=600)
        per_run = await repeated_eval(cfg.base_url, "greet", "base", runs=runs, n=n, scenarios_path=scenarios_path)
        scenarios = load_scenarios(scenarios_path)[:show]
        drafts = {name: [d.text for d in (await generate(name, endpoint=cfg.base_url, model=name,
                                                         scenarios=scenarios, n=1)).drafts]
                  for name in ("base", "greet")}
    finally:
        stop(proc)
    table = {}
    for f in fields(Metrics):
        row = {}
        for name, ms in per_run.items():
            values = [getattr(m, f.name) for m in ms]
            if any(not isinstance(v, (int, float)) for v in values):
                continue
            row[name] = {"mean": sum(values) / len(values), "spread": spread(values), "runs": values}
        if row:
            table[f.name] = row
    return {"n_per_run": per_run["greet"][0].n_drafts, "runs": runs, "metrics": table,
            "pretrain": {k: demo.pretrain_report[k] for k in ("parameters", "vocab_size", "loss_last",
                                                              "val_greetings_loss", "name_copy_rate", "seconds")},
            "sft": {k: demo.sft_report[k] for k in ("steps", "train_loss_last", "eval_loss", "seconds", "rank")},
            "drafts": {"requests": [f"{s.slots.name}｜{s.slots.details}" for s in scenarios], **drafts}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--n", type=int, default=2, help="drafts per scenario per run")
    ap.add_argument("--show", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--blind", action="store_true",
                    help=f"measure on the blind set written by a helper who read no code ({BLIND.name}), not ours")
    args = ap.parse_args()
    figures = asyncio.run(measure(args.runs, args.n, args.show, Path(tempfile.mkdtemp(prefix="bench-effect-")),
                                  BLIND if args.blind else None))
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, default=str))
        return 0
    print(f"pre-trained: {json.dumps(figures['pretrain'], ensure_ascii=False)}")
    print(f"SFT adapter: {json.dumps(figures['sft'], ensure_ascii=False)}")
    print(f"eval: {figures['runs']} runs × n={figures['n_per_run']} drafts; mean (spread = max − min over runs)")
    print(f"{'metric':<26}{'base':>18}{'SFT adapter':>18}")
    for metric, row in figures["metrics"].items():
        cells = [f"{row[s]['mean']:.3f} ({row[s]['spread']:.3f})" if s in row else "-" for s in ("base", "greet")]
        print(f"{metric:<26}{cells[0]:>18}{cells[1]:>18}")
    d = figures["drafts"]
    for i, request in enumerate(d["requests"]):
        print(f"\n{request}\n  base: {d['base'][i]}\n  SFT:  {d['greet'][i]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
