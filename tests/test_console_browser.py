"""The console in a real browser: Debian's Chromium, headless, driven by Selenium against `greetbot serve`'s app
under uvicorn on 127.0.0.1 (SQLite in a temporary directory, the model endpoint a closed port so the offline
composer answers). Skipped, with the reason, only where Chromium or its driver is missing outside CI; in CI
(`CI=true`) a missing browser fails."""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.service.app import create_app
from bot.storage.store import Store
from tests.conftest import free_port
from tests.console_client import PASSWORD, console_settings
from tests.test_console_pages import REQUEST, FakeTelegram

pytestmark = pytest.mark.browser
CHROMIUM = os.environ.get("GREETBOT_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("GREETBOT_CHROMEDRIVER", "/usr/bin/chromedriver")
PAGES = ["/console/", "/console/try", "/console/audit"]


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def _browser_missing() -> str | None:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not (Path(p).is_file() and os.access(p, os.X_OK))]
    if missing:
        return (f"{' and '.join(missing)} not found: install Debian's chromium and chromium-driver "
                "(`apt-get install chromium chromium-driver fonts-noto-cjk`; .ci/run does)")
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed: pip install -e '.[test]'"
    return None


@dataclass
class Served:
    url: str
    db_url: str

    def feedback(self) -> list[dict[str, Any]]:
        """The feedback events in the database, read as another process would."""

        async def read() -> list[dict[str, Any]]:
            store = await Store.open(self.db_url)
            try:
                return [event for _, event in await store.all_feedback()]
            finally:
                await store.close()

        return asyncio.run(read())


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    reason = _browser_missing()
    if reason:
        if _in_ci():
            pytest.fail(reason)  # CI must run the browser tests, never skip them
        pytest.skip(reason)
    import uvicorn

    data = tmp_path_factory.mktemp("console-browser")
    settings = console_settings(data, llm_base_url=f"http://127.0.0.1:{free_port()}/v1")  # nobody listens there
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings, adapters=[FakeTelegram()]), host="127.0.0.1",
                                           port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name="console-uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield Served(f"http://127.0.0.1:{port}", settings.resolved_database_url())
    finally:
        server.should_exit = True
        thread.join(30)


def _chrome(width: int = 1280, height: int = 900):
    from selenium import webdriver

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=zh-CN",
                f"--window-size={width},{height}", "--disable-extensions", "--no-first-run"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})  # the page's language
    # The Debian driver, named: Selenium Manager would otherwise try to download one.
    return webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=CHROMEDRIVER))


@pytest.fixture
def browser(served: Served):
    driver = _chrome()
    try:
        yield driver
    finally:
        driver.quit()


def wait(driver, condition, timeout: float = 30.0):
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    # htmx replaces the chat box while the condition may be looking at the old one: look again.
    return WebDriverWait(driver, timeout, poll_frequency=0.1,
                         ignored_exceptions=(NoSuchElementException, StaleElementReferenceException)).until(condition)


def path_of(driver) -> str:
    from urllib.parse import urlsplit

    return urlsplit(driver.current_url).path


def log_in(driver, served: Served, password: str = PASSWORD) -> None:
    from selenium.webdriver.common.by import By

    if path_of(driver) != "/console/login":
        driver.get(served.url + "/console/login")
    field = driver.find_element(By.ID, "password")
    field.clear()
    field.send_keys(password)
    driver.find_element(By.ID, "login-button").click()


def test_an_operator_logs_in_and_sees_the_overview(browser, served: Served) -> None:
    from selenium.webdriver.common.by import By

    browser.get(served.url + "/console/")
    assert path_of(browser) == "/console/login"
    log_in(browser, served, "not the password")
    assert wait(browser, lambda d: d.find_element(By.ID, "login-error")).text == "密码不对。"
    log_in(browser, served)
    wait(browser, lambda d: path_of(d) == "/console/")
    cards = {c.get_attribute("data-platform"): c.text for c in browser.find_elements(By.CSS_SELECTOR, "article.platform")}
    assert set(cards) == {"telegram", "feishu", "dingtalk"}
    assert "已接入" in cards["telegram"] and "未接入" in cards["feishu"]
    assert browser.find_element(By.ID, "charts").is_displayed()
    assert browser.find_element(By.ID, "inbox").text
    browser.find_element(By.LINK_TEXT, "English").click()
    wait(browser, lambda d: "Overview" in d.find_element(By.TAG_NAME, "nav").text)
    assert "mounted" in browser.find_element(By.CSS_SELECTOR, "article[data-platform=telegram]").text


