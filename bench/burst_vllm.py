"""The whole road under a burst, on real vLLM (issue 16, item 5): signed webhooks → `greetbot serve` → vLLM → fakes.

vLLM (the CPU build in .venv-vllm) serves the tiny Qwen3 as `base` and a LoRA adapter trained on it as `greet`, both
built the way tests/conftest.py builds them (model_server.tiny.build_tiny, model_server.train.train_sft) into --work
DIR, where they are kept for the next run, and started by the project's launcher (model_server.serve: ServeConfig,
start, wait_healthy, stop) with vLLM's batching knobs passed through (--max-num-seqs is a ServeConfig field,
--max-num-batched-tokens goes in its extra_args; `greetbot model serve` has neither flag). One vLLM at a time: it is
stopped (its whole process group) between knob settings and on any exit, Ctrl-C and SIGTERM included.
The fake platforms (tests/fakes: Telegram, Feishu, DingTalk) run in this process and record what the bot sends; each
run starts a fresh `greetbot serve` (SQLite in its own directory, its own /metrics) pointed at them and at vLLM.

A run: N users, each a DM with one complete greeting request, spread over the platforms, sent as signed webhooks,
either as a burst (--concurrency in flight) or one user at a time (the next user only once the previous one's drafts
reached the fake). A delivery answered with anything but 200 is delivered again, freshly signed, as the platforms do
(up to 4 times; counted as non200). Before the clock starts, one warm-up user per platform and a wait until vLLM is
idle. Measured per run:
- ack p50/p99: client-side latency of each webhook POST (every try);
- webhook → drafts p50/p99: from just before the POST to the fake's clock when it accepted the user's reply;
- drafts/s: users answered with drafts / (last reply − first webhook);
- model vs fallback: a reply carrying the offline mark ("离线草稿", README "The model and the fallback") is the
  composer's, any other drafts reply the model's; cross-checked with greetbot_model_fallbacks_total{reason} deltas;
- lost (users with no reply) and duplicated (users with 2+ replies), counted at the fakes: both must be 0;
- vLLM's own figures from its /metrics: vllm:num_requests_running / _waiting / kv_cache_usage_perc sampled every
  --sample-s (max and mean running while busy = the batch size it ran), and the deltas over the run of
  vllm:request_params_n_count (API requests), vllm:request_success_total (sequences, by finish reason),
  vllm:iteration_tokens_total (engine steps, tokens per step), vllm:time_to_first_token_seconds,
  vllm:request_queue_time_seconds, vllm:e2e_request_latency_seconds, vllm:generation_tokens_total,
  vllm:prompt_tokens_total, vllm:prefix_cache_hits_total / vllm:prefix_cache_queries_total, vllm:num_preemptions_total;
- cost: CPU seconds of greetbot serve's and of vLLM's process groups (/proc) and of this process (fakes, client),
  per user; the run ends once the bot's inbox and vLLM are idle, so late model answers are paid for too.
Per knob setting (--knobs SEQS:TOKENS …): bursts at each --users N with the shipped deadline settings (the growth
table: how cost per user grows with N), then --compare-n users one at a time and as a burst with a raised deadline
(--compare-deadline, --compare-llm-timeout, --compare-max-waiting), so that the ratio of drafts/s measures the model's
batching and not the fallback. One run each: this machine is noisy; read the ratios and the growth, not the absolutes.
Time: the default (two knob settings × 25, 50, 100 users, then 12 users each way) took 19-20 minutes on this 2-core
machine with other tests running alongside (2026-12-03); `--users 50 500 --knobs 128:2048 --compare-n 0` took 21.
Run: .venv/bin/python bench/burst_vllm.py [--work DIR] [--users 25 50 100] [--knobs 4:512 128:2048]
     [--concurrency 32] [--compare-n 12] [--deadline 6] [--endpoint URL] [--no-warm-up] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shlex
import signal
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, redirect_stdout
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `bench` and `tests` are not installed packages

# After the path insert above (E402 is not enforced here): the fakes and the launcher, from the checkout.
from bench.crash import inbox_idle, redelivery_headers
from bench.webhook import (
    DingTalk,
    Feishu,
    Telegram,
    free_port,
    start_server,
    stop_server,
    wait_ready,
)
from model_server.serve import ServeConfig, ServerFailed, wait_healthy
from model_server.serve import start as start_vllm
from model_server.serve import stop as stop_vllm

PLATFORMS = {"telegram": Telegram, "feishu": Feishu, "dingtalk": DingTalk}
# The first line of every offline (composer) drafts reply: "⚠️ 模型暂时不可用，以下是离线草稿（…）". Seen at the fakes with
# the model down, slow past the deadline and overloaded alike; the model's drafts never carry it.
OFFLINE_MARK = "离线草稿"
DRAFTS_MARK = "\n1. "  # a drafts reply numbers its drafts; anything else (a question, an error) is "other"
IDS_PER_RUN = 100_000  # user i of run k is k * IDS_PER_RUN + i: the fakes live across runs, no chat is shared
WARMUP_ID = IDS_PER_RUN - 1  # the warm-up user of each run, outside its measured ids
CLK_TCK = os.sysconf("SC_CLK_TCK")
REDELIVERIES = 4  # platforms retry a failed delivery "a reasonable amount of attempts" (bench/crash.py)


# -- settings --------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Knobs:
    """vLLM's batching knobs: sequences in one batch, and tokens (prefill + decode) in one engine step."""

    max_num_seqs: int
    max_num_batched_tokens: int

    @property
    def label(self) -> str:
        return f"{self.max_num_seqs}:{self.max_num_batched_tokens}"


