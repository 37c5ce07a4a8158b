"""The feedback and learning page, and the overview's charts, through the app: feedback per day and by style, the
adapter registry with its eval metrics charted, a learning cycle run in the background and never twice at once,
promote and roll back through `bot.learning.cycle`; every chart has its table for a browser without JavaScript."""

from __future__ import annotations

import json
import re
import threading
from datetime import UTC, datetime, timedelta
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bot.learning.cycle import LOCK, CycleResult
from bot.service.app import create_app
from bot.service.console.learning_runs import LearningRuns
from bot.storage.tables import AdapterRow, FeedbackRow
from tests.console_client import console_settings, logged_in
from tests.fake_openai import FakeOpenAI
from tests.test_app import wait_for
from tests.test_console_pages import REQUEST, FakeTelegram
from tests.test_console_security import audit_actions


class Gate:
    """A learning cycle that runs until the test lets it finish (or fail)."""

    def __init__(self) -> None:
        self.release, self.started, self.calls = threading.Event(), threading.Event(), 0
        self.fail = False

    async def __call__(self, settings, force: bool) -> CycleResult:
        self.calls += 1
        self.started.set()
        assert self.release.wait(10)
        if self.fail:
            raise RuntimeError("the trainer ran out of memory")
        return CycleResult("skipped", f"too little new feedback (force={force})")


@pytest.fixture
def gate() -> Gate:
    return Gate()


@pytest.fixture
def client(tmp_path: Path, gate: Gate):
    with TestClient(create_app(console_settings(tmp_path), adapters=[FakeTelegram()])) as c:
        runs = c.app.state.console.learning = LearningRuns(c.app.state.runtime.settings, cycle=gate)
        yield c
        gate.release.set()
        runs.join(10)


def charts(html: str) -> dict[str, dict]:
    return {m.group(1): json.loads(unescape(m.group(2)))
            for m in re.finditer(r'<figure class="chart" id="chart-([\w-]+)" data-chart=\'([^\']*)\'', html)}


def add_feedback(client: TestClient, kind: str, style: str | None, days_ago: int, n: int = 1) -> None:
    store = client.app.state.runtime.store

    async def write() -> None:
        async with store._session.begin() as s:
            for _ in range(n):
                s.add(FeedbackRow(platform="web", user_id="u", kind=kind, greeting_id=1,
                                  event={"kind": kind, "slots": {"style": style} if style else {}},
                                  created_at=datetime.now(UTC) - timedelta(days=days_ago)))

    client.portal.call(write)


def test_a_learning_cycle_runs_in_the_background_and_a_second_one_is_refused(client: TestClient, gate: Gate) -> None:
    token = logged_in(client)
    r = client.post("/console/learning/run", data={"csrf": token, "force": "1"}, follow_redirects=False)
    assert r.status_code == 303  # answered at once, while the cycle runs
    assert gate.started.wait(5)
    page = client.get("/console/learning").text
    assert "学习周期正在后台运行" in page and 'hx-trigger="every 2s"' in page and "disabled" in page
    again = client.post("/console/learning/run", data={"csrf": token}, follow_redirects=False)
    assert again.status_code == 409 and "已经有一个学习周期在运行" in again.text
    gate.release.set()
    wait_for(lambda: "上一次学习周期已结束" in client.get("/console/learning/run").text)
    assert "too little new feedback (force=True)" in client.get("/console/learning").text
    assert gate.calls == 1
    assert audit_actions(client)[:3] == ["learn.refused", "learn.start", "login"]


def test_a_cycle_running_in_another_process_holds_the_lock_and_the_console_waits_for_it(
        client: TestClient, gate: Gate) -> None:
    token = logged_in(client)
    store = client.app.state.runtime.store
    assert client.portal.call(lambda: store.acquire_lock(LOCK, "learner-cli", ttl_s=600))
    r = client.post("/console/learning/run", data={"csrf": token}, follow_redirects=False)
    assert r.status_code == 409 and "另一个进程" in r.text and gate.calls == 0
    client.portal.call(store.release_lock, LOCK, "learner-cli")
    assert client.post("/console/learning/run", data={"csrf": token}, follow_redirects=False).status_code == 303


