"""Issue 18 probe: SFT whose composer rows name fresh people and tell fresh stories (`model_server.fresh`).

Run: python experiments/tiny_sft_sweep/fresh_sft.py OUT STEPS COMPOSER_ROWS FRESH_SHARE [RENAME_COPIES] [RANK] [LR]
Trains an adapter on the demo model's pre-trained base (built or taken from the cache by `model_server.demo`) and
scores 2 sampled drafts per held-out scenario with the project's metrics (HF generate, as vLLM samples).
"""
import json, os, sys, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import torch
from peft import PeftModel
from transformers import AutoModelForCausalLM, AutoTokenizer
import bot.writing.compose as compose
from model_server import pretrain
from model_server.eval import Draft, Run, load_scenarios, score
from model_server.train import REPORT, train_sft

original = compose.render_user_prompt


def caption_last(request):
    """The slot lines, then one line as a greeting anthology's note would say it (`corpus._caption`'s words): who,
    the year's animal where it belongs, the length, what to mention."""
    s, h = request.slots, request.holiday
    if s.language == "en":
        return original(request)
    rel = s.relation if s.relation and s.relation != s.name else ""
    when = (f"{h.zodiac}年" if h.zodiac_relevant and h.zodiac else "") + h.name
    length = {"<=50": "五十字以内", "50-100": "一百字以内", "100-200": "一两百字"}[s.length or "50-100"]
    return original(request) + f"\n写给{rel}{s.name}的{when}祝福，{length}" + (f"，提到{s.details}" if s.details else "") + "："


if os.environ.get("PROMPT") == "caption_last":
    compose.render_user_prompt = caption_last

KEYS = ("name_use", "length_compliance", "detail_recall", "wrong_zodiac", "mean_length", "think_leaks")


def drafts_of(base, adapter, seed=0, n=2):
    tok = AutoTokenizer.from_pretrained(base)
    model = AutoModelForCausalLM.from_pretrained(base)
    if adapter:
        model = PeftModel.from_pretrained(model, adapter)
    model.eval(); torch.manual_seed(seed)
    scenarios = load_scenarios(); drafts = []
    for s in scenarios:
        prompt = tok.apply_chat_template(compose.build_messages(s.request()), tokenize=False,
                                         add_generation_prompt=True, enable_thinking=False)
        ids = tok(prompt, return_tensors="pt", add_special_tokens=False)
        for _ in range(n):
            with torch.no_grad():
                g = model.generate(**ids, do_sample=True, temperature=0.7, top_p=0.8, top_k=20,
                                   max_new_tokens=compose.MAX_TOKENS[s.slots.length or "50-100"])
            raw = tok.decode(g[0][ids["input_ids"].shape[1]:], skip_special_tokens=True)
            drafts.append(Draft(s, compose.clean_draft(raw), raw))
    return Run("x", scenarios, drafts)


def report(label, run):
    m = score(run).to_dict()
    print(label, json.dumps({k: m[k] for k in KEYS}), flush=True)
    for d in run.drafts[:10:2]:
        print("  ", d.scenario.slots.name, "|", (d.scenario.slots.details or "")[:16], "|",
              d.text[:80].replace("\n", " "), flush=True)
    return m


if __name__ == "__main__":
    out, steps, rows, share = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
    copies = int(sys.argv[5]) if len(sys.argv) > 5 else 2
    rank = int(sys.argv[6]) if len(sys.argv) > 6 else 16
    lr = float(sys.argv[7]) if len(sys.argv) > 7 else 2e-3
    # BASE: a built pre-trained model (its cache key moves with any edit to the corpus code)
    base = Path(os.environ["BASE"]) if os.environ.get("BASE") else pretrain.pretrained(None, pretrain.PretrainConfig())[0]
    t = time.time()
    if not (out / REPORT).exists():
        rep = train_sft(model=str(base), out=out, data=None, max_steps=steps, epochs=1.0, rank=rank, lr=lr,
                        batch_size=8, seed=0, rename_copies=copies, composer_rows=rows, fresh_details=share)
        print("sft", {k: rep[k] for k in ("train_loss_first", "train_loss_last", "eval_loss", "seconds")}, flush=True)
    report(f"{out.name} prompt={os.environ.get('PROMPT', 'bot')} steps={steps} rows={rows} fresh={share} copies={copies} rank={rank} lr={lr}",
           drafts_of(base, out))
    if os.environ.get("BASE_TOO"):  # the pre-trained model with the same prompt, no adapter
        report(f"base prompt={os.environ.get('PROMPT', 'bot')}", drafts_of(base, None))
    print("total s", round(time.time() - t), flush=True)
