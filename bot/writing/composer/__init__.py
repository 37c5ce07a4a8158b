"""The offline composer: drafts built from a hand-written phrase bank when the model cannot answer. `draft` is
the entry point (`compose_offline`); `context` reads a request for the bank, `details` prepares the user's own
words, `phrases`, `phrases_zh` and `phrases_en` are the bank itself (data).

Part of `bot.writing`: imports what it may."""
