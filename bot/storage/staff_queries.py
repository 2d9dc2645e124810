"""Storage for the staff web app: review verdicts, session notes, log-in links, light listings.

Kept apart from `repository.py` (and mixed into `Storage`) so the practice tables and these staff
tables can change independently.  Listings here read only the columns a page shows, and pull the
few session measures a dashboard needs out of the stored result with SQLite's `json_extract`, so a
cohort of a hundred trainees is never parsed from JSON in Python.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Sequence
from typing import Any

from bot.storage.clock import now_iso

VERDICTS = ("confirm", "override", "note")

# Session columns every listing shows, and the measures trends are drawn from: all pulled out of the
# stored result by one multi-path json_extract, so SQLite parses each report once.
_SESSION_COLUMNS = (
    "s.id, s.user_id, s.persona_id, s.mode, s.outcome, s.score, s.started_at, s.ended_at, s.assignment_id, "
    "s.scoring_version, s.self_empathy, s.self_partnership"
)
_MEASURES = {
    "r_q": "$.scores.r_q", "pct_cr": "$.scores.pct_complex_reflection", "joining_share": "$.scores.joining_share",
    "confronting_share": "$.scores.confronting_share", "pct_open_question": "$.scores.pct_open_question",
    "empathy": "$.scores.globals.empathy.score", "partnership": "$.scores.globals.partnership.score",
    "cultivating_change_talk": "$.scores.globals.cultivating_change_talk.score",
    "softening_sustain_talk": "$.scores.globals.softening_sustain_talk.score",
    "top_issue": "$.feedback.growth[0].issue",
}
_EXTRACT = "json_extract(s.result, " + ", ".join(f"'{p}'" for p in _MEASURES.values()) + ") AS measures"

_VERDICTS = (
    "SELECT o.id, o.turn_id, o.instructor_id AS reviewer_id, o.code, o.note, o.kind, o.created_at, "
    "t.session_id, t.code AS auto_code FROM overrides o JOIN turns t ON t.id = o.turn_id"
)


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


class StaffQueries:
    """Mixed into `Storage`, which supplies `_rows`, `_tuples` and `_write`."""

    async def _rows(self, sql: str, args: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        raise NotImplementedError

    async def _write(self, sql: str, args: tuple[Any, ...]) -> int:
        raise NotImplementedError

    async def _tuples(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    # --- review verdicts (rows of `overrides`, whose `kind` says which) -----------------------

    async def add_verdict(self, turn_id: int, reviewer_id: int, kind: str, code: str, note: str | None) -> int:
        """A new history row; the newest row per turn and reviewer is that reviewer's view."""
        if kind not in VERDICTS:
            raise ValueError(kind)
        return await self._write(
            "INSERT INTO overrides (turn_id, instructor_id, code, note, kind, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (turn_id, reviewer_id, code, note, kind, now_iso()),
        )

    async def verdicts(self, session_ids: Sequence[int]) -> list[dict[str, Any]]:
        """Every verdict row of these sessions, oldest first, with the turn's automatic code."""
        if not session_ids:
            return []
        return await self._rows(
            f"{_VERDICTS} WHERE t.session_id IN ({_marks(session_ids)}) ORDER BY o.id",
            tuple(session_ids),
        )

    async def verdict(self, verdict_id: int) -> dict[str, Any] | None:
        rows = await self._rows(
            f"{_VERDICTS} WHERE o.id = ?",
            (verdict_id,),
        )
        return rows[0] if rows else None

    # --- session notes to the trainee -------------------------------------------------------

    async def add_session_note(self, session_id: int, author_id: int, text: str) -> int:
        return await self._write(
            "INSERT INTO session_notes (session_id, author_id, text, created_at) VALUES (?, ?, ?, ?)",
            (session_id, author_id, text, now_iso()),
        )

    async def session_notes(self, session_id: int) -> list[dict[str, Any]]:
        return await self._rows("SELECT * FROM session_notes WHERE session_id = ? ORDER BY id", (session_id,))

    async def mark_note_delivered(self, note_id: int) -> None:
        await self._write("UPDATE session_notes SET delivered_at = ? WHERE id = ?", (now_iso(), note_id))

    # --- single-use log-in links -----------------------------------------------------------------

    async def web_secret(self) -> str:
        """The key that signs links and cookies, made once and shared by the bot and the web app."""
        await self._write("INSERT OR IGNORE INTO web_secret (id, secret) VALUES (1, ?)", (secrets.token_hex(32),))
        return str((await self._rows("SELECT secret FROM web_secret WHERE id = 1"))[0]["secret"])

    async def add_web_link(self, nonce: str, user_id: int) -> None:
        await self._write(
            "INSERT INTO web_links (nonce, user_id, created_at) VALUES (?, ?, ?)", (nonce, user_id, now_iso())
        )

    async def use_web_link(self, nonce: str, user_id: int) -> bool:
        """True only the first time: a replayed link finds its nonce already used."""
        return bool(
            await self._write(
                "UPDATE web_links SET used_at = ? WHERE nonce = ? AND user_id = ? AND used_at IS NULL",
                (now_iso(), nonce, user_id),
            )
        )

    # --- assignments: edit, cancel, duplicates ---------------------------------------------------

    async def open_duplicate(self, trainee_id: int, persona_id: str) -> int | None:
        """An assignment of this client to this trainee that is still open (not done, not cancelled)."""
        rows = await self._rows(
            "SELECT id FROM assignments WHERE trainee_id = ? AND persona_id = ? AND completed_at IS NULL "
            "AND cancelled_at IS NULL LIMIT 1",
            (trainee_id, persona_id),
        )
        return int(rows[0]["id"]) if rows else None

    async def update_assignment(self, assignment_id: int, mode: str, due_at: str | None, min_turns: int) -> bool:
        """A new due date also re-arms the reminder and the overdue notice."""
        return bool(
            await self._write(
                "UPDATE assignments SET mode = ?, due_at = ?, min_turns = ?, reminded = 0, overdue_notified = 0 "
                "WHERE id = ? AND completed_at IS NULL AND cancelled_at IS NULL",
                (mode, due_at, min_turns, assignment_id),
            )
        )

    async def cancel_assignment(self, assignment_id: int) -> bool:
        return bool(
            await self._write(
                "UPDATE assignments SET cancelled_at = ? WHERE id = ? AND completed_at IS NULL "
                "AND cancelled_at IS NULL",
                (now_iso(), assignment_id),
            )
        )

    async def assignments_of(self, trainee_ids: Sequence[int] | None) -> list[dict[str, Any]]:
        """Assignments of these trainees (None: all), cancelled ones included, soonest due first."""
        if trainee_ids is not None and not trainee_ids:
            return []
        where = "1" if trainee_ids is None else f"trainee_id IN ({_marks(trainee_ids)})"
        return await self._rows(
            f"SELECT * FROM assignments WHERE {where} ORDER BY due_at IS NULL, due_at, id", tuple(trainee_ids or ())
        )

    # --- light listings -------------------------------------------------------------------------

    async def session_rows(self, user_ids: Sequence[int] | None, counts: bool = True) -> list[dict[str, Any]]:
        """Finished sessions of these users (None: everyone), oldest first, with summary measures and,
        with `counts`, how many trainee turns each has and how many were reviewed.  No transcript or
        report is parsed in Python."""
        if user_ids is not None and not user_ids:
            return []
        where = "" if user_ids is None else f"AND s.user_id IN ({_marks(user_ids)})"
        rows = await self._rows(
            f"SELECT {_SESSION_COLUMNS}, {_EXTRACT} FROM sessions s WHERE s.status = 'finished' {where} ORDER BY s.id",
            tuple(user_ids or ()),
        )
        for row in rows:
            values = json.loads(row.pop("measures") or "[]") or [None] * len(_MEASURES)
            row.update(zip(_MEASURES, values, strict=True))
        if counts and rows:
            turns, reviewed = await self._turn_counts([r["id"] for r in rows])
            for row in rows:
                row["trainee_turns"], row["reviewed"] = turns.get(row["id"], 0), reviewed.get(row["id"], 0)
        return rows

    async def _turn_counts(self, session_ids: list[int]) -> tuple[dict[int, int], dict[int, int]]:
        """Per session: trainee turns not taken back, and turns with a confirm or override."""
        marks = _marks(session_ids)
        turns = await self._rows(
            f"SELECT session_id, COUNT(*) AS n FROM turns WHERE session_id IN ({marks}) AND speaker = 'trainee' "
            "AND retracted = 0 GROUP BY session_id", tuple(session_ids))
        reviewed = await self._rows(
            "SELECT t.session_id, COUNT(DISTINCT o.turn_id) AS n FROM overrides o JOIN turns t ON t.id = o.turn_id "
            f"WHERE t.session_id IN ({marks}) AND o.kind != 'note' GROUP BY t.session_id", tuple(session_ids))
        return {r["session_id"]: r["n"] for r in turns}, {r["session_id"]: r["n"] for r in reviewed}

    async def turns_of(self, session_ids: Sequence[int]) -> list[dict[str, Any]]:
        """Every turn of these sessions in one query, in session and turn order (for exports); of the
        explanation only the coder's part (`coder`, JSON text or None) is read."""
        if not session_ids:
            return []
        return await self._rows(
            "SELECT id, session_id, turn, attempt, speaker, text, code, stance, openness_before, openness_after, "
            "json_extract(explanation, '$.coder') AS coder, retracted "
            f"FROM turns WHERE session_id IN ({_marks(session_ids)}) ORDER BY session_id, id",
            tuple(session_ids),
        )

    async def turn_csv_rows(self, session_ids: Sequence[int]) -> list[tuple[Any, ...]]:
        """The turn-level CSV's per-turn columns, ready to write, for every trainee turn of these
        sessions in session and turn order: one query, nothing parsed in Python.

        Each row: session id, then turn, attempt, retracted, client_said (the client's line before
        it), trainee_said, code (as words), stance, the coder's confidence, reason and flags (as
        words, '; '-joined), openness before and after, review ('scorer right' / 'overridden' for
        the newest confirm or override by anyone), reviewed_code, reviewer (a name), review_note
        (the newest note on the turn); then whether the turn keeps the coder's view and its id."""
        if not session_ids:
            return []
        return await self._tuples(
            "SELECT t.session_id, t.turn, t.attempt, t.retracted, "
            "(SELECT c.text FROM turns c WHERE c.session_id = t.session_id AND c.id < t.id "
            " AND c.speaker = 'client' ORDER BY c.id DESC LIMIT 1), "
            "t.text, replace(t.code, '_', ' '), t.stance, "
            "json_extract(t.explanation, '$.coder.confidence'), json_extract(t.explanation, '$.coder.reason'), "
            "(SELECT group_concat(replace(f.value, '_', ' '), '; ') "
            " FROM json_each(t.explanation, '$.coder.flags') f), "
            "t.openness_before, t.openness_after, "
            "CASE j.kind WHEN 'confirm' THEN 'scorer right' WHEN 'override' THEN 'overridden' END, "
            "replace(j.code, '_', ' '), "
            "CASE WHEN j.id IS NULL THEN NULL WHEN u.id IS NULL THEN CAST(j.instructor_id AS TEXT) "
            " ELSE COALESCE(u.first_name, '') || CASE WHEN u.username != '' THEN ' (@' || u.username || ')' "
            " ELSE '' END END, "
            "(SELECT n.note FROM overrides n WHERE n.turn_id = t.id AND n.note != '' ORDER BY n.id DESC LIMIT 1), "
            "json_type(t.explanation, '$.coder') IS NOT NULL, t.id "
            "FROM turns t "
            "LEFT JOIN overrides j ON j.id = (SELECT MAX(o.id) FROM overrides o WHERE o.turn_id = t.id "
            " AND o.kind IN ('confirm', 'override')) "
            "LEFT JOIN users u ON u.id = j.instructor_id "
            f"WHERE t.session_id IN ({_marks(session_ids)}) AND t.speaker = 'trainee' ORDER BY t.session_id, t.id",
            tuple(session_ids),
        )

    async def session_results(self, session_ids: Sequence[int]) -> dict[int, str | None]:
        """The stored result JSON text of each session, unparsed (the caller parses what it needs)."""
        if not session_ids:
            return {}
        rows = await self._rows(
            f"SELECT id, result FROM sessions WHERE id IN ({_marks(session_ids)})", tuple(session_ids)
        )
        return {r["id"]: r["result"] for r in rows}

    async def alerts_for(self, trainee_ids: Sequence[int]) -> list[dict[str, Any]]:
        if not trainee_ids:
            return []
        return await self._rows(
            f"SELECT DISTINCT trainee_id, kind, detail, MIN(created_at) AS created_at FROM alerts "
            f"WHERE trainee_id IN ({_marks(trainee_ids)}) GROUP BY trainee_id, kind ORDER BY created_at",
            tuple(trainee_ids),
        )

    async def memberships(self, user_ids: Sequence[int]) -> dict[int, list[str]]:
        """Trainee -> the names of the cohorts they are a trainee in."""
        if not user_ids:
            return {}
        rows = await self._rows(
            "SELECT m.user_id, c.name FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id "
            f"WHERE m.role = 'trainee' AND m.user_id IN ({_marks(user_ids)}) ORDER BY c.id",
            tuple(user_ids),
        )
        found: dict[int, list[str]] = {}
        for r in rows:
            found.setdefault(r["user_id"], []).append(r["name"])
        return found

    async def users(self, user_ids: Sequence[int]) -> list[dict[str, Any]]:
        if not user_ids:
            return []
        return await self._rows(
            f"SELECT id, first_name, username FROM users WHERE id IN ({_marks(user_ids)})", tuple(user_ids)
        )
