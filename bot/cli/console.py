"""`greetbot console hash-password`: the scrypt hash for GREETBOT_CONSOLE_PASSWORD_HASH, so the console's password
itself need not be kept in the environment."""

from __future__ import annotations

import sys

import typer

from bot.service.console.credentials import hash_password

console_app = typer.Typer(help="The web console at /console (see README, \"Web console\").", no_args_is_help=True)


@console_app.command("hash-password")
def hash_password_cmd() -> None:
    """Read a password (asked twice on a terminal, one line from a pipe) and print its scrypt hash."""
    if sys.stdin.isatty():
        password = typer.prompt("console password", hide_input=True, confirmation_prompt=True)
    else:
        password = sys.stdin.readline().rstrip("\n")
    if len(password) < 8:
        typer.echo("error: use at least 8 characters", err=True)
        raise typer.Exit(2)
    typer.echo(hash_password(password))
