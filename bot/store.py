"""Durable state: conversations, greetings, contacts, the inbox, schedules and the outbox (SQLAlchemy 2 async).

SQLite in the data directory by default; any SQLAlchemy async URL (PostgreSQL through asyncpg) works the same.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON, Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint, delete, event, exists, func, or_,
    select, update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, aliased, mapped_column

from bot.domain import Button, Drafts, GreetingRequest, IncomingMessage, OutgoingMessage, Slots


def _now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON}


class ConversationRow(Base):
    __tablename__ = "conversations"
    __table_args__ = (UniqueConstraint("platform", "chat_id", "user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    chat_id: Mapped[str] = mapped_column(String(128))
    user_id: Mapped[str] = mapped_column(String(128))
    state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Bumped on every save; a save from a stale read fails instead of overwriting a newer turn.
    version: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class GreetingRow(Base):
    __tablename__ = "greetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    recipient: Mapped[str] = mapped_column(String(128))
    slots: Mapped[dict[str, Any]] = mapped_column(JSON)
    holiday: Mapped[dict[str, Any]] = mapped_column(JSON)
    text: Mapped[str] = mapped_column(Text)
    backend: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    chosen_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # 👍 +1 / 👎 -1 on the batch the user saw; the raw material of the preference profile and training.
    feedback: Mapped[int | None] = mapped_column(Integer, nullable=True)


class ContactRow(Base):
    __tablename__ = "contacts"
    # scope "dm" or a group's chat id: what was told in a DM never surfaces in a group.
    __table_args__ = (UniqueConstraint("platform", "owner_id", "scope", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    owner_id: Mapped[str] = mapped_column(String(128))
    scope: Mapped[str] = mapped_column(String(128))
    name: Mapped[str] = mapped_column(String(128))
    slots: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now)


class FeedbackRow(Base):
    """One reaction to one draft (👍, 👎, used as is, edited before sending): `bot.feedback.FeedbackEvent` as JSON."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(16))
    greeting_id: Mapped[int] = mapped_column(Integer, index=True)
    event: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, index=True)


