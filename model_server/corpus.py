"""The pre-training text of the tiny demo model: greeting prose that is ours, written out as plain documents.

Two sources, both built on a fresh clone with nothing beside it:
- the dataset's train-split greetings (hand-written, the voice we want), repeated so that they weigh as much as
  the composer's far more numerous drafts: without that, a small model learns the composer's sentence bank and
  reads the hand-written text as noise;
- drafts of the offline composer for requests recombined from the train split (names, relations and details of
  one record with the holiday, style and length of others), so names and details appear inside the text; most of
  them (`fresh_details`) name a fresh person with a fresh story (`model_server.fresh`), which the model cannot
  recall and so learns to copy from the caption.
The validation split never enters: `greetbot eval` measures on what the model has not seen.

A document is one greeting, most of them after a short caption that says who it is for and what it should mention
("写给发小老王的春节祝福（我们认识二十年了）："), as a greeting anthology would print it. The caption is prose, not the bot's six-slot
prompt; it lets the model learn to carry a name and a detail from what comes before into the text, which is what SFT
then maps onto the prompt format. A share of the captioned documents (`chat_share`) is written as one Qwen3 chat
turn instead (the caption asks, the greeting answers, thinking off), as a chat model's pre-training would have seen
requests answered: without it the model has never seen the chat template's tokens, and the SFT adapter must learn
both the template and where in the prompt to look (2026-12-07, with fresh details: name copy from a caption inside
the chat template 0.00 before, 0.83 after). Optional extra files (`--extra`, e.g. the Tianji wishes corpus for an
experiment) add one greeting per line, or per `"text"`/`"greeting"` field of a jsonl row.
"""

from __future__ import annotations

import hashlib
import json
import random
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from bot.domain import LENGTHS, STYLES, GreetingRequest, Holiday, Slots
from bot.writing import holidays
from model_server import fresh
from model_server.tiny import END_THINK, IM_END, IM_START, THINK

HOLIDAYS = ("春节", "春节", "除夕", "元宵", "中秋", "中秋", "端午", "元旦", "国庆", "七夕", "重阳", "冬至", "生日")
DATASET_REPEATS = 4


@dataclass(frozen=True)
class CorpusConfig:
    requests: int = 30000  # composer requests; each gives `drafts_per_request` drafts
    drafts_per_request: int = 1
    dataset_repeats: int = DATASET_REPEATS
    seed: int = 0
    fresh_details: float = 0.7  # share of composer requests whose name and details are drawn fresh (`fresh`)
    chat_share: float = 0.3  # share of captioned documents written as a chat turn: caption asks, greeting answers


_LENGTH_WORDS = {"<=50": ("短短几句", "五十字以内", "一两句话"), "50-100": ("几十个字", "一百字以内", "不长不短"),
                 "100-200": ("写长一点", "一两百字", "多写几句")}
_STYLE_WORDS = {"传统喜庆": ("喜庆一点", "传统些"), "轻松自然": ("轻松点", "像平时聊天"),
                "LLM科技风": ("带点技术梗", "科技风"), "商务得体": ("得体一点", "正式些")}


def _caption(slots: Slots, holiday: Holiday, rng: random.Random) -> str:
    """How a note before the greeting might say what it is for; a tenth of the documents go without one.

    The clauses (who, the holiday, how it is sent, the tone, the length, what to mention) come in a random order
    and wording, so the model learns to find each one wherever it stands, not at one fixed distance.
    """
    roll = rng.random()
    if roll < 0.1:
        return ""
    if slots.language == "en":
        head = f"For {slots.name} ({slots.relation}), {holidays.english_name(holiday.name)}"
        return head + (f" ({slots.details})" if slots.details and roll < 0.7 else "") + ":\n"
    rel = slots.relation if slots.relation and slots.relation != slots.name else ""
    # The year's animal where it belongs ("羊年春节"), as the prompt's holiday line gives it.
    animal = holiday.zodiac_relevant and holiday.zodiac and rng.random() < 0.7
    when = (f"{holiday.zodiac}年" if animal else "") + holiday.name
    who = rng.choice((f"写给{rel}{slots.name}的{when}祝福", f"{when}，给{slots.name}", f"致{slots.name}（{when}）"))
    extras = []
    if slots.occasion and rng.random() < 0.5:
        extras.append(f"{slots.occasion}发" if slots.occasion in ("微信", "邮件", "群里") else slots.occasion)
    if slots.style and rng.random() < 0.5:
        extras.append(rng.choice(_STYLE_WORDS.get(slots.style, (slots.style,))))
    if slots.length and rng.random() < 0.5:
        extras.append(rng.choice(_LENGTH_WORDS[slots.length]))
    if slots.details and rng.random() < 0.9:
        extras.append(rng.choice(("提到", "说说", "", "记得")) + slots.details)
    rng.shuffle(extras)
    return "，".join([who, *extras]) + "：\n"


