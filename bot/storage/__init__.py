"""Durable state, by aggregate: conversations and contacts, the inbox, schedules and the outbox, feedback and
the adapter registry; `Store` (in `store`) joins them over one engine. `tables` holds the mapped tables and
`migrations/` their history (Alembic, run by `migrate`).

May import: `bot.domain`, `bot.settings`, `bot.background` and libraries. Nothing here knows about writing,
conversations, schedules' meaning or platforms."""
