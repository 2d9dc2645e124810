"""Supervisor, instructor and admin work: cohorts, invites, assignments, review, exports, alerts.

Every method takes the acting user and checks what they may see through `access.Scope`, so typed
ids and forged button data are refused here, whatever the handler in front did.  Messages for
other people (notifications, reminders, alerts) come back as `Notice`s for the caller to send.
"""

from __future__ import annotations

import re
import secrets
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.services.access import GRANTABLE, Actor, Role, Scope, scope_for
from bot.services.agreement import agreement_report
from bot.storage.repository import Storage, StoredSession
from personas.library import Library
from scoring.agreement import render
from scoring.codes import Code


class Refused(PermissionError):
    """The actor may not do this; the message says why, politely."""


class OutOfScope(Refused):
    """The id names something outside the actor's cohorts (or nothing at all: the two look the same)."""


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
    unreviewed: bool = False

    def keeps(self, s: dict[str, Any]) -> bool:
        """Whether a light session row (`Storage.session_rows`) passes every filter that is set."""
        day = (s["started_at"] or "")[:10]
        score = s["score"] or 0
        return not (
            (self.persona and s["persona_id"] != self.persona)
            or (self.outcome and s["outcome"] != self.outcome)
            or (self.since and day < self.since)
            or (self.until and day > self.until)
            or (self.score_min is not None and score < self.score_min)
            or (self.score_max is not None and score > self.score_max)
            or (self.unreviewed and s["reviewed"])
        )


PAGE = 8
ALERT_RULE = (
    "Same problem in 3 sessions running with falling scores: the top growth issue of a "
    "trainee's last three finished sessions is the same and each score is lower than the one "
    "before.  Repeated walk-outs: two or more of the trainee's last five sessions ended with "
    "the client walking out, with personas of the same type."
)


def now() -> datetime:
    return datetime.now(UTC)


DUE_FORMS = "2027-01-15, 15/01/2027, 7d, 2w, tomorrow, friday or next friday"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _due_day(text: str, today: datetime) -> datetime | None:
    """The day a typed due date means, or None when it is not one of `DUE_FORMS`."""
    relative = re.fullmatch(r"\+?(\d{1,3})([dw])", text)
    if relative:
        return today + timedelta(days=int(relative.group(1)) * (7 if relative.group(2) == "w" else 1))
    if text in ("today", "tomorrow"):
        return today + timedelta(days=text == "tomorrow")
    words = text.split()
    if words and words[-1][:3] in {d[:3] for d in _WEEKDAYS} and len(words) <= 2 and words[0] in ("next", words[-1]):
        target = next(i for i, d in enumerate(_WEEKDAYS) if d.startswith(words[-1][:3]))
        ahead = (target - today.weekday()) % 7 or 7
        return today + timedelta(days=ahead)
    for form in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d/%m/%y"):
        try:
            return datetime.strptime(text, form).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def parse_due(text: str) -> str:
    """A typed due date -> ISO end of that day (UTC); unknown forms and past days are refused."""
    today = now()
    day = _due_day(" ".join(text.strip().lower().split()), today)
    if day is None:
        raise Refused(f"I can't read the due date {text.strip()!r}. Try {DUE_FORMS}.")
    if day.date() < today.date():
        raise Refused(f"The due date {day:%d %b %Y} has passed: choose today or later.")
    return day.replace(hour=23, minute=59, second=0, microsecond=0).isoformat(timespec="seconds")


def _turn_ref(target: str, last_session: int | None) -> tuple[int, int]:
    """'12:3' -> session 12, turn 3; 'T3' -> turn 3 of the session last reviewed."""
    full = re.fullmatch(r"#?(\d+):[Tt]?(\d+)", target)
    if full:
        return int(full.group(1)), int(full.group(2))
    short = re.fullmatch(r"[Tt](\d+)", target)
    if short and last_session is not None:
        return last_session, int(short.group(1))
    raise Refused("Name the turn as T3 (in the session you last reviewed) or 12:3 (session 12, turn 3).")


