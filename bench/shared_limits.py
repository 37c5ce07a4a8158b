"""Shared send budgets, measured end to end: do N `greetbot serve` replicas on one PostgreSQL database stay, together,
under a bot's per-chat limits?

Replicas are started the way tests/test_replicas.py starts them (tests/replicas.py: real `greetbot serve` processes,
a fresh migrated PostgreSQL database, fake platforms and a dead model on 127.0.0.1). Two scenarios, one after the
other, on the same replicas:
- feishu: one busy Feishu group. N signed, encrypted im.message.receive_v1 events ("@Greetbot /help" from N different
  users, all in ONE group chat), alternately posted to the replicas. Every reply goes into that chat, where Feishu
  allows 5 messages/s (shared by all bots in it; beyond: HTTP 400, code 230020).
- dingtalk: one busy DingTalk group. M signed group callbacks that @-mention the robot in ONE conversation, spread
  over the replicas; the replies go into that group, where a robot may send 20 messages a minute (beyond: errcode
  130101, and the fake then throttles the group for 10 minutes).
Measured at the fake platforms: replies sent, the most sends in any 1-second (Feishu) / 60-second (DingTalk) window to
that chat, throttling answers, messages answered more than once, and the wall time from the first post to the last
reply. Then the limiter's own cost: `DatabaseBudget.take` timed against the same database with a rate so high that
no call waits (one upsert round trip each).

A benchmark, not a test: it prints figures; the exit status is non-zero only when something could not be measured
(a replica did not start, replies did not all arrive in time).
Run: .venv/bin/python bench/shared_limits.py [--feishu 40] [--dingtalk 30] [--replicas 2] [--lease 5] [--takes 500]
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
from collections import Counter, defaultdict
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `tests` is not an installed package: import the fakes and helpers from the checkout

from fastapi import Request  # noqa: E402
from sqlalchemy import select  # noqa: E402
from fastapi.responses import JSONResponse  # noqa: E402

from bench.webhook import DingTalk, Feishu, pct  # noqa: E402
from bot.storage.budgets import DatabaseBudget  # noqa: E402
from bot.storage.store import Store  # noqa: E402
from bot.storage.tables import InboxRow  # noqa: E402
from tests import postgres  # noqa: E402
from tests.fakes.dingtalk import FakeDingTalk  # noqa: E402
from tests.fakes.feishu import BOT_OPEN_ID  # noqa: E402
from tests.replicas import (OPEN, migrated_postgres, post_all, replica_env, serving, settle, spread,  # noqa: E402
                            wait_all_ready)

FEISHU_GROUP = "oc_busygroup0000000000000000000000"
FEISHU_LIMIT_PER_S = 5  # per chat, shared by every bot in it (im/v1 message create/reply doc)
DINGTALK_GROUP = "cidBusyGroup=="
DINGTALK_LIMIT_PER_MIN = 20  # per group robot (custom-robot doc)
AT_BOT = ("@_user_1", BOT_OPEN_ID, "Greetbot")  # as tests/test_feishu.py @-mentions the bot
TEXT = "/help"  # answered without a model: one reply per message, no model involved
LEASE_S = 5.0  # GREETBOT_INBOX_LEASE_S, as tests/test_replicas.py runs its replicas (production: 120 s)


# Platforms --------------------------------------------------------------------------------------------------------

class CountingDingTalk(FakeDingTalk):
    """The fake DingTalk, also noting which sessionWebhook each accepted send used (one per callback, so a reply is
    matched to its message) and every 130101 it answered."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.session_sends: dict[str, list[float]] = defaultdict(list)  # session token → when sends through it
        self.refusals: Counter[int] = Counter()  # errcode → sessionWebhook sends refused with it
        super().__init__(*args, **kwargs)  # registers self._session_send, i.e. the method below

    async def _session_send(self, request: Request) -> JSONResponse:
        answer = await super()._session_send(request)
        code = json.loads(answer.body).get("errcode")
        if code == 0:
            self.session_sends[request.query_params.get("session", "")].append(self.clock())
        else:
            self.refusals[code] += 1
        return answer


