"""One broadcast's greetings kept apart: no recipient gets a sentence another recipient of it already has.

The model writes each greeting afresh, but the offline composer draws on one phrase bank, and before this a
broadcast to five friends gave all five the same sentences (issue 17). Each greeting of an occurrence is written
knowing the ones before it (`GreetingRequest.others`); greetings written at the same moment (the sender works on
several rows at once) are checked once more, one at a time, and an offline one that shares a 12-character run is
written again. What another replica wrote is seen once it is in the outbox (read when an occurrence is first
met here); two replicas writing the same instant may still overlap, which is rare and only costs variety."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from dataclasses import replace

from bot.domain import GreetingRequest
from bot.storage.store import Store
from bot.writing.compose import Backend, GreetingWriter
from bot.writing.quality import runs

_KEPT = 64  # occurrences remembered per process; older ones are read back from the outbox if met again
# The greetings a new one is written against: the latest ones. The phrase bank keeps a few dozen recipients apart,
# not thousands, and reading every earlier greeting each time would make a big broadcast quadratic.
RECENT = 100


class BroadcastTexts:
    """What each occurrence of a broadcast has been given so far, and the writing that keeps to it."""

    def __init__(self, store: Store, writer: GreetingWriter, concurrency: int) -> None:
        self.store = store
        self.writer = writer
        self._gate = asyncio.Semaphore(concurrency)  # the model writes at most this many greetings at once
        self._texts: OrderedDict[tuple[int, str], list[str]] = OrderedDict()
        self._runs: dict[tuple[int, str], set[str]] = {}
        self._locks: dict[tuple[int, str], asyncio.Lock] = {}

    async def written(self, schedule_id: int, occurrence: str) -> tuple[str, ...]:
        """The greetings this occurrence already has (the latest `RECENT`)."""
        key = (schedule_id, occurrence)
        if key not in self._texts:
            texts = [r.text for r in await self.store.outbox_of(schedule_id, occurrence)
                     if r.text and r.kind in ("greeting", "forward")]
            if key not in self._texts:
                self._texts[key] = texts
                self._runs[key] = _runs_of(tuple(texts))
            while len(self._texts) > _KEPT:
                old, _ = self._texts.popitem(last=False)
                self._runs.pop(old, None)
                self._locks.pop(old, None)
        self._texts.move_to_end(key)
        return tuple(self._texts[key][-RECENT:])

    async def write(self, schedule_id: int, occurrence: str, request: GreetingRequest,
                    backend: Backend) -> tuple[str, str]:
        """One recipient's greeting, written knowing the occurrence's others; an offline one that still repeats
        another recipient's sentence (it was written alongside) is written once more, in turn."""
        key = (schedule_id, occurrence)
        request = replace(request, n=1, others=await self.written(schedule_id, occurrence))
        async with self._gate:
            drafts = await self.writer.write(request, backend)
        text, wrote = drafts.texts[0], drafts.backend_of(0)
        async with self._locks.setdefault(key, asyncio.Lock()):
            texts, seen = self._texts.setdefault(key, []), self._runs.setdefault(key, set())
            # Written again only for a run it could not have known (written alongside): one shared with what it
            # was told of means the bank is used up for this shape, and a second try would share as much.
            mine = runs(text)
            if wrote == "composer" and mine & seen and not mine & _runs_of(request.others):
                again = replace(request, others=tuple(texts[-RECENT:]))
                text = (await self.writer.write(again, "composer")).texts[0]
                mine = runs(text)
            texts.append(text)
            seen |= mine
        return text, wrote


def _runs_of(texts: tuple[str, ...]) -> set[str]:
    return set().union(*map(runs, texts))
