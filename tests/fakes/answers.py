"""What the fakes share: canned answers that name their source, a queue of injected answers, sliding-window counts.

An `Answer` is one HTTP answer a platform gives (status, JSON body, headers) plus `source`: the document URL or
SDK/server file it was taken from, so every refusal a fake can give says where it comes from (SOURCES.md lists them).
`AnswerQueue` lets a test say "answer the next matching request with X" (once, or `times` times). `Window` counts
events per key in a sliding window (rate limits). `SendLog` records what a fake accepted, with timestamps, so a test can
ask for "the most sends in any 1-second window per chat" or "per minute per group", and count duplicates.
"""

from __future__ import annotations

import bisect
import threading
from collections import Counter, deque
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any

from fastapi.responses import JSONResponse


@dataclass(frozen=True)
class Answer:
    """One platform answer. `source` says where its shape comes from; `note` says what is not verified."""

    status: int
    body: Any
    source: str
    headers: dict[str, str] = field(default_factory=dict)
    note: str = ""

    def response(self) -> JSONResponse:
        return JSONResponse(self.body, status_code=self.status, headers=self.headers or None)

    @property
    def code(self) -> Any:
        """The platform's own error code in the body (Telegram error_code, Feishu code, DingTalk code/errcode)."""
        if not isinstance(self.body, dict):
            return None
        for key in ("error_code", "code", "errcode"):
            if key in self.body:
                return self.body[key]
        return None


@dataclass
class _Queued:
    answer: Any
    match: Callable[[str], bool]
    left: int


class AnswerQueue:
    """Injected answers, first in first out. `take(target)` pops the first entry whose matcher accepts `target`
    (a method name or an API path); an entry pushed with `times=n` answers n matching requests. Thread-safe."""

    def __init__(self) -> None:
        self._items: deque[_Queued] = deque()
        self._lock = threading.Lock()

    def push(self, answer: Any, *, times: int = 1,
             only: str | Iterable[str] | Callable[[str], bool] | None = None) -> None:
        if times < 1:
            raise ValueError("times must be at least 1")
        if only is None:
            match: Callable[[str], bool] = lambda target: True  # noqa: E731
        elif callable(only):
            match = only
        else:
            names = {only} if isinstance(only, str) else set(only)
            match = lambda target: target in names  # noqa: E731
        with self._lock:
            self._items.append(_Queued(answer, match, times))

    def take(self, target: str) -> Any | None:
        with self._lock:
            for item in self._items:
                if item.match(target):
                    item.left -= 1
                    if item.left == 0:
                        self._items.remove(item)
                    return item.answer
        return None

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        with self._lock:
            return sum(item.left for item in self._items)


class Window:
    """Sliding-window counter per key: at most `limit` events in any `seconds`-long window."""

    def __init__(self, limit: int, seconds: float) -> None:
        self.limit, self.seconds = limit, seconds
        self._events: dict[Hashable, deque[float]] = {}

    def _trim(self, key: Hashable, now: float) -> deque[float]:
        events = self._events.setdefault(key, deque())
        while events and events[0] <= now - self.seconds:
            events.popleft()
        return events

    def wait(self, key: Hashable, now: float) -> float:
        """0 when one more event fits now, else the seconds until the oldest one leaves the window."""
        events = self._trim(key, now)
        return 0.0 if len(events) < self.limit else events[0] + self.seconds - now

    def add(self, key: Hashable, now: float, n: int = 1) -> None:
        self._trim(key, now).extend([now] * n)

    def admit(self, key: Hashable, now: float) -> float:
        """Count the event if it fits (returns 0), else leave the window alone and return the wait."""
        wait = self.wait(key, now)
        if not wait:
            self.add(key, now)
        return wait


def max_in_window(times: Iterable[float], seconds: float) -> int:
    """The most events in any half-open window [t, t + seconds) — the figure a platform's limit is about."""
    ordered = sorted(times)
    return max((bisect.bisect_left(ordered, t + seconds) - i for i, t in enumerate(ordered)), default=0)


@dataclass(frozen=True)
class Entry:
    at: float  # the fake's clock when it accepted the send
    key: Hashable  # chat / group / user the send went to
    item: Any  # what was accepted (the fake's record of the message)


class SendLog:
    """Every send a fake accepted, with its time and target, for windowed counts and duplicate counts."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self._lock = threading.Lock()

    def record(self, at: float, key: Hashable, item: Any = None) -> None:
        with self._lock:
            self.entries.append(Entry(at, key, item))

    def times(self, key: Hashable | None = None) -> list[float]:
        return [e.at for e in list(self.entries) if key is None or e.key == key]

    def max_in_window(self, seconds: float, key: Hashable | None = None) -> int:
        """The most sends in any `seconds` window: to `key`, or the worst key when `key` is None."""
        if key is not None:
            return max_in_window(self.times(key), seconds)
        keys = {e.key for e in list(self.entries)}
        return max((max_in_window(self.times(k), seconds) for k in keys), default=0)

    def max_overall_in_window(self, seconds: float) -> int:
        return max_in_window(self.times(), seconds)

    def duplicates(self, by: Callable[[Entry], Hashable] = lambda e: (e.key, repr(e.item))) -> int:
        """How many accepted sends repeat an earlier one (same `by` value): 0 when each went out once."""
        counts = Counter(by(e) for e in list(self.entries))
        return sum(n - 1 for n in counts.values())

    def __len__(self) -> int:
        return len(self.entries)
