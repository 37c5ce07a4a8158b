"""bench/ack_baseline.py, run tiny: all three targets start (greetbot, split web + worker, bare), every figure is
reported, every message answered once by greetbot and by the split pair."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
N = 20
TARGET_FIELDS = {"acks_per_s", "ack_p50_ms", "ack_p99_ms", "ack_max_ms", "non_200", "healthz_polls",
                 "healthz_p99_ms", "healthz_max_ms", "healthz_failed"}
DRAIN_FIELDS = {"all_replied_s", "answered_0", "answered_2plus", "long_replies"}


def test_a_tiny_run_reports_every_target_and_answers_every_message_once() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "bench/ack_baseline.py"), "-n", str(N), "--concurrency", "5",
                          "--rounds", "1", "--timeout", "30", "--json"],
                         capture_output=True, text=True, timeout=90, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-3000:]
    report = json.loads(out.stdout)
    assert report["command"].endswith("--json") and report["n"] == N and len(report["rounds"]) == 1
    row = report["rounds"][0]
    assert set(row["bare"]) == TARGET_FIELDS
    assert set(row["greetbot"]) == TARGET_FIELDS | DRAIN_FIELDS
    assert set(row["split"]) == TARGET_FIELDS | DRAIN_FIELDS
    for name in ("greetbot", "split", "bare"):
        assert row[name]["non_200"] == 0 and row[name]["ack_p99_ms"] > 0 and row[name]["healthz_polls"] >= 1, name
    assert row["p99_ratio"] > 0 and report["median_p99_ratio"] == row["p99_ratio"]
    assert row["split_p99_ratio"] > 0 and report["median_split_p99_ratio"] == row["split_p99_ratio"]
    for name in ("greetbot", "split"):  # split: the web process stored them, the worker answered each exactly once
        t = row[name]
        assert t["all_replied_s"] is not None and t["answered_0"] == 0 and t["answered_2plus"] == 0, name
