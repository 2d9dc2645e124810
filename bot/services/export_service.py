"""Gathering sessions for export: scope and filters first, then a few bulk queries.

The bot's /export, the web app's export links and `rollwith export` all come through here, so a
filter means the same everywhere.  Reports (JSON) are parsed only for the formats that show them,
and only the HTML report draws charts (as inline SVG).  The turn-level CSV, the big one, is built
by SQLite (`turn_csv`): no JSON parsed and no dict built per turn.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from bot.services.access import Actor
from bot.services.agreement import latest_judged
from bot.services.exports import (
    HAS_CODER,
    TURN_ID,
    SessionExport,
    report_title,
    to_csv,
    to_html,
    to_jsonl,
    to_session_csv,
    turn_csv,
    with_detail,
)
from bot.services.staff import Refused, SessionFilter, StaffService
from bot.services.turn_detail import details

FORMATS = {"csv": to_csv, "sessions": to_session_csv, "jsonl": to_jsonl}
EXTENSIONS = {"csv": "csv", "sessions": "csv", "jsonl": "jsonl", "html": "html"}


class ExportService:
    def __init__(self, staff: StaffService) -> None:
        self.staff = staff
        self.storage = staff.storage

    async def export(self, actor: Actor, fmt: str, f: SessionFilter | None = None,
                     session_id: int | None = None) -> tuple[str, bytes]:
        """(file name, bytes) of the sessions in the actor's scope that pass the filter."""
        if fmt not in EXTENSIONS:
            raise Refused("Export as csv (one row per turn), sessions (one row per session), jsonl or html.")
        if session_id is not None:
            stored = await self.staff.reviewable(actor, session_id)
            sessions = [s for s in await self.storage.session_rows([stored.user_id]) if s["id"] == session_id]
            label, heading = f"session-{session_id}", f"Session {session_id}"
        else:
            f = f or SessionFilter()
            sessions = await self.staff.find_sessions(actor, f)
            label = f"cohort-{f.cohort}" if f.cohort else "sessions"
            cohort = await self.storage.cohort(f.cohort) if f.cohort else None
            heading = f"Cohort {f.cohort} “{cohort['name']}”" if cohort else "All sessions in your cohorts"
        if fmt == "csv":
            data = await self.turn_csv(sessions)
        else:
            items = await self.items(sessions, with_reports=fmt in ("jsonl", "html"), with_turns=fmt != "sessions")
            data = (to_html(items, f"rollwith — {report_title(heading, items)}") if fmt == "html"
                    else FORMATS[fmt](items))
        suffix = "-summary" if fmt == "sessions" else ""
        return f"rollwith-{label}{suffix}.{EXTENSIONS[fmt]}", data

    async def items(self, sessions: list[dict[str, Any]], with_reports: bool = False,
                    with_turns: bool = True) -> list[SessionExport]:
        """Everything the formats need, in a few bulk queries; turns and reports only when used."""
        ids = [s["id"] for s in sessions] if with_turns else []
        users = sorted({s["user_id"] for s in sessions})
        names = await self.storage.names(users)
        cohorts = await self.storage.memberships(users)
        assignments = {a["id"]: a for a in await self.storage.assignments_of(users)}
        turns: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for t in await self.storage.turns_of(ids):
            turns[t["session_id"]].append(t)
        reviews = await self._reviews(ids)
        needs_report = [s["id"] for s in sessions if with_reports or _lacks_coder(turns[s["id"]])]
        stored = await self.storage.session_results(needs_report)
        results = {k: json.loads(v) if v else None for k, v in stored.items()}
        lib = self.staff.library.personas
        items = []
        for s in sessions:
            persona = lib.get(s["persona_id"])
            assignment = assignments.get(s["assignment_id"]) if s["assignment_id"] else None
            result = results.get(s["id"])
            items.append(SessionExport(
                s, names.get(s["user_id"]) or str(s["user_id"]), persona.name if persona else s["persona_id"],
                turns[s["id"]], reviews, details(turns[s["id"]], result),
                persona.type.value if persona else "", "; ".join(cohorts.get(s["user_id"], [])),
                _assignment_label(assignment), result if with_reports else None,
                await self.storage.session_notes(s["id"]) if with_reports else [],
            ))
        return items

    async def turn_csv(self, sessions: list[dict[str, Any]]) -> bytes:
        """One row per trainee turn, built by SQLite: the sessions' columns come from the light items,
        the turns' from one query.  Sessions recorded before turns kept the coder's view read it
        from their report, as `to_csv` does."""
        items = await self.items(sessions, with_turns=False)
        rows = await self.storage.turn_csv_rows([s["id"] for s in sessions])
        lacking = sorted({r[0] for r in rows if not r[HAS_CODER]})
        if lacking:
            turns: dict[int, list[dict[str, Any]]] = defaultdict(list)
            for t in await self.storage.turns_of(lacking):
                turns[t["session_id"]].append(t)
            reports = await self.storage.session_results(lacking)
            found = {}
            for sid in lacking:
                report = reports.get(sid)
                found.update(details(turns[sid], json.loads(report) if report else None))
            rows = [r if r[HAS_CODER] else with_detail(r, found.get(r[TURN_ID])) for r in rows]
        return turn_csv(items, rows)

    async def _reviews(self, session_ids: list[int]) -> dict[int, dict[str, Any]]:
        """Turn id -> the newest confirm/override by anyone, with the reviewer's name and newest note."""
        rows = await self.storage.verdicts(session_ids)
        names = await self.storage.names(sorted({r["reviewer_id"] for r in rows}))
        notes = {r["turn_id"]: r["note"] for r in rows if r["note"]}
        latest: dict[int, dict[str, Any]] = {}
        for (turn_id, reviewer), r in sorted(latest_judged(rows).items(), key=lambda kv: kv[1]["id"]):
            latest[turn_id] = r | {"reviewer": names.get(reviewer, str(reviewer)), "note": notes.get(turn_id)}
        for turn_id, note in notes.items():
            latest.setdefault(turn_id, {"note": note})
        return latest


def _lacks_coder(turns: list[dict[str, Any]]) -> bool:
    """Sessions recorded before turns kept the coder's reason need their report for it."""
    return any(t["speaker"] == "trainee" and not t["coder"] for t in turns)


def _assignment_label(a: dict[str, Any] | None) -> str:
    if a is None:
        return ""
    due = f", due {a['due_at'][:10]}" if a["due_at"] else ""
    return f"#{a['id']} {a['persona_id']} ({a['mode']}{due})"
