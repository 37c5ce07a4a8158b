"""The console's pages through the app: the overview shows what the bot recorded (and says what it did not), "Try
it" chats with the same engine as the platforms (offline drafts marked, buttons tappable, 👍 stored as feedback the
way a platform's tap is), in Chinese or English."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import ClassVar

import pytest
from fastapi.testclient import TestClient

from adapters.base import Limit, RateLimiter, WebhookRequest, WebhookResult
from bot.domain import IncomingMessage
from bot.service.app import create_app
from bot.storage.tables import ScheduleRow
from tests.console_client import console_settings, logged_in
from tests.test_app import FakeAdapter, wait_for

REQUEST = "帮我给张总写条拜年微信，他是合作三年的客户，去年一起做了北京项目，商务得体点，50到100字"


class FakeTelegram(FakeAdapter):
    """The test platform, under Telegram's name so the overview shows it as mounted; it counts throttling."""

    platform: ClassVar[str] = "telegram"
    path: ClassVar[str] = "/webhook/telegram"

    def __init__(self) -> None:
        super().__init__()
        self.limiter = RateLimiter(Limit(30, 30))

    def parse(self, req: WebhookRequest) -> WebhookResult:
        data = json.loads(req.body)
        return WebhookResult([IncomingMessage("telegram", data["user"], data["user"], data["text"],
                                              event_id=data["id"])])


@pytest.fixture
def telegram() -> FakeTelegram:
    return FakeTelegram()


@pytest.fixture
def client(tmp_path: Path, telegram: FakeTelegram):
    with TestClient(create_app(console_settings(tmp_path), adapters=[telegram])) as c:
        yield c


def card(html: str, platform: str) -> str:
    found = re.search(rf'<article class="platform[^"]*" data-platform="{platform}">(.*?)</article>', html, re.S)
    assert found, platform
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", found.group(1)))


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


# --- overview ---------------------------------------------------------------------------------------------------

def test_the_overview_shows_each_platform_mounted_or_not_with_its_last_webhook_and_answers(client: TestClient) -> None:
    logged_in(client)
    before = text_of(client.get("/console/", headers={"accept-language": "en"}).text)
    assert "Charts" in before  # the place the charts will take
    r = client.post("/webhook/telegram", json={"id": "u1", "user": "7", "text": REQUEST}, headers={"x-sig": "good"})
    assert r.status_code == 200
    store = client.app.state.runtime.store
    wait_for(lambda: client.portal.call(store.inbox_counts) == {"done": 1})
    client.post("/webhook/telegram", json={"id": "u2"}, headers={"x-sig": "forged"})
    html = client.get("/console/", headers={"accept-language": "en"}).text
    telegram = card(html, "telegram")
    assert "mounted" in telegram and "not mounted" not in telegram
    assert "(refused)" in telegram  # the last webhook this process saw, and what became of it
    assert re.search(r"Answered, 24 h 1 Answers failed 0", telegram)
    assert "Throttling answers (since this process started) 0" in telegram
    feishu = card(html, "feishu")
    assert "not mounted" in feishu and "Throttling answers (since this process started) not tracked" in feishu
    assert "Last message stored (database) never" in feishu
    assert re.search(r"Inbox done 1", text_of(html))
    assert re.search(r"model 0, offline drafts 3", text_of(html))  # the model is down in these tests
    assert re.search(r"Model latency not tracked", text_of(html))


def test_the_overview_counts_throttling_answers_and_scheduled_sends_and_lists_the_next_broadcasts(
        client: TestClient, telegram: FakeTelegram) -> None:
    logged_in(client)
    store = client.app.state.runtime.store
    soon, later = datetime.now(UTC) + timedelta(hours=2), datetime.now(UTC) + timedelta(days=30)
    for fire, holiday, names in [(later, "中秋", ["妈"]), (soon, "春节", ["张总", "老王"])]:
        client.portal.call(store.add_schedule, ScheduleRow(
            platform="telegram", owner_id="7", owner_chat="7", scope="dm", holiday=holiday, at="20:00",
            timezone="Asia/Shanghai", recipients=[{"name": n, "chat_id": "7", "kind": "dm"} for n in names],
            preview=holiday == "春节", status="active", next_fire_at=fire))
    sid = 1
    client.portal.call(store.add_outbox, [
        dict(key=f"{sid}:o:{i}", schedule_id=sid, occurrence="o", kind="greeting", recipient=f"r{i}",
             platform="telegram", chat_id="7", status=status, sent_at=datetime.now(UTC) if status == "sent" else None)
        for i, status in enumerate(["sent", "sent", "failed", "pending"])])
    telegram.limiter.pause("7", 1.5)  # what a 429 with retry_after does (adapters/telegram.py)
    telegram.limiter.pause(None, 0.0)  # a resend at once (a moved chat) is no throttling answer
    html = client.get("/console/", headers={"accept-language": "en"}).text
    telegram = card(html, "telegram")
    assert "Throttling answers (since this process started) 1" in telegram
    assert "Scheduled sent 2 Scheduled failed 1" in telegram
    assert re.search(r"Outbox failed 1, pending 1, sent 2", text_of(html))
    rows = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td>\s*<td>(.*?)</td><td>(.*?)</td>", html, re.S)
    assert [(r[1], r[3], r[4]) for r in rows] == [("春节", "张总、老王", "yes"), ("中秋", "妈", "no")]
    assert 'greetbot_send_throttled_total{platform="telegram"} 1.0' in client.get("/metrics").text


