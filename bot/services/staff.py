"""Supervisor, instructor and admin work: cohorts, invites, assignments, review, exports, alerts.

Every method takes the acting user and checks what they may see through `access.Scope`, so typed
ids and forged button data are refused here, whatever the handler in front did.  Messages for
other people (notifications, reminders, alerts) come back as `Notice`s for the caller to send.
"""

from __future__ import annotations

import asyncio
import re
import secrets
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.services.access import GRANTABLE, Actor, Role, Scope, scope_for
from bot.services.chart import openness_chart, score_trends
from bot.services.exports import SessionExport, report_title, to_csv, to_html, to_jsonl
from bot.services.self_rating import own_ratings
from bot.services.versions import trend as score_trend
from bot.storage.repository import Storage, StoredSession
from personas.library import Library
from scoring.agreement import agreement, render
from scoring.codes import Code


class Refused(PermissionError):
    """The actor may not do this; the message says why, politely."""


@dataclass(frozen=True, slots=True)
class Notice:
    chat_id: int
    text: str


@dataclass(frozen=True, slots=True)
class SessionFilter:
    cohort: int | None = None
    trainee: int | None = None
    persona: str | None = None
    since: str | None = None
    until: str | None = None
    outcome: str | None = None
    score_min: int | None = None
    score_max: int | None = None


PAGE = 8
ALERT_RULE = (
    "Same problem in 3 sessions running with falling scores: the top growth issue of a "
    "trainee's last three finished sessions is the same and each score is lower than the one "
    "before.  Repeated walk-outs: two or more of the trainee's last five sessions ended with "
    "the client walking out, with personas of the same type."
)


def now() -> datetime:
    return datetime.now(UTC)


def parse_due(text: str) -> str:
    """'2026-12-01', '+7d' or '3d' -> ISO end of that day (UTC)."""
    text = text.strip().lower()
    match = re.fullmatch(r"\+?(\d{1,3})d", text)
    if match:
        day = now() + timedelta(days=int(match.group(1)))
    else:
        day = datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC)
    return day.replace(hour=23, minute=59, second=0, microsecond=0).isoformat(timespec="seconds")


