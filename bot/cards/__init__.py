"""Greeting cards: a greeting drawn as a festive picture (Pillow) — the designs (`designs`, `ornaments`), the CJK
fonts (`fonts`), line breaking and emoji handling (`linebreak`), the layout that fits the text (`layout`) and the
renderer (`render`, with its async wrapper). Designs are drawn by our own code; no artwork is downloaded.

May import: bot.domain, bot.settings, bot.writing (holidays, zodiac names)."""