class DingTalkGroup(DingTalk):
    """bench.webhook's DingTalk, but every callback an @-mention of the robot in one group conversation."""

    def __init__(self, stack: ExitStack) -> None:  # noqa: D107 - DingTalk's, with the counting fake
        self.fake = stack.enter_context(CountingDingTalk.running())

    def event(self, i: int) -> tuple[str, bytes, dict[str, str]]:
        # As DingTalk.event: each callback signed with its own millisecond (a (timestamp, sign) pair carries one body).
        self._ms = max(getattr(self, "_ms", 0) + 1, int(time.time() * 1000))
        body = self.fake.callback(" " + TEXT, group=True, conversation_id=DINGTALK_GROUP, staff_id=f"bench{i}",
                                  nick=f"同事{i}", msg_id=f"msggroup{i:06d}")
        session = body["sessionWebhook"].rsplit("session=", 1)[1]  # the reply to this message comes through it
        headers = {"content-type": "application/json", **self.fake.signed_headers(self._ms)}
        return session, json.dumps(body, ensure_ascii=False).encode(), headers

    def reply_times(self) -> dict[str, list[float]]:
        """Message (its session) → when each reply to it was accepted, on the fake's clock."""
        return {k: list(v) for k, v in list(self.fake.session_sends.items())}

    def replies(self) -> Counter[str]:
        return Counter({k: len(v) for k, v in self.reply_times().items()})


class FeishuGroup(Feishu):
    """bench.webhook's Feishu, but every event an @-mention of the bot in one group chat, from its own user."""

    def event(self, i: int) -> tuple[str, bytes, dict[str, str]]:
        msg = self.events.message(FEISHU_GROUP, f"ou_bench{i:026d}", f"@_user_1 {TEXT}", chat_type="group",
                                  mentions=[AT_BOT])
        body, headers = self.events.seal(msg)
        return msg["event"]["message"]["message_id"], body, headers

    def reply_times(self) -> dict[str, list[float]]:
        """Message → when each reply to it was accepted, on the fake's clock. A reply in a group answers (reply API)
        the message it is about; a plain create counts under ""."""
        out: dict[str, list[float]] = defaultdict(list)
        for s in list(self.fake.sent):
            out[s.reply_to or ""].append(s.at)
        return out

    def replies(self) -> Counter[str]:
        return Counter({k: len(v) for k, v in self.reply_times().items()})


# Scenarios --------------------------------------------------------------------------------------------------------

@dataclass
class Figures:
    name: str
    messages: int
    posts_ok: int
    replies: int  # accepted sends into the group
    answered: int  # messages with at least one reply
    duplicates: int  # replies beyond the first to one message
    window_s: float
    max_in_window: int
    limit: int
    throttled: Counter[str]
    seconds: float | None  # first post → every message answered
    last_reply_s: float | None  # first post → the last accepted send into the group
    timed_out: bool
    still_open: int = 0  # inbox items that still owed replies when the wait ended
    reclaimed: int = 0  # inbox items claimed more than once (a lease ran out before they were done)
    duplicate_gaps: list[float] = field(default_factory=list)  # seconds from a message's first reply to each extra
    extra: str = ""

    def summary(self) -> str:
        window = "1 s" if self.window_s == 1.0 else f"{self.window_s:.0f} s"
        throttled = ", ".join(f"{n} × {code}" for code, n in self.throttled.items())
        took = f"{self.seconds:.1f} s" if self.seconds is not None else \
            f"NOT all answered (last send at {self.last_reply_s or 0:.1f} s)"
        return (f"{self.name}: {self.replies} replies to {self.messages} messages, max {self.max_in_window} in any "
                f"{window} (limit {self.limit}), {throttled}, {self.duplicates} duplicates, {took}"
                + (f" ({self.reclaimed} inbox items claimed again)" if self.reclaimed else ""))


