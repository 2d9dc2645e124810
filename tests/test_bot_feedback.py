"""Feedback at the moment it is useful, in Telegram: a better line under the client's reply in coach
mode; at the end, the session stored and settled first, the trainee's own rating, then the report
(after a rating, a Skip or any next message); self-ratings and scoring versions kept and shown."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

from bot.services.access import Actor, Role
from bot.services.versions import trend
from scoring.session import SCORING_VERSION as V
from tests.bot_harness import end_session, report_after, running_bot
from tests.fake_telegram import FakeTelegram

ADMIN = Actor(1, frozenset({Role.ADMIN}))


async def _export(app: object, fmt: str) -> str:
    """An export as an admin sees it, as text."""
    _, data = await app.bot_data["exports"].export(ADMIN, fmt)  # type: ignore[attr-defined]
    return str(data.decode())


async def test_coach_mode_shows_a_better_line_under_the_reply(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3"):
        t = fake.trainee(1100)
        await t.practise("kofi-reactive", "It sounds like the doctor's lecture got under your skin.")
        [reply] = await t.say("You need to stop smoking.")
        assert reply.text.startswith("<b>Kofi:</b>")
        assert "<b>Instead of your last turn, try: " in reply.text or "<b>A better move for your last turn:" in reply.text
    assert not fake.rejected, fake.rejected


async def test_any_next_message_brings_the_report_first(fake: FakeTelegram, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    async with running_bot(fake, db):
        t = fake.trainee(1101)
        await t.practise("meena-pleaser", "It sounds like you carry a lot for other people.")
        [prompt] = await t.say("/end")
        assert "rate yourself" in prompt.text
        assert sqlite3.connect(db).execute("SELECT status FROM sessions").fetchone()[0] == "finished"  # stored first
        got = await t.say("/personas", count=3)
        assert "Your feedback" in got[0].text and "Your own rating: skipped." in got[0].text
        assert got[1].method == "sendPhoto" and "Choose a client" in got[2].text
        [history] = await t.say("/history")  # the report is not sent twice
        assert "Meena" in history.text
    assert not fake.rejected, fake.rejected


async def test_self_ratings_are_stored_shown_and_exported(fake: FakeTelegram, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    async with running_bot(fake, db) as app:
        t = fake.trainee(1102)
        await t.practise("ramon-mandated", "It sounds like HR's version of you doesn't match the one who runs nights.")
        await t.say("/end")
        t.tap("5")
        await fake.wait_until(lambda: "Partnership" in fake.everything(1102)[-1].text)
        report = await report_after(t, "4")
        assert "empathy 5 (the scorer:" in report[0].text and "partnership 4 (the scorer:" in report[0].text
        t.tap("3")  # an old rating button does nothing more
        [history] = await t.say("/history")
        assert "you rated empathy 5, partnership 4" in history.text and f"(v{V})" in history.text
        row = next(csv.DictReader(io.StringIO(await _export(app, "sessions"))))
        assert (row["self_empathy"], row["self_partnership"], row["scoring_version"]) == ("5", "4", str(V))
        doc = json.loads((await _export(app, "jsonl")).splitlines()[0])
        assert doc["self_empathy"] == 5 and doc["scoring_version"] == V and doc["feedback"]["headline_id"]
        page = await _export(app, "html")
        assert "own rating: empathy 5, partnership 4" in page and f"scoring v{V}" in page
    stored = sqlite3.connect(db).execute("SELECT self_empathy, self_partnership, report_state FROM sessions").fetchone()
    assert stored == (5, 4, "sent")


async def test_history_progress_and_exports_mark_where_the_formula_changed(fake: FakeTelegram, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    async with running_bot(fake, db) as app:
        t = fake.trainee(1103)
        await t.practise("duy-teen", "Sounds like being here is the last thing you want.")
        await end_session(t)
        # a session scored before versions were stored (the first formula) is older than this one
        con = sqlite3.connect(db)
        con.execute("INSERT INTO sessions (user_id, persona_id, mode, seed, status, state, outcome, score, result, "
                    "started_at, ended_at) SELECT user_id, persona_id, mode, seed, status, state, outcome, 96, "
                    "result, '2020-01-01T00:00:00+00:00', '2020-01-01T00:10:00+00:00' FROM sessions")
        con.execute("UPDATE sessions SET id = 0, result = json_remove(result, '$.feedback.headline_id') "
                    "WHERE score = 96")
        con.commit()
        [history] = await t.say("/history")
        assert f"scoring formula changed: v1 before this line, v{V} after" in history.text
        text = await app.bot_data["dashboard"].progress_text(ADMIN, None, "http://x", 1103)  # type: ignore[attr-defined]
        assert f"v1: 96 ‖ v{V}:" in text
        versions = [r["scoring_version"] for r in csv.DictReader(io.StringIO(await _export(app, "sessions")))]
        assert sorted(versions) == ["1", str(V)]


def test_a_trend_labels_each_formula_once_it_changes() -> None:
    assert trend([(1, 80), (1, 75)]) == "80 → 75"
    assert trend([(1, 80), (1, 75), (2, 52), (2, 58)]) == "v1: 80 → 75 ‖ v2: 52 → 58"
    assert trend([]) == "no sessions yet"
