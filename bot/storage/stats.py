"""Counts over time for the console's charts: turns per hour (kept in `hourly_counts`, since the inbox forgets after
a day), drafts by writer and feedback by kind and style (read from their own tables, which are kept). Grouped by
UTC hour in the database, so a chart of 30 days reads hundreds of rows, not every draft."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, String, cast, func, literal_column, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from bot.storage.tables import FeedbackRow, GreetingRow, HourlyCountRow
from bot.storage.turns import Sessions

HOUR_FORMAT = "%Y-%m-%dT%H"


@dataclass(frozen=True)
class HourCount:
    """`n` things of one kind in the UTC hour starting at `hour`; `label` is what they are (a platform's answered
    turns, a writer's drafts, a feedback kind), `group` a second key where there is one (the draft's style)."""

    hour: datetime
    label: str
    n: int
    group: str | None = None


def hour_key(at: datetime) -> str:
    return at.astimezone(UTC).strftime(HOUR_FORMAT)


def _parse_hour(key: str) -> datetime:
    return datetime.strptime(key, HOUR_FORMAT).replace(tzinfo=UTC)


def _hour_of(column: ColumnElement[datetime], dialect: str) -> ColumnElement[str]:
    """The UTC hour of a timestamp as "YYYY-MM-DDTHH", in each dialect's words (SQLite keeps naive UTC text)."""
    if dialect == "postgresql":
        return func.to_char(func.timezone("UTC", column), literal_column("'YYYY-MM-DD\"T\"HH24'"))
    return func.strftime(HOUR_FORMAT, column)


async def count_hour(s: AsyncSession, dialect: str, platform: str, metric: str, at: datetime) -> None:
    """Add one to this hour's count, in the caller's transaction (so a count and what it counts commit together)."""
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt = insert(HourlyCountRow).values(hour=hour_key(at), platform=platform[:32], metric=metric, n=1)
    await s.execute(stmt.on_conflict_do_update(index_elements=["hour", "platform", "metric"],
                                               set_={"n": HourlyCountRow.n + 1}))


class Stats:
    """Chart reads (a part of `Store`)."""

    engine: AsyncEngine
    _session: Sessions

    async def turns_by_hour(self, since: datetime) -> list[HourCount]:
        """Turns finished per hour since `since`: label "platform:answered" or "platform:failed"."""
        async with self._session() as s:
            rows = await s.execute(select(HourlyCountRow.hour, HourlyCountRow.platform, HourlyCountRow.metric,
                                          HourlyCountRow.n).where(HourlyCountRow.hour >= hour_key(since)))
            return [HourCount(_parse_hour(h), f"{p}:{m}", n) for h, p, m, n in rows.all()]

    async def drafts_by_hour(self, since: datetime) -> list[HourCount]:
        """Drafts shown per hour, labelled by who wrote them ("vllm" or "composer")."""
        hour = _hour_of(GreetingRow.created_at, self.engine.dialect.name)
        async with self._session() as s:
            rows = await s.execute(select(hour, GreetingRow.backend, func.count()).where(GreetingRow.created_at >= since)
                                   .group_by(hour, GreetingRow.backend))
            return [HourCount(_parse_hour(h), b, n) for h, b, n in rows.all()]

    async def feedback_by_hour(self, since: datetime) -> list[HourCount]:
        """Feedback events per hour, labelled by kind (up, down, used, edited), grouped by the draft's style."""
        hour = _hour_of(FeedbackRow.created_at, self.engine.dialect.name)
        style = cast(FeedbackRow.event[("slots", "style")].as_string(), String)
        async with self._session() as s:
            rows = await s.execute(select(hour, FeedbackRow.kind, style, func.count())
                                   .where(FeedbackRow.created_at >= since).group_by(hour, FeedbackRow.kind, style))
            return [HourCount(_parse_hour(h), k, n, st or None) for h, k, st, n in rows.all()]
