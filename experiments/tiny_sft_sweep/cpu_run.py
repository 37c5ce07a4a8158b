import json, os, re, sys, time
from collections import Counter
from pathlib import Path
import torch
from peft import PeftModel
from transformers import AutoModelForCausalLM, AutoTokenizer
from bot.writing.compose import MAX_TOKENS, build_messages, clean_draft
from model_server import corpus as C, dataset, pretrain
from model_server.eval import Draft, Run, load_scenarios, score
from model_server.train import train_sft

out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
steps, sft_steps = int(sys.argv[2]), int(sys.argv[3])
requests = int(os.environ.get("REQ", "30000"))
if os.environ.get("WIDE"):
    text = "".join(s.greeting for s in dataset.load() if s.split == "train")
    common = [c for c, n in Counter(re.findall(r"[\u4e00-\u9fff]", text)).most_common(900) if n >= 3]
    C.SURNAMES = "".join(common)
    C._SWAPPABLE = re.compile(rf"^(?:老|小)?[{C.SURNAMES}](?:{'|'.join(C.TITLES)}|处|董|科长|工|女士|先生)?$|^(?:阿|小)[{C.GIVEN}]$")
t = time.time()
if not (out / "model" / "pretrain_report.json").exists():
    arch = {**pretrain.PRETRAIN_ARCH, **json.loads(os.environ.get("ARCH", "{}"))}
    report = pretrain.pretrain(out / "model", pretrain.PretrainConfig(steps=steps, arch=arch, corpus=C.CorpusConfig(requests=requests)), log=lambda s: None)
    print("pretrain", {k: report[k] for k in ("parameters", "vocab_size", "loss_last", "val_greetings_loss", "val_composer_loss", "name_copy_rate")}, report["seconds"], report["corpus"]["tokens"], flush=True)
sft = train_sft(model=str(out / "model"), out=out / "sft", data=None, max_steps=sft_steps, epochs=1.0, rank=16, lr=2e-3,
                batch_size=8, seed=0, rename_copies=int(os.environ.get("RC", "2")), composer_rows=int(os.environ.get("CR", "2000")))
print("sft", {k: sft[k] for k in ("train_loss_first", "train_loss_last", "eval_loss", "seconds")}, flush=True)
tok = AutoTokenizer.from_pretrained(out / "model")
scenarios = load_scenarios()
for name, model in (("base", AutoModelForCausalLM.from_pretrained(out / "model")),
                    ("sft", PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(out / "model"), out / "sft"))):
    if name == "base" and os.environ.get("NOBASE"): continue
    model.eval(); torch.manual_seed(0); drafts = []
    for s in scenarios:
        prompt = tok.apply_chat_template(build_messages(s.request()), tokenize=False, add_generation_prompt=True, enable_thinking=False)
        ids = tok(prompt, return_tensors="pt", add_special_tokens=False)
        for _ in range(2):
            with torch.no_grad():
                g = model.generate(**ids, do_sample=True, temperature=0.7, top_p=0.8, top_k=20, max_new_tokens=MAX_TOKENS[s.slots.length or "50-100"])
            raw = tok.decode(g[0][ids["input_ids"].shape[1]:], skip_special_tokens=True)
            drafts.append(Draft(s, clean_draft(raw), raw))
    m = score(Run(name, scenarios, drafts))
    print(name, json.dumps({k: m.to_dict()[k] for k in ("name_use", "length_compliance", "detail_recall", "wrong_zodiac", "mean_length", "guard_pass_rate", "think_leaks")}), flush=True)
    for d in drafts[:16:2]:
        print("  ", d.scenario.slots.name, "|", d.scenario.slots.details, "|", d.text[:90].replace("\n", " "), flush=True)
print("total", round(time.time() - t), "s")
