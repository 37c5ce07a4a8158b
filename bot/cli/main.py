"""`greetbot`: the command line. JSON outputs (`--json`) are contracts other tools read: keep their keys stable."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from datetime import date
from enum import Enum
from typing import Annotated, Optional

import typer

from bot.cli import learn as learn_cli
from bot.cli.card import card as card_cmd
from bot.cli.console import console_app
from bot.cli.db import db_app
from bot.cli.platforms import platforms_app
from bot.cli.schedule import schedule_app
from bot.domain import LENGTHS, STYLES, GreetingRequest, Slots
from bot.reading.dialogue import with_defaults
from bot.reading.extraction import extract
from bot.reading.form import extract_length, extract_occasion, extract_style
from bot.reading.recipient import relation_category_of
from bot.settings import Settings
from bot.writing import holidays
from bot.writing.compose import GreetingWriter
from bot.writing.llm import LLMClient, LLMError
from model_server.cli import data_app, model_app

app = typer.Typer(help="greetbot: holiday greetings that sound like the sender.", no_args_is_help=True,
                  add_completion=False)
app.add_typer(data_app, name="data")
app.add_typer(model_app, name="model")
app.add_typer(schedule_app, name="schedule")
app.add_typer(db_app, name="db")
app.add_typer(platforms_app, name="platforms")
app.add_typer(console_app, name="console")
app.command("learn")(learn_cli.learn)
app.command("card")(card_cmd)
model_app.command("adapters")(learn_cli.adapters)
model_app.command("register")(learn_cli.register)
model_app.command("promote")(learn_cli.promote)
model_app.command("rollback")(learn_cli.rollback)


class ServeRole(str, Enum):
    all = "all"
    web = "web"
    worker = "worker"


class BackendChoice(str, Enum):
    auto = "auto"
    vllm = "vllm"
    composer = "composer"


def _date(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from None


def _echo_json(data: object) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False))


@app.callback()
def _main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="log to stderr")] = False) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.ERROR, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # httpx logs every request URL at INFO, and a DingTalk sessionWebhook URL carries a session token.
    logging.getLogger("httpx").setLevel(logging.WARNING)


@app.command()
def chat(
    user: Annotated[str, typer.Option(help="whose conversation (resumed after a restart)")] = "local",
    backend: Annotated[BackendChoice, typer.Option(help="auto: the model when it answers, else the composer")] = BackendChoice.auto,
    today: Annotated[Optional[str], typer.Option("--date", help="today's date for holiday maths, YYYY-MM-DD")] = None,
) -> None:
    """Talk to the bot in this terminal (piped stdin works too)."""
    from adapters.console import ConsoleAdapter
    from bot.service.runtime import delivering, running

    day = _date(today)

    async def main() -> None:
        async with running(Settings(), backend=backend.value, today=lambda: day) as rt:
            console = ConsoleAdapter(rt.engine, user_id=user)
            # Scheduled greetings made here are sent here too, while the chat is open.
            async with delivering(rt, {"console": console}):
                await console.run()

    asyncio.run(main())


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8080,
    telegram_polling: Annotated[bool, typer.Option(
        "--telegram-polling", help="take Telegram updates by long polling (no public URL; removes the webhook)")] = False,
    role: Annotated[ServeRole, typer.Option(
        help="all: one process does everything; web: verify, store, acknowledge; worker: turns and scheduled sends",
    )] = ServeRole.all,
) -> None:
    """Run the webhook app (uvicorn) with every platform that has credentials configured."""
    import uvicorn

    # A service's warnings are what an operator alerts on (the model overloaded or unavailable, a send retried):
    # they are logged even without --verbose, unlike the interactive commands, whose screen they would clutter.
    root = logging.getLogger()
    root.setLevel(min(root.level, logging.WARNING))

    from bot.service.app import create_app
    from bot.storage.migrate import SchemaOutdated
    from bot.storage.store import Store

    async def check_schema() -> None:
        await (await Store.open(Settings().resolved_database_url())).close()

    try:  # before uvicorn: a schema older than the code is one clear line, not a lifespan traceback
        asyncio.run(check_schema())
    except SchemaOutdated as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    uvicorn.run(create_app(Settings(), telegram_polling=telegram_polling, role=role.value),
                host=host, port=port, log_level="info", access_log=False)


@app.command("extract")
def extract_cmd(
    text: str,
    as_json: Annotated[bool, typer.Option("--json", help="print the slots as JSON")] = False,
    model: Annotated[bool, typer.Option("--model/--rules", help="also ask the model when it answers")] = False,
) -> None:
    """The slots recognised in one request; missing ones are null."""

    async def main() -> tuple[Slots, str]:
        if not model:
            return await extract(text)
        async with LLMClient(Settings()) as llm:
            return await extract(text, llm if await llm.available() else None)

    slots, reader = asyncio.run(main())
    data = {k: getattr(slots, k) for k in
            ("name", "relation", "relation_category", "details", "occasion", "style", "length", "holiday")}
    if as_json:
        _echo_json(data)
    else:
        for key, value in data.items():
            typer.echo(f"{key:18} {value if value is not None else '—'}")
        typer.echo(f"{'(reader)':18} {reader}")


@app.command()
def generate(
    name: Annotated[str, typer.Option(help="称呼")],
    relation: Annotated[str, typer.Option(help="关系, in your own word")],
    details: Annotated[str, typer.Option(help="交往细节")] = "",
    occasion: Annotated[str, typer.Option(help="场合")] = "微信",
    style: Annotated[Optional[str], typer.Option(help=" | ".join(STYLES))] = None,
    length: Annotated[str, typer.Option(help=" | ".join(LENGTHS))] = "50-100",
    holiday: Annotated[Optional[str], typer.Option(help="春节, 中秋, …; default: the next holiday")] = None,
    today: Annotated[Optional[str], typer.Option("--date", help="today for the holiday maths, YYYY-MM-DD")] = None,
    n: Annotated[int, typer.Option("-n", min=1, max=5, help="how many drafts")] = 3,
    language: Annotated[Optional[str], typer.Option(help="zh | en; default: the language the slots are written in")] = None,
    backend: Annotated[BackendChoice, typer.Option()] = BackendChoice.auto,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Write drafts from explicit slots."""
    canonical_style = (style if style in STYLES else extract_style(style)) if style else None
    if style and not canonical_style:
        raise typer.BadParameter(f"unknown style {style!r}; one of {', '.join(STYLES)}", param_hint="--style")
    canonical_length = length if length in LENGTHS else extract_length(length)
    if not canonical_length:
        raise typer.BadParameter(f"unknown length {length!r}; one of {', '.join(LENGTHS)}", param_hint="--length")
    holiday_name = holidays.canonical_name(holiday) if holiday else None
    if holiday and not holiday_name:
        raise typer.BadParameter(f"unknown holiday {holiday!r}", param_hint="--holiday")
    day = _date(today)
    slots = with_defaults(Slots(
        name=name, relation=relation,
        relation_category=relation_category_of(relation) or "其他",
        details=details, occasion=extract_occasion(occasion) or occasion, style=canonical_style,
        length=canonical_length, holiday=holiday_name, language={"en": "en", "zh": "zh"}.get(language or ""),
    ))
    the_holiday = holidays.resolve(holiday_name, day) if holiday_name else holidays.next_holiday(day)
    request = GreetingRequest(slots=slots, holiday=the_holiday, n=n)

    async def main():
        if backend is BackendChoice.composer:
            return await GreetingWriter(None).write(request, "composer")
        async with LLMClient(Settings()) as llm:
            return await GreetingWriter(llm).write(request, backend.value)

    try:
        drafts = asyncio.run(main())
    except LLMError as exc:
        typer.echo(f"error: the model endpoint failed ({exc}); try --backend auto or composer", err=True)
        raise typer.Exit(2) from None
    if as_json:
        _echo_json({"greetings": list(drafts.texts), "backend": drafts.backend, "holiday": drafts.holiday.to_json()})
    else:
        for i, text in enumerate(drafts.texts, 1):
            typer.echo(f"{i}. {text}\n")
        typer.echo(f"({drafts.backend}; {drafts.holiday.name} {drafts.holiday.date})", err=True)


