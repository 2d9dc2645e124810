"""Jinja2 pages: one environment, autoescaped, with the filters the templates share."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import HTMLResponse

from bot.services.access import Actor, Role, is_staff
from bot.services.turn_detail import words
from bot.services.weblogin import WebSession
from bot.storage.clock import now_iso


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def _num(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _day(value: str | None) -> str:
    return datetime.fromisoformat(value).strftime("%d %b %Y") if value else "–"


ENV = Environment(loader=PackageLoader("bot.web", "templates"), autoescape=select_autoescape(["html"]),
                  trim_blocks=True, lstrip_blocks=True)
ENV.filters.update(words=words, pct=_pct, num=_num, day=_day)


def svg(markup: str) -> Markup:
    """Charts are built from escaped parts in `svg_charts`, so they go in as markup."""
    return Markup(markup)


def page(request: Request, template: str, actor: Actor, session: WebSession, status: int = 200,
         **context: Any) -> HTMLResponse:
    body = ENV.get_template(template).render(
        request=request, actor=actor, csrf=session.csrf, Role=Role, svg=svg,
        staff=is_staff(actor), now=now_iso(), **context)
    return HTMLResponse(body, status_code=status, headers=SECURITY_HEADERS)


def error_page(status: int, message: str) -> HTMLResponse:
    body = ENV.get_template("error.html").render(status=status, message=message)
    return HTMLResponse(body, status_code=status, headers=SECURITY_HEADERS)


# Our own scripts and styles only; no framing; no referrer leaking ids to other sites.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                               "frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
