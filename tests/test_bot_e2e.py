"""End to end: the real Application long-polls the stand-in Bot API over loopback HTTP."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from tests.bot_harness import end_session, report_after, running_bot
from tests.fake_telegram import FakeTelegram


async def test_full_journey(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3"):
        assert fake.calls[:2] == ["getMe", "setMyCommands"]
        assert {c["command"] for c in fake.commands} >= {"start", "personas", "practice", "end", "forget"}
        t = fake.trainee(42)
        [welcome] = await t.say("/start")
        assert "practice" in welcome.text.lower() and "real client information" in welcome.text
        [menu] = await t.say("/personas")
        assert len(menu.buttons) >= 12
        t.tap("Ramon")
        await fake.wait_until(lambda: any(s.method == "editMessageText" for s in fake.everything(42)))
        vignette = fake.everything(42)[-1]
        assert "Referral" in vignette.text and vignette.buttons[0]["text"] == "Start"
        t.tap("Start")
        started = await t.expect(2)
        assert "Session started" in started[0].text and started[1].text.startswith("<b>Ramon:</b>")
        for line in ["It sounds like you'd rather be anywhere but here.",
                     "It's your call what we talk about.",
                     "What would make these sessions worth it for you?",
                     "You came in even though you didn't want to.",
                     "So part of you wants to keep your head down, and part of you is fed up.",
                     "You need to control your temper."]:
            [reply] = await t.say(line)
            assert reply.text.startswith("<b>Ramon:</b>") and "openness" in reply.text
        [hint] = await t.say("/hint")
        assert "Try" in hint.text and "for example" in hint.text
        [retry] = await t.say("/retry")
        assert "Turn taken back" in retry.text
        [prompt] = await t.say("/end")
        assert "rate yourself" in prompt.text and "Empathy" in prompt.text and len(prompt.buttons) == 6
        t.tap("4")
        await fake.wait_until(lambda: "Partnership" in fake.everything(42)[-1].text)
        report = await report_after(t, "2")
        assert "Session score" in report[0].text and report[-1].method == "sendPhoto"
        assert "empathy 4 (the scorer:" in report[0].text and "partnership 2 (the scorer:" in report[0].text
        assert report[-1].params["photo"]["size"] > 1000
        [history] = await t.say("/history")
        assert "Ramon" in history.text and "score" in history.text and "you rated empathy 4" in history.text
        again = await t.say("/report 1", count=2)
        assert again[1].method == "sendPhoto" and "empathy 4 (the scorer:" in again[0].text
    assert not fake.rejected, fake.rejected


async def test_typing_indicator_comes_before_each_reply(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3", ROLLWITH_TYPING_DELAY=0.05):
        t = fake.trainee(7)
        await t.say("/practice kofi-reactive", count=2)
        await t.say("So the doctor's on at you about the smoking.")
        chat = [s for s in fake.sent if s.chat_id == 7]
        assert [s.method for s in chat[-2:]] == ["sendChatAction", "sendMessage"]
        assert chat[-1].at - chat[-2].at >= 0.05


@pytest.mark.parametrize("send", ["send_sticker", "send_photo", "send_voice", "send_document"])
async def test_non_text_gets_a_specific_answer(fake: FakeTelegram, tmp_path: Path, send: str) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3"):
        t = fake.trainee(8)
        getattr(t, send)()
        [answer] = await t.expect(1)
        assert "practice is in text" in answer.text


async def test_bad_input_is_answered_and_nothing_crashes(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3"):
        t = fake.trainee(9)
        [no_session] = await t.say("hello?")
        assert "don't have a session" in no_session.text and no_session.buttons
        [unknown] = await t.say("/frobnicate now")
        assert "/frobnicate" in unknown.text and "/personas" in unknown.text
        [missing] = await t.say("/practice nobody")
        assert "no client called" in missing.text
        await t.say("/practice kofi-reactive", count=2)
        long = ("I hear you, and " * 300)[:4050]
        [reply] = await t.say(long)
        assert reply.text.startswith("<b>Kofi:</b>")
        markup = "You're in denial <b>bold</b> & *stars* _under_ <script>alert(1)</script> &amp; 5 < 6 > 4"
        [reply] = await t.say(markup)
        assert reply.text.startswith("<b>Kofi:</b>")
        before = len(t.messages())
        await end_session(t)
        shown = "\n".join(m.text for m in t.messages()[before:] if m.method == "sendMessage")
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown and "&amp;amp;" in shown and "*stars* _under_" in shown
        [none] = await t.say("/hint")
        assert "running session" in none.text
    assert not fake.rejected, fake.rejected


async def test_two_trainees_at_once_never_cross(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3"):
        a, b = fake.trainee(100), fake.trainee(200)
        await asyncio.gather(a.say("/practice kofi-reactive", count=2), b.say("/practice femi-silent", count=2))
        for _ in range(4):
            await asyncio.gather(a.say("It sounds like you're fed up with the doctor."),
                                 b.say("It's okay to take your time."))
        assert all(m.text.startswith("<b>Kofi:</b>") for m in a.messages()[3:])
        assert all(m.text.startswith("<b>Femi:</b>") for m in b.messages()[3:])


async def test_a_burst_is_answered_in_order(fake: FakeTelegram, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    async with running_bot(fake, db):
        t = fake.trainee(300)
        await t.say("/practice ramon-mandated", count=2)
        lines = ["It sounds like work has been rough.", "You'd rather be anywhere but here.",
                 "It's your call what we talk about.", "What would make this worth your while?",
                 "So part of you is fed up, and part of you wants this over with."]
        for line in lines:
            t.send(line)
        await t.expect(0)
        await fake.wait_until(lambda: len(t.messages()) >= 7)
    import sqlite3

    rows = sqlite3.connect(db).execute(
        "SELECT text FROM turns WHERE speaker = 'trainee' ORDER BY id").fetchall()
    assert [r[0] for r in rows] == lines


async def test_restart_mid_session_resumes_with_no_turn_lost(fake: FakeTelegram, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    t = fake.trainee(400)
    async with running_bot(fake, db):
        await t.say("/practice eugene-intellectualizing", count=2)
        await t.say("It sounds like you've thought about this a great deal.")
        await t.say("Underneath the analysis, it sounds like this has really shaken you.")
    async with running_bot(fake, db):
        [reply] = await t.say("What would you like to get from our time together?")
        assert reply.text.startswith("<b>Eugene:</b>")
        report = await end_session(t)
        report = [m for m in report if "Session score" in m.text]
        assert report[0].text.count("Openness per turn: ") == 1
        path = report[0].text.split("Openness per turn: ")[1].split("\n")[0]
        assert len(path.split("→")) == 4  # start + three turns: nothing lost across the restart


async def test_forget_deletes_everything_after_confirming(fake: FakeTelegram, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    async with running_bot(fake, db):
        t = fake.trainee(500)
        await t.say("/practice duy-teen", count=2)
        await t.say("Sounds like being here is the last thing you want.")
        await end_session(t)
        await t.say("/forget")
        t.tap("No, keep it")
        await fake.wait_until(lambda: "Nothing was deleted" in fake.everything(500)[-1].text)
        [_ask] = await t.say("/forget")
        t.tap("Yes, delete everything")
        await fake.wait_until(lambda: "1 session" in fake.everything(500)[-1].text)
        import sqlite3

        con = sqlite3.connect(db)
        for table in ("users", "sessions", "turns"):
            assert con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0
        [history] = await t.say("/history")
        assert "No finished sessions" in history.text


async def test_rate_limit_429_does_not_lose_the_reply(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3"):
        t = fake.trainee(600)
        await t.say("/practice kofi-reactive", count=2)
        fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1, chat_id=600)
        [reply] = await t.say("It sounds like you've had enough of people telling you to quit.", timeout=15)
        assert reply.text.startswith("<b>Kofi:</b>")


async def test_coach_and_exam_switch_the_per_turn_notes(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3"):
        t = fake.trainee(800)
        [note] = await t.say("/exam")
        assert "next session" in note.text
        await t.say("/practice meena-pleaser", count=2)
        [reply] = await t.say("It sounds like you work really hard to keep everyone happy.")
        assert "openness" not in reply.text
        [note] = await t.say("/coach")
        assert "this session" in note.text
        [reply] = await t.say("What would you want, if nobody else's wishes counted?")
        assert "openness" in reply.text


async def test_session_ends_on_turn_limit(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3", ROLLWITH_TURN_LIMIT=2):
        t = fake.trainee(900)
        await t.say("/practice ramon-mandated", count=2)
        await t.say("It sounds like work sent you here.")
        end = await t.say("And you'd rather be on shift.", count=2)
        assert "session is over" in end[1].text.lower() and end[1].buttons  # the self-rating comes first
        report = await report_after(t)
        assert "Session score" in report[0].text and report[-1].method == "sendPhoto"


def test_missing_token_is_one_clear_line(capsys, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from bot.config import Settings
    from bot.telegram.app import run_bot

    monkeypatch.chdir(tmp_path)
    assert run_bot(Settings()) == 2
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "TELEGRAM_BOT_TOKEN" in out


def test_stored_reports_are_json(tmp_path: Path) -> None:
    assert json.loads('{"ok": true}')["ok"]


async def _run_bot_process(fake: FakeTelegram, token: str, tmp_path: Path, stop_after_start: bool) -> tuple[int, str, str]:
    import os
    import signal
    import sys

    env = os.environ | {"TELEGRAM_BOT_TOKEN": token, "TELEGRAM_API_BASE_URL": fake.base_url,
                        "ROLLWITH_DB": str(tmp_path / "p.sqlite3"), "ROLLWITH_TYPING_DELAY": "0"}
    proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot.cli", "bot", cwd=tmp_path, env=env,
                                                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    if stop_after_start:
        for _ in range(200):
            if "getUpdates" in fake.calls:
                break
            await asyncio.sleep(0.05)
        proc.send_signal(signal.SIGINT)
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    return proc.returncode or 0, out.decode(), err.decode()


async def test_rejected_token_is_one_clear_line(fake: FakeTelegram, tmp_path: Path) -> None:
    code, out, err = await _run_bot_process(fake, "999:wrong-token", tmp_path, stop_after_start=False)
    assert code == 2 and out.strip().count("\n") == 0 and "rejected TELEGRAM_BOT_TOKEN" in out
    assert "Traceback" not in err and "wrong-token" not in out + err


async def test_running_bot_never_logs_its_token(fake: FakeTelegram, tmp_path: Path) -> None:
    from tests.fake_telegram import TOKEN

    _, out, err = await _run_bot_process(fake, TOKEN, tmp_path, stop_after_start=True)
    assert "getUpdates" in fake.calls and "started" in err
    assert TOKEN not in out + err and TOKEN.split(":")[1] not in out + err


async def test_group_chats_get_pointed_to_a_private_chat(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3"):
        t = fake.trainee(1200)
        message = t._message(text="/practice kofi-reactive", entities=[{"type": "bot_command", "offset": 0, "length": 9}])
        message["chat"] = {"id": -500, "type": "group", "title": "class"}
        fake.push({"message": message})
        await fake.wait_in_chat(-500, lambda: bool(fake.to(-500)))
        assert "private chat" in fake.to(-500)[0].text
        chatter = t._message(text="hello everyone")
        chatter["chat"] = {"id": -500, "type": "group", "title": "class"}
        fake.push({"message": chatter})
        await t.say("/help")  # the bot is still responsive, and said nothing more in the group
        assert len(fake.to(-500)) == 1
