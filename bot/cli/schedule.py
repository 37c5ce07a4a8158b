"""`greetbot schedule add|list|cancel|run`: scheduled broadcasts from the command line (operators, scripts)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
from datetime import date, time
from typing import Annotated, Optional

import typer

from bot.scheduling.decisions import parse_recipients
from bot.scheduling.schedules import Owner, Recipient, ScheduleError, describe
from bot.scheduling.text import ScheduleSpec, parse_schedule
from bot.scheduling.when import parse_time_of_day
from bot.settings import Settings

schedule_app = typer.Typer(help="Scheduled holiday broadcasts: add, list, cancel, and run the sender.",
                           no_args_is_help=True)


def _recipients(to: list[str], group: list[str]) -> list[Recipient]:
    try:
        return parse_recipients(to, group)
    except ScheduleError:
        raise typer.BadParameter(f"--to wants NAME=CHAT_ID, got {to!r}") from None


@schedule_app.command("add")
def add(
    text: Annotated[Optional[str], typer.Argument(help="the request in plain words, e.g. 除夕晚上8点给这个群发")] = None,
    platform: Annotated[str, typer.Option(help="telegram | feishu | dingtalk | console")] = "console",
    owner: Annotated[str, typer.Option(help="the owner's user id (gets the report)")] = "local",
    owner_chat: Annotated[Optional[str], typer.Option(help="where the report goes (default: the owner id)")] = None,
    to: Annotated[list[str], typer.Option(help="a person: NAME=CHAT_ID (repeatable)")] = [],  # noqa: B006
    group: Annotated[list[str], typer.Option(help="a group chat id: one greeting to all (repeatable)")] = [],  # noqa: B006
    holiday: Annotated[Optional[str], typer.Option(help="a holiday name: 除夕, 春节, 中秋…")] = None,
    on: Annotated[Optional[str], typer.Option("--date", help="a date YYYY-MM-DD instead of a holiday")] = None,
    at: Annotated[Optional[str], typer.Option(help="local time, e.g. 20:00")] = None,
    every_year: Annotated[bool, typer.Option("--every-year", help="repeat every year")] = False,
    style: Annotated[Optional[str], typer.Option(help="传统喜庆 | 轻松自然 | LLM科技风 | 商务得体")] = None,
    preview: Annotated[bool, typer.Option("--preview", help="hold the greetings until approved")] = False,
    card: Annotated[bool, typer.Option("--card", help="send each greeting with its card picture too")] = False,
    today: Annotated[Optional[str], typer.Option("--today", help="today's date for parsing, YYYY-MM-DD")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Add a schedule from plain words or options (options win); prints its id and next occurrence."""
    day = date.fromisoformat(today) if today else date.today()
    parsed = parse_schedule(text, today=day) if text else None
    if text and parsed is None and not (holiday or on):
        raise typer.BadParameter(f"not a schedule request: {text!r}; say when and to whom, or use --holiday/--at")
    when = parse_time_of_day(at) if at else None
    if at and when is None:
        raise typer.BadParameter(f"--at: not a time of day: {at!r}")
    spec = ScheduleSpec(
        holiday=holiday or (parsed.holiday if parsed and not on else None),
        on_date=date.fromisoformat(on) if on else (parsed.on_date if parsed and not holiday else None),
        at=when or (parsed.at if parsed else time(9, 0)), to_this_chat=bool(parsed and parsed.to_this_chat),
        recipients=parsed.recipients if parsed and not to else (), recurring=every_year or bool(parsed and parsed.recurring),
        preview=preview or bool(parsed and parsed.preview), style=style or (parsed.style if parsed else None),
        time_given=bool(when or (parsed and parsed.time_given)), card=card or bool(parsed and parsed.card))
    explicit = _recipients(to, group)
    who = Owner(platform, owner, owner_chat or owner, False)

    async def main():
        from bot.service.runtime import running

        async with running(Settings()) as rt:
            row = await rt.schedules.create(who, spec, recipients=explicit or None)
            preview_text = (await rt.schedules.preview_message(row)).text if row.preview else None
            return row, preview_text

    try:
        row, preview_text = asyncio.run(main())
    except ScheduleError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    if as_json:
        typer.echo(json.dumps({"id": row.id, "next_occurrence": row.next_occurrence, "at": row.at,
                               "status": row.status, "recipients": [r["name"] for r in row.recipients],
                               "card": row.card},
                              ensure_ascii=False))
    else:
        typer.echo(describe(row))
        if preview_text:
            typer.echo(preview_text)


@schedule_app.command("list")
def list_(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Every open schedule, soonest first."""

    async def main():
        from bot.storage.store import Store

        store = await Store.open(Settings().resolved_database_url())
        try:
            rows = await store.open_schedules()
            return [(r, await store.outbox_counts(r.id)) for r in rows]
        finally:
            await store.close()

    rows = asyncio.run(main())
    if as_json:
        typer.echo(json.dumps([{"id": r.id, "platform": r.platform, "owner": r.owner_id, "holiday": r.holiday,
                                "date": r.on_date, "at": r.at, "next_occurrence": r.next_occurrence,
                                "status": r.status, "recipients": [x["name"] for x in r.recipients],
                                "outbox": counts} for r, counts in rows], ensure_ascii=False))
        return
    for r, counts in rows:
        typer.echo(f"{describe(r)}  [{r.platform} {r.owner_id}] {r.status}" + (f"  outbox {counts}" if counts else ""))
    if not rows:
        typer.echo("no open schedules")


@schedule_app.command("cancel")
def cancel(schedule_id: int) -> None:
    """Cancel a schedule (its unsent greetings are dropped)."""

    async def main() -> bool:
        from bot.service.runtime import running

        async with running(Settings(), backend="composer") as rt:
            row = await rt.store.get_schedule(schedule_id)
            return row is not None and await rt.schedules.cancel(row.platform, row.owner_id, schedule_id)

    if not asyncio.run(main()):
        typer.echo(f"error: no open schedule #{schedule_id}", err=True)
        raise typer.Exit(1)
    typer.echo(f"cancelled #{schedule_id}")


@schedule_app.command("run")
def run(
    backend: Annotated[str, typer.Option(help="auto | vllm | composer")] = "auto",
) -> None:
    """Fire schedules and send the outbox through every configured platform, without webhooks; stop with Ctrl-C.

    SIGTERM and SIGINT stop gracefully: greetings being sent are finished, nothing new is claimed.
    """
    from adapters.registry import configured_adapters
    from bot.service.runtime import delivering, running

    settings = Settings()

    async def main() -> None:
        adapters = {a.platform: a for a in configured_adapters(settings)}
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        async with running(settings, backend=backend) as rt:  # type: ignore[arg-type]
            for adapter in adapters.values():
                await adapter.start()
            try:
                async with delivering(rt, adapters):
                    typer.echo(f"sending scheduled greetings via {', '.join(adapters) or 'no platform'}", err=True)
                    await stop.wait()
            finally:
                for adapter in adapters.values():
                    with contextlib.suppress(Exception):
                        await adapter.stop()

    asyncio.run(main())
