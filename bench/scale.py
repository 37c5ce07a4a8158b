"""Webhook scale-out: acknowledgements and exactly-once replies with one and two `greetbot serve` replicas on
PostgreSQL (and one on SQLite, the single-process default), and how long a survivor needs to finish the work a
killed replica had claimed.

Scenarios, each with its own fresh database, fakes and processes:
  sqlite-1         one replica, SQLite in its data dir
  postgres-1       one replica on a fresh, migrated PostgreSQL database
  postgres-2       two replicas on one database, the posts alternating between them
  postgres-2-kill  the same, and the second replica SIGKILLed once half the posts are acknowledged; a post it does
                   not acknowledge goes to the survivor, as the platform would redeliver it
The burst is bench/webhook's: DingTalk, every message from its own DM, a complete request so the model (the fake,
answering at once) writes drafts and each message gets exactly one reply; `--text help` sends "/help" instead (no
model). N messages plus 10% redeliveries, each to the other replica, C posts in flight.
Measured: acks/s and client-side ack latency p50/p99; non-200 acks after failover; failovers (posts repeated at
another replica); messages lost and answered twice, counted at the fake; burst start → last reply. For the kill:
items the dead replica held (claimed or being sent), of which mid-send (replies stored: the only ones that may go
out twice), kill → the last of them finished by the survivor (from the inbox's done_at), kill → last reply overall.
Leases are short (--lease, GREETBOT_INBOX_LEASE_S): the takeover is lease-bound, 120 s by default in production.
Needs PostgreSQL (scripts/postgres-up; or GREETBOT_TEST_POSTGRES_URL) for the postgres scenarios.
Run: .venv/bin/python bench/scale.py [-n 600] [--concurrency 32] [--lease 5] [--text request|help]
     [--scenarios sqlite-1 postgres-1 postgres-2 postgres-2-kill] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shlex
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `tests` is not an installed package: import the fakes and helpers from the checkout

from bench.webhook import DRAFTS, SLOTS, DingTalk  # noqa: E402
from bot.storage.store import Store  # noqa: E402
from tests import postgres  # noqa: E402
from tests.fake_openai import running_fake_openai  # noqa: E402
from tests.replicas import (  # noqa: E402
    DingTalkSaying,
    Held,
    held_items,
    migrated_postgres,
    post_all,
    replica_env,
    serving,
    settle,
    spread,
    takeover,
    tally,
    wait_all_ready,
)

# name → (database, replicas, kill the last one halfway)
SCENARIOS: dict[str, tuple[str, int, bool]] = {
    "sqlite-1": ("sqlite", 1, False), "postgres-1": ("postgresql", 1, False),
    "postgres-2": ("postgresql", 2, False), "postgres-2-kill": ("postgresql", 2, True),
}


@dataclass
class Figures:
    scenario: str
    database: str
    replicas: int
    events: int
    posts: int  # events + redeliveries
    acks_per_s: float
    ack_p50_ms: float
    ack_p99_ms: float
    non_200: int  # deliveries no replica acknowledged with 200
    failovers: int  # posts repeated at another replica
    lost: int
    answered_twice: int
    last_reply_s: float | None  # burst start → last reply
    killed_held: int | None  # items the killed replica held at its death
    killed_mid_send: int | None  # of those, replies stored (possibly sent already)
    takeover_s: float | None  # kill → the last of those finished by the survivor
    kill_to_last_reply_s: float | None  # kill → the last reply of the whole burst
    timed_out: bool


@asynccontextmanager
async def database(kind: str, data: Path) -> AsyncIterator[str | None]:
    """The URL for the replicas; None: SQLite, which each replica finds in its data dir."""
    if kind == "sqlite":
        yield None
        return
    async with migrated_postgres() as url:
        yield url


async def run_scenario(name: str, args: argparse.Namespace, workdir: Path) -> Figures:
    kind, count, kill = SCENARIOS[name]
    home = workdir / name
    data = home / "data"  # shared by the replicas: only SQLite uses it, and SQLite runs one
    async with AsyncExitStack() as stack:
        openai = stack.enter_context(running_fake_openai())
        openai.reply = lambda body: [SLOTS] if "response_format" in body else DRAFTS  # instant, as bench/webhook
        # (the platforms take an ExitStack; an AsyncExitStack has the same enter_context)
        platform = DingTalk(stack) if args.text == "request" else DingTalkSaying(stack, "/help")  # type: ignore
        url = await stack.enter_async_context(database(kind, data))
        env = replica_env(platform.env(), database_url=url, data_dir=data, lease_s=args.lease,
                          llm_base_url=openai.base_url, llm_timeout_s=5.0)
        replicas = stack.enter_context(serving(count, env, home))
        await wait_all_ready(replicas, [platform.name])
        # Opened after the replicas: SQLite is migrated by the serving process, PostgreSQL was migrated above.
        store = await Store.open(url or f"sqlite+aiosqlite:///{(data / 'greetbot.db').resolve()}")
        stack.push_async_callback(store.close)

        events = [platform.event(i) for i in range(args.n)]  # built (and signed) before the clock starts
        deliveries = spread(events, count, seed=args.n)
        victim = replicas[-1] if kill else None
        killed = asyncio.Event()

        def kill_halfway(acks: int) -> None:
            if victim is not None and acks == len(deliveries) // 2 and victim.alive():
                victim.kill()
                killed.set()

        async def snapshot() -> list[Held]:
            await killed.wait()
            await asyncio.sleep(0.2)  # a commit the victim had already sent still lands
            return await held_items(store)

        snap = asyncio.create_task(snapshot()) if kill else None
        started = time.monotonic()
        burst = await post_all(replicas, platform.path, deliveries, concurrency=args.concurrency, on_ack=kill_halfway)
        held = await asyncio.wait_for(snap, 30) if snap is not None else []
        keys = [key for key, _, _ in events]
        settled = await settle(platform.replies, keys, store, timeout_s=args.timeout)
        result = tally(platform.replies(), keys)
        took = await takeover(store, held) if kill else None
        for r in replicas:
            if r is not victim and not r.alive():
                raise RuntimeError(f"replica {r.name} exited ({r.proc.returncode}):\n{r.tail()}")

    last = settled.last_reply_at
    return Figures(
        scenario=name, database=kind, replicas=count, events=args.n, posts=len(deliveries),
        acks_per_s=round(burst.acks_per_s, 1), ack_p50_ms=round(burst.ack_ms(0.50), 1),
        ack_p99_ms=round(burst.ack_ms(0.99), 1), non_200=burst.non_200, failovers=burst.failovers,
        lost=result.lost, answered_twice=result.answered_twice,
        last_reply_s=round(last - started, 2) if last is not None else None,
        killed_held=took.orphaned if took else None, killed_mid_send=took.mid_send if took else None,
        takeover_s=_round(took.seconds_after(victim.killed_wall)) if took and victim else None,
        kill_to_last_reply_s=_round(last - victim.killed_at) if victim and victim.killed_at and last else None,
        timed_out=settled.timed_out)


def _round(value: float | None) -> float | None:
    return round(value, 2) if value is not None else None


def failed(r: Figures) -> bool:
    # Only a message that was on its way when its replica died may go out twice (replies stored, "done" not yet).
    allowed_twice = r.killed_mid_send or 0
    return bool(r.non_200 or r.lost or r.answered_twice > allowed_twice or r.timed_out)


async def run(args: argparse.Namespace, workdir: Path) -> list[Figures]:
    # One scenario after another, so each one's figures are its own.
    return [await run_scenario(name, args, workdir) for name in args.scenarios]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=600, help="messages (each from its own DM)")
    ap.add_argument("--concurrency", type=int, default=32, help="webhooks in flight at once")
    ap.add_argument("--lease", type=float, default=5.0, help="GREETBOT_INBOX_LEASE_S for every replica")
    ap.add_argument("--text", choices=["request", "help"], default="request",
                    help="request: the model writes drafts (bench/webhook's burst); help: /help, no model")
    ap.add_argument("--scenarios", nargs="+", choices=list(SCENARIOS), default=list(SCENARIOS))
    ap.add_argument("--timeout", type=float, default=180.0, help="seconds to wait for all replies, per scenario")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args()
    if any(SCENARIOS[s][0] == "postgresql" for s in args.scenarios) and (reason := postgres.unavailable_reason()):
        print(f"error: {reason}", file=sys.stderr)
        return 2
    command = shlex.join([os.path.relpath(sys.executable, Path.cwd()), *sys.argv])
    with tempfile.TemporaryDirectory(prefix="greetbot-scale-") as tmp:
        results = asyncio.run(run(args, Path(tmp)))
    if args.json:
        print(json.dumps({"command": command, "n": args.n, "concurrency": args.concurrency, "lease_s": args.lease,
                          "text": args.text, "results": [asdict(r) for r in results]}, ensure_ascii=False))
    else:
        print(f"$ {command}")
        print(f"{'scenario':15} {'events':>6} {'posts':>5} {'acks/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'non200':>6} "
              f"{'failover':>8} {'lost':>4} {'twice':>5} {'last reply s':>12} {'held':>4} {'mid-send':>8} "
              f"{'takeover s':>10} {'kill→last s':>11}")
        for r in results:
            def show(v: float | int | None, fmt: str = "") -> str:
                return "—" if v is None else format(v, fmt)

            print(f"{r.scenario:15} {r.events:6} {r.posts:5} {r.acks_per_s:7.1f} {r.ack_p50_ms:7.1f} "
                  f"{r.ack_p99_ms:7.1f} {r.non_200:6} {r.failovers:8} {r.lost:4} {r.answered_twice:5} "
                  f"{show(r.last_reply_s, '.2f'):>12} {show(r.killed_held):>4} {show(r.killed_mid_send):>8} "
                  f"{show(r.takeover_s, '.2f'):>10} {show(r.kill_to_last_reply_s, '.2f'):>11}"
                  + ("  TIMED OUT" if r.timed_out else ""))
    # Non-zero when an acknowledgement failed or a message was lost or answered twice beyond what a kill explains.
    return int(any(failed(r) for r in results))


if __name__ == "__main__":
    sys.exit(main())
