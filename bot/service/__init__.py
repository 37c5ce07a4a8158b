"""The running service: the webhook app (`app`), runtime assembly (`runtime`: store, model client, engine,
scheduler and sender wired together) and the inbox worker (`inbox`).

May import: everything in `bot/` except `bot.cli`, and `adapters/` (the only place besides the CLI that does)."""
