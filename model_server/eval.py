"""Side-by-side evaluation of greeting writers on a fixed scenario set.

A *system* is either a model behind an OpenAI-compatible endpoint (vLLM serving the LoRA adapter, or the base
model for comparison) or the offline composer. Every system writes `n` drafts for every scenario in
`data/scenarios.jsonl` from exactly the prompt the bot sends (`bot.writing.compose.build_messages`) with exactly its
sampling (`bot.writing.llm`), and the drafts are scored with the measures in `bot.writing.quality` and `bot.domain`.

Model requests stream (`stream=True`, `n=1`, repeated `n` times) so that time to first token can be measured. The
scored text is what the bot would show (think blocks stripped, quotes and preambles removed); think tags are
counted on the raw text, before that stripping, so a leak the client hides still shows up here.

    metrics = asyncio.run(run_eval("http://127.0.0.1:8000/v1", "greet", "base", include_composer=True))
    print(format_side_by_side(metrics))
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import urlsplit, urlunsplit

import openai

from bot.domain import DEFAULT_LENGTH, GreetingRequest, Holiday, Slots, fits_length, length_units
from bot.writing import holidays
from bot.writing.compose import MAX_TOKENS, build_messages, clean_draft
from bot.writing.composer.draft import compose_offline
from bot.writing.llm import _request as llm_request
from bot.writing.llm import strip_think
from bot.writing.guard import draft_faults
from bot.writing.quality import detail_fragments, stock_phrase_count, uses_details, wrong_zodiac

log = logging.getLogger(__name__)

SCENARIOS = Path(__file__).resolve().parent / "data" / "scenarios.jsonl"
COMPOSER = "composer"
DEFAULT_TIMEOUT_S = 60.0

# Words that show a draft is in its requested style. Chinese lists match anywhere (case-insensitive for the
# Latin tech words); English lists match at a word start, so "ai" does not fire inside "again".
STYLE_MARKERS: dict[str, dict[str, tuple[str, ...]]] = {
    "zh": {
        "传统喜庆": ("团圆", "喜", "(?<!祝)福", "红火", "阖家", "吉祥", "平安", "年味", "安康", "如意", "兴旺", "圆满",
                 "康泰", "顺遂"),
        "轻松自然": ("哈", "啦", "呀", "吧", "咱", "嘿", "嘛", "呗", "哦", "哇", "~", "～", r"\?", "？"),
        "LLM科技风": ("参数", "迭代", "上线", "bug", "token", "模型", "训练", "推理", "版本", "显存", "对齐", "算力",
                   "代码", "debug", "部署", "GPU", "prompt", "提示词", "梯度", "收敛", "宕机", "缓存", "重启", "升级",
                   "AI", "数据集", "上下文", "发版", "样本", "过拟合", "loss"),
        "商务得体": ("您", "合作", "感谢", "信任", "共赢", "支持", "携手", "诚挚", "谨祝", "敬祝", "恭祝"),
    },
    "en": {
        "传统喜庆": ("bless", "prosper", "fortune", "luck", "reunion", "reunite", "family", "festive", "joy", "harmony",
                 "peace", "abundan", "auspicious", "red envelope", "lantern", "mooncake", "zongzi", "dumpling",
                 "celebrat"),
        "轻松自然": ("haha", "hey", "lol", "gonna", "wanna", "yeah", "btw", "can't wait", "let's", "cheers", "dude",
                 "~", r"\?"),
        "LLM科技风": ("model", "token", "train", "inference", "gpu", "bug", "debug", "deploy", "ship", "release",
                   "version", "upgrade", "parameter", "loss", "prompt", "code", "compil", "latency", "benchmark",
                   "fine-tun", "dataset", r"ai\b", "algorithm", r"api\b", "commit", "merge", "compute", "cache",
                   "reboot", "patch", "iterat", "pipeline", "stack", "server", "uptime", "downtime"),
        "商务得体": ("thank", "grateful", "gratitude", "appreciat", "partnership", "collaborat", "cooperat", "support",
                 "trust", "look forward", "working with", "sincere", "regards", "continued"),
    },
}
_STYLE_RE: dict[tuple[str, str], re.Pattern[str]] = {
    (lang, style): re.compile(
        "|".join(words) if lang == "zh" else "|".join(rf"\b{w}" if w[0].isalpha() else w for w in words), re.I
    )
    for lang, styles in STYLE_MARKERS.items()
    for style, words in styles.items()
}

OVERLAP_ZH_CHARS = 12  # a run this long shared by drafts for different recipients is template text
OVERLAP_EN_WORDS = 4  # the English equivalent, as in the dataset's duplicate check


# Scenarios -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scenario:
    """One request to write for: the slots, and the holiday resolved from its name and the day it is asked on."""

    id: str
    slots: Slots
    holiday: Holiday

    @property
    def language(self) -> str:
        return self.slots.language or "zh"

    def request(self, n: int = 1) -> GreetingRequest:
        return GreetingRequest(slots=self.slots, holiday=self.holiday, n=n)


def parse_scenario(record: dict[str, Any]) -> Scenario:
    """{"id", "slots", "holiday": "春节", "today": "YYYY-MM-DD"} as a `Scenario` (the holiday's next occurrence)."""
    try:
        name = holidays.canonical_name(record["holiday"]) or record["holiday"]
        holiday = holidays.resolve(name, date.fromisoformat(record["today"]))
        return Scenario(str(record["id"]), Slots.from_dict(record["slots"]), holiday)
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"scenario {record.get('id', '?')}: {exc!r}") from None