def due_words(due_at: str | None) -> str:
    """How a due date is echoed back: weekday and date, so a misread day is easy to spot."""
    return f"due {datetime.fromisoformat(due_at):%a %d %b %Y}" if due_at else "no due date"


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

    @staticmethod
    def role_notice(user_id: int, role: str, granted: bool) -> Notice:
        """What the person hears when their roles change: what they can do now, and where."""
        if not granted:
            return Notice(user_id, f"Your {role} role was removed. /help shows what you can do now.")
        article = "an" if role[0] in "aeiou" else "a"
        return Notice(user_id, f"You are now {article} {role} in rollwith. /help shows your commands, and /web "
                               "sends you a link to the web pages for your cohorts.")

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

    async def own_cohort(self, actor: Actor, cohort_id: int) -> dict[str, Any]:
        """The cohort, if the actor may see it; otherwise refused."""
        return await self._own_cohort(actor, cohort_id)

    async def _own_cohort(self, actor: Actor, cohort_id: int) -> dict[str, Any]:
        cohort = await self.storage.cohort(cohort_id)
        scope = await self.scope(actor)
        if cohort is None or not scope.can_see_cohort(cohort_id):
            raise OutOfScope(f"Cohort {cohort_id} isn't one of yours.")
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
                raise OutOfScope("That trainee isn't in your cohorts.")
            trainees = [trainee]
        due_at = parse_due(due) if due else None
        persona = self.library.get(persona_id)
        duplicates = [t for t in trainees if await self.storage.open_duplicate(t, persona_id) is not None]
        if len(duplicates) == len(trainees):
            who = await self._name(trainees[0]) if len(trainees) == 1 else "Every trainee there"
            raise Refused(f"{who} already has an open assignment with {persona.name}: edit or cancel that one "
                          "instead (on the web: /web).")
        trainees = [t for t in trainees if t not in duplicates]
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
        extra = f", at least {min_turns} turns" if min_turns else ", any length"
        skipped = f" Skipped {len(duplicates)} who already have it open." if duplicates else ""
        summary = (f"Assigned {persona.name} to {len(trainees)} trainee(s): {mode} mode, {due_words(due_at)}"
                   f"{extra}.{skipped}")
        return summary, notices, created

    async def _editable_assignment(self, actor: Actor, assignment_id: int) -> dict[str, Any]:
        rows = await self.storage.assignments("id = ?", (assignment_id,))
        scope = await self.scope(actor)
        if not rows or not scope.can_see(rows[0]["trainee_id"]) or rows[0]["trainee_id"] == actor.user_id:
            raise OutOfScope("That assignment isn't in your cohorts.")
        if rows[0]["completed_at"] or rows[0]["cancelled_at"]:
            raise Refused("That assignment is already done or cancelled.")
        return rows[0]

    async def edit_assignment(self, actor: Actor, assignment_id: int, mode: str, due: str | None,
                              min_turns: int) -> tuple[str, list[Notice]]:
        """New mode, due date or length; the trainee is told what changed."""
        found = await self._editable_assignment(actor, assignment_id)
        if mode not in ("coach", "exam"):
            raise Refused("Mode is coach or exam.")
        due_at = parse_due(due) if due else None
        await self.storage.update_assignment(assignment_id, mode, due_at, max(0, min_turns))
        persona = self.library.personas.get(found["persona_id"])
        name = persona.name if persona else found["persona_id"]
        what = f"{mode} mode, {due_words(due_at)}" + (f", at least {min_turns} turns" if min_turns else "")
        notice = Notice(found["trainee_id"], f"Your assignment with {name} changed: {what}.")
        return f"Updated: {name} — {what}.", [notice]

    async def cancel_assignment(self, actor: Actor, assignment_id: int) -> tuple[str, list[Notice]]:
        found = await self._editable_assignment(actor, assignment_id)
        await self.storage.cancel_assignment(assignment_id)
        persona = self.library.personas.get(found["persona_id"])
        name = persona.name if persona else found["persona_id"]
        return f"Cancelled: {name}.", [Notice(found["trainee_id"], f"Your assignment with {name} was cancelled.")]

    async def assignments_text(self, user_id: int) -> str:
        rows = await self.storage.assignments("trainee_id = ? AND cancelled_at IS NULL", (user_id,))
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
            "trainee_id = ? AND persona_id = ? AND completed_at IS NULL AND cancelled_at IS NULL", (user_id, persona_id)
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
        if not rows or rows[0]["completed_at"] or rows[0]["cancelled_at"]:
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

    # --- instructor: sessions, review, overrides, agreement ----------------------------------------

    async def find_sessions(self, actor: Actor, f: SessionFilter) -> list[dict[str, Any]]:
        """Finished sessions in the actor's scope that pass the filter, newest first (light rows)."""
        scope = await self.scope(actor)
        users: list[int] | None = None if scope.trainees is None else sorted(scope.trainees)
        if f.cohort is not None:
            await self._own_cohort(actor, f.cohort)
            users = await self.storage.members(f.cohort, "trainee")
        if f.trainee is not None:
            if not scope.can_see(f.trainee):
                raise OutOfScope("That trainee isn't in your cohorts.")
            users = [f.trainee]
        return [s for s in reversed(await self.storage.session_rows(users)) if f.keeps(s)]

    async def reviewable(self, actor: Actor, session_id: int) -> StoredSession:
        stored = await self.storage.session(session_id)
        scope = await self.scope(actor)
        if stored is None or not scope.can_see(stored.user_id):
            raise OutOfScope(f"Session {session_id} isn't in your cohorts.")
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

    async def note(self, actor: Actor, text: str, target: str | None = None) -> str:
        """A note on one turn: the one named ('T3' of the session last reviewed, or '12:3'), else the
        turn last overridden; the reply names the turn so a note never lands somewhere unseen."""
        last_id = await self.storage.last_override_id(actor.user_id)
        last = await self.storage.verdict(last_id) if last_id else None
        if target is None:
            if last is None:
                raise Refused("Override a turn first (/review), or name it: /note T3 <text> or /note 12:3 <text>.")
            turn = await self.storage.turn(last["turn_id"])
        else:
            session_id, number = _turn_ref(target, last["session_id"] if last else None)
            turn = await self._trainee_turn(session_id, number)
        assert turn is not None
        stored = await self.reviewable(actor, turn["session_id"])
        mine = [v for v in await self.storage.verdicts([stored.id])
                if v["turn_id"] == turn["id"] and v["reviewer_id"] == actor.user_id and v["kind"] != "note"]
        code = mine[-1]["code"] if mine else turn["code"]
        await self.storage.add_verdict(turn["id"], actor.user_id, "note", code, text.strip()[:500])
        persona = self.library.personas.get(stored.persona_id)
        return (f"Note saved on T{turn['turn']} of session #{stored.id} ({await self._name(stored.user_id)} with "
                f"{persona.name if persona else stored.persona_id}; code {code.replace('_', ' ')}): "
                f"“{text.strip()[:80]}”")

    async def _trainee_turn(self, session_id: int, number: int) -> dict[str, Any]:
        """The trainee's turn with this number (its latest attempt) in the session."""
        turns = [t for t in await self.storage.turns(session_id) if t["speaker"] == "trainee" and t["turn"] == number]
        if not turns:
            raise Refused(f"Session {session_id} has no trainee turn {number}.")
        return turns[-1]

    async def agreement_text(self, actor: Actor, cohort_id: int | None) -> str:
        """Scorer vs instructors over reviewed turns (confirmed or overridden), overall and per person."""
        sessions = await self.find_sessions(actor, SessionFilter(cohort=cohort_id))
        rows = await self.storage.verdicts([s["id"] for s in sessions])
        names = await self.storage.names(sorted({r["reviewer_id"] for r in rows}))
        report = agreement_report(rows, names)
        lines = [render(report.overall)]
        if len(report.per_reviewer) > 1:
            lines += ["", "Per instructor:"] + [
                f"{name}: {a.n} turns, agreement {a.observed:.0%}" for name, a in report.per_reviewer
            ]
        lines += [f"{p.first} vs {p.second}: {p.n} shared turns, agreement {p.observed:.0%}" for p in report.between]
        return "\n".join(lines)
