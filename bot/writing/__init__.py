"""Writing a greeting: the prompts and the writer that asks the model (`compose`), the model client (`llm`), the
offline composer and its phrase bank (`composer/`), the measurable properties of a greeting (`quality`) and the
lunar calendar (`holidays`).

May import: the ground floor (`bot.domain`, `bot.settings`, `bot.background`) and `bot.storage`."""
