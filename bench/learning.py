"""Learning-cycle figures on the CPU tiny model: time per 100 preference pairs, and the promoted adapter's eval deltas.

Builds (or reuses) the tiny Qwen3 and an SFT adapter, then
1. trains DPO on 100 synthetic pairs (users cutting drafts to their first sentence) and prints seconds per 100 pairs;
2. with --vllm: serves the tiny model + the SFT adapter with vLLM (CPU build), runs one `greetbot learn` cycle on
   feedback events shaped the same way (`--feedback cut`) or of a user who adds stock phrases to every draft
   (`--feedback stock`, which the gates must reject), and prints each eval metric of the candidate next to its
   parent's, with the preference figures and the verdict.
With --model/--adapter it takes an existing model and SFT adapter instead (e.g. the pre-trained tiny model of
`greetbot model tiny --pretrain` and its SFT adapter), the cycle's training steps, rate and eval size as given.
Run: .venv/bin/python bench/learning.py [--work DIR] [--steps 25] [--vllm] [--json]
         [--model DIR --adapter DIR] [--learn-steps 16] [--learn-lr 3e-3] [--events 48] [--eval-n 2] [--feedback cut|stock]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.learning.feedback import FeedbackEvent, export_dpo, write_jsonl
from model_server import dataset  # noqa: E402


def first_sentence(text: str) -> str:
    """Up to the first sentence's end, with its own mark: what a user who cuts a draft down keeps (a cut that always
    ended in "。" taught the model to stop after "。" and never after "！", the mark most greetings end with)."""
    found = re.match(r".+?[。！？!?]", text)
    return found.group(0) if found else text


def shortening_events(n: int, offset: int = 0) -> list[FeedbackEvent]:
    events = []
    for i, sample in enumerate(dataset.load()[offset:offset + n]):
        *prompt, answer = sample.messages()
        draft = answer["content"]
        events.append(FeedbackEvent("bench:u", i + 1, "edited", draft, prompt, sample.slots.to_dict(),
                                    edited_text=first_sentence(draft)))
    return events


def stock_events(n: int, offset: int = 0) -> list[FeedbackEvent]:
    """A user who sends every draft with a pile of stock phrases added: a preference the gates must turn down."""
    pile = "祝您万事如意、心想事成、身体健康、阖家幸福、财源广进！"
    return [replace(e, edited_text=e.draft + pile) for e in shortening_events(n, offset)]


FEEDBACK = {"cut": shortening_events, "stock": stock_events}


def prepare(work: Path) -> tuple[Path, Path]:
    from model_server.tiny import build_tiny
    from model_server.train import train_sft

    model, sft = work / "tiny", work / "sft"
    if not (model / "config.json").exists():
        build_tiny(model, seed=0)
    if not (sft / "adapter_config.json").exists():
        train_sft(model=str(model), out=sft, data=None, max_steps=4, epochs=1.0, rank=8, lr=2e-3, batch_size=4, seed=0)
    return model, sft


def time_dpo(model: Path, sft: Path, work: Path, steps: int) -> dict:
    from model_server.preference import train_preference

    pairs = export_dpo(shortening_events(100))
    data = work / "pairs100.jsonl"
    write_jsonl(pairs, data)
    started = time.perf_counter()
    report = train_preference(method="dpo", model=str(model), adapter=sft, data=data, out=work / "dpo100",
                              max_steps=steps, lr=3e-3, batch_size=4)
    wall = time.perf_counter() - started
    seen = steps * 4
    return {"pairs": len(pairs), "steps": steps, "pairs_seen": seen, "wall_s": round(wall, 2),
            "train_s": report.get("train_seconds"), "s_per_100_pairs": round(wall * 100 / seen, 2),
            "final_loss": report.get("final_loss")}


def lora_rank(adapter: Path) -> int:
    return int(json.loads((adapter / "adapter_config.json").read_text(encoding="utf-8"))["r"])


async def learn_cycle(model: Path, sft: Path, work: Path, *, learn_steps: int = 16, learn_lr: float = 3e-3,
                      events: int = 48, eval_n: int = 2, feedback: str = "cut") -> dict:
    from bot.learning.cycle import Learner, register
    from bot.settings import Settings
    from bot.storage.store import Store
    from model_server.serve import ServeConfig, start, stop, wait_healthy
    from tests.conftest import free_port

    cfg = ServeConfig(model=str(model), profile="cpu", adapters={"greet": str(sft)}, port=free_port(),
                      max_lora_rank=max(8, lora_rank(sft)), max_loras=2, max_model_len=1024)
    proc = start(cfg, log_path=work / "vllm.log")
    try:
        wait_healthy(cfg, proc, timeout_s=600)
        settings = Settings(data_dir=work / "data", llm_base_url=cfg.base_url, llm_model="greet",
                            learn_base_model=str(model), learn_min_feedback=10, learn_max_steps=learn_steps, learn_lr=learn_lr,
                            learn_eval_n=eval_n, _env_file=None)
        store = await Store.open(settings.resolved_database_url())
        try:
            await register(store, "greet", sft, serve=True)
            await store.add_feedback("bench", "u", [e.to_json() for e in FEEDBACK[feedback](events, offset=30)])
            started = time.perf_counter()
            result = await Learner(store, settings).cycle()
            seconds = time.perf_counter() - started
            adapter = await store.adapter(result.candidate) if result.candidate else None
        finally:
            await store.close()
    finally:
        stop(proc)
    evals = (adapter.metrics.get("eval") if adapter else None) or {}
    cand, parent = evals.get("candidate", {}), evals.get("serving", {})
    keys = ["guard_pass_rate", "name_use", "length_compliance", "detail_recall", "style_markers", "stock_phrase_rate", "wrong_zodiac", "think_leaks",
            "distinct_2", "mean_length"]
    deltas = {k: {"parent": parent.get(k), "candidate": cand.get(k),
                  "delta": None if parent.get(k) is None or cand.get(k) is None else cand[k] - parent[k]}
              for k in keys}
    return {"status": result.status, "reason": result.reason, "cycle_s": round(seconds, 1),
            "preference": result.preference, "eval": deltas}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, default=None)
    ap.add_argument("--steps", type=int, default=25, help="DPO steps of batch 4 for the timing (25 = 100 pairs)")
    ap.add_argument("--vllm", action="store_true", help="also run a learning cycle against vLLM (CPU build)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--model", type=Path, help="an existing base model directory (with --adapter)")
    ap.add_argument("--adapter", type=Path, help="an existing SFT adapter of --model: the one in service")
    ap.add_argument("--learn-steps", type=int, default=16, help="the cycle's preference-training steps")
    ap.add_argument("--learn-lr", type=float, default=3e-3)
    ap.add_argument("--events", type=int, default=48, help="feedback events of the user (--feedback)")
    ap.add_argument("--feedback", choices=sorted(FEEDBACK), default="cut",
                    help="cut: a user who cuts every draft to its first sentence; stock: one who adds stock phrases")
    ap.add_argument("--eval-n", type=int, default=2, help="drafts per scenario in the cycle's eval")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-learning-"))
    work.mkdir(parents=True, exist_ok=True)
    model, sft = (args.model, args.adapter) if args.model and args.adapter else prepare(work)
    figures = {"dpo": time_dpo(model, sft, work, args.steps)}
    if args.vllm:
        figures["cycle"] = asyncio.run(learn_cycle(model, sft, work, learn_steps=args.learn_steps,
                                                   learn_lr=args.learn_lr, events=args.events, eval_n=args.eval_n,
                                                   feedback=args.feedback))
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, default=str))
        return 0
    d = figures["dpo"]
    print(f"DPO on the tiny model: {d['pairs_seen']} pairs ({d['steps']} steps × 4) in {d['wall_s']} s "
          f"→ {d['s_per_100_pairs']} s per 100 pairs (load included); final loss {d['final_loss']}")
    if "cycle" in figures:
        c = figures["cycle"]
        print(f"learn cycle: {c['status']} in {c['cycle_s']} s — {c['reason']}")
        print(f"preference: {json.dumps(c['preference'], ensure_ascii=False)}")
        print(f"{'metric':<20}{'parent':>10}{'candidate':>11}{'delta':>9}")
        for k, v in c["eval"].items():
            fmt = lambda x: "-" if x is None else f"{x:.3f}"  # noqa: E731
            print(f"{k:<20}{fmt(v['parent']):>10}{fmt(v['candidate']):>11}{fmt(v['delta']):>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
