"""Webhook throughput: signed bursts at a real `greetbot serve` process, then every reply counted at fake platforms.

The model endpoint (tests/fake_openai) and the platform APIs (tests/fakes/*) run in this process on 127.0.0.1;
`greetbot serve` runs as a separate process pointed at them. For each platform, N first messages (each from its own
DM, so per-chat send limits never throttle) plus 10% redeliveries (same msgId / message_id / update_id) are posted
with C at a time. Measured: acks/s, client-side ack latency p50/p99, non-200 acks, then (bounded wait) messages
that never got a reply, messages answered more than once, and the time from the burst's start to the last reply.
Run: .venv/bin/python bench/webhook.py [--platforms dingtalk feishu telegram] [-n 300] [--concurrency 32] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import random
import shlex
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `tests` is not an installed package: import the fakes from the checkout

from bot.reading.extraction import EXTRACTION_SCHEMA, extract_rules  # noqa: E402
from model_server.serve import dies_with_parent, stop  # noqa: E402
from tests.fake_openai import running_fake_openai  # noqa: E402
from tests.fakes.dingtalk import running_fake_dingtalk  # noqa: E402
from tests.fakes.feishu import (APP_ID, APP_SECRET, ENCRYPT_KEY, VERIFICATION_TOKEN, FeishuEvents,  # noqa: E402
                                running_fake_feishu)

# A complete request, so the engine writes drafts in the first turn and each message gets exactly one reply.
REQUEST = "帮我给张总写条拜年微信，他是合作三年的客户，去年一起做了北京项目，商务得体点，50到100字"
# Zodiac-free drafts: the output check drops a wrong zodiac year, and then the composer would answer instead.
DRAFTS = ["张总，新春快乐！北京项目一路同行，感谢三年信任。", "张总，新年好！去年北京项目多亏您，来年继续携手。",
          "张总，春节快乐，北京项目合作愉快，祝新年顺遂。"]
# The engine also asks the model to read the request (structured output): answer what the rules read, as a good
# model would. Garbage there would count as failures and open the client's circuit breaker.
SLOTS = json.dumps({k: getattr(extract_rules(REQUEST), k) for k in EXTRACTION_SCHEMA["properties"]}, ensure_ascii=False)
TG_TOKEN, TG_SECRET = "123456:BENCH-token", "bench_secret-1"
DUPLICATE_SHARE = 0.10


class DingTalk:
    name, path = "dingtalk", "/webhook/dingtalk"
    text = REQUEST  # what every benchmark message says

    def __init__(self, stack: ExitStack) -> None:
        self.fake = stack.enter_context(running_fake_dingtalk())

    def env(self) -> dict[str, str]:
        f = self.fake
        return {"DINGTALK_APP_KEY": f.app_key, "DINGTALK_APP_SECRET": f.app_secret,
                "DINGTALK_API_BASE": f.base_url, "DINGTALK_OAPI_BASE": f.base_url}

    def event(self, i: int) -> tuple[str, bytes, dict[str, str]]:
        # Each callback carries a fresh sessionWebhook, so replies go out through it like in production.
        # DingTalk signs each callback when it sends it; events made in one loop would share a millisecond, and a
        # (timestamp, sign) pair may carry one body only: give each its own millisecond, as delivery would.
        self._ms = max(getattr(self, "_ms", 0) + 1, int(time.time() * 1000))
        body = self.fake.callback(self.text, staff_id=f"bench{i}", msg_id=f"msgbench{i:06d}")
        headers = {"content-type": "application/json", **self.fake.signed_headers(self._ms)}
        return body["conversationId"], json.dumps(body, ensure_ascii=False).encode(), headers

    def replies(self) -> Counter[str]:
        return Counter(m.conversation_id or m.user_ids[0] for m in list(self.fake.messages))


class Feishu:
    name, path = "feishu", "/webhook/feishu"

    def __init__(self, stack: ExitStack) -> None:
        self.fake = stack.enter_context(running_fake_feishu())
        self.events = FeishuEvents(self.fake)  # encrypted with the Encrypt Key and signed, as Feishu does

    def env(self) -> dict[str, str]:
        return {"FEISHU_APP_ID": APP_ID, "FEISHU_APP_SECRET": APP_SECRET,
                "FEISHU_VERIFICATION_TOKEN": VERIFICATION_TOKEN, "FEISHU_ENCRYPT_KEY": ENCRYPT_KEY,
                "FEISHU_API_BASE": self.fake.base_url}

    def event(self, i: int) -> tuple[str, bytes, dict[str, str]]:
        chat = f"oc_bench{i:026d}"
        body, headers = self.events.seal(self.events.message(chat, f"ou_bench{i:026d}", REQUEST))
        return chat, body, headers

    def replies(self) -> Counter[str]:
        return Counter(s.chat_id for s in list(self.fake.sent))


class Telegram:
    name, path = "telegram", "/webhook/telegram"

    def __init__(self, stack: ExitStack) -> None:
        from tests.fakes.telegram import running_fake_telegram  # imported late: optional while it is being built

        self.fake = stack.enter_context(running_fake_telegram(TG_TOKEN))

    def env(self) -> dict[str, str]:
        return {"TELEGRAM_TOKEN": TG_TOKEN, "TELEGRAM_SECRET": TG_SECRET, "TELEGRAM_API_BASE": self.fake.api_base}

    def event(self, i: int) -> tuple[str, bytes, dict[str, str]]:
        uid = 10_000 + i  # a private chat's id is the user's id
        update = {"update_id": 500_000 + i, "message": {
            "message_id": 1, "date": int(time.time()), "text": REQUEST,
            "chat": {"id": uid, "type": "private", "first_name": f"U{i}"},
            "from": {"id": uid, "is_bot": False, "first_name": f"U{i}"}}}
        headers = {"content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": TG_SECRET}
        return str(uid), json.dumps(update).encode(), headers

    def replies(self) -> Counter[str]:
        return Counter(str(m.chat_id) for m in list(self.fake.sent))


PLATFORMS = {"dingtalk": DingTalk, "feishu": Feishu, "telegram": Telegram}
# Telegram's adapter and fake came later than the others: leave it out of the default when it is not there.
DEFAULT = [name for name in PLATFORMS
           if name != "telegram" or (all(importlib.util.find_spec(m) for m in ("adapters.telegram", "telegram"))
                                     and (ROOT / "tests/fakes/telegram.py").exists())]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def start_server(port: int, env: dict[str, str], workdir: Path) -> subprocess.Popen[bytes]:
    # Only our GREETBOT_* settings: a developer's shell or .env must not point the bench at real platforms.
    clean = {k: v for k, v in os.environ.items() if not k.startswith("GREETBOT_")}
    clean |= {f"GREETBOT_{k}": v for k, v in env.items()}
    greetbot = Path(sys.executable).with_name("greetbot")
    # cwd = the temp dir, so no .env file is read; a new session, so a Ctrl-C here does not hit it twice. That
    # session also hides it from a signal that kills us: the kernel SIGTERMs it then (dies_with_parent), which
    # covers SIGKILL too, where a handler or a finally here could not.
    with open(workdir / "serve.log", "wb") as log:  # the child keeps its own copy of the file
        return subprocess.Popen([str(greetbot), "serve", "--port", str(port)], env=clean, cwd=workdir,
                                stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
                                preexec_fn=dies_with_parent())


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    stop(proc, timeout_s=10)  # graceful SIGTERM first: uvicorn runs the lifespan shutdown (worker, adapters, database)


async def wait_ready(client: httpx.AsyncClient, proc: subprocess.Popen[bytes], log: Path,
                     platforms: list[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"greetbot serve exited ({proc.returncode}):\n{log.read_text(errors='replace')[-3000:]}")
        try:
            r = await client.get("/readyz")
            if r.status_code == 200:
                missing = set(platforms) - set(r.json()["platforms"])
                if missing:
                    raise RuntimeError(f"greetbot serve did not mount {sorted(missing)}")
                return
        except httpx.TransportError:
            pass
        await asyncio.sleep(0.1)
    raise RuntimeError("greetbot serve not ready after 60 s")


async def bench_platform(p: Any, client: httpx.AsyncClient, n: int, concurrency: int, timeout_s: float,
                         draft_calls: Callable[[], int]) -> dict[str, Any]:
    # Build (and encrypt/sign) everything before the clock starts: the burst measures the server, not us.
    events = [p.event(i) for i in range(n)]
    rng = random.Random(n)  # the same redeliveries for the same -n, run after run
    deliveries = [(chat, body, headers) for chat, body, headers in events]
    for chat, body, headers in rng.sample(events, round(n * DUPLICATE_SHARE)):
        # A redelivery lands anywhere in the burst, sometimes while the original is still in flight.
        deliveries.insert(rng.randrange(len(deliveries) + 1), (chat, body, headers))
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    gate = asyncio.Semaphore(concurrency)
    calls_before = draft_calls()

    async def post(body: bytes, headers: dict[str, str]) -> None:
        async with gate:
            t0 = time.perf_counter()
            try:
                status = (await client.post(p.path, content=body, headers=headers)).status_code
            except httpx.HTTPError:
                status = 0  # no answer at all counts as a failed ack
            latencies.append(time.perf_counter() - t0)
            statuses[status] += 1

    started = time.perf_counter()
    await asyncio.gather(*(post(body, headers) for _, body, headers in deliveries))
    burst_s = time.perf_counter() - started

    # Every message answered and nothing left open in the inbox; bounded, so a lost message ends the wait.
    chats = {chat for chat, _, _ in events}
    last_reply_s, deadline = None, time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        replies = p.replies()
        if last_reply_s is None and all(replies[c] for c in chats):
            last_reply_s = time.perf_counter() - started
        if last_reply_s is not None:
            inbox = (await client.get("/readyz")).json()["inbox"]
            if not any(inbox.get(s) for s in ("pending", "claimed", "replied")):
                break
        await asyncio.sleep(0.05)
    replies = p.replies()
    return {"platform": p.name, "events": n, "deliveries": len(deliveries),
            "acks_per_s": round(len(deliveries) / burst_s, 1),
            "ack_p50_ms": round(pct(latencies, 0.50) * 1000, 1), "ack_p99_ms": round(pct(latencies, 0.99) * 1000, 1),
            "non_200": sum(v for k, v in statuses.items() if k != 200),
            "lost": sum(1 for c in chats if not replies[c]),
            "answered_twice": sum(1 for c in chats if replies[c] > 1),
            "last_reply_s": round(last_reply_s, 2) if last_reply_s is not None else None,
            "draft_calls": draft_calls() - calls_before}  # one per message when no turn fell back to the composer


async def run(args: argparse.Namespace, stack: ExitStack, workdir: Path) -> list[dict[str, Any]]:
    openai = stack.enter_context(running_fake_openai())
    # Instant answers: the bench measures the webhook path, not a model.
    openai.reply = lambda body: [SLOTS] if "response_format" in body else DRAFTS
    platforms = [PLATFORMS[name](stack) for name in args.platforms]
    env = {"DATA_DIR": str(workdir / "data"), "LLM_BASE_URL": openai.base_url, "LLM_TIMEOUT_S": "5"}
    for p in platforms:
        env |= p.env()
    port = args.port or free_port()
    proc = start_server(port, env, workdir)
    stack.callback(stop_server, proc)  # runs on any exit from here on, errors and Ctrl-C included
    limits = httpx.Limits(max_connections=args.concurrency, max_keepalive_connections=args.concurrency)
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", limits=limits, timeout=30) as client:
        await wait_ready(client, proc, workdir / "serve.log", args.platforms)
        def draft_calls() -> int:  # the extraction calls carry a response_format; the draft calls do not
            return sum("response_format" not in b for b in openai.requests)

        # Platforms one after another, so each one's figures are its own.
        return [await bench_platform(p, client, args.n, args.concurrency, args.timeout, draft_calls)
                for p in platforms]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--platforms", nargs="+", choices=list(PLATFORMS), default=DEFAULT)
    ap.add_argument("-n", type=int, default=300, help="messages per platform (each from its own DM)")
    ap.add_argument("--concurrency", type=int, default=32, help="webhooks in flight at once")
    ap.add_argument("--port", type=int, default=0, help="port for greetbot serve (default: a free one)")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for all replies, per platform")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args()
    command = shlex.join([os.path.relpath(sys.executable, Path.cwd()), *sys.argv])
    with ExitStack() as stack:
        workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="greetbot-bench-")))
        results = asyncio.run(run(args, stack, workdir))
    if args.json:
        print(json.dumps({"command": command, "n": args.n, "concurrency": args.concurrency,
                          "duplicate_share": DUPLICATE_SHARE, "results": results}, ensure_ascii=False))
    else:
        print(f"$ {command}")
        print(f"{'platform':9} {'events':>6} {'posts':>5} {'acks/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'non200':>6} "
              f"{'lost':>4} {'twice':>5} {'last reply s':>12} {'draft calls':>11}")
        for r in results:
            last = f"{r['last_reply_s']:.2f}" if r["last_reply_s"] is not None else "—"
            print(f"{r['platform']:9} {r['events']:6} {r['deliveries']:5} {r['acks_per_s']:7.1f} "
                  f"{r['ack_p50_ms']:7.1f} {r['ack_p99_ms']:7.1f} {r['non_200']:6} {r['lost']:4} {r['answered_twice']:5} {last:>12} "
                  f"{r['draft_calls']:11}")
    # A non-zero exit when an acknowledgement failed or a message was lost or answered twice.
    return int(any(r["non_200"] or r["lost"] or r["answered_twice"] for r in results))


if __name__ == "__main__":
    sys.exit(main())
