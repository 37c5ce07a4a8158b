"""The inbox as a queue: each stored message is claimed by one worker at a time, and taken over when a lease runs out."""

from __future__ import annotations

import asyncio
import time


from bot.domain import IncomingMessage
from bot.storage.store import Store


def message(i: int) -> IncomingMessage:
    return IncomingMessage("test", f"c{i}", f"u{i}", "hi", event_id=f"e{i}")


async def test_a_redelivered_event_is_stored_once(store: Store) -> None:
    assert await store.enqueue(message(1)) is True
    assert await store.enqueue(message(1)) is False
    assert await store.inbox_counts() == {"pending": 1}


async def test_a_claimed_message_says_when_it_arrived(store: Store) -> None:
    before = time.time()
    await store.enqueue(message(1))
    await asyncio.sleep(0.3)
    [item] = await store.claim("w", limit=1)
    assert item.message.received_at is not None
    assert before - 1 <= item.message.received_at <= time.time() - 0.25  # arrival, not the claim


async def test_concurrent_claimers_never_get_the_same_item(store: Store) -> None:
    for i in range(40):
        await store.enqueue(message(i))
    batches = await asyncio.gather(*(store.claim(f"w{k}", limit=15) for k in range(4)))
    ids = [item.id for batch in batches for item in batch]
    assert len(ids) == len(set(ids)) == 40


async def test_an_expired_lease_is_taken_over_and_a_finished_item_is_not(store: Store) -> None:
    await store.enqueue(message(1))
    await store.enqueue(message(2))
    # A lease long enough that a loaded CI machine does not outlive it between two claims (50 ms once did).
    first = await store.claim("dead-worker", lease_s=1.0)
    assert len(first) == 2 and await store.claim("other", lease_s=60) == []  # leased: nobody else gets them
    await store.finish(first[0].id)
    await asyncio.sleep(1.2)  # the dead worker's lease runs out
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


# The worker: heartbeats and isolation ---------------------------------------------------------------

class SlowTurns:
    """An engine whose turns take `seconds` (a slow model, or a reply waiting on a group's send budget)."""

    def __init__(self, seconds: float, broken: set[str] = frozenset()) -> None:  # type: ignore[assignment]
        self.seconds, self.broken = seconds, broken

    async def handle(self, msg: IncomingMessage) -> list:  # type: ignore[type-arg]
        if msg.event_id in self.broken:
            raise RuntimeError("this one turn breaks")
        await asyncio.sleep(self.seconds)
        from bot.domain import OutgoingMessage

        return [OutgoingMessage(msg.chat_id, f"answer to {msg.event_id}")]


async def test_a_turn_longer_than_its_lease_is_not_taken_over_while_its_worker_lives(store: Store) -> None:
    from bot.service.inbox import InboxWorker

    for i in range(3):
        await store.enqueue(message(i))
    sent: list[str] = []

    async def send(platform: str, reply) -> None:  # type: ignore[no-untyped-def]
        sent.append(reply.text)

    # Lease 0.6 s, turns 1 s each, one lane at a time: without the heartbeat the last items expire while waiting.
    # (A renewal every 0.2 s; a loaded machine can stall the loop for a good part of a shorter lease.)
    worker = InboxWorker(store, SlowTurns(1.0), send, concurrency=1, lease_s=0.6)  # type: ignore[arg-type]
    running = asyncio.create_task(worker.drain())
    while (await store.inbox_counts()).get("pending"):  # the worker has claimed them all
        await asyncio.sleep(0.01)
    stolen: list = []  # type: ignore[type-arg]
    while not running.done():
        stolen += await store.claim("another-replica", lease_s=60)
        await asyncio.sleep(0.05)
    assert stolen == [] and sorted(sent) == [f"answer to e{i}" for i in range(3)]
    assert await store.inbox_counts() == {"done": 3}


async def test_one_broken_item_does_not_hold_up_the_rest_of_its_batch(store: Store) -> None:
    from bot.service.inbox import InboxWorker

    for i in range(4):
        await store.enqueue(message(i))
    sent: list[str] = []

    async def send(platform: str, reply) -> None:  # type: ignore[no-untyped-def]
        sent.append(reply.text)

    class BrokenStore:  # the database refuses the broken item's outcome, as a locked or full disk would
        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            return getattr(store, name)

        async def finish(self, item_id: int, **kw):  # type: ignore[no-untyped-def]
            if kw.get("error"):
                raise OSError("database is locked")
            return await store.finish(item_id, **kw)

    worker = InboxWorker(BrokenStore(), SlowTurns(0.0, broken={"e1"}), send, lease_s=30)  # type: ignore[arg-type]
    await worker.drain()
    assert sorted(sent) == ["answer to e0", "answer to e2", "answer to e3"]
    assert (await store.inbox_counts()).get("done") == 3


async def test_a_sent_reply_is_recorded_through_a_passing_lock_and_never_sent_twice(store: Store) -> None:
    """Found by bench/burst_vllm.py at 200 users: the reply went out, "database is locked" refused the write that
    records it, and the item ran again after its lease: the person got the reply twice."""
    from sqlalchemy.exc import OperationalError

    from bot.service.inbox import InboxWorker

    await store.enqueue(message(0))
    sent: list[str] = []
    refusals = [OperationalError("UPDATE inbox", {}, Exception("database is locked"))] * 2

    async def send(platform: str, reply) -> None:  # type: ignore[no-untyped-def]
        sent.append(reply.text)

    class LockedForAMoment:
        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            return getattr(store, name)

        async def finish(self, item_id: int, **kw):  # type: ignore[no-untyped-def]
            if refusals:
                raise refusals.pop()
            return await store.finish(item_id, **kw)

    worker = InboxWorker(LockedForAMoment(), SlowTurns(0.0), send, lease_s=0.3)  # type: ignore[arg-type]
    await worker.drain()
    await asyncio.sleep(0.4)  # past the lease: an unrecorded item would be claimed and answered again
    await worker.drain()
    assert sent == ["answer to e0"] and await store.inbox_counts() == {"done": 1}


async def test_a_very_long_message_is_read_up_to_the_bound_and_the_person_is_told(store: Store) -> None:
    from bot.domain import OutgoingMessage
    from bot.service.inbox import InboxWorker

    seen: list[str] = []

    class Echo:
        async def handle(self, msg: IncomingMessage) -> list[OutgoingMessage]:
            seen.append(msg.text)
            return [OutgoingMessage(msg.chat_id, "好的")]

    sent: list[str] = []

    async def send(platform: str, reply: OutgoingMessage) -> None:
        sent.append(reply.text)

    # 4,000 characters: under Telegram's own limit, far past what a greeting request needs.
    await store.enqueue(IncomingMessage("test", "c1", "u1", "帮我给老王写条祝福，" + "细节" * 2000, event_id="long"))
    await store.enqueue(IncomingMessage("test", "c2", "u2", "帮我给老李写条祝福", event_id="short"))
    await InboxWorker(store, Echo(), send, max_input_chars=1000).drain()  # type: ignore[arg-type]
    assert sorted(len(t) for t in seen) == [9, 1000]
    assert sorted(sent) == ["好的", "（消息太长，我只读了前 1000 个字。）\n好的"]
