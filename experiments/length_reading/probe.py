"""Does the demo SFT adapter read the prompt's 篇幅 line? A probe, not a test (issue 18's length floor).

For composer greetings written for each length bucket (fresh people, Chinese), the log-probability of the same
greeting under the bot's prompt with each of the three 篇幅 lines: a model that reads the line finds a greeting most
likely under its own bucket (chance: a third). Takes the demo model and adapter from the cache (`model_server.demo`,
built by `bench/training_effect.py` first).
Run: .venv/bin/python experiments/length_reading/probe.py [--per-bucket 10]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

BUCKETS = ("<=50", "50-100", "100-200")


def main() -> int:
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from model_server import pretrain
    from model_server.corpus import composer_samples
    from model_server.demo import DEMO_SFT, sft_cache_dir
    from model_server.train import render_prompt

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-bucket", type=int, default=10)
    args = ap.parse_args()
    config = pretrain.PretrainConfig()
    model_dir = pretrain.cache_dir() / pretrain.cache_key(config)
    adapter_dir = sft_cache_dir(config, DEMO_SFT)
    if not (adapter_dir / "adapter_config.json").exists():
        print(f"no demo adapter at {adapter_dir}: run bench/training_effect.py first", file=sys.stderr)
        return 1
    tok = AutoTokenizer.from_pretrained(model_dir)
    model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32),
                                      adapter_dir).eval()
    samples = [s for s in composer_samples(60 * args.per_bucket, seed=5, fresh_details=1.0)
               if s.slots.language == "zh"]

    def logprob(sample, bucket: str) -> float:
        *context, answer = replace(sample, slots=replace(sample.slots, length=bucket)).messages()
        prompt = tok(render_prompt(tok, context), add_special_tokens=False)["input_ids"]
        completion = tok(answer["content"] + tok.eos_token, add_special_tokens=False)["input_ids"]
        with torch.no_grad():
            logits = model(input_ids=torch.tensor([prompt + completion])).logits[0, len(prompt) - 1:-1]
        return torch.log_softmax(logits, -1).gather(1, torch.tensor(completion)[:, None]).sum().item()

    for own in BUCKETS:
        rows = [[logprob(s, b) for b in BUCKETS] for s in samples if s.slots.length == own][:args.per_bucket]
        hits = sum(max(range(3), key=row.__getitem__) == BUCKETS.index(own) for row in rows)
        means = " ".join(f"{b}={statistics.mean(r[i] for r in rows):.2f}" for i, b in enumerate(BUCKETS))
        print(f"written for {own:8} mean log p under each 篇幅 line: {means} | own line likeliest {hits}/{len(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
