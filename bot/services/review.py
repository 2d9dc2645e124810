"""Turn-by-turn review: confirm the scorer, override it, note a turn, and write to the trainee.

Every verdict is a new row, so a reviewer can change their mind and the history stays; the newest
confirm or override per turn and reviewer is what counts.  Agreement is measured over exactly
those reviewed turns, so an instructor who confirms the scorer is counted as agreeing, not skipped.
All reads and writes go through `StaffService.reviewable`, the same scope check the bot uses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.services.access import PAGE_ROLES, Actor
from bot.services.agreement import JUDGED, AgreementReport, agreement_report, latest_judged
from bot.services.staff import Notice, Refused, SessionFilter, StaffService
from bot.services.turn_detail import TurnDetail, details, words
from bot.storage.repository import StoredSession
from scoring.codes import Code

CODES = tuple(c.value for c in Code)


@dataclass(frozen=True, slots=True)
class Verdict:
    kind: str
    code: str
    note: str | None
    reviewer_id: int
    reviewer: str
    created_at: str


@dataclass
class TurnReview:
    row: dict[str, Any]
    detail: TurnDetail | None
    mine: Verdict | None = None  # this reviewer's newest confirm or override
    my_note: str | None = None
    history: list[Verdict] = field(default_factory=list)

    @property
    def final_code(self) -> str | None:
        """What the trainee is told: the newest judged verdict by anyone, else the scorer's code."""
        judged = [v for v in self.history if v.kind in JUDGED]
        return judged[-1].code if judged else self.row["code"]


@dataclass(frozen=True, slots=True)
class ReviewPage:
    session: StoredSession
    trainee: str
    persona: str
    turns: list[TurnReview]
    notes: list[dict[str, Any]]
    can_write: bool


class ReviewService:
    def __init__(self, staff: StaffService) -> None:
        self.staff = staff
        self.storage = staff.storage

    async def page(self, actor: Actor, session_id: int) -> ReviewPage:
        stored = await self.staff.reviewable(actor, session_id)
        rows = await self.storage.turns(session_id)
        verdicts = await self.storage.verdicts([session_id])
        names = await self.storage.names(sorted({stored.user_id} | {v["reviewer_id"] for v in verdicts}))
        detail = details(rows, stored.result)
        turns = {r["id"]: TurnReview(r, detail.get(r["id"])) for r in rows}
        for v in verdicts:
            turn = turns[v["turn_id"]]
            verdict = Verdict(v["kind"], v["code"], v["note"], v["reviewer_id"],
                              names.get(v["reviewer_id"], str(v["reviewer_id"])), v["created_at"])
            turn.history.append(verdict)
            if v["reviewer_id"] == actor.user_id:
                if v["kind"] in JUDGED:
                    turn.mine = verdict
                if v["note"]:
                    turn.my_note = v["note"]
        persona = self.staff.library.personas.get(stored.persona_id)
        return ReviewPage(
            stored,
            names.get(stored.user_id, str(stored.user_id)),
            persona.name if persona else stored.persona_id,
            list(turns.values()),
            await self.storage.session_notes(session_id),
            actor.may(PAGE_ROLES["review_write"]),
        )

    async def _writable_turn(self, actor: Actor, turn_id: int) -> dict[str, Any]:
        if not actor.may(PAGE_ROLES["review_write"]):
            raise Refused("Only instructors can confirm or change codes.")
        turn = await self.storage.turn(turn_id)
        await self.staff.reviewable(actor, turn["session_id"] if turn else -1)
        if turn is None or turn["speaker"] != "trainee":
            raise Refused("Only the trainee's turns are reviewed.")
        return turn

    async def act(self, actor: Actor, turn_id: int, action: str, code: str = "", note: str = "") -> Verdict:
        """Confirm the scorer's code, override it, or note the turn; saved at once as a new row."""
        turn = await self._writable_turn(actor, turn_id)
        note_text = note.strip()[:500] or None
        if action == "confirm":
            chosen = turn["code"]
        elif action == "override":
            if code not in CODES:
                raise Refused(f"{code!r} is not a code.")
            chosen = code
        elif action == "note" and note_text:
            mine = latest_judged(await self._turn_rows(turn))
            chosen = mine[(turn_id, actor.user_id)]["code"] if (turn_id, actor.user_id) in mine else turn["code"]
        else:
            raise Refused("Confirm, override with a code, or write a note.")
        kind = "note" if action == "note" else action
        await self.storage.add_verdict(turn_id, actor.user_id, kind, chosen, note_text)
        name = (await self.storage.names([actor.user_id])).get(actor.user_id, str(actor.user_id))
        return Verdict(kind, chosen, note_text, actor.user_id, name, "")

    async def _turn_rows(self, turn: dict[str, Any]) -> list[dict[str, Any]]:
        return [r for r in await self.storage.verdicts([turn["session_id"]]) if r["turn_id"] == turn["id"]]

    async def note_to_trainee(self, actor: Actor, session_id: int, text: str) -> tuple[int, Notice]:
        """A session-level note: stored (the trainee's report shows it) and returned for delivery."""
        if not actor.may(PAGE_ROLES["review_write"]):
            raise Refused("Only instructors can write to the trainee.")
        stored = await self.staff.reviewable(actor, session_id)
        body = text.strip()[:2000]
        if not body:
            raise Refused("The note is empty.")
        note_id = await self.storage.add_session_note(session_id, actor.user_id, body)
        author = (await self.storage.names([actor.user_id])).get(actor.user_id, "your instructor")
        persona = self.staff.library.personas.get(stored.persona_id)
        client = persona.name if persona else stored.persona_id
        when = (stored.started_at or "")[:10]
        message = f"A note from {author} on your session with {client} ({when}):\n\n{body}"
        return note_id, Notice(stored.user_id, message)

    async def agreement(self, actor: Actor, cohort_id: int | None) -> AgreementReport:
        sessions = await self.staff.find_sessions(actor, SessionFilter(cohort=cohort_id))
        rows = await self.storage.verdicts([s["id"] for s in sessions])
        names = await self.storage.names(sorted({r["reviewer_id"] for r in rows}))
        return agreement_report(rows, names)


def verdict_label(v: Verdict | None) -> str:
    if v is None:
        return "not reviewed"
    return "scorer right" if v.kind == "confirm" else f"changed to {words(v.code)}"
