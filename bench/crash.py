"""Crash test: SIGKILL `greetbot serve` mid-burst over DingTalk, Feishu and Telegram, restart it, redeliver (issue 16).

The fake platforms (tests/fakes/*) and the fake model (tests/fake_openai, every call --model-ms long, so turns are in
flight at the kill) run in this process; `greetbot serve` (SQLite in a temp dir) runs as a child that dies with us.
Per trial: N complete greeting requests, spread over the three platforms, each from its own DM user, posted at
--rate per second with --concurrency in flight. When a random share (25-45 %) of them is acknowledged, or after
--kill-after S, the server's process group gets SIGKILL (with --kill-on-reply P: from inside P's fake at the next
reply it accepts, so the platform has the reply and the server never hears back). It is restarted on the same port
and database, and then, as the platforms do, every delivery that did not get a 200 is redelivered, plus
--redeliver-share of the ones that did (same ids: Telegram update_id, Feishu event_id/message_id, DingTalk msgId).
Then (bounded) we wait until every message has a reply and the inbox is idle, and count at the fakes what each user
saw.
Judged (README "Under load, and after a crash"): lost = 0; a user-visible duplicate only on Telegram/DingTalk and
only for a crash between the platform's answer and our write (one reply before the restart, the repeat after);
on Feishu the repeat carries the same uuid, which the fake drops (`deduplicated`), so users see none; the last reply
within lease + --slack seconds of the restarted server's /readyz.
Run: .venv/bin/python bench/crash.py [-n 100] [--trials 3] [--lease 15] [--kill-after S | --kill-on-reply P] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shlex
import signal
import sys
import tempfile
import threading
import time
from collections import defaultdict
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `bench` and `tests` are not installed packages

from bench.webhook import (DRAFTS, SLOTS, DingTalk, Feishu, Telegram, free_port, start_server,  # noqa: E402
                           stop_server, wait_ready)
from tests.fake_openai import running_fake_openai  # noqa: E402

# What the platforms say about redelivery (../shared/PLATFORMS.md, tests/fakes/SOURCES.md):
# - Telegram: a non-2xx answer makes Telegram redeliver the same update (same update_id) and "give up after a
#   reasonable amount of attempts"; unconfirmed updates are kept up to 24 h.
# - Feishu: no 200 within 3 s and the event is pushed again (15 s, 5 min, 1 h, 6 h: secondary sources), same
#   event_id and message_id; the receive doc says to dedupe by message_id.
# - DingTalk: whether HTTP callbacks are retried is not documented ([?]); Stream robot messages are "fire-forgot",
#   yet redeliveries of the same msgId were observed after ~16-60 s (issues). We redeliver like the others: the worst
#   case for duplicates, and the only way an unacknowledged message can be answered at all.
# All three also redeliver messages that were acknowledged (late acks, network): hence --redeliver-share.
PLATFORMS = (DingTalk, Feishu, Telegram)
IDS_PER_TRIAL = 100_000  # message i of trial t uses index t * IDS_PER_TRIAL + i: no id is shared between trials


def replies(p: Any) -> list[tuple[str, float]]:
    """(chat key, time on the fake's own clock) of every message the fake accepted: what the users saw."""
    if p.name == "dingtalk":
        return [(m.conversation_id or m.user_ids[0], m.at) for m in list(p.fake.messages)]
    if p.name == "feishu":
        return [(s.chat_id, s.at) for s in list(p.fake.sent)]
    return [(str(m.chat_id), m.at) for m in list(p.fake.sent)]


def redelivery_headers(p: Any, body: bytes, headers: dict[str, str]) -> dict[str, str]:
    """Each platform signs each delivery when it sends it: a repeat carries fresh signature headers, the same body."""
    if p.name == "dingtalk":  # a (timestamp, sign) pair may carry one body only: a millisecond of its own
        p._ms = max(getattr(p, "_ms", 0) + 1, int(time.time() * 1000))
        return {"content-type": "application/json", **p.fake.signed_headers(p._ms)}
    if p.name == "feishu":
        return p.events.headers(body)  # new timestamp and nonce; same encrypted event
    return headers  # Telegram: the secret token header, unchanged


async def post(client: httpx.AsyncClient, p: Any, body: bytes, headers: dict[str, str]) -> int:
    try:
        return (await client.post(p.path, content=body, headers=headers)).status_code
    except httpx.HTTPError:
        return 0  # refused, reset or cut off by the kill: not an acknowledgement


async def inbox_idle(client: httpx.AsyncClient) -> bool:
    try:
        inbox = (await client.get("/readyz")).json()["inbox"]
    except (httpx.HTTPError, ValueError, KeyError):
        return False
    return not any(inbox.get(s) for s in ("pending", "claimed", "replied"))


class Killer:
    """SIGKILLs the server's process group once, from the bench loop or from inside a fake (--kill-on-reply): there
    the platform has just accepted a reply and the server never hears back, the one moment the rule allows a
    duplicate on Telegram and DingTalk (and the one where Feishu's uuid dedupe is needed)."""

    def __init__(self, pid: int, platforms: list[Any], loop: asyncio.AbstractEventLoop) -> None:
        self.pid, self.platforms, self.loop = pid, platforms, loop
        self.event, self.lock = asyncio.Event(), threading.Lock()
        self.armed: str | None = None  # a platform name, or "any"
        self.at = 0.0
        self.by = "bench"
        self.fired = False
        for p in platforms:  # the list each fake appends an accepted reply to
            attr = "messages" if p.name == "dingtalk" else "sent"
            setattr(p.fake, attr, Tripwire(getattr(p.fake, attr), lambda name=p.name: self.on_reply(name)))

    def on_reply(self, name: str) -> None:  # in the fake's server thread, before it answers the bot
        if self.armed in (name, "any"):
            self.fire(by=name)

    def fire(self, by: str = "bench") -> None:
        with self.lock:
            if self.fired:
                return
            self.fired, self.at, self.by, self.armed = True, time.monotonic(), by, None
            try:
                os.killpg(self.pid, signal.SIGKILL)  # its own session (start_server): the whole group, no goodbye
            except ProcessLookupError:
                pass
        self.loop.call_soon_threadsafe(self.event.set)

    def disarm(self, p: Any) -> None:
        attr = "messages" if p.name == "dingtalk" else "sent"
        setattr(p.fake, attr, list(getattr(p.fake, attr)))


class Tripwire(list):  # type: ignore[type-arg]
    def __init__(self, items: list[Any], hook: Any) -> None:
        super().__init__(items)
        self.hook = hook

    def append(self, item: Any) -> None:
        super().append(item)
        self.hook()


async def trial(k: int, args: argparse.Namespace, platforms: list[Any], env: dict[str, str], root: Path,
                stack: ExitStack, draft_calls: Any) -> dict[str, Any]:
    rng = random.Random(args.seed + k)
    workdir = root / f"trial{k}"
    workdir.mkdir()
    env = env | {"DATA_DIR": str(workdir / "data")}
    names = [p.name for p in platforms]
    # Built (and signed/encrypted) before the clock starts; message i goes to platform i % 3, from its own user.
    msgs = []
    for i in range(args.n):
        p = platforms[i % len(platforms)]
        chat, body, headers = p.event(k * IDS_PER_TRIAL + i)
        msgs.append({"p": p, "chat": chat, "body": body, "headers": headers, "status": None})
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = start_server(port, env, workdir)
    stack.callback(stop_server, proc)
    async with httpx.AsyncClient(base_url=base, timeout=10) as client:
        await wait_ready(client, proc, workdir / "serve.log", names)

    # -- the burst, and the kill somewhere in it -----------------------------------------------------------------
    kill_share = rng.uniform(0.25, 0.45)
    kill_at_acks = max(1, round(args.n * kill_share))
    killer = Killer(proc.pid, platforms, asyncio.get_running_loop())
    due = killer.event if args.kill_on_reply else asyncio.Event()
    acked = 0
    gate = asyncio.Semaphore(args.concurrency)
    started = time.monotonic()

    async def send(i: int, client: httpx.AsyncClient) -> None:
        nonlocal acked
        await asyncio.sleep(i / args.rate)  # a steady stream, so the kill lands while replies are going out
        async with gate:
            if killer.event.is_set():
                return  # the platform's try would be refused now; it is redelivered after the restart
            m = msgs[i]
            m["status"] = await post(client, m["p"], m["body"], m["headers"])
            if m["status"] == 200 and not killer.event.is_set():
                acked += 1
                if args.kill_after is None and acked >= kill_at_acks:
                    if args.kill_on_reply:
                        killer.armed = args.kill_on_reply  # the fake fires it, at its next accepted reply
                    else:
                        due.set()  # the loop below looks at the inbox, then fires

    limits = httpx.Limits(max_connections=args.concurrency, max_keepalive_connections=args.concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=10) as client:
        senders = [asyncio.create_task(send(i, client)) for i in range(args.n)]
        if args.kill_after is not None:
            await asyncio.sleep(args.kill_after)
        else:  # the share acknowledged (for --kill-on-reply: then a reply, 30 s after the burst at the latest)
            burst = asyncio.gather(*senders)
            await asyncio.wait([asyncio.ensure_future(due.wait()), burst], return_when=asyncio.FIRST_COMPLETED)
            if args.kill_on_reply and not due.is_set():  # the burst is over: replies still go out
                try:
                    await asyncio.wait_for(due.wait(), 30)
                except TimeoutError:
                    pass
        inbox_at_kill = None
        if not killer.event.is_set():
            try:  # what the inbox holds (claimed: turns in flight), asked on a connection of its own
                async with httpx.AsyncClient(base_url=base, timeout=1) as probe:
                    inbox_at_kill = (await probe.get("/readyz")).json()["inbox"]
            except (httpx.HTTPError, ValueError, KeyError):
                pass
        killer.fire()
        kill_s = killer.at - started
        proc.wait()
        await asyncio.gather(*senders)  # those in flight end with a transport error
    for p in platforms:
        killer.disarm(p)
    acked_at_kill = sum(m["status"] == 200 for m in msgs)
    replied_at_kill = len({c for p in platforms for c, _ in replies(p)} & {m["chat"] for m in msgs})
    (workdir / "serve.log").rename(workdir / "serve-before-kill.log")

    # -- restart on the same port and database, then the platforms' redeliveries ---------------------------------
    t0 = time.monotonic()
    restart_clock = {p.name: p.fake.clock() for p in platforms}  # before it: the first process; after: the second
    proc = start_server(port, env, workdir)
    stack.callback(stop_server, proc)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=10) as client:
        await wait_ready(client, proc, workdir / "serve.log", names)
        ready = time.monotonic()
        ready_clock = {p.name: p.fake.clock() for p in platforms}
        redo = [m for m in msgs if m["status"] != 200]
        acked_redo = rng.sample([m for m in msgs if m["status"] == 200], round(acked_at_kill * args.redeliver_share))
        redo_list = redo + acked_redo
        rng.shuffle(redo_list)
        non_200 = 0

        async def redeliver(m: dict[str, Any]) -> None:
            nonlocal non_200
            for attempt in range(5):  # a platform retries a failed delivery too
                async with gate:
                    status = await post(client, m["p"], m["body"], redelivery_headers(m["p"], m["body"], m["headers"]))
                if status == 200:
                    return
                non_200 += 1
                await asyncio.sleep(1 + attempt)

        await asyncio.gather(*(redeliver(m) for m in redo_list))

        # -- bounded wait: every message answered and the inbox idle (a repeat after the lease comes late) -------
        chats = {m["chat"] for m in msgs}
        deadline = ready + args.lease + args.timeout
        while time.monotonic() < deadline:
            got = {c for p in platforms for c, _ in replies(p)}
            if chats <= got and await inbox_idle(client):
                break
            await asyncio.sleep(0.1)
        await asyncio.sleep(0.3)  # a send that was on the wire when the inbox turned idle
        idle = await inbox_idle(client)
    stop_server(proc)

    # -- what each user saw ------------------------------------------------------------------------------------
    row: dict[str, Any] = {"trial": k + 1, "n": args.n, "kill_s": round(kill_s, 2), "killed_by": killer.by,
                           "acked_at_kill": acked_at_kill, "replied_at_kill": replied_at_kill,
                           "inbox_at_kill": inbox_at_kill, "unacked_redelivered": len(redo),
                           "acked_redelivered": len(acked_redo), "redelivery_non_200": non_200,
                           "restart_s": round(ready - t0, 2)}
    lost = twice = outside_rule = 0
    per: dict[str, dict[str, int]] = {}
    last_after_ready: float | None = None
    all_answered_after_ready = 0.0
    for p in platforms:
        times: dict[str, list[float]] = defaultdict(list)
        for c, at in replies(p):
            if c in chats:
                times[c].append(at)
        mine = [m["chat"] for m in msgs if m["p"] is p]
        p_lost = sum(not times[c] for c in mine)
        p_twice = sum(len(times[c]) > 1 for c in mine)
        # The rule: on Telegram/DingTalk, two replies, one from the killed process and one from the restarted one
        # (a request already on the wire may reach the fake just after the kill: the restart is the dividing line).
        allowed = sum(1 for c in mine if len(times[c]) == 2 and p.name != "feishu"
                      and sorted(times[c])[0] < restart_clock[p.name] < sorted(times[c])[1])
        per[p.name] = {"messages": len(mine), "lost": p_lost, "twice": p_twice, "twice_outside_rule": p_twice - allowed}
        lost, twice, outside_rule = lost + p_lost, twice + p_twice, outside_rule + p_twice - allowed
        for c in mine:
            if times[c]:
                rel = [t - ready_clock[p.name] for t in times[c]]
                last_after_ready = max(last_after_ready or 0.0, max(rel))
                all_answered_after_ready = max(all_answered_after_ready, min(rel))
        if p.name == "feishu":
            # Repeats the fake answered with the first message (same uuid within 1 h): the user saw them once.
            per[p.name]["uuid_dropped"] = len(p.fake.deduplicated) - p.dedup_before
            p.dedup_before = len(p.fake.deduplicated)
    bound = args.lease + args.slack
    row |= {"lost": lost, "twice": twice, "twice_outside_rule": outside_rule, "platforms": per,
            "inbox_idle": idle, "lease_s": args.lease,
            "all_answered_after_ready_s": round(all_answered_after_ready, 2),
            "last_reply_after_ready_s": round(last_after_ready, 2) if last_after_ready is not None else None,
            "within_lease_plus_slack": last_after_ready is not None and last_after_ready <= bound,
            "draft_calls": draft_calls()}
    return row