def test_try_it_chats_until_drafts_appear_and_a_thumbs_up_is_recorded(browser, served: Served) -> None:
    from selenium.webdriver.common.by import By

    before = len(served.feedback())
    browser.get(served.url + "/console/try")
    log_in(browser, served)
    wait(browser, lambda d: path_of(d) == "/console/try")
    browser.execute_script("window.__samePage = true")  # survives only if the chat updates in place (htmx)
    browser.find_element(By.ID, "say").send_keys(REQUEST)
    browser.find_element(By.ID, "send").click()
    transcript = wait(browser, lambda d: (t := d.find_element(By.ID, "transcript")) and "离线草稿" in t.text and t)
    assert "北京项目" in transcript.text
    assert browser.execute_script("return window.__samePage === true")
    options = {b.get_attribute("data-payload"): b for b in browser.find_elements(By.CSS_SELECTOR, "button.option")}
    assert {"/use 1", "/use 2", "/use 3", "/fb up", "/fb down"} <= set(options)
    options["/fb up"].click()
    wait(browser, lambda d: "收到👍" in d.find_element(By.ID, "transcript").text)
    wait(browser, lambda d: len(served.feedback()) == before + 3, timeout=10)
    events = served.feedback()[before:]
    assert {e["kind"] for e in events} == {"up"} and all(e["user_key"].startswith("web:") for e in events)
    browser.get(served.url + "/console/audit")
    assert "try.tap" in browser.find_element(By.ID, "audit").text


def test_every_page_without_login_leads_to_the_login_page(browser, served: Served) -> None:
    from selenium.webdriver.common.by import By

    for page in PAGES + ["/console/no-such-page"]:
        browser.get(served.url + page)
        assert path_of(browser) == "/console/login", page
        assert browser.find_element(By.ID, "login-form").is_displayed()
    log_in(browser, served)  # the last page asked for is where the login leads, even one that does not exist
    wait(browser, lambda d: path_of(d) == "/console/no-such-page")
    assert browser.find_element(By.ID, "message").text == "没有这个页面。"
    browser.find_element(By.ID, "logout").click()
    wait(browser, lambda d: path_of(d) == "/console/login")
    for page in PAGES:
        browser.get(served.url + page)
        assert path_of(browser) == "/console/login", page


def test_the_console_fits_a_phone_screen(served: Served) -> None:
    from selenium.webdriver.common.by import By

    phone = _chrome(390, 844)
    try:
        phone.get(served.url + "/console/login")
        log_in(phone, served)
        wait(phone, lambda d: path_of(d) == "/console/")
        for page in PAGES:
            phone.get(served.url + page)
            overflow = phone.execute_script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, f"{page} scrolls sideways by {overflow}px on a phone"
        phone.get(served.url + "/console/try")
        say = phone.find_element(By.ID, "say")
        assert say.is_displayed() and say.size["width"] >= 200
    finally:
        phone.quit()


def test_a_chat_whose_session_ended_goes_to_the_login_page_as_a_whole(browser, served: Served) -> None:
    from selenium.webdriver.common.by import By

    browser.get(served.url + "/console/try")
    log_in(browser, served)
    wait(browser, lambda d: path_of(d) == "/console/try")
    browser.delete_cookie("greetbot_console")  # the session expired meanwhile
    browser.find_element(By.ID, "say").send_keys("你好")
    browser.find_element(By.ID, "send").click()
    wait(browser, lambda d: path_of(d) == "/console/login")
    assert browser.find_element(By.ID, "login-form").is_displayed()
    assert not browser.find_elements(By.ID, "chat")  # not a login form inside the chat box
