"""What every platform adapter is: verify → parse → send, plus the pieces they share (limits, retries).

Adapters hold no business rules: they turn a platform's webhook into `IncomingMessage`s and an
`OutgoingMessage` into the platform's send call. Group rules, ownership of buttons and everything else live in
`bot/`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol, TypeVar, runtime_checkable

import httpx

# SendFailed lives with the domain (bot/ catches it without importing adapters); adapters raise it from here.
from bot.domain import IncomingMessage, OutgoingMessage, SendFailed

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class WebhookRequest:
    """An HTTP request as the platform sent it: header names lower-cased, the raw body untouched."""

    headers: Mapping[str, str]
    body: bytes
    query: Mapping[str, str] = field(default_factory=dict)
    received_at: float = field(default_factory=time.time)


@dataclass(frozen=True)
class WebhookResult:
    """The messages to store, and the JSON body to answer with (e.g. a URL-verification challenge)."""

    messages: list[IncomingMessage] = field(default_factory=list)
    response: dict[str, Any] | None = None


MAX_JSON_DEPTH = 64  # our platforms' payloads nest about ten deep; far deeper is an attack on the parser
_BRACKETS = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]')  # strings skipped whole, so brackets inside them don't count


def load_json(raw: bytes | str, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """The JSON value in `raw`, or None when it is not UTF-8 JSON or nests deeper than `max_depth`.

    Checked before `json.loads`, whose recursion on `[[[[…` ends in RecursionError (a 500 and a traceback for
    an unauthenticated caller); the scan is linear and allocates nothing per bracket.
    """
    data = raw.encode() if isinstance(raw, str) else raw
    depth = 0
    openers = data.count(b"[") + data.count(b"{")
    for m in _BRACKETS.finditer(data) if openers > max_depth else ():  # fewer openers cannot nest deeper
        token = m.group()
        if token in (b"[", b"{"):
            depth += 1
            if depth > max_depth:
                return None
        elif token in (b"]", b"}"):
            depth -= 1
    try:
        return json.loads(data)
    except (ValueError, RecursionError):  # not JSON, not UTF-8 (UnicodeDecodeError is a ValueError)
        return None


@dataclass(frozen=True)
class Finding:
    """One line of `greetbot platforms check|setup`: a fact about a platform's set-up, and whether it is fine."""

    platform: str
    text: str
    level: str = "ok"  # ok | warning (works, but something should change) | error (does not work)


class VerificationFailed(Exception):
    """A forged, unsigned or stale request: answered with `status` and never stored."""

    def __init__(self, reason: str, status: int = 401) -> None:
        super().__init__(reason)
        self.status = status


class RetryLater(Exception):
    """A send that may succeed later (5xx, 429, network); `after_s` is the platform's Retry-After if it gave one."""

    def __init__(self, detail: str, after_s: float | None = None) -> None:
        super().__init__(detail)
        self.after_s = after_s


@runtime_checkable
class Adapter(Protocol):
    platform: ClassVar[str]
    path: ClassVar[str]  # the webhook route, e.g. "/webhook/telegram"

    async def start(self) -> None: ...
    async def stop(self) -> None: ...

    def verify(self, req: WebhookRequest) -> None:
        """Raise `VerificationFailed` unless the request provably comes from the platform, and is fresh."""

    def replay_key(self, req: WebhookRequest) -> tuple[str, float] | None:
        """For a signature that does not cover the body: (the signature, how long it stays valid), so the service
        lets one signature carry one body only; None where the signature covers the body (a repeat is a redelivery,
        which the inbox dedupes)."""

    def parse(self, req: WebhookRequest) -> WebhookResult:
        """The messages in a verified request; unknown or empty events give an empty result, never an error."""

    async def send(self, msg: OutgoingMessage) -> list[str]:
        """Deliver one reply (rate-limited, retried); raise `SendFailed` when the platform refuses it for good.
        The platform's ids of the messages posted (a reply to one of them names it), where the platform says."""

    async def received(self, msg: IncomingMessage) -> None:
        """Called once a message is stored, before its turn runs: where the platform's UI waits on us (a tapped
        button's spinner) it is answered here, at once."""

    async def check(self) -> list[Finding]:
        """After `start()` (which proves the credentials): what the platform says about our set-up."""

    async def setup(self, public_url: str) -> list[Finding]:
        """Register our webhook at `public_url` where the platform has an API for it, else say what to paste in
        its console."""


