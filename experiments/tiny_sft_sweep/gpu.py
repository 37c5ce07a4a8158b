"""GPU sweep: pretrain variants of the tiny Qwen3, LoRA-SFT each, sample eval drafts. Self-contained (torch,
transformers, peft). Writes $OUT/results.jsonl (drafts) and $OUT/log.txt."""
import copy
import json
import math
import os
import random
import time
from pathlib import Path

import torch
from peft import LoraConfig, get_peft_model
from transformers import PreTrainedTokenizerFast, Qwen3Config, Qwen3ForCausalLM

D = Path(__file__).resolve().parent / "data"; OUT = Path(os.environ.get("OUT", "/tmp/out")); OUT.mkdir(parents=True, exist_ok=True)
dev = "cuda" if torch.cuda.is_available() else "cpu"
QUICK = os.environ.get("QUICK") == "1"
MAX_TOKENS = {"<=50": 120, "50-100": 220, "100-200": 400}
TARGETS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
LOG = open(OUT / "log.txt", "a")
def log(*a):
    s = " ".join(str(x) for x in a); print(s, flush=True); LOG.write(s + "\n"); LOG.flush()
def jl(p): return [json.loads(l) for l in open(p, encoding="utf-8")]

ARCHS = {
    "base": dict(hidden_size=256, intermediate_size=768, num_hidden_layers=4, num_attention_heads=2, num_key_value_heads=1, head_dim=128),
    "deep8": dict(hidden_size=192, intermediate_size=512, num_hidden_layers=8, num_attention_heads=2, num_key_value_heads=1, head_dim=128),
    "h4": dict(hidden_size=256, intermediate_size=768, num_hidden_layers=4, num_attention_heads=4, num_key_value_heads=2, head_dim=128),
}
_toks, _streams = {}, {}
def tokenizer(name):
    if name not in _toks: _toks[name] = PreTrainedTokenizerFast.from_pretrained(D / name)
    return _toks[name]
def stream(tokname, corpus):
    key = (tokname, corpus)
    if key not in _streams:
        tok = tokenizer(tokname); eot = tok.convert_tokens_to_ids("<|endoftext|>")
        docs = [r["text"] for r in jl(D / corpus)]
        s = []
        for ids in tok(docs, add_special_tokens=False)["input_ids"]: s += ids + [eot]
        _streams[key] = torch.tensor(s, device=dev)
        log("stream", key, len(s))
    return _streams[key]

def new_model(tok, arch, seed=0):
    i = tok.convert_tokens_to_ids
    cfg = Qwen3Config(vocab_size=len(tok), max_position_embeddings=1024, **ARCHS[arch], hidden_act="silu", rms_norm_eps=1e-6,
        initializer_range=0.02, tie_word_embeddings=True, rope_parameters={"rope_type": "default", "rope_theta": 1e6},
        attention_bias=False, use_sliding_window=False, bos_token_id=i("<|endoftext|>"), eos_token_id=i("<|im_end|>"),
        pad_token_id=i("<|endoftext|>"))
    torch.manual_seed(seed)
    return Qwen3ForCausalLM(cfg).to(dev)

def pretrain(tokname, corpus, arch, steps, lr=2e-3, warmup=60, bs=8, seq=512, seed=0):
    tok = tokenizer(tokname); st = stream(tokname, corpus); nwin = (len(st) - 1) // seq
    model = new_model(tok, arch, seed).train()
    params = sum(p.numel() for p in model.parameters())
    decay = [p for p in model.parameters() if p.ndim >= 2]; nod = [p for p in model.parameters() if p.ndim < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.1}, {"params": nod, "weight_decay": 0.0}], lr=lr, betas=(0.9, 0.95))
    rng = random.Random(seed); t = time.time(); curve = []
    for step in range(steps):
        if step < warmup: cur = lr * (step + 1) / warmup
        else: cur = lr * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * (step - warmup) / max(1, steps - warmup))))
        for g in opt.param_groups: g["lr"] = cur
        batch = torch.stack([st[a * seq:(a + 1) * seq] for a in (rng.randrange(nwin) for _ in range(bs))])
        with torch.autocast(dev, dtype=torch.bfloat16):
            loss = model(input_ids=batch, labels=batch).loss
        opt.zero_grad(set_to_none=True); loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0); opt.step()
        if step % 300 == 0 or step == steps - 1: curve.append((step, round(loss.item(), 3)))
    log(f"pretrain {tokname} {corpus} {arch} steps={steps} params={params} {time.time()-t:.0f}s curve={curve}")
    return model.eval()

def encode_rows(tok, rows):
    eos = tok.convert_tokens_to_ids("<|im_end|>"); out = []
    for r in rows:
        p = tok(r["prompt"], add_special_tokens=False)["input_ids"]; c = tok(r["completion"], add_special_tokens=False)["input_ids"] + [eos]
        ids = (p + c)[:1024]; lab = ([-100] * len(p) + c)[:1024]; out.append((ids, lab))
    return out

