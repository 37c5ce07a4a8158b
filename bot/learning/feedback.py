"""Feedback on drafts: rewards, a per-user preference profile, prompt hints, and DPO/KTO training rows.

Pure logic, no storage: the engine records `FeedbackEvent`s and calls these functions.

Signals, strongest first:
- an edit ("改了再发": the user pastes what they actually sent) says exactly what was wrong: shorter, no emoji,
  less formal... and the edited text is kept as a better answer than the draft;
- "used" / 👍 / 👎 on a draft say less about *why*; they count as weak evidence (`WEAK`).

A profile dimension is `Σ w·s / (Σ w·|s| + PRIOR)` over the events that carry evidence on it (s in -1..1): a
neutral prior worth `PRIOR` full-strength events keeps a couple of events from deciding anything, and hints need
`|value| >= STRONG`, which takes three consistent edits (or six consistent weak signals). Weights decay with the
number of *newer events carrying evidence on the same dimension*: new evidence outweighs old, but events that say
nothing on a dimension (a used draft of the right length) do not erase what was learnt on it. Otherwise a bot that
already adapted would forget why, drift back, and have to be corrected again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from bot.domain import DEFAULT_LENGTH, LENGTH_BOUNDS, LENGTHS, length_bucket_of, length_units
from bot.writing.quality import detail_fragments

FeedbackKind = Literal["used", "up", "down", "edited"]

# Rewards of the rated draft. "edited" is mildly negative: the draft was close enough to start from, but the user
# had to fix it; the edited text itself is worth as much as a draft sent as is (`EDIT_REWARD`).
REWARDS: dict[str, float] = {"used": 1.0, "up": 0.5, "edited": -0.25, "down": -1.0}
EDIT_REWARD = REWARDS["used"]

WEAK = 0.5          # strength of a used/👍/👎 signal relative to an edit's
PRIOR = 2.0         # neutral pseudo-evidence, in full-strength events
STRONG = 0.55       # |dimension| from which it turns into a hint or a length shift: 3 consistent edits reach it
MIN_EVIDENCE = 3    # events (or texts) needed before anything is concluded
MAX_DETAILS = 5
_LENGTH_DEAD_ZONE = 0.1   # an edit changing length by less than 10% is a wording fix, not a length wish
_LENGTH_FULL = 0.3        # ...and one changing it by 30% or more is a full-strength length wish

# Emoji as people type them: pictographs, dingbats/symbols (❤ ✨), and WeChat's bracket codes ([烟花] [福]).
_EMOJI = re.compile(
    "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\u3030\u303D\u3297\u3299]|\\[[\u4e00-\u9fff]{1,4}\\]"
)
# Longest alternatives first so that 大模型 counts once, not also as 模型. Latin words are delimited by letters,
# not \b: Chinese characters are word characters too, and "AI大模型" has no \b after "AI".
_FORMAL = re.compile(
    r"敬祝|恭祝|致以|感谢|顺颂|商祺|敬请|承蒙|鼎力|谨|您"
    r"|(?<![A-Za-z])(?:sincerely|regards|grateful|appreciate)(?![A-Za-z])",
    re.I,
)
_CASUAL = re.compile(
    r"哈哈|嘻嘻|嘿嘿|啦|呀|嘿|哇|嘛|呗|哟|咯|耶|哈|(?<![A-Za-z])(?:haha|lol|hey|yay)(?![A-Za-z])", re.I
)
_TECH = re.compile(
    r"大模型|模型|算力|参数|训练|收敛|过拟合|梯度|调参|代码|显卡|显存|微调|推理|上下文|幻觉|数据集|宕机|程序员"
    r"|(?<![A-Za-z])(?:loss|bugs?|tokens?|prompts?|gpus?|llms?|ai|debug|deploy|api)(?![A-Za-z])",
    re.I,
)


@dataclass(frozen=True)
class FeedbackEvent:
    """One reaction to one draft the user saw."""

    user_key: str            # "platform:user_id"
    greeting_id: int
    kind: FeedbackKind
    draft: str               # the draft text that was rated
    prompt: list[dict]       # the chat messages the draft was generated from (system+user), as sent to the model
    slots: dict              # Slots.to_dict() of the request
    edited_text: str | None = None
    batch: tuple[int, ...] = ()    # ids of sibling drafts shown together (same prompt)
    created_at: datetime | None = None

    def __post_init__(self) -> None:
        if self.kind not in REWARDS:
            raise ValueError(f"unknown feedback kind {self.kind!r}")
        if self.kind == "edited" and not (self.edited_text or "").strip():
            raise ValueError("an 'edited' event needs the text the user actually sent")

    @property
    def reward(self) -> float:
        return REWARDS[self.kind]

    @property
    def edit(self) -> str | None:
        """The edited text when it really differs from the draft (a pasted-back draft is a plain "used")."""
        if self.kind != "edited" or self.edited_text is None:
            return None
        text = self.edited_text.strip()
        return text if text != self.draft.strip() else None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["batch"] = list(self.batch)
        data["created_at"] = self.created_at.isoformat() if self.created_at else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FeedbackEvent:
        created = data.get("created_at")
        return cls(
            user_key=data["user_key"], greeting_id=int(data["greeting_id"]), kind=data["kind"], draft=data["draft"],
            prompt=list(data.get("prompt") or []), slots=dict(data.get("slots") or {}),
            edited_text=data.get("edited_text"), batch=tuple(data.get("batch") or ()),
            created_at=datetime.fromisoformat(created) if created else None,
        )


@dataclass
class PreferenceProfile:
    """What one user's feedback says about the greetings they want; every float is 0 when nothing is known."""

    events: int = 0
    length_bias: float = 0.0                 # <0 wants shorter, >0 longer
    preferred_length: str | None = None      # a LENGTHS bucket when the evidence is clear
    emoji: float = 0.0                       # -1 dislikes .. +1 likes emoji
    formality: float = 0.0                   # -1 casual .. +1 formal
    tech_jokes: float = 0.0                  # -1 dislikes .. +1 likes tech jokes
    details_that_land: list[str] = field(default_factory=list)   # most-rewarded first

    def to_json(self) -> dict[str, Any]:
        return {
            "events": self.events,
            "length_bias": round(self.length_bias, 4),
            "preferred_length": self.preferred_length,
            "emoji": round(self.emoji, 4),
            "formality": round(self.formality, 4),
            "tech_jokes": round(self.tech_jokes, 4),
            "details_that_land": list(self.details_that_land),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any] | None) -> PreferenceProfile:
        d = d or {}
        preferred = d.get("preferred_length")
        return cls(
            events=int(d.get("events", 0)),
            length_bias=float(d.get("length_bias", 0.0)),
            preferred_length=preferred if preferred in LENGTHS else None,
            emoji=float(d.get("emoji", 0.0)),
            formality=float(d.get("formality", 0.0)),
            tech_jokes=float(d.get("tech_jokes", 0.0)),
            details_that_land=[str(x) for x in d.get("details_that_land", [])][:MAX_DETAILS],
        )


