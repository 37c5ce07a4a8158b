"""bench/broadcast.py, run tiny: a real `greetbot schedule run` against the fake Telegram, clean and killed halfway."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bench.broadcast import Figures
from bot.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
N = 40


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, Any]]:
    # A short lease, so the rows a SIGKILLed sender held come back within seconds instead of ten.
    out = subprocess.run([sys.executable, str(ROOT / "bench/broadcast.py"), "-n", str(N), "--lease", "3",
                          "--timeout", "90", "--json"], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-3000:]
    report = json.loads(out.stdout)
    assert report["n"] == N
    return {r["scenario"]: r for r in report["results"]}


def test_every_scenario_reports_every_figure(results: dict[str, dict[str, Any]]) -> None:
    assert list(results) == ["clean", "sigterm", "sigkill"]
    names = {f.name for f in dataclasses.fields(Figures)}
    for r in results.values():
        assert set(r) == names
        assert r["recipients"] == N and not r["timed_out"]


def test_no_recipient_gets_two_greetings_and_none_is_silently_lost(results: dict[str, dict[str, Any]]) -> None:
    for name, r in results.items():
        assert r["duplicates"] == 0, name
        assert r["lost"] == 0 and r["unfinished"] == 0, name
        assert r["sent"] + r["failed"] + r["uncertain"] == N, name  # every row ended in an outcome


def test_the_owner_gets_exactly_one_report_in_every_scenario(results: dict[str, dict[str, Any]]) -> None:
    for name, r in results.items():
        assert r["report_received"] and r["reports"] == 1, name
        assert r["report_first_line"].startswith("除夕 20:00 的定时祝福：已发送 "), name


def test_the_sender_stays_inside_telegrams_flood_limit(results: dict[str, dict[str, Any]]) -> None:
    for name, r in results.items():
        assert r["http_429"] == 0, name
        assert 0 < r["rate_msg_s"] and r["delivered"] > 0, name


def test_a_clean_run_and_a_graceful_restart_deliver_everything_with_nothing_uncertain(
        results: dict[str, dict[str, Any]]) -> None:
    for name in ("clean", "sigterm"):
        r = results[name]
        assert r["sent"] == r["delivered"] == N and r["uncertain"] == 0, name


def test_a_restart_is_timed_from_the_signal_to_the_new_processs_first_greeting(
        results: dict[str, dict[str, Any]]) -> None:
    assert results["clean"]["recovery_s"] is None and results["clean"]["stop_s"] is None
    for name in ("sigterm", "sigkill"):
        r = results[name]
        assert r["recovery_s"] is not None and r["stop_s"] is not None, name
        assert 0 <= r["stop_s"] < r["recovery_s"], name


def test_uncertain_rows_after_a_kill_are_only_those_cut_off_mid_send(results: dict[str, dict[str, Any]]) -> None:
    r = results["sigkill"]
    assert 0 <= r["uncertain_delivered"] <= r["uncertain"]
    # A row is marked "sending" just before its platform call: at most one per concurrent send is caught there.
    assert r["uncertain"] <= Settings.model_fields["outbox_concurrency"].default
    # Every chat the fake accepted a greeting for is a row marked sent, or one the owner was told may have arrived.
    assert r["delivered"] == r["sent"] + r["uncertain_delivered"]
