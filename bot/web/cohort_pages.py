"""Home, the cohort dashboard (and two trainees side by side), a trainee's page, the sessions table,
and a trainee's own page."""

from __future__ import annotations

from datetime import date

from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.services.access import is_staff
from bot.services.dashboard import SORTS, TraineeRow
from bot.services.staff import OutOfScope, SessionFilter
from bot.services.svg_charts import outcome_bar, sparkline
from bot.web.auth import current, require, web
from bot.web.render import page

# The trends each trainee row shows: (label, session column, low, high).
TRENDS = (("score", "score", 0, 100), ("R:Q", "r_q", 0, 3), ("%CR", "pct_cr", 0, 1),
          ("joining", "joining_share", 0, 1))


def charts(row: TraineeRow, width: int = 110, height: int = 26) -> dict[str, str]:
    """A sparkline per trend and the outcome bar, as SVG text."""
    drawn = {label: sparkline(row.series(key), low, high, f"{label} per session, oldest first", width, height)
             for label, key, low, high in TRENDS}
    drawn["outcomes"] = outcome_bar(row.outcomes, width)
    return drawn


async def home(request: Request) -> Response:
    actor, session = await current(request)
    if not is_staff(actor):
        return RedirectResponse("/me", status_code=303)
    cohorts = await web(request).staff.cohorts(actor)
    return page(request, "home.html", actor, session, cohorts=cohorts)


async def dashboard(request: Request) -> Response:
    actor, session = await require(request, "dashboard")
    cohort_id = request.path_params["cohort_id"]
    cohort = await web(request).staff.own_cohort(actor, cohort_id)
    sort = request.query_params.get("sort", "flags")
    rows = await web(request).dashboard.rows(actor, cohort_id, sort)
    return page(request, "dashboard.html", actor, session, cohort=cohort, rows=rows, sort=sort, sorts=SORTS,
                charts={r.id: charts(r) for r in rows}, trends=TRENDS)


async def compare(request: Request) -> Response:
    """Two (or more) trainees of a cohort side by side, with larger charts."""
    actor, session = await require(request, "dashboard")
    cohort_id = request.path_params["cohort_id"]
    cohort = await web(request).staff.own_cohort(actor, cohort_id)
    wanted = [int(v) for v in request.query_params.getlist("t") if v.isdigit()][:4]
    rows = {r.id: r for r in await web(request).dashboard.rows(actor, cohort_id)}
    if any(t not in rows for t in wanted):
        raise OutOfScope("That trainee isn't in this cohort.")
    chosen = [rows[t] for t in wanted]
    return page(request, "compare.html", actor, session, cohort=cohort, rows=chosen,
                charts={r.id: charts(r, 260, 60) for r in chosen}, trends=TRENDS)


async def trainee(request: Request) -> Response:
    actor, session = await require(request, "trainee")
    row = await web(request).dashboard.trainee(actor, request.path_params["trainee_id"])
    alerts = [(a, web(request).dashboard.alert_sessions(row, a)) for a in row.alerts]
    return page(request, "trainee.html", actor, session, row=row, charts=charts(row, 260, 60), alerts=alerts,
                trends=TRENDS, clients=web(request).staff.library.personas)


def session_filter(query: QueryParams) -> SessionFilter:
    """The table's filters from the query string; blanks and junk are ignored, dates must be dates."""

    def number(key: str) -> int | None:
        value = query.get(key, "")
        return int(value) if value.isdigit() else None

    def day(key: str) -> str | None:
        value = query.get(key, "")
        try:
            return date.fromisoformat(value).isoformat() if value else None
        except ValueError:
            return None

    return SessionFilter(cohort=number("cohort"), trainee=number("trainee"), persona=query.get("client") or None,
                         since=day("from"), until=day("to"), outcome=query.get("outcome") or None,
                         score_min=number("score_min"), score_max=number("score_max"),
                         unreviewed=query.get("unreviewed") == "1")


async def sessions(request: Request) -> Response:
    actor, session = await require(request, "sessions")
    f = session_filter(request.query_params)
    rows = await web(request).dashboard.table(actor, f)
    trainees = await web(request).dashboard.trainees_in_scope(actor)
    names = await web(request).storage.names(trainees)
    return page(request, "sessions.html", actor, session, rows=rows, f=f, query=request.query_params,
                cohorts=await web(request).staff.cohorts(actor),
                trainees=sorted(names.items(), key=lambda kv: kv[1].lower()),
                clients=web(request).staff.library.personas,
                outcomes=sorted({r["outcome"] for r in rows if r["outcome"]} | {"walked_out", "breakthrough"}),
                export_query=str(request.query_params))


async def me(request: Request) -> Response:
    """A trainee's own sessions, each opening the report, notes and code changes they received."""
    actor, session = await current(request)
    rows = await web(request).storage.session_rows([actor.user_id])
    notes = {r["id"]: await web(request).storage.session_notes(r["id"]) for r in rows}
    return page(request, "me.html", actor, session, rows=list(reversed(rows)), notes=notes,
                clients=web(request).staff.library.personas)
