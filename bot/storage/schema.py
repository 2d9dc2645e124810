"""The database schema: forward-only migrations and the runner that applies them.

A database remembers, in `schema_version`, the number of every migration it has run; opening it
applies, in order, every migration it has not run, each in its own transaction.
"""

from __future__ import annotations

import aiosqlite

# A migration that is this word runs on its own, outside a transaction (SQLite requires it).
VACUUM = "VACUUM"

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
    # 2: roles, cohorts, invites, assignments, instructor overrides, supervision alerts
    """
    CREATE TABLE roles (
        user_id INTEGER NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('supervisor', 'instructor')),
        granted_by INTEGER,
        granted_at TEXT NOT NULL,
        PRIMARY KEY (user_id, role)
    );
    CREATE TABLE cohorts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        owner_id INTEGER NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE cohort_members (
        cohort_id INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('trainee', 'supervisor', 'instructor')),
        joined_at TEXT NOT NULL,
        PRIMARY KEY (cohort_id, user_id, role)
    );
    CREATE INDEX members_by_user ON cohort_members (user_id);
    CREATE TABLE invites (
        code TEXT PRIMARY KEY,
        cohort_id INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
        role TEXT NOT NULL DEFAULT 'trainee',
        created_by INTEGER NOT NULL,
        expires_at TEXT,
        revoked INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
    );
    CREATE TABLE assignments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        cohort_id INTEGER REFERENCES cohorts(id) ON DELETE CASCADE,
        trainee_id INTEGER NOT NULL,
        persona_id TEXT NOT NULL,
        mode TEXT NOT NULL,
        due_at TEXT,
        min_turns INTEGER NOT NULL DEFAULT 0,
        created_by INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        session_id INTEGER,
        completed_at TEXT,
        reminded INTEGER NOT NULL DEFAULT 0,
        overdue_notified INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX assignments_by_trainee ON assignments (trainee_id, completed_at);
    ALTER TABLE sessions ADD COLUMN assignment_id INTEGER;
    CREATE TABLE overrides (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        turn_id INTEGER NOT NULL REFERENCES turns(id) ON DELETE CASCADE,
        instructor_id INTEGER NOT NULL,
        code TEXT NOT NULL,
        note TEXT,
        created_at TEXT NOT NULL
    );
    CREATE TABLE alerts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        supervisor_id INTEGER NOT NULL,
        trainee_id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    """,
    # 3: the inbox (every update stored before Telegram is told it arrived), the outbox (every
    # message stored before it is sent), and the update that made each turn, start and end, so
    # an update handled twice changes nothing twice
    """
    CREATE TABLE inbox (
        update_id INTEGER PRIMARY KEY,
        chat_id INTEGER,
        payload TEXT,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done')),
        received_at TEXT NOT NULL
    );
    CREATE INDEX inbox_pending ON inbox (status, update_id);
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        chat_id INTEGER NOT NULL,
        update_id INTEGER,
        seq INTEGER,
        kind TEXT NOT NULL CHECK (kind IN ('text', 'photo')),
        body TEXT,
        file BLOB,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_at REAL NOT NULL DEFAULT 0,
        notified INTEGER NOT NULL DEFAULT 0,
        error TEXT,
        created_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX outbox_key ON outbox (update_id, seq) WHERE update_id IS NOT NULL;
    CREATE INDEX outbox_by_chat ON outbox (chat_id, status, id);
    ALTER TABLE turns ADD COLUMN update_id INTEGER;
    CREATE UNIQUE INDEX turns_by_update ON turns (update_id) WHERE update_id IS NOT NULL;
    ALTER TABLE turns ADD COLUMN retracted_by INTEGER;
    ALTER TABLE sessions ADD COLUMN start_update INTEGER;
    ALTER TABLE sessions ADD COLUMN end_update INTEGER;
    """,
    # 4: rewrite the file once, so words deleted before secure_delete was on leave no trace
    VACUUM,
    # 5: the web app: review verdicts (confirm/override/note) kept as history, session notes to the
    # trainee, assignment cancelling, single-use log-in links and the secret that signs them
    """
    ALTER TABLE overrides ADD COLUMN kind TEXT NOT NULL DEFAULT 'override'
        CHECK (kind IN ('override', 'confirm', 'note'));
    CREATE INDEX overrides_by_turn ON overrides (turn_id, id);
    ALTER TABLE assignments ADD COLUMN cancelled_at TEXT;
    CREATE TABLE session_notes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        author_id INTEGER NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        delivered_at TEXT
    );
    CREATE INDEX notes_by_session ON session_notes (session_id);
    CREATE TABLE web_links (
        nonce TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        used_at TEXT
    );
    CREATE TABLE web_secret (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        secret TEXT NOT NULL
    );
    """,
    # 6: the scoring formula each session was scored with (NULL: the first one), the trainee's own
    # ratings of their session, and whether its report still waits for that rating
    """
    ALTER TABLE sessions ADD COLUMN scoring_version INTEGER;
    ALTER TABLE sessions ADD COLUMN self_empathy INTEGER;
    ALTER TABLE sessions ADD COLUMN self_partnership INTEGER;
    ALTER TABLE sessions ADD COLUMN report_state TEXT;
    CREATE INDEX sessions_awaiting_rating ON sessions (user_id, report_state);
    """,
)


