"""Webhook ack latency of `greetbot serve` next to a bare FastAPI endpoint that only inserts the inbox row (issue 16).

Targets, each on 127.0.0.1 with one uvicorn worker per process: (A) the real `greetbot serve` (--role all) with the
fake Telegram and the fake model (tests/fake_openai, answering after --model-ms) in this process, so its inbox
workers are busy drafting while the burst arrives; (S, "split", on by default, --no-split leaves it out)
`greetbot serve --role web`, which takes the burst and is polled for /healthz, plus `greetbot serve --role worker`
(its own port, no webhook routes, polls the inbox every 0.25 s) on one SQLite database of their own, replying to
a fake Telegram of their own; (B) a bare FastAPI app whose one POST route checks the secret
header and inserts an `inbox`-shaped row into its own SQLite file (same table, same engine and pragmas:
bot.storage.store.make_engine). Both get the same burst: N signed Telegram updates (a complete greeting request in
a DM, each from its own user; --long K of them 4,000 characters) posted C at a time over C fresh connections per
burst (httpx, spread over --clients pools: one pool of 200 costs more CPU here than the servers do). Rounds
alternate A, S, B, A, S, B … so machine noise hits all alike; the figures are greetbot p99 / bare p99 and split
p99 / bare p99 per round and their medians. GET /healthz is polled every 50 ms during each burst on its own
connection. After each greetbot or split burst: (bounded wait) how long until every message got its reply at the
fake Telegram, and messages answered 0 or 2+ times. Figures only; exits non-zero only when a target cannot start.
Run: .venv/bin/python bench/ack_baseline.py [-n 600] [--concurrency 200] [--clients C] [--rounds 3] [--long 0]
     [--no-split] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import hmac
import json
import os
import shlex
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, ExitStack, asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI, Request  # at module level: the route's annotations are strings resolved here
from fastapi.responses import JSONResponse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `bench` and `tests` are not installed packages

from bench.webhook import DRAFTS, REQUEST, SLOTS, TG_SECRET, TG_TOKEN, free_port, pct, stop_server  # noqa: E402
from model_server.serve import dies_with_parent  # noqa: E402

LONG_CHARS = 4000
POLL_S = 0.05
DRAINED = ("greetbot", "split")  # the targets that answer: each burst is followed by a wait for every reply


# -- (B) the bare endpoint, run as `ack_baseline.py --serve-bare PORT DB` in its own process ------------------------

def serve_bare(port: int, db: Path) -> None:
    import uvicorn
    from sqlalchemy.dialects.sqlite import insert

    from bot.storage.store import make_engine
    from bot.storage.tables import InboxRow

    engine = make_engine(f"sqlite+aiosqlite:///{db}")  # the service's engine factory: WAL, busy_timeout, …
    inbox = InboxRow.__table__  # the same columns, unique key and indexes as the service's table

    @asynccontextmanager
    async def lifespan(_app: Any) -> AsyncIterator[None]:
        async with engine.begin() as conn:
            await conn.run_sync(inbox.create, checkfirst=True)
        yield
        await engine.dispose()

    app = FastAPI(lifespan=lifespan)

    @app.get("/healthz")
    async def healthz() -> dict[str, bool]:
        return {"ok": True}

    @app.post("/webhook/telegram")
    async def webhook(request: Request) -> JSONResponse:
        # The same gate a real webhook has: the secret header, then a JSON body.
        if not hmac.compare_digest(request.headers.get("x-telegram-bot-api-secret-token", ""), TG_SECRET):
            return JSONResponse({"ok": False}, status_code=401)
        update = json.loads(await request.body())
        chat, user = update["message"]["chat"]["id"], update["message"]["from"]["id"]
        row = {"platform": "telegram", "event_id": str(update["update_id"]), "payload": update,
               "conversation": f"telegram {chat} {user}", "status": "pending", "attempts": 0,
               "created_at": datetime.now(UTC)}
        async with engine.begin() as conn:  # a redelivery is a no-op, as in any inbox
            await conn.execute(insert(inbox).values(**row).on_conflict_do_nothing())
        return JSONResponse({"ok": True})

    # As `greetbot serve` runs uvicorn: one process, info log, no access log.
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="info", access_log=False)


def start_bare(port: int, workdir: Path) -> subprocess.Popen[bytes]:
    with open(workdir / "bare.log", "wb") as log:
        return subprocess.Popen([sys.executable, __file__, "--serve-bare", str(port), str(workdir / "bare.db")],
                                cwd=workdir, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
                                preexec_fn=dies_with_parent())


def start_greetbot(port: int, env: dict[str, str], workdir: Path, role: str, log_name: str) -> subprocess.Popen[bytes]:
    """`greetbot serve --role ROLE` as bench/webhook.py's start_server runs it: only our GREETBOT_* settings, cwd the
    temp dir (no .env), its own session, and SIGTERMed by the kernel when this process dies (dies_with_parent)."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("GREETBOT_")}
    clean |= {f"GREETBOT_{k}": v for k, v in env.items()}
    greetbot = Path(sys.executable).with_name("greetbot")
    with open(workdir / log_name, "wb") as log:  # the child keeps its own copy of the file
        return subprocess.Popen([str(greetbot), "serve", "--port", str(port), "--role", role], env=clean, cwd=workdir,
                                stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
                                preexec_fn=dies_with_parent())