def _document(slots: Slots, holiday: Holiday, greeting: str, rng: random.Random, chat_share: float = 0.0) -> str:
    caption = _caption(slots, holiday, rng)
    if caption and rng.random() < chat_share:
        # Qwen3's chat turn with thinking off, as a chat model's pre-training would have seen a request answered.
        ask = caption.rstrip("：:\n")
        return (f"{IM_START}user\n{ask}{IM_END}\n{IM_START}assistant\n{THINK}\n\n{END_THINK}\n\n"
                f"{greeting}{IM_END}\n")
    return caption + greeting


def _requests(samples: list, config: CorpusConfig) -> list[GreetingRequest]:
    """Composer requests recombined from the train split: who and what from one record, the rest drawn."""
    rng = random.Random(config.seed)
    people = [s.slots for s in samples]
    out = []
    for _ in range(config.requests):
        who = rng.choice(people)
        fresh_story = who.language != "en" and rng.random() < config.fresh_details
        who = replace(who, name=fresh.fresh_name(who.name, rng))
        if fresh_story:
            who = replace(who, details=fresh.fresh_details(rng))
        # Short drafts weigh more: more captions (and names to copy) per token trained.
        length = rng.choices(LENGTHS, weights=(5, 3, 2))[0]
        slots = replace(who, style=rng.choice(STYLES), length=length, occasion=rng.choice(
            (who.occasion, "微信", "当面说", "群里", "电话里说")))
        if who.language == "en":
            slots = replace(slots, style=rng.choice(("轻松自然", "商务得体")))
        holiday = fresh.fresh_holiday(rng.choice(HOLIDAYS), rng)
        out.append(GreetingRequest(slots=slots, holiday=holiday, n=config.drafts_per_request))
    return out


def _compose(request: GreetingRequest) -> list[str]:
    from bot.writing.composer.draft import compose_offline

    return compose_offline(request)


def _extra_lines(path: Path) -> list[str]:
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        raw = raw.strip()
        if not raw:
            continue
        if raw.startswith("{"):
            row = json.loads(raw)
            raw = str(row.get("text") or row.get("greeting") or "").strip()
        if raw:
            lines.append(raw)
    return lines


def build_corpus(config: CorpusConfig = CorpusConfig(), *, extra: tuple[Path, ...] = (), workers: int = 2,
                 split: str = "train") -> tuple[list[str], dict]:
    """The documents in a fixed order (same config, same list) and a summary of where they came from.

    `split="val"` builds the held-out counterpart from the validation records (for measuring, never training).
    """
    from model_server import dataset

    rng = random.Random(config.seed + 1)
    train = [s for s in dataset.load() if s.split == split]
    docs = []
    for repeat in range(config.dataset_repeats):
        for s in train:
            slots, holiday, text = s.slots, s.holiday, s.greeting
            if repeat:  # the copies name someone else, in another year
                slots, holiday, text = fresh.elsewhen(slots, holiday, text, rng)
            docs.append(_document(slots, holiday, text, rng, config.chat_share))
    requests = _requests(train, config)
    with ProcessPoolExecutor(max_workers=max(1, workers)) as pool:
        drafted = list(pool.map(_compose, requests, chunksize=64))
    composer = [_document(r.slots, r.holiday, d, rng, config.chat_share)
                for r, drafts in zip(requests, drafted) for d in drafts]
    extra_docs = [line for path in extra for line in _extra_lines(Path(path))]
    docs += composer + extra_docs
    rng.shuffle(docs)
    summary = {"dataset_greetings": len(train), "dataset_repeats": config.dataset_repeats,
               "composer_requests": len(requests), "composer_drafts": len(composer),
               "extra_lines": len(extra_docs), "documents": len(docs)}
    return docs, summary


def write_corpus(docs: list[str], path: Path) -> str:
    """Write one document per jsonl row; returns the file's sha256."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = "".join(json.dumps({"text": d}, ensure_ascii=False) + "\n" for d in docs).encode("utf-8")
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def caption_for(slots: Slots, holiday: Holiday) -> str:
    """The plainest caption for a request ("致王老师（春节），提到…："), as a probe of what the model learned."""
    if slots.language == "en":
        return f"For {slots.name} ({slots.relation}), {holidays.english_name(holiday.name)}:\n"
    return f"致{slots.name}（{holiday.name}）" + (f"，提到{slots.details}" if slots.details else "") + "：\n"


def composer_samples(count: int, *, seed: int = 0, workers: int = 2, fresh_details: float = 0.0) -> list:
    """`count` six-slot records written by the offline composer for recombined train-split requests, each with a
    fresh name: the dataset expanded by our own offline writer (ids `composer-<seed>-<i>`, all in the train split's
    role; the validation records are never used)."""
    from model_server import dataset

    train = [s for s in dataset.load() if s.split == "train"]
    requests = _requests(train, CorpusConfig(requests=count, drafts_per_request=1, seed=seed + 11,
                                             fresh_details=fresh_details))
    with ProcessPoolExecutor(max_workers=max(1, workers)) as pool:
        drafted = list(pool.map(_compose, requests, chunksize=64))
    return [dataset.Sample(f"composer-{seed}-{i}", r.slots, r.holiday, drafts[0])
            for i, (r, drafts) in enumerate(zip(requests, drafted)) if drafts]