async def run(args: argparse.Namespace, stack: ExitStack, root: Path) -> list[dict[str, Any]]:
    openai = stack.enter_context(running_fake_openai())
    openai.reply = lambda body: [SLOTS] if "response_format" in body else DRAFTS
    openai.mode, openai.slow_s = "slow", args.model_ms / 1000  # every call takes this long: turns are in flight
    platforms = [cls(stack) for cls in PLATFORMS]
    for p in platforms:
        p.dedup_before = 0
    env = {"LLM_BASE_URL": openai.base_url, "LLM_TIMEOUT_S": "5", "INBOX_LEASE_S": str(args.lease)}
    for p in platforms:
        env |= p.env()
    counted = [0]

    def draft_calls() -> int:  # this trial's draft calls (extraction calls carry a response_format)
        total = sum("response_format" not in b for b in openai.requests)
        new, counted[0] = total - counted[0], total
        return new

    return [await trial(k, args, platforms, env, root, stack, draft_calls) for k in range(args.trials)]


def totals(rows: list[dict[str, Any]]) -> dict[str, Any]:
    keys = ("n", "acked_at_kill", "unacked_redelivered", "acked_redelivered", "redelivery_non_200", "lost", "twice",
            "twice_outside_rule")
    out: dict[str, Any] = {k: sum(r[k] for r in rows) for k in keys}
    out["feishu_uuid_dropped"] = sum(r["platforms"]["feishu"]["uuid_dropped"] for r in rows)
    out["max_restart_s"] = max(r["restart_s"] for r in rows)
    lasts = [r["last_reply_after_ready_s"] for r in rows]
    out["max_last_reply_after_ready_s"] = None if None in lasts else max(lasts)
    out["all_within_lease_plus_slack"] = all(r["within_lease_plus_slack"] for r in rows)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=100, help="messages per trial, spread over the three platforms")
    ap.add_argument("--trials", type=int, default=3)
    ap.add_argument("--concurrency", type=int, default=8, help="deliveries in flight at once")
    ap.add_argument("--rate", type=float, default=25.0, help="new messages per second in the burst")
    ap.add_argument("--kill-after", type=float, default=None,
                    help="SIGKILL this many seconds into the burst (default: when 25-45%% are acknowledged)")
    ap.add_argument("--kill-on-reply", choices=["dingtalk", "feishu", "telegram", "any"], default=None,
                    help="once the share is acknowledged, SIGKILL from inside that platform's fake as it accepts a "
                         "reply (the platform has it, the server never hears back)")
    ap.add_argument("--redeliver-share", type=float, default=0.2, help="share of acknowledged messages redelivered")
    ap.add_argument("--lease", type=float, default=float(os.environ.get("GREETBOT_INBOX_LEASE_S", 15)),
                    help="GREETBOT_INBOX_LEASE_S for the server (default: that variable, else 15)")
    ap.add_argument("--slack", type=float, default=5.0, help="seconds past the lease the last reply may come")
    ap.add_argument("--model-ms", type=float, default=200.0, help="the fake model's time per call")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds past the lease to wait for replies")
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args()
    command = shlex.join([os.path.relpath(sys.executable, Path.cwd()), *sys.argv])
    print(command if args.json else f"$ {command}", flush=True)  # first line: how to run it again
    with ExitStack() as stack:
        root = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="greetbot-crash-")))
        try:
            rows = asyncio.run(run(args, stack, root))
        except RuntimeError as exc:  # a server that would not start (its log is in the message)
            print(f"error: {exc}", file=sys.stderr)
            return 2
    total = totals(rows)
    if args.json:
        print(json.dumps({"command": command, "lease_s": args.lease, "slack_s": args.slack, "model_ms": args.model_ms,
                          "trials": rows, "totals": total}, ensure_ascii=False))
    else:
        print(f"n={args.n} rate={args.rate}/s concurrency={args.concurrency} lease={args.lease}s slack={args.slack}s "
              f"model={args.model_ms:.0f}ms redeliver_share={args.redeliver_share}")
        print(f"{'trial':>5} {'by':>8} {'kill s':>6} {'acked':>5} {'replied':>7} {'claimed':>7} {'redo':>4} "
              f"{'+acked':>6} {'lost':>4} {'2x dt/fs/tg':>11} {'outside':>7} {'fs uuid':>7} {'restart s':>9} "
              f"{'all s':>6} {'last s':>6} {'in time':>7}")
        for r in rows:
            pl = r["platforms"]
            two = "/".join(str(pl[x]["twice"]) for x in ("dingtalk", "feishu", "telegram"))
            last = r["last_reply_after_ready_s"]
            claimed = "—" if r["inbox_at_kill"] is None else r["inbox_at_kill"].get("claimed", 0)  # turns in flight
            print(f"{r['trial']:5} {r['killed_by']:>8} {r['kill_s']:6.2f} {r['acked_at_kill']:5} "
                  f"{r['replied_at_kill']:7} {claimed:>7} {r['unacked_redelivered']:4} {r['acked_redelivered']:6} "
                  f"{r['lost']:4} {two:>11} {r['twice_outside_rule']:7} {pl['feishu']['uuid_dropped']:7} "
                  f"{r['restart_s']:9.2f} "
                  f"{r['all_answered_after_ready_s']:6.2f} {'—' if last is None else f'{last:.2f}':>6} "
                  f"{'yes' if r['within_lease_plus_slack'] else 'NO':>7}")
        print(f"total: lost {total['lost']}, answered twice {total['twice']} ({total['twice_outside_rule']} outside "
              f"the rule), Feishu repeats dropped by uuid {total['feishu_uuid_dropped']}, restart ≤ "
              f"{total['max_restart_s']:.2f} s, last reply ≤ {total['max_last_reply_after_ready_s']} s after /readyz "
              f"(lease {args.lease:g} s + slack {args.slack:g} s: "
              f"{'within' if total['all_within_lease_plus_slack'] else 'NOT within'})")
    return int(bool(total["lost"] or total["twice_outside_rule"] or not total["all_within_lease_plus_slack"]))


if __name__ == "__main__":
    sys.exit(main())
