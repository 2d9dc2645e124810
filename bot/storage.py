"""Durable storage (SQLite through aiosqlite): users, practice sessions and their turns.

Every trainee turn and the client's reply are committed in one transaction before the reply is
sent, and the session's full snapshot is stored with them, so a restart resumes exactly where the
trainee was.  The repository API is small and typed so a PostgreSQL version could match it.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiosqlite

# Forward-only migrations; the list index + 1 is the schema version.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        first_name TEXT NOT NULL DEFAULT '',
        username TEXT,
        next_mode TEXT NOT NULL DEFAULT 'coach',
        created_at TEXT NOT NULL
    );
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        persona_id TEXT NOT NULL,
        mode TEXT NOT NULL,
        seed INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('active', 'finished', 'abandoned')),
        state TEXT NOT NULL,
        outcome TEXT,
        score INTEGER,
        result TEXT,
        started_at TEXT NOT NULL,
        ended_at TEXT
    );
    CREATE INDEX sessions_by_user ON sessions (user_id, status, id);
    CREATE TABLE turns (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        turn INTEGER NOT NULL,
        attempt INTEGER NOT NULL,
        speaker TEXT NOT NULL CHECK (speaker IN ('trainee', 'client')),
        text TEXT NOT NULL,
        code TEXT,
        stance TEXT,
        openness_before INTEGER,
        openness_after INTEGER,
        explanation TEXT,
        retracted INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
    );
    CREATE INDEX turns_by_session ON turns (session_id, id);
    """,
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


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


class Storage:
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
        await self.migrate()

    async def close(self) -> None:
        if self._db is not None:
            await self._db.close()
            self._db = None

    async def schema_version(self) -> int:
        await self.db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        async with self.db.execute("SELECT MAX(version) FROM schema_version") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    async def migrate(self) -> int:
        """Apply the migrations this database has not seen; returns the resulting version."""
        async with self._lock:
            version = await self.schema_version()
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                await self.db.executescript(
                    f"BEGIN; {script}; INSERT INTO schema_version (version) VALUES ({number}); COMMIT;"
                )
            return len(MIGRATIONS)

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
        """Delete the user and everything they wrote; returns how many sessions went with them."""
        async with self._lock:
            async with self.db.execute("SELECT COUNT(*) FROM sessions WHERE user_id = ?", (user_id,)) as cur:
                row = await cur.fetchone()
            await self.db.execute("DELETE FROM users WHERE id = ?", (user_id,))
            await self.db.commit()
        return int(row[0]) if row else 0

    # --- sessions ----------------------------------------------------------------------

    async def create_session(self, user_id: int, persona_id: str, mode: str, seed: int,
                             state: dict[str, Any], opening: TurnRow) -> int:
        """A new active session (any active one is marked abandoned) with the client's first line."""
        async with self._lock:
            await self.db.execute(
                "UPDATE sessions SET status = 'abandoned', ended_at = ? WHERE user_id = ? AND status = 'active'",
                (_now(), user_id),
            )
            cur = await self.db.execute(
                "INSERT INTO sessions (user_id, persona_id, mode, seed, status, state, started_at) "
                "VALUES (?, ?, ?, ?, 'active', ?, ?)",
                (user_id, persona_id, mode, seed, json.dumps(state), _now()),
            )
            session_id = int(cur.lastrowid or 0)
            await self._insert_turns(session_id, [opening])
            await self.db.commit()
        return session_id

    async def _insert_turns(self, session_id: int, rows: Sequence[TurnRow]) -> None:
        await self.db.executemany(
            "INSERT INTO turns (session_id, turn, attempt, speaker, text, code, stance, openness_before, "
            "openness_after, explanation, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(session_id, r.turn, r.attempt, r.speaker, r.text, r.code, r.stance, r.openness_before,
              r.openness_after, json.dumps(r.explanation) if r.explanation else None, _now())
             for r in rows],
        )

    async def record_turn(self, session_id: int, state: dict[str, Any], rows: Sequence[TurnRow]) -> None:
        """The trainee's turn, the client's reply and the new snapshot, in one transaction."""
        async with self._lock:
            await self._insert_turns(session_id, rows)
            await self.db.execute("UPDATE sessions SET state = ? WHERE id = ?", (json.dumps(state), session_id))
            await self.db.commit()

    async def retract_turn(self, session_id: int, turn: int, attempt: int, state: dict[str, Any]) -> None:
        async with self._lock:
            await self.db.execute(
                "UPDATE turns SET retracted = 1 WHERE session_id = ? AND turn = ? AND attempt = ?",
                (session_id, turn, attempt),
            )
            await self.db.execute("UPDATE sessions SET state = ? WHERE id = ?", (json.dumps(state), session_id))
            await self.db.commit()

    async def update_state(self, session_id: int, state: dict[str, Any], mode: str) -> None:
        async with self._lock:
            await self.db.execute("UPDATE sessions SET state = ?, mode = ? WHERE id = ?",
                                  (json.dumps(state), mode, session_id))
            await self.db.commit()

    async def finish_session(self, session_id: int, state: dict[str, Any], outcome: str, score: int,
                             result: dict[str, Any]) -> None:
        async with self._lock:
            await self.db.execute(
                "UPDATE sessions SET status = 'finished', state = ?, outcome = ?, score = ?, result = ?, "
                "ended_at = ? WHERE id = ?",
                (json.dumps(state), outcome, score, json.dumps(result), _now(), session_id),
            )
            await self.db.commit()

    async def active_session(self, user_id: int) -> StoredSession | None:
        return await self._one("SELECT * FROM sessions WHERE user_id = ? AND status = 'active' "
                               "ORDER BY id DESC LIMIT 1", (user_id,))

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
            id=row["id"], user_id=row["user_id"], persona_id=row["persona_id"], mode=row["mode"],
            seed=row["seed"], status=row["status"], state=json.loads(row["state"]),
            outcome=row["outcome"], score=row["score"],
            result=json.loads(row["result"]) if row["result"] else None,
            started_at=row["started_at"], ended_at=row["ended_at"],
        )