class StaffService:
    def __init__(self, storage: Storage, library: Library, admins: list[int], bot_username: str = "") -> None:
        self.storage = storage
        self.library = library
        self.admins = admins
        self.bot_username = bot_username

    async def scope(self, actor: Actor) -> Scope:
        return await scope_for(self.storage, actor)

    # --- admin: roles -----------------------------------------------------------------------

    async def resolve_user(self, spec: str) -> int:
        spec = spec.strip()
        if spec.lstrip("-").isdigit():
            return int(spec)
        found = await self.storage.find_username(spec)
        if found is None:
            raise Refused(f"I don't know {spec}: they need to send /start to the bot first, or use their numeric id.")
        return found

    async def grant(self, actor: Actor, role: str, user_id: int) -> str:
        chosen = self._grantable(role)
        added = await self.storage.grant_role(user_id, chosen.value, actor.user_id)
        return f"{'Granted' if added else 'Already had'}: {chosen.value} for {await self._name(user_id)}."

    async def revoke(self, actor: Actor, role: str, user_id: int) -> str:
        chosen = self._grantable(role)
        removed = await self.storage.revoke_role(user_id, chosen.value)
        return f"{'Revoked' if removed else 'Did not have'}: {chosen.value} for {await self._name(user_id)}."

    @staticmethod
    def _grantable(role: str) -> Role:
        try:
            chosen = Role(role.lower())
        except ValueError:
            chosen = Role.TRAINEE
        if chosen not in GRANTABLE:
            raise Refused("Roles you can grant: supervisor, instructor.")
        return chosen

    async def _name(self, user_id: int) -> str:
        return (await self.storage.names([user_id])).get(user_id) or f"user {user_id}"

    # --- cohorts and invites --------------------------------------------------------------------

    def link(self, code: str) -> str:
        return f"https://t.me/{self.bot_username or 'your_bot'}?start={code}"

    async def new_cohort(self, actor: Actor, name: str) -> tuple[int, str]:
        if not name.strip():
            raise Refused("Give the cohort a name: /newcohort Spring 2027")
        cohort_id = await self.storage.create_cohort(name.strip()[:80], actor.user_id)
        return cohort_id, await self._new_invite(actor, cohort_id, "trainee", None)

    async def _new_invite(self, actor: Actor, cohort_id: int, role: str, days: int | None) -> str:
        code = secrets.token_urlsafe(12)
        expires = (now() + timedelta(days=days)).isoformat(timespec="seconds") if days else None
        await self.storage.create_invite(code, cohort_id, role, actor.user_id, expires)
        return self.link(code)

    async def invite(self, actor: Actor, cohort_id: int, role: str = "trainee", days: int | None = None) -> str:
        await self._own_cohort(actor, cohort_id)
        if role not in ("trainee", "instructor"):
            raise Refused("Invites are for trainees or instructors: /invite <cohort> [instructor] [days]")
        return await self._new_invite(actor, cohort_id, role, days)

    async def _own_cohort(self, actor: Actor, cohort_id: int) -> dict[str, Any]:
        cohort = await self.storage.cohort(cohort_id)
        scope = await self.scope(actor)
        if cohort is None or not scope.can_see_cohort(cohort_id):
            raise Refused(f"Cohort {cohort_id} isn't one of yours.")
        return cohort

    async def revoke_invite(self, actor: Actor, code: str) -> str:
        code = code.rsplit("start=", 1)[-1]
        found = await self.storage.invite(code)
        if found is None:
            raise Refused("I don't know that invite.")
        await self._own_cohort(actor, found["cohort_id"])
        await self.storage.revoke_invite(code)
        return "Invite revoked: the link no longer works."

    async def join(self, user_id: int, code: str) -> str:
        invite = await self.storage.invite(code)
        if invite is None:
            return "That invite link isn't valid. Ask your supervisor for a new one."
        if invite["revoked"]:
            return "That invite link has been revoked. Ask your supervisor for a new one."
        if invite["expires_at"] and invite["expires_at"] < now().isoformat(timespec="seconds"):
            return "That invite link has expired. Ask your supervisor for a new one."
        cohort = await self.storage.cohort(invite["cohort_id"])
        assert cohort is not None
        if invite["role"] == "instructor" and "instructor" not in await self.storage.roles_of(user_id):
            return "This link is for instructors; ask an admin to grant you the instructor role first."
        await self.storage.add_member(cohort["id"], user_id, invite["role"])
        return f"You've joined the cohort “{cohort['name']}” as {invite['role']}. See /assignments for your work."

    async def delete_cohort(self, actor: Actor, cohort_id: int) -> str:
        if not actor.has(Role.ADMIN):
            raise Refused("Only admins can delete a cohort.")
        if not await self.storage.delete_cohort(cohort_id):
            raise Refused(f"There is no cohort {cohort_id}.")
        return f"Cohort {cohort_id} deleted (its members keep their own sessions)."

    async def cohorts(self, actor: Actor) -> list[dict[str, Any]]:
        if actor.has(Role.ADMIN):
            return await self.storage.all_cohorts()
        return await self.storage.cohorts_of(actor.user_id)

    async def cohort_listing(self, actor: Actor) -> str:
        lines = []
        for c in await self.cohorts(actor):
            trainees = await self.storage.members(c["id"], "trainee")
            lines.append(f"{c['id']}. {c['name']} — {len(trainees)} trainee(s)")
        return "\n".join(lines) or "No cohorts yet. Create one with /newcohort <name>."

    # --- assignments ----------------------------------------------------------------------------

    async def assign(
        self, actor: Actor, target: str, persona_id: str, mode: str, due: str | None, min_turns: int
    ) -> tuple[str, list[Notice], list[dict[str, Any]]]:
        """`target` is 'cohort:<id>' or a trainee (id or @username) in the actor's cohorts."""
        if persona_id not in self.library.personas:
            raise Refused(f"There is no persona {persona_id!r}.")
        if mode not in ("coach", "exam"):
            raise Refused("Mode is coach or exam.")
        scope = await self.scope(actor)
        cohort_id: int | None = None
        if target.startswith("cohort:"):
            cohort_id = int(target.split(":", 1)[1])
            await self._own_cohort(actor, cohort_id)
            trainees = await self.storage.members(cohort_id, "trainee")
            if not trainees:
                raise Refused("That cohort has no trainees yet: share its invite link first.")
        else:
            trainee = await self.resolve_user(target)
            if not scope.can_see(trainee) or trainee == actor.user_id:
                raise Refused("That trainee isn't in your cohorts.")
            trainees = [trainee]
        due_at = parse_due(due) if due else None
        persona = self.library.get(persona_id)
        created, notices = [], []
        for trainee in trainees:
            assignment_id = await self.storage.create_assignment(
                cohort_id, trainee, persona_id, mode, due_at, min_turns, actor.user_id
            )
            created.append((await self.storage.assignments("id = ?", (assignment_id,)))[0])
            when = f" by {due_at[:10]}" if due_at else ""
            extra = f", at least {min_turns} turns" if min_turns else ""
            notices.append(
                Notice(
                    trainee,
                    f"New assignment{when}: practise with {persona.name} "
                    f"({persona.type.value.replace('_', ' ')}) in {mode} mode{extra}. "
                    f"Start it with /practice {persona_id} — see /assignments.",
                )
            )
        return f"Assigned {persona.name} to {len(trainees)} trainee(s).", notices, created

    async def assignments_text(self, user_id: int) -> str:
        rows = await self.storage.assignments("trainee_id = ?", (user_id,))
        if not rows:
            return "You have no assignments."
        lines = []
        for a in rows:
            persona = self.library.personas.get(a["persona_id"])
            name = persona.name if persona else a["persona_id"]
            state = "✓ done" if a["completed_at"] else (f"due {a['due_at'][:10]}" if a["due_at"] else "open")
            extra = f", ≥{a['min_turns']} turns" if a["min_turns"] else ""
            lines.append(f"• {name} ({a['mode']}{extra}) — {state} — /practice {a['persona_id']}")
        return "<b>Your assignments</b>\n" + "\n".join(lines)

    async def open_assignment(self, user_id: int, persona_id: str) -> dict[str, Any] | None:
        rows = await self.storage.assignments(
            "trainee_id = ? AND persona_id = ? AND completed_at IS NULL", (user_id, persona_id)
        )
        return rows[0] if rows else None

    async def session_finished(self, user_id: int, session_id: int) -> list[Notice]:
        """Complete the linked assignment if its criteria are met; raise supervision alerts."""
        notices: list[Notice] = []
        stored = await self.storage.session(session_id)
        if stored is None:
            return notices
        assignment_id = await self.storage.session_assignment(session_id)
        if assignment_id is not None:
            rows = await self.storage.assignments("id = ?", (assignment_id,))
            trainee_turns = sum(
                1 for e in stored.state.get("entries", []) if e["speaker"] == "trainee" and not e["retracted"]
            )
            if rows and not rows[0]["completed_at"] and trainee_turns >= rows[0]["min_turns"]:
                await self.storage.complete_assignment(assignment_id, session_id)
                notices.append(Notice(user_id, "Assignment complete ✓"))
        notices += await self._alerts(user_id)
        return notices

    async def _supervisors_of(self, trainee_id: int) -> set[int]:
        supervisors: set[int] = set()
        for cohort_id in await self.storage.cohort_ids_of_member(trainee_id, "trainee"):
            supervisors.update(await self.storage.members(cohort_id, "supervisor"))
        return supervisors

    async def _alerts(self, trainee_id: int) -> list[Notice]:
        supervisors = await self._supervisors_of(trainee_id)
        if not supervisors:
            return []
        sessions = await self.storage.sessions_for([trainee_id])
        found: list[tuple[str, str]] = []
        last3 = sessions[:3]
        if len(last3) == 3:
            issues = [((s.result or {}).get("feedback") or {}).get("growth") or [] for s in last3]
            tops = {g[0]["issue"] if g else None for g in issues}
            scores = [s.score or 0 for s in reversed(last3)]  # oldest first
            if len(tops) == 1 and None not in tops and scores[0] > scores[1] > scores[2]:
                found.append(
                    (
                        f"pattern:{tops.pop()}",
                        f"the same problem ({issues[0][0]['issue']}) in their last "
                        f"3 sessions, with scores falling {scores[0]} → {scores[1]} → {scores[2]}",
                    )
                )
        walkouts = Counter(
            self.library.personas[s.persona_id].type.value
            for s in sessions[:5]
            if s.outcome == "walked_out" and s.persona_id in self.library.personas
        )
        for kind, count in walkouts.items():
            if count >= 2:
                found.append(
                    (
                        f"walkouts:{kind}",
                        f"{count} walk-outs with {kind.replace('_', ' ')} clients in their last 5 sessions",
                    )
                )
        notices = []
        name = await self._name(trainee_id)
        for supervisor in supervisors:
            for kind, detail in found:
                if not await self.storage.alerted(supervisor, trainee_id, kind):
                    await self.storage.add_alert(supervisor, trainee_id, kind, detail)
                    notices.append(Notice(supervisor, f"Supervision alert: {name} has {detail}."))
        return notices

    async def due_notices(self, assignment_id: int, kind: str) -> list[Notice]:
        """Reminder to the trainee before the due date, or overdue notice to the supervisor."""
        rows = await self.storage.assignments("id = ?", (assignment_id,))
        if not rows or rows[0]["completed_at"]:
            return []
        a = rows[0]
        persona = self.library.personas.get(a["persona_id"])
        name = persona.name if persona else a["persona_id"]
        if kind == "reminder" and not a["reminded"]:
            await self.storage.mark_assignment(a["id"], "reminded")
            return [
                Notice(
                    a["trainee_id"],
                    f"Reminder: your assignment with {name} is due {a['due_at'][:10]}. /practice {a['persona_id']}",
                )
            ]
        if kind == "overdue" and not a["overdue_notified"]:
            await self.storage.mark_assignment(a["id"], "overdue_notified")
            return [
                Notice(
                    a["created_by"],
                    f"Overdue: {await self._name(a['trainee_id'])} has not completed "
                    f"the assignment with {name} (due {a['due_at'][:10]}).",
                )
            ]
        return []

    # --- progress ---------------------------------------------------------------------------------

    async def progress(self, actor: Actor, target: str | None) -> tuple[str, bytes | None]:
        scope = await self.scope(actor)
        if target is None:
            trainees = (
                sorted(scope.trainees)
                if scope.trainees is not None
                else await self.storage.user_ids()
            )
        elif target.startswith("cohort:") or (target.isdigit() and await self.storage.cohort(int(target))):
            cohort_id = int(target.split(":")[-1])
            await self._own_cohort(actor, cohort_id)
            trainees = await self.storage.members(cohort_id, "trainee")
        else:
            trainee = await self.resolve_user(target)
            if not scope.can_see(trainee):
                raise Refused("That trainee isn't in your cohorts.")
            trainees = [trainee]
        names = await self.storage.names(trainees)
        lines, series = [], {}
        for trainee in trainees:
            sessions = list(reversed(await self.storage.sessions_for([trainee])))
            assignments = await self.storage.assignments("trainee_id = ?", (trainee,))
            done = sum(1 for a in assignments if a["completed_at"])
            outcomes: dict[str, Counter[str]] = defaultdict(Counter)
            for s in sessions:
                persona = self.library.personas.get(s.persona_id)
                outcomes[persona.type.value if persona else s.persona_id][s.outcome or "?"] += 1
            scores = [s.score or 0 for s in sessions]
            series[names.get(trainee, str(trainee))] = scores
            trend = score_trend([(s.version, s.score or 0) for s in sessions]) + own_ratings(sessions)
            by_type = "; ".join(
                f"{t.replace('_', ' ')}: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in c.items())
                for t, c in outcomes.items()
            )
            lines.append(
                f"<b>{names.get(trainee, trainee)}</b> — assignments {done}/{len(assignments)} done · "
                f"scores {trend}" + (f"\n  {by_type}" if by_type else "")
            )
        if not lines:
            return "No trainees in scope yet.", None
        chart = await asyncio.to_thread(score_trends, series) if any(series.values()) else None
        return "<b>Progress</b>\n" + "\n".join(lines), chart

    # --- instructor: sessions, review, overrides, agreement ----------------------------------------

    async def find_sessions(self, actor: Actor, f: SessionFilter) -> list[StoredSession]:
        scope = await self.scope(actor)
        users: list[int] | None = None if scope.trainees is None else sorted(scope.trainees)
        if f.cohort is not None:
            await self._own_cohort(actor, f.cohort)
            users = await self.storage.members(f.cohort, "trainee")
        if f.trainee is not None:
            if not scope.can_see(f.trainee):
                raise Refused("That trainee isn't in your cohorts.")
            users = [f.trainee]
        found = []
        for s in await self.storage.sessions_for(users):
            if (f.persona and s.persona_id != f.persona) or (f.outcome and s.outcome != f.outcome):
                continue
            if (f.since and (s.started_at or "") < f.since) or (f.until and (s.started_at or "")[:10] > f.until):
                continue
            if f.score_min is not None and (s.score or 0) < f.score_min:
                continue
            if f.score_max is not None and (s.score or 0) > f.score_max:
                continue
            found.append(s)
        return found

    async def reviewable(self, actor: Actor, session_id: int) -> StoredSession:
        stored = await self.storage.session(session_id)
        scope = await self.scope(actor)
        if stored is None or not scope.can_see(stored.user_id):
            raise Refused(f"Session {session_id} isn't in your cohorts.")
        return stored

    async def review(
        self, actor: Actor, session_id: int
    ) -> tuple[StoredSession, list[dict[str, Any]], dict[int, dict[str, Any]]]:
        stored = await self.reviewable(actor, session_id)
        turns = await self.storage.turns(session_id)
        overrides = {o["turn_id"]: o for o in await self.storage.overrides([session_id])}
        return stored, turns, overrides

    async def override(self, actor: Actor, turn_id: int, code: str) -> tuple[int, dict[str, Any]]:
        turn = await self.storage.turn(turn_id)
        await self.reviewable(actor, turn["session_id"] if turn else -1)
        if turn is None or turn["speaker"] != "trainee":
            raise Refused("Only the trainee's turns can be overridden.")
        try:
            chosen = Code(code)
        except ValueError:
            raise Refused(f"{code!r} is not a code.") from None
        return await self.storage.add_override(turn_id, actor.user_id, chosen.value, None), turn

    async def note(self, actor: Actor, text: str) -> str:
        override_id = await self.storage.last_override_id(actor.user_id)
        if override_id is None:
            raise Refused("Override a turn first (/review), then add a note with /note <text>.")
        await self.storage.set_override_note(override_id, text.strip()[:500])
        return "Note saved with your last override."

    async def agreement_text(self, actor: Actor, cohort_id: int | None) -> str:
        sessions = await self.find_sessions(actor, SessionFilter(cohort=cohort_id))
        pairs = [
            (o["auto_code"], o["code"]) for o in self._latest(await self.storage.overrides([s.id for s in sessions]))
        ]
        return render(agreement(pairs))

    @staticmethod
    def _latest(overrides: list[dict[str, Any]]) -> list[dict[str, Any]]:
        latest: dict[int, dict[str, Any]] = {}
        for o in overrides:
            latest[o["turn_id"]] = o
        return list(latest.values())

    # --- exports ------------------------------------------------------------------------------

    async def export(
        self, actor: Actor, fmt: str, cohort_id: int | None = None, session_id: int | None = None
    ) -> tuple[str, bytes]:
        if fmt not in ("csv", "jsonl", "html"):
            raise Refused("Export as csv, jsonl or html: /export csv [cohort <id> | session <id>]")
        if session_id is not None:
            sessions = [await self.reviewable(actor, session_id)]
            label, heading = f"session-{session_id}", f"Session {session_id}"
        else:
            sessions = await self.find_sessions(actor, SessionFilter(cohort=cohort_id))
            label = f"cohort-{cohort_id}" if cohort_id else "sessions"
            cohort = await self.storage.cohort(cohort_id) if cohort_id else None
            heading = f"Cohort {cohort_id} “{cohort['name']}”" if cohort else "All sessions in your cohorts"
        items = await self.export_items(sessions)
        data = (
            {"csv": to_csv, "jsonl": to_jsonl}[fmt](items)
            if fmt != "html"
            else to_html(items, f"rollwith — {report_title(heading, items)}")
        )
        return f"rollwith-{label}.{fmt}", data

    async def export_items(self, sessions: list[StoredSession]) -> list[SessionExport]:
        names = await self.storage.names(sorted({s.user_id for s in sessions}))
        overrides = self._latest(await self.storage.overrides([s.id for s in sessions]))
        by_turn = {o["turn_id"]: o for o in overrides}
        items = []
        for s in sessions:
            persona = self.library.personas.get(s.persona_id)
            chart = (s.result or {}).get("chart")
            png = (
                await asyncio.to_thread(
                    openness_chart,
                    chart["path"],
                    chart["codes"],
                    chart["stances"],
                    chart["events"],
                    "openness per turn",
                )
                if chart
                else None
            )
            session = {
                "id": s.id,
                "user_id": s.user_id,
                "persona_id": s.persona_id,
                "mode": s.mode,
                "started_at": s.started_at,
                "ended_at": s.ended_at,
                "outcome": s.outcome,
                "score": s.score,
                "result": s.result,
                "scoring_version": s.version,
                "self_empathy": s.self_empathy,
                "self_partnership": s.self_partnership,
            }
            turns = await self.storage.turns(s.id)
            items.append(
                SessionExport(
                    session,
                    names.get(s.user_id, str(s.user_id)),
                    persona.name if persona else s.persona_id,
                    turns,
                    {t["id"]: by_turn[t["id"]] for t in turns if t["id"] in by_turn},
                    png,
                )
            )
        return items
