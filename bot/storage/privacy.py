"""What a person can ask the bot to erase (`/forget all`, `/forget NAME`) and to show (`/mydata`).

Each erasure is one transaction over every table that can hold the person's words: contacts, their conversations'
states and drafts, the follow-up threads of their greetings, feedback, schedules and their outbox texts, and the
text of their messages still in the inbox. Ids (platform, chat, user) stay where a row must stay (an inbox row's
dedupe key, an emptied conversation that a turn is saving into): they are not what the person told us.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from bot.storage.tables import (
    ContactRow,
    ConversationRow,
    FeedbackRow,
    GreetingRow,
    InboxRow,
    OutboxRow,
    ScheduleRow,
)
from bot.storage.turns import Sessions

# The bot's own records inside a chat (group follow-up threads) have user ids starting with "@".
BOT_RECORD = "@"


@dataclass(frozen=True)
class Erased:
    """What one `/forget` removed, per kind; `schedules` lists the ids of the broadcasts cancelled with it."""

    counts: dict[str, int]
    schedules: tuple[int, ...] = ()


@dataclass(frozen=True)
class HeldData:
    """What the bot holds about one person (`/mydata`)."""

    contacts: tuple[str, ...]
    drafts: int
    feedback: int
    schedules: int
    threads: int
    messages_in_progress: int


class Privacy:
    """Erasure and disclosure (a part of `Store`)."""

    engine: AsyncEngine
    _session: Sessions

    async def forget_user(self, platform: str, user_id: str) -> Erased:
        """Erase everything this person told the bot, everywhere, in one transaction."""
        counts: dict[str, int] = {}
        async with self._session.begin() as s:
            counts["contacts"] = (await s.execute(
                delete(ContactRow).filter_by(platform=platform, owner_id=user_id))).rowcount
            counts["feedback"] = (await s.execute(
                delete(FeedbackRow).filter_by(platform=platform, user_id=user_id))).rowcount
            convs = select(ConversationRow.id).filter_by(platform=platform, user_id=user_id).scalar_subquery()
            counts["drafts"] = (await s.execute(
                delete(GreetingRow).where(GreetingRow.conversation_id.in_(convs)))).rowcount
            # Emptied, not deleted: the turn asking for this is saving its (reset) state into one of them.
            await s.execute(update(ConversationRow).filter_by(platform=platform, user_id=user_id).values(state={}))
            counts["threads"] = await _delete_threads(s, platform, lambda state: state.get("owner") == user_id)
            ids = tuple((await s.scalars(select(ScheduleRow.id).filter_by(platform=platform, owner_id=user_id))).all())
            await s.execute(delete(OutboxRow).where(OutboxRow.schedule_id.in_(ids)))
            counts["schedules"] = (await s.execute(delete(ScheduleRow).where(ScheduleRow.id.in_(ids)))).rowcount
            counts["messages"] = await _scrub_inbox(s, platform, user_id, lambda text: True)
        return Erased(counts, ids)

    async def forget_name(self, platform: str, user_id: str, name: str) -> Erased:
        """Erase one recipient from everything this person stored: the contact, the drafts and threads for them,
        them as a broadcast's recipient (a broadcast left with nobody is cancelled), and messages naming them."""
        counts: dict[str, int] = {}
        cancelled: list[int] = []
        async with self._session.begin() as s:
            counts["contacts"] = (await s.execute(
                delete(ContactRow).filter_by(platform=platform, owner_id=user_id, name=name))).rowcount
            convs = select(ConversationRow.id).filter_by(platform=platform, user_id=user_id).scalar_subquery()
            drafts = select(GreetingRow.id).where(GreetingRow.conversation_id.in_(convs), GreetingRow.recipient == name)
            await s.execute(delete(FeedbackRow).where(FeedbackRow.platform == platform, FeedbackRow.user_id == user_id,
                                                      FeedbackRow.greeting_id.in_(drafts.scalar_subquery())))
            counts["drafts"] = (await s.execute(delete(GreetingRow).where(
                GreetingRow.conversation_id.in_(convs), GreetingRow.recipient == name))).rowcount
            for conv in (await s.scalars(select(ConversationRow).filter_by(platform=platform, user_id=user_id))).all():
                if _mentions(conv.state, name):  # drafts or a follow-up about them in an open conversation
                    conv.state = {}
            counts["threads"] = await _delete_threads(
                s, platform, lambda state: state.get("owner") == user_id and state.get("name") == name)
            counts["schedules"] = 0
            for row in (await s.scalars(select(ScheduleRow).filter_by(platform=platform, owner_id=user_id))).all():
                kept = [r for r in row.recipients if r.get("name") != name]
                if len(kept) == len(row.recipients):
                    continue
                counts["schedules"] += 1
                await s.execute(delete(OutboxRow).where(OutboxRow.schedule_id == row.id, OutboxRow.recipient == name))
                if kept:
                    row.recipients = kept
                else:
                    cancelled.append(row.id)
                    await s.execute(delete(OutboxRow).where(OutboxRow.schedule_id == row.id))
                    await s.delete(row)
            counts["messages"] = await _scrub_inbox(s, platform, user_id, lambda text: name in text)
        return Erased(counts, tuple(cancelled))

    async def held_data(self, platform: str, user_id: str) -> HeldData:
        async with self._session() as s:
            names = tuple((await s.scalars(select(ContactRow.name).filter_by(platform=platform, owner_id=user_id)
                                           .order_by(ContactRow.updated_at.desc()))).all())
            convs = select(ConversationRow.id).filter_by(platform=platform, user_id=user_id).scalar_subquery()
            drafts = await s.scalar(select(func.count()).select_from(GreetingRow)
                                    .where(GreetingRow.conversation_id.in_(convs)))
            feedback = await s.scalar(select(func.count()).select_from(FeedbackRow)
                                      .filter_by(platform=platform, user_id=user_id))
            schedules = await s.scalar(select(func.count()).select_from(ScheduleRow)
                                       .filter_by(platform=platform, owner_id=user_id))
            threads = sum(1 for state in (await s.scalars(_threads(platform))).all()
                          if (state or {}).get("owner") == user_id)
            waiting = sum(1 for row in (await s.scalars(_inbox_of(platform, user_id))).all()
                          if (row.payload or {}).get("text"))
        return HeldData(names, drafts or 0, feedback or 0, schedules or 0, threads, waiting)


