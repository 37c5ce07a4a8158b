"""Several `greetbot serve` replicas on one database, driven from outside: what tests/test_replicas.py and
bench/scale.py share.

A replica is a real process (bench.webhook.start_server), with its own port and log, and every replica has every
platform mounted. The fake platforms and the fake model run in this process. A burst of signed webhooks is spread
over the replicas the way a load balancer would, and a delivery that gets no 200 (a dead replica) is posted again at
the next replica, as the platform would redeliver it. Outcomes are read where they are visible: the replies at the
fake platform, and the inbox table.
"""

from __future__ import annotations

import asyncio
import random
import signal
import subprocess
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from contextlib import ExitStack, asynccontextmanager, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from fastapi import Request
from fastapi.responses import JSONResponse
from sqlalchemy import select

from bench.webhook import DingTalk, free_port, pct, start_server, stop_server, wait_ready
from bot.storage.store import Store
from bot.storage.tables import InboxRow, LockRow
from tests import postgres
from tests.fakes.telegram import FakeTelegram

# Nothing listens on the discard port: the model is down at once, so turns and scheduled greetings use the composer.
DEAD_LLM = "http://127.0.0.1:9/v1"
OPEN = ("pending", "claimed", "replied")  # inbox states that still owe a reply
Event = tuple[str, bytes, dict[str, str]]  # (the message's key: its DM, signed body, headers)


# Replicas ---------------------------------------------------------------------------------------------------------

