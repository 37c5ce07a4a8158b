"""Dataset expansion: any OpenAI-compatible endpoint drafts variations of our records; the validator filters them.

For each seed record the endpoint gets exactly the prompt the bot sends (same slots, same holiday) and writes new
greetings; a candidate is kept only if it passes every per-record check and is no near-duplicate of the dataset or
of another candidate. Kept candidates go to a separate file for a person to read before merging.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from bot.writing.compose import MAX_TOKENS, build_messages, clean_draft
from bot.writing.llm import LLMClient, LLMError
from model_server import dataset


@dataclass
class ExpandReport:
    seeds: int
    drafted: int
    kept: int
    rejected: Counter[str]
    errors: int


async def expand(llm: LLMClient, samples: list[dataset.Sample], *, per_seed: int = 2, limit: int | None = None,
                 seed: int = 0) -> tuple[list[dataset.Sample], ExpandReport]:
    """New candidate records drafted from `samples` (train split only, so validation stays unseen)."""
    seeds = [s for s in samples if s.split == "train"]
    random.Random(seed).shuffle(seeds)
    seeds = seeds[:limit] if limit else seeds
    kept: list[dataset.Sample] = []
    rejected: Counter[str] = Counter()
    drafted = errors = 0
    for s in seeds:
        try:
            result = await llm.chat(build_messages(s.request()), n=per_seed, max_tokens=MAX_TOKENS[s.slots.length])
        except LLMError:
            errors += 1
            continue
        for i, text in enumerate(result.texts):
            drafted += 1
            candidate = replace(s, id=f"{s.id}-x{i + 1}", greeting=clean_draft(text))
            problems = dataset.check_sample(candidate)
            if not problems:
                problems = [p for p in dataset.validate([*samples, *kept, candidate]) if p.id == candidate.id]
            if problems:
                rejected.update({p.check for p in problems})
                continue
            kept.append(candidate)
    return kept, ExpandReport(len(seeds), drafted, len(kept), rejected, errors)


def write(samples: list[dataset.Sample], path: Path) -> None:
    dataset.dump(samples, path)
