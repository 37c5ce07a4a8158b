"""The model path of follow-ups: how many of a model's suggestions the checks keep, and what the user then gets.

Issue 23 asks for the guard's acceptance rate on the tiny model and on a model that answers well. A model's
follow-up candidates go through the same steps as in `bot.followup.suggest`: split into single suggestions
(`clean_suggestion`), then the checks every suggestion passes (`checks._fits`); with two or more kept the user gets
the model's, else the rule path's. Printed per model, on a blind set (`bench/followup_quality.py` SETS):
- kept: the share of the model's suggestions the checks keep;
- model used: the share of items where two or more were kept, so the model's suggestions are what the user sees;
- judged: the share of kept suggestions that pass every check of the blind set's judge (`tests/followup_judge.py`).

Models:
- `--endpoint URL --model NAME [--model NAME …]`: any OpenAI-compatible server (vLLM serving our adapter);
- `--demo`: serves the demo tiny model of `model_server.demo` (pre-trained tiny Qwen3, and its SFT adapter `greet`,
  both cached under $GREETBOT_CACHE_DIR, built in minutes on a CPU the first time) with vLLM's CPU build, and
  measures the base and the adapter;
- always: a model that answers well — for each tuning item, the good answer a person wrote for it
  (`followup_tuning_answers_2026-12.json`); what the checks keep of those is the bar a good model's answers meet.
Run: .venv/bin/python bench/followup_model.py [--set blind8] [--limit N] [--demo | --endpoint URL --model NAME]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.followup_quality import DATA, SETS, good_answers_accepted, thread_of  # noqa: E402
from bot.followup.bank import listener  # noqa: E402
from bot.followup.checks import _fits, clean_suggestion  # noqa: E402
from bot.followup.observe import _reply_language, analyse_rules  # noqa: E402
from bot.followup.prompts import build_followup_messages  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.writing.llm import LLMClient, LLMError  # noqa: E402
from tests import followup_judge as judge  # noqa: E402


@dataclass
class Acceptance:
    items: int = 0
    offered: int = 0  # single suggestions the model wrote
    kept: int = 0  # of those, passing the checks
    model_used: int = 0  # items with two or more kept
    judged: int = 0  # kept ones passing the blind set's judge
    failed_calls: int = 0
    example: tuple[str, str, bool] | None = None  # (reply, a suggestion, kept)

    def line(self, name: str) -> str:
        share = (lambda a, b: f"{a / b:.3f}" if b else "-")
        return (f"{name:<22} items {self.items:>4}  suggestions {self.offered:>5}  kept {share(self.kept, self.offered)}"
                f"  model used {share(self.model_used, self.items)}  judged {share(self.judged, self.kept)}"
                f"  failed calls {self.failed_calls}")


async def accept(items: list[dict], llm: LLMClient, model: str) -> Acceptance:
    """Each item's reply to `model`, as `suggest` asks it (rules' reading, n=3), its suggestions through the checks."""
    out = Acceptance()
    for item in items:
        thread = thread_of(item)
        greeting, reply = thread.focus()
        analysis = analyse_rules(greeting, reply, rounds=thread.rounds)
        out.items += 1
        try:
            result = await llm.chat(build_followup_messages(thread, analysis), n=3, max_tokens=160, model=model)
        except LLMError:
            out.failed_calls += 1
            continue
        language, earlier, who = _reply_language(thread, reply), thread.mine(), listener(thread)
        kept = 0
        for raw in result.texts:
            for text in clean_suggestion(raw):
                out.offered += 1
                ok = _fits(text, analysis, language, earlier, who)
                kept += ok
                out.judged += ok and judge.passes(text, item)["all"]
                if out.example is None or (ok and not out.example[2]):
                    out.example = (reply, text, ok)
        out.kept += kept
        out.model_used += kept >= 2
    return out


async def measure(items: list[dict], endpoint: str, models: list[str]) -> dict[str, Acceptance]:
    settings = Settings(llm_base_url=endpoint, llm_timeout_s=120, llm_retries=0, llm_breaker_threshold=10 ** 6)
    async with LLMClient(settings) as llm:
        return {m: await accept(items, llm, m) for m in models}


async def measure_demo(items: list[dict]) -> dict[str, Acceptance]:
    from model_server.demo import demo_model
    from model_server.serve import ServeConfig, start, stop, wait_healthy
    from tests.conftest import free_port

    demo = demo_model(log=lambda line: print(line, file=sys.stderr))
    cfg = ServeConfig(model=str(demo.model), profile="cpu", adapters={"greet": str(demo.adapter)}, port=free_port(),
                      max_lora_rank=max(8, demo.sft_report["rank"]), max_loras=2, max_model_len=1024)
    proc = start(cfg, log_path=Path(tempfile.mkdtemp(prefix="bench-followup-model-")) / "vllm.log")
    try:
        wait_healthy(cfg, proc, timeout_s=600)
        return await measure(items, cfg.base_url, ["base", "greet"])
    finally:
        stop(proc)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=list(SETS), default="blind8")
    ap.add_argument("--limit", type=int, default=0, help="only the first N items (0: all)")
    ap.add_argument("--demo", action="store_true", help="serve the demo tiny model with vLLM and measure it")
    ap.add_argument("--endpoint", default=None, help="an OpenAI-compatible /v1 URL already serving")
    ap.add_argument("--model", action="append", default=[], help="served model name (repeatable)")
    args = ap.parse_args()
    items = json.loads(SETS[args.set].read_text(encoding="utf-8"))["items"]
    items = items[:args.limit] if args.limit else items
    results: dict[str, Acceptance] = {}
    if args.demo:
        results = asyncio.run(measure_demo(items))
    elif args.endpoint:
        results = asyncio.run(measure(items, args.endpoint, args.model or ["greet"]))
    print(f"== follow-ups, model path, on {args.set} ({len(items)} items; checks: bot.followup.checks._fits)")
    for name, acceptance in results.items():
        print(acceptance.line(name))
        if acceptance.example:
            reply, text, ok = acceptance.example
            print(f"{'':<22} e.g. reply {reply[:40]!r} → {text[:60]!r} ({'kept' if ok else 'turned down'})")
    good_answers_accepted()  # the model that answers well: a person's answers to the tuning set
    print(f"(the good answers: {DATA / 'followup_tuning_answers_2026-12.json'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
