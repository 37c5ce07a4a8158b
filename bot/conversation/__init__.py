"""One turn of a conversation: the engine, whose route is the table of contents of a turn (`engine`), the state it
keeps between turns (`turn_state`), how drafts and follow-ups are shown (`render`), the group follow-up replies
(`group_replies`), the feedback commands (`feedback_chat`) and the contacts commands (`memory`).

May import: every package of `bot/` below `bot.service`. Never a platform: adapters hand it `IncomingMessage`s."""