def parse_knobs(text: str) -> Knobs:
    try:
        seqs, tokens = (int(x) for x in text.split(":"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"want SEQS:TOKENS, e.g. 128:2048, not {text!r}") from None
    return Knobs(seqs, tokens)


@dataclass(frozen=True)
class BotSettings:
    """The GREETBOT_* settings that decide whether a user gets the model's drafts or the composer's."""

    first_draft_deadline_s: float
    llm_max_waiting: int
    llm_timeout_s: float
    inbox_concurrency: int

    def env(self) -> dict[str, str]:
        return {"FIRST_DRAFT_DEADLINE_S": str(self.first_draft_deadline_s), "LLM_MAX_WAITING": str(self.llm_max_waiting),
                "LLM_TIMEOUT_S": str(self.llm_timeout_s), "INBOX_CONCURRENCY": str(self.inbox_concurrency)}

    def line(self) -> str:
        return " ".join(f"GREETBOT_{k}={v}" for k, v in self.env().items())


# -- Prometheus text ---------------------------------------------------------------------------------------------------

LINE = re.compile(r"^([A-Za-z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)")
LABEL = re.compile(r'(\w+)="((?:[^"\\]|\\.)*)"')


class Metrics:
    """One scrape of a /metrics page: sums over label sets, and histogram buckets."""

    def __init__(self, text: str = "") -> None:
        self.samples: list[tuple[str, dict[str, str], float]] = []
        for line in text.splitlines():
            m = LINE.match(line)
            if m and not line.startswith("#"):
                try:
                    value = float(m.group(3))
                except ValueError:
                    continue
                self.samples.append((m.group(1), dict(LABEL.findall(m.group(2) or "")), value))

    def total(self, name: str, **match: str) -> float:
        return sum(v for n, labels, v in self.samples
                   if n == name and all(labels.get(k) == want for k, want in match.items()))

    def by_label(self, name: str, label: str) -> dict[str, float]:
        out: dict[str, float] = defaultdict(float)
        for n, labels, v in self.samples:
            if n == name and label in labels:
                out[labels[label]] += v
        return dict(out)

    def buckets(self, name: str) -> dict[float, float]:
        """Cumulative count per upper bound `le`, summed over the other labels (engines, models)."""
        return {float(le): v for le, v in self.by_label(f"{name}_bucket", "le").items()}


def hist_delta(before: Metrics, after: Metrics, name: str) -> dict[str, Any]:
    """count, mean and p50/p99 (linear inside a bucket, as PromQL's histogram_quantile) of what a run added."""
    b, a = before.buckets(name), after.buckets(name)
    cum = sorted((le, a.get(le, 0.0) - b.get(le, 0.0)) for le in a)
    count = after.total(f"{name}_count") - before.total(f"{name}_count")
    total = after.total(f"{name}_sum") - before.total(f"{name}_sum")

    def quantile(q: float) -> float | None:
        if count <= 0:
            return None
        target, prev_le, prev_cum = q * count, 0.0, 0.0
        for le, c in cum:
            if c >= target:
                if le == float("inf"):
                    return prev_le  # past the last finite bound: its lower edge is all we know
                return prev_le + (le - prev_le) * ((target - prev_cum) / (c - prev_cum) if c > prev_cum else 1.0)
            prev_le, prev_cum = le, c
        return prev_le

    return {"count": round(count), "mean": total / count if count > 0 else None,
            "p50": quantile(0.50), "p99": quantile(0.99)}


# -- processes -------------------------------------------------------------------------------------------------------

def group_cpu_s(pgid: int) -> float:
    """CPU seconds (user + system, with reaped children) of every live process in a process group, from /proc."""
    ticks = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue  # gone meanwhile
        rest = stat[stat.rindex(")") + 2:].split()  # after "pid (comm) ": state ppid pgrp … utime(11) stime …
        if int(rest[2]) == pgid:
            ticks += sum(int(x) for x in rest[11:15])
    return ticks / CLK_TCK


def own_cpu_s() -> float:
    t = os.times()
    return t.user + t.system


def vllm_config(model: Path, adapter: Path, knobs: Knobs, port: int) -> ServeConfig:
    """The launcher's config, as tests/conftest.py's vllm_server has it, plus the two knobs."""
    return ServeConfig(model=str(model), profile="cpu", adapters={"greet": str(adapter)}, port=port, max_lora_rank=8,
                       max_loras=2, max_model_len=1024, max_num_seqs=knobs.max_num_seqs,
                       extra_args=["--max-num-batched-tokens", str(knobs.max_num_batched_tokens)])


def build_assets(work: Path) -> tuple[Path, Path]:
    """The tiny model and the `greet` adapter, as tests/conftest.py's fixtures build them; kept in `work`."""
    model, adapter = work / "tiny-qwen3", work / "greet-adapter"
    # The trainer prints its losses: to stderr with the progress lines, so stdout holds the tables (or JSON) only.
    with redirect_stdout(sys.stderr):
        if not (model / "config.json").exists():
            from model_server.tiny import build_tiny

            progress(f"building the tiny model in {model}")
            model.mkdir(parents=True, exist_ok=True)
            build_tiny(model, seed=0)
        if not (adapter / "adapter_config.json").exists():
            from model_server.train import train_sft

            progress(f"training the greet adapter in {adapter}")
            train_sft(model=str(model), out=adapter, data=None, max_steps=4, epochs=1.0, rank=8, lr=2e-3,
                      batch_size=4, seed=0)
    return model, adapter


# -- what the users saw ----------------------------------------------------------------------------------------------

def replies(p: Any) -> list[tuple[str, float, str]]:
    """(chat, when the fake accepted it, text) of every message the fake accepted. Each fake stamps on its own clock
    (DingTalk's is wall time, the others' monotonic): brought onto ours, time.monotonic(), to compare with sends."""
    shift = p.fake.clock() - time.monotonic()
    if p.name == "dingtalk":
        return [(m.conversation_id or m.user_ids[0], m.at - shift, m.text) for m in list(p.fake.messages)]
    return [(str(s.chat_id), s.at - shift, s.text) for s in list(p.fake.sent)]


def replies_by_chat(platforms: list[Any], chats: set[str]) -> dict[str, list[tuple[float, str]]]:
    out: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for p in platforms:
        for chat, at, text in replies(p):
            if chat in chats:
                out[chat].append((at, text))
    return out


def pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


# -- one run ---------------------------------------------------------------------------------------------------------

@dataclass
class Context:
    args: argparse.Namespace
    platforms: list[Any]
    vllm_root: str  # http://host:port, no /v1
    vllm_pgid: int | None  # None with --endpoint: not ours, its CPU is not counted
    runs_dir: Path
    run_index: int = 0


async def vllm_metrics(client: httpx.AsyncClient, root: str) -> Metrics:
    try:
        return Metrics((await client.get(f"{root}/metrics")).text)
    except httpx.HTTPError:
        return Metrics()


async def vllm_idle(client: httpx.AsyncClient, root: str, bound_s: float) -> bool:
    """Wait (bounded) until vLLM runs and queues nothing: late answers of a past run must not land in the next."""
    deadline = time.monotonic() + bound_s
    while time.monotonic() < deadline:
        m = await vllm_metrics(client, root)
        if m.samples and m.total("vllm:num_requests_running") + m.total("vllm:num_requests_waiting") == 0:
            return True
        await asyncio.sleep(0.25)
    return False


async def sampler(client: httpx.AsyncClient, root: str, every_s: float, done: asyncio.Event,
                  out: list[tuple[float, float, float]]) -> None:
    """(running, waiting, KV cache use) every `every_s`: the batch sizes vLLM actually ran."""
    while not done.is_set():
        m = await vllm_metrics(client, root)
        if m.samples:
            out.append((m.total("vllm:num_requests_running"), m.total("vllm:num_requests_waiting"),
                        m.total("vllm:kv_cache_usage_perc")))
        try:
            await asyncio.wait_for(done.wait(), every_s)
        except TimeoutError:
            pass


async def run_once(ctx: Context, knobs: str, mode: str, n: int, bot: BotSettings) -> dict[str, Any]:
    args, platforms = ctx.args, ctx.platforms
    k = ctx.run_index = ctx.run_index + 1
    workdir = ctx.runs_dir / f"{k:02d}-{knobs.replace(':', 'x')}-{mode}-{n}"
    workdir.mkdir(parents=True)
    env = {"DATA_DIR": str(workdir / "data"), "LLM_BASE_URL": f"{ctx.vllm_root}/v1", "LLM_MODEL": "greet",
           **bot.env()}
    for p in platforms:
        env |= p.env()
    port = free_port()
    proc = start_server(port, env, workdir)
    progress(f"run {k}: knobs {knobs}, {mode}, {n} users ({bot.line()})")
    vllm = httpx.AsyncClient(timeout=5)
    limits = httpx.Limits(max_connections=args.concurrency, max_keepalive_connections=args.concurrency)
    client = httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", limits=limits, timeout=60)
    try:
        await wait_ready(client, proc, workdir / "serve.log", [p.name for p in platforms])
        if args.warm_up:
            await warm_up(ctx, client, k, bot)
        if not await vllm_idle(vllm, ctx.vllm_root, 120):
            progress("  vLLM still busy after 120 s: the run starts anyway")

        # Everything signed and encrypted before the clock starts, except one at a time, where a DingTalk signature
        # (5 minutes) could go stale: there each webhook is built just before it is posted.
        def event(i: int) -> tuple[Any, str, bytes, dict[str, str]]:
            p = platforms[i % len(platforms)]
            return (p, *p.event(k * IDS_PER_RUN + i))

        events = [event(i) for i in range(n)] if mode == "burst" else []
        chats: list[str] = []
        before_vllm = await vllm_metrics(vllm, ctx.vllm_root)
        before_bot = Metrics((await client.get("/metrics")).text)
        cpu0 = (group_cpu_s(proc.pid), group_cpu_s(ctx.vllm_pgid) if ctx.vllm_pgid else 0.0, own_cpu_s())
        samples: list[tuple[float, float, float]] = []
        done = asyncio.Event()
        sampling = asyncio.create_task(sampler(vllm, ctx.vllm_root, args.sample_s, done, samples))
        sent_at: dict[str, float] = {}
        acks: list[float] = []
        non_200 = 0
        gate = asyncio.Semaphore(args.concurrency)

        async def post(p: Any, chat: str, body: bytes, headers: dict[str, str]) -> None:
            """Deliver as the platform does: a delivery that did not get a 200 is delivered again, freshly signed
            (bench/crash.py has what each platform does), a few times; the user's clock starts at the first try."""
            nonlocal non_200
            for attempt in range(REDELIVERIES + 1):
                async with gate:
                    t0 = time.monotonic()
                    sent_at.setdefault(chat, t0)
                    try:
                        status = (await client.post(p.path, content=body, headers=headers)).status_code
                    except httpx.HTTPError:
                        status = 0  # no answer at all: a failed ack
                    acks.append(time.monotonic() - t0)
                if status == 200:
                    return
                non_200 += 1
                await asyncio.sleep(1 + attempt)
                headers = redelivery_headers(p, body, headers)

        started = time.monotonic()
        stalled = False
        if mode == "burst":
            chats = [chat for _, chat, _, _ in events]
            await asyncio.gather(*(post(p, chat, body, headers) for p, chat, body, headers in events))
            burst_s = time.monotonic() - started
            stalled = not await wait_replies(platforms, set(chats), args.stall)
        else:
            for i in range(n):
                p, chat, body, headers = event(i)
                chats.append(chat)
                await post(p, chat, body, headers)
                if not await wait_replies(platforms, {chat}, args.stall):
                    stalled = True  # a lost one: go on with the next user, it is counted below
            burst_s = time.monotonic() - started
        # Settle: the inbox empty (nothing left to send, so a duplicate would have shown), then vLLM idle (late
        # answers of turns that fell back are part of the cost), bounded by what the bot may still wait on the model.
        settle_by = time.monotonic() + args.stall
        while time.monotonic() < settle_by and not await inbox_idle(client):
            await asyncio.sleep(0.1)
        await asyncio.sleep(0.5)
        vllm_settled = await vllm_idle(vllm, ctx.vllm_root, bot.llm_timeout_s * 2 + 10)
        end = time.monotonic()
        done.set()
        await sampling
        cpu1 = (group_cpu_s(proc.pid), group_cpu_s(ctx.vllm_pgid) if ctx.vllm_pgid else 0.0, own_cpu_s())
        after_vllm = await vllm_metrics(vllm, ctx.vllm_root)
        after_bot = Metrics((await client.get("/metrics")).text)
    finally:
        await client.aclose()
        await vllm.aclose()
        stop_server(proc)
    log = (workdir / "serve.log").read_text(errors="replace")

    # -- what each user saw ------------------------------------------------------------------------------------------
    got = replies_by_chat(platforms, set(chats))
    e2e, model, offline, other, answered_at = [], 0, 0, 0, []
    for chat in chats:
        if not got.get(chat):
            continue
        at, text = min(got[chat])
        e2e.append(at - sent_at[chat])
        answered_at.append(at)
        if DRAFTS_MARK not in text:
            other += 1
        elif OFFLINE_MARK in text:
            offline += 1
        else:
            model += 1
    lost = sum(not got.get(c) for c in chats)
    duplicated = sum(len(got.get(c, ())) > 1 for c in chats)
    drafts = model + offline
    span = max(answered_at) - started if answered_at else None
    fallbacks = {reason: after_bot.total("greetbot_model_fallbacks_total", reason=reason)
                 - before_bot.total("greetbot_model_fallbacks_total", reason=reason)
                 for reason in after_bot.by_label("greetbot_model_fallbacks_total", "reason")}

    # -- vLLM's own figures ------------------------------------------------------------------------------------------
    def delta(name: str, **match: str) -> float:
        return after_vllm.total(name, **match) - before_vllm.total(name, **match)

    busy = [r for r, w, _ in samples if r + w > 0]
    finished = {reason: round(after_vllm.by_label("vllm:request_success_total", "finished_reason").get(reason, 0)
                              - before_vllm.by_label("vllm:request_success_total", "finished_reason").get(reason, 0))
                for reason in after_vllm.by_label("vllm:request_success_total", "finished_reason")}
    hits, queries = delta("vllm:prefix_cache_hits_total"), delta("vllm:prefix_cache_queries_total")
    steps = hist_delta(before_vllm, after_vllm, "vllm:iteration_tokens_total")
    vllm_figures = {
        "api_requests": round(delta("vllm:request_params_n_count")),
        "sequences": round(delta("vllm:request_params_n_sum")),
        "finished": {k: v for k, v in finished.items() if v},
        "batch_max": max((r for r, _, _ in samples), default=0),
        "batch_mean_busy": sum(busy) / len(busy) if busy else 0.0,
        "waiting_max": max((w for _, w, _ in samples), default=0),
        "kv_cache_max": max((kv for _, _, kv in samples), default=0.0),
        "busy_share": len(busy) / len(samples) if samples else 0.0,
        "samples": len(samples),
        "steps": steps["count"], "tokens_per_step_mean": steps["mean"], "tokens_per_step_p50": steps["p50"],
        "tokens_per_step_p99": steps["p99"],
        "ttft_s": hist_delta(before_vllm, after_vllm, "vllm:time_to_first_token_seconds"),
        "queue_s": hist_delta(before_vllm, after_vllm, "vllm:request_queue_time_seconds"),
        "e2e_s": hist_delta(before_vllm, after_vllm, "vllm:e2e_request_latency_seconds"),
        "generation_tokens": round(delta("vllm:generation_tokens_total")),
        "prompt_tokens": round(delta("vllm:prompt_tokens_total")),
        "prefix_cache_hit_rate": hits / queries if queries else None,
        "preemptions": round(delta("vllm:num_preemptions_total")),
        "settled": vllm_settled,
    }
    cpu: dict[str, float | None] = {"bot": cpu1[0] - cpu0[0], "bench": cpu1[2] - cpu0[2],
                                    "vllm": cpu1[1] - cpu0[1] if ctx.vllm_pgid else None}  # --endpoint: not ours
    row = {
        "knobs": knobs, "mode": mode, "users": n, "settings": asdict(bot),
        "ack_p50_ms": ms(pct(acks, 0.50)), "ack_p99_ms": ms(pct(acks, 0.99)), "non_200": non_200,
        "posting_s": round(burst_s, 2),
        "e2e_p50_s": sec(pct(e2e, 0.50)), "e2e_p99_s": sec(pct(e2e, 0.99)), "e2e_max_s": sec(max(e2e, default=None)),
        "drafts_per_s": round(drafts / span, 3) if span and drafts else 0.0,
        "last_reply_s": sec(span),
        "model": model, "offline": offline, "other": other,
        "model_share": round(model / drafts, 3) if drafts else None,
        "fallbacks_metric": {k: round(v) for k, v in fallbacks.items()},
        # Offline replies the metric does not explain (its reasons are the deadline and the queue): the model failed
        # or its drafts were refused by the bot's checks.
        "offline_other_reason": offline - round(sum(fallbacks.values())),
        "lost": lost, "duplicated": duplicated, "stalled": stalled,
        "wall_s": round(end - started, 2),
        "cpu_s": {k: None if v is None else round(v, 2) for k, v in cpu.items()},
        "cpu_ms_per_user": {k: None if v is None else round(v / n * 1000, 1) for k, v in cpu.items()},
        "bot_log_errors": sum(" ERROR " in line or line.startswith("Traceback") for line in log.splitlines()),
        "bot_log_warnings": sum(" WARNING " in line for line in log.splitlines()),
        "vllm": vllm_figures,
    }
    progress(f"  {drafts}/{n} drafts ({model} model, {offline} offline), lost {lost}, duplicated {duplicated}, "
             f"{row['drafts_per_s']} drafts/s, wall {row['wall_s']} s")
    return row


async def wait_replies(platforms: list[Any], chats: set[str], stall_s: float) -> bool:
    """Until every chat has a reply, or nothing new arrived for `stall_s` (then False: some are lost)."""
    seen, last_change = -1, time.monotonic()
    while True:
        got = replies_by_chat(platforms, chats)
        if all(got.get(c) for c in chats):
            return True
        count = sum(map(len, got.values()))
        if count != seen:
            seen, last_change = count, time.monotonic()
        elif time.monotonic() - last_change > stall_s:
            return False
        await asyncio.sleep(0.1)


async def warm_up(ctx: Context, client: httpx.AsyncClient, k: int, bot: BotSettings) -> None:
    """One user per platform through the whole road before the clock starts: a fresh `greetbot serve` answers its
    first webhook and its first turn far slower than the rest (imports, connections, the adapter's first use)."""
    chats = set()
    for p in ctx.platforms:
        chat, body, headers = p.event(k * IDS_PER_RUN + WARMUP_ID)
        chats.add(chat)
        await client.post(p.path, content=body, headers=headers)
    await wait_replies(ctx.platforms, chats, bot.first_draft_deadline_s + ctx.args.stall)
    idle_by = time.monotonic() + ctx.args.stall
    while time.monotonic() < idle_by and not await inbox_idle(client):
        await asyncio.sleep(0.1)


# -- the whole bench -------------------------------------------------------------------------------------------------

def progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)  # stdout carries the tables (or the JSON) only


