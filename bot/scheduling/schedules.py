"""Scheduled broadcasts: creating them from a chat request, their occurrences, the fan-out, previews and reports.

A schedule fires once per occurrence (a holiday's date at a local time). Firing writes one outbox row per
recipient, keyed by schedule, occurrence and recipient, so a second fire of the same occurrence adds nothing. The
outbox sender (`bot.scheduling.outbox`) writes and sends each row; when the last one is done the owner gets a report.
APScheduler (`bot.scheduling.runner`) only decides *when* to call `fire`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from time import monotonic
from typing import Any, Literal
from zoneinfo import ZoneInfo

from bot.domain import (
    Button,
    GreetingRequest,
    Holiday,
    IncomingMessage,
    OutgoingMessage,
    Slots,
)
from bot.followup import group_thread
from bot.reading.dialogue import with_defaults
from bot.scheduling.distinct import BroadcastTexts
from bot.scheduling.report import preview_message, report_buttons, report_text
from bot.scheduling.text import ScheduleSpec
from bot.storage.broadcasts import OUTBOX_OPEN
from bot.storage.store import Store
from bot.storage.tables import OutboxRow, ScheduleRow
from bot.writing import holidays
from bot.writing.compose import Backend, GreetingWriter

log = logging.getLogger(__name__)

Kind = Literal["group", "person", "forward"]
# Context keys that only make sense for the message that carried them (a tap, a reply, a short-lived webhook).
_TRANSIENT = ("callback_query_id", "message_id", "sessionWebhook", "sessionWebhookExpiredTime", "event")
SENDING_CACHE_S = 30.0


@dataclass(frozen=True)
class Recipient:
    """Who gets one greeting and where it is delivered.

    group: the chat's whole audience ("给这个群发"); person: one named person, delivered at `chat_id` (their own
    chat, or the group where the owner asked, addressed by name); forward: a person we have no address for: the
    greeting goes to the owner to pass on, and the report says so.
    """

    name: str
    chat_id: str
    kind: Kind
    context: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "chat_id": self.chat_id, "kind": self.kind, "context": self.context}


@dataclass(frozen=True)
class Owner:
    platform: str
    user_id: str
    chat_id: str
    is_group: bool
    context: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, msg: IncomingMessage) -> Owner:
        lasting = {k: v for k, v in msg.context.items() if k not in _TRANSIENT}
        return cls(msg.platform, msg.user_id, msg.chat_id, msg.is_group, lasting)

    @property
    def scope(self) -> str:
        return self.chat_id if self.is_group else "dm"


class ScheduleError(ValueError):
    """A schedule that cannot be made as asked (a time already past, an unknown holiday); the text says why."""


def recipients_for(spec: ScheduleSpec, owner: Owner) -> list[Recipient]:
    found: list[Recipient] = []
    if spec.to_this_chat or not spec.recipients:
        found.append(Recipient("大家" if owner.is_group else "你", owner.chat_id, "group", owner.context))
    for name in spec.recipients:
        kind: Kind = "person" if owner.is_group else "forward"
        found.append(Recipient(name, owner.chat_id, kind, owner.context))
    return found


def fire_time(row: ScheduleRow, day: date) -> datetime:
    hour, minute = (int(x) for x in row.at.split(":"))
    return datetime.combine(day, time(hour, minute), ZoneInfo(row.timezone)).astimezone(UTC)


def next_occurrence(row: ScheduleRow, after: datetime) -> tuple[date, datetime] | None:
    """The first occurrence whose fire time is later than `after`; None when a one-off's time has passed."""
    local = after.astimezone(ZoneInfo(row.timezone)).date()
    for _ in range(4):
        if row.holiday:
            day = holidays.resolve(row.holiday, local).date
        else:
            day = date.fromisoformat(row.on_date or "")
            if row.recurring:
                while day < local:
                    day = _same_day_in(day, day.year + 1)
        when = fire_time(row, day)
        if when > after:
            return day, when
        if not row.recurring and not row.holiday:
            return None
        local = day + timedelta(days=1)
    return None


