"""The small things: double and stale taps, edits, junk arguments, forged buttons, log noise, bad updates."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from bot.telegram.common import STALE
from bot.telegram.trainee_handlers import EDITED, SORRY
from tests.bot_harness import running_bot
from tests.fake_telegram import FakeTelegram

ADMIN = 77


def _no_apology(fake: FakeTelegram, chat: int) -> None:
    assert all(m.text != SORRY for m in fake.to(chat)), "a generic apology was sent"


async def test_double_tap_on_start_makes_one_session(fake: FakeTelegram, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    async with running_bot(fake, db):
        t = fake.trainee(31)
        await t.say("/personas")
        t.tap("Ramon")
        await fake.wait_until(lambda: any(b["text"] == "Start" for b in fake.everything(31)[-1].buttons))
        t.tap("Start")
        t.tap("Start")  # the second tap of a double tap, before the buttons are gone
        await t.expect(2)
        [after] = await t.say("/hint")
        assert "Try" in after.text
        _no_apology(fake, 31)
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 1


async def test_a_tap_on_a_deleted_list_gets_a_short_note(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3"):
        t = fake.trainee(32)
        [menu] = await t.say("/personas")
        fake.delete(32, menu.message_id)
        t.tap("Ramon")
        [note] = await t.expect(1)
        assert note.text == STALE
        _no_apology(fake, 32)


async def test_an_edited_message_gets_a_note_and_changes_no_turn(fake: FakeTelegram, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    async with running_bot(fake, db):
        t = fake.trainee(33)
        await t.practise("kofi-reactive", "You should quit smoking.")
        t.edit(2, "It sounds like smoking is yours to decide about.")
        [note] = await t.expect(1)
        assert note.text == EDITED
    rows = sqlite3.connect(db).execute("SELECT text FROM turns WHERE speaker = 'trainee'").fetchall()
    assert rows == [("You should quit smoking.",)]


async def test_the_gate_refuses_buttons_it_does_not_know(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3"):
        t = fake.trainee(34)
        await t.say("/help")
        for n, data in enumerate(["", "zzz:1", ":", "personas:ramon-mandated"], start=1):
            t.tap_data(data)
            await fake.wait_until(lambda n=n: len(fake.answers) >= n)
            assert "out of date" in fake.answers[-1].get("text", ""), data
        [after] = await t.say("/whoami")  # nothing else happened in between
        assert "Your id" in after.text and len(t.messages()) == 2


JUNK_COMMANDS = [
    ("/export csv cohort abc", "cohort id must be a number"),
    ("/export csv session ²", "session id must be a number"),
    ("/export csv team 3", "Use /export"),
    ("/review 99999999999999999999999", "Use /review"),
    ("/review ²", "Use /review"),
    ("/agreement x", "Use /agreement"),
    ("/invite ²", "must be a number"),
]


async def test_junk_arguments_get_usage_lines(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3", ROLLWITH_ADMINS=str(ADMIN)):
        admin = fake.trainee(ADMIN)
        for command, expected in JUNK_COMMANDS:
            [answer] = await admin.say(command)
            assert expected in answer.text, command
        _no_apology(fake, ADMIN)


async def test_junk_button_data_gets_no_traceback(fake: FakeTelegram, tmp_path: Path,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3", ROLLWITH_ADMINS=str(ADMIN)):
        admin = fake.trainee(ADMIN)
        await admin.say("/whoami")
        with caplog.at_level(logging.ERROR):
            for data in ["oc:abc:1", "ov:", "oc:1:99", "oc:1", "asg:t", "ss:x"]:
                before = len(admin.messages())
                admin.tap_data(data)
                admin.send("/whoami")  # answered after the tap: the chat goes on
                await fake.wait_in_chat(ADMIN, lambda before=before: any(
                    "Your id" in m.text for m in admin.messages()[before:]))
        assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
        _no_apology(fake, ADMIN)


async def test_an_unreadable_update_is_skipped_with_one_log_line(fake: FakeTelegram, tmp_path: Path,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3"):
        t = fake.trainee(35)
        bad = t._message(text="hello")
        bad["date"] = "yesterday"
        with caplog.at_level(logging.INFO):
            fake.push({"message": bad})
            [answer] = await t.say("/help")  # polling goes on for everyone
        assert "How it works" in answer.text
    skipped = [r for r in caplog.records if "could not be read" in r.getMessage()]
    assert len(skipped) == 1
    assert not [r for r in caplog.records if "Error while parsing updates" in r.getMessage()]


def test_transitions_logs_only_warnings() -> None:
    from bot.telegram.app import configure_logging

    names = ("transitions", "httpx", "apscheduler")
    before = {n: logging.getLogger(n).level for n in names}
    try:
        configure_logging("123:secret")
        assert logging.getLogger("transitions").getEffectiveLevel() == logging.WARNING
        assert logging.getLogger("transitions.extensions.asyncio").isEnabledFor(logging.INFO) is False
    finally:
        for name, level in before.items():
            logging.getLogger(name).setLevel(level)
