"""What every platform adapter is: verify → parse → send, plus the pieces they share (limits, retries).

Adapters hold no business rules: they turn a platform's webhook into `IncomingMessage`s and an
`OutgoingMessage` into the platform's send call. Group rules, ownership of buttons and everything else live in
`bot/`.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol, TypeVar, runtime_checkable

import httpx

# SendFailed lives with the domain (bot/ catches it without importing adapters); adapters raise it from here.
from bot.domain import IncomingMessage, OutgoingMessage, SendFailed  # noqa: F401

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

    def parse(self, req: WebhookRequest) -> WebhookResult:
        """The messages in a verified request; unknown or empty events give an empty result, never an error."""

    async def send(self, msg: OutgoingMessage) -> None:
        """Deliver one reply (rate-limited, retried); raise `SendFailed` when the platform refuses it for good."""


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


class RateLimiter:
    """A global bucket plus one bucket per chat, as the platforms count them."""

    def __init__(self, overall: Limit, per_chat: Limit | None = None, *, group: Limit | None = None) -> None:
        self.overall = TokenBucket(overall.rate, overall.burst)
        self.per_chat, self.group = per_chat, group
        self._chats: dict[str, TokenBucket] = {}

    def _chat_bucket(self, chat_id: str, is_group: bool) -> TokenBucket | None:
        limit = self.group if is_group and self.group else self.per_chat
        if limit is None:
            return None
        if chat_id not in self._chats:
            self._chats[chat_id] = TokenBucket(limit.rate, limit.burst)
        return self._chats[chat_id]

    async def acquire(self, chat_id: str, *, is_group: bool = False) -> None:
        bucket = self._chat_bucket(chat_id, is_group)
        if bucket is not None:
            await bucket.acquire()
        await self.overall.acquire()

    def pause(self, chat_id: str | None, seconds: float) -> None:
        self.overall.pause(seconds) if chat_id is None else self._chats.get(chat_id, self.overall).pause(seconds)


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