def _same_day_in(day: date, year: int) -> date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return date(year, 2, 28)


def holiday_of(row: ScheduleRow, day: date) -> Holiday:
    if row.holiday:
        return holidays.resolve(row.holiday, day)
    same_day = [h for h in holidays.holidays_in_year(day.year) if h.date == day]
    return same_day[0] if same_day else holidays.next_holiday(day)


def describe(row: ScheduleRow) -> str:
    what = row.holiday or row.on_date or "?"
    names = "、".join(r["name"] if r["kind"] != "group" else ("本群" if r["name"] == "大家" else "你")
                     for r in row.recipients)
    flags = [f for f, on in (("每年", row.recurring), ("先预览", row.preview), ("带贺卡", row.card)) if on]
    when = f"（{row.next_occurrence}）" if row.next_occurrence else ""
    return " · ".join([f"#{row.id} {what}{when} {row.at}", names, *flags])


class Schedules:
    """The scheduling service the engine, the scheduler, the outbox sender and the CLI share."""

    def __init__(self, store: Store, writer: GreetingWriter, *, timezone: str = "Asia/Shanghai",
                 now: Callable[[], datetime] = lambda: datetime.now(UTC), backend: Backend = "auto",
                 write_concurrency: int = 4) -> None:
        self.store = store
        self.writer = writer
        self.timezone = timezone
        self.now = now
        self.backend = backend
        self._sending: dict[int, tuple[float, ScheduleRow, dict[str, dict[str, Any]]]] = {}
        self._texts = BroadcastTexts(store, writer, write_concurrency)  # one broadcast's greetings kept apart
        # Set by the scheduler and the outbox sender: "this schedule's next fire changed", "rows are waiting".
        self.on_planned: Callable[[ScheduleRow], None] = lambda row: None
        self.on_unplanned: Callable[[int], None] = lambda schedule_id: None
        self.on_outbox: Callable[[], None] = lambda: None

    # Creating, listing, cancelling ----------------------------------------------------------------

    async def create(self, owner: Owner, spec: ScheduleSpec, *, recipients: list[Recipient] | None = None,
                     timezone: str | None = None) -> ScheduleRow:
        if spec.holiday is None and spec.on_date is None:
            raise ScheduleError("哪天发？说个节日（除夕、春节、中秋……）或日期（12月31日）。")
        row = ScheduleRow(
            platform=owner.platform, owner_id=owner.user_id, owner_chat=owner.chat_id, owner_context=owner.context,
            scope=owner.scope, holiday=spec.holiday, on_date=spec.on_date.isoformat() if spec.on_date else None,
            at=spec.at.strftime("%H:%M"), timezone=timezone or self.timezone, recurring=spec.recurring,
            recipients=[r.to_json() for r in (recipients or recipients_for(spec, owner))], style=spec.style,
            preview=spec.preview, card=spec.card, status="awaiting_approval" if spec.preview else "active",
        )
        try:
            upcoming = next_occurrence(row, self.now())
        except holidays.UnknownHoliday:
            raise ScheduleError(f"我不认识「{spec.holiday}」这个节日，换个说法试试（除夕、春节、中秋……）。") from None
        if upcoming is None:
            raise ScheduleError(f"{row.on_date} {row.at} 已经过去了，换个时间吧。")
        row.next_occurrence, row.next_fire_at = upcoming[0].isoformat(), upcoming[1]
        row = await self.store.add_schedule(row)
        if spec.preview:
            await self._write_preview(row)
        self.on_planned(row)
        return row

    async def list(self, platform: str, owner_id: str) -> list[ScheduleRow]:
        return await self.store.schedules_of(platform, owner_id)

    async def cancel(self, platform: str, owner_id: str | None, schedule_id: int, *, in_chat: str | None = None) -> bool:
        """Cancel the owner's schedule; or (`owner_id` None) any schedule posting into `in_chat`, for its admins."""
        row = await self.store.get_schedule(schedule_id)
        if row is None or row.platform != platform or not (row.owner_id == owner_id if owner_id is not None else
                                                           in_chat is not None and row.scope == row.owner_chat == in_chat):
            return False  # someone else's schedule is as good as absent
        if not await self.store.update_schedule(schedule_id, expect_status=("active", "awaiting_approval", "missed"),
                                                status="cancelled"):
            return False
        await self.store.set_outbox_status(schedule_id, None, ("held", "ready", "pending"), "skipped")
        self.on_unplanned(schedule_id)
        return True

    async def approve(self, platform: str, owner_id: str, schedule_id: int) -> ScheduleRow | None:
        """The owner saw the preview: the held greetings go out at the time (at once if it has passed)."""
        row = await self.store.get_schedule(schedule_id)
        if row is None or (row.platform, row.owner_id) != (platform, owner_id) or row.status != "awaiting_approval":
            return None
        return await self.release(row)

    async def release(self, row: ScheduleRow) -> ScheduleRow | None:
        """The preview is decided: held or approved greetings go at the time (at once if past); rejected ones never."""
        await self.store.update_schedule(row.id, status="active")
        due = row.next_fire_at is not None and _aware(row.next_fire_at) <= self.now()
        await self.store.set_outbox_status(row.id, row.next_occurrence, ("held", "ready") if due else ("held",),
                                           "pending" if due else "ready")
        if due:
            await self._advance(row)
            self.on_outbox()
        return await self.store.get_schedule(row.id)

    # Firing ---------------------------------------------------------------------------------------

    async def fire(self, schedule_id: int, occurrence: str) -> int:
        """Fan one occurrence out to the outbox; idempotent (a duplicate fire adds nothing). Rows written."""
        row = await self.store.get_schedule(schedule_id)
        if row is None or row.status in ("cancelled", "done"):
            return 0
        if row.status == "awaiting_approval":
            written = await self._notice(row, occurrence, "unapproved",
                                         f"{describe(row)}：你还没确认预览，所以没有发出。确认后会马上补发。",
                                         (Button("确认发送", f"/schedule approve {row.id}"),
                                          Button("取消", f"/unschedule {row.id}")))
            return written
        written = await self.store.add_outbox([self._row(row, occurrence, i, r) for i, r in enumerate(row.recipients)])
        await self.store.set_outbox_status(schedule_id, occurrence, ("ready",), "pending")
        await self._advance(row)
        self.on_outbox()
        log.info("schedule %s occurrence %s fired: %s new outbox rows", row.id, occurrence, written)
        return written

    async def missed(self, schedule_id: int) -> None:
        """The time passed while the bot was down for longer than the grace: ask the owner instead of sending late."""
        row = await self.store.get_schedule(schedule_id)
        if row is None or row.status not in ("active",):
            return
        occurrence = row.next_occurrence or ""
        await self.store.update_schedule(schedule_id, status="missed")
        await self._notice(row, occurrence, "missed",
                           f"错过了 {describe(row)} 的发送时间（机器人当时没在运行）。现在补发吗？",
                           (Button("现在补发", f"/schedule send {row.id}"), Button("跳过", f"/schedule skip {row.id}")))
        self.on_outbox()

    async def resolve_missed(self, platform: str, owner_id: str, schedule_id: int, *, send: bool) -> bool:
        row = await self.store.get_schedule(schedule_id)
        if row is None or (row.platform, row.owner_id) != (platform, owner_id) or row.status != "missed":
            return False
        occurrence = row.next_occurrence or ""
        await self.store.update_schedule(schedule_id, status="active")
        if send:
            await self.fire(schedule_id, occurrence)
        else:
            await self._advance(row)
        return True

    async def resend_uncertain(self, platform: str, owner_id: str, schedule_id: int) -> int:
        row = await self.store.get_schedule(schedule_id)
        if row is None or (row.platform, row.owner_id) != (platform, owner_id):
            return 0
        n = await self.store.set_outbox_status(schedule_id, None, ("uncertain",), "pending")
        if n:
            self.on_outbox()
        return n

    async def _advance(self, row: ScheduleRow) -> None:
        """After an occurrence: plan the next one (recurring) or close the schedule."""
        upcoming = next_occurrence(row, _aware(row.next_fire_at) if row.next_fire_at else self.now()) \
            if row.recurring else None
        if upcoming is None:
            await self.store.update_schedule(row.id, expect_status=("active",), status="done", next_fire_at=None)
            self.on_unplanned(row.id)
            return
        await self.store.update_schedule(row.id, next_occurrence=upcoming[0].isoformat(), next_fire_at=upcoming[1])
        fresh = await self.store.get_schedule(row.id)
        if fresh is not None:
            self.on_planned(fresh)

    def _row(self, row: ScheduleRow, occurrence: str, index: int, r: dict[str, Any], *, status: str = "pending",
             text: str | None = None, backend: str | None = None) -> dict[str, Any]:
        forward = r["kind"] == "forward"
        return {
            "key": f"{row.id}:{occurrence}:{index}:{r['name']}", "schedule_id": row.id, "occurrence": occurrence,
            "kind": "forward" if forward else "greeting", "recipient": r["name"], "platform": row.platform,
            "chat_id": row.owner_chat if forward else r["chat_id"],
            "context": row.owner_context if forward else r.get("context", {}), "status": status, "text": text,
            "backend": backend, "attempts": 0,
        }

    async def _notice(self, row: ScheduleRow, occurrence: str, what: str, text: str,
                      buttons: tuple[Button, ...] = ()) -> int:
        if not row.owner_chat:
            return 0  # made in the web console: no chat to tell, the console's page is its preview and report
        return await self.store.add_outbox([{
            "key": f"{row.id}:{occurrence}:{what}", "schedule_id": row.id, "occurrence": occurrence, "kind": "notice",
            "recipient": row.owner_id, "platform": row.platform, "chat_id": row.owner_chat,
            "context": row.owner_context, "status": "pending", "text": text,
            "buttons": [b.__dict__ for b in buttons], "attempts": 0,
        }])

    # Writing --------------------------------------------------------------------------------------

    async def _for_sending(self, schedule_id: int) -> tuple[ScheduleRow, dict[str, dict[str, Any]]] | None:
        """The schedule and its recipients by name, read once per broadcast rather than once per row: a big
        broadcast's recipient list is large JSON, and every row of it needs the same read. Cancelling still
        counts at once: the sender only gets rows that cancellation has not marked skipped."""
        hit = self._sending.get(schedule_id)
        if hit is not None and monotonic() - hit[0] < SENDING_CACHE_S:
            return hit[1], hit[2]
        schedule = await self.store.get_schedule(schedule_id)
        if schedule is None:
            self._sending.pop(schedule_id, None)
            return None
        by_name = {r["name"]: r for r in schedule.recipients}
        self._sending[schedule_id] = (monotonic(), schedule, by_name)
        return schedule, by_name

    async def write(self, row: OutboxRow) -> tuple[str, str]:
        """The greeting for one outbox row, written for that recipient: (text, backend)."""
        found = await self._for_sending(row.schedule_id)
        if found is None:
            raise LookupError(f"schedule {row.schedule_id} is gone")
        schedule, by_name = found
        recipient = by_name.get(row.recipient, {"name": row.recipient, "kind": "person"})
        text, backend = await self._write_one(schedule, recipient, date.fromisoformat(row.occurrence))
        if row.kind == "forward":
            text = _to_forward(row.recipient, text)
        return text, backend

    async def _write_one(self, schedule: ScheduleRow, recipient: dict[str, Any], day: date) -> tuple[str, str]:
        slots = await self._slots_for(schedule, recipient)
        request = GreetingRequest(slots=slots, holiday=holiday_of(schedule, day), n=1)
        return await self._texts.write(schedule.id, day.isoformat(), request, self.backend)

    async def _slots_for(self, schedule: ScheduleRow, recipient: dict[str, Any]) -> Slots:
        if recipient["kind"] == "group":
            base = Slots(name=recipient["name"], relation="群友", relation_category="朋友", occasion="群里")
        else:
            known = await self.store.find_contact(schedule.platform, schedule.owner_id, schedule.scope,
                                                  recipient["name"])
            base = known or Slots(name=recipient["name"])
            if base.relation is None:
                base = replace(base, relation="朋友" if base.relation_category is None else base.relation_category)
        if schedule.style:
            base = replace(base, style=schedule.style)
        return with_defaults(base)

    async def _write_preview(self, row: ScheduleRow) -> None:
        await self.store.commit_turn()  # the schedule is kept, and no lock held, while the model writes
        day = date.fromisoformat(occurrence := row.next_occurrence or "")

        async def one(i: int, r: dict[str, Any]) -> dict[str, Any]:
            text, backend = await self._write_one(row, r, day)
            if r["kind"] == "forward":
                text = _to_forward(r["name"], text)
            return self._row(row, occurrence, i, r, status="held", text=text, backend=backend)

        await self.store.add_outbox(list(await asyncio.gather(*(one(i, r) for i, r in enumerate(row.recipients)))))

    async def delivered(self, row: OutboxRow, sent_ids: list[str] | None = None) -> None:
        """A greeting went out in a group: open its follow-up thread, found again by the ids it was posted as."""
        if row.kind != "greeting" or not row.text:
            return
        found = await self._for_sending(row.schedule_id)
        schedule = found[0] if found else None
        if schedule is None or schedule.scope == "dm" or row.chat_id != schedule.owner_chat:
            return
        await group_thread.open_thread(self.store, row.platform, row.chat_id, row.id, group_thread.GroupThread(
            owner=schedule.owner_id, style=schedule.style or "传统喜庆",
            name=None if row.recipient == "大家" else row.recipient, turns=[["me", row.text]],
            anchors=list(sent_ids or ())))

    # Reporting ------------------------------------------------------------------------------------

    async def preview_message(self, row: ScheduleRow) -> OutgoingMessage:
        return preview_message(row, describe(row), await self.store.outbox_of(row.id, row.next_occurrence))

    async def report_if_finished(self, schedule_id: int, occurrence: str) -> bool:
        """Once every greeting of an occurrence is sent or failed, queue one report to the owner."""
        if await self.store.outbox_open_count(schedule_id, occurrence):
            return False  # one count per finished row, not a read of the whole broadcast
        rows = [r for r in await self.store.outbox_of(schedule_id, occurrence) if r.kind in ("greeting", "forward")]
        if not rows or any(r.status in OUTBOX_OPEN for r in rows):
            return False
        schedule = await self.store.get_schedule(schedule_id)
        if schedule is None:
            return False
        written = await self._notice(schedule, occurrence, "report", report_text(schedule, occurrence, rows),
                                     report_buttons(schedule, rows))
        if written:
            self.on_outbox()
        return bool(written)


async def sending_schedule(schedules: Schedules, schedule_id: int) -> ScheduleRow | None:
    """The schedule an outbox row belongs to, read once per broadcast (cached by `Schedules`)."""
    found = await schedules._for_sending(schedule_id)
    return found[0] if found else None


def _to_forward(name: str, text: str) -> str:
    """A greeting for someone the bot cannot reach, as it goes to the owner to pass on."""
    return f"给{name}的祝福（我没有TA在这里的账号，请复制转发）：\n\n{text}"


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo else when.replace(tzinfo=UTC)  # SQLite hands back naive UTC datetimes
