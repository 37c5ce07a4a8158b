"""bench/crash.py, run tiny: SIGKILL as a reply goes out, restart, redeliver; nothing lost, every figure reported."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
N = 15
TRIAL_FIELDS = {"trial", "n", "kill_s", "killed_by", "acked_at_kill", "replied_at_kill", "inbox_at_kill",
                "unacked_redelivered", "acked_redelivered", "redelivery_non_200", "restart_s", "lost", "twice",
                "twice_outside_rule", "platforms", "inbox_idle", "lease_s", "all_answered_after_ready_s",
                "last_reply_after_ready_s", "within_lease_plus_slack", "draft_calls"}
TOTAL_FIELDS = {"n", "acked_at_kill", "unacked_redelivered", "acked_redelivered", "redelivery_non_200", "lost",
                "twice", "twice_outside_rule", "feishu_uuid_dropped", "max_restart_s",
                "max_last_reply_after_ready_s", "all_within_lease_plus_slack"}


def test_a_tiny_crash_trial_loses_nothing_and_reports_every_field() -> None:
    # A short lease, so the turns cut off by the kill are taken over within seconds; the kill fires inside a fake as
    # it accepts a reply, so the crash lands where the duplicate rule matters.
    cmd = [sys.executable, str(ROOT / "bench/crash.py"), "-n", str(N), "--trials", "1", "--lease", "3",
           "--kill-on-reply", "any", "--timeout", "30", "--json"]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=90, cwd=ROOT)
    first, *_, last = out.stdout.strip().splitlines()
    assert first.endswith("--json"), out.stdout[:500]  # the command that re-runs it
    report = json.loads(last)
    assert set(report["totals"]) == TOTAL_FIELDS and len(report["trials"]) == 1
    row = report["trials"][0]
    assert set(row) == TRIAL_FIELDS and row["n"] == N and row["lease_s"] == 3
    assert set(row["platforms"]) == {"dingtalk", "feishu", "telegram"} and "uuid_dropped" in row["platforms"]["feishu"]
    assert row["killed_by"] != "bench" and row["restart_s"] > 0, row
    assert row["lost"] == 0, (row, out.stderr[-3000:])
    assert row["twice_outside_rule"] == 0, row
    assert row["last_reply_after_ready_s"] is not None
