"""One CPU run of the copy-rewarding corpus idea: unguessable fresh names (any of the dataset's common characters as
the surname) and captions that say how the person is addressed (称呼他老秦, 开头叫她阿妍) right before the greeting.
Pre-trains with the landed config, LoRA-SFTs as landed, then samples 40 scenarios × 2 with HF generate and scores
name / length / detail / zodiac with the project's metrics.
Run: .venv/bin/python experiments/tiny_sft_sweep/copy_corpus.py OUT_DIR
"""
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import torch
from peft import PeftModel
from transformers import AutoModelForCausalLM, AutoTokenizer

from bot.writing.compose import MAX_TOKENS, build_messages, clean_draft
from model_server import corpus as C
from model_server import dataset, pretrain
from model_server.eval import Draft, Run, load_scenarios, score
from model_server.train import train_sft

out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
text = "".join(s.greeting for s in dataset.load() if s.split == "train")
common = [c for c, n in Counter(re.findall(r"[\u4e00-\u9fff]", text)).most_common(900) if n >= 3]
C.SURNAMES = "".join(common)  # names no prior can guess: only copying finds them
C._SWAPPABLE = re.compile(rf"^(?:老|小)?[{C.SURNAMES}](?:{'|'.join(C.TITLES)}|处|董|科长|工|女士|先生)?$|^(?:阿|小)[{C.GIVEN}]$")
orig = C._caption


def caption(slots, holiday, rng):
    base = orig(slots, holiday, rng)
    if slots.language == "en" or not slots.name or rng.random() < 0.4:
        return base
    said = rng.choice(("称呼", "开头称呼", "叫", "称呼他" if rng.random() < 0.5 else "称呼她"))
    head = base[:-2] if base.endswith("：\n") else (base.rstrip("\n") or f"{holiday.name}祝福")
    return f"{head}，{said}{slots.name}：\n"


C._caption = caption
t = time.time()
report = pretrain.pretrain(out / "model", pretrain.PretrainConfig())
print("pretrain", {k: report[k] for k in ("loss_last", "val_greetings_loss", "val_composer_loss", "name_copy_rate")},
      report["seconds"], flush=True)
C._caption = orig
sft = train_sft(model=str(out / "model"), out=out / "sft", data=None, max_steps=250, epochs=1.0, rank=16, lr=2e-3,
                batch_size=8, seed=0, rename_copies=2, composer_rows=2000)
print("sft", {k: sft[k] for k in ("train_loss_first", "train_loss_last", "eval_loss", "seconds")}, flush=True)
tok = AutoTokenizer.from_pretrained(out / "model")
scenarios = load_scenarios()
for name, model in (("base", AutoModelForCausalLM.from_pretrained(out / "model")),
                    ("sft", PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(out / "model"), out / "sft"))):
    model.eval(); torch.manual_seed(0); drafts = []
    for s in scenarios:
        prompt = tok.apply_chat_template(build_messages(s.request()), tokenize=False, add_generation_prompt=True,
                                         enable_thinking=False)
        ids = tok(prompt, return_tensors="pt", add_special_tokens=False)
        for _ in range(2):
            with torch.no_grad():
                g = model.generate(**ids, do_sample=True, temperature=0.7, top_p=0.8, top_k=20,
                                   max_new_tokens=MAX_TOKENS[s.slots.length or "50-100"])
            raw = tok.decode(g[0][ids["input_ids"].shape[1]:], skip_special_tokens=True)
            drafts.append(Draft(s, clean_draft(raw), raw))
    m = score(Run(name, scenarios, drafts))
    print(name, json.dumps({k: m.to_dict()[k] for k in ("name_use", "length_compliance", "detail_recall",
                                                          "wrong_zodiac", "mean_length")}), flush=True)
    for d in drafts[:10:2]:
        print("  ", d.scenario.slots.name, "|", d.text[:90].replace("\n", " "), flush=True)
print("total", round(time.time() - t), "s")
