"""Feedback events (rewards for drafts) and the adapter registry the learning cycle keeps."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    delete,
    func,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.storage.tables import AdapterRow, FeedbackRow, _now
from bot.storage.turns import Sessions


class FeedbackAndAdapters:
    """Reads and writes of feedback and adapters (a part of `Store`)."""

    engine: AsyncEngine
    _session: Sessions

    async def add_feedback(self, platform: str, user_id: str, events: list[dict[str, Any]]) -> None:
        async with self._session.begin() as s:
            for e in events:
                if e["kind"] == "edited":
                    # Taken and then edited: it was not sent as is after all; the edit replaces the "used".
                    await s.execute(delete(FeedbackRow).filter_by(platform=platform, user_id=user_id, kind="used",
                                                                  greeting_id=e["greeting_id"]))
            s.add_all(FeedbackRow(platform=platform, user_id=user_id, kind=e["kind"], greeting_id=e["greeting_id"],
                                  event=e) for e in events)

    async def feedback_of(self, platform: str, user_id: str, *, limit: int = 200) -> list[dict[str, Any]]:
        """This user's most recent feedback events, oldest first."""
        async with self._session() as s:
            rows = await s.scalars(select(FeedbackRow).filter_by(platform=platform, user_id=user_id)
                                   .order_by(FeedbackRow.id.desc()).limit(limit))
            return [r.event for r in reversed(list(rows))]

    async def all_feedback(self, *, after_id: int = 0) -> list[tuple[int, dict[str, Any]]]:
        async with self._session() as s:
            rows = await s.scalars(select(FeedbackRow).where(FeedbackRow.id > after_id).order_by(FeedbackRow.id))
            return [(r.id, r.event) for r in rows]


    # Inbox ---------------------------------------------------------------------------------------


    async def feedback_count(self, *, after_id: int = 0) -> tuple[int, int]:
        """(how many feedback events have an id above `after_id`, the highest id)."""
        async with self._session() as s:
            n, top = (await s.execute(select(func.count(FeedbackRow.id), func.max(FeedbackRow.id))
                                      .where(FeedbackRow.id > after_id))).one()
            return n, top or after_id


    async def add_adapter(self, row: AdapterRow) -> AdapterRow:
        async with self._session.begin() as s:
            s.add(row)
            await s.flush()
            return row

    async def adapters(self) -> list[AdapterRow]:
        async with self._session() as s:
            return list(await s.scalars(select(AdapterRow).order_by(AdapterRow.id)))

    async def adapter(self, name: str) -> AdapterRow | None:
        async with self._session() as s:
            return await s.scalar(select(AdapterRow).filter_by(name=name))

    async def serving_adapter(self) -> AdapterRow | None:
        async with self._session() as s:
            return await s.scalar(select(AdapterRow).filter_by(status="serving").order_by(AdapterRow.id.desc()))

    async def update_adapter(self, name: str, **values: Any) -> None:
        async with self._session.begin() as s:
            await s.execute(update(AdapterRow).filter_by(name=name).values(**values))

    async def serve_adapter(self, name: str) -> None:
        """Make `name` the one adapter in service; the previous one is retired (one transaction)."""
        async with self._session.begin() as s:
            await s.execute(update(AdapterRow).filter_by(status="serving").values(status="retired"))
            await s.execute(update(AdapterRow).filter_by(name=name).values(status="serving", served_at=_now()))
