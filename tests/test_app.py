"""The webhook pipeline, platform-blind: verify, store, acknowledge, process once, send; across restarts."""

from __future__ import annotations

import asyncio
import json
import time
from datetime import date
from pathlib import Path
from typing import ClassVar

import pytest
from fastapi.testclient import TestClient

from adapters.base import Finding, RetryLater, VerificationFailed, WebhookRequest, WebhookResult, with_retries
from bot.domain import IncomingMessage, OutgoingMessage
from bot.service.app import create_app
from bot.settings import Settings

REQUEST = "帮我给张总写条拜年微信，他是合作三年的客户，去年一起做了北京项目，商务得体点，50到100字"


class FakeAdapter:
    """A platform whose webhook is `{"id", "user", "text", "sig"}` and whose sends land in a list."""

    platform: ClassVar[str] = "fake"
    path: ClassVar[str] = "/webhook/fake"

    def __init__(self) -> None:
        self.sent: list[OutgoingMessage] = []
        self.fail_sends = 0

    async def start(self) -> None: ...
    async def stop(self) -> None: ...

    def verify(self, req: WebhookRequest) -> None:
        if req.headers.get("x-sig") != "good":
            raise VerificationFailed("bad signature", status=401)

    def replay_key(self, req: WebhookRequest) -> tuple[str, float] | None:
        return None

    async def received(self, msg: IncomingMessage) -> None:
        return None

    async def check(self) -> list[Finding]:
        return []

    async def setup(self, public_url: str) -> list[Finding]:
        return []

    def parse(self, req: WebhookRequest) -> WebhookResult:
        try:
            data = json.loads(req.body)
        except ValueError:
            return WebhookResult()
        if data.get("type") == "challenge":
            return WebhookResult(response={"challenge": data["challenge"]})
        return WebhookResult([IncomingMessage("fake", data["user"], data["user"], data["text"], event_id=data["id"])])

    async def send(self, msg: OutgoingMessage) -> None:
        if self.fail_sends:
            self.fail_sends -= 1
            raise RuntimeError("platform down")
        self.sent.append(msg)


def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path, llm_base_url="http://127.0.0.1:9/v1", llm_timeout_s=0.5, _env_file=None)


def post(client: TestClient, event_id: str, text: str = REQUEST, user: str = "u1", sig: str = "good"):
    return client.post("/webhook/fake", json={"id": event_id, "user": user, "text": text}, headers={"x-sig": sig})


