"""Send failures and second deliveries: nothing lost, nothing counted twice, nobody asked to resend."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from bot.telegram.delivery import QUEUED, backoff
from tests.bot_harness import running_bot
from tests.fake_telegram import FakeTelegram

TURN = "It sounds like you've had enough of people telling you to quit."


def _turns(db: Path) -> list[str]:
    return [r[0] for r in sqlite3.connect(db).execute(
        "SELECT text FROM turns WHERE speaker = 'trainee' ORDER BY id").fetchall()]


def _fast_retries(app: Any) -> None:
    app.bot_data["delivery"].first_backoff = 0.05


async def test_a_500_on_the_reply_is_queued_retried_and_the_trainee_told_not_to_resend(
        fake: FakeTelegram, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    async with running_bot(fake, db) as app:
        _fast_retries(app)
        t = fake.trainee(610)
        await t.practise("kofi-reactive")
        fake.fail_next("sendMessage", 500, "Internal Server Error", chat_id=610)
        got = await t.say(TURN, count=2)
        assert got[0].text == QUEUED and "again" in QUEUED and "no need" in QUEUED
        assert got[1].text.startswith("<b>Kofi:</b>")
    assert _turns(db) == [TURN]


async def test_a_network_error_on_the_chart_upload_loses_nothing(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3") as app:
        _fast_retries(app)
        t = fake.trainee(620)
        await t.practise("kofi-reactive", TURN)
        fake.fail_next("sendPhoto", 502, "Bad Gateway", chat_id=620)
        fake.fail_next("sendPhoto", 503, "Service Unavailable", chat_id=620)
        await t.say("/end")
        t.tap("Skip")
        await fake.wait_until(lambda: t.last().method == "sendPhoto", timeout=10)
        queued = [m for m in t.messages() if m.text == QUEUED]
        assert len(queued) == 1  # told once, however many tries it took
        [reply] = await t.say("/history")  # the chat goes on in order afterwards
        assert "score" in reply.text


async def test_429_beyond_the_limiters_retries_goes_through_the_outbox(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3", rate_limit=False) as app:
        _fast_retries(app)
        t = fake.trainee(630)
        await t.practise("kofi-reactive")
        fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1, chat_id=630)
        got = await t.say(TURN, count=2, timeout=10)
        assert got[-1].text.startswith("<b>Kofi:</b>")


async def test_400_and_403_are_logged_once_and_marked_undelivered(
        fake: FakeTelegram, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    db = tmp_path / "db.sqlite3"
    async with running_bot(fake, db):
        t = fake.trainee(700)
        fake.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user", chat_id=700)
        fake.fail_next("sendMessage", 400, "Bad Request: chat not found", chat_id=700)
        with caplog.at_level(logging.WARNING, logger="bot.telegram.delivery"):
            t.send("/help")
            t.send("/help")
            [back] = await t.say("/whoami")
        assert "Your id" in back.text
    warnings = [r for r in caplog.records if "not delivered" in r.getMessage()]
    assert len(warnings) == 1
    statuses = [r[0] for r in sqlite3.connect(db).execute("SELECT status FROM outbox ORDER BY id")]
    assert statuses.count("failed") == 2 and statuses[-1] == "sent"


async def test_a_message_delivered_twice_makes_one_turn_and_one_reply(fake: FakeTelegram, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    async with running_bot(fake, db):
        t = fake.trainee(640)
        await t.practise("kofi-reactive")
        update_id = t.send(TURN)
        await t.expect(1)
        fake.redeliver(update_id)
        [after] = await t.say("/hint")
        assert "Try" in after.text
        assert len([m for m in t.messages() if m.text.startswith("<b>Kofi:</b>")]) == 2  # opening + one reply
    assert _turns(db) == [TURN]


async def test_the_same_update_handled_again_changes_nothing(tmp_path: Path) -> None:
    """What a replay after a crash does: the stored turn, start and end come back, nothing is redone."""
    from bot.services.practice import PracticeService
    from bot.storage.repository import Storage
    from personas.library import load_library

    storage = Storage(tmp_path / "db.sqlite3")
    await storage.open()
    try:
        await storage.upsert_user(1, "A", None)
        service = PracticeService(storage, load_library([]), turn_limit=2)
        first = await service.start(1, "ramon-mandated", update_id=10)
        again = await service.start(1, "ramon-mandated", update_id=10)
        assert again.opening == first.opening and await storage.count("sessions") == 1
        said = await service.say(1, "It sounds like work sent you.", update_id=11)
        fresh = PracticeService(storage, load_library([]), turn_limit=2)  # as after a restart
        repeat = await fresh.say(1, "It sounds like work sent you.", update_id=11)
        assert repeat.reply == said.reply and repeat.explanation.code == said.explanation.code
        last = await fresh.say(1, "And you'd rather be on shift.", update_id=12)
        assert last.finished is not None
        replay = await PracticeService(storage, load_library([]), turn_limit=2).say(1, "ignored", update_id=12)
        assert replay.finished is not None and replay.finished.text == last.finished.text
        assert await storage.count("turns") == 5  # opening + two turns and their replies
    finally:
        await storage.close()


def test_backoff_doubles_and_is_capped() -> None:
    assert [backoff(n) for n in (1, 2, 3)] == [2.0, 4.0, 8.0]
    assert backoff(30) == 60.0
