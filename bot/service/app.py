"""The FastAPI app: each configured platform's webhook, `/healthz`, `/readyz`, `/metrics`, and the inbox worker.

A webhook is verified, parsed and stored in the inbox before the platform gets its 200; the turn itself runs in
the inbox worker afterwards, so acknowledgements stay fast whatever the model is doing.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import time
from collections import Counter as Counter_
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from datetime import date
from typing import Literal

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily

from adapters.base import Adapter, VerificationFailed, WebhookRequest
from adapters.registry import PLATFORMS, configured_adapters
from adapters.web import WebAdapter
from bot.background import log_task_failure
from bot.cards.sending import CardMaker
from bot.domain import IncomingMessage
from bot.service.console.credentials import console_credential
from bot.service.console.overview import WebhookSeen
from bot.service.console.routes import Console
from bot.service.console.throttle import LoginThrottle
from bot.service.inbox import InboxWorker
from bot.service.runtime import Runtime, delivering, running, send_through
from bot.settings import Settings
from bot.writing.guard import REASONS, GuardStats

log = logging.getLogger(__name__)


class _ModelFallbacks:
    """A Prometheus collector over the writer's counts: turns answered offline because the model was late or busy."""

    def __init__(self, stats: Counter_[str]) -> None:
        self.stats = stats

    def collect(self) -> Iterator[CounterMetricFamily]:
        family = CounterMetricFamily("greetbot_model_fallbacks", "offline drafts because the model was late or "
                                     "overloaded (alert on its rate)", labels=["reason"])
        for reason in ("deadline_passed", "overloaded"):
            family.add_metric([reason], self.stats[reason])
        yield family


class _DraftRejections:
    """A Prometheus collector over the draft guard's counts: model drafts turned down, by adapter and reason."""

    def __init__(self, guard: GuardStats) -> None:
        self.guard = guard

    def collect(self) -> Iterator[CounterMetricFamily]:
        rejected = CounterMetricFamily("greetbot_draft_rejections", "model drafts the guard turned down (never shown "
                                       "or sent), by adapter and reason", labels=["adapter", "reason"])
        for adapter in sorted(self.guard.checked):  # every reason, zeros too: a series to alert on from the start
            for reason in REASONS:
                rejected.add_metric([adapter, reason], self.guard.rejections[adapter, reason])
        yield rejected
        checked = CounterMetricFamily("greetbot_drafts_checked", "model drafts the guard checked", labels=["adapter"])
        for adapter, n in sorted(self.guard.checked.items()):
            checked.add_metric([adapter], n)
        yield checked


class _Throttled:
    """A Prometheus collector over the adapters' rate limiters: the platforms' answers that said wait."""

    def __init__(self, adapters: dict[str, Adapter]) -> None:
        self.adapters = adapters

    def collect(self) -> Iterator[CounterMetricFamily]:
        family = CounterMetricFamily("greetbot_send_throttled", "platform answers that asked us to wait (Retry-After)",
                                     labels=["platform"])
        for platform, adapter in sorted(self.adapters.items()):
            if (limiter := getattr(adapter, "limiter", None)) is not None:
                family.add_metric([platform], limiter.throttled)
        yield family


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.webhooks = Counter("greetbot_webhooks_total", "webhook requests by outcome", ["platform", "outcome"],
                                registry=self.registry)
        self.ack_seconds = Histogram("greetbot_webhook_ack_seconds", "time to acknowledge a webhook", ["platform"],
                                     registry=self.registry)
        self.retention_removed = Counter("greetbot_retention_removed_total", "what the retention sweep removed",
                                         ["what"], registry=self.registry)
        self.console_logins = Counter("greetbot_console_logins_total", "console login attempts by outcome (alert on "
                                      "failed and throttled)", ["outcome"], registry=self.registry)
        self.last_webhook: dict[str, WebhookSeen] = {}  # per platform, in this process: the console's overview

    def webhook(self, platform: str, outcome: str) -> None:
        """One webhook answered, and how (stored, duplicate, ignored, refused, too_large, unparseable)."""
        self.webhooks.labels(platform, outcome).inc()
        self.last_webhook[platform] = WebhookSeen(time.time(), outcome)

    def swept(self, counts: dict[str, int]) -> None:
        """One retention sweep's counts (rows or values removed, by kind)."""
        for what, n in counts.items():
            self.retention_removed.labels(what).inc(n)


