"""After a greeting went out and the friend answered: read the reply (`observe`), choose how to go on and suggest
2-3 follow-ups in the sender's voice (`suggest`, with `prompts` for the model, `bank` for offline templates and
`checks` both must pass); `pasted` reads a pasted reply, `group_thread` keeps a group's thread.

May import: the ground floor, `bot.storage`, `bot.writing`. Not `bot.reading` (a sibling) or anything above."""
