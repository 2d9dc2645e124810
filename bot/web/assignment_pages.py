"""Assignments: search, create (a cohort or chosen trainees, with a date picker), edit and cancel.

Trainees are told in Telegram, as when assigning in the bot; duplicates and past dates are refused
by the same service.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.services.staff import Refused
from bot.web.auth import require, web
from bot.web.render import page


async def listing(request: Request) -> Response:
    actor, session = await require(request, "assignments")
    query = request.query_params.get("q", "").strip().lower()
    trainees = await web(request).dashboard.trainees_in_scope(actor)
    names = await web(request).storage.names(trainees)
    rows = [a for a in await web(request).storage.assignments_of(trainees)
            if not query or query in (names.get(a["trainee_id"]) or "").lower() or query in a["persona_id"]]
    people = sorted(((t, names.get(t) or str(t)) for t in trainees), key=lambda kv: kv[1].lower())
    return page(request, "assignments.html", actor, session, rows=rows, names=names, q=query,
                people=[p for p in people if not query or query in p[1].lower()],
                cohorts=await web(request).staff.cohorts(actor), clients=web(request).staff.library,
                message=request.query_params.get("message", ""))


def _back(message: str) -> Response:
    from urllib.parse import urlencode

    return RedirectResponse(f"/assignments?{urlencode({'message': message})}", status_code=303)


async def create(request: Request) -> Response:
    actor, _ = await require(request, "assignments")
    form = await request.form()
    cohort = str(form.get("cohort", ""))
    targets = [f"cohort:{cohort}"] if cohort.isdigit() else [str(t) for t in form.getlist("trainee")]
    if not targets:
        return _back("Choose a cohort or at least one trainee.")
    turns = str(form.get("min_turns", "0"))
    said = []
    for target in targets:
        try:
            text, notices, _ = await web(request).staff.assign(
                actor, target, str(form.get("persona", "")), str(form.get("mode", "coach")),
                str(form.get("due", "")) or None, int(turns) if turns.isdigit() else 0)
        except Refused as exc:
            said.append(str(exc))
            continue
        await web(request).notify(notices)
        said.append(text)
    return _back(" ".join(said))


async def edit(request: Request) -> Response:
    actor, _ = await require(request, "assignments")
    form = await request.form()
    turns = str(form.get("min_turns", "0"))
    text, notices = await web(request).staff.edit_assignment(
        actor, request.path_params["assignment_id"], str(form.get("mode", "coach")), str(form.get("due", "")) or None,
        int(turns) if turns.isdigit() else 0)
    await web(request).notify(notices)
    return _back(text)


async def cancel(request: Request) -> Response:
    actor, _ = await require(request, "assignments")
    text, notices = await web(request).staff.cancel_assignment(actor, request.path_params["assignment_id"])
    await web(request).notify(notices)
    return _back(text)
