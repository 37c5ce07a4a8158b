"""Which platform adapters run: every platform whose credentials are set. A new platform is one line here."""

from __future__ import annotations

import importlib
import logging

from adapters.base import Adapter
from bot.settings import Settings

log = logging.getLogger(__name__)

# platform → (module, class, the settings that must all be present)
PLATFORMS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "telegram": ("adapters.telegram", "TelegramAdapter", ("telegram_token", "telegram_secret")),
    "feishu": ("adapters.feishu", "FeishuAdapter",
               ("feishu_app_id", "feishu_app_secret", "feishu_verification_token")),
    "dingtalk": ("adapters.dingtalk", "DingTalkAdapter", ("dingtalk_app_key", "dingtalk_app_secret")),
}


def configured_adapters(settings: Settings) -> list[Adapter]:
    """One adapter per platform whose required settings are all set; the others are not mounted."""
    adapters: list[Adapter] = []
    for platform, (module, cls, required) in PLATFORMS.items():
        missing = [name for name in required if not getattr(settings, name)]
        if missing:
            log.info("%s not mounted: %s not set", platform, ", ".join(f"GREETBOT_{m.upper()}" for m in missing))
            continue
        adapters.append(getattr(importlib.import_module(module), cls).from_settings(settings))
    return adapters
