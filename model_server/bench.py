"""Serving benchmark against a running vLLM: throughput and latency with the adapter and without.

For each concurrency level (default 1, 8, 32) and each model name (the adapter, then the base), sends the bot's
own prompts (built by `bot.writing.compose.build_messages` from the scenario set) and prints requests/s, p50/p95 latency,
time to first token, prompt tokens per request, the LoRA overhead (base throughput / adapter throughput), and the
prefix-cache hit rate read from vLLM's `/metrics` counters over the run. The same script runs unchanged on a GPU.

Run: python -m model_server.bench --endpoint http://127.0.0.1:8000/v1 --adapter greet --base base
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import statistics
import time
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

import httpx

from bot.domain import GreetingRequest, Slots
from bot.writing import holidays
from bot.writing.compose import MAX_TOKENS, build_messages

SCENARIOS = Path(__file__).resolve().parent / "data" / "scenarios.jsonl"


@dataclass
class Run:
    model: str
    concurrency: int
    requests: int
    seconds: float
    rps: float
    p50_ms: float
    p95_ms: float
    ttft_p50_ms: float
    prompt_tokens: float
    completion_tokens: float
    prefix_hit_rate: float | None
    errors: int


def prompts(limit: int | None = None) -> list[tuple[list[dict[str, str]], int]]:
    """(messages, max_tokens) for the scenario set, as the bot would send them."""
    out = []
    for line in SCENARIOS.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        sc = json.loads(line)
        slots = Slots.from_dict(sc["slots"])
        holiday = holidays.resolve(sc["holiday"], date.fromisoformat(sc.get("today", "2026-12-01")))
        req = GreetingRequest(slots=slots, holiday=holiday, n=1)
        out.append((build_messages(req), MAX_TOKENS[slots.length or "50-100"]))
    return out[:limit] if limit else out


async def prefix_counters(client: httpx.AsyncClient, root: str) -> tuple[float, float] | None:
    """(queries, hits) of vLLM's prefix cache, summed over label sets; None if the server has no such metric."""
    text = (await client.get(f"{root}/metrics")).text
    def total(name: str) -> float | None:
        values = re.findall(rf"^vllm:{name}(?:{{[^}}]*}})?\s+([0-9.eE+-]+)$", text, re.M)
        return sum(float(v) for v in values) if values else None
    queries, hits = total("prefix_cache_queries_total"), total("prefix_cache_hits_total")
    return (queries, hits) if queries is not None and hits is not None else None


async def one(client: httpx.AsyncClient, url: str, model: str, messages: list, max_tokens: int,
              max_output: int | None, ignore_eos: bool = False) -> tuple[float, float, int, int]:
    """(total seconds, ttft seconds, prompt tokens, completion tokens) of one streamed request."""
    body = {"model": model, "messages": messages, "max_tokens": min(max_tokens, max_output or max_tokens),
            "stream": True, "stream_options": {"include_usage": True}, "temperature": 0.7, "top_p": 0.8,
            "top_k": 20, "chat_template_kwargs": {"enable_thinking": False}}
    if ignore_eos:  # same output length for every model, so throughputs compare like with like
        body["ignore_eos"] = True
    started = time.perf_counter()
    ttft = None
    usage = {"prompt_tokens": 0, "completion_tokens": 0}
    async with client.stream("POST", f"{url}/chat/completions", json=body) as resp:
        resp.raise_for_status()
        async for line in resp.aiter_lines():
            if not line.startswith("data: ") or line == "data: [DONE]":
                continue
            chunk = json.loads(line[6:])
            if chunk.get("choices") and chunk["choices"][0].get("delta", {}).get("content") and ttft is None:
                ttft = time.perf_counter() - started
            if chunk.get("usage"):
                usage = chunk["usage"]
    total = time.perf_counter() - started
    return total, ttft if ttft is not None else total, usage["prompt_tokens"], usage["completion_tokens"]


