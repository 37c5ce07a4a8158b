"""The console's feedback and learning page: feedback over 30 days (👍, 👎, sent as is, edited) and by style; the
adapter registry with each eval metric charted across adapters; run a learning cycle (in the background, one at a
time), promote, roll back: `bot.learning.cycle`'s `Learner`, `promote` and `rollback`, as `greetbot learn` and
`greetbot model promote|rollback` call them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from fastapi import FastAPI, Request, Response
from fastapi.responses import RedirectResponse

from bot.learning.cycle import gates_passed, promote, rollback
from bot.service.console import audit
from bot.service.console.charts import adapter_charts, adapter_metrics, feedback_over_time

if TYPE_CHECKING:
    from bot.service.console.routes import Console

PAGE = "/console/learning"


def add_learning_routes(app: FastAPI, console: Console) -> None:
    def refused(request: Request, status: int, key: str, **values: str) -> Response:
        text = console.words(request)[key].format(**values)
        return console.message(request, status, str(status), text, back=PAGE)

    @app.get("/learning")
    async def learning(request: Request) -> Response:
        assert console.store is not None
        tz = ZoneInfo(console.settings.timezone)
        chart, styles = await feedback_over_time(console.store, tz=tz, now=datetime.now(UTC))
        rows = await console.store.adapters()
        return console.page(request, "learning.html", page="learning", feedback=chart, styles=styles,
                            adapters=list(reversed(rows)), metrics={r.name: adapter_metrics(r) for r in rows},
                            passed={r.name: gates_passed(r) for r in rows}, metric_charts=adapter_charts(rows),
                            run=console.learning.state)

    @app.get("/learning/run")
    async def run_state(request: Request) -> Response:
        return console.page(request, "_learning_run.html", run=console.learning.state)

    @app.post("/learning/run")
    async def run(request: Request) -> Response:
        assert console.store is not None
        form = await console.checked_form(request)
        force = form.get("force") == "1"
        started = await console.learning.start(console.store, force=force)
        session = request.state.session
        if started != "started":
            await audit.record(console.store, request, "learn.refused", session=session, why=started)
            return refused(request, 409, f"learn_{started}")
        await audit.record(console.store, request, "learn.start", session=session, force=force)
        return RedirectResponse(PAGE, 303)

    @app.post("/learning/{action}")
    async def serve(request: Request, action: str) -> Response:
        assert console.store is not None
        form = await console.checked_form(request)
        if action not in ("promote", "rollback"):
            return refused(request, 404, "not_found")
        name = form.get("name", "").strip()[:64]
        try:
            if action == "promote":
                row = await promote(console.store, console.settings, name)
            else:
                row = await rollback(console.store, console.settings, name or None)
        except ValueError as exc:  # the registry said no (unknown, rejected, already serving): nothing changed
            await audit.record(console.store, request, f"model.{action}.refused", session=request.state.session,
                               name=name)
            return console.message(request, 409, "409", str(exc), back=PAGE)
        except Exception as exc:  # the model server did not load it: nothing changed either
            await audit.record(console.store, request, f"model.{action}.failed", session=request.state.session,
                               name=name)
            return refused(request, 502, "model_server_down", error=exc.__class__.__name__)
        await audit.record(console.store, request, f"model.{action}", session=request.state.session, name=row.name)
        return RedirectResponse(PAGE, 303)