# Profile ------------------------------------------------------------------------------------------


def _clamp(x: float, low: float = -1.0, high: float = 1.0) -> float:
    return max(low, min(high, x))


def _sign(x: float) -> float:
    return (x > 0) - (x < 0)


def _recency_weights(n: int, half_life: int) -> list[float]:
    """Weights for n items in chronological order: the newest weighs 1, one `half_life` older weighs 1/2."""
    return [0.5 ** ((n - 1 - i) / half_life) for i in range(n)]


def _dimension(signals: list[float], half_life: int) -> float:
    """Shrunken weighted mean of the signals (chronological, evidence only)."""
    signals = [s for s in signals if s]
    if not signals:
        return 0.0
    weights = _recency_weights(len(signals), half_life)
    num = sum(w * s for w, s in zip(weights, signals))
    den = sum(w * abs(s) for w, s in zip(weights, signals)) + PRIOR
    return _clamp(num / den)


def _chronological(events: Iterable[FeedbackEvent]) -> list[FeedbackEvent]:
    """Events by `created_at` when every one has it, else in the order given (a stable sort keeps ties)."""
    events = list(events)
    if events and all(e.created_at is not None for e in events):
        return sorted(events, key=lambda e: e.created_at)  # type: ignore[arg-type,return-value]
    return events


