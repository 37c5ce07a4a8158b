"""Settings from the environment (prefix `GREETBOT_`) and a local `.env` file; never a global singleton."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


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
    data_dir: Path = Path("data")
    database_url: str | None = Field(None, description="SQLAlchemy async URL; default: SQLite in data_dir")
    timezone: str = "Asia/Shanghai"
    # Webhook bodies larger than this are refused with 413 before anything is parsed.
    max_webhook_bytes: int = 256 * 1024
    inbox_concurrency: int = 4
    # How long a claimed inbox message is held; a replica that dies is taken over by another after this.
    inbox_lease_s: float = 120.0
    # Scheduled sends: rows sent side by side (the platform's rate limiter sets the pace), how long a claimed
    # row is held before another sender may take it, and how late a missed fire may still go out (seconds).
    outbox_concurrency: int = 8
    outbox_lease_s: float = 120.0
    schedule_misfire_grace_s: int = 2 * 3600
    # How often a replica without the scheduling lock tries to take it (fail-over time after a replica dies).
    leader_poll_s: float = 5.0

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
    # How often the bot re-reads which adapter is in service (a promotion or rollback reaches every replica).
    serving_refresh_s: float = 10.0

    @field_validator("adapters_dir", "learn_gate_metrics", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        return None if value == "" else value  # `GREETBOT_ADAPTERS_DIR=` in an env file means "the default"

    def resolved_adapters_dir(self) -> Path:
        return (self.adapters_dir or self.data_dir / "adapters").resolve()

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{(self.data_dir / 'greetbot.db').resolve()}"
