"""Client for the greetings model behind vLLM's OpenAI-compatible server.

Every failure leaves as an `LLMError` subclass with a short message; no openai/httpx type escapes.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
import openai

from bot.settings import Settings

log = logging.getLogger(__name__)
T = TypeVar("T")

_BACKOFF_S = 0.2
_RETRY_AFTER_CAP_S = 2.0
_PROBE_TIMEOUT_S = 2.0


class LLMError(Exception):
    """Base for everything this module raises."""


class LLMUnavailable(LLMError):
    """No usable answer: connection refused, timeout, 5xx/429 after retries, or breaker open."""


class LLMRejected(LLMError):
    """The server refused the request (4xx other than 429): wrong model name, bad request, auth."""


class LLMBadOutput(LLMError):
    """HTTP 200 but unusable: unparseable body, no choices, empty text, JSON that is not an object."""


class LLMOverloaded(LLMError):
    """Not asked, or not waited for: vLLM's queue is too long, or the turn's deadline passed."""


@dataclass(frozen=True)
class ChatResult:
    texts: tuple[str, ...]  # one per non-empty candidate, think blocks stripped
    model: str
    prompt_tokens: int | None
    completion_tokens: int | None
    latency_s: float  # whole call, retries and backoff included: what the user waited


_THINK_BLOCK = re.compile(r"<think>.*?</think>", re.DOTALL)


def strip_think(text: str) -> str:
    """Remove Qwen3 reasoning from a reply and trim it."""
    text = _THINK_BLOCK.sub("", text)
    if "</think>" in text:  # opening tag was in the prompt (template): the answer follows the close
        text = text.rsplit("</think>", 1)[1]
    if "<think>" in text:  # reasoning cut off (max_tokens): the answer is what came before it
        text = text.split("<think>", 1)[0]
    return text.strip()


class CircuitBreaker:
    """closed -> open after `threshold` consecutive failures; open for `cooldown_s`; then half-open
    admits one trial call whose outcome closes or re-opens it."""

    def __init__(self, threshold: int, cooldown_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.threshold = max(1, threshold)
        self.cooldown_s = cooldown_s
        self._clock = clock
        self._failures = 0
        self._opened_at: float | None = None
        self._trial = False  # a half-open trial call is in flight

    @property
    def state(self) -> str:
        if self._opened_at is None:
            return "closed"
        if self._clock() - self._opened_at >= self.cooldown_s:
            return "half_open"
        return "open"

    def allow(self) -> bool:
        state = self.state
        if state == "closed":
            return True
        if state == "half_open" and not self._trial:
            self._trial = True
            return True
        return False

    def record_success(self) -> None:
        self._failures, self._opened_at, self._trial = 0, None, False

    def record_failure(self) -> None:
        self._failures += 1
        if self._opened_at is not None or self._failures >= self.threshold:
            self._opened_at, self._trial = self._clock(), False

    def release(self) -> None:
        """Free a trial slot without a verdict (the call was cancelled), so half-open cannot wedge."""
        self._trial = False


class LLMClient:
    def __init__(
        self,
        settings: Settings,
        *,
        clock: Callable[[], float] = time.monotonic,
        http_client: httpx.AsyncClient | None = None,  # openai also accepts legacy httpx clients
    ) -> None:
        self.model = settings.llm_model
        self.max_waiting = settings.llm_max_waiting
        self._timeout = settings.llm_timeout_s
        self._retries = max(0, settings.llm_retries)
        self._owns_http = http_client is None  # a caller's http client is the caller's to close
        self.breaker = CircuitBreaker(settings.llm_breaker_threshold, settings.llm_breaker_cooldown_s, clock)
        # max_retries=0: we retry ourselves so the breaker sees every failed call.
        self._openai = openai.AsyncOpenAI(
            base_url=settings.llm_base_url, api_key=settings.llm_api_key,
            timeout=settings.llm_timeout_s, max_retries=0, http_client=http_client,
        )
        # vLLM serves Prometheus figures next to the API (/metrics at the server's root, not under /v1).
        self._metrics_url = re.sub(r"/v1/?$", "", settings.llm_base_url.rstrip("/")) + "/metrics"
        self._queue: tuple[float, float | None] = (-1.0, None)  # (when read, requests waiting)
        self._probe_http: httpx.AsyncClient | None = None
        self._clock = clock
        # Seconds of this process's last answered calls, for the console's overview (not a metric of record).
        self.latencies: deque[float] = deque(maxlen=512)

    async def chat(
        self,
        messages: list[dict],
        *,
        n: int = 1,
        max_tokens: int = 256,
        temperature: float = 0.7,
        json_schema: dict | None = None,
        schema_name: str = "output",
        model: str | None = None,
    ) -> ChatResult:
        request = _request(messages, model or self.model, n, max_tokens, temperature, json_schema, schema_name)
        return await self._guarded(lambda: self._complete(request))

    async def chat_json(self, messages: list[dict], schema: dict, *, name: str, max_tokens: int = 256) -> dict:
        """One low-temperature candidate constrained to `schema`, parsed.

        A reply that is not the asked JSON (cut off at `max_tokens`, say) is the model's writing, not the server's
        health: it raises `LLMBadOutput` but does not count for the breaker, which would otherwise stop the drafts
        too. Found on real vLLM: the tiny model's extraction JSON, cut off, opened the breaker in every burst.
        """
        result = await self.chat(messages, n=1, max_tokens=max_tokens, temperature=0.1, json_schema=schema,
                                 schema_name=name)
        try:
            value = json.loads(result.texts[0])
        except ValueError:
            raise LLMBadOutput(f"{name}: reply is not valid JSON") from None
        if not isinstance(value, dict):
            raise LLMBadOutput(f"{name}: reply is JSON but not an object")
        return value

    async def available(self) -> bool:
        """Quick health probe (GET /models); never raises and leaves the breaker alone."""
        try:
            await self._openai.with_options(timeout=min(_PROBE_TIMEOUT_S, self._timeout)).models.list()
        except Exception:
            return False
        return True

    async def overloaded(self) -> float | None:
        """vLLM's queue length when it is past `llm_max_waiting` (then nobody should wait on the model), else None."""
        if self.max_waiting is None:
            return None
        waiting = await self.queue_depth()
        return waiting if waiting is not None and waiting > self.max_waiting else None

    async def queue_depth(self) -> float | None:
        """Requests waiting in vLLM's queue (`vllm:num_requests_waiting`), read at most once a second; None when the
        server does not say (not vLLM, or unreachable). Never raises."""
        read_at, waiting = self._queue
        if self._clock() - read_at < 1.0:
            return waiting
        if self._probe_http is None:  # one client for every probe: a burst of turns asks at once when it is stale
            self._probe_http = httpx.AsyncClient(timeout=min(_PROBE_TIMEOUT_S, self._timeout))
        try:
            resp = await self._probe_http.get(self._metrics_url)
            lines = [ln for ln in resp.text.splitlines() if ln.startswith("vllm:num_requests_waiting")]
            waiting = sum(float(ln.rsplit(" ", 1)[1]) for ln in lines) if resp.status_code == 200 and lines else None
        except (httpx.HTTPError, ValueError, IndexError):
            waiting = None
        self._queue = (self._clock(), waiting)
        return waiting

    async def aclose(self) -> None:
        if self._probe_http is not None:
            await self._probe_http.aclose()
        if self._owns_http:
            await self._openai.close()

    async def __aenter__(self) -> LLMClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def _guarded(self, call: Callable[[], Awaitable[T]]) -> T:
        if not self.breaker.allow():
            raise LLMUnavailable(f"model {self.model!r} unavailable: circuit open after repeated failures")
        try:
            out = await call()
        except LLMRejected:
            self.breaker.record_success()  # the server answered coherently; the request was at fault
            raise
        except LLMError:
            self.breaker.record_failure()  # bad output counts too: a server emitting garbage is unhealthy
            raise
        except BaseException:
            self.breaker.release()
            raise
        self.breaker.record_success()
        return out

    async def _complete(self, request: dict[str, Any]) -> ChatResult:
        model = request["model"]
        started = time.monotonic()
        for attempt in range(1, self._retries + 2):
            try:
                resp = await self._openai.chat.completions.create(**request)
            except Exception as e:
                error, retryable, delay = _classify(e, model, self._timeout, attempt)
                log.warning(
                    "llm call failed: model=%s attempt=%d/%d error=%s",
                    model, attempt, self._retries + 1, type(e).__name__,
                    exc_info=not isinstance(e, (openai.OpenAIError, ValueError)),  # unknown: keep the trace
                )
                if not retryable or attempt > self._retries:
                    raise error from e
                await asyncio.sleep(delay)
            else:
                result = _to_result(resp, model, time.monotonic() - started)
                self.latencies.append(result.latency_s)
                return result
        raise AssertionError("unreachable")

    def latency_percentiles(self) -> tuple[float, float] | None:
        """(p50, p95) seconds of the recent answered calls in this process; None before the first."""
        if not self.latencies:
            return None
        ordered = sorted(self.latencies)
        return ordered[len(ordered) // 2], ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _request(
    messages: list[dict], model: str, n: int, max_tokens: int, temperature: float, schema: dict | None, name: str
) -> dict[str, Any]:
    request: dict[str, Any] = dict(
        model=model, messages=messages, n=n, max_tokens=max_tokens,
        # Qwen3 non-thinking defaults; otherwise vLLM applies the model's thinking-mode generation_config.
        temperature=temperature, top_p=0.8, presence_penalty=1.0,
        extra_body={"chat_template_kwargs": {"enable_thinking": False}, "top_k": 20, "min_p": 0.0},
    )
    if schema is not None:  # vLLM structured output (the old guided_json field is gone)
        request["response_format"] = {"type": "json_schema", "json_schema": {"name": name, "schema": schema}}
    return request


