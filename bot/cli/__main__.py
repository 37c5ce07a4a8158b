"""`python -m bot.cli`: the same as the `greetbot` command."""

from bot.cli.main import app

app()