async def run_scenario(name: str, platform: Any, replicas: list[Any], store: Store, n: int, timeout_s: float,
                       window_s: float, limit: int, group: str) -> Figures:
    events = [platform.event(i) for i in range(n)]  # built (encrypted, signed) before the clock starts
    keys = [key for key, _, _ in events]
    deliveries = spread(events, len(replicas), redeliver_share=0.0)  # round-robin, no redeliveries
    fake = platform.fake
    started_fake = fake.clock()  # the fakes stamp sends with their own clock (Feishu monotonic, DingTalk epoch)
    burst = await post_all(replicas, platform.path, deliveries, concurrency=16)
    settled = await settle(platform.replies, keys, store, timeout_s=timeout_s)
    await asyncio.sleep(1.0)  # a late extra send (a duplicate) would show up now
    replies, times = platform.replies(), platform.reply_times()
    firsts = [min(times[k]) - started_fake for k in keys if times.get(k)]
    gaps = sorted(t - min(times[k]) for k in keys if len(times.get(k, ())) > 1 for t in sorted(times[k])[1:])
    async with store.engine.connect() as conn:
        attempts = (await conn.scalars(select(InboxRow.attempts).where(InboxRow.platform == name))).all()
        still_open = len((await conn.scalars(select(InboxRow.id).where(
            InboxRow.platform == name, InboxRow.status.in_(OPEN)))).all())
    if name == "feishu":
        throttled = Counter({"230020": sum(a.code == 230020 for a in fake.attempts),
                             "429": sum(a.status == 429 for a in fake.attempts)})
        extra = (f"im/v1 calls {len(fake.attempts)}, accepted {len(fake.sent)}, uuid-deduplicated "
                 f"{len(fake.deduplicated)}, plain creates (not replies) {replies['']}")
    else:
        throttled = Counter({"130101": fake.refusals.get(130101, 0)})
        other = {c: k for c, k in fake.refusals.items() if c != 130101}
        extra = (f"send calls {Counter(fake.calls)}, accepted {len(fake.messages)}"
                 + (f", other refusals {other}" if other else "")
                 + (", group throttled by the fake" if group in fake._throttled_until
                    and fake._throttled_until[group] > fake.clock() else ""))
    return Figures(
        name=name, messages=n, posts_ok=burst.statuses[200],
        replies=len(fake.send_log.times(group)),
        answered=sum(1 for k in keys if replies[k]),
        duplicates=sum(replies[k] - 1 for k in keys if replies[k] > 1),
        window_s=window_s, max_in_window=fake.send_log.max_in_window(window_s, group), limit=limit,
        throttled=throttled,
        seconds=max(firsts) if len(firsts) == n else None,
        last_reply_s=max(t for v in times.values() for t in v) - started_fake if times else None,
        timed_out=settled.timed_out, still_open=still_open, reclaimed=sum(a > 1 for a in attempts), duplicate_gaps=gaps, extra=extra)


