"""`greetbot platforms setup|check`: register webhooks and check credentials, for each configured platform."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Annotated

import typer
from rich.console import Console

from adapters.base import Adapter, Finding
from adapters.registry import configured_adapters
from bot.settings import Settings

platforms_app = typer.Typer(help="Chat platforms: register webhooks, check credentials and webhook state.",
                            no_args_is_help=True)
_MARK = {"ok": "✓", "warning": "!", "error": "✗"}


async def findings_of(adapters: list[Adapter], step: Callable[[Adapter], Awaitable[list[Finding]]]) -> list[Finding]:
    """`step` for each adapter, after `start()` (which proves the credentials); a failure is one error line."""
    found: list[Finding] = []
    for adapter in adapters:
        try:
            await adapter.start()
            found += await step(adapter)
        except Exception as exc:  # wrong credentials, unreachable API: one line, never a traceback
            found.append(Finding(adapter.platform, f"{exc.__class__.__name__}: {str(exc)[:200]}", "error"))
        finally:
            await adapter.stop()
    return found


def _report(found: list[Finding]) -> None:
    console = Console(highlight=False, soft_wrap=True)
    for f in found:
        style = {"ok": "green", "warning": "yellow", "error": "red"}[f.level]
        console.print(f"{_MARK[f.level]} {f.platform:9} {f.text}", style=style, markup=False)
    if any(f.level == "error" for f in found):
        raise typer.Exit(1)


def _configured() -> list[Adapter]:
    adapters = configured_adapters(Settings())
    if not adapters:
        typer.echo("no platform is configured: set GREETBOT_TELEGRAM_TOKEN and _SECRET, GREETBOT_FEISHU_APP_ID, "
                   "_APP_SECRET and _VERIFICATION_TOKEN, or GREETBOT_DINGTALK_APP_KEY and _APP_SECRET", err=True)
        raise typer.Exit(1)
    return adapters


@platforms_app.command()
def setup(public_url: Annotated[str, typer.Option("--public-url", help="https://HOST where `greetbot serve` is "
                                                                       "reachable")]) -> None:
    """Register the Telegram webhook (secret token, update types), and print the Feishu and DingTalk console
    settings to paste."""
    if not public_url.startswith("https://"):
        typer.echo("--public-url must start with https:// (Telegram and Feishu call only HTTPS URLs)", err=True)
        raise typer.Exit(2)
    _report(asyncio.run(findings_of(_configured(), lambda a: a.setup(public_url))))


@platforms_app.command()
def check() -> None:
    """Verify each configured platform's credentials and report its webhook state; exits 1 when something is
    wrong (warnings alone exit 0)."""
    _report(asyncio.run(findings_of(_configured(), lambda a: a.check())))
