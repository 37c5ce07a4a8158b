"""The console's sub-application: the login gate in front of every page, then the pages and their actions.

Order of a request: security headers on every answer; the static files and the login page are public; everything
else needs a live session, or is redirected to the login page (whatever the path or method, so nothing reveals
which pages exist); every POST of a session must carry its CSRF token. Pages: overview (with its charts), "Try it",
the audit log here; broadcasts (`broadcast_routes`) and feedback and learning (`learning_routes`) beside it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, urlsplit

from fastapi import FastAPI, Request, Response
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from adapters.web import WebAdapter
from bot.scheduling.schedules import Schedules
from bot.service.console import audit, csrf, i18n
from bot.service.console.broadcast_routes import add_broadcast_routes
from bot.service.console.charts import overview_charts
from bot.service.console.credentials import Credential
from bot.service.console.forms import BadForm, FormTooLarge, read_form
from bot.service.console.learning_routes import add_learning_routes
from bot.service.console.learning_runs import LearningRuns
from bot.service.console.overview import WebhookSeen, gather
from bot.service.console.pages import SECURITY_HEADERS, STATIC, Pages
from bot.service.console.sessions import COOKIE, LOGIN_COOKIE, PREFIX, SessionCookies
from bot.service.console.throttle import LoginThrottle
from bot.settings import Settings
from bot.storage.audit import ConsoleSession
from bot.storage.store import Store
from bot.writing.llm import LLMClient

log = logging.getLogger(__name__)
PUBLIC = ("/login", "/static/")  # the only paths without a session
LOGIN_FORM_BYTES = 4096


def safe_next(target: str | None) -> str:
    """Where to go after logging in: a console page of ours, never another site (`//evil`, `/\\evil`)."""
    if (not target or not target.startswith(PREFIX + "/") or target.startswith(PREFIX + "/login")
            or "\\" in target or "//" in target or any(ord(c) < 33 for c in target)):
        return PREFIX + "/"
    return target


class Console:
    """The console's parts; `attach` is called once the bot runs (the store and the engine exist)."""

    def __init__(self, settings: Settings, credential: Credential, *, platforms: list[str],
                 webhooks: Mapping[str, WebhookSeen], throttle: LoginThrottle | None = None,
                 on_login: Callable[[str], None] = lambda outcome: None,
                 learning: LearningRuns | None = None) -> None:
        self.settings, self.credential, self.platforms, self.webhooks = settings, credential, platforms, webhooks
        self.learning = learning or LearningRuns(settings)
        self.throttle = throttle or LoginThrottle()
        self.cookies = SessionCookies(credential, max_age_s=settings.console_session_s,
                                      secure=settings.console_cookie_secure)
        self.pages = Pages(timezone=settings.timezone)
        self.on_login = on_login
        self.store: Store | None = None
        self.web: WebAdapter | None = None
        self.schedules: Schedules | None = None
        self.mounted: Mapping[str, object] = {}
        self.llm: LLMClient | None = None

    def attach(self, store: Store, web: WebAdapter, mounted: Mapping[str, object], *,
               schedules: Schedules | None = None, llm: LLMClient | None = None) -> None:
        self.store, self.web, self.mounted, self.schedules, self.llm = store, web, mounted, schedules, llm

    def detach(self) -> None:
        self.store = self.web = self.schedules = None

    # Pieces every handler uses -------------------------------------------------------------------------------

    def page(self, request: Request, template: str, *, status: int = 200, **context: Any) -> Response:
        return self.pages.render(request, template, lang=request.state.lang, status=status,
                                 session=getattr(request.state, "session", None), **context)

    def words(self, request: Request) -> Mapping[str, str]:
        return i18n.words(getattr(request.state, "lang", "zh"))

    def message(self, request: Request, status: int, heading: str, text: str, **context: Any) -> Response:
        return self.page(request, "message.html", status=status, heading=heading, text=text, **context)

    async def session_of(self, request: Request) -> ConsoleSession | None:
        session_id = self.cookies.session_id(request.cookies.get(COOKIE))
        if session_id is None or self.store is None:
            return None
        return await self.store.console_session(session_id)

    async def checked_form(self, request: Request) -> dict[str, str]:
        """A session's form, after its CSRF token is checked (refused with `CsrfRefused` otherwise)."""
        form = await read_form(request)
        csrf.require(request.state.session.csrf, form, request.headers)
        return form

    # The application ------------------------------------------------------------------------------------------

    def app(self) -> FastAPI:
        app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
        app.mount("/static", StaticFiles(directory=STATIC), name="static")
        self._errors(app)

        @app.middleware("http")
        async def gate(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
            q_lang = request.query_params.get("lang")
            request.state.lang = i18n.choose(q_lang, request.cookies.get(i18n.LANG_COOKIE),
                                             request.headers.get("accept-language"))
            sub = request.url.path[len(PREFIX):] if request.url.path.startswith(PREFIX) else request.url.path
            if sub.startswith(PUBLIC[1]):
                response = await call_next(request)
            elif self.store is None:
                response = self.message(request, 503, "greetbot", i18n.words(request.state.lang)["unavailable"])
            elif sub == PUBLIC[0]:
                request.state.session = None
                response = await call_next(request)
            elif (session := await self.session_of(request)) is None:
                target = request.url.path if request.method == "GET" else request.headers.get("hx-current-url", "")
                login_url = f"{PREFIX}/login?next={quote(safe_next(urlsplit(target).path), safe='/')}"
                if request.headers.get("hx-request") == "true":  # htmx: the whole page goes, not the chat box
                    response = Response(status_code=204, headers={"hx-redirect": login_url})
                else:
                    response = RedirectResponse(login_url, 303)
            else:
                request.state.session = session
                response = await call_next(request)
            for name, value in SECURITY_HEADERS.items():
                if not (name == "cache-control" and sub.startswith("/static/")):
                    response.headers.setdefault(name, value)
            if q_lang in i18n.LANGS:
                response.set_cookie(i18n.LANG_COOKIE, q_lang, max_age=365 * 86400, path=PREFIX, httponly=True,
                                    samesite="strict")
            return response

        @app.get("/")
        async def overview(request: Request) -> Response:
            assert self.store is not None
            o = await gather(self.store, platforms=self.platforms, mounted=self.mounted, webhooks=self.webhooks,
                             latency=self.llm.latency_percentiles() if self.llm is not None else None)
            charts = await overview_charts(self.store, tz=self.pages.tz, now=o.generated_at)
            return self.page(request, "overview.html", page="overview", o=o, charts=charts)

        @app.get("/try")
        async def try_page(request: Request) -> Response:
            assert self.web is not None
            chat = request.state.session.chat_id
            if not self.web.transcript(chat):
                await self.web.resume(chat)
            return self.page(request, "try.html", page="try", lines=self.web.transcript(chat))

        @app.post("/try")
        async def try_say(request: Request) -> Response:
            assert self.web is not None and self.store is not None
            form = await self.checked_form(request)
            session, text, tapped = request.state.session, form.get("text", "")[:1000], form.get("tap") == "1"
            if text.strip():
                # The audit keeps what was done, not what was said: a tap's payload is ours ("/fb up"), a typed
                # message is the operator's words and only its length is kept.
                detail = {"button": text[:40]} if tapped else {"chars": len(text)}
                await audit.record(self.store, request, "try.tap" if tapped else "try.say", session=session, **detail)
                await self.web.say(session.chat_id, text, tapped=tapped)
            if request.headers.get("hx-request") == "true":
                return self.page(request, "_chat.html", lines=self.web.transcript(session.chat_id))
            return RedirectResponse(f"{PREFIX}/try", 303)

        @app.get("/audit")
        async def audit_page(request: Request) -> Response:
            assert self.store is not None
            return self.page(request, "audit.html", page="audit", entries=await self.store.audit_log(limit=200))

        @app.post("/logout")
        async def logout(request: Request) -> Response:
            assert self.store is not None
            await self.checked_form(request)
            session = request.state.session
            await self.store.end_console_session(session.id)
            await audit.record(self.store, request, "logout", session=session)
            response = RedirectResponse(f"{PREFIX}/login", 303)
            self.cookies.clear_session(response, request)
            return response

        add_broadcast_routes(app, self)
        add_learning_routes(app, self)
        self._login_routes(app)
        return app

    def _login_routes(self, app: FastAPI) -> None:
        def login_page(request: Request, *, status: int = 200, error: str | None = None, next_: str = "",
                       headers: dict[str, str] | None = None) -> Response:
            cookie, token = self.cookies.login_form()
            response = self.page(request, "login.html", status=status, error=error, login_token=token,
                                 next=safe_next(next_))
            response.headers.update(headers or {})
            self.cookies.set_login(response, request, cookie)
            return response

        @app.get("/login")
        async def login_form(request: Request) -> Response:
            if await self.session_of(request) is not None:
                return RedirectResponse(safe_next(request.query_params.get("next")), 303)
            return login_page(request, next_=request.query_params.get("next", ""))

        @app.post("/login")
        async def login(request: Request) -> Response:
            assert self.store is not None
            t = i18n.words(request.state.lang)
            form = await read_form(request, limit=LOGIN_FORM_BYTES)
            expected = self.cookies.login_token(request.cookies.get(LOGIN_COOKIE))
            if expected is None or not csrf.same_origin(request.headers) or not csrf.matches(expected, form.get("csrf")):
                log.warning("console login refused: missing or wrong CSRF token from %s", audit.client_address(request))
                return self.message(request, 403, t["refused_title"], t["refused_text"], back=f"{PREFIX}/login",
                                    back_label=t["reload_login"])
            address, next_ = audit.client_address(request), form.get("next", "")
            verdict = self.throttle.check(address)
            if not verdict.allowed:
                self.on_login("throttled")
                wait = max(1, int(verdict.retry_after_s + 0.999))
                return login_page(request, status=429, error=t["login_throttled"].format(s=wait), next_=next_,
                                  headers={"retry-after": str(wait)})
            if not await self.credential.check(form.get("password", "")):
                self.throttle.failed(address)
                self.on_login("failed")
                await audit.record(self.store, request, "login.failed")
                return login_page(request, status=401, error=t["login_wrong"], next_=next_)
            self.throttle.succeeded(address)
            self.on_login("ok")
            new = self.cookies.mint()
            await self.store.drop_console_sessions(before=datetime.now(UTC) - timedelta(days=1))  # long expired
            await self.store.start_console_session(new.session, address=address)
            await audit.record(self.store, request, "login", session=new.session)
            response = RedirectResponse(safe_next(next_), 303)
            self.cookies.set_session(response, request, new.cookie)
            self.cookies.clear_login(response, request)
            return response

    def _errors(self, app: FastAPI) -> None:
        def words(request: Request) -> Mapping[str, str]:
            return i18n.words(getattr(request.state, "lang", "zh"))

        @app.exception_handler(csrf.CsrfRefused)
        async def refused(request: Request, exc: csrf.CsrfRefused) -> Response:
            t = words(request)
            session = getattr(request.state, "session", None)
            log.warning("console %s %s refused: missing or wrong CSRF token", request.method, request.url.path)
            if session is not None and self.store is not None:
                await audit.record(self.store, request, "csrf.refused", session=session, path=request.url.path[:80])
            return self.message(request, 403, t["refused_title"], t["refused_text"])

        @app.exception_handler(FormTooLarge)
        async def too_large(request: Request, exc: FormTooLarge) -> Response:
            return self.message(request, 413, "413", words(request)["too_large"])

        @app.exception_handler(BadForm)
        async def bad_form(request: Request, exc: BadForm) -> Response:
            return self.message(request, 400, "400", words(request)["bad_request"])

        @app.exception_handler(StarletteHTTPException)
        async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
            text = words(request)["not_found"] if exc.status_code == 404 else str(exc.detail)
            return self.message(request, exc.status_code, str(exc.status_code), text)