def wait_for(predicate, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


def app_with(adapter: FakeAdapter, tmp_path: Path):
    return create_app(settings(tmp_path), adapters=[adapter], today=lambda: date(2027, 1, 20))


def test_a_webhook_is_stored_acknowledged_and_answered(tmp_path: Path) -> None:
    adapter = FakeAdapter()
    with TestClient(app_with(adapter, tmp_path)) as client:
        resp = post(client, "e1")
        assert resp.status_code == 200
        wait_for(lambda: adapter.sent)
    assert "张总" in adapter.sent[0].text and adapter.sent[0].owner == "u1"


def test_a_forged_request_is_refused_and_touches_nothing(tmp_path: Path) -> None:
    adapter = FakeAdapter()
    with TestClient(app_with(adapter, tmp_path)) as client:
        assert post(client, "e1", sig="forged").status_code == 401
        assert client.get("/readyz").json()["inbox"] == {}
    assert adapter.sent == []


def test_a_redelivered_event_is_processed_once(tmp_path: Path) -> None:
    adapter = FakeAdapter()
    with TestClient(app_with(adapter, tmp_path)) as client:
        for _ in range(3):
            assert post(client, "same-event").status_code == 200
        wait_for(lambda: client.get("/readyz").json()["inbox"].get("done") == 1)
        time.sleep(0.3)
    assert len(adapter.sent) == 1


def test_huge_and_malformed_bodies_get_clear_answers_not_500s(tmp_path: Path) -> None:
    adapter = FakeAdapter()
    with TestClient(app_with(adapter, tmp_path)) as client:
        big = client.post("/webhook/fake", content=b"x" * (300 * 1024), headers={"x-sig": "good"})
        assert big.status_code == 413
        junk = client.post("/webhook/fake", content=b"{not json", headers={"x-sig": "good"})
        assert junk.status_code == 200
        challenge = client.post("/webhook/fake", json={"type": "challenge", "challenge": "c1"}, headers={"x-sig": "good"})
        assert challenge.json() == {"challenge": "c1"}


def test_unfinished_inbox_items_are_processed_after_a_restart(tmp_path: Path) -> None:
    asyncio.run(_store_without_processing(tmp_path))  # a process stored two messages and died
    adapter = FakeAdapter()
    with TestClient(app_with(adapter, tmp_path)):
        wait_for(lambda: len(adapter.sent) == 2)
    assert {m.chat_id for m in adapter.sent} == {"u1", "u2"}


async def _store_without_processing(tmp_path: Path) -> None:
    from bot.storage.store import Store

    store = await Store.open(settings(tmp_path).resolved_database_url())
    for user in ("u1", "u2"):
        await store.enqueue(IncomingMessage("fake", user, user, REQUEST, event_id=f"before-{user}"))
    await store.close()


def test_a_failed_send_is_retried_without_running_the_turn_twice(tmp_path: Path) -> None:
    adapter = FakeAdapter()
    adapter.fail_sends = 1
    with TestClient(app_with(adapter, tmp_path)) as client:
        post(client, "e1")
        wait_for(lambda: adapter.sent, timeout=30)
    assert len(adapter.sent) == 1
    assert asyncio.run(_greeting_count(tmp_path)) == 3  # one turn's three drafts, not six


async def _greeting_count(tmp_path: Path) -> int:
    from sqlalchemy import func, select

    from bot.storage.store import Store
    from bot.storage.tables import GreetingRow

    store = await Store.open(settings(tmp_path).resolved_database_url())
    async with store._session() as s:
        n = await s.scalar(select(func.count()).select_from(GreetingRow))
    await store.close()
    return int(n or 0)


def test_health_and_metrics_routes_answer(tmp_path: Path) -> None:
    with TestClient(app_with(FakeAdapter(), tmp_path)) as client:
        assert client.get("/healthz").json() == {"status": "ok"}
        ready = client.get("/readyz").json()
        assert ready["status"] == "ready" and ready["platforms"] == ["fake"]
        post(client, "e1")
        assert 'greetbot_webhooks_total{outcome="stored",platform="fake"}' in client.get("/metrics").text


def test_only_platforms_with_credentials_are_mounted(tmp_path: Path) -> None:
    app = create_app(settings(tmp_path))
    paths = {getattr(r, "path", None) for r in app.routes}
    assert "/webhook/telegram" not in paths and "/healthz" in paths


async def test_retry_later_honours_retry_after_then_gives_up() -> None:
    calls: list[float] = []
    paused: list[float] = []

    async def flaky() -> str:
        calls.append(time.monotonic())
        if len(calls) < 3:
            raise RetryLater("429", after_s=0.05)
        return "ok"

    assert await with_retries("fake", flaky, on_retry_after=paused.append) == "ok"
    assert paused == [0.05, 0.05]

    async def never() -> str:
        raise RetryLater("500")

    from adapters.base import SendFailed

    with pytest.raises(SendFailed):
        await with_retries("fake", never, attempts=2, base_delay_s=0.01)


def test_readyz_fails_when_the_database_takes_reads_but_no_writes(tmp_path: Path) -> None:
    # Reads still work, so a read-only probe would call the bot ready while every webhook it acknowledges is lost.
    # Another process holding SQLite's write lock refuses our writes the way a full disk or a read-only volume does.
    import sqlite3
    from contextlib import closing

    adapter = FakeAdapter()
    with TestClient(app_with(adapter, tmp_path)) as client:
        assert client.get("/readyz").status_code == 200
        with closing(sqlite3.connect(tmp_path / "greetbot.db", isolation_level=None)) as other:
            other.execute("BEGIN EXCLUSIVE")
            refused = client.get("/readyz")  # after SQLite's busy timeout (5 s)
            other.execute("ROLLBACK")
        assert refused.status_code == 503 and refused.json()["status"] == "unavailable"
        assert client.get("/readyz").status_code == 200  # and ready again once writes go through


def test_a_web_process_only_stores_and_a_worker_process_answers(tmp_path: Path) -> None:
    # `greetbot serve --role web` and `--role worker` on one database: the web process acknowledges without running
    # a turn; the worker, which has no webhook routes, takes the stored message and answers it.
    web_side, worker_side = FakeAdapter(), FakeAdapter()
    web = create_app(settings(tmp_path), adapters=[web_side], today=lambda: date(2027, 1, 20), role="web")
    worker = create_app(settings(tmp_path), adapters=[worker_side], today=lambda: date(2027, 1, 20), role="worker")
    with TestClient(web) as web_client:
        assert post(web_client, "e1").status_code == 200
        time.sleep(1.0)
        assert web_client.get("/readyz").json()["inbox"] == {"pending": 1} and web_side.sent == []
        with TestClient(worker) as worker_client:
            assert post(worker_client, "e2").status_code == 404  # no webhooks here
            wait_for(lambda: worker_side.sent)
            wait_for(lambda: worker_client.get("/readyz").json()["inbox"] == {"done": 1})
    assert "张总" in worker_side.sent[0].text and web_side.sent == []
