"""The Starlette application: routes, error pages, and `run_web` for `rollwith web`.

`create_app` takes the settings (and, in tests, an open `Storage`); everything else is built from
the same services the bot uses.  Messages to trainees (notes, assignment notices) go into the bot's
outbox, split like every bot message; the bot sends them.  The web app needs no bot token.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from bot.config import Settings
from bot.services.dashboard import DashboardService
from bot.services.export_service import ExportService
from bot.services.review import ReviewService
from bot.services.staff import Notice, OutOfScope, Refused, StaffService
from bot.services.weblogin import WebLogin
from bot.storage.outbox import OutboxStore
from bot.storage.repository import Storage
from bot.telegram.render import plain_parts
from bot.web import assignment_pages, auth, cohort_pages, export_pages, review_pages
from bot.web.context import Notify, Web
from bot.web.render import error_page
from personas.library import load_library

log = logging.getLogger(__name__)
STATIC = Path(__file__).parent / "static"


def outbox_notifier(storage: Storage) -> Notify:
    """Queue notices in the bot's outbox, split like every bot message; the running bot sends them
    (in order, with its retries) within a second or so.  The web app itself never calls Telegram."""
    outbox = OutboxStore(storage)

    async def notify(notices: list[Notice]) -> list[bool]:
        for notice in notices:
            for part in plain_parts(notice.text):
                await outbox.add(notice.chat_id, "text", {"text": part})
        return [True] * len(notices)

    return notify


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return error_page(exc.status_code, exc.detail)


async def _out_of_scope(request: Request, exc: Exception) -> Response:
    return error_page(404, "Not found among the cohorts you may see.")


async def _refused(request: Request, exc: Exception) -> Response:
    return error_page(400, str(exc))


async def logged_out(request: Request) -> Response:
    return error_page(200, "You are logged out. Send /web to the bot to log in again.")


ROUTES = [
    Route("/", cohort_pages.home),
    Route("/login", auth.login),
    Route("/logout", auth.logout, methods=["POST"]),
    Route("/logged-out", logged_out),
    Route("/me", cohort_pages.me),
    Route("/cohorts", cohort_pages.home),
    Route("/cohorts/{cohort_id:int}", cohort_pages.dashboard),
    Route("/cohorts/{cohort_id:int}/compare", cohort_pages.compare),
    Route("/trainees/{trainee_id:int}", cohort_pages.trainee),
    Route("/sessions", cohort_pages.sessions),
    Route("/sessions/{session_id:int}", review_pages.review),
    Route("/sessions/{session_id:int}/note", review_pages.note_to_trainee, methods=["POST"]),
    Route("/turns/{turn_id:int}", review_pages.act, methods=["POST"]),
    Route("/agreement", review_pages.agreement),
    Route("/assignments", assignment_pages.listing),
    Route("/assignments/new", assignment_pages.create, methods=["POST"]),
    Route("/assignments/{assignment_id:int}", assignment_pages.edit, methods=["POST"]),
    Route("/assignments/{assignment_id:int}/cancel", assignment_pages.cancel, methods=["POST"]),
    Route("/export/{fmt:str}", export_pages.download),
    Mount("/static", StaticFiles(directory=STATIC), name="static"),
]


def create_app(settings: Settings, storage: Storage | None = None, notify: Notify | None = None) -> Starlette:
    owns = storage is None
    store = storage or Storage(settings.rollwith_db)
    staff = StaffService(store, load_library(settings.rollwith_persona_dirs), list(settings.rollwith_admins))
    web = Web(store, staff, ReviewService(staff), DashboardService(staff), ExportService(staff),
              WebLogin(store, settings.web_base_url), notify or outbox_notifier(store), owns)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if web.owns_storage:
            await store.open()
        try:
            yield
        finally:
            if web.owns_storage:
                await store.close()

    app = Starlette(routes=ROUTES, lifespan=lifespan,
                    exception_handlers={HTTPException: _http_error, OutOfScope: _out_of_scope, Refused: _refused})
    app.state.web = web
    return app


def run_web(settings: Settings) -> int:
    """Serve until Ctrl-C, on the configured host and port (127.0.0.1 unless told otherwise).

    Behind a reverse proxy, uvicorn trusts X-Forwarded-Proto from 127.0.0.1 only, so cookies are
    marked Secure when the proxy terminates TLS."""
    import uvicorn

    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=logging.INFO)
    print(f"rollwith web on http://{settings.rollwith_web_host}:{settings.rollwith_web_port} "
          f"(links point at {settings.web_base_url}); stop with Ctrl-C")
    uvicorn.run(create_app(settings), host=settings.rollwith_web_host, port=settings.rollwith_web_port,
                proxy_headers=True, forwarded_allow_ips="127.0.0.1", access_log=False)
    return 0
