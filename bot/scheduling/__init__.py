"""Scheduled greetings: requests in plain words (`text`), the chat side (`chat`), the schedules service with
occurrences, fan-out, previews and reports (`schedules`), APScheduler and the scheduling leadership (`runner`),
and the outbox sender (`outbox`).

May import: everything below it (ground floor, `bot.storage`, `bot.writing`, `bot.reading`, `bot.followup`)
and `bot.learning` (the runner schedules the learning cycle)."""
