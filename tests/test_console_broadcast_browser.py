"""The console's broadcasts, feedback and charts in a real browser (Debian's Chromium, headless, through Selenium)
against the app under uvicorn, with the real Telegram adapter posting to the doc-based fake Bot API
(tests/fakes/telegram.py) as tests/test_broadcast_platforms.py does: an operator makes a broadcast with a preview
for two people, approves one and rejects the other, sends it, and watches the report fill in without reloading;
then chats in "Try it" until drafts appear, taps 👍 and sees the feedback chart and its table count it."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from adapters.telegram import TelegramAdapter
from bot.service.app import create_app
from tests.conftest import free_port
from tests.console_client import console_settings
from tests.fakes.telegram import FakeTelegram, running_fake_telegram
from tests.test_console_browser import _browser_missing, _chrome, _in_ci, log_in, path_of, wait
from tests.test_console_pages import REQUEST

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")]
TOKEN, SECRET = "123456:AAH-console-test", "console_webhook_Secret"
NEW_PAGES = ["/console/broadcasts", "/console/broadcasts/new", "/console/broadcasts/1", "/console/learning"]


@dataclass
class Served:
    url: str
    telegram: FakeTelegram


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    reason = _browser_missing()
    if reason:
        if _in_ci():
            pytest.fail(reason)
        pytest.skip(reason)
    import uvicorn

    with running_fake_telegram(TOKEN) as telegram:
        settings = console_settings(tmp_path_factory.mktemp("console-broadcasts"),
                                    llm_base_url=f"http://127.0.0.1:{free_port()}/v1", telegram_token=TOKEN,
                                    telegram_secret=SECRET, telegram_api_base=telegram.api_base)
        app = create_app(settings, adapters=[TelegramAdapter.from_settings(settings)])
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=(port := free_port()), log_level="warning"))
        thread = threading.Thread(target=server.run, name="console-uvicorn", daemon=True)
        thread.start()
        deadline = time.monotonic() + 60
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.05)
        try:
            yield Served(f"http://127.0.0.1:{port}", telegram)
        finally:
            server.should_exit = True
            thread.join(30)


@pytest.fixture
def browser(served: Served):
    driver = _chrome()
    try:
        yield driver
    finally:
        driver.quit()


def _gone(element) -> bool:
    from selenium.common.exceptions import StaleElementReferenceException

    try:
        element.is_enabled()
    except StaleElementReferenceException:
        return True
    return False


def test_a_broadcast_is_previewed_decided_sent_to_the_platform_and_reported_live(browser, served: Served) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(served.url + "/console/broadcasts/new")
    log_in(browser, served)  # type: ignore[arg-type]
    wait(browser, lambda d: path_of(d) == "/console/broadcasts/new")
    holidays = [o.get_attribute("value") for o in Select(browser.find_element(By.ID, "holiday")).options]
    assert {"春节", "中秋", "除夕"} <= set(holidays)
    Select(browser.find_element(By.ID, "holiday")).select_by_value("春节")
    Select(browser.find_element(By.ID, "platform")).select_by_value("telegram")
    browser.find_element(By.ID, "people").send_keys("张总=2001\n老王=2002")
    assert browser.find_element(By.ID, "preview").is_selected()  # preview is on unless turned off
    browser.find_element(By.ID, "create-broadcast").click()
    queue = wait(browser, lambda d: d.find_element(By.ID, "preview-queue"), timeout=60)
    assert {a.get_attribute("data-recipient") for a in queue.find_elements(By.CSS_SELECTOR, "article")} == {"张总", "老王"}
    browser.find_element(By.CSS_SELECTOR, "article[data-recipient='张总'] button.approve").click()
    wait(browser, lambda d: d.find_element(By.CSS_SELECTOR, "tr[data-recipient='张总']").get_attribute("data-status")
         == "ready")
    browser.find_element(By.CSS_SELECTOR, "article[data-recipient='老王'] button.reject").click()
    wait(browser, lambda d: d.find_element(By.ID, "state").text == "等待发送")
    assert not browser.find_elements(By.ID, "preview-queue")
    send_now = browser.find_element(By.ID, "send-now")
    send_now.click()
    # "send now" is a form post: mark the page only once that navigation has replaced the old one, else the mark
    # can land on the page being left (a race CI hit once)
    wait(browser, lambda d: _gone(send_now))
    wait(browser, lambda d: d.find_elements(By.ID, "report"))
    browser.execute_script("window.__samePage = true")  # survives only if the report refreshes in place (htmx)
    wait(browser, lambda d: d.find_element(By.CSS_SELECTOR, "[data-count=sent]").text == "1", timeout=60)
    assert browser.execute_script("return window.__samePage === true")
    assert browser.find_element(By.CSS_SELECTOR, "[data-count=not_sent]").text == "1"
    assert browser.find_element(By.CSS_SELECTOR, "tr[data-recipient='老王']").get_attribute("data-status") == "rejected"
    wait(browser, lambda d: d.find_elements(By.ID, "finished"))
    greeted = [m for m in served.telegram.sent if str(m.chat_id) in ("2001", "2002")]
    assert [str(m.chat_id) for m in greeted] == ["2001"] and "张总" in greeted[0].text  # to the platform, once
    browser.get(served.url + "/console/broadcasts")
    assert "已完成" in browser.find_element(By.ID, "broadcast-list").text
    browser.get(served.url + "/console/audit")
    audit = browser.find_element(By.ID, "audit").text
    for action in ("broadcast.create", "broadcast.approve", "broadcast.reject", "broadcast.send"):
        assert action in audit


def _thumbs_up(browser) -> int:
    """👍 on the feedback page: the total above the chart, and the chart's own data."""
    from selenium.webdriver.common.by import By

    figure = browser.find_element(By.ID, "chart-feedback")
    rows = figure.find_elements(By.CSS_SELECTOR, ".fallback tbody tr")
    return sum(int(r.find_elements(By.TAG_NAME, "td")[0].get_attribute("textContent")) for r in rows)


