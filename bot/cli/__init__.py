"""`greetbot` and its sub-commands: the typer app (`main`), `schedule`, `learn`, `db`; `model` and `data` come
from `model_server.cli`.

May import: everything."""
