"""The console's broadcasts, through the app: a broadcast made in the console is the same schedule the chat and the
CLI make; its preview is decided greeting by greeting (approve, edit, reject), it is sent now or at its time by the
same outbox sender, and its report says what became of each recipient. Every action needs its CSRF token and is
written to the audit log."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bot.scheduling.decisions import Decisions, parse_recipients
from bot.scheduling.schedules import Owner, ScheduleError, Schedules
from bot.scheduling.text import ScheduleSpec
from bot.service.app import create_app
from bot.storage.store import Store
from bot.writing.compose import GreetingWriter
from tests.console_client import console_settings, logged_in
from tests.test_app import wait_for
from tests.test_console_pages import FakeTelegram, text_of
from tests.test_console_security import audit_actions


@pytest.fixture
def telegram() -> FakeTelegram:
    return FakeTelegram()


@pytest.fixture
def client(tmp_path: Path, telegram: FakeTelegram):
    with TestClient(create_app(console_settings(tmp_path), adapters=[telegram])) as c:
        yield c


def create(client: TestClient, token: str, **fields: str):
    data = {"csrf": token, "when": "holiday", "holiday": "春节", "at": "09:00", "platform": "telegram",
            "people": "张总=2001\n老王=2002", "preview": "1"} | fields
    return client.post("/console/broadcasts", data=data, follow_redirects=False)


def queue(html: str) -> dict[str, str]:
    """The preview queue: recipient → the action path of each held greeting's approve button."""
    return dict(re.findall(r'data-recipient="([^"]+)">.*?action="(/console/broadcasts/\d+/greetings/\d+)/approve"',
                           html, re.S))


def outcomes(html: str) -> dict[str, str]:
    return dict(re.findall(r'<tr data-recipient="([^"]+)" data-status="([^"]+)">', html))


def test_a_broadcast_with_preview_is_decided_greeting_by_greeting_and_its_report_says_what_became_of_each(
        client: TestClient, telegram: FakeTelegram) -> None:
    token = logged_in(client)
    r = create(client, token)
    assert r.status_code == 303 and (url := r.headers["location"]).startswith("/console/broadcasts/")
    page = client.get(url).text
    assert "待确认预览" in page and set(queue(page)) == {"张总", "老王"}
    assert "张总" in page and "离线草稿" in page  # the preview's drafts, written by the composer (model down)
    greeting = queue(page)
    assert client.post(greeting["张总"] + "/approve", data={"csrf": token}, follow_redirects=False).status_code == 303
    assert outcomes(client.get(url).text) == {"张总": "ready", "老王": "held"}  # still a preview: one is undecided
    client.post(greeting["老王"] + "/reject", data={"csrf": token})
    page = client.get(url).text
    assert "等待发送" in page and 'id="preview-queue"' not in page  # all decided: active, waiting for its time
    assert outcomes(page) == {"张总": "ready", "老王": "rejected"}
    client.post(url + "/send", data={"csrf": token})
    wait_for(lambda: outcomes(client.get(url).text) == {"张总": "sent", "老王": "rejected"})
    page = client.get(url).text
    assert re.search(r'data-count="sent">1<', page) and re.search(r'data-count="not_sent">1<', page)
    assert 'id="finished"' in page and "hx-trigger" not in page  # nothing on its way: no more refreshing
    assert [m.chat_id for m in telegram.sent] == ["2001"]  # the rejected greeting never went, and no chat report
    assert audit_actions(client)[:5] == ["broadcast.send", "broadcast.reject", "broadcast.approve",
                                         "broadcast.create", "login"]


def test_an_edited_greeting_goes_out_in_the_operators_words(client: TestClient, telegram: FakeTelegram) -> None:
    token = logged_in(client)
    url = create(client, token, people="张总=2001").headers["location"]
    action = queue(client.get(url).text)["张总"]
    client.post(action + "/edit", data={"csrf": token, "text": "张总，新春快乐！北京项目的合作，来年继续。"})
    page = client.get(url).text
    assert "新春快乐！北京项目的合作，来年继续。" in page and "已人工修改" in page
    client.post(action + "/approve", data={"csrf": token})
    client.post(url + "/send", data={"csrf": token})
    wait_for(lambda: len(telegram.sent) == 1)
    assert telegram.sent[0].text == "张总，新春快乐！北京项目的合作，来年继续。"
    assert "broadcast.edit" in audit_actions(client)


def test_a_broadcast_without_preview_waits_for_its_time_and_can_be_cancelled(client: TestClient) -> None:
    token = logged_in(client)
    url = create(client, token, preview="", holiday="中秋", at="20:00").headers["location"]
    page = client.get(url).text
    assert "等待发送" in page and "还没有发送" in page and 'id="send-now"' in page
    listing = text_of(client.get("/console/broadcasts").text)
    assert re.search(r"#1 中秋 20:00 \d{4}-\d\d-\d\d 20:00 telegram 2 等待发送", listing)  # the next fire time, local
    client.post(url + "/cancel", data={"csrf": token})
    page = client.get(url).text
    assert "已取消" in page and 'id="send-now"' not in page and 'id="cancel"' not in page
    assert client.app.state.runtime.schedules is not None
    assert "broadcast.cancel" in audit_actions(client)


