"""Migrations after the web app and the reliability work were joined.

Both lines of work numbered their third migration 3: the web app's tables on one branch, the inbox
and outbox on the other.  The joined list keeps the reliability work's 3 (inbox, outbox) and 4
(VACUUM) and numbers the web app's migration 5.  A database made by either branch, at any of its
versions, must end with every migration run exactly once (running one twice fails: its ALTER TABLE
adds a column that is already there) and with its rows intact.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.storage import schema
from bot.storage.repository import Storage

INBOX, VACUUM, WEB = schema.MIGRATIONS[2], schema.MIGRATIONS[3], schema.MIGRATIONS[4]


def made_by(path: Path, scripts: list[str]) -> None:
    """A database as an older runner left it: each script run, its position recorded as its version."""
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    for number, script in enumerate(scripts, start=1):
        if script == schema.VACUUM:
            con.commit()
            con.execute("VACUUM")
        else:
            con.executescript(script)
        con.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))
        con.commit()
    con.close()


def columns(con: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in con.execute(f"PRAGMA table_info({table})")}


def has_everything(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        versions = [row[0] for row in con.execute("SELECT version FROM schema_version ORDER BY version")]
        assert versions == list(range(1, len(schema.MIGRATIONS) + 1))  # each once, none missing
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"inbox", "outbox", "session_notes", "web_links", "web_secret"} <= tables
        assert {"update_id", "retracted_by"} <= columns(con, "turns")
        assert {"start_update", "end_update"} <= columns(con, "sessions")
        assert "kind" in columns(con, "overrides") and "cancelled_at" in columns(con, "assignments")
    finally:
        con.close()


async def opened(path: Path) -> None:
    store = Storage(path)
    await store.open()
    try:
        assert await store.schema_version() == len(schema.MIGRATIONS)
        assert await store.migrate() == len(schema.MIGRATIONS)  # a second look runs nothing
    finally:
        await store.close()


def test_the_joined_list_keeps_every_migration_in_order() -> None:
    assert len(schema.MIGRATIONS) == 6  # 6: scoring versions and self-ratings, after the web tables
    assert "CREATE TABLE inbox" in INBOX and VACUUM == schema.VACUUM and "CREATE TABLE web_links" in WEB
    assert (schema.INBOX_MIGRATION, schema.WEB_MIGRATION) == (3, 5)


async def test_a_fresh_database_runs_each_migration_once(tmp_path: Path) -> None:
    await opened(tmp_path / "fresh.sqlite3")
    has_everything(tmp_path / "fresh.sqlite3")


async def test_a_database_of_the_web_branch_gets_the_inbox_and_keeps_its_reviews(tmp_path: Path) -> None:
    path = tmp_path / "web.sqlite3"
    made_by(path, [*schema.MIGRATIONS[:2], WEB])  # the web branch recorded its migration as 3
    con = sqlite3.connect(path)
    con.executescript("""
        INSERT INTO users (id, first_name, created_at) VALUES (10, 'Tom', 'x');
        INSERT INTO sessions (id, user_id, persona_id, mode, seed, status, state, started_at)
            VALUES (1, 10, 'kofi-reactive', 'coach', 1, 'finished', '{}', 'x');
        INSERT INTO turns (id, session_id, turn, attempt, speaker, text, created_at)
            VALUES (1, 1, 1, 1, 'trainee', 'You need to stop.', 'x');
        INSERT INTO overrides (turn_id, instructor_id, code, kind, created_at) VALUES (1, 3, 'persuade', 'confirm', 'x');
        INSERT INTO session_notes (session_id, author_id, text, created_at) VALUES (1, 3, 'Ask first.', 'x');
    """)
    con.commit()
    con.close()
    await opened(path)
    has_everything(path)
    con = sqlite3.connect(path)
    assert con.execute("SELECT kind, code FROM overrides").fetchall() == [("confirm", "persuade")]
    assert con.execute("SELECT text FROM session_notes").fetchall() == [("Ask first.",)]
    con.close()


async def test_a_web_branch_database_that_the_reliability_code_opened_too(tmp_path: Path) -> None:
    """The reliability branch's runner, at version 3, skipped to its VACUUM: 3 is the web's, 4 the VACUUM."""
    path = tmp_path / "both.sqlite3"
    made_by(path, [*schema.MIGRATIONS[:2], WEB, VACUUM])
    await opened(path)
    has_everything(path)


async def test_databases_of_the_reliability_branch_get_the_web_tables(tmp_path: Path) -> None:
    for n in (2, 3, 4):  # before the inbox, before the VACUUM, fully migrated
        path = tmp_path / f"main-{n}.sqlite3"
        made_by(path, list(schema.MIGRATIONS[:n]))
        await opened(path)
        has_everything(path)