class InboxRow(Base):
    """A received message, stored before the platform gets its 200; processed once, even across restarts."""

    __tablename__ = "inbox"
    __table_args__ = (UniqueConstraint("platform", "event_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    event_id: Mapped[str] = mapped_column(String(128))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    # "platform chat user": a person's messages are claimed one at a time, oldest first, whichever replica asks.
    conversation: Mapped[str | None] = mapped_column(String(300), nullable=True, index=True)
    # pending → claimed (leased) → replied (replies stored, sending) → done | failed
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    lease_owner: Mapped[str | None] = mapped_column(String(64), nullable=True)
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    replies: Mapped[list[Any] | None] = mapped_column(JSON, nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class ScheduleRow(Base):
    """A broadcast the owner asked for: when (a holiday or a date, at a local time), to whom, how."""

    __tablename__ = "schedules"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    owner_id: Mapped[str] = mapped_column(String(128), index=True)
    # Where the owner asked (reports go there) and the contact scope the recipients' details come from.
    owner_chat: Mapped[str] = mapped_column(String(128))
    owner_context: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    scope: Mapped[str] = mapped_column(String(128))
    holiday: Mapped[str | None] = mapped_column(String(32), nullable=True)
    on_date: Mapped[str | None] = mapped_column(String(10), nullable=True)  # ISO date when not a holiday
    at: Mapped[str] = mapped_column(String(5))  # "20:00", owner's local time
    timezone: Mapped[str] = mapped_column(String(64))
    recurring: Mapped[bool] = mapped_column(Boolean, default=False)
    recipients: Mapped[list[Any]] = mapped_column(JSON)  # [{"name", "chat_id", "context", "kind"}]
    style: Mapped[str | None] = mapped_column(String(16), nullable=True)
    preview: Mapped[bool] = mapped_column(Boolean, default=False)
    # active | awaiting_approval | missed | cancelled | done
    status: Mapped[str] = mapped_column(String(20), default="active", index=True)
    next_occurrence: Mapped[str | None] = mapped_column(String(10), nullable=True)
    next_fire_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class OutboxRow(Base):
    """One message to send on behalf of a schedule; `key` makes a second fire of the same job a no-op."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)  # schedule:occurrence:recipient
    schedule_id: Mapped[int] = mapped_column(ForeignKey("schedules.id", ondelete="CASCADE"), index=True)
    occurrence: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(16))  # greeting | forward | report | notice
    recipient: Mapped[str] = mapped_column(String(128))
    platform: Mapped[str] = mapped_column(String(32))
    chat_id: Mapped[str] = mapped_column(String(128))
    context: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # held (preview, not approved) → ready (approved, waits for its time) → pending → claimed (writing) →
    # sending (handed to the platform) → sent | failed. A crash while "sending" leaves the outcome unknown:
    # see `recover_outbox`.
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    text: Mapped[str | None] = mapped_column(Text, nullable=True)  # written once, resent as is on a retry
    buttons: Mapped[list[Any] | None] = mapped_column(JSON, nullable=True)
    backend: Mapped[str | None] = mapped_column(String(16), nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    lease_owner: Mapped[str | None] = mapped_column(String(64), nullable=True)
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class AdapterRow(Base):
    """A LoRA adapter the bot can be served with: candidate → serving → retired, or rejected by the gates."""

    __tablename__ = "adapters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)  # the served name, versioned: greet-v3
    parent: Mapped[str | None] = mapped_column(String(64), nullable=True)
    path: Mapped[str] = mapped_column(Text)
    method: Mapped[str] = mapped_column(String(8))  # sft | dpo | kto
    data_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    data_rows: Mapped[int] = mapped_column(Integer, default=0)
    feedback_upto: Mapped[int] = mapped_column(Integer, default=0)  # feedback ids up to this one were used
    metrics: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(16), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    served_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class LockRow(Base):
    """A named lock with a holder and an expiry, for jobs that must never run twice at once (the learning cycle)."""

    __tablename__ = "locks"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    holder: Mapped[str | None] = mapped_column(String(64), nullable=True)
    until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


OUTBOX_OPEN = ("held", "ready", "pending", "claimed", "sending")


@dataclass
class InboxItem:
    id: int
    message: IncomingMessage
    status: str
    attempts: int
    replies: list[OutgoingMessage] | None
    lease: str | None = None  # the claim token: writes back only count while the lease is still ours


@dataclass(frozen=True)
class ConversationKey:
    platform: str
    chat_id: str
    user_id: str


@dataclass
class Conversation:
    id: int
    key: ConversationKey
    state: dict[str, Any]
    version: int


class StaleConversation(RuntimeError):
    """The conversation changed since it was loaded (another turn saved first)."""


class Store:
    """All reads and writes of greetbot's durable state."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._session = async_sessionmaker(engine, expire_on_commit=False)

    @classmethod
    async def open(cls, url: str, *, migrate: bool | None = None) -> Store:
        """Connect, and check the schema is the code's: upgraded in place when `migrate` (default: for SQLite,
        the embedded single-user case), refused with `SchemaOutdated` otherwise (a shared database)."""
        from bot import migrate as migrations

        sqlite = url.startswith("sqlite")
        engine = make_engine(url)
        try:
            await migrations.ensure(engine, auto=sqlite if migrate is None else migrate)
        except BaseException:
            await engine.dispose()
            raise
        return cls(engine)

    async def close(self) -> None:
        await self.engine.dispose()

    async def load_conversation(self, key: ConversationKey) -> Conversation:
        """The conversation for this person in this chat, created empty on first contact."""
        for attempt in range(2):
            try:
                async with self._session.begin() as s:
                    row = await s.scalar(select(ConversationRow).filter_by(**key.__dict__))
                    if row is None:
                        row = ConversationRow(**key.__dict__, state={}, version=0)
                        s.add(row)
                        await s.flush()
                    return Conversation(row.id, key, json.loads(json.dumps(row.state)), row.version)
            except IntegrityError:  # created at the same moment by another turn or replica: read theirs
                if attempt:
                    raise
        raise AssertionError("unreachable")

    async def save_conversation(self, conv: Conversation) -> None:
        """Write the new state if nobody saved since it was loaded; raise `StaleConversation` otherwise."""
        async with self._session.begin() as s:
            result = await s.execute(
                update(ConversationRow)
                .where(ConversationRow.id == conv.id, ConversationRow.version == conv.version)
                .values(state=conv.state, version=conv.version + 1, updated_at=_now())
            )
            if result.rowcount != 1:
                raise StaleConversation(f"conversation {conv.id} changed since version {conv.version}")
        conv.version += 1

    async def add_greetings(self, conversation_id: int, request: GreetingRequest, drafts: Drafts) -> list[int]:
        async with self._session.begin() as s:
            rows = [
                GreetingRow(
                    conversation_id=conversation_id, recipient=request.slots.name or "", slots=request.slots.to_dict(),
                    holiday=drafts.holiday.to_json(), text=text, backend=drafts.backend,
                )
                for text in drafts.texts
            ]
            s.add_all(rows)
            await s.flush()
            return [r.id for r in rows]

    async def mark_chosen(self, greeting_id: int) -> None:
        async with self._session.begin() as s:
            await s.execute(update(GreetingRow).where(GreetingRow.id == greeting_id).values(chosen_at=_now()))

    async def set_feedback(self, greeting_ids: list[int], value: int) -> None:
        async with self._session.begin() as s:
            await s.execute(update(GreetingRow).where(GreetingRow.id.in_(greeting_ids)).values(feedback=value))

    async def greetings_for(self, conversation_id: int) -> list[GreetingRow]:
        async with self._session() as s:
            rows = await s.scalars(
                select(GreetingRow).where(GreetingRow.conversation_id == conversation_id).order_by(GreetingRow.id)
            )
            return list(rows)

    async def save_contact(self, platform: str, owner_id: str, scope: str, slots: Slots) -> None:
        """Remember what the user told about a recipient, for the next greeting to the same person."""
        if not slots.name:
            return
        data = {k: v for k, v in slots.known().items() if k in ("relation", "relation_category", "details", "style")}
        data = {k: v for k, v in data.items() if v != ""}  # an empty default never overwrites a real detail
        async with self._session.begin() as s:
            row = await s.scalar(
                select(ContactRow).filter_by(platform=platform, owner_id=owner_id, scope=scope, name=slots.name)
            )
            if row is None:
                s.add(ContactRow(platform=platform, owner_id=owner_id, scope=scope, name=slots.name, slots=data))
            else:
                row.slots = {**row.slots, **data}

    async def find_contact(self, platform: str, owner_id: str, scope: str, name: str) -> Slots | None:
        return contact_slots(name, await self.contact_memory(platform, owner_id, scope, name))

    async def contact_memory(self, platform: str, owner_id: str, scope: str, name: str) -> dict[str, Any] | None:
        """Everything remembered about one recipient: their slots, and the last greeting sent (`last_sent`)."""
        async with self._session() as s:
            row = await s.scalar(
                select(ContactRow).filter_by(platform=platform, owner_id=owner_id, scope=scope, name=name)
            )
            return dict(row.slots) if row else None

    async def remember_sent(self, platform: str, owner_id: str, scope: str, name: str, sent: dict[str, Any]) -> None:
        async with self._session.begin() as s:
            row = await s.scalar(
                select(ContactRow).filter_by(platform=platform, owner_id=owner_id, scope=scope, name=name)
            )
            if row is not None:
                row.slots = {**row.slots, "last_sent": sent}

    async def contacts_of(self, platform: str, owner_id: str, scope: str) -> list[tuple[str, dict[str, Any]]]:
        async with self._session() as s:
            rows = await s.scalars(select(ContactRow).filter_by(platform=platform, owner_id=owner_id, scope=scope)
                                   .order_by(ContactRow.updated_at.desc()))
            return [(r.name, dict(r.slots)) for r in rows]

    async def forget_contact(self, platform: str, owner_id: str, name: str) -> int:
        """Erase one recipient in every chat the owner told us about them; the number of records erased."""
        async with self._session.begin() as s:
            result = await s.execute(delete(ContactRow).filter_by(platform=platform, owner_id=owner_id, name=name))
            return result.rowcount

    async def forget_user(self, platform: str, user_id: str) -> dict[str, int]:
        """Erase what this user stored: contacts, feedback, drafts, and what their conversations remember."""
        async with self._session.begin() as s:
            contacts = (await s.execute(delete(ContactRow).filter_by(platform=platform, owner_id=user_id))).rowcount
            feedback = (await s.execute(delete(FeedbackRow).filter_by(platform=platform, user_id=user_id))).rowcount
            convs = select(ConversationRow.id).filter_by(platform=platform, user_id=user_id).scalar_subquery()
            greetings = (await s.execute(delete(GreetingRow).where(GreetingRow.conversation_id.in_(convs)))).rowcount
            # Emptied, not deleted: the turn asking for this is saving its (reset) state into one of them.
            await s.execute(update(ConversationRow).filter_by(platform=platform, user_id=user_id).values(state={}))
        return {"contacts": contacts, "feedback": feedback, "greetings": greetings}

    # Feedback ------------------------------------------------------------------------------------

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

    async def enqueue(self, msg: IncomingMessage) -> bool:
        """Store a received message; False when this platform event was stored before (a redelivery)."""
        try:
            async with self._session.begin() as s:
                s.add(InboxRow(platform=msg.platform, event_id=msg.event_id or f"{msg.chat_id}:{msg.message_id}",
                               payload=msg.to_json(), conversation=f"{msg.platform} {msg.chat_id} {msg.user_id}"))
        except IntegrityError:
            return False
        return True

    async def claim(self, owner: str, *, limit: int = 16, lease_s: float = 60.0) -> list[InboxItem]:
        """Lease up to `limit` unfinished items (pending, or whose lease ran out) to `owner`, oldest first.

        One conditional UPDATE tagged with a fresh claim token: of two claimers only one can match a row, and the
        webhooks' inserts wait for one short write transaction per batch, not one per item.
        """
        now = _now()
        token = f"{owner}:{uuid.uuid4().hex[:12]}"
        open_ = InboxRow.status.in_(("pending", "claimed", "replied"))
        free = or_(InboxRow.status == "pending", InboxRow.lease_until.is_(None), InboxRow.lease_until < now)
        async with self._session.begin() as s:
            # PostgreSQL: rows another replica is claiming right now are skipped, not waited for (SQLite has one
            # writer at a time and ignores the clause).
            # A CTE, evaluated once: as a plain IN (subquery) PostgreSQL may re-run it per row and claim them all.
            # Only the oldest unfinished message of each conversation: its next one waits until it is done, so two
            # replicas never answer one person out of order (or at once).
            older = aliased(InboxRow)
            first = ~exists().where(older.conversation == InboxRow.conversation, older.id < InboxRow.id,
                                    older.status.in_(("pending", "claimed", "replied")))
            picked = (select(InboxRow.id).where(open_, free, first).order_by(InboxRow.id).limit(limit)
                      .with_for_update(skip_locked=True).cte("picked"))
            candidates = select(picked.c.id)
            await s.execute(
                update(InboxRow).where(InboxRow.id.in_(candidates), open_, free)
                .values(lease_owner=token, lease_until=now + timedelta(seconds=lease_s),
                        status=func.coalesce(func.nullif(InboxRow.status, "pending"), "claimed"),
                        attempts=InboxRow.attempts + 1)
                .execution_options(synchronize_session=False)
            )
            rows = await s.scalars(select(InboxRow).where(InboxRow.lease_owner == token).order_by(InboxRow.id))
            return [_item(row) for row in rows]

    async def store_replies(self, item_id: int, replies: list[OutgoingMessage]) -> None:
        """The turn is done and its state saved; from here a retry only resends, never reruns the turn."""
        async with self._session.begin() as s:
            await s.execute(update(InboxRow).where(InboxRow.id == item_id)
                            .values(status="replied", replies=[_reply_json(r) for r in replies]))

    async def finish(self, item_id: int, *, error: str | None = None, failed: bool = False,
                     retry_in_s: float = 0.0, lease: str | None = None) -> bool:
        """Done, failed for good, or (with an error) left for a retry no sooner than `retry_in_s` from now.

        With `lease`, only while the item is still leased to that claim: a worker whose lease ran out (and whose
        item another replica took over) does not overwrite the new owner's outcome. False when it did not count.
        """
        async with self._session.begin() as s:
            values: dict[str, Any] = {"lease_owner": None, "error": error,
                                      "lease_until": _now() + timedelta(seconds=retry_in_s) if retry_in_s else None}
            if failed or error is None:
                values |= {"status": "failed" if failed else "done", "done_at": _now(), "lease_until": None}
            q = update(InboxRow).where(InboxRow.id == item_id)
            if lease is not None:
                q = q.where(InboxRow.lease_owner == lease)
            return (await s.execute(q.values(**values))).rowcount == 1

    async def inbox_counts(self) -> dict[str, int]:
        async with self._session() as s:
            rows = await s.execute(select(InboxRow.status, func.count()).group_by(InboxRow.status))
            return {status: n for status, n in rows.all()}


    # Schedules and the outbox ---------------------------------------------------------------------

    async def add_schedule(self, row: ScheduleRow) -> ScheduleRow:
        async with self._session.begin() as s:
            s.add(row)
            await s.flush()
            return row

    async def get_schedule(self, schedule_id: int) -> ScheduleRow | None:
        async with self._session() as s:
            return await s.get(ScheduleRow, schedule_id)

    async def schedules_of(self, platform: str, owner_id: str, *, open_only: bool = True) -> list[ScheduleRow]:
        async with self._session() as s:
            q = select(ScheduleRow).filter_by(platform=platform, owner_id=owner_id)
            if open_only:
                q = q.where(ScheduleRow.status.in_(("active", "awaiting_approval", "missed")))
            return list(await s.scalars(q.order_by(ScheduleRow.next_fire_at, ScheduleRow.id)))

    async def open_schedules(self) -> list[ScheduleRow]:
        async with self._session() as s:
            return list(await s.scalars(select(ScheduleRow).where(
                ScheduleRow.status.in_(("active", "awaiting_approval"))).order_by(ScheduleRow.id)))

    async def update_schedule(self, schedule_id: int, *, expect_status: tuple[str, ...] | None = None,
                              **values: Any) -> bool:
        """Set fields; with `expect_status`, only if the schedule is still in one of those states."""
        async with self._session.begin() as s:
            q = update(ScheduleRow).where(ScheduleRow.id == schedule_id)
            if expect_status is not None:
                q = q.where(ScheduleRow.status.in_(expect_status))
            return (await s.execute(q.values(**values))).rowcount == 1

    async def add_outbox(self, rows: list[dict[str, Any]]) -> int:
        """Insert rows whose key is new; an existing key (a second fire, a redone fan-out) is left alone."""
        if not rows:
            return 0
        insert = pg_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
        async with self._session.begin() as s:
            result = await s.execute(insert(OutboxRow).values(rows).on_conflict_do_nothing(index_elements=["key"]))
            return max(result.rowcount or 0, 0)

    async def set_outbox_status(self, schedule_id: int, occurrence: str | None, from_: tuple[str, ...],
                                to: str) -> int:
        async with self._session.begin() as s:
            q = update(OutboxRow).where(OutboxRow.schedule_id == schedule_id, OutboxRow.status.in_(from_))
            if occurrence is not None:
                q = q.where(OutboxRow.occurrence == occurrence)
            return (await s.execute(q.values(status=to))).rowcount

    async def outbox_of(self, schedule_id: int, occurrence: str | None = None) -> list[OutboxRow]:
        async with self._session() as s:
            q = select(OutboxRow).where(OutboxRow.schedule_id == schedule_id)
            if occurrence is not None:
                q = q.where(OutboxRow.occurrence == occurrence)
            return list(await s.scalars(q.order_by(OutboxRow.id)))

    async def claim_outbox(self, owner: str, *, limit: int = 32, lease_s: float = 120.0) -> list[OutboxRow]:
        """Lease sendable rows (pending, or claimed with a dead lease) to `owner`, oldest first; as `claim`."""
        now = _now()
        token = f"{owner}:{uuid.uuid4().hex[:12]}"
        free = or_(OutboxRow.status == "pending",
                   (OutboxRow.status == "claimed") & (OutboxRow.lease_until < now))
        due = or_(OutboxRow.lease_until.is_(None), OutboxRow.lease_until < now)
        async with self._session.begin() as s:
            picked = (select(OutboxRow.id).where(free, due).order_by(OutboxRow.id).limit(limit)
                      .with_for_update(skip_locked=True).cte("picked"))
            candidates = select(picked.c.id)
            await s.execute(
                update(OutboxRow).where(OutboxRow.id.in_(candidates), free, due)
                .values(lease_owner=token, lease_until=now + timedelta(seconds=lease_s), status="claimed",
                        attempts=OutboxRow.attempts + 1)
                .execution_options(synchronize_session=False))
            return list(await s.scalars(select(OutboxRow).where(OutboxRow.lease_owner == token)
                                        .order_by(OutboxRow.id)))

    async def outbox_text(self, row_id: int, text: str, backend: str) -> None:
        async with self._session.begin() as s:
            await s.execute(update(OutboxRow).where(OutboxRow.id == row_id).values(text=text, backend=backend))

    async def outbox_sending(self, row_id: int, token: str) -> bool:
        """Committed before the platform call, so a crash during it is known afterwards (False: lease lost)."""
        async with self._session.begin() as s:
            return (await s.execute(update(OutboxRow).where(OutboxRow.id == row_id, OutboxRow.lease_owner == token)
                                    .values(status="sending"))).rowcount == 1

    async def recover_outbox(self, idempotent_platforms: frozenset[str]) -> dict[str, int]:
        """Rows whose sender died during the platform call: resend where the platform drops a repeat of the same
        message (its idempotency key), and mark "uncertain" where it does not, since a resend there may be a
        duplicate greeting. Uncertain rows are reported to the owner, who can resend them with one tap.
        """
        now = _now()
        dead = (OutboxRow.status == "sending") & (OutboxRow.lease_until < now)
        async with self._session.begin() as s:
            resent = (await s.execute(update(OutboxRow).where(dead, OutboxRow.platform.in_(idempotent_platforms))
                                      .values(status="pending", lease_owner=None, lease_until=None))).rowcount
            uncertain = (await s.execute(update(OutboxRow).where(dead).values(
                status="uncertain", lease_owner=None, error="the bot restarted while sending; delivery unknown"))
            ).rowcount
        return {"resent": resent, "uncertain": uncertain}

    async def outbox_done(self, row_id: int, *, token: str | None = None, error: str | None = None,
                          failed: bool = False, retry_in_s: float = 0.0) -> bool:
        """Sent, failed for good, or back to pending for a retry; False if another claimer owns the row now."""
        async with self._session.begin() as s:
            q = update(OutboxRow).where(OutboxRow.id == row_id)
            if token is not None:
                q = q.where(OutboxRow.lease_owner == token)
            if error is None:
                values: dict[str, Any] = {"status": "sent", "sent_at": _now(), "error": None}
            elif failed:
                values = {"status": "failed", "error": error}
            else:
                values = {"status": "pending", "error": error, "lease_until": _now() + timedelta(seconds=retry_in_s)}
            return (await s.execute(q.values(lease_owner=None, **values))).rowcount == 1

    async def outbox_open_count(self, schedule_id: int, occurrence: str) -> int:
        async with self._session() as s:
            return await s.scalar(select(func.count(OutboxRow.id)).where(
                OutboxRow.schedule_id == schedule_id, OutboxRow.occurrence == occurrence,
                OutboxRow.status.in_(OUTBOX_OPEN), OutboxRow.kind.in_(("greeting", "forward")))) or 0

    async def occurrences_with(self, status: str) -> set[tuple[int, str]]:
        async with self._session() as s:
            rows = await s.execute(select(OutboxRow.schedule_id, OutboxRow.occurrence)
                                   .where(OutboxRow.status == status).distinct())
            return {(sid, occ) for sid, occ in rows.all()}

    async def outbox_counts(self, schedule_id: int | None = None) -> dict[str, int]:
        async with self._session() as s:
            q = select(OutboxRow.status, func.count()).group_by(OutboxRow.status)
            if schedule_id is not None:
                q = q.where(OutboxRow.schedule_id == schedule_id)
            return {status: n for status, n in (await s.execute(q)).all()}


    # Adapters and locks ---------------------------------------------------------------------------

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

    async def feedback_count(self, *, after_id: int = 0) -> tuple[int, int]:
        """(how many feedback events have an id above `after_id`, the highest id)."""
        async with self._session() as s:
            n, top = (await s.execute(select(func.count(FeedbackRow.id), func.max(FeedbackRow.id))
                                      .where(FeedbackRow.id > after_id))).one()
            return n, top or after_id

    async def acquire_lock(self, name: str, holder: str, *, ttl_s: float) -> bool:
        now = _now()
        insert = pg_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
        async with self._session.begin() as s:
            await s.execute(insert(LockRow).values(name=name, holder=None, until=None)
                            .on_conflict_do_nothing(index_elements=["name"]))
            taken = await s.execute(update(LockRow).where(
                LockRow.name == name, or_(LockRow.holder.is_(None), LockRow.until < now))
                .values(holder=holder, until=now + timedelta(seconds=ttl_s)))
            return taken.rowcount == 1

    async def release_lock(self, name: str, holder: str) -> None:
        async with self._session.begin() as s:
            await s.execute(update(LockRow).filter_by(name=name, holder=holder).values(holder=None, until=None))


def contact_slots(name: str, memory: dict[str, Any] | None) -> Slots | None:
    """A contact's remembered slots (its memory also holds `last_sent`, which is not a slot)."""
    return Slots.from_dict({**memory, "name": name}) if memory is not None else None


def make_engine(url: str) -> AsyncEngine:
    """The async engine for `url`: a SQLite file gets its directory and its pragmas, a server pre-pinged pools."""
    if not url.startswith("sqlite"):
        return create_async_engine(url, pool_pre_ping=True)
    if ":///" in url and ":memory:" not in url:
        Path(url.split(":///", 1)[1]).parent.mkdir(parents=True, exist_ok=True)
    engine = create_async_engine(url)
    event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    return engine


def _item(row: InboxRow) -> InboxItem:
    replies = [_reply_from_json(r) for r in row.replies] if row.replies is not None else None
    return InboxItem(row.id, IncomingMessage.from_json(row.payload), row.status, row.attempts, replies,
                     row.lease_owner)


def _reply_json(r: OutgoingMessage) -> dict[str, Any]:
    return {**r.__dict__, "buttons": [b.__dict__ for b in r.buttons]}


def _reply_from_json(d: dict[str, Any]) -> OutgoingMessage:
    return OutgoingMessage(**{**d, "buttons": tuple(Button(**b) for b in d.get("buttons", []))})


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # WAL lets the console and a server read while another writes; foreign keys are off by default in SQLite.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()
