"""The outbox sender: writes each scheduled greeting, sends it through its platform's adapter, records the outcome.

Rows are leased like inbox items, so a restart takes up what a dead process left. Each row's text is stored
before it is sent (a retry resends the same words), and the row is marked "sending" before the platform call,
so a crash during the call is known afterwards (`Store.recover_outbox`). Pace comes from the adapters' rate
limiters, which every sender in the process shares; concurrency here only keeps those limits busy.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from bot.background import PollingWorker
from bot.cards.sending import CardMaker
from bot.domain import Button, OutgoingMessage, SendFailed
from bot.scheduling.cards import card_for
from bot.scheduling.schedules import Schedules, sending_schedule
from bot.storage.store import Store
from bot.storage.tables import OutboxRow

log = logging.getLogger(__name__)

Send = Callable[[str, OutgoingMessage], Awaitable[list[str] | None]]
MAX_ATTEMPTS = 5


class OutboxSender(PollingWorker):
    name = "outbox-sender"

    def __init__(self, store: Store, schedules: Schedules, send: Send, *, idempotent: frozenset[str] = frozenset(),
                 concurrency: int = 8, lease_s: float = 120.0, poll_s: float = 1.0, cards: CardMaker | None = None
                 ) -> None:
        super().__init__(concurrency=concurrency, lease_s=lease_s, poll_s=poll_s)
        self.cards = cards or CardMaker()  # a card broadcast: each greeting's card drawn just before it goes
        self.store = store
        self.schedules = schedules
        self.send = send
        self.idempotent = idempotent  # platforms that drop a repeated send of the same message
        schedules.on_outbox = self.notify

    async def drain(self) -> int:
        """Send everything sendable now; the number of rows handled."""
        await self._recover()
        handled = 0
        while not self._stopping and (batch := await self.store.claim_outbox(
                self.owner, limit=self.concurrency * 2, lease_s=self.lease_s)):
            gate = asyncio.Semaphore(self.concurrency)

            async def one(row: OutboxRow) -> None:
                async with gate:
                    await self._process(row)

            await asyncio.gather(*(one(row) for row in batch))
            handled += len(batch)
        return handled

    async def _recover(self) -> None:
        counts = await self.store.recover_outbox(self.idempotent)
        if any(counts.values()):
            log.warning("outbox rows interrupted mid-send: %s resent, %s marked uncertain", counts["resent"],
                        counts["uncertain"])
            for schedule_id, occurrence in await self.store.occurrences_with("uncertain"):
                await self.schedules.report_if_finished(schedule_id, occurrence)

    async def _process(self, row: OutboxRow) -> None:
        token = row.lease_owner or ""
        try:
            text = row.text
            if text is None:
                text, backend = await self.schedules.write(row)
                await self.store.outbox_text(row.id, text, backend)
            if not await self.store.outbox_sending(row.id, token):
                return  # the lease ran out and another sender owns the row now
            buttons = tuple(Button(**b) for b in row.buttons or ())
            card = card_for(await sending_schedule(self.schedules, row.schedule_id), row, text)
            outcome = await self.cards.send(self.send, row.platform, OutgoingMessage(
                row.chat_id, text, buttons, context=dict(row.context), card=card))
        except SendFailed as exc:
            if exc.code == "retries-exhausted" and row.attempts < MAX_ATTEMPTS:
                await self._retry_later(row, token, exc)
            else:  # refused for good (blocked the bot, unknown chat): report it, don't retry
                log.warning("outbox row %s to %s refused: %s", row.id, row.recipient, exc)
                await self.store.outbox_done(row.id, token=token, error=f"{exc.code}: {exc.detail}"[:300],
                                             failed=True)
                await self._after(row)
            return
        except Exception as exc:  # model or network trouble: the row waits and is tried again
            await self._retry_later(row, token, exc)
            return
        if await self.store.outbox_done(row.id, token=token, card_missed=outcome.missed):
            row.text = text
            await self.schedules.delivered(row, outcome.ids)
        await self._after(row)

    async def _retry_later(self, row: OutboxRow, token: str, exc: Exception) -> None:
        failed = row.attempts >= MAX_ATTEMPTS
        log.warning("outbox row %s attempt %s failed: %s: %s", row.id, row.attempts, exc.__class__.__name__, exc)
        await self.store.outbox_done(row.id, token=token, error=f"{exc.__class__.__name__}: {str(exc)[:300]}",
                                     failed=failed, retry_in_s=min(2.0 ** row.attempts, 60.0))
        if failed:
            await self._after(row)

    async def _after(self, row: OutboxRow) -> None:
        if row.kind in ("greeting", "forward"):
            await self.schedules.report_if_finished(row.schedule_id, row.occurrence)
