"""Issue 18 probe: does the SFT adapter copy the name and details when they are the prompt's last lines?

Needs the model extra (torch, transformers, peft) and the demo model cached by `model_server.demo` (the paths below
are the cache keys of 2026-12-06). Run: python experiments/tiny_sft_sweep/prompt_last.py [OUT_DIR]
"""
import json, os, sys, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import torch
from peft import PeftModel
from transformers import AutoModelForCausalLM, AutoTokenizer
import bot.writing.compose as compose
from model_server.eval import Draft, Run, load_scenarios, score
from model_server.train import train_sft

CACHE = Path(os.environ.get("GREETBOT_CACHE_DIR", Path.home() / ".cache" / "greetbot"))
BASE = CACHE / "tiny-pretrained" / "0ee103e0bfa6d45d"
CONTROL = CACHE / "tiny-sft" / "38ff09424d5f87cb"
OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/prompt_last_sft")
original = compose.render_user_prompt

def last(request):
    lines = original(request).split("\n")
    head = [l for l in lines if not l.startswith(("称呼：", "细节："))]
    tail = [l for l in lines if l.startswith("细节：")] + [l for l in lines if l.startswith("称呼：")]
    return "\n".join(head + tail)

def evaluate(name, adapter, patched):
    compose.render_user_prompt = last if patched else original
    tok = AutoTokenizer.from_pretrained(BASE)
    model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(BASE), adapter)
    model.eval(); torch.manual_seed(0)
    scenarios = load_scenarios(); drafts = []
    for s in scenarios:
        prompt = tok.apply_chat_template(compose.build_messages(s.request()), tokenize=False, add_generation_prompt=True, enable_thinking=False)
        ids = tok(prompt, return_tensors="pt", add_special_tokens=False)
        for _ in range(2):
            with torch.no_grad():
                g = model.generate(**ids, do_sample=True, temperature=0.7, top_p=0.8, top_k=20, max_new_tokens=compose.MAX_TOKENS[s.slots.length or "50-100"])
            raw = tok.decode(g[0][ids["input_ids"].shape[1]:], skip_special_tokens=True)
            drafts.append(Draft(s, compose.clean_draft(raw), raw))
    m = score(Run(name, scenarios, drafts)).to_dict()
    print(name, json.dumps({k: m[k] for k in ("name_use", "length_compliance", "detail_recall", "wrong_zodiac", "mean_length", "think_leaks")}), flush=True)
    for d in drafts[:10:2]:
        print("  ", d.scenario.slots.name, "|", (d.scenario.slots.details or "")[:20], "|", d.text[:70].replace("\n", " "), flush=True)

t = time.time()
evaluate("control (original prompt, demo adapter)", CONTROL, patched=False)
print("eval s", round(time.time() - t), flush=True)
compose.render_user_prompt = last
if not (OUT / "adapter_config.json").exists():
    rep = train_sft(model=str(BASE), out=OUT, data=None, max_steps=300, epochs=1.0, rank=16, lr=2e-3, batch_size=8, seed=0,
                    rename_copies=2, composer_rows=2000)
    print("sft", {k: rep[k] for k in ("train_loss_first", "train_loss_last", "eval_loss", "seconds")}, flush=True)
evaluate("name and details last", OUT, patched=True)
print("total s", round(time.time() - t), flush=True)