def _threads(platform: str):  # type: ignore[no-untyped-def]
    return select(ConversationRow.state).where(ConversationRow.platform == platform,
                                                ConversationRow.user_id.startswith(BOT_RECORD))


def _inbox_of(platform: str, user_id: str):  # type: ignore[no-untyped-def]
    # The inbox's `conversation` is "platform chat user": a person's rows in every chat end with their id.
    return select(InboxRow).where(InboxRow.platform == platform,
                                  InboxRow.conversation.endswith(f" {user_id}", autoescape=True))


async def _delete_threads(s: AsyncSession, platform: str, whose: Any) -> int:
    rows = (await s.scalars(select(ConversationRow).where(ConversationRow.platform == platform,
                                                          ConversationRow.user_id.startswith(BOT_RECORD)))).all()
    gone = [r for r in rows if whose(r.state or {})]
    for row in gone:
        await s.delete(row)
    return len(gone)


async def _scrub_inbox(s: AsyncSession, platform: str, user_id: str, matches: Any) -> int:
    """Drop the text of this person's messages (and the replies stored for them) from the inbox; the row and its
    dedupe key stay, so a redelivery is still recognised."""
    scrubbed = 0
    for row in (await s.scalars(_inbox_of(platform, user_id))).all():
        payload = dict(row.payload or {})
        if payload.get("user_id") != user_id or not matches(str(payload.get("text") or "") + json.dumps(
                row.replies or [], ensure_ascii=False)):
            continue
        payload.update(text="", replied_text="")
        row.payload = payload
        if row.status in ("done", "failed"):  # replies still to be sent stay until they are
            row.replies = None
        scrubbed += 1
    return scrubbed


def _mentions(state: dict[str, Any], name: str) -> bool:
    return bool(state) and name in json.dumps(state, ensure_ascii=False)