# --- Try it -----------------------------------------------------------------------------------------------------

def test_try_it_answers_with_the_engines_offline_drafts_marked_and_its_buttons(client: TestClient) -> None:
    token = logged_in(client)
    r = client.post("/console/try", data={"csrf": token, "text": REQUEST}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/console/try"  # post, redirect, get
    page = client.get("/console/try").text
    assert "离线草稿" in page  # the engine's own mark on composer drafts
    assert "北京项目" in page and "1. " in page
    payloads = re.findall(r'<button type="submit" class="option" data-payload="([^"]+)">([^<]+)</button>', page)
    assert ("/fb up", "👍") in payloads and ("/fb down", "👎") in payloads and ("/use 1", "用第1条") in payloads


def test_tapping_thumbs_up_records_feedback_through_the_engine_like_a_platform_tap(client: TestClient) -> None:
    token = logged_in(client)
    client.post("/console/try", data={"csrf": token, "text": REQUEST})
    r = client.post("/console/try", data={"csrf": token, "text": "/fb up", "tap": "1"}, headers={"hx-request": "true"})
    assert r.status_code == 200 and "<html" not in r.text and 'id="chat"' in r.text  # htmx gets the chat alone
    assert "收到👍" in r.text
    store = client.app.state.runtime.store
    feedback = client.portal.call(store.all_feedback)
    assert [e["kind"] for _, e in feedback] == ["up", "up", "up"]
    assert all(e["user_key"].startswith("web:try-") for _, e in feedback)
    actions = text_of(client.get("/console/audit").text)
    assert "try.tap" in actions and "button=/fb up" in actions
    assert "try.say" in actions and "chars=" in actions and "张总" not in actions  # the audit keeps no chat text


def test_each_login_gets_its_own_try_it_conversation(client: TestClient) -> None:
    token = logged_in(client)
    client.post("/console/try", data={"csrf": token, "text": REQUEST})
    client.cookies.clear()
    logged_in(client)
    assert "北京项目" not in client.get("/console/try").text


# --- languages and screens --------------------------------------------------------------------------------------

def test_the_ui_speaks_the_browsers_language_until_told_otherwise(client: TestClient) -> None:
    assert "Log in" in client.get("/console/login", headers={"accept-language": "en-US,en;q=0.9,zh;q=0.8"}).text
    assert "登录" in client.get("/console/login", headers={"accept-language": "zh-CN,zh;q=0.9"}).text
    assert "登录" in client.get("/console/login", headers={"accept-language": "fr"}).text  # neither: Chinese
    r = client.get("/console/login?lang=zh", headers={"accept-language": "en"})
    assert "登录" in r.text
    assert "登录" in client.get("/console/login", headers={"accept-language": "en"}).text  # the choice is remembered


def test_pages_fit_a_phone_and_load_only_our_own_scripts(client: TestClient) -> None:
    logged_in(client)
    for path in ["/console/login", "/console/", "/console/try", "/console/audit"]:
        r = client.get(path)
        assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in r.text
        assert "script-src 'self'" in r.headers["content-security-policy"]
        assert r.headers["x-frame-options"] == "DENY" and r.headers["cache-control"] == "no-store"
        assert not re.search(r"<script(?![^>]*src=\"/console/static/)", r.text)  # no inline or foreign scripts
        assert "http://" not in r.text and "https://" not in r.text  # no CDN
    css = client.get("/console/static/console.css")
    assert css.status_code == 200 and "@media (max-width" in css.text
    htmx = client.get("/console/static/htmx.min.js")
    assert htmx.status_code == 200 and "htmx" in htmx.text
    assert "Zero-Clause BSD" in client.get("/console/static/htmx.LICENSE").text


def test_the_overview_shows_the_model_latency_this_process_measured(client: TestClient) -> None:
    class AnsweredCalls:  # the model client's own summary of its last calls (LLMClient.latency_percentiles)
        def latency_percentiles(self) -> tuple[float, float]:
            return 0.21, 0.93

    client.app.state.console.llm = AnsweredCalls()
    logged_in(client)
    assert "p50 210 ms · p95 930 ms" in text_of(client.get("/console/").text)
