"""The turn-level CSV built by SQLite (`ExportService.turn_csv`) is the same file, byte for byte, as
the one built turn by turn in Python (`to_csv` over full export items), whatever the turns hold:
reviews by several people, notes with and without a verdict, a reviewer no longer in the users
table, a retracted turn, and a session recorded before turns kept the coder's view."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from bot.services.access import Actor, Role
from bot.services.export_service import ExportService
from bot.services.exports import CSV_COLUMNS, to_csv
from bot.services.practice import PracticeService
from bot.services.staff import SessionFilter
from personas.library import packaged_library
from tests.web_harness import ADMIN, INS, OTHER_INS, TIA, web_app


async def test_the_sql_built_csv_is_the_python_built_one(tmp_path: Path) -> None:
    async with web_app(tmp_path) as (world, app):
        storage = world.storage
        practice = PracticeService(storage, packaged_library())
        await practice.start(TIA, "kofi-reactive")
        await practice.say(TIA, "You really need to quit, you know.")
        await practice.retry(TIA)  # a retracted turn, and the client line before the next one
        await practice.say(TIA, "It sounds like the cigarettes are company on long shifts, \"the smoke\", you said.")
        await practice.say(TIA, "What would make a change worth it, for you?")
        old_style = (await practice.end(TIA)).session_id
        # recorded before turns kept the coder's view: the CSV reads it from the session report
        await storage.db.execute("UPDATE turns SET explanation = json_remove(explanation, '$.coder') "
                                 "WHERE session_id = ?", (old_style,))
        await storage.db.commit()
        turns = [t for t in await storage.turns(world.tom_session) if t["speaker"] == "trainee"]
        await storage.add_verdict(turns[0]["id"], INS, "confirm", turns[0]["code"], None)
        await storage.add_verdict(turns[0]["id"], OTHER_INS, "override", "reflection_complex", 'a "quoted", note')
        await storage.add_verdict(turns[1]["id"], INS, "note", turns[1]["code"], "only a note")
        await storage.add_verdict(turns[2]["id"], 999, "override", "confront", None)  # no such user
        await storage.add_verdict(turns[2]["id"], INS, "note", "confront", "")
        mine = [t for t in await storage.turns(old_style) if t["speaker"] == "trainee"]
        await storage.add_verdict(mine[-1]["id"], INS, "override", "question_open", "newest\nline")

        exports: ExportService = app.state.web.exports
        admin = Actor(ADMIN, frozenset({Role.ADMIN}))
        for f in (SessionFilter(), SessionFilter(cohort=world.cohort_a), SessionFilter(trainee=TIA)):
            sessions = await exports.staff.find_sessions(admin, f)
            assert sessions
            by_sql = await exports.turn_csv(sessions)
            assert by_sql == to_csv(await exports.items(sessions))

        rows = list(csv.DictReader(io.StringIO((await exports.turn_csv(
            await exports.staff.find_sessions(admin, SessionFilter()))).decode())))
        assert list(rows[0]) == list(CSV_COLUMNS)
        tom = [r for r in rows if r["session_id"] == str(world.tom_session)]
        assert (tom[0]["review"], tom[0]["reviewed_code"], tom[0]["reviewer"]) == (
            "overridden", "reflection complex", "Olga (@user4)")
        assert tom[0]["review_note"] == 'a "quoted", note' and tom[1]["review"] == ""
        assert tom[1]["review_note"] == "only a note" and tom[2]["reviewer"] == "999"
        old = [r for r in rows if r["session_id"] == str(old_style)]
        assert [r["retracted"] for r in old] == ["1", "0", "0"]
        assert old[0]["client_said"] and old[1]["client_said"]
        assert all(r["reason"] for r in old if r["retracted"] == "0")  # read from the report