def test_a_thumbs_up_in_try_it_shows_in_the_feedback_chart(browser, served: Served) -> None:
    from selenium.webdriver.common.by import By

    browser.get(served.url + "/console/learning")
    log_in(browser, served)  # type: ignore[arg-type]
    wait(browser, lambda d: d.find_element(By.ID, "chart-feedback").get_attribute("data-drawn") == "1")
    assert browser.find_element(By.CSS_SELECTOR, "#chart-feedback canvas").is_displayed()  # uPlot drew it
    assert not browser.find_element(By.CSS_SELECTOR, "#chart-feedback .fallback").is_displayed()
    before = _thumbs_up(browser)
    browser.get(served.url + "/console/try")
    browser.find_element(By.ID, "say").send_keys(REQUEST)
    browser.find_element(By.ID, "send").click()
    wait(browser, lambda d: "离线草稿" in d.find_element(By.ID, "transcript").text)
    browser.find_element(By.CSS_SELECTOR, "button.option[data-payload='/fb up']").click()
    wait(browser, lambda d: "收到👍" in d.find_element(By.ID, "transcript").text)
    browser.get(served.url + "/console/learning")
    wait(browser, lambda d: d.find_element(By.ID, "chart-feedback").get_attribute("data-drawn") == "1")
    assert _thumbs_up(browser) == before + 3  # the three drafts shown together, as on a platform
    browser.get(served.url + "/console/")
    wait(browser, lambda d: all(f.get_attribute("data-drawn") == "1"
                                for f in d.find_elements(By.CSS_SELECTOR, "figure.chart")))
    assert len(browser.find_elements(By.CSS_SELECTOR, "#charts canvas")) >= 3


def test_every_new_page_without_login_leads_to_the_login_page(browser, served: Served) -> None:
    from selenium.webdriver.common.by import By

    for page in NEW_PAGES:
        browser.get(served.url + page)
        assert path_of(browser) == "/console/login", page
        assert browser.find_element(By.ID, "login-form").is_displayed()


def test_the_new_pages_fit_a_phone_screen(served: Served) -> None:
    phone = _chrome(390, 844)
    try:
        phone.get(served.url + "/console/login")
        log_in(phone, served)  # type: ignore[arg-type]
        wait(phone, lambda d: path_of(d) == "/console/")
        for page in ["/console/", "/console/broadcasts", "/console/broadcasts/new", "/console/learning"]:
            phone.get(served.url + page)
            overflow = phone.execute_script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, f"{page} scrolls sideways by {overflow}px on a phone"
    finally:
        phone.quit()
