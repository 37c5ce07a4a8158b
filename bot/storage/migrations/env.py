"""Alembic environment: migrations run on a connection `bot.storage.migrate` hands over (async engines run them in sync)."""

from __future__ import annotations

from alembic import context

from bot.storage.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through `greetbot db upgrade` (bot.migrate), which provides the connection")

# SQLite cannot ALTER most things in place: batch mode copies the table, as Alembic recommends.
context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=connection.dialect.name == "sqlite", compare_type=True)
with context.begin_transaction():
    context.run_migrations()