def _position_in_bucket(text: str, bucket: str) -> float:
    """-1 at the short edge of the bucket's bounds, +1 at the long edge (clamped beyond)."""
    low, high = LENGTH_BOUNDS[bucket]
    mid, half = (low + high) / 2, (high - low) / 2
    return _clamp((length_units(text) - mid) / half)


def _length_signal(e: FeedbackEvent) -> float:
    if (edit := e.edit) is not None:
        before, after = length_units(e.draft), length_units(edit)
        if before == 0:
            return 0.0
        change = after / before - 1
        return 0.0 if abs(change) < _LENGTH_DEAD_ZONE else _clamp(change / _LENGTH_FULL)
    if e.kind == "edited":
        return 0.0
    bucket = e.slots.get("length") if e.slots.get("length") in LENGTH_BOUNDS else DEFAULT_LENGTH
    pos = _position_in_bucket(e.draft, bucket)
    if abs(pos) < 0.2:  # the middle of the bucket: the length was fine, which says nothing about a direction
        return 0.0
    # A liked draft on the short side says "shorter is good"; a disliked one on the long side says the same.
    return WEAK * pos * _sign(_reward(e))


def _delta_signal(e: FeedbackEvent, score) -> float:
    """±1 when an edit raised/lowered `score(text)`; 0 otherwise."""
    edit = e.edit
    return 0.0 if edit is None else _sign(score(edit) - score(e.draft))


def _emoji_count(text: str) -> int:
    return len(_EMOJI.findall(text))


def _formality_score(text: str) -> int:
    return len(_FORMAL.findall(text)) - len(_CASUAL.findall(text))


def _tech_count(text: str) -> int:
    return len(_TECH.findall(text))


def _emoji_signal(e: FeedbackEvent) -> float:
    if e.kind == "edited":
        return _delta_signal(e, _emoji_count)
    # Only drafts with emoji tell anything: a liked draft without one may just never have been offered one.
    return WEAK * _sign(_reward(e)) if _emoji_count(e.draft) else 0.0


def _formality_signal(e: FeedbackEvent) -> float:
    # Formality follows the recipient (领导 vs 发小), so only edits — the user changing the register — count.
    return _delta_signal(e, _formality_score)


def _tech_signal(e: FeedbackEvent) -> float:
    if e.kind == "edited":
        return _delta_signal(e, _tech_count)
    return WEAK * _sign(_reward(e)) if _tech_count(e.draft) else 0.0


def _reward(e: FeedbackEvent) -> float:
    """The draft's reward, with a pasted-back unchanged "edit" counted as used."""
    return REWARDS["used"] if e.kind == "edited" and e.edit is None else e.reward


def _positive_texts(events: list[FeedbackEvent]) -> list[tuple[FeedbackEvent, str, float]]:
    """(event, text, reward) for every text the user was happy to send or liked: used/👍 drafts and edits."""
    out: list[tuple[FeedbackEvent, str, float]] = []
    for e in events:
        if (edit := e.edit) is not None:
            out.append((e, edit, EDIT_REWARD))
        elif _reward(e) > 0:
            out.append((e, e.draft, _reward(e)))
    return out