def sft(base, tok, rows, steps, rank=16, lr=2e-3, bs=8, full=False, seed=0):
    model = copy.deepcopy(base).train()
    if not full:
        model = get_peft_model(model, LoraConfig(r=rank, lora_alpha=2 * rank, lora_dropout=0.05, target_modules=TARGETS, bias="none", task_type="CAUSAL_LM"))
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.0)
    data = encode_rows(tok, rows); rng = random.Random(seed); order = []
    pad = tok.convert_tokens_to_ids("<|endoftext|>"); t = time.time(); curve = []
    for step in range(steps):
        for g in opt.param_groups: g["lr"] = lr * (1 - step / steps)
        if len(order) < bs: order += rng.sample(range(len(data)), len(data))
        idx, order = order[:bs], order[bs:]
        L = max(len(data[i][0]) for i in idx)
        ids = torch.tensor([data[i][0] + [pad] * (L - len(data[i][0])) for i in idx], device=dev)
        lab = torch.tensor([data[i][1] + [-100] * (L - len(data[i][1])) for i in idx], device=dev)
        att = torch.tensor([[1] * len(data[i][0]) + [0] * (L - len(data[i][0])) for i in idx], device=dev)
        with torch.autocast(dev, dtype=torch.bfloat16):
            loss = model(input_ids=ids, attention_mask=att, labels=lab).loss
        opt.zero_grad(set_to_none=True); loss.backward(); opt.step()
        if step % 100 == 0 or step == steps - 1: curve.append((step, round(loss.item(), 3)))
    log(f"  sft steps={steps} rank={rank} lr={lr} full={full} rows={len(rows)} {time.time()-t:.0f}s curve={curve}")
    return model.eval()

@torch.no_grad()
def val_loss(model, tok, rows):
    data = encode_rows(tok, rows); tot = n = 0
    for ids, lab in data:
        with torch.autocast(dev, dtype=torch.bfloat16):
            l = model(input_ids=torch.tensor([ids], device=dev), labels=torch.tensor([lab], device=dev)).loss
        k = sum(1 for x in lab if x != -100) - 0; tot += l.item() * k; n += k
    return round(tot / n, 3)

@torch.no_grad()
def sample(model, tok, evals, n=2, seed=0):
    torch.manual_seed(seed); out = []
    tok.padding_side = "left"
    eos = tok.convert_tokens_to_ids("<|im_end|>"); pad = tok.convert_tokens_to_ids("<|endoftext|>")
    for length in MAX_TOKENS:
        group = [e for e in evals if (e["length"] or "50-100") == length]
        if not group: continue
        prompts = [e["prompt"] for e in group for _ in range(n)]
        enc = tok(prompts, return_tensors="pt", padding=True, add_special_tokens=False).to(dev)
        with torch.autocast(dev, dtype=torch.bfloat16):
            g = model.generate(**enc, do_sample=True, temperature=0.7, top_p=0.8, top_k=20, max_new_tokens=MAX_TOKENS[length], eos_token_id=eos, pad_token_id=pad)
        for j, e in enumerate([e for e in group for _ in range(n)]):
            new = g[j][enc["input_ids"].shape[1]:].tolist()
            stopped = eos in new
            if stopped: new = new[:new.index(eos)]
            out.append({"i": e["i"], "text": tok.decode(new, skip_special_tokens=True), "stopped": stopped})
    tok.padding_side = "right"
    return out

def main():
    plan = json.loads(os.environ.get("PLAN") or open(D / "plan.json").read())
    evals = jl(D / "eval.jsonl"); val_rows = jl(D / "sft_val.jsonl")
    res = open(OUT / "results.jsonl", "a")
    bases = {}
    for v in plan:
        t = time.time()
        key = (v["tok"], v["corpus"], v["arch"], v["steps"])
        if key not in bases:
            bases = {key: pretrain(*key)}
        base = bases[key]; tok = tokenizer(v["tok"])
        rows = []
        for name, k in v["sft_data"].items():
            r = jl(D / f"{name}.jsonl"); rows += r[:k] if k else r
        if v.get("eval_base"):
            for d in sample(base, tok, evals): res.write(json.dumps({"variant": v["name"] + ":base", **d}, ensure_ascii=False) + "\n")
        m = sft(base, tok, rows, v["sft_steps"], v.get("rank", 16), v.get("lr", 2e-3), full=v.get("full", False))
        vl = val_loss(m, tok, val_rows)
        for d in sample(m, tok, evals): res.write(json.dumps({"variant": v["name"], **d}, ensure_ascii=False) + "\n")
        res.flush()
        log(f"variant {v['name']} val_loss={vl} total {time.time()-t:.0f}s")
if __name__ == '__main__':
    main()