def test_a_cycle_that_fails_says_why_and_another_may_start(client: TestClient, gate: Gate) -> None:
    token = logged_in(client)
    gate.fail = True
    gate.release.set()
    client.post("/console/learning/run", data={"csrf": token})
    wait_for(lambda: "上一次学习周期出错" in client.get("/console/learning/run").text)
    assert "RuntimeError: the trainer ran out of memory" in client.get("/console/learning").text
    gate.fail = False
    assert client.post("/console/learning/run", data={"csrf": token}, follow_redirects=False).status_code == 303


def test_feedback_is_charted_per_day_and_counted_by_style(client: TestClient) -> None:
    logged_in(client)
    add_feedback(client, "up", "商务得体", 0, n=3)
    add_feedback(client, "down", "商务得体", 0)
    add_feedback(client, "used", "轻松自然", 2, n=2)
    add_feedback(client, "edited", None, 5)
    add_feedback(client, "up", "商务得体", 40)  # older than the chart's 30 days
    page = client.get("/console/learning", headers={"accept-language": "en"}).text
    data = charts(page)["feedback"]
    assert len(data["labels"]) == 30 and [s["label"] for s in data["series"]] == ["thumbs up", "thumbs down", "sent as is", "edited"]
    up, down, used, edited = (s["values"] for s in data["series"])
    assert (up[-1], down[-1], used[-3], edited[-6]) == (3, 1, 2, 1) and sum(up) == 3
    rows = re.findall(r"<tr><td>([^<]+)</td><td>(\d+)</td><td>(\d+)</td><td>(\d+)</td><td>(\d+)</td><td>(\d+)</td>",
                      page)
    assert rows == [("商务得体", "3", "1", "0", "0", "4"), ("轻松自然", "0", "0", "2", "0", "2"),
                    ("(no style recorded)", "0", "0", "0", "1", "1")]
    fallback = re.search(r'id="chart-feedback".*?<tbody>(.*?)</tbody>', page, re.S).group(1)
    assert len(re.findall(r"<tr>", fallback)) == 30  # the no-JavaScript table: one row a day


def test_the_overview_charts_messages_drafts_and_feedback_per_day(client: TestClient) -> None:
    token = logged_in(client)
    client.post("/console/try", data={"csrf": token, "text": REQUEST})
    client.post("/console/try", data={"csrf": token, "text": "/fb up", "tap": "1"})
    r = client.post("/webhook/telegram", json={"id": "u1", "user": "7", "text": REQUEST}, headers={"x-sig": "good"})
    assert r.status_code == 200
    store = client.app.state.runtime.store
    wait_for(lambda: client.portal.call(store.inbox_counts) == {"done": 1})
    page = client.get("/console/", headers={"accept-language": "en"}).text
    found = charts(page)
    assert set(found) == {"messages", "drafts", "feedback"}
    messages, drafts, feedback = (
        {s["label"]: s["values"][-1] for s in found[k]["series"]} for k in ("messages", "drafts", "feedback"))
    assert messages == {"answered": 1, "failed": 0}  # the webhook's turn (Try it drives the engine directly)
    assert drafts == {"model": 0, "offline drafts": 6}  # three from Try it, three for the webhook's message
    assert feedback["thumbs up"] == 3
    assert re.search(r"Drafts by writer:\s+model 0% · offline drafts 100% \(6\)", page)
    assert 'src="/console/static/uPlot.iife.min.js"' in page and 'src="/console/static/charts.js"' in page


def test_the_chart_library_is_vendored_with_its_licence_and_the_page_has_no_inline_script(client: TestClient) -> None:
    logged_in(client)
    for path in ["/console/", "/console/learning", "/console/broadcasts", "/console/broadcasts/new"]:
        html = client.get(path).text
        assert not re.search(r"<script(?![^>]*src=\"/console/static/)", html) and "https://" not in html
    assert "MIT License" in client.get("/console/static/uPlot.LICENSE").text
    assert "uPlot" in client.get("/console/static/uPlot.iife.min.js").text
    assert "data-chart" in client.get("/console/static/charts.js").text
    assert "npm pack uplot@1.6.32" in client.get("/console/static/uPlot.README").text


