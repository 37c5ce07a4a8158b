"""The inbox worker: takes stored messages, runs each turn once, and sends the replies through the adapter.

Webhooks only store and acknowledge; this worker does the slow part. Each item is leased, so after a crash or a
restart unfinished items are taken up again. A person's messages are handled in arrival order, never two at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import TypeVar

from sqlalchemy.exc import OperationalError

from bot.background import PollingWorker
from bot.cards.sending import CardMaker
from bot.conversation.engine import Engine
from bot.domain import IncomingMessage, OutgoingMessage, SendFailed
from bot.storage.conversations import StaleConversation
from bot.storage.inbox import InboxItem
from bot.storage.store import Store

log = logging.getLogger(__name__)

Send = Callable[[str, OutgoingMessage], Awaitable[list[str] | None]]  # (platform, reply)
MAX_ATTEMPTS = 5
# Once a reply has gone out, the write that records it must not be lost to a passing "database is locked" (a burst
# on SQLite, a PostgreSQL fail-over): the item would run again and the person get the reply twice (found by
# bench/burst_vllm.py at 200 users). Small writes, tried again for about as long as the lease is renewed.
_AFTER_SEND_BACKOFF_S = (0.2, 0.5, 1.0, 2.0, 4.0, 8.0)
T = TypeVar("T")


async def _after_sending(write: Callable[[], Awaitable[T]]) -> T:
    for delay in _AFTER_SEND_BACKOFF_S:
        try:
            return await write()
        except OperationalError as exc:
            log.warning("recording a sent reply failed (%s); trying again in %.1fs", exc.__class__.__name__, delay)
            await asyncio.sleep(delay)
    return await write()


class InboxWorker(PollingWorker):
    """Drains the inbox with bounded concurrency; `notify()` wakes it when a webhook stored something."""

    name = "inbox-worker"

    def __init__(self, store: Store, engine: Engine, send: Send, *, concurrency: int = 4, lease_s: float = 15.0,
                 poll_s: float = 1.0, max_input_chars: int = 1000, cards: CardMaker | None = None) -> None:
        super().__init__(concurrency=concurrency, lease_s=lease_s, poll_s=poll_s)
        self.store = store
        self.engine = engine
        self.send = send
        self.max_input_chars = max_input_chars
        self.cards = cards or CardMaker()  # a reply with a card: drawn here, just before it goes out

    async def drain(self) -> int:
        """Process everything claimable now; the number of items handled (tests and the CLI use it)."""
        handled = 0
        # No more than can run at once: a replica that hoards a burst leaves the others idle, and what it holds is
        # what waits out the lease if it dies (tests/test_replicas.py's takeover went flaky at 16 × 4).
        while batch := await self.store.claim(self.owner, limit=self.concurrency, lease_s=self.lease_s):
            done = asyncio.Event()
            heartbeat = asyncio.create_task(self._keep_leased(batch[0].lease or "", done), name="inbox-heartbeat")
            try:
                await self._process_batch(batch)
            finally:
                done.set()  # not cancel(): a renewal in flight finishes, and its connection goes back to the pool
                await heartbeat
            handled += len(batch)
        return handled

    async def _keep_leased(self, token: str, done: asyncio.Event) -> None:
        """Renew the batch's leases while it runs, so the lease can be short: a dead process's items are taken
        over within `lease_s`, while a live one's turn (or its wait on a platform's send budget) can take as long
        as it needs without another replica answering the same message."""
        while not done.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(done.wait(), self.lease_s / 3)
                return
            try:
                if not await self.store.renew_leases(token, self.lease_s):
                    return  # everything in the batch is finished (or was taken over)
            except Exception:  # a database blip: the next beat may get through before the lease runs out
                log.warning("inbox lease heartbeat failed", exc_info=True)

    async def _process_batch(self, batch: list[InboxItem]) -> None:
        # One lane per conversation keeps a person's messages in order; lanes run side by side, bounded.
        lanes: dict[tuple[str, str, str], list[InboxItem]] = defaultdict(list)
        for item in batch:
            m = item.message
            lanes[(m.platform, m.chat_id, m.user_id)].append(item)
        gate = asyncio.Semaphore(self.concurrency)

        async def lane(items: list[InboxItem]) -> None:
            async with gate:
                for item in items:
                    try:
                        await self._process(item)
                    except Exception:  # e.g. the database refused the outcome: the item comes back after its lease
                        log.exception("inbox item %s could not be processed", item.id)

        # One item's failure never holds up the others: every lane runs to its end.
        await asyncio.gather(*(lane(items) for items in lanes.values()), return_exceptions=True)

    async def _process(self, item: InboxItem) -> None:
        msg = item.message
        try:
            replies = item.replies
            if replies is None:
                replies = await self._turn(msg)
                await self.store.store_replies(item.id, replies)
            for i, reply in enumerate(replies):
                await self.cards.send(self.send, msg.platform, reply)
                if i + 1 < len(replies):  # a retry resends only what has not gone out yet
                    await _after_sending(lambda: self.store.store_replies(item.id, replies[i + 1:]))
        except SendFailed as exc:
            if exc.code == "retries-exhausted" and item.attempts < MAX_ATTEMPTS:
                await self._retry_later(item, exc)
            else:  # the platform refused this reply for good: retrying would only be refused again
                log.warning("inbox item %s (%s %s) refused by the platform: %s", item.id, msg.platform,
                            msg.event_id, exc)
                await self.store.finish(item.id, error=str(exc)[:300], failed=True, lease=item.lease)
            return
        except StaleConversation:
            await self.store.finish(item.id, error="conversation changed concurrently; retrying", lease=item.lease)
            return
        except Exception as exc:  # a platform or model failure: keep the item, retry later, give up at last
            await self._retry_later(item, exc)
            return
        if not await _after_sending(lambda: self.store.finish(item.id, lease=item.lease)):
            log.warning("inbox item %s outlived its lease; another worker owns it now", item.id)

    async def _turn(self, msg: IncomingMessage) -> list[OutgoingMessage]:
        """The engine's answer, to at most `max_input_chars` of the message: more than any greeting request or pasted
        reply needs, and a bound on what one message can cost. The person is told what was read."""
        if len(msg.text) <= self.max_input_chars:
            return await self.engine.handle(msg)
        replies = await self.engine.handle(replace(msg, text=msg.text[:self.max_input_chars]))
        note = f"（消息太长，我只读了前 {self.max_input_chars} 个字。）\n"
        return [replace(replies[0], text=note + replies[0].text), *replies[1:]] if replies else replies

    async def _retry_later(self, item: InboxItem, exc: Exception) -> None:
        msg = item.message
        failed = item.attempts >= MAX_ATTEMPTS
        log.warning("inbox item %s (%s %s) attempt %s failed: %s", item.id, msg.platform, msg.event_id,
                    item.attempts, exc.__class__.__name__, exc_info=failed)
        await self.store.finish(item.id, error=f"{exc.__class__.__name__}: {str(exc)[:300]}", failed=failed,
                                lease=item.lease,
                                retry_in_s=min(2.0 ** item.attempts, 60.0))