class TokenBucket:
    """`rate` tokens per second up to `burst`; `acquire` waits for a token (clock and sleep injectable)."""

    def __init__(self, rate: float, burst: float, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self.rate, self.burst = rate, burst
        self.tokens = burst
        self.clock, self.sleep = clock, sleep
        self.updated = clock()
        self._lock = asyncio.Lock()

    def _refill(self) -> None:
        now = self.clock()
        self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    async def acquire(self) -> None:
        async with self._lock:  # FIFO: waiters are served in arrival order
            self._refill()
            while self.tokens < 1:
                await self.sleep((1 - self.tokens) / self.rate)
                self._refill()
            self.tokens -= 1

    def pause(self, seconds: float) -> None:
        """The platform said Retry-After: empty the bucket so nobody sends before that."""
        self.tokens = min(self.tokens, 1 - seconds * self.rate)


@dataclass(frozen=True)
class Limit:
    rate: float  # messages per second
    burst: float


class SharedBudget(Protocol):
    """Send budgets kept where every replica sees them (the database): `take` waits until a send under `key` fits
    `rate`/`burst` across all replicas; `pause` keeps everyone off `key` for `seconds` (a Retry-After)."""

    async def take(self, key: str, rate: float, burst: float) -> None: ...

    async def pause(self, key: str, rate: float, burst: float, seconds: float) -> None: ...


class RateLimiter:
    """A global bucket plus one bucket per chat, as the platforms count them: in this process, or in a
    `SharedBudget` once `share` is called (several replicas must stay under one bot's limits together)."""

    def __init__(self, overall: Limit, per_chat: Limit | None = None, *, group: Limit | None = None) -> None:
        self.overall_limit = overall
        self.overall = TokenBucket(overall.rate, overall.burst)
        self.per_chat, self.group = per_chat, group
        self._chats: dict[str, TokenBucket] = {}
        self._shared: SharedBudget | None = None
        self.throttled = 0  # the platform's answers that said wait (Retry-After), since start: shown on the console

    def share(self, budget: SharedBudget) -> None:
        self._shared = budget

    def _chat_limit(self, is_group: bool) -> Limit | None:
        return self.group if is_group and self.group else self.per_chat

    def _chat_bucket(self, chat_id: str, is_group: bool) -> TokenBucket | None:
        limit = self._chat_limit(is_group)
        if limit is None:
            return None
        if chat_id not in self._chats:
            self._chats[chat_id] = TokenBucket(limit.rate, limit.burst)
        return self._chats[chat_id]

    async def acquire(self, chat_id: str, *, is_group: bool = False) -> None:
        if self._shared is not None:
            if (limit := self._chat_limit(is_group)) is not None:
                await self._shared.take(f"chat:{chat_id}", limit.rate, limit.burst)
            await self._shared.take("all", self.overall_limit.rate, self.overall_limit.burst)
            return
        bucket = self._chat_bucket(chat_id, is_group)
        if bucket is not None:
            await bucket.acquire()
        await self.overall.acquire()

    def pause(self, chat_id: str | None, seconds: float) -> None:
        if seconds > 0:  # zero is a resend at once (a moved chat), not a throttling answer
            self.throttled += 1
        if self._shared is not None:
            # Retry-After is advice: shared, so the other replicas hold off too; best effort, never a failure.
            limit = self.overall_limit if chat_id is None else (self.per_chat or self.overall_limit)
            task = asyncio.get_running_loop().create_task(
                self._shared.pause("all" if chat_id is None else f"chat:{chat_id}", limit.rate, limit.burst, seconds))
            _PAUSES.add(task)
            task.add_done_callback(_PAUSES.discard)
        self.overall.pause(seconds) if chat_id is None else self._chats.get(chat_id, self.overall).pause(seconds)


_PAUSES: set[asyncio.Task[None]] = set()  # strong references until each shared pause is written


async def with_retries(platform: str, call: Callable[[], Awaitable[T]], *, attempts: int = 4,
                       base_delay_s: float = 0.5, max_delay_s: float = 30.0,
                       on_retry_after: Callable[[float], None] | None = None) -> T:
    """Run `call`, retrying `RetryLater` with jittered backoff, honouring Retry-After; `SendFailed` passes through."""
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except RetryLater as exc:
            if attempt == attempts:
                raise SendFailed(platform, "retries-exhausted", str(exc)) from exc
            delay = exc.after_s if exc.after_s is not None else base_delay_s * 2 ** (attempt - 1)
            delay = min(delay, max_delay_s) + (random.uniform(0, 0.1) if exc.after_s is None else 0.0)
            if exc.after_s is not None and on_retry_after is not None:
                on_retry_after(exc.after_s)
            log.warning("%s send attempt %s will be retried in %.2fs: %s", platform, attempt, delay, exc)
            await asyncio.sleep(delay)
    raise AssertionError("unreachable")


def classify_http(platform: str, resp: httpx.Response, *, code: Any = None, detail: str = "") -> None:
    """Raise `RetryLater` for 429/5xx (with Retry-After), `SendFailed` for other non-2xx; return on success."""
    if resp.status_code == 429 or resp.status_code >= 500:
        after = resp.headers.get("retry-after")
        raise RetryLater(f"HTTP {resp.status_code} {detail}".strip(), float(after) if after and after.isdigit() else None)
    if resp.status_code >= 400:
        raise SendFailed(platform, code if code is not None else resp.status_code, detail or resp.text[:300])