def _registry(client: TestClient) -> None:
    store = client.app.state.runtime.store
    measured = {"candidate": {"name_use": 0.9, "guard_pass_rate": 0.97, "n_scenarios": 40},
                "serving": {"name_use": 0.8, "guard_pass_rate": 0.95}}
    rows = [AdapterRow(name="greet-sft", parent=None, path="/a/sft", method="sft", status="retired"),
            AdapterRow(name="greet-v2", parent="greet-sft", path="/a/v2", method="dpo", data_rows=40, status="serving",
                       metrics={"eval": measured, "gates": [{"name": "name_use", "ok": True}]}),
            AdapterRow(name="greet", parent="greet-v2", path="/a/v3", method="kto", data_rows=12, status="candidate",
                       metrics={"eval": {"candidate": {"name_use": 0.92}}, "gates": [{"name": "name_use", "ok": True}]}),
            AdapterRow(name="greet-v4", parent="greet-v2", path="/a/v4", method="dpo", status="rejected",
                       metrics={"eval": {"candidate": {"name_use": 0.5}}, "gates": [{"name": "name_use", "ok": False}]})]
    for row in rows:
        client.portal.call(store.add_adapter, row)


def test_the_registry_shows_each_adapter_and_charts_each_eval_metric_across_them(client: TestClient) -> None:
    logged_in(client)
    _registry(client)
    page = client.get("/console/learning").text
    assert re.findall(r'<tr data-adapter="([^"]+)">', page) == ["greet-v4", "greet", "greet-v2", "greet-sft"]
    found = charts(page)
    assert set(found) == {"feedback", "metric-guard_pass_rate", "metric-name_use"}  # no scenario counts charted
    name_use = found["metric-name_use"]
    assert name_use["kind"] == "bars" and name_use["labels"] == ["greet-sft", "greet-v2", "greet", "greet-v4"]
    assert name_use["series"][0]["values"] == [0.8, 0.9, 0.92, 0.5]  # the sft one as measured serving in v2's cycle
    assert found["metric-guard_pass_rate"]["series"][0]["values"] == [0.95, 0.97, None, None]  # not measured: no bar
    buttons = dict(re.findall(r'name="name" value="([^"]+)">\s*<button type="submit" class="([\w ]+)"', page))
    assert buttons == {"greet": "promote", "greet-sft": "secondary rollback"}  # never the rejected one


def test_promote_and_roll_back_go_through_the_registry_and_refuse_what_failed_its_gates(
        tmp_path: Path, gate: Gate) -> None:
    with FakeOpenAI.running() as model, TestClient(create_app(console_settings(tmp_path, llm_base_url=model.base_url),
                                                              adapters=[FakeTelegram()])) as client:
        token = logged_in(client)
        _registry(client)
        store = client.app.state.runtime.store
        r = client.post("/console/learning/promote", data={"csrf": token, "name": "greet-v4"}, follow_redirects=False)
        assert r.status_code == 409 and "has not passed its gates" in r.text
        r = client.post("/console/learning/promote", data={"csrf": token, "name": "greet"}, follow_redirects=False)
        assert r.status_code == 303  # "greet" is served by the model server already: nothing to load
        assert client.portal.call(store.serving_adapter).name == "greet"
        r = client.post("/console/learning/rollback", data={"csrf": token, "name": "greet-v2"}, follow_redirects=False)
        assert r.status_code == 502 and "什么都没有改动" in r.text  # the fake cannot load an adapter: nothing changes
        assert client.portal.call(store.serving_adapter).name == "greet"
        assert audit_actions(client)[:4] == ["model.rollback.failed", "model.promote", "model.promote.refused", "login"]