def test_a_preview_cannot_be_sent_before_it_is_decided(client: TestClient) -> None:
    token = logged_in(client)
    url = create(client, token).headers["location"]
    r = client.post(url + "/send", data={"csrf": token}, follow_redirects=False)
    assert r.status_code == 409 and "先处理完预览" in r.text
    assert set(outcomes(client.get(url).text).values()) == {"held"}
    assert audit_actions(client)[0] == "broadcast.send.refused"


@pytest.mark.parametrize("fields,why", [
    ({"platform": "feishu"}, "请选择一个已接入的平台"),  # not mounted here
    ({"people": "", "groups": ""}, "至少填写一位收件人"),
    ({"people": "张总"}, "名字=会话ID"),
    ({"holiday": "不存在节"}, "unknown holiday"),
    ({"when": "date", "date": "2020-01-01"}, "已经过去了"),
])
def test_a_broadcast_that_cannot_be_made_is_refused_with_the_reason_and_nothing_is_stored(
        client: TestClient, fields: dict[str, str], why: str) -> None:
    token = logged_in(client)
    r = create(client, token, **fields)
    assert r.status_code == 400 and why in r.text
    assert 'name="people"' in r.text  # the form again, with what was typed
    assert client.portal.call(client.app.state.runtime.store.recent_schedules) == []
    assert "broadcast.create" not in audit_actions(client)


@pytest.mark.parametrize("suffix", ["/greetings/{row}/approve", "/greetings/{row}/reject", "/greetings/{row}/edit",
                                    "/send", "/cancel"])
def test_a_broadcast_action_without_its_token_is_refused_and_changes_nothing(client: TestClient, suffix: str) -> None:
    token = logged_in(client)
    url = create(client, token).headers["location"]
    row = queue(client.get(url).text)["张总"].rsplit("/", 1)[1]
    r = client.post(url + suffix.format(row=row), data={"text": "x"}, follow_redirects=False)
    assert r.status_code == 403
    page = client.get(url).text
    assert set(outcomes(page).values()) == {"held"} and "待确认预览" in page
    assert audit_actions(client)[0] == "csrf.refused"


def test_the_new_broadcast_form_offers_the_lunar_holidays_with_their_next_dates(client: TestClient) -> None:
    logged_in(client)
    page = client.get("/console/broadcasts/new").text
    options = re.findall(r'<option value="([^"]+)" >([^<]+)</option>', page)
    dates = {name: label.split(" · ")[1] for name, label in options if " · " in label}
    assert {"春节", "中秋", "除夕", "端午"} <= set(dates)
    spring, eve = dates["春节"], dates["除夕"]
    assert datetime.fromisoformat(spring).toordinal() - datetime.fromisoformat(eve).toordinal() in (1, -353, -354, -383, -384)


# The scheduling layer the console uses, on its own: the chat path can call the same decisions.

async def test_deciding_the_last_greeting_after_the_time_has_passed_sends_the_approved_ones_at_once(
        tmp_path: Path) -> None:
    store = await Store.open(f"sqlite+aiosqlite:///{tmp_path / 'd.db'}")
    now = [datetime(2027, 2, 1, tzinfo=UTC)]
    try:
        schedules = Schedules(store, GreetingWriter(None), backend="composer", now=lambda: now[0])
        spec = ScheduleSpec(holiday="春节", on_date=None, at=time(9, 0), to_this_chat=False, recipients=(),
                            recurring=False, preview=True, style=None, time_given=True)
        row = await schedules.create(Owner("telegram", "console", "", False), spec,
                                     recipients=parse_recipients(["张总=1", "老王=2", "小林=3"]))
        rows = {r.recipient: r.id for r in await store.outbox_of(row.id)}
        decisions = Decisions(schedules)
        assert (await decisions.decide(row.id, rows["张总"], "approve")).released is False
        assert (await decisions.decide(row.id, rows["张总"], "reject")).ok is False  # decided once, not twice
        assert (await decisions.decide(row.id + 1, rows["老王"], "reject")).ok is False  # another schedule's id
        await decisions.decide(row.id, rows["老王"], "reject")
        now[0] = datetime(2027, 2, 7, tzinfo=UTC)  # 春节 09:00 has passed while the last one waited
        assert (await decisions.decide(row.id, rows["小林"], "approve")).released is True
        status = {r.recipient: r.status for r in await store.outbox_of(row.id)}
        assert status == {"张总": "pending", "老王": "rejected", "小林": "pending"}
        assert (await store.get_schedule(row.id)).status == "done"
        with pytest.raises(ScheduleError):
            await decisions.send_now(row.id)  # done: nothing left to send
    finally:
        await store.close()