@app.command("eval")
def eval_cmd(
    endpoint: Annotated[str, typer.Option(help="OpenAI-compatible base URL, e.g. http://127.0.0.1:8000/v1")],
    model: Annotated[str, typer.Option(help="served name of the model under test (the LoRA adapter)")],
    baseline: Annotated[Optional[str], typer.Option(help="served name to compare with, e.g. the base model")] = None,
    composer: Annotated[bool, typer.Option("--composer", help="also score the offline composer")] = False,
    n: Annotated[int, typer.Option("-n", "--drafts", min=1, help="drafts per scenario")] = 2,
    concurrency: Annotated[int, typer.Option(min=1, help="requests in flight at once")] = 4,
    scenarios: Annotated[Optional[str], typer.Option(help="scenario JSONL (default: the bundled set)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the metrics as JSON, keyed by system")] = False,
) -> None:
    """Score the model (and a baseline, and the offline composer) on the evaluation scenarios, side by side."""
    from model_server.eval import format_side_by_side, run_eval

    try:
        results = asyncio.run(run_eval(
            endpoint, model, baseline, scenarios_path=scenarios, n=n, concurrency=concurrency,
            include_composer=composer, api_key=Settings().llm_api_key,
        ))
    except ValueError as exc:  # model == baseline, or a bad scenario file
        raise typer.BadParameter(str(exc)) from None
    if as_json:
        _echo_json({name: m.to_dict() for name, m in results.items()})
    else:
        typer.echo(format_side_by_side(results))
    if any(m.n_drafts == 0 for name, m in results.items() if name != "composer"):
        raise typer.Exit(1)  # a system wrote nothing: its endpoint or model name is wrong


