"""Who is asking, and may they: the log-in link, the session cookie, CSRF, and the page gate.

The gate is the bot's: `actor_for` reads the person's roles from the database on every request (a
revoked role stops working at once) and `PAGE_ROLES` says which roles a page is for.  Data-level
refusals from the services become 404, so a guessed id never tells whether it exists.
"""

from __future__ import annotations

import secrets
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.services.access import PAGE_ROLES, Actor, actor_for, who_may
from bot.services.weblogin import COOKIE_SECONDS, LinkRefused, WebSession
from bot.web.context import Web

COOKIE = "rollwith_session"


def web(request: Request) -> Web:
    found: Web = request.app.state.web
    return found


async def current(request: Request) -> tuple[Actor, WebSession]:
    """The logged-in person, or 401 with the way to log in."""
    session = await web(request).login.session_from(request.cookies.get(COOKIE))
    if session is None:
        raise HTTPException(401, "You are not logged in. Send /web to the bot for a log-in link.")
    return await actor_for(web(request).storage, session.user_id, web(request).staff.admins), session


async def require(request: Request, page: str) -> tuple[Actor, WebSession]:
    """The logged-in person, if their roles allow this page; else 403.  POSTs must carry the CSRF token."""
    actor, session = await current(request)
    if not actor.may(PAGE_ROLES[page]):
        raise HTTPException(403, f"This page is for {who_may(PAGE_ROLES[page])}.")
    if request.method == "POST":
        await check_csrf(request, session)
    return actor, session


async def check_csrf(request: Request, session: WebSession) -> None:
    form = await request.form()
    sent = request.headers.get("x-csrf-token") or str(form.get("csrf") or "")
    if not secrets.compare_digest(sent.encode(), session.csrf.encode()):
        raise HTTPException(403, "This form has expired or did not come from rollwith. Reload the page and try again.")


def secure(request: Request) -> bool:
    """Cookies are Secure when the browser reached us over https (directly or via the proxy)."""
    return request.url.scheme == "https" or web(request).login.base_url.startswith("https://")


async def login(request: Request) -> Response:
    """GET /login?t=...: a good link opens a session cookie and goes home; any other is refused."""
    try:
        user_id = await web(request).login.redeem(request.query_params.get("t", ""))
    except LinkRefused as exc:
        raise HTTPException(403, str(exc)) from None
    cookie, _ = await web(request).login.cookie_for(user_id)
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(COOKIE, cookie, max_age=COOKIE_SECONDS, httponly=True, samesite="lax", secure=secure(request))
    return response


async def logout(request: Request) -> Response:
    _, session = await current(request)
    await check_csrf(request, session)
    response = RedirectResponse("/logged-out", status_code=303)
    response.delete_cookie(COOKIE, httponly=True, samesite="lax", secure=secure(request))
    return response


def csrf_fields(session: WebSession) -> dict[str, Any]:
    return {"csrf": session.csrf}
