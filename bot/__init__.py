"""greetbot's core, platform-blind, in floors: each package imports only the floors below it (checked by
tests/test_layout.py).

    bot.domain, bot.settings, bot.background   the nouns, the settings, background-task plumbing
    bot.storage                                durable state by aggregate, migrations
    bot.writing                                prompts, the model client, the offline composer, quality, holidays
    bot.reading, bot.followup                  reading a request; answering a reply
    bot.learning                               feedback, preference profile, the learning cycle
    bot.scheduling                             scheduled greetings and the outbox sender
    bot.conversation                           the engine: one turn, its route the table of contents
    bot.service                                the webhook app, runtime assembly, the inbox worker
    bot.cli                                    the `greetbot` command
"""
