"""bench/burst_vllm.py, run tiny against the suite's real vLLM: every user answered once, every table has its rows."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import VLLMServer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `bench` is not an installed package

from bench import burst_vllm

N, COMPARE_N = 6, 2


def test_the_knobs_reach_vllms_command_line() -> None:
    from model_server.serve import build_command

    argv, env = build_command(burst_vllm.vllm_config(Path("m"), Path("a"), burst_vllm.parse_knobs("4:512"), 8123))
    assert argv[argv.index("--max-num-seqs") + 1] == "4"
    assert argv[argv.index("--max-num-batched-tokens") + 1] == "512"
    assert "--enable-lora" in argv and env["VLLM_CPU_KVCACHE_SPACE"]  # the launcher's CPU profile, not a copy of it


def test_histogram_deltas_count_only_what_the_run_added() -> None:
    def page(counts: tuple[int, int, int], total: float) -> burst_vllm.Metrics:
        lines = [f'vllm:x_bucket{{engine="0",le="{le}"}} {c}' for le, c in zip(("1.0", "8.0", "+Inf"), counts)]
        return burst_vllm.Metrics("\n".join([*lines, f'vllm:x_count{{engine="0"}} {counts[-1]}',
                                             f'vllm:x_sum{{engine="0"}} {total}']))

    # Before: 10 steps of one token. The run adds 10 steps of 2-8 tokens (sum 50): its p50 lies in (1, 8].
    d = burst_vllm.hist_delta(page((10, 10, 10), 10.0), page((10, 20, 20), 60.0), "vllm:x")
    assert d["count"] == 10 and d["mean"] == 5.0
    assert 1.0 < d["p50"] <= 8.0 and d["p99"] <= 8.0


@pytest.mark.vllm
def test_a_tiny_burst_through_greetbot_serve_and_real_vllm(vllm_server: VLLMServer) -> None:
    # The suite's vLLM (one per machine at a time): the bench starts its own only without --endpoint. No warm-up
    # turns: greetbot drafts about one turn at a time here, and three of them per run would double the test's time.
    cmd = [sys.executable, str(ROOT / "bench/burst_vllm.py"), "--endpoint", vllm_server.base_url,
           "--users", str(N), "--compare-n", str(COMPARE_N), "--stall", "30", "--no-warm-up", "--json"]
    out = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=150, cwd=ROOT)
    first, *_, last = out.stdout.strip().splitlines()
    assert first.endswith("--json"), (out.stdout[-2000:], out.stderr[-4000:])
    report = json.loads(last)
    [setting] = report["settings"]
    rows = [*setting["growth"], setting["compare"]["serial"], setting["compare"]["burst"]]
    assert [(r["mode"], r["users"]) for r in rows] == [("burst", N), ("serial", COMPARE_N), ("burst", COMPARE_N)]
    for r in rows:
        assert r["lost"] == 0 and r["duplicated"] == 0, (r, out.stderr[-4000:])
        assert r["model"] + r["offline"] == r["users"] and r["other"] == 0, r  # every user got one drafts reply
        assert r["e2e_p50_s"] is not None and 0 < r["e2e_p50_s"] <= r["e2e_p99_s"]
        assert r["drafts_per_s"] > 0 and r["ack_p50_ms"] is not None
        assert r["vllm"]["api_requests"] >= r["model"]  # vLLM's own counters saw the model's drafts
    # With the comparison's raised deadline no turn falls back for time or load (a tiny model's draft may still be
    # refused by the bot's output checks and answered offline: not this bench's to judge), and the ratio is there.
    for r in rows[1:]:
        assert not any(r["fallbacks_metric"].values()), r
    assert setting["compare"]["ratio"] is not None and setting["compare"]["ratio"] > 0
    assert out.returncode == 0, out.stderr[-4000:]

    # The human-readable tables: one line per run in the road and vLLM tables, the growth and comparison rows.
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        burst_vllm.print_tables(report)
    text = buf.getvalue()
    for title in ("The road", "vLLM's own figures", "Cost as the burst grows", "One at a time vs batched"):
        assert title in text, text
    assert sum(line.lstrip().startswith("external") for line in text.splitlines()) == 2 * len(rows) + 1 + 1, text