def print_figures(f: Figures, replicas: list[Any], fake: Any) -> None:
    print(f"\n== {f.name}: {f.messages} messages @-mentioning the bot in one group, over {len(replicas)} replicas ==")
    print(f"  webhooks acknowledged (200)    {f.posts_ok}/{f.messages}")
    print(f"  replies sent into the group    {f.replies}")
    print(f"  messages answered              {f.answered}/{f.messages}")
    print(f"  duplicates                     {f.duplicates}"
          + (f"  (extra reply {min(f.duplicate_gaps):.1f}–{max(f.duplicate_gaps):.1f} s after the first)"
             if f.duplicate_gaps else ""))
    print(f"  inbox items claimed again      {f.reclaimed}  (lease ran out before the item was done)")
    print(f"  max sends in any {f.window_s:.0f} s window    {f.max_in_window}  (limit {f.limit})")
    for code, n in f.throttled.items():
        print(f"  answers {code:<22} {n}")
    print(f"  first post → all answered      {f'{f.seconds:.1f} s' if f.seconds is not None else 'not all'}")
    print(f"  first post → last send         {f'{f.last_reply_s:.1f} s' if f.last_reply_s is not None else '—'}")
    if f.timed_out:
        print(f"  (the wait timed out: a reply missing, or the inbox still owed replies: {f.still_open} items open)")
    print(f"  fake: {f.extra}")
    # Per-second (Feishu) / per-10-second (DingTalk) profile of the sends, from the fake's own clock.
    times = fake.send_log.times(FEISHU_GROUP if f.name == "feishu" else DINGTALK_GROUP)
    if times:
        bucket = 1.0 if f.name == "feishu" else 10.0
        t0 = min(times)
        profile = Counter(int((t - t0) // bucket) for t in times)
        print(f"  sends per {bucket:.0f} s from the first:  "
              + " ".join(str(profile[i]) for i in range(max(profile) + 1)))


# The limiter's cost ------------------------------------------------------------------------------------------------

async def take_cost(url: str, calls: int) -> tuple[float, float, float]:
    """(mean, p50, p95) ms of `DatabaseBudget.take` with a rate so high that no call waits."""
    store = await Store.open(url, migrate=False)
    try:
        budget = DatabaseBudget(store.engine, "bench")
        rate = burst = 1e9
        for _ in range(20):  # warm the pool's connections and the statement cache; not counted
            await budget.take("chat:warmup", rate, burst)
        ms: list[float] = []
        for _ in range(calls):
            t0 = time.perf_counter()
            await budget.take("chat:cost", rate, burst)
            ms.append((time.perf_counter() - t0) * 1000)
    finally:
        await store.close()
    return sum(ms) / len(ms), pct(ms, 0.50), pct(ms, 0.95)


# Main -------------------------------------------------------------------------------------------------------------

async def run(args: argparse.Namespace, workdir: Path) -> tuple[list[Figures], tuple[float, float, float]]:
    figures: list[Figures] = []
    async with migrated_postgres() as url:  # a fresh database, migrated to head; dropped after
        store = await Store.open(url, migrate=False)
        try:
            with ExitStack() as stack:
                feishu, dingtalk = FeishuGroup(stack), DingTalkGroup(stack)
                env = replica_env(feishu.env() | dingtalk.env(), database_url=url, data_dir=workdir / "data",
                                  lease_s=args.lease)
                replicas = stack.enter_context(serving(args.replicas, env, workdir))
                t0 = time.monotonic()
                await wait_all_ready(replicas, ["feishu", "dingtalk"])
                print(f"{len(replicas)} replicas ready in {time.monotonic() - t0:.1f} s (inbox lease {args.lease:g} s): "
                      + ", ".join(f"{r.name}={r.url}" for r in replicas), flush=True)
                if args.feishu:
                    f = await run_scenario("feishu", feishu, replicas, store, args.feishu, args.timeout, 1.0,
                                           FEISHU_LIMIT_PER_S, FEISHU_GROUP)
                    print_figures(f, replicas, feishu.fake)
                    figures.append(f)
                if args.dingtalk:
                    # The adapter sends 16 a minute into a group: M replies take about M × 3.75 s, and every
                    # duplicate takes a slot too; half as long again, so the defaults end within ~5 minutes.
                    timeout = max(args.timeout, 1.5 * args.dingtalk * 60 / 16 + 30)
                    f = await run_scenario("dingtalk", dingtalk, replicas, store, args.dingtalk, timeout, 60.0,
                                           DINGTALK_LIMIT_PER_MIN, DINGTALK_GROUP)
                    print_figures(f, replicas, dingtalk.fake)
                    figures.append(f)
                dead = [r.name for r in replicas if not r.alive()]
                if dead:
                    print(f"\nreplicas that died during the run: {dead}")
                    for r in replicas:
                        if not r.alive():
                            print(r.tail())
        finally:
            await store.close()
        cost = await take_cost(url, args.takes)
    return figures, cost


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--feishu", type=int, default=40, help="Feishu group messages (0: skip the scenario)")
    ap.add_argument("--dingtalk", type=int, default=30, help="DingTalk group callbacks (0: skip the scenario)")
    ap.add_argument("--replicas", type=int, default=2, choices=range(1, 9), metavar="{1..8}")
    ap.add_argument("--takes", type=int, default=500, help="DatabaseBudget.take calls timed")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for every reply, per scenario")
    ap.add_argument("--lease", type=float, default=LEASE_S,
                    help="GREETBOT_INBOX_LEASE_S of the replicas (default: the tests' 5 s; production: 120 s)")
    ap.add_argument("--keep", action="store_true", help="keep the replicas' logs (their temp dir is printed)")
    args = ap.parse_args()
    started = time.monotonic()
    print(f"$ {shlex.join([os.path.relpath(sys.executable, Path.cwd()), *sys.argv])}")
    if reason := postgres.unavailable_reason():
        print(f"no PostgreSQL: {reason}")
        return 2
    print(f"PostgreSQL: {postgres.base_url().split('@')[-1]}")
    with ExitStack() as stack:
        if args.keep:
            workdir = Path(tempfile.mkdtemp(prefix="greetbot-limits-"))
            print(f"logs under {workdir}")
        else:
            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="greetbot-limits-")))
        figures, (mean, p50, p95) = asyncio.run(run(args, workdir))
    print(f"\n== limiter cost: DatabaseBudget.take, {args.takes} calls, none waiting, one connection at a time ==")
    print(f"  mean {mean:.2f} ms, p50 {p50:.2f} ms, p95 {p95:.2f} ms per call "
          f"(a group send takes two: its chat's budget and the bot's overall one)")
    print("\n== summary ==")
    for f in figures:
        print(f.summary())
    print(f"limiter: {mean:.2f} ms mean, {p95:.2f} ms p95 per take ({args.takes} calls)")
    print(f"total {time.monotonic() - started:.1f} s")
    return int(any(f.answered < f.messages for f in figures))


if __name__ == "__main__":
    sys.exit(main())