Role = Literal["all", "web", "worker"]
WORKER_POLL_S = 0.25  # a worker apart from the web process learns of new messages only by looking


def create_app(settings: Settings | None = None, *, adapters: list[Adapter] | None = None,
               today: Callable[[], date] = date.today, telegram_polling: bool = False, role: Role = "all",
               login_throttle: LoginThrottle | None = None) -> FastAPI:
    """The app with every adapter that has credentials (or the given ones, for tests).

    `telegram_polling`: take Telegram updates by long polling instead of the webhook (local development).
    `role`: "web" only verifies, stores and acknowledges (webhooks, DingTalk Stream, Telegram polling); "worker" only
    runs turns and scheduled sends (and answers /healthz, /readyz, /metrics); "all", the default, does both.
    The web console is mounted at /console when a console credential is set (not in a "worker");
    `login_throttle` replaces its login throttle (tests give it a clock).
    """
    settings = settings or Settings()
    chosen = adapters if adapters is not None else configured_adapters(settings)
    by_platform = {a.platform: a for a in chosen}
    if telegram_polling and "telegram" not in by_platform:
        raise RuntimeError("--telegram-polling needs GREETBOT_TELEGRAM_TOKEN and GREETBOT_TELEGRAM_SECRET")
    metrics = Metrics()
    metrics.registry.register(_Throttled(by_platform))
    senders: dict[str, Adapter | WebAdapter] = dict(by_platform)  # "web" joins once the engine exists
    send = send_through(senders)
    credential = console_credential(settings) if role != "worker" else None
    console = Console(settings, credential, platforms=list(PLATFORMS), webhooks=metrics.last_webhook,
                      throttle=login_throttle, on_login=lambda outcome: metrics.console_logins.labels(outcome).inc(),
                      ) if credential is not None else None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with running(settings, today=today) as rt:
            for adapter in chosen:
                await adapter.start()
                await _log_findings(adapter)
            worker = InboxWorker(rt.store, rt.engine, send, concurrency=settings.inbox_concurrency,
                                 lease_s=settings.inbox_lease_s, max_input_chars=settings.max_input_chars,
                                 poll_s=WORKER_POLL_S if role == "worker" else 1.0,
                                 cards=CardMaker(settings.card_font))
            app.state.runtime, app.state.worker = rt, worker
            if console is not None:
                senders["web"] = web = WebAdapter(rt.engine)
                console.attach(rt.store, web, by_platform, schedules=rt.schedules, llm=rt.llm)
            metrics.registry.register(_ModelFallbacks(rt.engine.writer.stats))
            metrics.registry.register(_DraftRejections(rt.engine.writer.guard))
            deliveries = contextlib.AsyncExitStack()  # closed before the adapters: in-flight sends finish first
            # Entered first: it wires the adapters to the store (shared send budgets, moved chats) before any send.
            if role != "web":
                app.state.outbox = await deliveries.enter_async_context(
                    delivering(rt, senders, on_swept=metrics.swept))
                worker.start()  # picks up whatever a previous process left unfinished
            stream_task: asyncio.Task[None] | None = None

            async def enqueue(m: IncomingMessage) -> None:
                if await rt.store.enqueue(m):
                    worker.notify()

            if settings.dingtalk_stream and "dingtalk" in by_platform and role != "worker":
                from adapters.dingtalk_stream import run_stream

                stream_task = asyncio.create_task(run_stream(settings, enqueue), name="dingtalk-stream")
            stop_polling = asyncio.Event()
            poll_task: asyncio.Task[None] | None = None
            if telegram_polling and role != "worker":
                from adapters.telegram_polling import poll

                poll_task = asyncio.create_task(
                    poll(by_platform["telegram"], enqueue, stop_polling),  # type: ignore[arg-type]
                    name="telegram-poll")
                poll_task.add_done_callback(log_task_failure)
            try:
                yield
            finally:
                stop_polling.set()
                if poll_task is not None:
                    with contextlib.suppress(Exception):  # already logged by log_task_failure
                        await poll_task
                if stream_task is not None:
                    stream_task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await stream_task
                await deliveries.aclose()
                await worker.stop()
                if console is not None:
                    console.detach()
                for adapter in reversed(chosen):
                    await adapter.stop()

    app = FastAPI(title="greetbot", lifespan=lifespan, docs_url=None, redoc_url=None)

    for adapter in chosen if role != "worker" else ():
        app.add_api_route(adapter.path, _webhook_handler(adapter, settings, metrics), methods=["POST"],
                          name=f"webhook_{adapter.platform}")
    if console is not None:  # its own sub-application: its gate, cookies and error pages stay under /console
        app.mount("/console", console.app(), name="console")
    app.state.console = console

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz(request: Request) -> Response:
        rt: Runtime | None = getattr(request.app.state, "runtime", None)
        try:
            counts = await rt.store.inbox_counts() if rt else None
            if rt is not None:
                await rt.store.check_writable(request.app.state.worker.owner)  # taking messages means storing them
        except Exception as exc:  # the database is unreachable, or takes no writes: not ready
            return JSONResponse({"status": "unavailable", "error": exc.__class__.__name__}, status_code=503)
        if counts is None:
            return JSONResponse({"status": "starting"}, status_code=503)
        return JSONResponse({"status": "ready", "platforms": sorted(by_platform), "inbox": counts})

    @app.get("/metrics")
    async def metrics_route() -> Response:
        return PlainTextResponse(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    return app


_RECEIVED: set[asyncio.Task[None]] = set()  # strong references to the `received` answers in flight


async def _log_findings(adapter: Adapter) -> None:
    """What `greetbot platforms check` would warn about (privacy mode, no webhook, delivery errors), in the log."""
    try:
        found = await adapter.check()
    except Exception as exc:  # a check is advice: it never stops the service
        log.warning("%s set-up could not be checked: %s", adapter.platform, exc.__class__.__name__)
        return
    for f in found:
        if f.level != "ok":
            log.warning("%s set-up: %s", f.platform, f.text)


def _webhook_handler(adapter: Adapter, settings: Settings, metrics: Metrics):
    async def handle(request: Request) -> Response:
        with metrics.ack_seconds.labels(adapter.platform).time():
            declared = request.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > settings.max_webhook_bytes:
                metrics.webhook(adapter.platform, "too_large")
                return JSONResponse({"error": "body too large"}, status_code=413)
            body = b""
            async for chunk in request.stream():
                body += chunk
                if len(body) > settings.max_webhook_bytes:
                    metrics.webhook(adapter.platform, "too_large")
                    return JSONResponse({"error": "body too large"}, status_code=413)
            req = WebhookRequest(headers={k.lower(): v for k, v in request.headers.items()}, body=body,
                                 query=dict(request.query_params))
            try:
                adapter.verify(req)
            except VerificationFailed as exc:
                metrics.webhook(adapter.platform, "refused")
                log.warning("%s webhook refused: %s", adapter.platform, exc)
                return JSONResponse({"error": "unauthorized"}, status_code=exc.status)
            except Exception as exc:  # noqa: BLE001 - an unauthenticated body must never earn a 500 or a traceback
                metrics.webhook(adapter.platform, "refused")
                log.warning("%s webhook refused: unreadable request (%s)", adapter.platform, exc.__class__.__name__)
                return JSONResponse({"error": "bad request"}, status_code=400)
            store = request.app.state.runtime.store
            if (replay := adapter.replay_key(req)) is not None:
                use = await store.signature_use(adapter.platform, replay[0][:160], hashlib.sha256(body).hexdigest(),
                                                ttl_s=replay[1])
                if use == "other":  # a captured signature carrying another body
                    metrics.webhook(adapter.platform, "refused")
                    log.warning("%s webhook refused: signature already used with another body", adapter.platform)
                    return JSONResponse({"error": "unauthorized"}, status_code=401)
            try:
                result = adapter.parse(req)
            except Exception:  # the adapter's contract is not to raise; if it does, the platform still gets 200
                log.exception("%s webhook could not be parsed; answered 200 and dropped", adapter.platform)
                metrics.webhook(adapter.platform, "unparseable")
                return JSONResponse({"ok": True})
            fresh = [m for m in result.messages if await store.enqueue(m)]
            if fresh:
                request.app.state.worker.notify()
            for m in fresh:  # after our 200 is decided, not before it: a slow platform API must not delay the ack
                task = asyncio.create_task(adapter.received(m), name=f"{adapter.platform}-received")
                _RECEIVED.add(task)
                task.add_done_callback(_RECEIVED.discard)
                task.add_done_callback(log_task_failure)
            outcome = "stored" if fresh else ("duplicate" if result.messages else "ignored")
            metrics.webhook(adapter.platform, outcome)
            return JSONResponse(result.response if result.response is not None else {"ok": True})

    return handle
