"""Broadcast throughput and exactly-once delivery across restarts: one schedule to N Telegram chats, sent by a real
`greetbot schedule run` process, killed halfway through in two of the three scenarios.

This process runs the fake Telegram Bot API (tests/fakes/telegram: 30 msg/s overall, 429 beyond) on 127.0.0.1 and
writes the broadcast into a fresh SQLite database: one schedule (除夕 20:00, owner chat 7) to N private chats, fired
at once, so N greeting rows are pending (no waiting for the holiday). Then `greetbot schedule run --backend composer`
(offline writer, no model) sends them through the real Telegram adapter. Scenarios, each with its own fake and
database: `clean` (one process), `sigterm` (SIGTERM when half the recipients have their greeting, then a new
process), `sigkill` (the same with SIGKILL). A scenario ends when every greeting row is sent, failed or uncertain and
the owner's report reached chat 7 (or at --timeout).

Measured: the fake records the monotonic time of every sendMessage it accepts (a subclass wraps its handler), so the
rate is what Telegram would count: (greetings - 1) / (last - first accepted greeting), restart gap included, and
also with the gap (last greeting before the restart → first after it) taken out; 429 answers; duplicates (chats
with more than one greeting); lost (chats with none whose row is marked sent; rows still open after a timeout are
counted apart, as unfinished); uncertain rows (a kill during a send; how many of those the fake did accept);
whether the owner got exactly one report; stop (the signal → the old process gone) and recovery (the signal → the
new process's first accepted greeting).
Run: .venv/bin/python bench/broadcast.py [-n 5000] [--scenarios clean sigterm sigkill] [--lease 10] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import time as clock_time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `tests` is not an installed package: import the fake from the checkout

from bot.writing.compose import GreetingWriter  # noqa: E402
from bot.scheduling.text import ScheduleSpec  # noqa: E402
from bot.scheduling.schedules import Owner, Recipient, Schedules  # noqa: E402
from bot.storage.store import Store  # noqa: E402
from bot.storage.tables import OutboxRow  # noqa: E402
from model_server.serve import dies_with_parent, stop  # noqa: E402
from tests.fakes.telegram import FakeTelegram  # noqa: E402

TOKEN, SECRET = "123456:BENCH-broadcast", "bench_broadcast-1"
OWNER_CHAT = 7
FIRST_CHAT = 100_000
LIMIT_MSG_S = 30.0  # Telegram's overall limit, as the fake enforces it
TERMINAL = ("sent", "failed", "uncertain")
SIGNALS: dict[str, signal.Signals | None] = {"clean": None, "sigterm": signal.SIGTERM, "sigkill": signal.SIGKILL}
OWNER = Owner("telegram", str(OWNER_CHAT), str(OWNER_CHAT), False)
SPEC = ScheduleSpec(holiday="除夕", on_date=None, at=clock_time(20, 0), to_this_chat=False, recipients=(),
                    recurring=False, preview=False, style=None, time_given=True)


class TimedTelegram(FakeTelegram):
    """The fake, plus (monotonic time, chat) of every accepted sendMessage: the rate as Telegram would see it."""

    def reset(self) -> None:
        super().reset()
        self.accepted: list[tuple[float, int | str]] = []

    async def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        result = await super()._send_message(params)  # raises on a refusal: only accepted sends are timed
        self.accepted.append((self.clock(), result["chat"]["id"]))
        return result


@dataclass
class Figures:
    scenario: str
    recipients: int
    sent: int  # rows the bot marked sent
    delivered: int  # recipient chats the fake accepted at least one greeting for
    rate_msg_s: float  # first → last accepted greeting, restart gap included
    sending_rate_msg_s: float  # the same with the restart gap taken out
    fraction_of_limit: float  # rate_msg_s / 30
    http_429: int
    rejected_other: int
    duplicates: int
    lost: int
    unfinished: int  # rows still open when the scenario ended (only after a timeout)
    failed: int
    uncertain: int
    uncertain_delivered: int  # uncertain rows the fake had in fact accepted
    reports: int  # messages to the owner's chat; 1 is right
    report_received: bool
    report_first_line: str | None
    stop_s: float | None  # signal → the old process gone
    recovery_s: float | None  # signal → the new process's first accepted greeting
    elapsed_s: float
    timed_out: bool


@dataclass
class Child:
    proc: subprocess.Popen[bytes]
    started: float  # monotonic, as the fake's timestamps
    log: Path


def db_url(data_dir: Path) -> str:
    # What Settings.resolved_database_url() gives the child for GREETBOT_DATA_DIR; built here so that a .env in
    # this process's working directory cannot point the parent at another database.
    return f"sqlite+aiosqlite:///{(data_dir / 'greetbot.db').resolve()}"


async def seed(url: str, n: int) -> tuple[int, str]:
    """One schedule to n private chats, fired now: n pending greeting rows. (schedule id, occurrence)."""
    store = await Store.open(url)
    try:
        schedules = Schedules(store, GreetingWriter(None), backend="composer")
        recipients = [Recipient(f"朋友{i}", str(FIRST_CHAT + i), "person") for i in range(n)]
        row = await schedules.create(OWNER, SPEC, recipients=recipients)
        occurrence = row.next_occurrence or ""
        written = await schedules.fire(row.id, occurrence)
        if written != n:
            raise RuntimeError(f"fire wrote {written} outbox rows for {n} recipients")
        return row.id, occurrence
    finally:
        await store.close()


async def open_greetings(store: Store, schedule_id: int) -> int:
    # A count in SQL: loading n ORM rows every poll would steal CPU from the child on a small machine.
    q = (select(func.count()).select_from(OutboxRow)
         .where(OutboxRow.schedule_id == schedule_id, OutboxRow.kind.in_(("greeting", "forward")),
                OutboxRow.status.not_in(TERMINAL)))
    async with store.engine.connect() as conn:
        return (await conn.execute(q)).scalar_one()


def start_child(env: dict[str, str], workdir: Path, k: int) -> Child:
    # Only our GREETBOT_* settings: a developer's shell must not point the bench at the real Telegram.
    clean = {k: v for k, v in os.environ.items() if not k.startswith("GREETBOT_")}
    clean |= {f"GREETBOT_{k}": v for k, v in env.items()}
    greetbot = Path(sys.executable).with_name("greetbot")
    log = workdir / f"child-{k}.log"
    with open(log, "wb") as out:  # the child keeps its own copy of the file
        # cwd = the temp dir, so no .env is read; a new session, so a Ctrl-C here is not delivered to it too. If we
        # die anyhow (SIGTERM, SIGKILL, a test's timeout), the kernel SIGTERMs it (dies_with_parent).
        proc = subprocess.Popen([str(greetbot), "schedule", "run", "--backend", "composer"], env=clean, cwd=workdir,
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
                                preexec_fn=dies_with_parent())
    return Child(proc, time.monotonic(), log)


async def wait_exit(proc: subprocess.Popen[bytes], timeout_s: float) -> int | None:
    deadline = time.monotonic() + timeout_s
    while proc.poll() is None and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    return proc.poll()


async def stop_child(child: Child) -> None:
    await asyncio.to_thread(stop, child.proc, 15)  # graceful SIGTERM first: the rows in hand are finished


def tail(log: Path) -> str:
    return log.read_text(errors="replace")[-3000:]


async def run_scenario(name: str, n: int, lease_s: float, concurrency: int | None, timeout_s: float,
                       workdir: Path) -> Figures:
    sig = SIGNALS[name]
    data = workdir / name / "data"
    url = db_url(data)
    schedule_id, occurrence = await seed(url, n)
    with TimedTelegram.running(TOKEN) as fake:
        env = {"DATA_DIR": str(data.resolve()), "TELEGRAM_TOKEN": TOKEN, "TELEGRAM_SECRET": SECRET,
               "TELEGRAM_API_BASE": fake.api_base, "OUTBOX_LEASE_S": str(lease_s)}
        if concurrency is not None:
            env["OUTBOX_CONCURRENCY"] = str(concurrency)
        children = [start_child(env, workdir / name, 0)]
        signalled_at: float | None = None
        stopped_at: float | None = None
        greeted, seen = 0, 0  # greetings accepted so far; how much of fake.accepted is counted
        reported = False
        started = time.monotonic()
        timed_out = False
        store = await Store.open(url)
        try:
            while True:
                child = children[-1]
                if child.proc.poll() is not None:
                    raise RuntimeError(f"greetbot schedule run exited ({child.proc.returncode}):\n{tail(child.log)}")
                if time.monotonic() - started > timeout_s:
                    timed_out = True
                    break
                accepted = fake.accepted[seen:]
                seen += len(accepted)
                greeted += sum(chat != OWNER_CHAT for _, chat in accepted)
                reported = reported or any(chat == OWNER_CHAT for _, chat in accepted)
                if sig is not None and signalled_at is None and greeted >= n // 2:
                    signalled_at = time.monotonic()
                    child.proc.send_signal(sig)
                    if await wait_exit(child.proc, 30) is None:
                        raise RuntimeError(f"greetbot schedule run did not stop on {sig.name}:\n{tail(child.log)}")
                    stopped_at = time.monotonic()
                    children.append(start_child(env, workdir / name, 1))
                    continue
                # The report goes out only once every greeting is done, so the database is asked only then.
                restarted = sig is None or signalled_at is not None
                if restarted and reported and await open_greetings(store, schedule_id) == 0:
                    break
                await asyncio.sleep(0.05)
            elapsed = time.monotonic() - started
            rows = [r for r in await store.outbox_of(schedule_id, occurrence) if r.kind in ("greeting", "forward")]
        finally:
            await store.close()
            for child in children:
                await stop_child(child)
        return figures(name, n, fake, rows, children, signalled_at, stopped_at, elapsed, timed_out)


def figures(name: str, n: int, fake: TimedTelegram, rows: list[OutboxRow], children: list[Child],
            signalled_at: float | None, stopped_at: float | None, elapsed: float, timed_out: bool) -> Figures:
    times = sorted(t for t, chat in fake.accepted if chat != OWNER_CHAT)
    per_chat = Counter(str(m.chat_id) for m in fake.sent if m.chat_id != OWNER_CHAT)
    reports = [m.text for m in fake.sent if m.chat_id == OWNER_CHAT]
    span = times[-1] - times[0] if len(times) > 1 else 0.0
    recovery, gap = None, 0.0
    if signalled_at is not None and len(children) > 1:
        # Anything accepted after the new process started is its own: the old one had exited by then.
        after = [t for t in times if t >= children[1].started]
        before = [t for t in times if t < children[1].started]
        if after:
            recovery = after[0] - signalled_at
            gap = after[0] - before[-1] if before else 0.0
    rate = (len(times) - 1) / span if span > 0 else 0.0
    sending = (len(times) - 1) / (span - gap) if span - gap > 0 else 0.0
    status = {r.chat_id: r.status for r in rows}
    return Figures(
        scenario=name, recipients=n, sent=sum(r.status == "sent" for r in rows), delivered=len(per_chat),
        rate_msg_s=round(rate, 2), sending_rate_msg_s=round(sending, 2),
        fraction_of_limit=round(rate / LIMIT_MSG_S, 3),
        http_429=sum(code == 429 for _, code, _ in fake.rejected),
        rejected_other=sum(code != 429 for _, code, _ in fake.rejected),
        duplicates=sum(count > 1 for count in per_chat.values()),
        # Lost: done as far as the bot knows (sent), yet the fake never accepted it. Rows still open at a timeout
        # are counted as unfinished instead.
        lost=sum(not per_chat[chat] and st not in ("failed", "uncertain") and st in TERMINAL
                 for chat, st in status.items()),
        unfinished=sum(st not in TERMINAL for st in status.values()),
        failed=sum(st == "failed" for st in status.values()),
        uncertain=sum(st == "uncertain" for st in status.values()),
        uncertain_delivered=sum(st == "uncertain" and per_chat[chat] > 0 for chat, st in status.items()),
        reports=len(reports), report_received=bool(reports),
        report_first_line=reports[0].splitlines()[0] if reports else None,
        stop_s=round(stopped_at - signalled_at, 2) if stopped_at is not None and signalled_at is not None else None,
        recovery_s=round(recovery, 2) if recovery is not None else None, elapsed_s=round(elapsed, 1),
        timed_out=timed_out)


async def run(args: argparse.Namespace, workdir: Path) -> list[Figures]:
    timeout = args.timeout if args.timeout is not None else 90 + 2 * args.n / 27  # 27/s is the adapter's pace
    # One scenario after another, each with its own fake and database, so each one's figures are its own.
    return [await run_scenario(name, args.n, args.lease, args.concurrency, timeout, workdir)
            for name in args.scenarios]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=5000, help="recipients (each a private chat)")
    ap.add_argument("--scenarios", nargs="+", choices=list(SIGNALS), default=list(SIGNALS))
    ap.add_argument("--lease", type=float, default=10.0, help="GREETBOT_OUTBOX_LEASE_S for the sender")
    ap.add_argument("--concurrency", type=int, default=None, help="GREETBOT_OUTBOX_CONCURRENCY (default: the bot's)")
    ap.add_argument("--timeout", type=float, default=None, help="seconds per scenario (default: from -n)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args()
    command = shlex.join([os.path.relpath(sys.executable, Path.cwd()), *sys.argv])
    with tempfile.TemporaryDirectory(prefix="greetbot-bench-") as tmp:
        results = asyncio.run(run(args, Path(tmp)))
    if args.json:
        print(json.dumps({"command": command, "n": args.n, "lease_s": args.lease, "limit_msg_s": LIMIT_MSG_S,
                          "results": [asdict(r) for r in results]}, ensure_ascii=False))
        return 0
    print(f"$ {command}")
    print(f"{'scenario':8} {'recips':>6} {'sent':>5} {'msg/s':>6} {'sending':>7} {'of 30/s':>7} {'429s':>4} "
          f"{'dupes':>5} {'lost':>4} {'open':>4} {'failed':>6} {'uncert':>6} {'(got)':>5} {'report':>6} {'stop s':>6} "
          f"{'recovery s':>10} {'wall s':>6}")
    for r in results:
        recovery = f"{r.recovery_s:.2f}" if r.recovery_s is not None else "—"
        stop = f"{r.stop_s:.2f}" if r.stop_s is not None else "—"
        report = ("yes" if r.reports == 1 else f"{r.reports}x") if r.report_received else "NO"
        print(f"{r.scenario:8} {r.recipients:6} {r.sent:5} {r.rate_msg_s:6.1f} {r.sending_rate_msg_s:7.1f} "
              f"{r.fraction_of_limit:7.3f} {r.http_429:4} {r.duplicates:5} {r.lost:4} {r.unfinished:4} {r.failed:6} "
              f"{r.uncertain:6} {r.uncertain_delivered:5} {report:>6} {stop:>6} {recovery:>10} {r.elapsed_s:6.1f}"
              + ("  TIMED OUT" if r.timed_out else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
