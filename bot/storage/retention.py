"""Retention (issue 15): what the database forgets, and when; `Retention.sweep` does one pass (a part of `Store`).

- A finished inbox row keeps its dedupe key (platform, event id) and ids for `inbox_keys_s`, then goes.
- A finished row that still holds text (left by a version before this rule) loses it.
- A DingTalk sessionWebhook whose expiry has passed is dropped wherever a context holds it: open inbox rows (the
  message and its stored replies), outbox rows, schedules (the owner's context and the recipients').
- Expired webhook signatures go.
- Console logins go once they have expired or ended (a day later, so the overview can still show them); the console's
  audit log keeps each entry for `console_audit_s` (who did what from where is personal data too).

JSON is edited in Python over batches of selected rows (SQLite and PostgreSQL differ in their JSON functions), each
batch one short transaction, and each row written back only if it is still as read (a compare on its JSON text):
a worker that finished or re-stored a row meanwhile wins, and the next sweep looks again.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Text,
    and_,
    cast,
    delete,
    null,
    or_,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.orm import InstrumentedAttribute

from bot.storage.inbox import kept_payload
from bot.storage.tables import AuditRow, ConsoleSessionRow, InboxRow, OutboxRow, ScheduleRow, SignatureRow
from bot.storage.turns import Sessions

FINISHED = ("done", "failed")
OPEN = ("pending", "claimed", "replied")
HOOK, HOOK_EXPIRES = "sessionWebhook", "sessionWebhookExpiredTime"
# What one sweep reports, in this order: the metric's `what` label and the log line's keys.
SWEPT = ("inbox_keys", "inbox_text", "session_webhooks", "webhook_signatures", "console_sessions", "console_audit")

# (new values, how many things were removed) from the JSON values of one row, column by column.
Edit = Callable[[list[Any]], tuple[list[Any], int]]


@dataclass(frozen=True)
class RetentionWindows:
    """How long things are kept, in seconds, and how many rows one write transaction touches."""

    inbox_keys_s: float
    console_audit_s: float = 90 * 86400
    # Short transactions: on SQLite the sweep's writes share the one writer with the webhooks' inserts.
    batch: int = 500


class Retention:
    """The retention sweep (a part of `Store`)."""

    engine: AsyncEngine
    _session: Sessions

    async def sweep(self, now: datetime, windows: RetentionWindows) -> dict[str, int]:
        """Forget what is past its time; how many of each kind (`SWEPT`) were removed."""
        cutoff = now - timedelta(seconds=windows.inbox_keys_s)
        counts = {"inbox_keys": await self._drop_finished(cutoff, windows.batch),
                  "inbox_text": await self._scrub_finished(windows.batch),
                  "session_webhooks": await self._drop_expired_webhooks(now, windows.batch)}
        async with self._session.begin() as s:
            counts["webhook_signatures"] = (await s.execute(
                delete(SignatureRow).where(SignatureRow.expires_at < now))).rowcount
            day_ago = now - timedelta(days=1)
            counts["console_sessions"] = (await s.execute(delete(ConsoleSessionRow).where(
                or_(ConsoleSessionRow.expires_at < day_ago, ConsoleSessionRow.ended_at < day_ago)))).rowcount
            counts["console_audit"] = (await s.execute(delete(AuditRow).where(
                AuditRow.at < now - timedelta(seconds=windows.console_audit_s)))).rowcount
        return counts

    async def _drop_finished(self, cutoff: datetime, batch: int) -> int:
        """Finished rows past the dedupe window; the platform will not redeliver their events any more."""
        removed = 0
        while True:
            async with self._session.begin() as s:
                ids = (await s.scalars(select(InboxRow.id).where(
                    InboxRow.status.in_(FINISHED), InboxRow.done_at < cutoff).order_by(InboxRow.id).limit(batch))).all()
                if not ids:
                    return removed
                removed += (await s.execute(delete(InboxRow).where(
                    InboxRow.id.in_(ids), InboxRow.status.in_(FINISHED)))).rowcount

    async def _scrub_finished(self, batch: int) -> int:
        """Finished rows that still hold text, replies or a context: kept as `kept_payload`, without replies."""
        def scrub(values: list[Any]) -> tuple[list[Any], int]:
            payload, replies = values
            kept = kept_payload(payload or {})
            return [kept, None], int(kept != payload or replies is not None)

        leftover = or_(_text(InboxRow.payload).like('%"text"%'), _text(InboxRow.payload).like('%"context"%'),
                       InboxRow.replies.is_not(None))
        return await self._rewrite(InboxRow, [InboxRow.payload, InboxRow.replies],
                                   and_(InboxRow.status.in_(FINISHED), leftover), scrub, batch)

    async def _drop_expired_webhooks(self, now: datetime, batch: int) -> int:
        now_ms = now.timestamp() * 1000

        def in_message(values: list[Any]) -> tuple[list[Any], int]:
            payload, replies = values
            n = _strip(payload.get("context"), now_ms)
            return [payload, replies], n + sum(_strip(r.get("context"), now_ms) for r in replies or [])

        def in_context(values: list[Any]) -> tuple[list[Any], int]:
            return values, _strip(values[0], now_ms)

        def in_schedule(values: list[Any]) -> tuple[list[Any], int]:
            owner, recipients = values
            return values, _strip(owner, now_ms) + sum(_strip(r.get("context"), now_ms) for r in recipients or [])

        def holds(*columns: InstrumentedAttribute[Any]) -> ColumnElement[bool]:
            return or_(*(_text(c).like(f"%{HOOK}%") for c in columns))

        return (await self._rewrite(InboxRow, [InboxRow.payload, InboxRow.replies],
                                    and_(InboxRow.status.in_(OPEN), holds(InboxRow.payload, InboxRow.replies)),
                                    in_message, batch)
                + await self._rewrite(OutboxRow, [OutboxRow.context], holds(OutboxRow.context), in_context, batch)
                + await self._rewrite(ScheduleRow, [ScheduleRow.owner_context, ScheduleRow.recipients],
                                      holds(ScheduleRow.owner_context, ScheduleRow.recipients), in_schedule, batch))

    async def _rewrite(self, table: type[Any], columns: Sequence[InstrumentedAttribute[Any]],
                       where: ColumnElement[bool], edit: Edit, batch: int) -> int:
        """Apply `edit` to the JSON columns of every row matching `where`, a batch per transaction, by id (so rows
        the edit leaves alone are passed once); a row is written only if its JSON is still as read."""
        removed, after = 0, 0
        while True:
            async with self._session.begin() as s:
                rows = (await s.execute(select(table.id, *(_text(c) for c in columns))
                                        .where(where, table.id > after).order_by(table.id).limit(batch))).all()
                if not rows:
                    return removed
                for row_id, *raws in rows:
                    values, n = edit([json.loads(raw) if raw is not None else None for raw in raws])
                    if not n:
                        continue
                    same = [_text(c).is_(None) if raw is None else _text(c) == raw for c, raw in zip(columns, raws)]
                    written = await s.execute(update(table).where(table.id == row_id, *same).values(
                        {c.key: null() if v is None else v for c, v in zip(columns, values)})
                        .execution_options(synchronize_session=False))
                    removed += n if written.rowcount == 1 else 0
                after = rows[-1][0]


def _text(column: InstrumentedAttribute[Any]) -> ColumnElement[str]:
    """A JSON column as its stored text: the same on SQLite (TEXT) and PostgreSQL (json keeps its input text)."""
    return cast(column, Text)


def _strip(context: Any, now_ms: float) -> int:
    """Drop an expired sessionWebhook (or one without a readable expiry, which DingTalk's adapter would not use
    either) from `context`, in place; 1 when one was dropped."""
    if not isinstance(context, dict) or HOOK not in context:
        return 0
    expires = str(context.get(HOOK_EXPIRES, ""))
    if expires.isdigit() and int(expires) > now_ms:
        return 0
    context.pop(HOOK, None)
    context.pop(HOOK_EXPIRES, None)
    return 1
