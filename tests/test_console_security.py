"""The console's security, as a browser and an attacker meet it: off without a credential, a login in front of
every page, hardened session cookies, CSRF on every action, login throttling, an audit log, no secret on any page
or in /metrics, and no 5xx for anything an unauthenticated client sends."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bot.service.app import create_app
from bot.service.console.credentials import hash_password
from bot.service.console.throttle import LoginThrottle, Rule
from tests.console_client import (
    DB_PASSWORD,
    DINGTALK_SECRET,
    FEISHU_SECRET,
    PASSWORD,
    SESSION_KEY,
    TELEGRAM_TOKEN,
    console_settings,
    csrf_of,
    logged_in,
    login,
    set_cookies,
)
from tests.test_app import FakeAdapter, post

PAGES = ["/console/", "/console/try", "/console/audit", "/console/broadcasts", "/console/broadcasts/new",
         "/console/broadcasts/1", "/console/broadcasts/1/report", "/console/learning", "/console/learning/run"]
ANY_PATHS = PAGES + ["/console/no-such-page", "/console/try?lang=en", "/console/static-ish", "/console/login/../try"]


@pytest.fixture
def client(tmp_path: Path):
    with TestClient(create_app(console_settings(tmp_path), adapters=[FakeAdapter()])) as c:
        yield c


def audit_actions(client: TestClient) -> list[str]:
    rows = re.findall(r"<tr><td>[^<]*</td><td>admin</td><td>([^<]+)</td>", client.get("/console/audit").text)
    return rows


# --- on or off --------------------------------------------------------------------------------------------------

def test_without_a_credential_the_console_is_not_mounted_and_webhooks_still_work(tmp_path: Path) -> None:
    settings = console_settings(tmp_path, console_password=None)
    with TestClient(create_app(settings, adapters=[FakeAdapter()])) as c:
        for path in ["/console", "/console/", "/console/login", "/console/static/console.css"]:
            assert c.get(path, follow_redirects=False).status_code == 404, path
        assert c.post("/console/login", data={"password": "x"}).status_code == 404
        assert post(c, "e1").status_code == 200
        assert c.get("/healthz").json() == {"status": "ok"}


def test_with_a_credential_the_webhook_paths_are_unchanged(client: TestClient) -> None:
    assert post(client, "e1").status_code == 200
    assert post(client, "e2", sig="forged").status_code == 401
    assert client.get("/readyz").status_code == 200


def test_a_worker_process_never_mounts_the_console(tmp_path: Path) -> None:
    with TestClient(create_app(console_settings(tmp_path), adapters=[], role="worker")) as c:
        assert c.get("/console/login").status_code == 404


# --- the login gate ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ANY_PATHS)
def test_every_console_url_without_login_redirects_to_the_login_page(client: TestClient, path: str) -> None:
    r = client.get(path, follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"].startswith("/console/login")
    assert "greetbot" not in r.text  # nothing of the page itself


@pytest.mark.parametrize("path", ["/console/", "/console/try", "/console/logout", "/console/audit", "/console/x",
                                  "/console/broadcasts", "/console/broadcasts/1/send", "/console/learning/run",
                                  "/console/learning/rollback"])
def test_every_post_without_login_redirects_to_the_login_page_and_does_nothing(client: TestClient, path: str) -> None:
    r = client.post(path, data={"text": "帮我给老王写条拜年微信", "csrf": "x"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/console/login")
    logged_in(client)
    assert audit_actions(client) == ["login"]


def test_an_htmx_request_without_login_sends_the_whole_page_to_the_login_page(client: TestClient) -> None:
    r = client.post("/console/try", data={"text": "你好"}, follow_redirects=False,
                    headers={"hx-request": "true", "hx-current-url": "http://testserver/console/try"})
    assert r.status_code == 204 and r.headers["hx-redirect"] == "/console/login?next=/console/try"


def test_bare_console_path_leads_to_the_login_page(client: TestClient) -> None:
    r = client.get("/console")
    assert r.status_code == 200 and 'id="login-form"' in r.text
    assert r.url.path == "/console/login"


def test_a_login_goes_back_to_the_page_asked_for_but_never_to_another_site(client: TestClient) -> None:
    assert login(client, next_="/console/try").headers["location"] == "/console/try"
    for evil in ["//evil.example/", "https://evil.example/", "/console/\\evil", "/console//evil.example", "/other"]:
        client.cookies.clear()
        assert login(client, next_=evil).headers["location"] == "/console/"


# --- the session cookie -----------------------------------------------------------------------------------------

def test_the_session_cookie_is_signed_httponly_samesite_strict_on_console_only_and_expires(client: TestClient) -> None:
    r = login(client)
    assert r.status_code == 303
    cookie = set_cookies(r)["greetbot_console"]
    flags = [f.strip().lower() for f in cookie.split(";")]
    assert "httponly" in flags
    assert "samesite=strict" in flags
    assert "path=/console" in flags
    assert "max-age=28800" in flags
    assert "secure" not in flags  # plain http here (see the next test)
    value = cookie.split(";")[0].split("=", 1)[1]
    assert value.count(".") == 2  # itsdangerous: id.timestamp.signature


def test_the_session_cookie_is_secure_over_https_or_when_configured(tmp_path: Path) -> None:
    with TestClient(create_app(console_settings(tmp_path), adapters=[]), base_url="https://testserver") as c:
        assert "secure" in set_cookies(login(c))["greetbot_console"].lower().split("; ")
    with TestClient(create_app(console_settings(tmp_path / "b", console_cookie_secure=True), adapters=[])) as c:
        page = c.get("/console/login")
        assert "secure" in set_cookies(page)["greetbot_console_login"].lower().split("; ")


def test_a_login_lasts_as_long_as_configured(tmp_path: Path) -> None:
    with TestClient(create_app(console_settings(tmp_path, console_session_s=600), adapters=[])) as c:
        assert "Max-Age=600" in set_cookies(login(c))["greetbot_console"]


def test_a_forged_or_foreign_cookie_is_no_session(tmp_path: Path, client: TestClient) -> None:
    for forged in ["x", "a.b.c", "Zm9v.1700000000.c2ln", "A" * 5000]:
        client.cookies.set("greetbot_console", forged, path="/console")
        r = client.get("/console/", follow_redirects=False)
        assert r.status_code == 303, forged
    # A cookie signed by another deployment's key is refused too.
    with TestClient(create_app(console_settings(tmp_path / "other", console_session_key="another-key-entirely"),
                               adapters=[])) as other:
        foreign = set_cookies(login(other))["greetbot_console"].split(";")[0].split("=", 1)[1]
    client.cookies.clear()
    client.cookies.set("greetbot_console", foreign, path="/console")
    assert client.get("/console/", follow_redirects=False).status_code == 303


def test_logging_out_ends_the_session_even_for_a_copied_cookie(client: TestClient) -> None:
    token = logged_in(client)
    copied = client.cookies.get("greetbot_console")
    r = client.post("/console/logout", data={"csrf": token}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/console/login"
    assert 'greetbot_console=""' in set_cookies(r)["greetbot_console"] or "Max-Age=0" in set_cookies(r)["greetbot_console"]
    client.cookies.set("greetbot_console", copied, path="/console")
    assert client.get("/console/", follow_redirects=False).status_code == 303
    logged_in(client)
    assert audit_actions(client)[:3] == ["login", "logout", "login"]  # newest first


def test_a_password_hash_works_instead_of_the_password(tmp_path: Path) -> None:
    settings = console_settings(tmp_path, console_password=None, console_password_hash=hash_password(PASSWORD))
    with TestClient(create_app(settings, adapters=[])) as c:
        assert login(c, "not it").status_code == 401
        assert login(c).status_code == 303


# --- CSRF -------------------------------------------------------------------------------------------------------

def test_the_login_form_without_its_token_is_refused(client: TestClient) -> None:
    client.get("/console/login")
    for data in [{"password": PASSWORD}, {"password": PASSWORD, "csrf": "wrong"}]:
        r = client.post("/console/login", data=data, follow_redirects=False)
        assert r.status_code == 403
        assert "greetbot_console" not in set_cookies(r)
        assert "Nothing was changed" in r.text or "什么都没有改动" in r.text  # a page a person can read


def test_a_login_token_works_only_with_its_own_cookie(client: TestClient) -> None:
    token = csrf_of(client.get("/console/login").text)
    client.cookies.clear()  # a forged cross-site form carries the field, but the browser has no matching cookie
    r = client.post("/console/login", data={"csrf": token, "password": PASSWORD}, follow_redirects=False)
    assert r.status_code == 403


def test_an_action_without_or_with_a_wrong_csrf_token_is_refused_and_changes_nothing(client: TestClient) -> None:
    token = logged_in(client)
    for data, headers in [({"text": "帮我给老王写条拜年微信"}, {}),
                          ({"text": "帮我给老王写条拜年微信", "csrf": "wrong"}, {}),
                          ({"text": "帮我给老王写条拜年微信", "csrf": token[:-1]}, {}),
                          ({"text": "帮我给老王写条拜年微信", "csrf": token}, {"origin": "https://evil.example"}),
                          ({"text": "帮我给老王写条拜年微信", "csrf": token}, {"origin": "null"})]:
        r = client.post("/console/try", data=data, headers=headers, follow_redirects=False)
        assert r.status_code == 403, (data, headers)
        assert "Nothing was changed" in r.text or "什么都没有改动" in r.text
    assert "老王" not in client.get("/console/try").text  # the engine never saw it
    r = client.post("/console/logout", data={}, follow_redirects=False)
    assert r.status_code == 403
    assert client.get("/console/", follow_redirects=False).status_code == 200  # still logged in
    assert "try.say" not in audit_actions(client)
    assert audit_actions(client).count("csrf.refused") == 6


def test_the_token_of_another_session_is_refused(client: TestClient) -> None:
    other = logged_in(client)
    client.cookies.clear()
    logged_in(client)
    r = client.post("/console/try", data={"text": "你好", "csrf": other}, follow_redirects=False)
    assert r.status_code == 403


def test_the_token_may_come_in_a_header(client: TestClient) -> None:
    token = logged_in(client)
    r = client.post("/console/try", data={"text": "/help"}, headers={"x-csrf-token": token}, follow_redirects=False)
    assert r.status_code == 303


def test_every_post_route_of_the_console_checks_the_csrf_token(client: TestClient) -> None:
    console = next(r for r in client.app.routes if getattr(r, "path", "") == "/console").app
    posts = [r.path for r in console.routes if "POST" in getattr(r, "methods", ()) and r.path != "/login"]
    assert len(posts) >= 8  # the check below covers the broadcasts' and the learning page's actions too
    logged_in(client)
    example = {"verdict": "approve", "action": "promote"}  # a path parameter's value; ids are 1
    for path in posts:
        concrete = re.sub(r"\{(\w+)(:\w+)?\}", lambda m: example.get(m.group(1), "1"), path)
        assert client.post(f"/console{concrete}", data={}, follow_redirects=False).status_code == 403, path


# --- throttling wrong passwords ---------------------------------------------------------------------------------

def test_after_five_wrong_passwords_even_the_right_one_waits_its_turn(tmp_path: Path) -> None:
    now = [1000.0]
    throttle = LoginThrottle(clock=lambda: now[0])
    with TestClient(create_app(console_settings(tmp_path), adapters=[], login_throttle=throttle)) as c:
        for _ in range(5):
            assert login(c, "wrong").status_code == 401
        refused = login(c)
        assert refused.status_code == 429
        assert refused.headers["retry-after"] == "1"
        assert "greetbot_console" not in set_cookies(refused)
        now[0] += 1.0
        assert login(c, "wrong").status_code == 401  # the sixth failure: the wait doubles
        now[0] += 1.5
        assert login(c).status_code == 429
        now[0] += 0.5
        assert login(c).status_code == 303
        assert audit_actions(c).count("login.failed") == 6
        assert 'greetbot_console_logins_total{outcome="throttled"} 2.0' in c.get("/metrics").text


def test_the_throttle_holds_no_one_longer_than_its_cap_and_forgets() -> None:
    now = [0.0]
    t = LoginThrottle(per_address=Rule(free=2, max_delay_s=8, forget_s=60), overall=Rule(free=100, max_delay_s=60),
                      clock=lambda: now[0])
    for _ in range(10):
        t.failed("a")
    assert not t.check("a").allowed and t.check("a").retry_after_s == 8
    assert t.check("b").allowed  # another address is not held by "a"'s failures
    now[0] += 8
    assert t.check("a").allowed
    now[0] += 60
    t.failed("a")
    assert t.check("a").allowed  # forgotten after a quiet minute: this is its first failure again


def test_guessing_spread_over_many_addresses_slows_everyone_for_at_most_a_minute() -> None:
    now = [0.0]
    t = LoginThrottle(clock=lambda: now[0])
    for i in range(200):
        t.failed(f"10.0.{i // 256}.{i % 256}")
    verdict = t.check("192.0.2.1")
    assert not verdict.allowed and verdict.retry_after_s == 60
    now[0] += 60
    assert t.check("192.0.2.1").allowed


def test_a_success_clears_the_address_and_memory_stays_bounded() -> None:
    t = LoginThrottle(per_address=Rule(free=1, max_delay_s=60), overall=Rule(free=10**9, max_delay_s=1),
                      max_addresses=100, clock=lambda: 0.0)
    t.failed("a")
    t.failed("a")
    t.succeeded("a")
    assert t.check("a").allowed
    for i in range(1000):
        t.failed(f"x{i}")
    assert len(t._failures) <= 100


# --- no secret anywhere -----------------------------------------------------------------------------------------

def test_no_secret_is_shown_on_any_page_in_metrics_or_in_the_log(tmp_path: Path,
                                                                caplog: pytest.LogCaptureFixture) -> None:
    hashed = hash_password(PASSWORD)
    secrets = [PASSWORD, SESSION_KEY, TELEGRAM_TOKEN, FEISHU_SECRET, DINGTALK_SECRET, DB_PASSWORD, hashed,
               hashed.split("$")[-1], hashed.split("$")[-2]]
    settings = console_settings(tmp_path, console_password_hash=hashed, console_session_key=SESSION_KEY,
                                telegram_token=TELEGRAM_TOKEN, telegram_secret="tg-webhook-secret-never-shown",
                                feishu_app_id="cli_x", feishu_app_secret=FEISHU_SECRET,
                                dingtalk_app_key="ding_x", dingtalk_app_secret=DINGTALK_SECRET)
    secrets.append("tg-webhook-secret-never-shown")
    caplog.set_level(logging.DEBUG)
    with TestClient(create_app(settings, adapters=[FakeAdapter()])) as c:
        seen = [c.get("/console/login").text, login(c, "wrong").text, c.get("/metrics").text,
                c.get("/readyz").text, c.get("/healthz").text]
        c.post("/console/login", data={"password": PASSWORD}, follow_redirects=False)
        token = logged_in(c)
        c.post("/console/try", data={"csrf": token, "text": "帮我给张总写条拜年微信，他是合作三年的客户，去年一起做了北京项目"})
        for path in PAGES + ["/console/no-such-page"]:
            seen.append(c.get(path).text)
        seen.append(c.post("/console/try", data={"csrf": "wrong"}).text)
        seen.append(c.get("/metrics").text)
        shown = repr(c.app.state.runtime.settings)
    seen.append(caplog.text)
    for text in seen:
        for secret in secrets:
            assert secret not in text
    # The console's own secrets are SecretStr: even a printed Settings hides them.
    assert not {PASSWORD, SESSION_KEY, hashed} & {s for s in secrets if s in shown}


# --- unauthenticated garbage ------------------------------------------------------------------------------------

def test_nothing_an_unauthenticated_client_sends_earns_a_5xx(client: TestClient) -> None:
    page = client.get("/console/login")
    token = csrf_of(page.text)
    attempts = [
        ("POST", "/console/login", {"content": b"\xff\xfe\x00garbage", "headers": {"content-type": "application/x-www-form-urlencoded"}}),
        ("POST", "/console/login", {"content": b"a=" + b"x" * 100_000, "headers": {"content-type": "application/x-www-form-urlencoded"}}),
        ("POST", "/console/login", {"content": "&".join(f"f{i}=1" for i in range(500)).encode(), "headers": {"content-type": "application/x-www-form-urlencoded"}}),
        ("POST", "/console/login", {"content": b'{"password": "x"}', "headers": {"content-type": "application/json"}}),
        ("POST", "/console/login", {"content": b"--b\r\n", "headers": {"content-type": "multipart/form-data; boundary=b"}}),
        ("POST", "/console/login", {"data": {"csrf": token, "password": "x" * 100_00}}),
        ("POST", "/console/login", {"data": {"csrf": token, "password": "\x00\ud800".encode("utf-8", "surrogatepass").decode("latin-1")}}),
        ("POST", "/console/login", {"data": {"csrf": token}}),
        ("POST", "/console/login", {"content": b"", "headers": {"content-length": "99999999999"}}),
        ("GET", "/console/login?next=" + "%00%ff" * 1000, {}),
        ("GET", "/console/login?lang=" + "x" * 5000, {}),
        ("GET", "/console/static/../credentials.py", {}),
        ("GET", "/console/static/%2e%2e/credentials.py", {}),
        ("GET", "/console/static/nope.js", {}),
        ("PUT", "/console/login", {}),
        ("DELETE", "/console/", {}),
        ("OPTIONS", "/console/try", {}),
        ("GET", "/console/", {"headers": {"cookie": "greetbot_console=" + "\x7f" * 100}}),
        ("GET", "/console/", {"headers": {"cookie": "greetbot_console=a.b.c; greetbot_console=d"}}),
        ("GET", "/console/", {"headers": {"accept-language": "zh;q=abc, ;;;,en;q=-1" * 50}}),
        ("POST", "/console/try", {"headers": {"cookie": "greetbot_console=" + "A" * 300 + ".B.C"}, "content": b"\xff"}),
    ]
    for method, url, kwargs in attempts:
        r = client.request(method, url, follow_redirects=False, **kwargs)
        assert r.status_code < 500, (method, url, r.status_code)
        assert "Traceback" not in r.text
