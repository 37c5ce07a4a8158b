"""Send budgets in the database, so replicas together stay under a bot's limits (Feishu 5/s per chat, DingTalk
20/min per group, Telegram 20/min per group and ~30/s overall are per bot, not per process).

GCRA over one row per budget: a send reserves the next slot with one upsert, on the database's own clock (replicas'
clocks may disagree), then sleeps until its slot if it has to. One round trip per budget per send; no polling.
"""

from __future__ import annotations

import asyncio

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

# The database's clock in epoch seconds; clock_timestamp() moves within a transaction, now() would not.
_NOW = "extract(epoch from clock_timestamp())::float8"
_RESERVE = text(f"""
    INSERT INTO send_budgets (key, tat) VALUES (:key, {_NOW} + :t)
    ON CONFLICT (key) DO UPDATE SET tat = GREATEST(send_budgets.tat, {_NOW}) + :t
    RETURNING tat, {_NOW}
""")
_PAUSE = text(f"""
    INSERT INTO send_budgets (key, tat) VALUES (:key, {_NOW} + :until)
    ON CONFLICT (key) DO UPDATE SET tat = GREATEST(send_budgets.tat, {_NOW} + :until)
""")


class DatabaseBudget:
    """The `SharedBudget` of one platform's adapter, on PostgreSQL (SQLite is one process: its adapters keep their
    in-memory buckets)."""

    def __init__(self, engine: AsyncEngine, platform: str) -> None:
        self.engine, self.platform = engine, platform

    async def take(self, key: str, rate: float, burst: float) -> None:
        t, tolerance = 1.0 / rate, (burst - 1) / rate
        async with self.engine.begin() as conn:
            tat, now = (await conn.execute(_RESERVE, {"key": f"{self.platform}:{key}", "t": t})).one()
        wait = (tat - t - tolerance) - now  # the reserved slot opens at tat - t - tolerance
        if wait > 0:
            await asyncio.sleep(wait)

    async def pause(self, key: str, rate: float, burst: float, seconds: float) -> None:
        # Nobody may send before now + seconds: the slot after that opens at tat - t - tolerance.
        until = seconds + (burst - 1) / rate + 1.0 / rate
        async with self.engine.begin() as conn:
            await conn.execute(_PAUSE, {"key": f"{self.platform}:{key}", "until": until})
