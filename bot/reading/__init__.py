"""Reading a request: the six slots out of free text (`extraction`, with its word lists in `vocabulary`), and
the dialogue around them (`dialogue`: what to ask next, defaults, revisions such as 短一点 or 更正式).

May import: the ground floor, `bot.storage`, `bot.writing` (the model client for structured extraction, the
holidays)."""