def ms(s: float | None) -> float | None:
    return None if s is None else round(s * 1000, 1)


def sec(s: float | None) -> float | None:
    return None if s is None else round(s, 2)


async def warm_vllm(root: str) -> None:
    """One request to the adapter, so its first load is not in the first run's figures."""
    async with httpx.AsyncClient(timeout=120) as client:
        r = await client.post(f"{root}/v1/chat/completions", json={
            "model": "greet", "messages": [{"role": "user", "content": "新年好"}], "max_tokens": 8})
        r.raise_for_status()


@dataclass
class VLLM:
    root: str
    pgid: int | None
    startup_s: float | None


@contextmanager
def running_vllm(knobs: Knobs, work: Path) -> Iterator[VLLM]:
    """vLLM with these knobs, stopped (its whole process group) on leaving, however we leave. Started from the main
    thread: the kernel SIGTERMs it if this process dies without stopping it (model_server.serve.dies_with_parent)."""
    model, adapter = build_assets(work)
    cfg = vllm_config(model, adapter, knobs, free_port())
    log = work / f"vllm-{knobs.label.replace(':', 'x')}.log"
    progress(f"starting vLLM (--max-num-seqs {knobs.max_num_seqs} --max-num-batched-tokens "
             f"{knobs.max_num_batched_tokens}); log {log}")
    proc = start_vllm(cfg, log_path=log)
    try:
        try:
            seconds = wait_healthy(cfg, proc, timeout_s=400)
        except ServerFailed:
            raise RuntimeError(f"vLLM did not start:\n{log.read_text(errors='replace')[-3000:]}") from None
        progress(f"vLLM healthy in {seconds:.0f} s")
        yield VLLM(cfg.base_url.removesuffix("/v1"), proc.pid, round(seconds, 1))
    finally:
        stop_vllm(proc)  # SIGTERM to its group, 8 s, then SIGKILL: gone before the next setting starts its own


