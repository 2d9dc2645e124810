"""The practice service: personas + scoring + storage, shared by every front end.

Handlers call these methods and only render the results.  Every change is committed before the
method returns, so the caller can only ever send a reply that is already stored.
"""

from __future__ import annotations

import asyncio
import json
import secrets
from dataclasses import dataclass, replace
from typing import Any

from bot.services.chart import openness_chart
from bot.storage.repository import Ending, Storage, StoredSession, TurnRow
from personas.engine import Explanation
from personas.hints import Hint
from personas.library import Library
from personas.models import Persona
from personas.practice import Mode, PracticeSession, SessionEnd
from scoring.report import Report, render_text


def _explanation(data: dict[str, Any]) -> Explanation:
    """An explanation as stored with its turn (for a reply sent again after a restart)."""
    return Explanation(data.get("code", "other"), data.get("stance", "neutral"), data.get("openness_before", 0),
                       data.get("openness_after", 0), data.get("state_before", ""), data.get("state_after", ""),
                       tuple(data.get("reasons", ())), tuple(data.get("events", ())))


class NoSession(LookupError):
    """The user has no practice session running."""


@dataclass(frozen=True, slots=True)
class Started:
    persona: Persona
    opening: str
    mode: str
    abandoned: str | None  # the persona of a session this one replaced


@dataclass(frozen=True, slots=True)
class Finished:
    session_id: int
    user_id: int
    persona: Persona
    text: str  # the report, rendered with the trainee's own rating when there is one
    chart: bytes
    outcome: str
    score: int
    scoring_version: int = 1
    rating: bool = False  # the report waits for the trainee's own rating


@dataclass(frozen=True, slots=True)
class Said:
    persona: Persona
    reply: str
    explanation: Explanation
    mode: str
    finished: Finished | None
    coaching: str = ""  # coach mode: a better line for a turn worth redoing, under the reply
    note: str = ""  # any mode: after a breakthrough, that the next turn answers it and closes the session


def report_text(stored: StoredSession) -> str:
    """A stored report rendered from its structure, with the trainee's own rating beside the
    scorer's; sessions stored before reports were structured keep their text."""
    result = stored.result or {}
    feedback = result.get("feedback") or {}
    if "headline_id" not in feedback:
        return str(result.get("text", ""))
    report = Report.from_dict(feedback)
    if stored.report_state != "rating":
        report = report.rated(stored.self_empathy, stored.self_partnership)
    return render_text(report)


@dataclass
class _Live:
    session_id: int
    practice: PracticeSession


