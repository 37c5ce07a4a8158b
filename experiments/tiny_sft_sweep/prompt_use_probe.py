"""Issue 18 probe: does an SFT adapter read its prompt? Mean loss on fresh composer records with their own prompt
against another record's (whole answer, and its first three tokens: the name).

Run: BASE=DIR python experiments/tiny_sft_sweep/prompt_use_probe.py [ADAPTER_DIR]
"""
import sys, random, torch
from pathlib import Path
from peft import PeftModel
from transformers import AutoModelForCausalLM, AutoTokenizer
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from model_server.corpus import composer_samples
from model_server.train import render_prompt
import os
BASE = os.environ["BASE"]
tok = AutoTokenizer.from_pretrained(BASE)
model = AutoModelForCausalLM.from_pretrained(BASE)
if len(sys.argv) > 1:
    model = PeftModel.from_pretrained(model, sys.argv[1])
model.eval()
rows = composer_samples(40, seed=99, workers=1, fresh_details=1.0)
def loss(prompt_msgs, answer):
    p = tok(render_prompt(tok, prompt_msgs), add_special_tokens=False)["input_ids"]
    a = tok(answer + tok.eos_token, add_special_tokens=False)["input_ids"]
    ids = torch.tensor([p + a]); labels = torch.tensor([[-100] * len(p) + a])
    with torch.no_grad():
        out = model(input_ids=ids, labels=labels)
    # loss on the name tokens: first few answer tokens
    logits = out.logits[0, len(p) - 1:-1]; tgt = torch.tensor(a)
    lp = torch.nn.functional.cross_entropy(logits, tgt, reduction="none")
    return out.loss.item(), lp[:3].mean().item()
rng = random.Random(0)
same = [0, 0]; other = [0, 0]
for i, s in enumerate(rows):
    *ctx, ans = s.messages()
    o = rows[(i + 1) % len(rows)]
    *octx, _ = o.messages()
    a, b = loss(ctx, ans["content"]); c, d = loss(octx, ans["content"])
    same[0] += a; same[1] += b; other[0] += c; other[1] += d
n = len(rows)
print(sys.argv[1:] or "base", "own prompt: loss %.3f first3 %.3f | other's prompt: loss %.3f first3 %.3f" % (same[0]/n, same[1]/n, other[0]/n, other[1]/n))