def _classify(e: Exception, model: str, timeout: float, attempt: int) -> tuple[LLMError, bool, float]:
    """Map a library exception to (our error, worth retrying, seconds to wait first)."""
    backoff = _BACKOFF_S * 2 ** (attempt - 1)
    if isinstance(e, openai.APIStatusError):
        if e.status_code == 429 or e.status_code >= 500:
            delay = _retry_after(e.response.headers.get("retry-after"), backoff)
            return LLMUnavailable(f"model {model!r}: HTTP {e.status_code}"), True, delay
        detail = e.body.get("message") if isinstance(e.body, dict) else None  # vLLM says what was wrong
        return LLMRejected(f"model {model!r}: HTTP {e.status_code}: {str(detail or '')[:200]}"), False, 0.0
    if isinstance(e, openai.APITimeoutError):
        return LLMUnavailable(f"model {model!r}: timed out after {timeout:g}s"), True, backoff
    if isinstance(e, openai.APIConnectionError):
        return LLMUnavailable(f"model {model!r}: connection failed"), True, backoff
    if isinstance(e, (openai.OpenAIError, ValueError)):  # 200 with a body that is not a completion
        return LLMBadOutput(f"model {model!r}: unparseable response ({type(e).__name__})"), False, 0.0
    # Unknown transport trouble: still never let a library type escape.
    return LLMUnavailable(f"model {model!r}: unexpected {type(e).__name__}"), False, 0.0


def _retry_after(header: str | None, default: float) -> float:
    try:
        seconds = float(header) if header is not None else default
    except ValueError:  # HTTP-date form: not worth parsing for a 2 s cap
        seconds = default
    return min(seconds, _RETRY_AFTER_CAP_S) if seconds >= 0 else default  # NaN/negative -> default


def _to_result(resp: Any, model: str, latency_s: float) -> ChatResult:
    try:
        choices = list(getattr(resp, "choices", None) or [])
        texts = tuple(t for t in (strip_think(c.message.content or "") for c in choices if c.message) if t)
    except (AttributeError, TypeError):  # openai does not validate: the body may be any JSON
        raise LLMBadOutput(f"model {model!r}: response is not a chat completion") from None
    if not choices:
        raise LLMBadOutput(f"model {model!r}: response has no choices")
    if not texts:
        raise LLMBadOutput(f"model {model!r}: every candidate is empty")
    usage = getattr(resp, "usage", None)
    tokens = getattr(usage, "prompt_tokens", None), getattr(usage, "completion_tokens", None)
    return ChatResult(texts, getattr(resp, "model", None) or model, *tokens, latency_s)