async def schema_version(db: aiosqlite.Connection) -> int:
    await db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    async with db.execute("SELECT MAX(version) FROM schema_version") as cur:
        row = await cur.fetchone()
    return int(row[0]) if row and row[0] is not None else 0


async def _applied(db: aiosqlite.Connection) -> set[int]:
    await db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    async with db.execute("SELECT version FROM schema_version") as cur:
        return {int(r[0]) for r in await cur.fetchall()}


async def _has_table(db: aiosqlite.Connection, name: str) -> bool:
    async with db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)) as cur:
        return await cur.fetchone() is not None


# The web app's migration was numbered 3 on its own branch, where the reliability work also used 3
# (the inbox and outbox).  A database made by the web branch says "3" and has the web tables but no
# inbox: its 3 is recorded again as WEB_MIGRATION, so the inbox migration still runs on it.
INBOX_MIGRATION = 3
WEB_MIGRATION = 5


async def _renumber_web_branch(db: aiosqlite.Connection) -> None:
    if (
        INBOX_MIGRATION in await _applied(db)
        and len(MIGRATIONS) >= WEB_MIGRATION
        and await _has_table(db, "web_links")
        and not await _has_table(db, "inbox")
    ):
        await db.executescript(
            f"BEGIN; UPDATE schema_version SET version = {WEB_MIGRATION} WHERE version = {INBOX_MIGRATION}; COMMIT;"
        )


async def migrate(db: aiosqlite.Connection) -> int:
    """Apply, in order, every migration this database has not seen; returns the resulting version.

    Each migration is recorded by its number once it has run, so a database that skipped one (made
    by a branch that numbered its migrations differently) still gets it, and none runs twice."""
    await _renumber_web_branch(db)
    applied = await _applied(db)
    for number, script in enumerate(MIGRATIONS, start=1):
        if number in applied:
            continue
        if script == VACUUM:
            await db.commit()
            await db.execute("VACUUM")
            await db.executescript(f"BEGIN; INSERT INTO schema_version (version) VALUES ({number}); COMMIT;")
            # read the checkpoint's answer to the end: a statement left open would keep the next
            # migration's COMMIT from going through
            async with db.execute("PRAGMA wal_checkpoint(TRUNCATE)") as cur:
                await cur.fetchall()
            continue
        await db.executescript(
            f"BEGIN; {script}; INSERT INTO schema_version (version) VALUES ({number}); COMMIT;"
        )
    return len(MIGRATIONS)
