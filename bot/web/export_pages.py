"""Downloads: turn-level CSV, session-level CSV, JSON Lines and the HTML report, with the sessions
table's filters."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from bot.web.auth import require, web
from bot.web.cohort_pages import session_filter

MEDIA = {"csv": "text/csv", "jsonl": "application/x-ndjson", "html": "text/html"}


async def download(request: Request) -> Response:
    actor, _ = await require(request, "export")
    fmt = request.path_params["fmt"]
    filename, data = await web(request).exports.export(actor, fmt, session_filter(request.query_params))
    media = MEDIA[filename.rsplit(".", 1)[1]]
    return Response(data, media_type=f"{media}; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"})