async def wait_up(base: str, path: str, proc: subprocess.Popen[bytes], log: Path, name: str) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=2) as client:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"{name} exited ({proc.returncode}):\n{log.read_text(errors='replace')[-3000:]}")
            try:
                r = await client.get(path)
                if r.status_code == 200:
                    if name in ("greetbot", "web") and "telegram" not in r.json().get("platforms", []):
                        raise RuntimeError(f"greetbot serve ({name}) did not mount telegram")
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError(f"{name} not ready after 60 s")


# -- the load -------------------------------------------------------------------------------------------------------

def updates(first: int, n: int, long: int) -> list[tuple[int, bytes, bool]]:
    """(chat id, body, is long) for n updates from fresh users; ids start at `first` so rounds never collide."""
    long_at = {i * n // long for i in range(long)} if long else set()
    out = []
    for i in range(n):
        uid = 10_000 + first + i  # a private chat's id is the user's id
        text = REQUEST
        if i in long_at:
            text += ("。" + "祝新春快乐万事如意" * LONG_CHARS)[: LONG_CHARS - len(REQUEST)]
        update = {"update_id": 500_000 + first + i, "message": {
            "message_id": 1, "date": int(time.time()), "text": text,
            "chat": {"id": uid, "type": "private", "first_name": f"U{i}"},
            "from": {"id": uid, "is_bot": False, "first_name": f"U{i}"}}}
        out.append((uid, json.dumps(update, ensure_ascii=False).encode(), i in long_at))
    return out


async def poll_health(base: str, stop: asyncio.Event) -> tuple[list[float], int]:
    # Its own client and connection: a probe must not queue behind the burst in the burst's pool.
    lat, failed = [], 0
    async with httpx.AsyncClient(base_url=base, timeout=10) as client:
        while not stop.is_set():
            t0 = time.perf_counter()
            try:
                ok = (await client.get("/healthz")).status_code == 200
            except httpx.HTTPError:
                ok = False
            took = time.perf_counter() - t0
            lat.append(took)
            failed += not ok
            try:
                await asyncio.wait_for(stop.wait(), max(0.0, POLL_S - took))
            except TimeoutError:
                pass
    return lat, failed


async def burst(base: str, events: list[tuple[int, bytes, bool]], concurrency: int, clients: int) -> dict[str, Any]:
    headers = {"content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": TG_SECRET}
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    todo = iter(events)
    # C senders, each posting one update at a time, as Telegram's up-to-max_connections connections do. They share
    # `clients` httpx pools of C/clients connections: httpcore's pool scans every connection for every request
    # (O(C²) per burst), which at C=200 in one pool makes the bench's own CPU the bottleneck, not the server.
    per = -(-concurrency // clients)
    limits = httpx.Limits(max_connections=per, max_keepalive_connections=per)
    tls = ssl.create_default_context()  # one for all: httpx would load the CA file once per client (~25 ms each)

    async def sender(client: httpx.AsyncClient) -> None:
        for _, body, _ in todo:
            t0 = time.perf_counter()
            try:
                status = (await client.post("/webhook/telegram", content=body, headers=headers)).status_code
            except httpx.HTTPError:
                status = 0  # no answer at all counts as a failed ack
            latencies.append(time.perf_counter() - t0)
            statuses[status] += 1

    stop = asyncio.Event()
    health = asyncio.create_task(poll_health(base, stop))
    await asyncio.sleep(POLL_S)  # one probe before the burst: the idle baseline is in the figures too
    async with AsyncExitStack() as stack:
        pool = [await stack.enter_async_context(httpx.AsyncClient(base_url=base, limits=limits, timeout=30,
                                                                  verify=tls)) for _ in range(clients)]
        started = time.perf_counter()
        await asyncio.gather(*(sender(pool[j % clients]) for j in range(concurrency)))
        burst_s = time.perf_counter() - started
    stop.set()
    h_lat, h_failed = await health
    ms = lambda s: round(s * 1000, 1)  # noqa: E731
    return {"acks_per_s": round(len(events) / burst_s, 1), "ack_p50_ms": ms(pct(latencies, 0.50)),
            "ack_p99_ms": ms(pct(latencies, 0.99)), "ack_max_ms": ms(max(latencies)),
            "non_200": sum(v for k, v in statuses.items() if k != 200),
            "healthz_polls": len(h_lat), "healthz_p99_ms": ms(pct(h_lat, 0.99)), "healthz_max_ms": ms(max(h_lat)),
            "healthz_failed": h_failed, "_started": started}


async def drain(base: str, tg: Any, events: list[tuple[int, bytes, bool]], started: float,
                timeout_s: float) -> dict[str, Any]:
    """Bounded wait for every message's reply at the fake Telegram and an idle inbox; then who got 0 or 2+ replies."""
    chats = {str(uid) for uid, _, is_long in events if not is_long}
    longs = {str(uid) for uid, _, is_long in events if is_long}
    last_reply_s, deadline = None, time.monotonic() + timeout_s
    async with httpx.AsyncClient(base_url=base, timeout=10) as client:
        while time.monotonic() < deadline:
            got = Counter(str(m.chat_id) for m in list(tg.sent))
            if last_reply_s is None and all(got[c] for c in chats | longs):
                last_reply_s = time.perf_counter() - started
            if last_reply_s is not None:  # and nothing left in flight, so the bare target's burst runs alone
                inbox = (await client.get("/readyz")).json()["inbox"]
                if not any(inbox.get(s) for s in ("pending", "claimed", "replied")):
                    break
            await asyncio.sleep(0.05)
    got = Counter(str(m.chat_id) for m in list(tg.sent))
    return {"all_replied_s": round(last_reply_s, 2) if last_reply_s is not None else None,
            "answered_0": sum(1 for c in chats if not got[c]), "answered_2plus": sum(1 for c in chats if got[c] > 1),
            # A 4,000-character message is cut and the person told: its reply count is shown, not judged here.
            "long_replies": dict(sorted(Counter(got[c] for c in longs).items()))}


async def run(args: argparse.Namespace, stack: ExitStack, workdir: Path) -> dict[str, Any]:
    from tests.fake_openai import running_fake_openai
    from tests.fakes.telegram import running_fake_telegram

    openai = stack.enter_context(running_fake_openai())
    openai.reply = lambda body: [SLOTS] if "response_format" in body else DRAFTS
    openai.mode, openai.slow_s = "slow", args.model_ms / 1000  # every model call takes this long: workers stay busy
    names = ["greetbot", "split", "bare"] if args.split else ["greetbot", "bare"]
    # Split gets its own database and its own fake Telegram: the same updates go to every target, so each
    # target's replies are counted apart. Otherwise the same settings as greetbot's.
    tgs = {name: stack.enter_context(running_fake_telegram(TG_TOKEN)) for name in names if name in DRAINED}

    def env(name: str) -> dict[str, str]:
        return {"DATA_DIR": str(workdir / f"{name}-data"), "LLM_BASE_URL": openai.base_url, "LLM_TIMEOUT_S": "5",
                "TELEGRAM_TOKEN": TG_TOKEN, "TELEGRAM_SECRET": TG_SECRET, "TELEGRAM_API_BASE": tgs[name].api_base}

    ports = {name: free_port() for name in (*names, "worker")}
    bases = {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}
    procs = {"greetbot": start_greetbot(ports["greetbot"], env("greetbot"), workdir, "all", "serve.log"),
             "bare": start_bare(ports["bare"], workdir)}
    if args.split:  # the web process first: it creates the schema; the worker then starts on a ready database
        procs["split"] = start_greetbot(ports["split"], env("split"), workdir, "web", "web.log")
    for proc in procs.values():
        stack.callback(stop_server, proc)
    await wait_up(bases["greetbot"], "/readyz", procs["greetbot"], workdir / "serve.log", "greetbot")
    await wait_up(bases["bare"], "/healthz", procs["bare"], workdir / "bare.log", "bare")
    if args.split:
        await wait_up(bases["split"], "/readyz", procs["split"], workdir / "web.log", "web")
        procs["worker"] = start_greetbot(ports["worker"], env("split"), workdir, "worker", "worker.log")
        stack.callback(stop_server, procs["worker"])
        await wait_up(bases["worker"], "/readyz", procs["worker"], workdir / "worker.log", "worker")

    rounds = []
    for r in range(args.rounds):
        events = updates(r * args.n, args.n, args.long)  # the same updates for all, fresh users every round
        row: dict[str, Any] = {"round": r + 1}
        for name in names:
            row[name] = await burst(bases[name], events, args.concurrency, args.clients)
            started = row[name].pop("_started")
            if name in DRAINED:  # let its workers finish before the next target's turn, so that one runs alone
                # split: /readyz on the web process reads the inbox the worker works through (one database)
                row[name] |= await drain(bases[name], tgs[name], events, started, args.timeout)
        bare_p99 = max(row["bare"]["ack_p99_ms"], 0.1)
        row["p99_ratio"] = round(row["greetbot"]["ack_p99_ms"] / bare_p99, 2)
        if args.split:
            row["split_p99_ratio"] = round(row["split"]["ack_p99_ms"] / bare_p99, 2)
        rounds.append(row)
    report = {"n": args.n, "concurrency": args.concurrency, "clients": args.clients, "long": args.long,
              "model_ms": args.model_ms, "split": args.split,
              "rounds": rounds, "median_p99_ratio": statistics.median(r["p99_ratio"] for r in rounds),
              "draft_calls": sum("response_format" not in b for b in openai.requests)}
    if args.split:
        report["median_split_p99_ratio"] = statistics.median(r["split_p99_ratio"] for r in rounds)
    return report


def print_table(report: dict[str, Any]) -> None:
    print(f"n={report['n']} concurrency={report['concurrency']} clients={report['clients']} long={report['long']} "
          f"model_ms={report['model_ms']} draft_calls={report['draft_calls']}")
    print(f"{'round':>5} {'target':8} {'acks/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7} {'non200':>6} "
          f"{'hz p99':>7} {'hz max':>7} {'hz fail':>7} {'replied s':>9} {'0×':>3} {'2+×':>3} {'long':>8}")
    names = [name for name in ("greetbot", "split", "bare") if name in report["rounds"][0]]
    for row in report["rounds"]:
        for name in names:
            t = row[name]
            tail = ""
            if name in DRAINED:
                replied = f"{t['all_replied_s']:.2f}" if t["all_replied_s"] is not None else "—"
                longs = ",".join(f"{k}×:{v}" for k, v in t["long_replies"].items()) or "-"
                tail = f" {replied:>9} {t['answered_0']:3} {t['answered_2plus']:3} {longs:>8}"
            print(f"{row['round']:5} {name:8} {t['acks_per_s']:7.1f} {t['ack_p50_ms']:7.1f} {t['ack_p99_ms']:7.1f} "
                  f"{t['ack_max_ms']:7.1f} {t['non_200']:6} {t['healthz_p99_ms']:7.1f} {t['healthz_max_ms']:7.1f} "
                  f"{t['healthz_failed']:7}{tail}")
        split = f"   split p99 / bare p99 = {row['split_p99_ratio']:.2f}" if "split_p99_ratio" in row else ""
        print(f"{row['round']:5} ratio    greetbot(all) p99 / bare p99 = {row['p99_ratio']:.2f}{split}")
    split = (f"   split p99 / bare p99 = {report['median_split_p99_ratio']:.2f}"
             if "median_split_p99_ratio" in report else "")
    print(f"median   greetbot(all) p99 / bare p99 = {report['median_p99_ratio']:.2f}{split}")


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--serve-bare":
        serve_bare(int(sys.argv[2]), Path(sys.argv[3]))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=600, help="updates per burst (each from its own DM)")
    ap.add_argument("--concurrency", type=int, default=200, help="deliveries in flight at once (and the pool size)")
    ap.add_argument("--clients", type=int, default=0,
                    help="httpx clients the C connections are spread over (default: C, one each; 1: one pool of C)")
    ap.add_argument("--rounds", type=int, default=3, help="A, S, B rounds (A, B with --no-split)")
    ap.add_argument("--split", action=argparse.BooleanOptionalAction, default=True,
                    help="also run the split target: `serve --role web` + `serve --role worker` on one database")
    ap.add_argument("--long", type=int, default=0, help="how many of the N are 4,000-character messages")
    ap.add_argument("--model-ms", type=float, default=50.0, help="the fake model's answer time per call")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for all replies, per round")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args()
    args.clients = min(args.clients or args.concurrency, args.concurrency)
    command = shlex.join([os.path.relpath(sys.executable, Path.cwd()), *sys.argv])
    if not args.json:
        print(f"$ {command}", flush=True)
    try:
        with ExitStack() as stack:
            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="greetbot-ack-")))
            report = asyncio.run(run(args, stack, workdir))
    except RuntimeError as exc:  # a target that could not start
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps({"command": command, **report}, ensure_ascii=False))
    else:
        print_table(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
