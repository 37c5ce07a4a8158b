"""The console's charts as data: what was counted per local day over the last 30 days (turns, drafts by writer,
feedback by kind), feedback by style, and each eval metric across the adapters. A `Chart` renders twice: as the
JSON a static script draws (in a data- attribute: the CSP allows no inline script) and as a small table for a
browser without JavaScript. Empty days are zeros, never gaps, so a quiet day reads as quiet."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from bot.storage.stats import HourCount
from bot.storage.store import Store
from bot.storage.tables import AdapterRow

DAYS = 30
FEEDBACK_KINDS = ("up", "down", "used", "edited")
# The eval metrics charted across adapters: the gated ones in the gates' order (bot.learning.cycle.RULES), then two
# more of quality; counts of scenarios and latencies say nothing about the adapter itself.
METRIC_ORDER = ("guard_pass_rate", "name_use", "length_compliance", "detail_recall", "wrong_zodiac",
                "stock_phrase_rate", "think_leaks", "mean_length", "distinct_2", "style_markers",
                "cross_recipient_overlap")


@dataclass(frozen=True)
class Series:
    label: str  # an i18n key, or a name shown as is (an adapter's, a style's)
    values: list[float | None]


@dataclass(frozen=True)
class Chart:
    id: str
    title: str  # an i18n key
    labels: list[str]  # one per x position: days, or adapters
    series: list[Series]
    kind: Literal["lines", "bars"] = "lines"
    notes: dict[str, str] = field(default_factory=dict)

    def data(self, words: Mapping[str, str]) -> dict[str, Any]:
        """What static/charts.js draws, labels in the page's language."""
        x = words.get("adapter" if self.kind == "bars" else "day", "")
        return {"kind": self.kind, "x": x, "labels": self.labels,
                "series": [{"label": words.get(s.label, s.label), "values": s.values} for s in self.series]}

    def rows(self) -> list[tuple[str, list[float | None]]]:
        """The fallback table: one row per x position, one column per series."""
        return [(label, [s.values[i] for s in self.series]) for i, label in enumerate(self.labels)]

    def total(self, label: str) -> float:
        return sum(v or 0 for s in self.series if s.label == label for v in s.values)


def days_until(today: date, n: int = DAYS) -> list[date]:
    return [today - timedelta(days=n - 1 - i) for i in range(n)]


def since(now: datetime, tz: ZoneInfo, n: int = DAYS) -> datetime:
    """The start of the first charted local day."""
    first = days_until(now.astimezone(tz).date(), n)[0]
    return datetime.combine(first, datetime.min.time(), tz)


def by_day(counts: Iterable[HourCount], days: list[date], tz: ZoneInfo, *,
           label_of=lambda c: c.label) -> dict[str, list[float | None]]:
    """Hourly counts summed per local day, per label; every label gets a value for every day."""
    index = {d: i for i, d in enumerate(days)}
    found: dict[str, list[float | None]] = defaultdict(lambda: [0] * len(days))
    for c in counts:
        i = index.get(c.hour.astimezone(tz).date())
        if i is not None:
            found[label_of(c)][i] = (found[label_of(c)][i] or 0) + c.n
    return found


def _day_labels(days: list[date]) -> list[str]:
    return [d.strftime("%m-%d") for d in days]


async def overview_charts(store: Store, *, tz: ZoneInfo, now: datetime) -> list[Chart]:
    """Messages (turns answered, failed), drafts (model, offline composer) and feedback per day, 30 days."""
    days, start = days_until(now.astimezone(tz).date()), since(now, tz)
    turns = by_day(await store.turns_by_hour(start), days, tz, label_of=lambda c: c.label.split(":", 1)[1])
    drafts = by_day(await store.drafts_by_hour(start), days, tz)
    feedback = by_day(await store.feedback_by_hour(start), days, tz)
    labels, zero = _day_labels(days), [0] * len(days)
    return [
        Chart("messages", "chart_messages", labels, [Series("answered", turns.get("answered", zero)),
                                                     Series("failed", turns.get("failed", zero))]),
        Chart("drafts", "chart_drafts", labels, [Series("model", drafts.get("vllm", zero)),
                                                 Series("offline", drafts.get("composer", zero))]),
        feedback_chart(feedback, labels),
    ]


def feedback_chart(feedback: Mapping[str, list[float | None]], labels: list[str]) -> Chart:
    zero = [0] * len(labels)
    return Chart("feedback", "chart_feedback", labels,
                 [Series(f"fb_{kind}", list(feedback.get(kind, zero))) for kind in FEEDBACK_KINDS])


@dataclass(frozen=True)
class StyleFeedback:
    style: str | None  # None: the drafts had no style recorded
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


async def feedback_over_time(store: Store, *, tz: ZoneInfo, now: datetime) -> tuple[Chart, list[StyleFeedback]]:
    """Feedback per day by kind, and the same 30 days' feedback by the drafts' style (most rated first)."""
    counts = await store.feedback_by_hour(since(now, tz))
    days = days_until(now.astimezone(tz).date())
    styles: dict[str | None, dict[str, int]] = defaultdict(lambda: dict.fromkeys(FEEDBACK_KINDS, 0))
    for c in counts:
        styles[c.group][c.label] = styles[c.group].get(c.label, 0) + c.n
    table = sorted((StyleFeedback(s, dict(v)) for s, v in styles.items()), key=lambda f: -f.total)
    return feedback_chart(by_day(counts, days, tz), _day_labels(days)), table


def adapter_metrics(row: AdapterRow) -> dict[str, float]:
    """An adapter's own eval figures: as the candidate of its cycle, else as the serving side of a later one."""
    measured = (row.metrics or {}).get("eval") or {}
    return {k: v for k, v in (measured.get("candidate") or {}).items() if isinstance(v, (int, float))}


def adapter_charts(rows: list[AdapterRow]) -> list[Chart]:
    """One bar chart per eval metric, the adapters along it (in registry order); an adapter never measured on a
    metric has no bar there (None), not a zero."""
    own = {r.name: adapter_metrics(r) for r in rows}
    for r in rows:  # the serving side of each cycle measured the parent too
        serving = ((r.metrics or {}).get("eval") or {}).get("serving") or {}
        if r.parent in own and not own[r.parent]:
            own[r.parent] = {k: v for k, v in serving.items() if isinstance(v, (int, float))}
    names = [r.name for r in rows]
    present = {m for found in own.values() for m in found}
    ordered = [m for m in METRIC_ORDER if m in present]
    return [Chart(f"metric-{m}", m, names, [Series(m, [own[n].get(m) for n in names])], kind="bars")
            for m in ordered]