async def bench_setting(ctx: Context, setting: dict[str, Any]) -> None:
    """The growth runs, then the comparison, filling `setting` as each run ends (an interrupted bench prints those)."""
    args, label = ctx.args, setting["knobs"]
    growth_bot = BotSettings(args.deadline, args.max_waiting, args.llm_timeout, args.inbox_concurrency)
    compare_bot = BotSettings(args.compare_deadline, args.compare_max_waiting, args.compare_llm_timeout,
                              args.inbox_concurrency)
    await warm_vllm(ctx.vllm_root)
    for n in args.users:
        setting["growth"].append(await run_once(ctx, label, "burst", n, growth_bot))
    if args.compare_n:
        serial = await run_once(ctx, label, "serial", args.compare_n, compare_bot)
        burst = await run_once(ctx, label, "burst", args.compare_n, compare_bot)
        setting["compare"] = {"serial": serial, "burst": burst, "ratio": round(
            burst["drafts_per_s"] / serial["drafts_per_s"], 2) if serial["drafts_per_s"] else None}


def run_all(args: argparse.Namespace, stack: ExitStack, work: Path, report: dict[str, Any]) -> None:
    platforms = [PLATFORMS[name](stack) for name in args.platforms]
    runs_dir = work / time.strftime("runs-%Y%m%d-%H%M%S")
    report |= {"settings": [], "vllm_startup_s": {}, "runs_dir": str(runs_dir)}
    ctx = Context(args, platforms, "", None, runs_dir)

    def setting(label: str) -> dict[str, Any]:
        report["settings"].append({"knobs": label, "growth": [], "compare": {}})
        return report["settings"][-1]

    if args.endpoint:  # somebody else's vLLM (a test fixture's): its knobs are what it was started with
        ctx.vllm_root = args.endpoint.rstrip("/").removesuffix("/v1")
        asyncio.run(bench_setting(ctx, setting("external")))
    else:
        for knobs in args.knobs:
            with running_vllm(knobs, work) as server:
                report["vllm_startup_s"][knobs.label] = server.startup_s
                ctx.vllm_root, ctx.vllm_pgid = server.root, server.pgid
                asyncio.run(bench_setting(ctx, setting(knobs.label)))


