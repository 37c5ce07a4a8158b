"""Issue 18 probe: does a pre-trained base write a fresh name back from a caption, plainly and as a chat turn?

Run: python experiments/tiny_sft_sweep/chat_probe.py BASE_DIR   (41 validation records, HF sampling, seed 0)
"""
import random, sys, torch
from transformers import AutoModelForCausalLM, AutoTokenizer
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2]))
from model_server import dataset, corpus as C
from model_server.fresh import fresh_name
from model_server.train import render_prompt
from bot.writing.compose import SYSTEM_PROMPT
BASE = sys.argv[1]
tok = AutoTokenizer.from_pretrained(BASE); model = AutoModelForCausalLM.from_pretrained(BASE).eval()
val = [s for s in dataset.load() if s.split == "val" and s.slots.language == "zh"]
rng = random.Random(0); torch.manual_seed(0)
def gen(prefix):
    ids = tok(prefix, return_tensors="pt", add_special_tokens=False)
    with torch.no_grad():
        out = model.generate(**ids, do_sample=True, temperature=0.7, top_p=0.8, top_k=20, max_new_tokens=40)
    return tok.decode(out[0][ids["input_ids"].shape[1]:], skip_special_tokens=True)
res = {"caption": 0, "chat(system+caption)": 0}; n = 0
for i in range(60):
    s = val[i % len(val)]
    name = fresh_name(s.slots.name, rng)
    if name == s.slots.name: continue
    slots = s.slots.__class__(**{**s.slots.to_dict(), "name": name})
    cap = C.caption_for(slots, s.holiday); n += 1
    res["caption"] += name in gen(cap)[:20]
    out = gen(render_prompt(tok, [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": cap.strip().rstrip("：")}]))
    res["chat(system+caption)"] += name in out[:20]
    if n <= 3: print(name, "|", out[:40].replace("\n", " "))
print(n, {k: round(v / n, 2) for k, v in res.items()})