class PracticeService:
    def __init__(self, storage: Storage, library: Library, turn_limit: int = 30) -> None:
        self.storage = storage
        self.library = library
        self.turn_limit = turn_limit
        self._live: dict[int, _Live] = {}
        self._known: set[int] = set()

    async def _load(self, user_id: int) -> _Live | None:
        live = self._live.get(user_id)
        if live is not None:
            return live
        stored = await self.storage.active_session(user_id)
        if stored is None:
            return None
        practice = PracticeSession.from_dict(stored.state, self.library.get(stored.persona_id))
        live = self._live[user_id] = _Live(stored.id, practice)
        return live

    async def _require(self, user_id: int) -> _Live:
        live = await self._load(user_id)
        if live is None:
            raise NoSession
        return live

    async def register(self, user_id: int, first_name: str, username: str | None) -> None:
        """Create or refresh the user row (once per process per user: it runs on every update)."""
        if user_id in self._known:
            return
        await self.storage.upsert_user(user_id, first_name, username)
        self._known.add(user_id)

    async def active_persona(self, user_id: int) -> Persona | None:
        live = await self._load(user_id)
        return live.practice.persona if live else None

    async def start(self, user_id: int, persona_id: str, mode: str | None = None,
                    assignment_id: int | None = None, update_id: int | None = None) -> Started:
        """A new session; the same update asking again gets the session it already started."""
        if update_id is not None and (stored := await self.storage.session_by_update("start_update", update_id)):
            turns = await self.storage.turns(stored.id)
            return Started(self.library.get(stored.persona_id), turns[0]["text"] if turns else "", stored.mode, None)
        persona = self.library.get(persona_id)
        previous = await self._load(user_id)
        chosen: Mode = "exam" if (mode or await self.storage.next_mode(user_id)) == "exam" else "coach"
        practice = PracticeSession.start(persona, mode=chosen, seed=secrets.randbelow(2**31),
                                         turn_limit=self.turn_limit)
        opening = practice.entries[0]
        session_id = await self.storage.create_session(
            user_id, persona.id, chosen, practice.seed, practice.to_dict(),
            TurnRow(0, 1, "client", opening.text), update_id,
        )
        if assignment_id is not None:
            await self.storage.link_session(session_id, assignment_id)
        self._live[user_id] = _Live(session_id, practice)
        return Started(persona, opening.text, chosen,
                       previous.practice.persona.name if previous else None)

    async def say(self, user_id: int, text: str, update_id: int | None = None) -> Said:
        """A trainee turn, stored with the client's reply (and the ending, if it ended the session).

        An update that already made a turn gets that turn back: never a second one."""
        if update_id is not None and (made := await self.storage.turn_for_update(update_id)):
            return await self._said_before(user_id, *made)
        live = await self._require(user_id)
        practice = live.practice
        result = practice.say(text)
        trainee, client = practice.entries[-2], practice.entries[-1]
        e, coded = result.explanation, result.coded
        # the coder's own reason, confidence and flags go with the turn, for review and exports
        why = {"coder": {"reason": coded.reason, "confidence": round(coded.confidence, 2),
                         "flags": [f.value for f in coded.flags]}}
        end = practice.end() if result.ended else None
        ending = self._ending(practice, end) if end is not None else None
        await self.storage.record_turn(live.session_id, practice.to_dict(), [
            TurnRow(trainee.turn, trainee.attempt, "trainee", text, coded.code.value,
                    coded.stance.value, e.openness_before, e.openness_after, e.to_dict() | why),
            TurnRow(client.turn, client.attempt, "client", client.text),
        ], update_id, ending)
        finished = await self._finished(user_id, live, ending) if ending is not None else None
        return Said(practice.persona, result.reply, e, practice.mode, finished, result.coaching(), result.note())

    async def _said_before(self, user_id: int, mine: dict[str, Any], reply: dict[str, Any]) -> Said:
        stored = await self.storage.session(mine["session_id"])
        assert stored is not None
        finished = None
        if stored.status == "finished" and stored.end_update == mine["update_id"]:
            self._live.pop(user_id, None)
            finished = await self._stored_finished(stored)
        return Said(self.library.get(stored.persona_id), reply["text"],
                    _explanation(json.loads(mine["explanation"] or "{}")), stored.mode, finished)

    async def retry(self, user_id: int, update_id: int | None = None) -> tuple[str, int]:
        """Take back the last turn; the same update asking again takes back nothing more."""
        live = await self._require(user_id)
        practice = live.practice
        if update_id is not None and await self.storage.retracted_by(update_id):
            return practice.last_client_line, practice.state.openness
        last = next((e for e in reversed(practice.active) if e.speaker == "trainee"), None)
        line = practice.retry()  # raises ValueError when there is nothing to take back
        assert last is not None
        await self.storage.retract_turn(live.session_id, last.turn, last.attempt, practice.to_dict(), update_id)
        return line, practice.state.openness

    async def hint(self, user_id: int) -> Hint:
        return (await self._require(user_id)).practice.hint()

    async def set_mode(self, user_id: int, mode: Mode) -> bool:
        """Mode for the running session (if any) and the next ones; True if a session changed."""
        await self.storage.set_next_mode(user_id, mode)
        live = await self._load(user_id)
        if live is None:
            return False
        live.practice.mode = mode
        await self.storage.update_state(live.session_id, live.practice.to_dict(), mode)
        return True

    async def end(self, user_id: int, update_id: int | None = None) -> Finished:
        """Finish the running session; the same update asking again gets the same report."""
        if update_id is not None and (stored := await self.storage.session_by_update("end_update", update_id)):
            return await self._stored_finished(stored)
        live = await self._require(user_id)
        ending = self._ending(live.practice, live.practice.end())
        await self.storage.finish_session(live.session_id, live.practice.to_dict(), ending.outcome,
                                          ending.score, ending.result, update_id, ending)
        return await self._finished(user_id, live, ending)

    def _ending(self, practice: PracticeSession, end: SessionEnd) -> Ending:
        """Stored before anything is sent; the report then waits for the trainee's own rating."""
        result = end.to_dict() | {"text": end.render(), "chart": self._chart_data(practice, end)}
        return Ending(end.outcome, end.scores.score, result, end.scores.scoring_version, rate=True)

    async def _finished(self, user_id: int, live: _Live, ending: Ending) -> Finished:
        self._live.pop(user_id, None)
        chart = await asyncio.to_thread(self._draw, live.practice.persona, ending.result["chart"])
        return Finished(live.session_id, user_id, live.practice.persona, ending.result["text"], chart,
                        ending.outcome, ending.score, ending.scoring_version or 1, ending.rate)

    @staticmethod
    def _chart_data(practice: PracticeSession, end: SessionEnd) -> dict[str, Any]:
        trainee = [e for e in practice.active if e.speaker == "trainee"]
        return {"path": end.openness_path, "codes": end.codes,
                "stances": [e.stance or "" for e in trainee],
                "events": [list((e.explanation or {}).get("events", [])) for e in trainee]}

    @staticmethod
    def _draw(persona: Persona, data: dict[str, Any]) -> bytes:
        return openness_chart(data["path"], data["codes"], data["stances"], data["events"],
                              f"{persona.name}: openness per turn")

    async def history(self, user_id: int) -> list[StoredSession]:
        return await self.storage.finished_sessions(user_id)

    async def report(self, user_id: int, n: int = 1) -> Finished | None:
        """The n-th most recent finished session's report, with its chart redrawn."""
        sessions = await self.storage.finished_sessions(user_id, limit=max(n, 1))
        if len(sessions) < n or n < 1:
            return None
        return await self._stored_finished(sessions[n - 1])

    async def _stored_finished(self, stored: StoredSession) -> Finished:
        """A finished session's report re-rendered from what is stored, with its chart redrawn."""
        result = stored.result or {}
        persona = self.library.get(stored.persona_id)
        chart = await asyncio.to_thread(self._draw, persona, result["chart"])
        return Finished(stored.id, stored.user_id, persona, report_text(stored), chart, stored.outcome or "",
                        stored.score or 0, stored.version, stored.report_state == "rating")

    # --- the trainee's own rating, then the report ------------------------------------------

    async def rate(self, user_id: int, session_id: int, rating: str, value: int) -> bool:
        """Store one of the trainee's own ratings; False if that session is not waiting for one."""
        waiting = await self.storage.awaiting_rating(user_id)
        if waiting is None or waiting.id != session_id or not 1 <= value <= 5:
            return False
        await self.storage.rate_session(session_id, rating, value)
        return True

    async def pending_report(self, user_id: int, session_id: int | None = None) -> Finished | None:
        """The report still waiting for this trainee's rating (only that session's, if given),
        rendered with whatever rating they gave; `report_sent` marks it delivered."""
        waiting = await self.storage.awaiting_rating(user_id)
        if waiting is None or (session_id is not None and waiting.id != session_id):
            return None
        return await self._stored_finished(replace(waiting, report_state="sent"))

    async def report_sent(self, session_id: int) -> None:
        await self.storage.report_sent(session_id)

    async def forget(self, user_id: int) -> int:
        self._live.pop(user_id, None)
        self._known.discard(user_id)
        return await self.storage.forget_user(user_id)