class PreferenceFormat(str, Enum):
    dpo = "dpo"
    kto = "kto"


@app.command("export-preferences")
def export_preferences(
    fmt: Annotated[PreferenceFormat, typer.Option("--format", help="dpo: chosen/rejected pairs; kto: labelled texts")],
    out: Annotated[Optional[str], typer.Option(help="JSONL file to write (default: stdout)")] = None,
) -> None:
    """Users' feedback as preference-training data in TRL's conversational shape (thinking stays off downstream)."""
    from bot.learning.feedback import FeedbackEvent, export_dpo, export_kto, write_jsonl
    from bot.storage.store import Store

    async def main() -> list[dict]:
        store = await Store.open(Settings().resolved_database_url())
        try:
            events = [FeedbackEvent.from_json(e) for _, e in await store.all_feedback()]
        finally:
            await store.close()
        return export_dpo(events) if fmt is PreferenceFormat.dpo else export_kto(events)

    rows = asyncio.run(main())
    if out:
        write_jsonl(rows, out)
        typer.echo(f"{len(rows)} {fmt.value} rows → {out}", err=True)
    else:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))


@app.command("followup")
def followup_cmd(
    greeting: Annotated[str, typer.Option(help="the greeting that was sent")],
    reply: Annotated[str, typer.Option(help="what the recipient answered")],
    style: Annotated[str, typer.Option(help="the sender's style: " + " | ".join(STYLES))] = "轻松自然",
    rules: Annotated[bool, typer.Option("--rules", help="rules only, do not ask the model")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Read a reply (mood, what they picked up, what they asked) and suggest 2–3 follow-ups in the same voice."""
    from bot.followup.suggest import followup_json

    async def main() -> dict:
        if rules:
            return await followup_json(greeting, reply, style, None)
        async with LLMClient(Settings()) as llm:
            return await followup_json(greeting, reply, style, llm if await llm.available() else None)

    try:
        result = asyncio.run(main())
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    if as_json:
        _echo_json(result)
        return
    a = result["analysis"]
    typer.echo(f"mood {a['mood']} · strategy {a['strategy']} · picked up {a['picked_up']} · asked {a['questions']}")
    for i, text in enumerate(result["suggestions"], 1):
        typer.echo(f"{i}. {text}")


@app.command("holidays")
def holidays_cmd(
    year: Annotated[int, typer.Option(help="Gregorian year")] = date.today().year,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Holiday dates and the zodiac of the year each greeting is for."""
    found = holidays.holidays_in_year(year)
    if as_json:
        _echo_json([h.to_json() for h in found])
    else:
        for h in found:
            typer.echo(f"{h.date}  {h.name}" + (f"  {h.zodiac}年" if h.zodiac_relevant else ""))