def landed_fragments(text: str, details: str | None) -> list[str]:
    """The pieces of `details` that the text uses, adjacent 3-character windows merged (一起租 + 起租房 → 一起租房)."""
    spans: list[str] = []
    low = text.lower()
    current: str | None = None
    for frag in detail_fragments(details):
        if frag.lower() not in low:
            if current:
                spans.append(current)
            current = None
            continue
        joined = current + frag[-1] if current and len(frag) == 3 and current[-2:] == frag[:2] else None
        if joined and joined.lower() in low:
            current = joined
        else:
            if current:
                spans.append(current)
            current = frag
    if current:
        spans.append(current)
    return list(dict.fromkeys(spans))


def _details_that_land(positives: list[tuple[FeedbackEvent, str, float]], half_life: int) -> list[str]:
    scores: dict[str, float] = {}
    for w, (e, text, reward) in zip(_recency_weights(len(positives), half_life), positives):
        for span in landed_fragments(text, e.slots.get("details")):
            scores[span] = scores.get(span, 0.0) + w * reward
    # dicts keep first-seen order, and sorted() is stable: ties stay in the order they were first rewarded.
    ranked = sorted(scores, key=lambda s: -scores[s])
    kept: list[str] = []
    for span in ranked:
        if not any(span.lower() in k.lower() for k in kept):  # "一起租" adds nothing once "一起租房" is kept
            kept.append(span)
        if len(kept) == MAX_DETAILS:
            break
    return kept


def _preferred_length(positives: list[tuple[FeedbackEvent, str, float]], half_life: int) -> str | None:
    buckets = [b for _, text, _ in positives if (b := length_bucket_of(text)) is not None]
    if len(buckets) < MIN_EVIDENCE:
        return None
    votes: dict[str, float] = {}
    for w, b in zip(_recency_weights(len(buckets), half_life), buckets):
        votes[b] = votes.get(b, 0.0) + w
    best = max(LENGTHS, key=lambda b: votes.get(b, 0.0))
    return best if votes.get(best, 0.0) >= 2 / 3 * sum(votes.values()) else None


def build_profile(events: Iterable[FeedbackEvent], *, half_life: int = 20) -> PreferenceProfile:
    """The user's preferences from their feedback; recent evidence weighs more (half weight `half_life` back)."""
    if half_life <= 0:
        raise ValueError("half_life must be positive")
    ordered = _chronological(events)
    positives = _positive_texts(ordered)
    return PreferenceProfile(
        events=len(ordered),
        length_bias=_dimension([_length_signal(e) for e in ordered], half_life),
        preferred_length=_preferred_length(positives, half_life),
        emoji=_dimension([_emoji_signal(e) for e in ordered], half_life),
        formality=_dimension([_formality_signal(e) for e in ordered], half_life),
        tech_jokes=_dimension([_tech_signal(e) for e in ordered], half_life),
        details_that_land=_details_that_land(positives, half_life),
    )


# Using the profile --------------------------------------------------------------------------------


def prompt_hints(profile: PreferenceProfile, *, details: str | None = None) -> list[str]:
    """Short Chinese wishes for the prompt's 补充要求, only where the evidence is strong.

    Details that landed belong to the recipient they were written for: pass the current request's `details` and
    only pieces of those are suggested; without it, the profile's top two are.
    """
    if profile.events < MIN_EVIDENCE:
        return []
    hints: list[str] = []
    if profile.length_bias <= -STRONG:
        hints.append("比平时再短一些")
    elif profile.length_bias >= STRONG:
        hints.append("比平时再长一些")
    if profile.emoji <= -STRONG:
        hints.append("不用表情")
    elif profile.emoji >= STRONG:
        hints.append("可以带一两个表情")
    if profile.formality <= -STRONG:
        hints.append("语气随意些，像平时聊天")
    elif profile.formality >= STRONG:
        hints.append("语气再正式一些")
    if profile.tech_jokes <= -STRONG:
        hints.append("少用技术梗")
    elif profile.tech_jokes >= STRONG:
        hints.append("可以带点技术梗")
    landed = profile.details_that_land
    if details is not None:
        landed = [d for d in landed if d.lower() in details.lower()]
    if landed:
        hints.append("可以多提：" + "、".join(landed[:2]))
    return hints


