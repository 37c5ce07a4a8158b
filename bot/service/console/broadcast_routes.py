"""The console's broadcasts: the list, a new one (holiday from our lunar calendar, or a date), one broadcast with its
preview queue (approve, edit, reject each greeting), its live report, send now and cancel. Every action goes through
`bot.scheduling` (`Schedules`, `Decisions`), the code the chat commands and `greetbot schedule` use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from fastapi import FastAPI, Request, Response
from fastapi.responses import RedirectResponse

from bot.domain import STYLES
from bot.scheduling.decisions import Decisions, parse_recipients
from bot.scheduling.schedules import Owner, ScheduleError
from bot.scheduling.text import ScheduleSpec
from bot.service.console import audit
from bot.writing import holidays

if TYPE_CHECKING:
    from bot.service.console.routes import Console

OWNER = "console"  # the owner of a broadcast made here; it has no chat, so its preview and report are these pages
LIVE = ("pending", "claimed", "sending")  # greetings on their way: the report refreshes itself meanwhile


@dataclass(frozen=True)
class HolidayChoice:
    name: str
    english: str
    next_date: date


def holiday_choices(today: date) -> list[HolidayChoice]:
    """Every holiday the calendar knows, with its next date (lunar ones computed, never hard-coded), soonest first."""
    found = [HolidayChoice(n, holidays.english_name(n), holidays.resolve(n, today).date)
             for n in holidays.CANONICAL if n != "生日"]
    return sorted(found, key=lambda h: h.next_date)


def spec_from(form: dict[str, str]) -> ScheduleSpec:
    """The form's broadcast as the chat's parser would have read it; `ScheduleError` says what is wrong."""
    holiday, on = form.get("holiday", "").strip() or None, form.get("date", "").strip() or None
    if form.get("when") == "date":
        holiday = None
    else:
        on = None
    if holiday is not None and holiday not in holidays.CANONICAL:
        raise ScheduleError("unknown holiday")
    try:
        at = time.fromisoformat(form.get("at", "").strip() or "09:00")
        on_date = date.fromisoformat(on) if on else None
    except ValueError:
        raise ScheduleError("bad date or time") from None
    style = form.get("style") if form.get("style") in STYLES else None
    return ScheduleSpec(holiday=holiday, on_date=on_date, at=at.replace(second=0, microsecond=0), to_this_chat=False,
                        recipients=(), recurring=form.get("every_year") == "1", preview=form.get("preview") == "1",
                        style=style, time_given=True)


def add_broadcast_routes(app: FastAPI, console: Console) -> None:
    def decisions() -> Decisions:
        assert console.schedules is not None
        return Decisions(console.schedules)

    def back(sid: int) -> Response:
        return RedirectResponse(f"/console/broadcasts/{sid}", 303)

    def new_form(request: Request, *, form: dict[str, str] | None = None, error: str | None = None,
                 status: int = 200) -> Response:
        today = datetime.now(ZoneInfo(console.settings.timezone)).date()
        return console.page(request, "broadcast_new.html", page="broadcasts", status=status, error=error,
                            form=form or {"preview": "1", "at": "09:00", "when": "holiday"},
                            holidays=holiday_choices(today), platforms=sorted(console.mounted), styles=STYLES)

    @app.get("/broadcasts")
    async def broadcasts(request: Request) -> Response:
        assert console.store is not None
        rows = await console.store.recent_schedules()
        reports = {r.id: await decisions().report(r) for r in rows}
        return console.page(request, "broadcasts.html", page="broadcasts", rows=rows, reports=reports)

    @app.get("/broadcasts/new")
    async def new(request: Request) -> Response:
        return new_form(request)

    @app.post("/broadcasts")
    async def create(request: Request) -> Response:
        assert console.store is not None and console.schedules is not None
        form = await console.checked_form(request)
        t = console.words(request)
        try:
            spec = spec_from(form)
            people = parse_recipients(form.get("people", "").splitlines(), form.get("groups", "").split())
            platform = form.get("platform", "")
            if platform not in console.mounted:
                raise ScheduleError(t["bc_no_platform"])
            if not people:
                raise ScheduleError(t["bc_no_recipients"])
            if len(people) > console.settings.max_recipients_per_broadcast:
                raise ScheduleError(t["bc_too_many"].format(n=console.settings.max_recipients_per_broadcast))
            row = await console.schedules.create(Owner(platform, OWNER, "", False), spec, recipients=people)
        except ScheduleError as exc:
            return new_form(request, form=form, error=str(exc), status=400)
        await audit.record(console.store, request, "broadcast.create", session=request.state.session, id=row.id,
                           platform=row.platform, recipients=len(row.recipients), preview=row.preview)
        return back(row.id)

    @app.get("/broadcasts/{sid:int}")
    async def broadcast(request: Request, sid: int) -> Response:
        return await detail(request, sid, "broadcast.html")

    @app.get("/broadcasts/{sid:int}/report")
    async def report(request: Request, sid: int) -> Response:
        return await detail(request, sid, "_report.html")

    async def detail(request: Request, sid: int, template: str) -> Response:
        assert console.store is not None
        row = await console.store.get_schedule(sid)
        if row is None:
            return console.message(request, 404, "404", console.words(request)["not_found"])
        found = await decisions().report(row)
        live = found.count(*LIVE) > 0
        return console.page(request, template, page="broadcasts", row=row, report=found, live=live,
                            notice=request.query_params.get("done"))

    async def act(request: Request, sid: int, action: str, **detail: object) -> None:
        assert console.store is not None
        await audit.record(console.store, request, f"broadcast.{action}", session=request.state.session, id=sid,
                           **detail)

    @app.post("/broadcasts/{sid:int}/greetings/{row_id:int}/{verdict}")
    async def decide(request: Request, sid: int, row_id: int, verdict: str) -> Response:
        form = await console.checked_form(request)
        if verdict == "edit":
            done = await decisions().edit(sid, row_id, form.get("text", ""))
        elif verdict in ("approve", "reject"):
            done = await decisions().decide(sid, row_id, verdict)  # type: ignore[arg-type]
        else:
            return console.message(request, 404, "404", console.words(request)["not_found"])
        await act(request, sid, verdict, greeting=row_id, applied=done.ok, released=done.released)
        return back(sid)

    @app.post("/broadcasts/{sid:int}/send")
    async def send_now(request: Request, sid: int) -> Response:
        await console.checked_form(request)
        try:
            written = await decisions().send_now(sid)
        except ScheduleError:
            await act(request, sid, "send.refused")
            return console.message(request, 409, "409", console.words(request)["bc_send_refused"],
                                   back=f"/console/broadcasts/{sid}")
        await act(request, sid, "send", greetings=written)
        return back(sid)

    @app.post("/broadcasts/{sid:int}/cancel")
    async def cancel(request: Request, sid: int) -> Response:
        await console.checked_form(request)
        cancelled = await decisions().cancel(sid)
        await act(request, sid, "cancel", applied=cancelled)
        return back(sid)