# -- tables ----------------------------------------------------------------------------------------------------------

def fmt(v: Any, spec: str = "") -> str:
    return "—" if v is None else format(v, spec)


def all_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for s in report.get("settings", []):
        rows += s["growth"]
        if s["compare"]:
            rows += [s["compare"]["serial"], s["compare"]["burst"]]
    return rows


def print_tables(report: dict[str, Any]) -> None:
    a = report["args"]
    print(f"platforms {' '.join(a['platforms'])}; webhooks in flight {a['concurrency']}; vLLM knobs "
          f"(--max-num-seqs:--max-num-batched-tokens) {', '.join(s['knobs'] for s in report['settings'])}")
    print(f"growth runs:  {report['growth_settings']}")
    print(f"compare runs: {report['compare_settings']}")
    rows = all_rows(report)

    print("\nThe road (per run): acks, webhook → drafts at the fake, drafts/s, who wrote them, lost/duplicated")
    print("(offln: drafts marked offline; metric: greetbot_model_fallbacks_total deadline_passed/overloaded, else = "
          "offline replies it does not count; non200: acks redelivered; errs: ERROR lines in serve.log)")
    print(f"{'knobs':>9} {'mode':>6} {'users':>5} {'ack p50':>7} {'ack p99':>7} {'e2e p50':>7} {'e2e p99':>7} "
          f"{'drafts/s':>8} {'model':>5} {'offln':>5} {'model%':>6} {'metric dl/ovl/else':>18} {'other':>5} "
          f"{'lost':>4} {'dup':>3} {'non200':>6} {'errs':>4} {'wall s':>6}")
    for r in rows:
        fb = r["fallbacks_metric"]
        fallback_reasons = f"{fb.get('deadline_passed', 0)}/{fb.get('overloaded', 0)}/{r['offline_other_reason']}"
        share = "—" if r["model_share"] is None else f"{r['model_share'] * 100:.0f}%"
        print(f"{r['knobs']:>9} {r['mode']:>6} {r['users']:5} {fmt(r['ack_p50_ms'], '.0f'):>5}ms "
              f"{fmt(r['ack_p99_ms'], '.0f'):>5}ms {fmt(r['e2e_p50_s'], '.2f'):>6}s {fmt(r['e2e_p99_s'], '.2f'):>6}s "
              f"{r['drafts_per_s']:8.2f} {r['model']:5} {r['offline']:5} {share:>6} "
              f"{fallback_reasons:>18} {r['other']:5} "
              f"{r['lost']:4} {r['duplicated']:3} {r['non_200']:6} {r['bot_log_errors']:4} {r['wall_s']:6.1f}")

    print("\nvLLM's own figures (deltas over each run; batch = vllm:num_requests_running sampled every "
          f"{a['sample_s']} s)")
    print(f"{'knobs':>9} {'mode':>6} {'users':>5} {'api req':>7} {'seqs':>5} {'batch max':>9} {'mean busy':>9} "
          f"{'wait max':>8} {'busy':>5} {'steps':>6} {'tok/step':>8} {'p50':>5} {'p99':>6} {'TTFT p50':>8} "
          f"{'TTFT p99':>8} {'queue':>6} {'gen tok':>7} {'prefix hit':>10} {'preempt':>7}")
    for r in rows:
        v = r["vllm"]
        print(f"{r['knobs']:>9} {r['mode']:>6} {r['users']:5} {v['api_requests']:7} {v['sequences']:5} "
              f"{v['batch_max']:9.0f} {v['batch_mean_busy']:9.1f} {v['waiting_max']:8.0f} "
              f"{v['busy_share'] * 100:4.0f}% {v['steps']:6} {fmt(v['tokens_per_step_mean'], '.1f'):>8} "
              f"{fmt(v['tokens_per_step_p50'], '.0f'):>5} {fmt(v['tokens_per_step_p99'], '.0f'):>6} "
              f"{fmt(v['ttft_s']['p50'], '.2f'):>7}s {fmt(v['ttft_s']['p99'], '.2f'):>7}s "
              f"{fmt(v['queue_s']['mean'], '.2f'):>5}s {v['generation_tokens']:7} "
              f"{fmt(None if v['prefix_cache_hit_rate'] is None else v['prefix_cache_hit_rate'] * 100, '.0f'):>9}% "
              f"{v['preemptions']:7}")

    print("\nCost as the burst grows (growth runs; × = per-user figure against the smallest N of the same knobs)")
    print(f"{'knobs':>9} {'users':>5} {'wall s':>7} {'wall ms/user':>12} {'bot CPU ms/u':>12} {'vLLM CPU ms/u':>13} "
          f"{'bench CPU ms/u':>14} {'total ms/u':>10} {'× total':>7} {'× wall':>6} {'e2e p99':>7} {'model%':>6}")
    for s in report["settings"]:
        base: tuple[float, float] | None = None
        for r in s["growth"]:
            c = r["cpu_ms_per_user"]
            total = c["bot"] + (c["vllm"] or 0.0) + c["bench"]  # without vLLM's when it is not ours (--endpoint)
            wall = r["wall_s"] / r["users"] * 1000
            base = base or (total, wall)
            share = "—" if r["model_share"] is None else f"{r['model_share'] * 100:.0f}%"
            print(f"{r['knobs']:>9} {r['users']:5} {r['wall_s']:7.1f} {wall:12.0f} {c['bot']:12.0f} {fmt(c['vllm'], '.0f'):>13} "
                  f"{c['bench']:14.0f} {total:10.0f} {total / base[0]:7.2f} {wall / base[1]:6.2f} "
                  f"{fmt(r['e2e_p99_s'], '.2f'):>6}s {share:>6}")

    if any(s["compare"] for s in report["settings"]):
        print("\nOne at a time vs batched: the same users, drafts/s (raised deadline: the model writes, not the "
              "fallback)")
        print(f"{'knobs':>9} {'users':>5} {'serial/s':>8} {'burst/s':>8} {'ratio':>6} {'model% s/b':>10} "
              f"{'batch mean s/b':>14} {'e2e p50 s/b':>13}")
        for s in report["settings"]:
            c = s["compare"]
            if not c:
                continue
            ser, bur = c["serial"], c["burst"]
            shares = "/".join("—" if x["model_share"] is None else f"{x['model_share'] * 100:.0f}" for x in (ser, bur))
            print(f"{s['knobs']:>9} {ser['users']:5} {ser['drafts_per_s']:8.2f} {bur['drafts_per_s']:8.2f} "
                  f"{fmt(c['ratio'], '.2f'):>6} {shares:>10} "
                  f"{ser['vllm']['batch_mean_busy']:6.1f}/{bur['vllm']['batch_mean_busy']:<7.1f} "
                  f"{fmt(ser['e2e_p50_s'], '.2f'):>6}/{fmt(bur['e2e_p50_s'], '.2f'):<6}")
    total_lost = sum(r["lost"] for r in rows)
    total_dup = sum(r["duplicated"] for r in rows)
    print(f"\ntotal: lost {total_lost}, duplicated {total_dup}, other replies {sum(r['other'] for r in rows)}; "
          f"vLLM start-up {report['vllm_startup_s']}; bench took {report['took_s']:.0f} s; logs {report['runs_dir']}")
    print("vLLM metrics used: vllm:num_requests_running, vllm:num_requests_waiting, vllm:kv_cache_usage_perc (sampled); "
          "vllm:request_params_n (count, sum), vllm:request_success_total, vllm:iteration_tokens_total, "
          "vllm:time_to_first_token_seconds, vllm:request_queue_time_seconds, vllm:e2e_request_latency_seconds, "
          "vllm:generation_tokens_total, vllm:prompt_tokens_total, vllm:prefix_cache_hits_total, "
          "vllm:prefix_cache_queries_total, vllm:num_preemptions_total (deltas)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, default=None,
                    help="directory for the tiny model, the adapter (built once, reused), vLLM's and each run's logs "
                         "(default: a temporary one, removed at exit)")
    ap.add_argument("--users", type=int, nargs="+", default=[25, 50, 100],
                    help="users per burst for the growth table, per knob setting")
    ap.add_argument("--knobs", type=parse_knobs, nargs="+", default=[Knobs(4, 512), Knobs(128, 2048)],
                    help="vLLM settings SEQS:TOKENS (--max-num-seqs, --max-num-batched-tokens); 128:2048 is what "
                         "vLLM's CPU build uses when it is given neither")
    ap.add_argument("--endpoint", default=None,
                    help="use this running vLLM (http://host:port[/v1], serving `greet`) instead of starting one per "
                         "--knobs; its CPU is then not counted")
    ap.add_argument("--platforms", nargs="+", choices=list(PLATFORMS), default=list(PLATFORMS))
    ap.add_argument("--concurrency", type=int, default=32, help="webhooks in flight at once in a burst")
    ap.add_argument("--deadline", type=float, default=6.0, help="GREETBOT_FIRST_DRAFT_DEADLINE_S of the growth runs")
    ap.add_argument("--max-waiting", type=int, default=16, help="GREETBOT_LLM_MAX_WAITING of the growth runs")
    ap.add_argument("--llm-timeout", type=float, default=20.0, help="GREETBOT_LLM_TIMEOUT_S of the growth runs")
    ap.add_argument("--inbox-concurrency", type=int, default=4,
                    help="GREETBOT_INBOX_CONCURRENCY (turns side by side: it bounds what reaches vLLM at once)")
    ap.add_argument("--compare-n", type=int, default=12,
                    help="users of the one-at-a-time vs burst comparison, per knob setting (0: leave it out)")
    ap.add_argument("--compare-deadline", type=float, default=120.0,
                    help="GREETBOT_FIRST_DRAFT_DEADLINE_S of the comparison: high, so the model writes every draft")
    ap.add_argument("--compare-llm-timeout", type=float, default=120.0, help="GREETBOT_LLM_TIMEOUT_S of the comparison")
    ap.add_argument("--compare-max-waiting", type=int, default=10_000,
                    help="GREETBOT_LLM_MAX_WAITING of the comparison")
    ap.add_argument("--stall", type=float, default=90.0,
                    help="seconds without a new reply after which the missing users count as lost")
    ap.add_argument("--sample-s", type=float, default=0.25, help="how often vLLM's gauges are read")
    ap.add_argument("--warm-up", action=argparse.BooleanOptionalAction, default=True,
                    help="one user per platform through a fresh greetbot serve before each run's clock starts "
                         "(--no-warm-up: the first turns' one-time costs land in the figures; for quick checks)")
    ap.add_argument("--json", action="store_true", help="print the results as one JSON object")
    args = ap.parse_args()
    command = shlex.join([os.path.relpath(sys.executable, Path.cwd()), *sys.argv])
    print(command if args.json else f"$ {command}", flush=True)  # first line: how to run it again

    # SIGTERM and SIGHUP unwind like Ctrl-C, so every `finally` and stack callback stops what we started.
    def unwind(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt(signal.Signals(signum).name)

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, unwind)
    signal.signal(signal.SIGINT, signal.default_int_handler)  # also when started in the background (SIGINT ignored)
    bot = BotSettings(args.deadline, args.max_waiting, args.llm_timeout, args.inbox_concurrency)
    cmp = BotSettings(args.compare_deadline, args.compare_max_waiting, args.compare_llm_timeout,
                      args.inbox_concurrency)
    report: dict[str, Any] = {
        "command": command, "growth_settings": bot.line(), "compare_settings": cmp.line(),
        "args": {"platforms": args.platforms, "concurrency": args.concurrency, "users": args.users,
                 "compare_n": args.compare_n, "sample_s": args.sample_s}}
    started = time.monotonic()
    interrupted = False
    with ExitStack() as stack:
        if args.work is None:
            work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="greetbot-burst-")))
        else:
            work = args.work.resolve()
            work.mkdir(parents=True, exist_ok=True)
        try:
            run_all(args, stack, work, report)
        except RuntimeError as exc:  # vLLM or greetbot serve would not start: their logs are in the message
            print(f"error: {exc}", file=sys.stderr)
            return 2
        except KeyboardInterrupt as exc:  # everything started is stopped by now (the finally blocks on the way)
            print(f"interrupted ({exc or 'SIGINT'}): vLLM and greetbot serve stopped; the runs that ended follow",
                  file=sys.stderr)
            interrupted = True
    report["took_s"] = round(time.monotonic() - started, 1)
    report["interrupted"] = interrupted
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    elif report.get("settings"):
        print_tables(report)
    rows = all_rows(report)
    if interrupted:
        return 130
    # Non-zero when a user heard nothing, heard twice or got no drafts; a non-200 ack is reported, not judged here.
    return int(any(r["lost"] or r["duplicated"] or r["other"] for r in rows))


if __name__ == "__main__":
    sys.exit(main())
