"""Does copying form with more pre-training steps? Copy probe every 900 steps, then LoRA SFT + name-only eval."""
import json
import math
import os
import random
import sys
import time

import torch

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from gpu import D, dev, jl, log, new_model, sft, stream, tokenizer

probe = jl(D / "probe.jsonl"); evals = jl(D / "eval.jsonl")
NAMES = json.loads(os.environ["NAMES"])
@torch.no_grad()
def copy_probe(model, tok, prompts, names, toks=16):
    model.eval(); tok.padding_side = "left"; torch.manual_seed(0)
    enc = tok(prompts, return_tensors="pt", padding=True, add_special_tokens=False).to(dev)
    with torch.autocast(dev, dtype=torch.bfloat16):
        g = model.generate(**enc, do_sample=True, temperature=0.7, top_p=0.8, top_k=20, max_new_tokens=toks, pad_token_id=tok.pad_token_id)
    tok.padding_side = "right"; model.train()
    texts = [tok.decode(x[enc["input_ids"].shape[1]:], skip_special_tokens=True)[:20] for x in g]
    return round(sum(n in t for n, t in zip(names, texts)) / len(names), 3), texts[:3]
steps = int(os.environ.get("STEPS", "4500")); every = int(os.environ.get("EVERY", "900"))
tok = tokenizer("tok6k"); st = stream("tok6k", "corpus.jsonl"); seq = 512; nwin = (len(st) - 1) // seq
model = new_model(tok, "base").train()
decay = [p for p in model.parameters() if p.ndim >= 2]; nod = [p for p in model.parameters() if p.ndim < 2]
opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.1}, {"params": nod, "weight_decay": 0.0}], lr=2e-3, betas=(0.9, 0.95))
rng = random.Random(0); t = time.time(); lr = 2e-3; warmup = 60
rows = jl(D / "sft_base.jsonl") + jl(D / "sft_copies.jsonl")[:378] + jl(D / "sft_composer.jsonl")[:2000]
sft_prompts = [e["prompt"] for e in evals for _ in range(2)]; sft_names = [NAMES[e["i"]] for e in evals for _ in range(2)]
for step in range(steps):
    cur = lr * (step + 1) / warmup if step < warmup else lr * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * (step - warmup) / (steps - warmup))))
    for g in opt.param_groups: g["lr"] = cur
    batch = torch.stack([st[a * seq:(a + 1) * seq] for a in (rng.randrange(nwin) for _ in range(8))])
    with torch.autocast(dev, dtype=torch.bfloat16):
        loss = model(input_ids=batch, labels=batch).loss
    opt.zero_grad(set_to_none=True); loss.backward(); torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0); opt.step()
    if (step + 1) % every == 0:
        rate, ex = copy_probe(model, tok, [p["caption"] for p in probe], [p["name"] for p in probe])
        log(f"step {step+1} loss {loss.item():.3f} caption-copy {rate} {time.time()-t:.0f}s {ex}")
        if (step + 1) in (every, steps):
            m = sft(model, tok, rows, 250)
            r, ex = copy_probe(m, tok, sft_prompts, sft_names, toks=12)
            log(f"  after SFT: prompt name-use {r} {ex}")
            del m
