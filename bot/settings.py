"""Settings from the environment (prefix `GREETBOT_`) and a local `.env` file; never a global singleton."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GREETBOT_", env_file=".env", extra="ignore")

    llm_base_url: str = "http://127.0.0.1:8000/v1"
    llm_model: str = Field("greet", description="served name of the greetings LoRA adapter (or a base model)")
    llm_api_key: str = Field("EMPTY", description="bearer key for the endpoint; vLLM ignores it unless --api-key")
    llm_timeout_s: float = 20.0
    llm_retries: int = 1
    # After this many consecutive failures the client stops calling for `llm_breaker_cooldown_s`.
    llm_breaker_threshold: int = 3
    llm_breaker_cooldown_s: float = 30.0
    # A person waits this long for the model's first drafts; then offline drafts come at once and the model's are
    # offered on "换一个". With more than `llm_max_waiting` requests in vLLM's queue the model is not asked at all.
    first_draft_deadline_s: float = 6.0
    llm_max_waiting: float | None = Field(16.0, description="vLLM queue length that counts as overloaded")
    # The draft guard logs a WARNING when this share of one adapter's last `guard_alert_window` drafts failed it.
    guard_alert_rate: float = 0.5
    guard_alert_window: int = 50
    data_dir: Path = Path("data")
    database_url: str | None = Field(None, description="SQLAlchemy async URL; default: SQLite in data_dir")
    timezone: str = "Asia/Shanghai"
    # Webhook bodies larger than this are refused with 413 before anything is parsed.
    max_webhook_bytes: int = 256 * 1024
    # Turns run side by side. A turn spends its time waiting on the model, and vLLM batches only what is in flight:
    # 4 turns (n=3 drafts each) capped its batch at 12 sequences in bench/burst_vllm.py; keep it near the model's
    # batch size divided by 3.
    inbox_concurrency: int = 16
    # How long a claimed inbox message is held without a heartbeat (renewed every third of it while its turn runs):
    # a replica that dies has its messages taken over by another after this.
    inbox_lease_s: float = 15.0
    # A message is read up to this many characters (the rest is dropped, and the person told): more than any
    # greeting request needs, and a bound on what one message can cost.
    max_input_chars: int = 1000
    # Scheduled sends: rows sent side by side (the platform's rate limiter sets the pace), how long a claimed
    # row is held before another sender may take it, and how late a missed fire may still go out (seconds).
    outbox_concurrency: int = 8
    outbox_lease_s: float = 120.0
    schedule_misfire_grace_s: int = 2 * 3600
    # How often a replica without the scheduling lock tries to take it (fail-over time after a replica dies).
    leader_poll_s: float = 5.0
    # Retention (issue 15): a finished inbox message keeps only its dedupe key and ids (its text, context and replies
    # go when its turn ends) for as long as a platform may redeliver it, then the row goes. Telegram keeps an
    # unconfirmed update up to 24 h, the longest of the three (Feishu retries over ~7 h, DingTalk's Stream within a
    # minute); counted from when we finished it (after receipt, so after the platform's first try), plus 1 h for
    # clocks and because the 24 h is quoted, not verified (PLATFORMS.md §4). The sweep (also expired
    # sessionWebhooks and webhook signatures) runs this often, in the scheduling replica only.
    retention_inbox_keys_s: float = 25 * 3600
    retention_interval_s: float = 600.0
    retention_console_audit_s: float = 90 * 86400  # the console's audit log: who did what, from where

    # Who may do what (issue 15): people who may schedule into any group (besides its owner and admins), as
    # "platform:user_id" (e.g. "telegram:12345"); the caps a person or a group meets, each with a friendly answer.
    operators: Annotated[list[str], NoDecode] = Field(
        default_factory=list, description="comma-separated platform:user_id of the bot's operators")
    max_schedules_per_person: int = 10
    max_schedules_per_group: int = 5
    max_recipients_per_broadcast: int = 20
    max_requests_per_minute: int = 20

    # Platforms: one without credentials is not mounted. Secrets come only from the environment or .env.
    telegram_token: str | None = None
    telegram_secret: str | None = Field(None, description="X-Telegram-Bot-Api-Secret-Token of the webhook")
    telegram_api_base: str = "https://api.telegram.org"
    feishu_app_id: str | None = None
    feishu_app_secret: str | None = None
    feishu_verification_token: str | None = None
    feishu_encrypt_key: str | None = None
    feishu_api_base: str = "https://open.feishu.cn"
    dingtalk_app_key: str | None = None
    dingtalk_app_secret: str | None = None
    dingtalk_api_base: str = "https://api.dingtalk.com"
    dingtalk_oapi_base: str = Field("https://oapi.dingtalk.com", description="legacy API host (sessionWebhook)")
    dingtalk_stream: bool = Field(False, description="receive DingTalk robot messages over Stream mode (no public URL)")

    # Learning from feedback (`greetbot learn`): the base model the adapters sit on, where new adapters are written,
    # how much new feedback a cycle needs, how long it trains, what it is measured on, and when it runs by itself.
    learn_base_model: str | None = Field(None, description="the base model directory or hub id (as vLLM serves it)")
    adapters_dir: Path | None = Field(None, description="where trained adapters go; default data_dir/adapters")
    learn_min_feedback: int = 20
    learn_max_steps: int = 60
    learn_lr: float = 5e-5
    learn_eval_n: int = 1
    learn_scenarios: str | None = Field(None, description="scenario JSONL for the gates; default the bundled set")
    learn_gate_metrics: list[str] | None = Field(
        None, description="the eval metrics that gate a candidate (default: all guarded ones)")
    learn_lock_ttl_s: float = 6 * 3600
    learn_cron: str | None = Field(None, description="run the cycle on this cron schedule, e.g. '0 3 * * *'")
    # Greeting cards (bot/cards): a directory holding the Noto CJK fonts or one CJK font file; by default the
    # system's (Debian fonts-noto-cjk, then other distributions' paths, then fontconfig).
    card_font: Path | None = Field(None, description="CJK font directory or file for greeting cards")
    # How often the bot re-reads which adapter is in service (a promotion or rollback reaches every replica).
    serving_refresh_s: float = 10.0

    # The web console at /console (issue 19): mounted only when one of the two credentials is set. The hash is
    # `greetbot console hash-password`'s scrypt string, so the password itself need not sit in the environment. The
    # session cookie is signed with `console_session_key`, else with a key derived from the credential (replicas
    # agree, and a new password logs everyone out). `console_cookie_secure`: None sends the cookie Secure whenever
    # the request came over https (as uvicorn sees it behind a trusted proxy); true or false forces it.
    console_password: SecretStr | None = Field(None, description="the console's admin password (plain)")
    console_password_hash: SecretStr | None = Field(None, description="scrypt hash of the console password")
    console_session_key: SecretStr | None = Field(None, description="signs console session cookies")
    console_session_s: int = Field(8 * 3600, description="a console login lasts this long")
    console_cookie_secure: bool | None = None

    @field_validator("operators", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        return [v.strip() for v in value.split(",") if v.strip()] if isinstance(value, str) else value

    @field_validator("adapters_dir", "learn_gate_metrics", "console_password", "console_password_hash",
                     "console_session_key", "console_cookie_secure", "card_font", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        return None if value == "" else value  # `GREETBOT_ADAPTERS_DIR=` in an env file means "the default"

    def resolved_adapters_dir(self) -> Path:
        return (self.adapters_dir or self.data_dir / "adapters").resolve()

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{(self.data_dir / 'greetbot.db').resolve()}"
