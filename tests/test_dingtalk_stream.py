"""DingTalk Stream mode against the fake gateway's system frames: pings answered, a disconnect followed by a new
connection, an unstored message delivered again, and a redelivery that the inbox keeps only once.

The gateway's rules (tests/fakes/dingtalk_stream.py) come from DingTalk's Stream protocol page and SDK, not from
our client.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path

import pytest

from adapters.dingtalk_stream import run_stream
from bot.domain import IncomingMessage
from bot.settings import Settings
from bot.storage.store import Store
from tests.fakes.dingtalk import FakeDingTalk, running_fake_dingtalk

Enqueue = Callable[[IncomingMessage], Awaitable[object]]


@pytest.fixture
def fake() -> Iterator[FakeDingTalk]:
    with running_fake_dingtalk() as server:
        yield server


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(f"sqlite+aiosqlite:///{tmp_path / 'inbox.db'}")
    yield s
    await s.close()


def settings(tmp_path: Path, fake: FakeDingTalk) -> Settings:
    return Settings(data_dir=tmp_path, dingtalk_app_key=fake.app_key, dingtalk_app_secret=fake.app_secret,
                    dingtalk_api_base=fake.base_url, dingtalk_oapi_base=fake.base_url, dingtalk_stream=True,
                    _env_file=None)


async def streaming(tmp_path: Path, fake: FakeDingTalk, enqueue: Enqueue, until: Callable[[], bool],
                    timeout_s: float = 15.0) -> None:
    """Run the Stream client until `until()` holds (or the timeout), then stop it as the service does."""
    task = asyncio.create_task(run_stream(settings(tmp_path, fake), enqueue))
    try:
        for _ in range(int(timeout_s / 0.02)):
            if until():
                break
            await asyncio.sleep(0.02)
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task


async def test_a_ping_is_answered_with_its_own_opaque(tmp_path: Path, fake: FakeDingTalk) -> None:
    fake.push_frame(fake.ping_frame(opaque="opaque-42", message_id="ping-1"))

    async def enqueue(msg: IncomingMessage) -> None:
        raise AssertionError("a ping is not a message")

    await streaming(tmp_path, fake, enqueue, until=lambda: fake.ack_for("ping-1") is not None)
    ack = fake.ack_for("ping-1")
    assert ack is not None and ack["code"] == 200 and json.loads(ack["data"])["opaque"] == "opaque-42"


async def test_after_a_disconnect_frame_a_new_connection_brings_the_next_message(tmp_path: Path,
                                                                                 fake: FakeDingTalk) -> None:
    after = fake.callback("新年快乐", msg_id="after-disconnect")
    fake.stream_frames = [fake.disconnect_frame(), fake.stream_frame(after, "m-after")]
    queued: list[IncomingMessage] = []

    async def enqueue(msg: IncomingMessage) -> None:
        queued.append(msg)

    await streaming(tmp_path, fake, enqueue, until=lambda: bool(queued))
    assert [m.event_id for m in queued] == ["after-disconnect"]
    # We closed the old socket ourselves (not the gateway after its 10 s grace) and opened a new one.
    assert fake.stream_opens == 2 and fake.connections[0].closed_by == "client"


async def test_a_message_that_could_not_be_stored_is_delivered_again_and_then_kept(tmp_path: Path,
                                                                                   fake: FakeDingTalk) -> None:
    fake.redeliver_after_s, fake.redeliver_callbacks = 0.3, True
    fake.push_frame(fake.stream_frame(fake.callback("给王老师拜年", msg_id="m-1"), "frame-1"))
    attempts: list[str] = []

    async def enqueue(msg: IncomingMessage) -> None:
        attempts.append(msg.event_id or "")
        if len(attempts) == 1:
            raise OSError("database is locked")  # a 500 ack: DingTalk must send it again

    await streaming(tmp_path, fake, enqueue, until=lambda: len(attempts) == 2 and fake.ack_for("frame-1") is not None
                    and fake.ack_for("frame-1")["code"] == 200)  # type: ignore[index]
    assert attempts == ["m-1", "m-1"]
    assert [(mid, attempt) for mid, attempt, _ in fake.deliveries] == [("frame-1", 0), ("frame-1", 1)]


async def test_a_late_redelivery_of_a_stored_message_is_kept_once(tmp_path: Path, fake: FakeDingTalk,
                                                                  store: Store) -> None:
    # Observed: robot messages redelivered 16-60 s after a late ack, with the same msgId (SOURCES.md).
    body = fake.callback("给李阿姨拜年", msg_id="m-twice")
    fake.stream_frames = [fake.stream_frame(body, "first"), fake.stream_frame(body, "again")]
    kept: list[bool] = []

    async def enqueue(msg: IncomingMessage) -> None:
        kept.append(await store.enqueue(msg))

    await streaming(tmp_path, fake, enqueue, until=lambda: len(kept) == 2)
    assert kept == [True, False]  # the second is recognised as the same platform event
    assert [a["code"] for a in fake.acks] == [200, 200]  # and acked, so DingTalk stops sending it
