"""The review page (one session, turn by turn), saving verdicts, notes to the trainee, and agreement.

Refusals from the services are turned into 404 (out of scope) or 400 pages by the app's handlers.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from bot.services.review import CODES, verdict_label
from bot.services.svg_charts import openness_chart
from bot.web.auth import require, web
from bot.web.render import page

# One key per code for the keyboard review (shown on the buttons); j/k move, y confirms, n notes.
CODE_KEYS = dict(zip(CODES, "ocsxalei" "pwft", strict=True))


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


async def review(request: Request) -> Response:
    actor, session = await require(request, "review")
    found = await web(request).review.page(actor, request.path_params["session_id"])
    result = found.session.result or {}
    chart = result.get("chart")
    drawn = openness_chart(chart["path"], chart["codes"], chart["stances"], chart["events"]) if chart else ""
    return page(request, "review.html", actor, session, r=found, chart=drawn, report=result.get("text", ""),
                codes=CODE_KEYS, label=verdict_label, sent=request.query_params.get("sent"))


async def act(request: Request) -> Response:
    """Confirm, override or note one turn; answers JSON to the page's script, or redirects back."""
    actor, _ = await require(request, "review_write")
    form = await request.form()
    turn_id = request.path_params["turn_id"]
    code = str(form.get("code", ""))
    action = str(form.get("action", "")) or ("override" if code else "")
    verdict = await web(request).review.act(actor, turn_id, action, code, str(form.get("note", "")))
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse({"kind": verdict.kind, "code": verdict.code, "note": verdict.note,
                             "label": verdict_label(verdict) if verdict.kind != "note" else None})
    turn = await web(request).storage.turn(turn_id)
    assert turn is not None
    return RedirectResponse(f"/sessions/{turn['session_id']}#turn-{turn_id}", status_code=303)


async def note_to_trainee(request: Request) -> Response:
    """A session-level note: saved, sent to the trainee in Telegram, shown on their report."""
    actor, _ = await require(request, "review_write")
    form = await request.form()
    session_id = request.path_params["session_id"]
    note_id, notice = await web(request).review.note_to_trainee(actor, session_id, str(form.get("text", "")))
    [delivered] = await web(request).notify([notice])
    if delivered:
        await web(request).storage.mark_note_delivered(note_id)
    return RedirectResponse(f"/sessions/{session_id}?sent={'yes' if delivered else 'saved'}#notes", status_code=303)


async def agreement(request: Request) -> Response:
    actor, session = await require(request, "agreement")
    cohort = _int(request.query_params.get("cohort"))
    report = await web(request).review.agreement(actor, cohort)
    labels = [c for c in CODES if c in report.confusion or any(c in row for row in report.confusion.values())]
    return page(request, "agreement.html", actor, session, report=report, labels=labels, cohort=cohort,
                cohorts=await web(request).staff.cohorts(actor))