def load_scenarios(path: Path | str | None = None) -> list[Scenario]:
    with Path(path or SCENARIOS).open(encoding="utf-8") as f:
        return [parse_scenario(json.loads(line)) for line in f if line.strip()]


def _as_scenarios(scenarios: Iterable[Scenario | dict[str, Any]]) -> list[Scenario]:
    return [s if isinstance(s, Scenario) else parse_scenario(s) for s in scenarios]


# Generation ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Draft:
    scenario: Scenario
    text: str  # what is scored: think blocks stripped, cleaned as the bot cleans
    raw: str  # what the model sent


@dataclass
class Run:
    """Everything one system produced on the scenario set, before scoring."""

    system: str
    scenarios: list[Scenario]
    drafts: list[Draft] = field(default_factory=list)
    think_leaks: int = 0  # replies whose raw text (or reasoning channel) carried thinking
    errors: int = 0  # requests that failed or gave no usable text
    ttft_s: list[float] = field(default_factory=list)
    total_s: list[float] = field(default_factory=list)


def _base_url(endpoint: str) -> str:
    """The endpoint as the openai client wants it: "http://host:8000" becomes "http://host:8000/v1"."""
    parts = urlsplit(endpoint.strip().rstrip("/"))
    path = parts.path or "/v1"
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, parts.fragment))


def _has_think(text: str) -> bool:
    return "<think>" in text or "</think>" in text


async def _stream_one(client: openai.AsyncOpenAI, model: str, scenario: Scenario, run: Run,
                      timeout_s: float) -> None:
    request = scenario.request(1)
    body = llm_request(build_messages(request), model, 1, MAX_TOKENS[scenario.slots.length or DEFAULT_LENGTH],
                       0.7, None, "output")
    started = time.perf_counter()
    first: float | None = None
    content: list[str] = []
    reasoning = False
    try:
        stream = await client.chat.completions.create(**body, stream=True, timeout=timeout_s)
        try:
            async for chunk in stream:
                for choice in chunk.choices or ():
                    delta = choice.delta
                    if delta is None:
                        continue
                    text = delta.content or ""
                    # vLLM with a reasoning parser moves thinking out of `content`: still a leak of thinking.
                    thought = getattr(delta, "reasoning_content", None) or getattr(delta, "reasoning", None)
                    if (text or thought) and first is None:
                        first = time.perf_counter()
                    reasoning = reasoning or bool(thought)
                    content.append(text)
        finally:
            await stream.close()
    except Exception as exc:  # any failure is one error; the evaluation goes on
        run.errors += 1
        log.warning("eval %s/%s: request failed: %s: %s", run.system, scenario.id, type(exc).__name__,
                    str(exc)[:200])
        return
    ended = time.perf_counter()
    raw = "".join(content)
    if reasoning or _has_think(raw):
        run.think_leaks += 1
    run.total_s.append(ended - started)
    if first is not None:
        run.ttft_s.append(first - started)
    text = clean_draft(strip_think(raw))
    if not text:
        run.errors += 1  # the bot's client treats an empty answer as a failed call
        return
    run.drafts.append(Draft(scenario, text, raw))


