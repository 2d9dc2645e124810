"""Durable storage (SQLite through aiosqlite): users, practice sessions and their turns.

Every trainee turn and the client's reply are committed in one transaction before the reply is
sent, and the session's full snapshot is stored with them, so a restart resumes exactly where the
trainee was.  The repository API is small and typed so a PostgreSQL version could match it.  The
schema and its migrations live in `bot.storage.schema`.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import aiosqlite

from bot.storage import schema
from bot.storage.clock import now_iso as _now
from bot.storage.staff_queries import StaffQueries

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TurnRow:
    turn: int
    attempt: int
    speaker: str
    text: str
    code: str | None = None
    stance: str | None = None
    openness_before: int | None = None
    openness_after: int | None = None
    explanation: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Ending:
    """How a session finished: stored with the turn that ended it, or on /end.  With `rate`, its
    report waits for the trainee's own rating (or a skip, or their next message)."""

    outcome: str
    score: int
    result: dict[str, Any]
    scoring_version: int | None = None
    rate: bool = False


@dataclass(frozen=True, slots=True)
class StoredSession:
    id: int
    user_id: int
    persona_id: str
    mode: str
    seed: int
    status: str
    state: dict[str, Any]
    outcome: str | None
    score: int | None
    result: dict[str, Any] | None
    started_at: str
    ended_at: str | None
    end_update: int | None = None  # the update that finished it (a turn or /end)
    scoring_version: int | None = None  # None: scored before versions were stored (the first formula)
    self_empathy: int | None = None
    self_partnership: int | None = None
    report_state: str | None = None  # "rating": the report waits for the trainee's own rating

    @property
    def version(self) -> int:
        return self.scoring_version or 1