def adjust_length(bucket: str, profile: PreferenceProfile) -> str:
    """The default bucket moved one step toward a strong length bias; the caller skips this when the user asked."""
    if bucket not in LENGTHS:
        raise ValueError(f"unknown length bucket {bucket!r}")
    i = LENGTHS.index(bucket)
    if profile.length_bias <= -STRONG and i > 0:
        return LENGTHS[i - 1]
    if profile.length_bias >= STRONG and i < len(LENGTHS) - 1:
        return LENGTHS[i + 1]
    return bucket


# Training rows (TRL's conversational shapes, exactly TRL's columns) ----------------------------------


def _clean_prompt(prompt: list[dict]) -> list[dict[str, str]]:
    # Only role/content: extra keys would become extra struct fields that trainers and templates do not expect.
    return [{"role": str(m["role"]), "content": str(m["content"])} for m in prompt]


def _assistant(text: str) -> list[dict[str, str]]:
    return [{"role": "assistant", "content": text}]


def _graded_texts(events: Iterable[FeedbackEvent]) -> list[tuple[list[dict[str, str]], list[tuple[str, float]]]]:
    """Per prompt (first-seen order): each rated text with its net value, the mean reward of what was said of it.

    The edited text is worth `EDIT_REWARD`; its draft gets the edit's -0.25. A draft rated twice (👍 then used)
    is one text; contradicting ratings average out, and a text whose value nets to 0 says nothing.
    """
    groups: dict[str, tuple[list[dict[str, str]], dict[str, list[float]]]] = {}
    for e in _chronological(events):
        prompt = _clean_prompt(e.prompt)
        key = json.dumps(prompt, ensure_ascii=False, sort_keys=True)
        _, rewards = groups.setdefault(key, (prompt, {}))
        draft = e.draft.strip()
        if draft:
            rewards.setdefault(draft, []).append(_reward(e))
        if (edit := e.edit) is not None:
            rewards.setdefault(edit, []).append(EDIT_REWARD)
    return [
        (prompt, [(text, sum(r) / len(r)) for text, r in rewards.items()])
        for prompt, rewards in groups.values()
    ]


def export_dpo(events: Iterable[FeedbackEvent]) -> list[dict]:
    """TRL preference rows: every net-liked text over every net-disliked text of the same prompt.

    Chosen are used/👍 drafts and edited texts, rejected are 👎 drafts and drafts the user had to edit. Siblings the
    user merely did not pick are left out: several drafts can be good, and not picking one is no verdict on it.
    """
    rows: list[dict] = []
    for prompt, graded in _graded_texts(events):
        # Best chosen and worst rejected first; sorted() is stable, so ties keep first-seen order.
        chosen = sorted((t for t in graded if t[1] > 0), key=lambda t: -t[1])
        rejected = sorted((t for t in graded if t[1] < 0), key=lambda t: t[1])
        for good, _ in chosen:
            for bad, _ in rejected:
                rows.append({"prompt": prompt, "chosen": _assistant(good), "rejected": _assistant(bad)})
    return rows


def export_kto(events: Iterable[FeedbackEvent]) -> list[dict]:
    """TRL unpaired preference rows: one per rated text and prompt, `label` whether its net feedback is positive.

    An edit gives two rows (the edited text True, the draft False); 👍/used True, 👎 False. The same text rated
    twice for the same prompt is one row, so a draft 👍'd and then used does not count double.
    """
    return [
        {"prompt": prompt, "completion": _assistant(text), "label": value > 0}
        for prompt, graded in _graded_texts(events)
        for text, value in graded
        if value != 0
    ]


def write_jsonl(rows: Iterable[dict], path: str | Path) -> int:
    """Rows as UTF-8 JSON lines (Chinese unescaped, readable); returns how many were written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def read_jsonl(path: str | Path) -> list[dict]:
    with Path(path).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]