async def generate(system: str, *, endpoint: str | None, model: str | None, scenarios: list, n: int = 2,
                   concurrency: int = 4, api_key: str | None = None,
                   timeout_s: float = DEFAULT_TIMEOUT_S) -> Run:
    """`n` drafts per scenario from the system: the composer when `system == "composer"`, else the endpoint."""
    items = _as_scenarios(scenarios)
    run = Run(system, items)
    if system == COMPOSER:
        for scenario in items:
            started = time.perf_counter()
            texts = compose_offline(scenario.request(n))
            elapsed = time.perf_counter() - started
            run.total_s.append(elapsed)
            run.ttft_s.append(elapsed)  # nothing streams: the first token comes with the last
            run.drafts += [Draft(scenario, t, t) for t in texts]
            run.think_leaks += sum(_has_think(t) for t in texts)
        return run
    if endpoint is None:
        raise ValueError(f"system {system!r} needs an endpoint (only {COMPOSER!r} runs without one)")
    limit = asyncio.Semaphore(max(1, concurrency))
    async with openai.AsyncOpenAI(base_url=_base_url(endpoint), api_key=api_key or "EMPTY", max_retries=0,
                                  timeout=timeout_s) as client:

        async def one(scenario: Scenario) -> None:
            async with limit:
                await _stream_one(client, model or system, scenario, run, timeout_s)

        await asyncio.gather(*(one(s) for s in items for _ in range(max(1, n))))
    # Requests finish in any order; keep drafts in scenario order so runs are comparable.
    order = {s.id: i for i, s in enumerate(items)}
    run.drafts.sort(key=lambda d: order[d.scenario.id])
    return run


# Scoring -------------------------------------------------------------------------------------------


@dataclass
class Metrics:
    n_scenarios: int
    n_drafts: int
    guard_pass_rate: float | None  # share of drafts the bot's draft guard would let a person see (bot/writing/guard.py)
    name_use: float | None  # share of drafts that name the recipient as asked (the 称呼)
    length_compliance: float | None  # share of drafts inside their length bucket
    detail_recall: float | None  # share of drafts (for scenarios with details) using a piece of them
    style_markers: float | None  # share of drafts showing a marker of their requested style
    stock_phrase_rate: float | None  # stock phrases per draft
    wrong_zodiac: int  # drafts naming a zodiac year that does not belong
    think_leaks: int  # replies with <think>/</think> in the raw text (or a reasoning channel)
    distinct_2: float | None  # distinct bigrams / all bigrams over every draft
    cross_recipient_overlap: float | None  # share of drafts sharing a long run with another scenario's draft
    mean_length: float | None  # length units (characters, English words)
    ttft_p50_ms: float | None
    ttft_p95_ms: float | None
    total_p50_ms: float | None
    total_p95_ms: float | None
    errors: int  # requests that failed (HTTP error, timeout, broken stream, empty answer)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def has_style_marker(text: str, style: str | None, language: str = "zh") -> bool:
    pattern = _STYLE_RE.get((language if language in STYLE_MARKERS else "zh", style or ""))
    return bool(pattern and pattern.search(text))


def _tokens(text: str, language: str) -> list[str]:
    if language == "en":
        return re.findall(r"[a-z0-9']+", text.lower())
    return list(re.sub(r"[\W_]+", "", text.lower()))


def distinct_2(drafts: Iterable[Draft]) -> float | None:
    """Distinct bigrams over all bigrams, bigrams taken inside each draft (characters for zh, words for en)."""
    total = 0
    seen: set[tuple[str, str]] = set()
    for d in drafts:
        toks = _tokens(d.text, d.scenario.language)
        grams = list(zip(toks, toks[1:]))
        total += len(grams)
        seen.update(grams)
    return len(seen) / total if total else None


def _runs(d: Draft) -> set[str]:
    toks = _tokens(d.text, d.scenario.language)
    if d.scenario.language == "en":
        k = OVERLAP_EN_WORDS
        # "happy mid autumn festival" is shared by design, not by template.
        allowed = " ".join(_tokens("happy " + holidays.english_name(d.scenario.holiday.name), "en"))
        runs = {" ".join(toks[i:i + k]) for i in range(len(toks) - k + 1)}
        return {r for r in runs if r not in allowed}
    k = OVERLAP_ZH_CHARS
    return {"".join(toks[i:i + k]) for i in range(len(toks) - k + 1)}


def cross_recipient_overlap(drafts: list[Draft]) -> float | None:
    """Share of drafts that share a 12-character run (4 words in English) with a draft for another scenario."""
    if not drafts:
        return None
    owners: dict[str, set[str]] = {}
    runs = [_runs(d) for d in drafts]
    for d, rs in zip(drafts, runs):
        for r in rs:
            owners.setdefault(r, set()).add(d.scenario.id)
    shared = sum(any(owners[r] - {d.scenario.id} for r in rs) for d, rs in zip(drafts, runs))
    return shared / len(drafts)


