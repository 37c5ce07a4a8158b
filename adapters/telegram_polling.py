"""Long polling (getUpdates) for local development, instead of the webhook: no public URL needed."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable
from typing import TypeVar

from telegram.error import InvalidToken, RetryAfter, TelegramError

from adapters.telegram import ALLOWED_UPDATES, Enqueue, TelegramAdapter, _retry_after_s

log = logging.getLogger(__name__)
T = TypeVar("T")


async def poll(adapter: TelegramAdapter, enqueue: Enqueue, stop: asyncio.Event, *, timeout_s: int = 25) -> None:
    """Long polling for local development: getUpdates → `enqueue` each message, until `stop` is set.

    An update is confirmed (offset moved past it) only once all its messages were enqueued, so a failing
    store makes Telegram hand it out again; the inbox drops the repeats.
    """
    await adapter.bot.delete_webhook()  # getUpdates answers 409 while a webhook is set
    offset: int | None = None
    backoff = 1.0
    while not stop.is_set():
        try:
            updates = await _unless_stopped(
                adapter.bot.get_updates(offset=offset, timeout=timeout_s, allowed_updates=ALLOWED_UPDATES), stop)
        except RetryAfter as exc:
            await _sleep_unless_stopped(_retry_after_s(exc), stop)
            continue
        except InvalidToken:
            raise RuntimeError("telegram: the bot token was rejected by getUpdates") from None
        except TelegramError as exc:
            log.warning("telegram getUpdates failed (%s); retrying in %.0fs", adapter.redact.clean(str(exc)), backoff)
            await _sleep_unless_stopped(backoff, stop)
            backoff = min(backoff * 2, 30.0)
            continue
        if updates is None:
            break  # stop was set while waiting
        backoff = 1.0
        for update in updates:
            try:
                for msg in adapter.to_incoming(update):
                    await enqueue(msg)
            except Exception:
                log.exception("telegram update %s could not be stored; it will be fetched again",
                              update.update_id)
                await _sleep_unless_stopped(backoff, stop)
                break
            offset = update.update_id + 1


async def _unless_stopped(call: Awaitable[T], stop: asyncio.Event) -> T | None:
    """`call`'s result, or None (the call cancelled) as soon as `stop` is set."""
    task, stopper = asyncio.ensure_future(call), asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({task, stopper}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for t in (task, stopper):
            if not t.done():
                t.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await t
    return task.result() if task.done() and not task.cancelled() else None


async def _sleep_unless_stopped(seconds: float, stop: asyncio.Event) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)
