"""`greetbot learn` and the adapter registry commands (`greetbot model adapters|register|promote|rollback`)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from bot.settings import Settings


async def _with_store(action):
    from bot.storage.store import Store

    settings = Settings()
    store = await Store.open(settings.resolved_database_url())
    try:
        return await action(store, settings)
    finally:
        await store.close()


def learn(
    force: Annotated[bool, typer.Option("--force", help="run even with less new feedback than the threshold")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """One learning cycle: new feedback → preference training → gates against the serving adapter → promote or not.

    Exit 0 when promoted or when there was nothing to do, 1 when the candidate was rejected, 2 when busy.
    """
    from bot.learning.cycle import Learner

    result = asyncio.run(_with_store(lambda store, s: Learner(store, s).cycle(force=force)))
    if as_json:
        typer.echo(json.dumps(result.to_json(), ensure_ascii=False, default=str))
    else:
        typer.echo(f"{result.status}: {result.reason}")
        for g in result.gates:
            typer.echo(f"  {'ok ' if g.ok else 'FAIL'} {g.name}: {g.candidate} (serving {g.serving}; {g.rule})")
    raise typer.Exit({"rejected": 1, "busy": 2}.get(result.status, 0))


def adapters(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """The adapter registry: name, parent, method, data, status, when it served."""

    async def main(store, settings):
        return await store.adapters()

    rows = asyncio.run(_with_store(main))
    data = [{"name": r.name, "parent": r.parent, "method": r.method, "status": r.status, "data_rows": r.data_rows,
             "data_sha256": r.data_sha256, "path": r.path, "created_at": r.created_at.isoformat(),
             "served_at": r.served_at.isoformat() if r.served_at else None,
             "preference": r.metrics.get("preference")} for r in rows]
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False))
        return
    for d in data:
        typer.echo(f"{d['name']:<14} {d['status']:<10} {d['method']:<4} parent={d['parent'] or '-'} "
                   f"rows={d['data_rows']} {d['path']}")
    if not data:
        typer.echo("no adapters registered: `greetbot model register greet PATH --serve`")


def register(
    name: Annotated[str, typer.Argument(help="the served name, e.g. greet")],
    path: Annotated[Path, typer.Argument(help="the adapter directory")],
    serve: Annotated[bool, typer.Option("--serve", help="make it the adapter in service")] = False,
) -> None:
    """Put an existing adapter (e.g. the SFT one vLLM was started with) in the registry."""
    from bot.learning.cycle import register as do_register

    try:
        asyncio.run(_with_store(lambda store, s: do_register(store, name, path, serve=serve)))
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    typer.echo(f"registered {name}" + (" (serving)" if serve else ""))


def rollback(name: Annotated[Optional[str], typer.Argument(help="default: the serving adapter's parent")] = None) -> None:
    """Put a previous adapter back in service (loaded into vLLM if it is not); bots switch within seconds."""
    from bot.learning.cycle import rollback as do_rollback

    try:
        row = asyncio.run(_with_store(lambda store, s: do_rollback(store, s, name)))
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"{row.name} serves again")


def promote(name: Annotated[str, typer.Argument(help="a candidate that passed its gates")]) -> None:
    """Put a measured candidate in service by hand (loaded into vLLM if it is not); bots switch within seconds."""
    from bot.learning.cycle import promote as do_promote

    try:
        row = asyncio.run(_with_store(lambda store, s: do_promote(store, s, name)))
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"{row.name} now serves")
