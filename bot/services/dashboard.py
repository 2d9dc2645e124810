"""What a supervisor reads about trainees: cohort rows, a trainee's page, the sessions table.

Everything is built from light listings (a handful of queries per page, measures pulled out by
SQLite), so a cohort of a hundred trainees with thirty sessions each renders quickly.  People who
hold a staff role are never counted as trainees, even when they joined a cohort by its link.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bot.services.access import Actor
from bot.services.staff import OutOfScope, SessionFilter, StaffService, now
from bot.services.versions import trend

SORTS = ("flags", "name", "score", "last", "overdue", "done")


@dataclass
class TraineeRow:
    id: int
    name: str
    sessions: list[dict[str, Any]] = field(default_factory=list)  # oldest first
    assignments: list[dict[str, Any]] = field(default_factory=list)  # not cancelled
    alerts: list[dict[str, Any]] = field(default_factory=list)

    @property
    def done(self) -> int:
        return sum(1 for a in self.assignments if a["completed_at"])

    @property
    def overdue(self) -> int:
        today = now().isoformat(timespec="seconds")
        return sum(1 for a in self.assignments if not a["completed_at"] and a["due_at"] and a["due_at"] < today)

    @property
    def open(self) -> int:
        return len(self.assignments) - self.done - self.overdue

    @property
    def last_session(self) -> str:
        return (self.sessions[-1]["started_at"] or "")[:10] if self.sessions else ""

    @property
    def last_score(self) -> int | None:
        return self.sessions[-1]["score"] if self.sessions else None

    def series(self, key: str) -> list[float | None]:
        return [s[key] for s in self.sessions]

    @property
    def outcomes(self) -> Counter[str]:
        return Counter(s["outcome"] or "unknown" for s in self.sessions)

    @property
    def flags(self) -> list[str]:
        found = [a["detail"] for a in self.alerts]
        if self.overdue:
            found.append(f"{self.overdue} overdue assignment(s)")
        return found

    def sort_key(self, key: str) -> tuple[Any, ...]:
        """Worst first for flags and overdue; otherwise ascending, names breaking ties."""
        keys: dict[str, Any] = {
            "flags": -len(self.flags), "name": 0, "score": self.last_score if self.last_score is not None else -1,
            "last": self.last_session, "overdue": -self.overdue, "done": -self.done,
        }
        return keys.get(key, 0), self.name.lower()


class DashboardService:
    def __init__(self, staff: StaffService) -> None:
        self.staff = staff
        self.storage = staff.storage

    async def staff_ids(self) -> set[int]:
        return {r["user_id"] for r in await self.storage.role_holders()} | set(self.staff.admins)

    async def trainees_in_scope(self, actor: Actor, cohort_id: int | None = None) -> list[int]:
        """Trainees the actor may see (of one cohort, if given), staff left out."""
        if cohort_id is not None:
            await self.staff.own_cohort(actor, cohort_id)
            ids = set(await self.storage.members(cohort_id, "trainee"))
        else:
            scope = await self.staff.scope(actor)
            ids = set(scope.trainees) if scope.trainees is not None else set(await self.storage.user_ids())
        return sorted(ids - await self.staff_ids() - {actor.user_id})

    async def rows(self, actor: Actor, cohort_id: int | None = None, sort: str = "flags") -> list[TraineeRow]:
        """One row per trainee, every list fetched in one query for the whole cohort."""
        ids = await self.trainees_in_scope(actor, cohort_id)
        names = await self.storage.names(ids)
        rows = {i: TraineeRow(i, names.get(i) or f"user {i}") for i in ids}
        for s in await self.storage.session_rows(ids, counts=False):
            rows[s["user_id"]].sessions.append(s)
        for a in await self.storage.assignments_of(ids):
            if not a["cancelled_at"]:
                rows[a["trainee_id"]].assignments.append(a)
        for alert in await self.storage.alerts_for(ids):
            rows[alert["trainee_id"]].alerts.append(alert)
        return sorted(rows.values(), key=lambda r: r.sort_key(sort if sort in SORTS else "flags"))

    async def trainee(self, actor: Actor, trainee_id: int) -> TraineeRow:
        scope = await self.staff.scope(actor)
        if not scope.can_see(trainee_id) or trainee_id == actor.user_id:
            raise OutOfScope("That trainee isn't in your cohorts.")
        name = (await self.storage.names([trainee_id])).get(trainee_id) or f"user {trainee_id}"
        row = TraineeRow(trainee_id, name, await self.storage.session_rows([trainee_id]))
        row.assignments = [a for a in await self.storage.assignments_of([trainee_id]) if not a["cancelled_at"]]
        row.alerts = await self.storage.alerts_for([trainee_id])
        return row

    def alert_sessions(self, row: TraineeRow, alert: dict[str, Any]) -> list[dict[str, Any]]:
        """The sessions behind an alert: those with the repeated problem, or the walk-outs of that type."""
        kind, _, what = alert["kind"].partition(":")
        lib = self.staff.library.personas
        if kind == "pattern":
            return [s for s in row.sessions if s["top_issue"] == what][-3:]
        return [s for s in row.sessions if s["outcome"] == "walked_out" and s["persona_id"] in lib
                and lib[s["persona_id"]].type.value == what][-5:]

    async def table(self, actor: Actor, f: SessionFilter) -> list[dict[str, Any]]:
        """Sessions in scope that pass the filter, newest first, with trainee and client names."""
        found = await self.staff.find_sessions(actor, f)
        names = await self.storage.names(sorted({s["user_id"] for s in found}))
        lib = self.staff.library.personas
        return [s | {"trainee": names.get(s["user_id"]) or f"user {s['user_id']}",
                     "client": lib[s["persona_id"]].name if s["persona_id"] in lib else s["persona_id"]}
                for s in found]

    async def progress_text(self, actor: Actor, cohort_id: int | None, dashboard_url: str,
                            trainee: int | None = None) -> str:
        """/progress in chat: one line per trainee, flagged ones first, with a link to the dashboard."""
        rows = [await self.trainee(actor, trainee)] if trainee is not None else await self.rows(actor, cohort_id)
        if not rows:
            return "No trainees in scope yet."
        lines = []
        for r in rows:
            scores = trend([(x.get("scoring_version") or 1, x.get("score") or 0) for x in r.sessions], last=5)
            rated = [x for x in r.sessions if x.get("self_empathy") or x.get("self_partnership")][-3:]
            if rated:  # trainees over-rate themselves: the gap is worth a conversation
                scores += " · own ratings (empathy/partnership): " + ", ".join(
                    f"{x.get('self_empathy') or '–'}/{x.get('self_partnership') or '–'} for {x.get('score')}"
                    for x in rated)
            flag = "⚑ " if r.flags else ""
            when = f", last {date.fromisoformat(r.last_session):%d %b}" if r.last_session else ""
            lines.append(f"{flag}<b>{_esc(r.name)}</b> — done {r.done}, open {r.open}, overdue {r.overdue}"
                         f"{when} · scores {scores}" + "".join(f"\n   ⚑ {_esc(f)}" for f in r.flags))
        return (f"<b>Progress</b> ({len(rows)} trainees, flagged first)\n" + "\n".join(lines)
                + f"\n\nDashboard with trends and sorting: {_esc(dashboard_url)}")


def _esc(text: object) -> str:
    return html.escape(str(text), quote=False)
