"""Storage: schema versioning, forward migrations, WAL, durability of turns, forgetting."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.storage import schema as storage_module
from bot.storage.repository import Storage, TurnRow


async def test_fresh_database_is_migrated_and_in_wal_mode(tmp_path: Path) -> None:
    store = Storage(tmp_path / "sub" / "db.sqlite3")
    await store.open()
    try:
        assert await store.schema_version() == len(storage_module.MIGRATIONS)
        async with store.db.execute("PRAGMA journal_mode") as cur:
            assert (await cur.fetchone())[0] == "wal"  # type: ignore[index]
        async with store.db.execute("PRAGMA secure_delete") as cur:
            assert (await cur.fetchone())[0] == 1  # type: ignore[index]  # whatever SQLite's build default
    finally:
        await store.close()


async def test_migrations_run_forward_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "db.sqlite3"
    store = Storage(path)
    await store.open()
    await store.upsert_user(1, "Ana", "ana")
    await store.close()
    monkeypatch.setattr(storage_module, "MIGRATIONS",
                        (*storage_module.MIGRATIONS, "ALTER TABLE users ADD COLUMN locale TEXT DEFAULT 'en'"))
    store = Storage(path)
    await store.open()
    try:
        assert await store.schema_version() == len(storage_module.MIGRATIONS)
        async with store.db.execute("SELECT first_name, locale FROM users") as cur:
            assert tuple(await cur.fetchone()) == ("Ana", "en")  # type: ignore[arg-type]
        assert await store.migrate() == len(storage_module.MIGRATIONS)  # nothing applied twice
    finally:
        await store.close()


async def test_turns_are_committed_and_visible_to_another_connection(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    store = Storage(path)
    await store.open()
    try:
        await store.upsert_user(5, "Bo", None)
        sid = await store.create_session(5, "kofi-reactive", "coach", 1, {"x": 1}, TurnRow(0, 1, "client", "hi"))
        await store.record_turn(sid, {"x": 2}, [TurnRow(1, 1, "trainee", "hello", "other", "neutral", 30, 30),
                                               TurnRow(1, 1, "client", "what")])
        other = sqlite3.connect(path)
        assert other.execute("SELECT COUNT(*) FROM turns WHERE session_id = ?", (sid,)).fetchone()[0] == 3
        assert other.execute("SELECT state FROM sessions").fetchone()[0] == '{"x": 2}'
        await store.retract_turn(sid, 1, 1, {"x": 1})
        assert other.execute("SELECT SUM(retracted) FROM turns").fetchone()[0] == 2
        second = await store.create_session(5, "femi-silent", "exam", 2, {}, TurnRow(0, 1, "client", "..."))
        statuses = dict(other.execute("SELECT id, status FROM sessions").fetchall())
        assert statuses == {sid: "abandoned", second: "active"}
        assert await store.forget_user(5) == 2
        assert other.execute("SELECT COUNT(*) FROM turns").fetchone()[0] == 0
    finally:
        await store.close()