def percentile(values: list[float], q: float) -> float | None:
    """Linear-interpolated percentile (q in 0..100), None for no values."""
    if not values:
        return None
    xs = sorted(values)
    pos = (len(xs) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def _ms(value: float | None) -> float | None:
    return None if value is None else round(value * 1000, 1)


def _share(hits: int, total: int) -> float | None:
    return hits / total if total else None


def score(run: Run) -> Metrics:
    drafts = run.drafts
    n = len(drafts)
    with_details = [d for d in drafts if detail_fragments(d.scenario.slots.details)]
    return Metrics(
        n_scenarios=len(run.scenarios),
        n_drafts=n,
        guard_pass_rate=_share(sum(not draft_faults(d.text, d.scenario.request()) for d in drafts), n),
        name_use=_share(sum(bool(d.scenario.slots.name) and d.scenario.slots.name.lower() in d.text.lower()
                            for d in drafts), n),
        length_compliance=_share(sum(fits_length(d.text, d.scenario.slots.length or DEFAULT_LENGTH, d.scenario.language)
                                     for d in drafts), n),
        detail_recall=_share(sum(uses_details(d.text, d.scenario.slots.details) for d in with_details),
                             len(with_details)),
        style_markers=_share(sum(has_style_marker(d.text, d.scenario.slots.style, d.scenario.language)
                                 for d in drafts), n),
        stock_phrase_rate=_share(sum(stock_phrase_count(d.text) for d in drafts), n),
        wrong_zodiac=sum(wrong_zodiac(d.text, d.scenario.holiday) for d in drafts),
        think_leaks=run.think_leaks,
        distinct_2=distinct_2(drafts),
        cross_recipient_overlap=cross_recipient_overlap(drafts),
        mean_length=_share(sum(length_units(d.text, d.scenario.language) for d in drafts), n),
        ttft_p50_ms=_ms(percentile(run.ttft_s, 50)),
        ttft_p95_ms=_ms(percentile(run.ttft_s, 95)),
        total_p50_ms=_ms(percentile(run.total_s, 50)),
        total_p95_ms=_ms(percentile(run.total_s, 95)),
        errors=run.errors,
    )


# Entry points --------------------------------------------------------------------------------------


async def evaluate(system: str, *, endpoint: str | None, model: str | None, scenarios: list, n: int = 2,
                   concurrency: int = 4, api_key: str | None = None,
                   timeout_s: float = DEFAULT_TIMEOUT_S) -> Metrics:
    """Metrics of one system on the scenarios (`Scenario`s or their JSON records).

    `system == "composer"` runs the offline composer (no endpoint); any other system streams from `endpoint`
    (the base URL, ".../v1") asking for `model` (default: the system's name).
    """
    run = await generate(system, endpoint=endpoint, model=model, scenarios=scenarios, n=n,
                         concurrency=concurrency, api_key=api_key, timeout_s=timeout_s)
    return score(run)


async def run_eval(endpoint: str, model: str, baseline: str | None, *, scenarios_path: Path | str | None = None,
                   n: int = 2, concurrency: int = 4, include_composer: bool = False, api_key: str | None = None,
                   timeout_s: float = DEFAULT_TIMEOUT_S) -> dict[str, Metrics]:
    """The model, then the baseline model (if any), then the composer (if asked), one after another so that
    their latencies do not disturb each other; keyed by served model name and "composer"."""
    names = [model] + ([baseline] if baseline else [])
    if len(set(names)) != len(names) or COMPOSER in names:
        raise ValueError(f"model and baseline must be distinct served names other than {COMPOSER!r}: {names}")
    scenarios = load_scenarios(scenarios_path)
    results: dict[str, Metrics] = {}
    for name in names:
        results[name] = await evaluate(name, endpoint=endpoint, model=name, scenarios=scenarios, n=n,
                                       concurrency=concurrency, api_key=api_key, timeout_s=timeout_s)
    if include_composer:
        results[COMPOSER] = await evaluate(COMPOSER, endpoint=None, model=None, scenarios=scenarios, n=n)
    return results


def _cell(name: str, value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, int):
        return str(value)
    if name.endswith("_ms") or name == "mean_length":
        return f"{value:.1f}"
    return f"{value:.3f}"


def format_side_by_side(results: dict[str, Metrics]) -> str:
    """One row per metric, one column per system."""
    names = [f.name for f in fields(Metrics)]
    systems = list(results)
    rows = [["metric", *systems]]
    rows += [[name, *(_cell(name, getattr(results[s], name)) for s in systems)] for name in names]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for j, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        lines.append("  ".join(cells).rstrip())
        if j == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)
