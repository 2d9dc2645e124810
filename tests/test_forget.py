"""/forget that really forgets: a unique phrase is on no page of the database, its WAL or its index."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.storage import schema
from bot.storage.repository import Storage
from tests.bot_harness import end_session, running_bot
from tests.fake_telegram import FakeTelegram

PHRASE = "quokka-marmalade-7731"


def copies(db: Path, phrase: str = PHRASE) -> int:
    """Copies of the phrase in every file of the database (the file, -wal, -shm), as stored bytes."""
    return sum(f.read_bytes().count(phrase.encode()) for f in db.parent.glob(db.name + "*"))


async def test_forget_leaves_no_copy_of_the_words_on_disk(fake: FakeTelegram, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    async with running_bot(fake, db):
        t = fake.trainee(5150)
        await t.practise("kofi-reactive")
        for i in range(6):
            await t.say(f"It sounds like the {PHRASE} matters to you, more each time ({i}).")
        await end_session(t)
        assert copies(db) > 0  # the words were on disk, in the file and the log
        await t.say("/forget")
        t.tap("Yes, delete everything")
        await fake.wait_until(lambda: "deleted" in fake.everything(5150)[-1].text)
        assert copies(db) == 0
    assert copies(db) == 0
    con = sqlite3.connect(db)
    for sql in ("SELECT COUNT(*) FROM users WHERE id = 5150", "SELECT COUNT(*) FROM sessions WHERE user_id = 5150",
                "SELECT COUNT(*) FROM inbox WHERE chat_id = 5150 AND payload IS NOT NULL",
                "SELECT COUNT(*) FROM outbox WHERE chat_id = 5150 AND body IS NOT NULL"):
        assert con.execute(sql).fetchone()[0] == 0, sql


async def test_existing_databases_are_vacuumed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "old.sqlite3"
    with monkeypatch.context() as m:  # a database from before secure_delete and the VACUUM migration
        m.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:3])
        store = Storage(db)
        await store.open()
        await store.close()
    con = sqlite3.connect(db)
    con.execute("PRAGMA secure_delete=OFF")
    con.execute("INSERT INTO users (id, first_name, created_at) VALUES (1, ?, 'now')", (PHRASE * 20,))
    con.commit()
    con.execute("DELETE FROM users")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    assert copies(db) > 0  # deleted, yet still in the file's free space
    store = Storage(db)
    await store.open()
    try:
        assert await store.schema_version() == len(schema.MIGRATIONS)
        assert copies(db) == 0
    finally:
        await store.close()


async def test_forget_takes_the_notes_and_reviews_the_web_app_kept(fake: FakeTelegram, tmp_path: Path) -> None:
    """A note to the trainee, a reviewer's note on their turn, a log-in link: gone with them, and
    with the words of the note on no page either (the web app writes through its own connection)."""
    from bot.services.staff import Notice
    from bot.web.app import outbox_notifier

    db = tmp_path / "db.sqlite3"
    async with running_bot(fake, db):
        t = fake.trainee(5151)
        await t.practise("kofi-reactive", "It sounds like nobody asked you what you wanted.")
        await end_session(t)
        await t.say("/web")
        web = Storage(db)  # the web app's own connection
        await web.open()
        try:
            [session] = await web.session_rows([5151])
            turn = next(x for x in await web.turns(session["id"]) if x["speaker"] == "trainee")
            await web.add_verdict(turn["id"], 3, "override", "confront", f"review note: {PHRASE}")
            note_id = await web.add_session_note(session["id"], 3, f"Note to you: {PHRASE}")
            await outbox_notifier(web)([Notice(5151, f"Note to you: {PHRASE}")])
            await web.mark_note_delivered(note_id)
        finally:
            await web.close()
        await fake.wait_in_chat(5151, lambda: any(PHRASE in m.text for m in t.messages()))
        assert copies(db) > 0
        await t.say("/forget")
        t.tap("Yes, delete everything")
        await fake.wait_until(lambda: "deleted" in fake.everything(5151)[-1].text)
        assert copies(db) == 0
    con = sqlite3.connect(db)
    for sql in ("SELECT COUNT(*) FROM overrides", "SELECT COUNT(*) FROM session_notes",
                "SELECT COUNT(*) FROM web_links WHERE user_id = 5151", "SELECT COUNT(*) FROM turns"):
        assert con.execute(sql).fetchone()[0] == 0, sql
