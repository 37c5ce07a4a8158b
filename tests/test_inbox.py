"""The inbox as a queue: each stored message is claimed by one worker at a time, and taken over when a lease runs out."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.domain import IncomingMessage
from bot.storage.store import Store


@pytest.fixture
async def store(db_url: str):
    s = await Store.open(db_url)
    yield s
    await s.close()


def message(i: int) -> IncomingMessage:
    return IncomingMessage("test", f"c{i}", f"u{i}", "hi", event_id=f"e{i}")


async def test_a_redelivered_event_is_stored_once(store: Store) -> None:
    assert await store.enqueue(message(1)) is True
    assert await store.enqueue(message(1)) is False
    assert await store.inbox_counts() == {"pending": 1}


async def test_concurrent_claimers_never_get_the_same_item(store: Store) -> None:
    for i in range(40):
        await store.enqueue(message(i))
    batches = await asyncio.gather(*(store.claim(f"w{k}", limit=15) for k in range(4)))
    ids = [item.id for batch in batches for item in batch]
    assert len(ids) == len(set(ids)) == 40


async def test_an_expired_lease_is_taken_over_and_a_finished_item_is_not(store: Store) -> None:
    await store.enqueue(message(1))
    await store.enqueue(message(2))
    first = await store.claim("dead-worker", lease_s=0.05)
    assert len(first) == 2 and await store.claim("other", lease_s=60) == []  # leased: nobody else gets them
    await store.finish(first[0].id)
    await asyncio.sleep(0.1)  # the dead worker's lease runs out
    taken = await store.claim("survivor", lease_s=60)
    assert [i.message.event_id for i in taken] == ["e2"] and taken[0].attempts == 2


async def test_a_persons_next_message_waits_until_their_earlier_one_is_done(store: Store) -> None:
    first = IncomingMessage("test", "c1", "u1", "帮我给老王写条祝福", event_id="e1")
    second = IncomingMessage("test", "c1", "u1", "短一点", event_id="e2")
    other = IncomingMessage("test", "c2", "u2", "hi", event_id="e3")
    for m in (first, second, other):
        await store.enqueue(m)
    a = await store.claim("replica-a", limit=10)
    b = await store.claim("replica-b", limit=10)  # another replica asks at the same moment
    assert [i.message.event_id for i in a] == ["e1", "e3"] and b == []
    await store.finish(a[0].id)
    assert [i.message.event_id for i in await store.claim("replica-b", limit=10)] == ["e2"]
