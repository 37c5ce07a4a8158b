"""`greetbot db upgrade|current|downgrade`: the schema migrations, for operators and migration jobs."""

from __future__ import annotations

import asyncio
from typing import Annotated

import typer

from bot.settings import Settings
from bot.storage import migrate
from bot.storage.store import make_engine

db_app = typer.Typer(help="Database schema: upgrade, show the current revision, step down.", no_args_is_help=True)


def _run(action):
    url = Settings().resolved_database_url()

    async def main():
        engine = make_engine(url)
        try:
            return await action(engine)
        finally:
            await engine.dispose()

    return asyncio.run(main())


@db_app.command()
def upgrade(revision: Annotated[str, typer.Argument(help="target revision")] = "head") -> None:
    """Bring the schema to `revision` (default: what this code needs). Safe to run again."""
    typer.echo(f"schema at {_run(lambda e: migrate.upgrade(e, revision))}")


@db_app.command()
def current() -> None:
    """The schema revision of the database, and the one this code needs."""
    found = _run(migrate.current)
    wanted = migrate.head()
    typer.echo(f"database: {found or 'none'}; code: {wanted}" + ("" if found == wanted else " (run `greetbot db upgrade`)"))
    if found != wanted:
        raise typer.Exit(1)


@db_app.command()
def downgrade(revision: Annotated[str, typer.Argument(help="target revision, e.g. 0001 (or: -- -1)")]) -> None:
    """Step the schema down (the data of dropped tables is lost)."""
    typer.echo(f"schema at {_run(lambda e: migrate.downgrade(e, revision)) or 'none'}")