async def run_level(url: str, model: str, concurrency: int, work: list, max_output: int | None,
                    ignore_eos: bool = False) -> Run:
    root = url.removesuffix("/v1")
    limits = httpx.Limits(max_connections=concurrency + 2)
    async with httpx.AsyncClient(timeout=600, limits=limits) as client:
        before = await prefix_counters(client, root)
        queue: asyncio.Queue = asyncio.Queue()
        for item in work:
            queue.put_nowait(item)
        results: list[tuple[float, float, int, int]] = []
        errors = 0

        async def worker() -> None:
            nonlocal errors
            while not queue.empty():
                messages, max_tokens = queue.get_nowait()
                try:
                    results.append(await one(client, url, model, messages, max_tokens, max_output, ignore_eos))
                except httpx.HTTPError:
                    errors += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        seconds = time.perf_counter() - started
        after = await prefix_counters(client, root)
    hit_rate = None
    if before and after and after[0] > before[0]:
        hit_rate = (after[1] - before[1]) / (after[0] - before[0])
    totals = sorted(r[0] for r in results) or [0.0]
    return Run(
        model=model, concurrency=concurrency, requests=len(results), seconds=seconds, rps=len(results) / seconds,
        p50_ms=statistics.median(totals) * 1000, p95_ms=totals[int(0.95 * (len(totals) - 1))] * 1000,
        ttft_p50_ms=statistics.median(r[1] for r in results) * 1000 if results else 0.0,
        prompt_tokens=statistics.mean(r[2] for r in results) if results else 0.0,
        completion_tokens=statistics.mean(r[3] for r in results) if results else 0.0,
        prefix_hit_rate=hit_rate, errors=errors,
    )


async def main(args: argparse.Namespace) -> list[Run]:
    base = prompts()
    runs: list[Run] = []
    for concurrency in args.concurrency:
        n = max(args.requests, concurrency * 2)
        work = [base[i % len(base)] for i in range(n)]
        for model in (args.adapter, args.base):
            runs.append(await run_level(args.endpoint, model, concurrency, work, args.max_output, args.ignore_eos))
    return runs


def report(runs: list[Run]) -> str:
    lines = ["model        conc  reqs   req/s   p50 ms   p95 ms  ttft p50  prompt tok  out tok  prefix hit"]
    for r in runs:
        hit = f"{r.prefix_hit_rate:.2f}" if r.prefix_hit_rate is not None else "n/a"
        lines.append(f"{r.model:<12} {r.concurrency:>4} {r.requests:>5} {r.rps:>7.2f} {r.p50_ms:>8.0f} {r.p95_ms:>8.0f}"
                     f" {r.ttft_p50_ms:>9.0f} {r.prompt_tokens:>11.0f} {r.completion_tokens:>8.0f} {hit:>11}")
    by = {(r.model, r.concurrency): r for r in runs}
    models = list(dict.fromkeys(r.model for r in runs))
    if len(models) == 2:
        for c in sorted({r.concurrency for r in runs}):
            a, b = by.get((models[0], c)), by.get((models[1], c))
            if a and b and a.rps:
                lines.append(f"LoRA overhead at concurrency {c}: base/adapter throughput = {b.rps / a.rps:.2f}")
    return "\n".join(lines)


def cli() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--endpoint", default="http://127.0.0.1:8000/v1")
    p.add_argument("--adapter", default="greet")
    p.add_argument("--base", default="base")
    p.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    p.add_argument("--requests", type=int, default=32, help="requests per level (at least 2 x concurrency)")
    p.add_argument("--max-output", type=int, default=None, help="cap output tokens (CPU runs)")
    p.add_argument("--ignore-eos", action="store_true",
                   help="generate exactly the token budget (use with --max-output to measure LoRA overhead)")
    p.add_argument("--json", action="store_true")
    args = p.parse_args()
    try:
        httpx.get(args.endpoint.removesuffix("/v1") + "/health", timeout=5).raise_for_status()
    except httpx.HTTPError as exc:
        raise SystemExit(f"vLLM at {args.endpoint} is not healthy ({exc.__class__.__name__}); start it first") from None
    runs = asyncio.run(main(args))
    print(json.dumps([asdict(r) for r in runs]) if args.json else report(runs))


if __name__ == "__main__":
    cli()