class Storage(StaffQueries):
    """One SQLite connection; a lock keeps each transaction whole when chats run in parallel."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._db: aiosqlite.Connection | None = None
        self._lock = asyncio.Lock()

    @property
    def db(self) -> aiosqlite.Connection:
        if self._db is None:
            raise RuntimeError("storage is not open")
        return self._db

    async def open(self) -> None:
        if self.path.parent and not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = await aiosqlite.connect(self.path)
        self._db.row_factory = aiosqlite.Row
        await self._db.execute("PRAGMA journal_mode=WAL")
        await self._db.execute("PRAGMA synchronous=NORMAL")
        await self._db.execute("PRAGMA foreign_keys=ON")
        # deleted rows are overwritten with zeros, not left in free space (/forget relies on it)
        await self._db.execute("PRAGMA secure_delete=ON")
        await self.migrate()

    async def close(self) -> None:
        if self._db is not None:
            await self._db.close()
            self._db = None

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """One whole transaction: the caller's statements are committed together or not at all."""
        async with self._lock:
            try:
                yield self.db
            except BaseException:
                await self.db.rollback()
                raise
            await self.db.commit()

    async def schema_version(self) -> int:
        return await schema.schema_version(self.db)

    async def migrate(self) -> int:
        """Apply the migrations this database has not seen; returns the resulting version."""
        async with self._lock:
            return await schema.migrate(self.db)

    # --- users -------------------------------------------------------------------------

    async def upsert_user(self, user_id: int, first_name: str, username: str | None) -> None:
        async with self._lock:
            await self.db.execute(
                "INSERT INTO users (id, first_name, username, created_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET first_name = excluded.first_name, username = excluded.username",
                (user_id, first_name, username, _now()),
            )
            await self.db.commit()

    async def next_mode(self, user_id: int) -> str:
        async with self.db.execute("SELECT next_mode FROM users WHERE id = ?", (user_id,)) as cur:
            row = await cur.fetchone()
        return str(row[0]) if row else "coach"

    async def set_next_mode(self, user_id: int, mode: str) -> None:
        async with self._lock:
            await self.db.execute("UPDATE users SET next_mode = ? WHERE id = ?", (mode, user_id))
            await self.db.commit()

    async def forget_user(self, user_id: int) -> int:
        """Delete the user and everything they wrote; returns how many sessions went with them.

        Their words then sit on no page of any file: deleted rows are zeroed (`secure_delete`), and
        the write-ahead log, which still holds the old pages, is checkpointed and truncated."""
        async with self._lock:
            async with self.db.execute("SELECT COUNT(*) FROM sessions WHERE user_id = ?", (user_id,)) as cur:
                row = await cur.fetchone()
            for sql in (
                "DELETE FROM cohort_members WHERE user_id = ?",
                "DELETE FROM assignments WHERE trainee_id = ?",
                "DELETE FROM roles WHERE user_id = ?",
                "DELETE FROM alerts WHERE trainee_id = ? OR supervisor_id = ?",
                "DELETE FROM web_links WHERE user_id = ?",
                "DELETE FROM inbox WHERE chat_id = ?",  # a private chat's id is the user's id
                "DELETE FROM outbox WHERE chat_id = ?",
                "DELETE FROM users WHERE id = ?",
            ):
                await self.db.execute(sql, (user_id,) * sql.count("?"))
            await self.db.commit()
            await self._truncate_wal()
        return int(row[0]) if row else 0

    async def _truncate_wal(self) -> None:
        async with self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)") as cur:
            busy = await cur.fetchone()
        if busy and busy[0]:
            log.warning("write-ahead log not truncated: another connection is reading the database")

    async def user(self, user_id: int) -> dict[str, Any] | None:
        async with self.db.execute("SELECT * FROM users WHERE id = ?", (user_id,)) as cur:
            row = await cur.fetchone()
        return dict(row) if row else None

    async def find_username(self, username: str) -> int | None:
        async with self.db.execute(
            "SELECT id FROM users WHERE lower(username) = lower(?)", (username.lstrip("@"),)
        ) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else None

    async def names(self, user_ids: Sequence[int]) -> dict[int, str]:
        if not user_ids:
            return {}
        marks = ",".join("?" * len(user_ids))
        async with self.db.execute(
            f"SELECT id, first_name, username FROM users WHERE id IN ({marks})", tuple(user_ids)
        ) as cur:
            rows = await cur.fetchall()
        return {r["id"]: (r["first_name"] or "") + (f" (@{r['username']})" if r["username"] else "") for r in rows}

    # --- roles, cohorts, invites --------------------------------------------------------------

    async def _write(self, sql: str, args: tuple[Any, ...]) -> int:
        async with self._lock:
            cur = await self.db.execute(sql, args)
            await self.db.commit()
            return int(cur.lastrowid or 0) if sql.lstrip().upper().startswith("INSERT") else cur.rowcount

    async def _rows(self, sql: str, args: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        async with self.db.execute(sql, args) as cur:
            return [dict(r) for r in await cur.fetchall()]

    async def _tuples(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Rows as plain tuples: for bulk reads, where a dict per row would cost more than the query."""
        async with self.db.execute(sql, args) as cur:
            cur.row_factory = None
            return cast(list[tuple[Any, ...]], await cur.fetchall())

    async def grant_role(self, user_id: int, role: str, by: int) -> bool:
        return bool(
            await self._write(
                "INSERT OR IGNORE INTO roles (user_id, role, granted_by, granted_at) VALUES (?, ?, ?, ?)",
                (user_id, role, by, _now()),
            )
        )

    async def revoke_role(self, user_id: int, role: str) -> bool:
        return bool(await self._write("DELETE FROM roles WHERE user_id = ? AND role = ?", (user_id, role)))

    async def roles_of(self, user_id: int) -> set[str]:
        return {r["role"] for r in await self._rows("SELECT role FROM roles WHERE user_id = ?", (user_id,))}

    async def role_holders(self) -> list[dict[str, Any]]:
        return await self._rows("SELECT user_id, role FROM roles")

    async def create_cohort(self, name: str, owner_id: int, owner_role: str = "supervisor") -> int:
        async with self._lock:
            cur = await self.db.execute(
                "INSERT INTO cohorts (name, owner_id, created_at) VALUES (?, ?, ?)", (name, owner_id, _now())
            )
            cohort_id = int(cur.lastrowid or 0)
            await self.db.execute(
                "INSERT INTO cohort_members (cohort_id, user_id, role, joined_at) VALUES (?, ?, ?, ?)",
                (cohort_id, owner_id, owner_role, _now()),
            )
            await self.db.commit()
        return cohort_id

    async def cohort(self, cohort_id: int) -> dict[str, Any] | None:
        rows = await self._rows("SELECT * FROM cohorts WHERE id = ?", (cohort_id,))
        return rows[0] if rows else None

    async def delete_cohort(self, cohort_id: int) -> bool:
        return bool(await self._write("DELETE FROM cohorts WHERE id = ?", (cohort_id,)))

    async def add_member(self, cohort_id: int, user_id: int, role: str) -> None:
        await self._write(
            "INSERT OR IGNORE INTO cohort_members (cohort_id, user_id, role, joined_at) VALUES (?, ?, ?, ?)",
            (cohort_id, user_id, role, _now()),
        )

    async def cohorts_of(
        self, user_id: int, roles: Sequence[str] = ("supervisor", "instructor")
    ) -> list[dict[str, Any]]:
        marks = ",".join("?" * len(roles))
        return await self._rows(
            f"SELECT DISTINCT c.* FROM cohorts c JOIN cohort_members m ON m.cohort_id = c.id "
            f"WHERE m.user_id = ? AND m.role IN ({marks}) ORDER BY c.id",
            (user_id, *roles),
        )

    async def all_cohorts(self) -> list[dict[str, Any]]:
        return await self._rows("SELECT * FROM cohorts ORDER BY id")

    async def members(self, cohort_id: int, role: str = "trainee") -> list[int]:
        rows = await self._rows(
            "SELECT user_id FROM cohort_members WHERE cohort_id = ? AND role = ? ORDER BY joined_at", (cohort_id, role)
        )
        return [r["user_id"] for r in rows]

    async def cohort_ids_of_member(self, user_id: int, role: str = "trainee") -> list[int]:
        rows = await self._rows("SELECT cohort_id FROM cohort_members WHERE user_id = ? AND role = ?", (user_id, role))
        return [r["cohort_id"] for r in rows]

    async def create_invite(self, code: str, cohort_id: int, role: str, by: int, expires_at: str | None) -> None:
        await self._write(
            "INSERT INTO invites (code, cohort_id, role, created_by, expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (code, cohort_id, role, by, expires_at, _now()),
        )

    async def invite(self, code: str) -> dict[str, Any] | None:
        rows = await self._rows("SELECT * FROM invites WHERE code = ?", (code,))
        return rows[0] if rows else None

    async def revoke_invite(self, code: str) -> bool:
        return bool(await self._write("UPDATE invites SET revoked = 1 WHERE code = ? AND revoked = 0", (code,)))

    # --- assignments ----------------------------------------------------------------------------

    async def create_assignment(
        self,
        cohort_id: int | None,
        trainee_id: int,
        persona_id: str,
        mode: str,
        due_at: str | None,
        min_turns: int,
        by: int,
    ) -> int:
        return await self._write(
            "INSERT INTO assignments (cohort_id, trainee_id, persona_id, mode, due_at, min_turns, created_by, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (cohort_id, trainee_id, persona_id, mode, due_at, min_turns, by, _now()),
        )

    async def assignments(self, where: str = "1", args: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        return await self._rows(f"SELECT * FROM assignments WHERE {where} ORDER BY due_at IS NULL, due_at, id", args)

    async def complete_assignment(self, assignment_id: int, session_id: int) -> None:
        await self._write(
            "UPDATE assignments SET session_id = ?, completed_at = ? WHERE id = ? AND completed_at IS NULL",
            (session_id, _now(), assignment_id),
        )

    async def mark_assignment(self, assignment_id: int, column: str) -> None:
        if column not in {"reminded", "overdue_notified"}:
            raise ValueError(column)
        await self._write(f"UPDATE assignments SET {column} = 1 WHERE id = ?", (assignment_id,))

    async def link_session(self, session_id: int, assignment_id: int) -> None:
        await self._write("UPDATE sessions SET assignment_id = ? WHERE id = ?", (assignment_id, session_id))

    # --- review -------------------------------------------------------------------------------

    async def session(self, session_id: int) -> StoredSession | None:
        return await self._one("SELECT * FROM sessions WHERE id = ?", (session_id,))

    async def sessions_for(self, user_ids: Sequence[int] | None, status: str = "finished") -> list[StoredSession]:
        """Finished sessions of these users (None: everyone), newest first."""
        if user_ids is not None and not user_ids:
            return []
        where, args = "status = ?", [status, *(user_ids or ())]
        if user_ids is not None:
            where += f" AND user_id IN ({','.join('?' * len(user_ids))})"
        async with self.db.execute(f"SELECT * FROM sessions WHERE {where} ORDER BY id DESC", tuple(args)) as cur:
            return [self._session(row) for row in await cur.fetchall()]

    async def add_override(self, turn_id: int, instructor_id: int, code: str, note: str | None) -> int:
        return await self._write(
            "INSERT INTO overrides (turn_id, instructor_id, code, note, created_at) VALUES (?, ?, ?, ?, ?)",
            (turn_id, instructor_id, code, note, _now()),
        )

    async def set_override_note(self, override_id: int, note: str) -> None:
        await self._write("UPDATE overrides SET note = ? WHERE id = ?", (note, override_id))

    async def overrides(self, session_ids: Sequence[int]) -> list[dict[str, Any]]:
        if not session_ids:
            return []
        marks = ",".join("?" * len(session_ids))
        return await self._rows(
            f"SELECT o.*, t.session_id, t.code AS auto_code FROM overrides o JOIN turns t ON t.id = o.turn_id "
            f"WHERE t.session_id IN ({marks}) ORDER BY o.id",
            tuple(session_ids),
        )

    async def turn(self, turn_id: int) -> dict[str, Any] | None:
        rows = await self._rows("SELECT * FROM turns WHERE id = ?", (turn_id,))
        return rows[0] if rows else None

    async def user_ids(self) -> list[int]:
        return [r["id"] for r in await self._rows("SELECT id FROM users ORDER BY id")]

    async def session_assignment(self, session_id: int) -> int | None:
        rows = await self._rows("SELECT assignment_id FROM sessions WHERE id = ?", (session_id,))
        return rows[0]["assignment_id"] if rows and rows[0]["assignment_id"] else None

    async def last_override_id(self, instructor_id: int) -> int | None:
        rows = await self._rows("SELECT id FROM overrides WHERE instructor_id = ? ORDER BY id DESC LIMIT 1",
                                (instructor_id,))
        return int(rows[0]["id"]) if rows else None

    async def add_alert(self, supervisor_id: int, trainee_id: int, kind: str, detail: str) -> int:
        return await self._write(
            "INSERT INTO alerts (supervisor_id, trainee_id, kind, detail, created_at) VALUES (?, ?, ?, ?, ?)",
            (supervisor_id, trainee_id, kind, detail, _now()),
        )

    async def alerted(self, supervisor_id: int, trainee_id: int, kind: str) -> bool:
        rows = await self._rows(
            "SELECT 1 FROM alerts WHERE supervisor_id = ? AND trainee_id = ? AND kind = ?",
            (supervisor_id, trainee_id, kind),
        )
        return bool(rows)

    # --- sessions ----------------------------------------------------------------------

    async def create_session(
        self, user_id: int, persona_id: str, mode: str, seed: int, state: dict[str, Any], opening: TurnRow,
        update_id: int | None = None,
    ) -> int:
        """A new active session (any active one is marked abandoned) with the client's first line.

        `update_id` is the update that asked for it, so asking again with it changes nothing."""
        async with self._lock:
            await self.db.execute(
                "UPDATE sessions SET status = 'abandoned', ended_at = ? WHERE user_id = ? AND status = 'active'",
                (_now(), user_id),
            )
            cur = await self.db.execute(
                "INSERT INTO sessions (user_id, persona_id, mode, seed, status, state, started_at, start_update) "
                "VALUES (?, ?, ?, ?, 'active', ?, ?, ?)",
                (user_id, persona_id, mode, seed, json.dumps(state), _now(), update_id),
            )
            session_id = int(cur.lastrowid or 0)
            await self._insert_turns(session_id, [opening])
            await self.db.commit()
        return session_id

    async def _insert_turns(self, session_id: int, rows: Sequence[TurnRow], update_id: int | None = None) -> None:
        """The trainee's row carries the update it came in, so that update never makes a second turn."""
        await self.db.executemany(
            "INSERT INTO turns (session_id, turn, attempt, speaker, text, code, stance, openness_before, "
            "openness_after, explanation, created_at, update_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    session_id,
                    r.turn,
                    r.attempt,
                    r.speaker,
                    r.text,
                    r.code,
                    r.stance,
                    r.openness_before,
                    r.openness_after,
                    json.dumps(r.explanation) if r.explanation else None,
                    _now(),
                    update_id if r.speaker == "trainee" else None,
                )
                for r in rows
            ],
        )

    async def record_turn(self, session_id: int, state: dict[str, Any], rows: Sequence[TurnRow],
                          update_id: int | None = None, finish: Ending | None = None) -> None:
        """The trainee's turn, the client's reply and the new snapshot, in one transaction.

        With `finish`, the session ends in the same transaction: a turn is never stored without
        the ending it caused."""
        async with self._lock:
            await self._insert_turns(session_id, rows, update_id)
            await self.db.execute("UPDATE sessions SET state = ? WHERE id = ?", (json.dumps(state), session_id))
            if finish is not None:
                await self._finish(session_id, state, finish, update_id)
            await self.db.commit()

    async def turn_for_update(self, update_id: int) -> tuple[dict[str, Any], dict[str, Any]] | None:
        """The trainee turn an update made, and the client's reply to it."""
        rows = await self._rows("SELECT * FROM turns WHERE update_id = ?", (update_id,))
        if not rows:
            return None
        mine = rows[0]
        reply = await self._rows(
            "SELECT * FROM turns WHERE session_id = ? AND turn = ? AND attempt = ? AND speaker = 'client'",
            (mine["session_id"], mine["turn"], mine["attempt"]),
        )
        return mine, reply[0] if reply else {"text": ""}

    async def session_by_update(self, column: str, update_id: int) -> StoredSession | None:
        """The session an update started (`start_update`) or ended (`end_update`)."""
        if column not in {"start_update", "end_update"}:
            raise ValueError(column)
        return await self._one(f"SELECT * FROM sessions WHERE {column} = ?", (update_id,))

    async def retracted_by(self, update_id: int) -> dict[str, Any] | None:
        rows = await self._rows("SELECT * FROM turns WHERE retracted_by = ? AND speaker = 'trainee'", (update_id,))
        return rows[0] if rows else None

    async def retract_turn(self, session_id: int, turn: int, attempt: int, state: dict[str, Any],
                           update_id: int | None = None) -> None:
        async with self._lock:
            await self.db.execute(
                "UPDATE turns SET retracted = 1, retracted_by = ? WHERE session_id = ? AND turn = ? AND attempt = ?",
                (update_id, session_id, turn, attempt),
            )
            await self.db.execute("UPDATE sessions SET state = ? WHERE id = ?", (json.dumps(state), session_id))
            await self.db.commit()

    async def update_state(self, session_id: int, state: dict[str, Any], mode: str) -> None:
        async with self._lock:
            await self.db.execute(
                "UPDATE sessions SET state = ?, mode = ? WHERE id = ?", (json.dumps(state), mode, session_id)
            )
            await self.db.commit()

    async def finish_session(
        self, session_id: int, state: dict[str, Any], outcome: str, score: int, result: dict[str, Any],
        update_id: int | None = None, ending: Ending | None = None,
    ) -> None:
        async with self._lock:
            await self._finish(session_id, state, ending or Ending(outcome, score, result), update_id)
            await self.db.commit()

    async def _finish(self, session_id: int, state: dict[str, Any], end: Ending, update_id: int | None) -> None:
        await self.db.execute(
            "UPDATE sessions SET status = 'finished', state = ?, outcome = ?, score = ?, result = ?, "
            "ended_at = ?, end_update = ?, scoring_version = ?, report_state = ? WHERE id = ?",
            (json.dumps(state), end.outcome, end.score, json.dumps(end.result), _now(), update_id,
             end.scoring_version, "rating" if end.rate else None, session_id),
        )

    # --- the trainee's own rating ---------------------------------------------------------

    async def awaiting_rating(self, user_id: int) -> StoredSession | None:
        """The finished session whose report still waits for the trainee's own rating."""
        return await self._one(
            "SELECT * FROM sessions WHERE user_id = ? AND report_state = 'rating' ORDER BY id DESC LIMIT 1",
            (user_id,),
        )

    async def rate_session(self, session_id: int, rating: str, value: int) -> None:
        """Store one of the trainee's own ratings (1-5) of a session."""
        if rating not in ("empathy", "partnership"):
            raise ValueError(rating)
        await self._write(f"UPDATE sessions SET self_{rating} = ? WHERE id = ?", (value, session_id))

    async def report_sent(self, session_id: int) -> bool:
        """Mark the report as delivered; False if it already was (a tap and a message at once)."""
        return bool(await self._write(
            "UPDATE sessions SET report_state = 'sent' WHERE id = ? AND report_state = 'rating'", (session_id,)
        ))

    async def active_session(self, user_id: int) -> StoredSession | None:
        return await self._one(
            "SELECT * FROM sessions WHERE user_id = ? AND status = 'active' ORDER BY id DESC LIMIT 1", (user_id,)
        )

    async def finished_sessions(self, user_id: int, limit: int = 20) -> list[StoredSession]:
        async with self.db.execute(
            "SELECT * FROM sessions WHERE user_id = ? AND status = 'finished' ORDER BY id DESC LIMIT ?",
            (user_id, limit),
        ) as cur:
            return [self._session(row) for row in await cur.fetchall()]

    async def turns(self, session_id: int) -> list[dict[str, Any]]:
        async with self.db.execute("SELECT * FROM turns WHERE session_id = ? ORDER BY id", (session_id,)) as cur:
            return [dict(row) for row in await cur.fetchall()]

    async def count(self, table: str) -> int:
        if table not in {"users", "sessions", "turns"}:
            raise ValueError(table)
        async with self.db.execute(f"SELECT COUNT(*) FROM {table}") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def _one(self, sql: str, args: tuple[Any, ...]) -> StoredSession | None:
        async with self.db.execute(sql, args) as cur:
            row = await cur.fetchone()
        return self._session(row) if row else None

    @staticmethod
    def _session(row: aiosqlite.Row) -> StoredSession:
        return StoredSession(
            id=row["id"],
            user_id=row["user_id"],
            persona_id=row["persona_id"],
            mode=row["mode"],
            seed=row["seed"],
            status=row["status"],
            state=json.loads(row["state"]),
            outcome=row["outcome"],
            score=row["score"],
            result=json.loads(row["result"]) if row["result"] else None,
            started_at=row["started_at"],
            ended_at=row["ended_at"],
            end_update=row["end_update"],
            scoring_version=row["scoring_version"],
            self_empathy=row["self_empathy"],
            self_partnership=row["self_partnership"],
            report_state=row["report_state"],
        )
