"""Build the artifacts for the GPU experiment: corpora, tokenizers, SFT rows, eval prompts (text only)."""
import json
import time
from pathlib import Path

from bot.writing.compose import build_messages
from model_server import corpus as C
from model_server import dataset, tiny
from model_server.eval import load_scenarios
from model_server.train import renamed_copies, render_prompt

out = Path(__file__).resolve().parent / "data"; out.mkdir(parents=True, exist_ok=True)
t = time.time()
docs, summary = C.build_corpus(C.CorpusConfig(), workers=2)
(out / "corpus.jsonl").write_text("".join(json.dumps({"text": d}, ensure_ascii=False) + "\n" for d in docs))
print("corpus", summary, time.time() - t, flush=True)

# long-caption variant: every clause present, so the name sits further from the greeting
orig = C._caption
def long_caption(slots, holiday, rng):
    if slots.language == "en" or rng.random() < 0.1:
        return orig(slots, holiday, rng)
    rel = slots.relation if slots.relation and slots.relation != slots.name else ""
    parts = [rng.choice((f"写给{rel}{slots.name}的{holiday.name}祝福", f"{holiday.name}，给{slots.name}", f"致{slots.name}（{holiday.name}）"))]
    if slots.relation: parts.append(f"他是我的{slots.relation}" if rng.random()<0.5 else f"关系：{slots.relation}")
    if slots.details: parts.append(rng.choice(("提到", "说说", "", "记得")) + slots.details)
    if slots.occasion: parts.append(f"{slots.occasion}发")
    if slots.style: parts.append(rng.choice(C._STYLE_WORDS.get(slots.style, (slots.style,))))
    if slots.length: parts.append(rng.choice(C._LENGTH_WORDS[slots.length]))
    head, rest = parts[0], parts[1:]; rng.shuffle(rest)
    return "，".join([head, *rest]) + "：\n"
C._caption = long_caption
t = time.time()
docs2, _ = C.build_corpus(C.CorpusConfig(), workers=2)
(out / "corpus_long.jsonl").write_text("".join(json.dumps({"text": d}, ensure_ascii=False) + "\n" for d in docs2))
C._caption = orig
print("corpus_long", time.time() - t, flush=True)

for name, size in (("tok6k", 6000), ("tok12k", 12000)):
    tiny.VOCAB_SIZE = size
    tk = tiny.train_tokenizer(tiny.corpus() + docs, vocab_size=size)
    from transformers import PreTrainedTokenizerFast
    tok = PreTrainedTokenizerFast(tokenizer_object=tk, eos_token=tiny.IM_END, pad_token=tiny.ENDOFTEXT, bos_token=None,
        unk_token=None, model_max_length=1024, padding_side="right", clean_up_tokenization_spaces=False,
        chat_template=tiny.QWEN3_CHAT_TEMPLATE)
    tiny.save_tokenizer(tok, out / name)
    print(name, len(tok), flush=True)

tok = PreTrainedTokenizerFast.from_pretrained(out / "tok6k")
train = [s for s in dataset.load() if s.split == "train"]
val = [s for s in dataset.load() if s.split == "val"]
def rows(samples):
    r = []
    for s in samples:
        *ctx, ans = s.messages()
        r.append({"prompt": render_prompt(tok, ctx), "completion": ans["content"]})
    return r
base_rows = rows(train)
copies = rows(renamed_copies(train, 8, 0))
comp = rows(C.composer_samples(4000, seed=0, workers=2))
for n, r in (("sft_base", base_rows), ("sft_copies", copies), ("sft_composer", comp), ("sft_val", rows(val))):
    (out / f"{n}.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in r))
    print(n, len(r))
ev = []
for i, s in enumerate(load_scenarios()):
    req = s.request()
    ev.append({"i": i, "prompt": render_prompt(tok, build_messages(req)), "length": s.slots.length})
(out / "eval.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in ev))
print("eval", len(ev))