@dataclass
class Replica:
    name: str
    port: int
    proc: subprocess.Popen[bytes]
    workdir: Path
    killed_at: float | None = None  # monotonic
    killed_wall: datetime | None = None  # the same moment in UTC, to compare with the database's timestamps

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log(self) -> Path:
        return self.workdir / "serve.log"

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> float:
        """SIGKILL: no shutdown of any kind, as when a machine dies. The monotonic time of death."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)
        self.killed_at, self.killed_wall = time.monotonic(), datetime.now(UTC)
        return self.killed_at

    def tail(self, chars: int = 3000) -> str:
        return self.log.read_text(errors="replace")[-chars:] if self.log.exists() else ""


def replica_env(platform_env: dict[str, str], *, database_url: str | None, data_dir: Path,
                lease_s: float = 5.0, leader_poll_s: float = 1.0, outbox_lease_s: float = 3.0,
                llm_base_url: str = DEAD_LLM, llm_timeout_s: float = 0.2) -> dict[str, str]:
    """GREETBOT_* settings without the prefix (start_server adds it). Short leases: a dead replica's work comes back
    in seconds, not the production two minutes."""
    env = {"DATA_DIR": str(data_dir), "INBOX_LEASE_S": str(lease_s), "LEADER_POLL_S": str(leader_poll_s),
           "OUTBOX_LEASE_S": str(outbox_lease_s), "LLM_BASE_URL": llm_base_url, "LLM_TIMEOUT_S": str(llm_timeout_s),
           **platform_env}
    if database_url is not None:
        env["DATABASE_URL"] = database_url
    return env


def start_replicas(count: int, env: dict[str, str] | Callable[[str], dict[str, str]], workdir: Path) -> list[Replica]:
    """`count` replicas named a, b, …; `env` may depend on the name (e.g. a per-replica API base)."""
    replicas: list[Replica] = []
    try:
        for name in "abcdefgh"[:count]:
            home = workdir / f"replica-{name}"
            home.mkdir(parents=True, exist_ok=True)
            port = free_port()
            replicas.append(Replica(name, port, start_server(port, env(name) if callable(env) else env, home), home))
    except BaseException:
        stop_replicas(replicas)  # never leave a started one behind
        raise
    return replicas


async def wait_all_ready(replicas: Sequence[Replica], platforms: list[str]) -> None:
    for r in replicas:
        async with httpx.AsyncClient(base_url=r.url, timeout=5) as client:
            await wait_ready(client, r.proc, r.log, platforms)


def stop_replicas(replicas: Sequence[Replica]) -> None:
    for r in replicas:
        stop_server(r.proc)


@contextmanager
def serving(count: int, env: dict[str, str] | Callable[[str], dict[str, str]],
            workdir: Path) -> Iterator[list[Replica]]:
    replicas = start_replicas(count, env, workdir)
    try:
        yield replicas
    finally:
        stop_replicas(replicas)


# Databases --------------------------------------------------------------------------------------------------------

@asynccontextmanager
async def migrated_postgres() -> AsyncIterator[str]:
    """A new, empty PostgreSQL database migrated to the code's head (as `greetbot db upgrade` does); dropped after
    (with FORCE: a killed replica's sessions may linger)."""
    name, url = await asyncio.to_thread(postgres.fresh_database, migrated=False)
    try:
        store = await Store.open(url, migrate=True)
        await store.close()
        yield url
    finally:
        await asyncio.to_thread(postgres.drop_database, name)


# Platforms --------------------------------------------------------------------------------------------------------

class DingTalkSaying(DingTalk):
    """bench.webhook's DingTalk (one DM per message, a fresh sessionWebhook each), every message saying `text`."""

    def __init__(self, stack: ExitStack, text: str) -> None:
        super().__init__(stack)
        self.text = text


_VIA: ContextVar[str] = ContextVar("via", default="")


@dataclass(frozen=True)
class Accepted:
    at: float  # monotonic
    chat: int | str
    text: str
    replica: str  # whose API base the request came through


class ReplicaTelegram(FakeTelegram):
    """The fake Telegram Bot API (30 msg/s overall, 429 beyond), also served under /via/<replica>/: give each
    replica its own API base and every accepted message says which replica sent it, and when."""

    def __init__(self, token: str, **kwargs: Any) -> None:
        super().__init__(token, **kwargs)
        self.app.add_api_route("/via/{replica}/bot{token}/{method}", self._via, methods=["GET", "POST"])

    def reset(self) -> None:
        super().reset()
        self.accepted: list[Accepted] = []

    def api_base_for(self, replica: str) -> str:
        return f"{self.api_base}/via/{replica}"

    async def _via(self, replica: str, token: str, method: str, request: Request) -> JSONResponse:
        _VIA.set(replica)  # the handler below runs in this request's context
        return await self._handle(token, method, request)

    async def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        result = await super()._send_message(params)  # raises on a refusal: only accepted sends are recorded
        self.accepted.append(Accepted(self.clock(), result["chat"]["id"], result["text"], _VIA.get()))
        return result

    def http_429(self) -> int:
        return sum(status == 429 for _, status, _ in self.rejected)


def telegram_update(update_id: int, user_id: int, message_id: int, text: str) -> dict[str, Any]:
    """A private-chat text message as Telegram posts it (a private chat's id is the user's id)."""
    return {"update_id": update_id, "message": {
        "message_id": message_id, "date": int(time.time()), "text": text,
        "chat": {"id": user_id, "type": "private", "first_name": f"U{user_id}"},
        "from": {"id": user_id, "is_bot": False, "first_name": f"U{user_id}"}}}


# Bursts -----------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Delivery:
    key: str
    body: bytes
    headers: dict[str, str]
    replica: int  # index of the replica it is posted to first
    redelivery: bool = False


def spread(events: Sequence[Event], replicas: int, *, redeliver_share: float = 0.10, seed: int = 0) -> list[Delivery]:
    """Originals round-robin over the replicas; `redeliver_share` of them posted once more, to the next replica,
    somewhere in the burst (sometimes while the original is still in flight, sometimes before it)."""
    rng = random.Random(seed)
    out = [Delivery(key, body, headers, i % replicas) for i, (key, body, headers) in enumerate(events)]
    for i in rng.sample(range(len(events)), round(len(events) * redeliver_share)):
        key, body, headers = events[i]
        out.insert(rng.randrange(len(out) + 1), Delivery(key, body, headers, (i + 1) % replicas, redelivery=True))
    return out


@dataclass
class Burst:
    posts: int
    seconds: float
    latencies: list[float] = field(default_factory=list)  # every POST that got an HTTP answer
    statuses: Counter[int] = field(default_factory=Counter)  # final status per delivery; 0: no replica answered
    failovers: int = 0  # deliveries posted again at another replica after no 200

    @property
    def acks_per_s(self) -> float:
        return self.statuses[200] / self.seconds if self.seconds else 0.0

    @property
    def non_200(self) -> int:
        return sum(n for status, n in self.statuses.items() if status != 200)

    def ack_ms(self, q: float) -> float:
        return pct(self.latencies, q) * 1000 if self.latencies else 0.0


async def post_all(replicas: Sequence[Replica], path: str, deliveries: Sequence[Delivery], *, concurrency: int = 32,
                   on_ack: Callable[[int], None] | None = None) -> Burst:
    """Post every delivery with `concurrency` in flight; `on_ack(acks so far)` after each 200 (to kill mid-burst)."""
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    clients = [httpx.AsyncClient(base_url=r.url, limits=limits, timeout=30) for r in replicas]
    burst = Burst(len(deliveries), 0.0)
    gate = asyncio.Semaphore(concurrency)
    acks = 0

    async def deliver(d: Delivery) -> None:
        nonlocal acks
        status = 0
        async with gate:
            for k in range(len(clients)):  # the first choice, then the others: the platform redelivers
                t0 = time.perf_counter()
                try:
                    status = (await clients[(d.replica + k) % len(clients)].post(
                        path, content=d.body, headers=d.headers)).status_code
                except httpx.TransportError:
                    status = 0
                else:
                    burst.latencies.append(time.perf_counter() - t0)
                if status == 200:
                    break
                if status and status < 500:
                    break  # refused (401/403/413): another replica would refuse it too
                burst.failovers += 1
        burst.statuses[status] += 1
        if status == 200:
            acks += 1
            if on_ack is not None:
                on_ack(acks)

    started = time.perf_counter()
    try:
        await asyncio.gather(*(deliver(d) for d in deliveries))
    finally:
        burst.seconds = time.perf_counter() - started
        for client in clients:
            await client.aclose()
    return burst


# Outcomes ---------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Tally:
    messages: int
    lost: int  # messages with no reply at all
    answered_twice: int  # messages with more than one reply
    replies: int


def tally(replies: Counter[str], keys: Sequence[str]) -> Tally:
    return Tally(len(keys), sum(1 for k in keys if not replies[k]), sum(1 for k in keys if replies[k] > 1),
                 sum(replies[k] for k in keys))


@dataclass(frozen=True)
class Settled:
    all_replied_at: float | None  # monotonic: every message had a reply
    last_reply_at: float | None  # monotonic: the reply count last went up
    timed_out: bool


async def settle(replies: Callable[[], Counter[str]], keys: Sequence[str], store: Store, *,
                 timeout_s: float) -> Settled:
    """Wait until every key has a reply and the inbox owes nothing (so no resend is still to come), or the timeout."""
    deadline = time.monotonic() + timeout_s
    seen, last_at, all_at = -1, None, None
    while time.monotonic() < deadline:
        now_replies = replies()
        total = sum(now_replies[k] for k in keys)
        if total != seen:
            seen, last_at = total, time.monotonic()
        if all_at is None and all(now_replies[k] for k in keys):
            all_at = time.monotonic()
        if all_at is not None and not await open_items(store):
            return Settled(all_at, last_at, False)
        await asyncio.sleep(0.05)
    return Settled(all_at, last_at, True)


async def open_items(store: Store) -> int:
    counts = await store.inbox_counts()
    return sum(counts.get(s, 0) for s in OPEN)


@dataclass(frozen=True)
class Held:
    """An inbox item under a lease at some moment."""

    id: int
    status: str  # claimed (turn not yet stored) | replied (replies stored, being sent)
    lease_owner: str  # "<worker id>:<claim token>"
    attempts: int

    @property
    def worker(self) -> str:
        return self.lease_owner.split(":", 1)[0]


async def held_items(store: Store) -> list[Held]:
    async with store.engine.connect() as conn:
        rows = await conn.execute(select(InboxRow.id, InboxRow.status, InboxRow.lease_owner, InboxRow.attempts)
                                  .where(InboxRow.status.in_(("claimed", "replied")),
                                         InboxRow.lease_owner.is_not(None)))
        return [Held(i, s, o, a) for i, s, o, a in rows.all()]


async def worker_of(replica: Replica, store: Store) -> str:
    """The replica's inbox worker id: its /readyz writes it to the "readyz" lock row (its write check)."""
    async with httpx.AsyncClient(base_url=replica.url, timeout=5) as client:
        assert (await client.get("/readyz")).status_code == 200
    async with store.engine.connect() as conn:
        holder = await conn.scalar(select(LockRow.holder).where(LockRow.name == "readyz"))
    assert holder, "no readyz row after a ready answer"
    return holder


async def kill_while_holding(victim: Replica, worker: str, store: Store, *, start: asyncio.Event,
                             timeout_s: float = 60.0) -> list[Held]:
    """Once `start` is set, SIGKILL the victim at the first moment it holds claimed work in the database, then
    return what was held just after the kill (a commit the victim had already sent still lands).

    It waits for two held items where it can (a reply goes out every 50 ms, so two are never both finished in the
    few milliseconds between the look and the kill; with one, once in a CI run the victim finished it first and
    died holding nothing), and takes one only after half the time."""
    await start.wait()
    started = time.monotonic()
    while (held := sum(h.worker == worker for h in await held_items(store))) < 2:
        waited = time.monotonic() - started
        if held and waited > timeout_s / 2:
            break
        if waited > timeout_s:
            raise TimeoutError(f"the victim held no claimed work within {timeout_s:.0f} s")
        await asyncio.sleep(0.005)
    victim.kill()
    await asyncio.sleep(0.2)
    return await held_items(store)


async def attempts_of(store: Store, ids: Sequence[int]) -> dict[int, tuple[str, int, datetime | None]]:
    """id → (status, attempts, done_at) now."""
    if not ids:
        return {}
    async with store.engine.connect() as conn:
        rows = await conn.execute(select(InboxRow.id, InboxRow.status, InboxRow.attempts, InboxRow.done_at)
                                  .where(InboxRow.id.in_(list(ids))))
        return {i: (s, a, d) for i, s, a, d in rows.all()}


@dataclass(frozen=True)
class Takeover:
    """What a killed replica held, and what became of it."""

    orphaned: int  # items it held at the kill (claimed again later by the survivor)
    mid_send: int  # of those, items whose replies were stored, i.e. possibly sent already
    finished: int  # of those, items done at the end
    workers: int  # distinct workers the orphans had (1: they were all the dead replica's)
    last_done_at: datetime | None  # when the last of them was finished (UTC)

    def seconds_after(self, moment: datetime | None) -> float | None:
        """The kill → the last orphan finished."""
        if moment is None or self.last_done_at is None:
            return None
        done = self.last_done_at if self.last_done_at.tzinfo else self.last_done_at.replace(tzinfo=UTC)
        return (done - moment).total_seconds()


async def takeover(store: Store, held_at_kill: Sequence[Held]) -> Takeover:
    """The dead replica's items are the ones claimed again after the kill: a live worker finishes what it holds in
    one claim, so only an item whose holder died (lease ran out) gets a second attempt."""
    now = await attempts_of(store, [h.id for h in held_at_kill])
    orphans = [h for h in held_at_kill if now[h.id][1] > h.attempts]
    done = [now[h.id][2] for h in orphans if now[h.id][2] is not None]
    return Takeover(len(orphans), sum(h.status == "replied" for h in orphans),
                    sum(now[h.id][0] == "done" for h in orphans), len({h.worker for h in orphans}),
                    max(done) if done else None)


async def until(predicate: Callable[[], Awaitable[bool]], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not await predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"not within {timeout_s:.0f} s: {what}")
        await asyncio.sleep(0.1)


async def webhook_outcomes(replica: Replica, platform: str) -> Counter[str]:
    """The replica's own count of webhooks by outcome (stored, duplicate, refused…), from its /metrics."""
    async with httpx.AsyncClient(base_url=replica.url, timeout=5) as client:
        text = (await client.get("/metrics")).text
    out: Counter[str] = Counter()
    for line in text.splitlines():
        if line.startswith("greetbot_webhooks_total{") and f'platform="{platform}"' in line:
            labels, value = line.rsplit(" ", 1)
            outcome = labels.split('outcome="', 1)[1].split('"', 1)[0]
            out[outcome] += int(float(value))
    return out
