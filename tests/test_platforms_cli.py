"""`greetbot platforms setup|check` against the fake platforms: what an operator sees on a new deployment."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from bot.cli.main import app
from tests.fakes.dingtalk import FakeDingTalk, running_fake_dingtalk
from tests.fakes.feishu import APP_ID, APP_SECRET, ENCRYPT_KEY, VERIFICATION_TOKEN, FakeFeishu, running_fake_feishu
from tests.fakes.telegram import FakeTelegram, running_fake_telegram

TOKEN, SECRET = "123456:AAH-test_token-value", "webhook_Secret-42"
PUBLIC = "https://greet.example.org"
CREDENTIALS = ("GREETBOT_TELEGRAM_TOKEN", "GREETBOT_FEISHU_APP_ID", "GREETBOT_DINGTALK_APP_KEY")


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    with running_fake_telegram(TOKEN) as server:
        yield server


@pytest.fixture
def feishu() -> Iterator[FakeFeishu]:
    with running_fake_feishu() as server:
        yield server


@pytest.fixture
def dingtalk() -> Iterator[FakeDingTalk]:
    with running_fake_dingtalk() as server:
        yield server


def run(*args: str, env: dict[str, str], tmp_path) -> tuple[int, str]:
    base = {name: "" for name in CREDENTIALS} | {"GREETBOT_DATA_DIR": str(tmp_path)}
    result = CliRunner().invoke(app, ["platforms", *args], env=base | env)
    return result.exit_code, result.output


def telegram_env(fake: FakeTelegram, token: str = TOKEN) -> dict[str, str]:
    return {"GREETBOT_TELEGRAM_TOKEN": token, "GREETBOT_TELEGRAM_SECRET": SECRET,
            "GREETBOT_TELEGRAM_API_BASE": fake.api_base}


def test_check_on_a_new_telegram_bot_says_no_webhook_and_privacy_mode_and_fails(telegram, tmp_path) -> None:
    code, out = run("check", env=telegram_env(telegram), tmp_path=tmp_path)
    assert code == 1
    assert "token accepted" in out and "no webhook set" in out and "/setprivacy" in out


def test_setup_registers_the_telegram_webhook_with_our_secret_and_then_check_passes(telegram, tmp_path) -> None:
    code, out = run("setup", "--public-url", PUBLIC, env=telegram_env(telegram), tmp_path=tmp_path)
    assert code == 0, out
    assert f"{PUBLIC}/webhook/telegram" in out
    telegram.can_read_all_group_messages = True
    code, out = run("check", env=telegram_env(telegram), tmp_path=tmp_path)
    assert code == 0, out
    assert "0 update(s) pending" in out and "privacy" not in out


def test_a_webhook_delivery_error_is_reported_as_a_warning(telegram, tmp_path) -> None:
    run("setup", "--public-url", PUBLIC, env=telegram_env(telegram), tmp_path=tmp_path)
    telegram.record_webhook_error("Wrong response from the webhook: 502 Bad Gateway")
    code, out = run("check", env=telegram_env(telegram), tmp_path=tmp_path)
    assert "502 Bad Gateway" in out


def test_a_wrong_telegram_token_is_one_clear_line_and_exit_1(telegram, tmp_path) -> None:
    code, out = run("check", env=telegram_env(telegram, token="999:wrong"), tmp_path=tmp_path)
    assert code == 1 and "rejected" in out and "Traceback" not in out and "999:wrong" not in out


def test_feishu_and_dingtalk_credentials_are_checked_and_setup_prints_their_console_settings(
        feishu, dingtalk, tmp_path) -> None:
    env = {"GREETBOT_FEISHU_APP_ID": APP_ID, "GREETBOT_FEISHU_APP_SECRET": APP_SECRET,
           "GREETBOT_FEISHU_VERIFICATION_TOKEN": VERIFICATION_TOKEN, "GREETBOT_FEISHU_ENCRYPT_KEY": ENCRYPT_KEY,
           "GREETBOT_FEISHU_API_BASE": feishu.base_url, "GREETBOT_DINGTALK_APP_KEY": dingtalk.app_key,
           "GREETBOT_DINGTALK_APP_SECRET": dingtalk.app_secret, "GREETBOT_DINGTALK_API_BASE": dingtalk.base_url,
           "GREETBOT_DINGTALK_OAPI_BASE": dingtalk.base_url}
    code, out = run("check", env=env, tmp_path=tmp_path)
    assert code == 0, out
    assert "feishu" in out and "dingtalk" in out and dingtalk.token_requests == 1
    code, out = run("setup", "--public-url", PUBLIC, env=env, tmp_path=tmp_path)
    assert code == 0 and f"{PUBLIC}/webhook/feishu" in out and "card.action.trigger" in out
    assert "Stream mode" in out
    code, out = run("check", env={**env, "GREETBOT_DINGTALK_APP_SECRET": "wrong"}, tmp_path=tmp_path)
    assert code == 1 and "✗ dingtalk" in out and "wrong" not in out.replace("✗", "")


def test_nothing_configured_says_what_to_set(tmp_path) -> None:
    code, out = run("check", env={}, tmp_path=tmp_path)
    assert code == 1 and "GREETBOT_TELEGRAM_TOKEN" in out
