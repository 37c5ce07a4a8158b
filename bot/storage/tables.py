"""The tables: one mapped class per table (their history is in `migrations/`)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


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
    card: Mapped[bool] = mapped_column(Boolean, default=False)  # each greeting also goes as a card picture
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
    # Why the card of a card broadcast stayed home and the text went alone: font | render | refused (bot.cards).
    card_missed: Mapped[str | None] = mapped_column(String(16), nullable=True)


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


class SignatureRow(Base):
    """A webhook signature already used, with a digest of the body it signed: a platform whose signature does not
    cover the body (DingTalk) may see a pair once, with one body (a redelivery repeats the same body)."""

    __tablename__ = "webhook_signatures"

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    key: Mapped[str] = mapped_column(String(160), primary_key=True)
    body_sha256: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class BudgetRow(Base):
    """One send budget shared by every replica: the theoretical arrival time (epoch seconds, the database's clock)
    of the next send under `key` (GCRA: a send may go at tat - 1/rate - tolerance)."""

    __tablename__ = "send_budgets"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    tat: Mapped[float] = mapped_column(Float)


class ConsoleSessionRow(Base):
    """One login to the web console. The cookie carries the session id signed; only its SHA-256 is kept here, so a
    copy of the database holds no live session. Logging out or expiry ends it for every replica at once."""

    __tablename__ = "console_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 hex of the session id
    csrf: Mapped[str] = mapped_column(String(64))  # the token every form and action of this session must carry
    chat_id: Mapped[str] = mapped_column(String(64))  # the "Try it" conversation of this login
    address: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class AuditRow(Base):
    """What someone did in the web console: who, what, when, from where (never a password or a message's text)."""

    __tablename__ = "console_audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    address: Mapped[str | None] = mapped_column(String(64), nullable=True)
    session: Mapped[str | None] = mapped_column(String(16), nullable=True)  # first characters of the session's hash
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class HourlyCountRow(Base):
    """How many of something happened in one UTC hour on one platform (turns answered or failed): what the inbox
    forgets after a day, kept as counts for the console's 30-day charts. Hours, not days, so any whole-hour
    timezone can be charted by its own days."""

    __tablename__ = "hourly_counts"

    hour: Mapped[str] = mapped_column(String(13), primary_key=True)  # "2026-12-04T08", UTC
    platform: Mapped[str] = mapped_column(String(32), primary_key=True)
    metric: Mapped[str] = mapped_column(String(32), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)
