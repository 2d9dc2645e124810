"""The practice service: personas + scoring + storage, shared by every front end.

Handlers call these methods and only render the results.  Every change is committed before the
method returns, so the caller can only ever send a reply that is already stored.
"""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass
from typing import Any

from bot.services.chart import openness_chart
from bot.storage.repository import Storage, StoredSession, TurnRow
from personas.engine import Explanation
from personas.hints import Hint
from personas.library import Library
from personas.models import Persona
from personas.practice import Mode, PracticeSession, SessionEnd


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
    text: str
    chart: bytes
    outcome: str
    score: int


@dataclass(frozen=True, slots=True)
class Said:
    persona: Persona
    reply: str
    explanation: Explanation
    mode: str
    finished: Finished | None


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
                    assignment_id: int | None = None) -> Started:
        persona = self.library.get(persona_id)
        previous = await self._load(user_id)
        chosen: Mode = "exam" if (mode or await self.storage.next_mode(user_id)) == "exam" else "coach"
        practice = PracticeSession.start(persona, mode=chosen, seed=secrets.randbelow(2**31),
                                         turn_limit=self.turn_limit)
        opening = practice.entries[0]
        session_id = await self.storage.create_session(
            user_id, persona.id, chosen, practice.seed, practice.to_dict(),
            TurnRow(0, 1, "client", opening.text),
        )
        if assignment_id is not None:
            await self.storage.link_session(session_id, assignment_id)
        self._live[user_id] = _Live(session_id, practice)
        return Started(persona, opening.text, chosen,
                       previous.practice.persona.name if previous else None)

    async def say(self, user_id: int, text: str) -> Said:
        live = await self._require(user_id)
        practice = live.practice
        result = practice.say(text)
        trainee, client = practice.entries[-2], practice.entries[-1]
        e, coded = result.explanation, result.coded
        # the coder's own reason, confidence and flags go with the turn, for review and exports
        why = {"coder": {"reason": coded.reason, "confidence": round(coded.confidence, 2),
                         "flags": [f.value for f in coded.flags]}}
        await self.storage.record_turn(live.session_id, practice.to_dict(), [
            TurnRow(trainee.turn, trainee.attempt, "trainee", text, coded.code.value,
                    coded.stance.value, e.openness_before, e.openness_after, e.to_dict() | why),
            TurnRow(client.turn, client.attempt, "client", client.text),
        ])
        finished = await self._finish(user_id, live) if result.ended else None
        return Said(practice.persona, result.reply, e, practice.mode, finished)

    async def retry(self, user_id: int) -> tuple[str, int]:
        live = await self._require(user_id)
        practice = live.practice
        last = next((e for e in reversed(practice.active) if e.speaker == "trainee"), None)
        line = practice.retry()  # raises ValueError when there is nothing to take back
        assert last is not None
        await self.storage.retract_turn(live.session_id, last.turn, last.attempt, practice.to_dict())
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

    async def end(self, user_id: int) -> Finished:
        return await self._finish(user_id, await self._require(user_id))

    async def _finish(self, user_id: int, live: _Live) -> Finished:
        practice = live.practice
        end = practice.end()
        result = end.to_dict() | {"text": end.render(), "chart": self._chart_data(practice, end)}
        await self.storage.finish_session(live.session_id, practice.to_dict(), end.outcome,
                                          end.scores.score, result)
        self._live.pop(user_id, None)
        chart = await asyncio.to_thread(self._draw, practice.persona, result["chart"])
        return Finished(live.session_id, user_id, practice.persona, result["text"], chart, end.outcome,
                        end.scores.score)

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
        stored = sessions[n - 1]
        result = stored.result or {}
        persona = self.library.get(stored.persona_id)
        chart = await asyncio.to_thread(self._draw, persona, result["chart"])
        return Finished(stored.id, user_id, persona, result.get("text", ""), chart, stored.outcome or "",
                        stored.score or 0)

    async def forget(self, user_id: int) -> int:
        self._live.pop(user_id, None)
        self._known.discard(user_id)
        return await self.storage.forget_user(user_id)
