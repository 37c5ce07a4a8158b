"""The durable inbox: every platform message is stored first (deduplicated by its event id), then claimed
under a lease by whichever worker asks, one person's messages in order, and finished with its replies.

A finished message keeps only its dedupe key and ids (`kept_payload`) until the retention sweep removes it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, timedelta
from typing import Any

from sqlalchemy import exists, func, null, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.orm import aliased

from bot.domain import Button, CardSpec, IncomingMessage, OutgoingMessage
from bot.storage.stats import count_hour
from bot.storage.tables import InboxRow, SignatureRow, _now
from bot.storage.turns import Sessions


@dataclass
class InboxItem:
    id: int
    message: IncomingMessage
    status: str
    attempts: int
    replies: list[OutgoingMessage] | None
    lease: str | None = None  # the claim token: writes back only count while the lease is still ours




class Inbox:
    """Reads and writes of the inbox (a part of `Store`)."""

    engine: AsyncEngine
    _session: Sessions

    async def enqueue(self, msg: IncomingMessage) -> bool:
        """Store a received message; False when this platform event was stored before (a redelivery)."""
        try:
            async with self._session.begin() as s:
                s.add(InboxRow(platform=msg.platform, event_id=msg.event_id or f"{msg.chat_id}:{msg.message_id}",
                               payload=msg.to_json(), conversation=f"{msg.platform} {msg.chat_id} {msg.user_id}"))
        except IntegrityError:
            return False
        return True

    async def signature_use(self, platform: str, key: str, body_sha256: str, *, ttl_s: float) -> str:
        """Record a webhook signature's use: "first", "same" (a redelivery of the same body) or "other" (a replay
        with another body). Shared by every replica; one insert per callback (the retention sweep removes expired
        signatures)."""
        now = _now()
        expires_at = now + timedelta(seconds=ttl_s)
        try:
            async with self._session.begin() as s:
                s.add(SignatureRow(platform=platform, key=key, body_sha256=body_sha256, expires_at=expires_at))
            return "first"
        except IntegrityError:
            async with self._session.begin() as s:
                # An expired pair the sweep has not reached yet is not a replay: it is used afresh.
                renewed = await s.execute(update(SignatureRow).filter_by(platform=platform, key=key)
                                          .where(SignatureRow.expires_at < now)
                                          .values(body_sha256=body_sha256, expires_at=expires_at))
                if renewed.rowcount == 1:
                    return "first"
                seen = await s.scalar(select(SignatureRow.body_sha256).filter_by(platform=platform, key=key))
            return "same" if seen == body_sha256 else "other"

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

    async def renew_leases(self, token: str, lease_s: float) -> int:
        """Extend every unfinished item of one claim (a heartbeat while its batch runs); how many are still ours."""
        async with self._session.begin() as s:
            renewed = await s.execute(update(InboxRow).where(
                InboxRow.lease_owner == token, InboxRow.status.in_(("claimed", "replied")))
                .values(lease_until=_now() + timedelta(seconds=lease_s)))
            return renewed.rowcount

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
        already = False  # finished before: a repeated finish is not another turn in the charts
        async with self._session.begin() as s:
            values: dict[str, Any] = {"lease_owner": None, "error": error,
                                      "lease_until": _now() + timedelta(seconds=retry_in_s) if retry_in_s else None}
            if failed or error is None:
                values |= {"status": "failed" if failed else "done", "done_at": _now(), "lease_until": None}
                # The turn is over: its text, context (a DingTalk sessionWebhook is a capability to post into the
                # chat) and replies go in the same write; what dedupe and audit need stays.
                before = (await s.execute(select(InboxRow.payload, InboxRow.status)
                                          .where(InboxRow.id == item_id))).first()
                payload, already = (before[0], before[1] in ("done", "failed")) if before else ({}, False)
                values |= {"replies": null(), "payload": kept_payload(payload or {})}
            q = update(InboxRow).where(InboxRow.id == item_id)
            if lease is not None:
                q = q.where(InboxRow.lease_owner == lease)
            counted = (await s.execute(q.values(**values).returning(InboxRow.platform))).first()
            if counted is not None and (failed or error is None) and not already:  # a turn's end, once, for charts
                await count_hour(s, self.engine.dialect.name, counted[0], "failed" if failed else "answered", _now())
            return counted is not None

    async def inbox_counts(self) -> dict[str, int]:
        async with self._session() as s:
            rows = await s.execute(select(InboxRow.status, func.count()).group_by(InboxRow.status))
            return {status: n for status, n in rows.all()}


# What a finished message keeps (with the row's status and times): its dedupe key and whose message it was.
KEPT_FIELDS = ("platform", "event_id", "message_id", "chat_id", "user_id")


def kept_payload(payload: dict[str, Any]) -> dict[str, Any]:
    """A finished message's payload: the ids in `KEPT_FIELDS`, nothing it said or could be answered through."""
    return {k: payload[k] for k in KEPT_FIELDS if k in payload}


def _item(row: InboxRow) -> InboxItem:
    replies = [_reply_from_json(r) for r in row.replies] if row.replies is not None else None
    received = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=UTC)  # SQLite: naive UTC
    message = replace(IncomingMessage.from_json(row.payload), received_at=received.timestamp())
    return InboxItem(row.id, message, row.status, row.attempts, replies, row.lease_owner)


def _reply_json(r: OutgoingMessage) -> dict[str, Any]:
    # A card is kept as what to draw; its pixels are drawn again at send time, never stored.
    return {**r.__dict__, "buttons": [b.__dict__ for b in r.buttons], "card": r.card.__dict__ if r.card else None,
            "image": None}


def _reply_from_json(d: dict[str, Any]) -> OutgoingMessage:
    card = d.get("card")
    return OutgoingMessage(**{**d, "buttons": tuple(Button(**b) for b in d.get("buttons", [])),
                              "card": CardSpec(**card) if card else None, "image": None})
