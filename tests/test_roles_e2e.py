"""Supervisors, instructors and admins through the real Application and the Bot API stand-in."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from tests.bot_harness import end_session, running_bot
from tests.fake_telegram import TOKEN, FakeTelegram, Trainee

ADMIN, SUP, INS, T1, T2, OTHER_INS, OTHER_SUP = 1, 2, 3, 10, 11, 4, 5




async def told(fake: FakeTelegram, person: Trainee, words: str) -> None:
    """Wait for a notice to reach someone (so their next reply is not mistaken for it)."""
    await fake.wait_in_chat(person.id, lambda: any(words in m.text for m in person.messages()))


async def hello(*people: Trainee) -> None:
    for person in people:
        await person.say("/start")


async def setup_cohort(fake: FakeTelegram) -> dict[str, Any]:
    """Admin makes a supervisor and an instructor; the supervisor's cohort gets two trainees."""
    admin, sup, ins, t1, t2 = (fake.trainee(i, n) for i, n in
                               ((ADMIN, "Ada"), (SUP, "Sam"), (INS, "Ivy"), (T1, "Tom"), (T2, "Tia")))
    await hello(admin, sup, ins, t1, t2)
    [granted] = await admin.say(f"/grant supervisor @user{SUP}")
    assert "Granted: supervisor" in granted.text
    await told(fake, sup, "You are now a supervisor")
    [granted] = await admin.say(f"/grant instructor {INS}")
    assert "Granted: instructor" in granted.text
    await told(fake, ins, "You are now an instructor")
    [made] = await sup.say("/newcohort Spring cohort")
    link = next(w for w in made.text.split() if "start=" in w)
    code = link.split("start=")[1]
    cohort_id = int(made.text.split()[1])
    for t in (t1, t2):
        [joined] = await t.say(f"/start {code}")
        assert "joined the cohort" in joined.text
    [inv] = await sup.say(f"/invite {cohort_id} instructor")
    ins_code = next(w for w in inv.text.split() if "start=" in w).split("start=")[1]
    [joined] = await ins.say(f"/start {ins_code}")
    assert "as instructor" in joined.text
    return {"admin": admin, "sup": sup, "ins": ins, "t1": t1, "t2": t2, "cohort": cohort_id, "code": code}


async def practise(t: Trainee, persona: str, lines: list[str]) -> None:
    await t.say(f"/practice {persona}", count=2)
    for line in lines:
        await t.say(line)


async def finish(t: Trainee, extra: int = 0) -> list[Any]:
    return await end_session(t, extra=extra)


async def test_admin_grants_roles_and_menus_follow(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3", ROLLWITH_ADMINS=str(ADMIN)):
        people = await setup_cohort(fake)
        sup_menu = {c["command"] for c in fake.chat_commands[SUP]}
        assert {"assign", "progress", "newcohort"} <= sup_menu and "grant" not in sup_menu
        assert {"review", "export", "agreement"} <= {c["command"] for c in fake.chat_commands[INS]}
        assert "grant" in {c["command"] for c in fake.chat_commands[ADMIN]}
        [refused] = await people["sup"].say(f"/grant supervisor {T1}")
        assert "only for admins" in refused.text
        [done] = await people["admin"].say(f"/revoke instructor {INS}")
        assert "Revoked" in done.text and INS not in fake.chat_commands
        await told(fake, people["ins"], "Your instructor role was removed")
        [who] = await people["ins"].say("/whoami")
        assert "instructor" not in who.text
        [unknown] = await people["admin"].say("/grant supervisor @nobody_here")
        assert "don't know @nobody_here" in unknown.text


async def test_invites_can_be_revoked(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3", ROLLWITH_ADMINS=str(ADMIN)):
        people = await setup_cohort(fake)
        [revoked] = await people["sup"].say(f"/revokeinvite {people['code']}")
        assert "revoked" in revoked.text
        late = fake.trainee(20)
        [refused] = await late.say(f"/start {people['code']}")
        assert "revoked" in refused.text
        [bogus] = await late.say("/start not-a-real-code")
        assert "isn't valid" in bogus.text


async def test_assignment_flow_notifies_links_completes_and_shows_progress(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3", ROLLWITH_ADMINS=str(ADMIN)) as app:
        people = await setup_cohort(fake)
        sup, t1, t2 = people["sup"], people["t1"], people["t2"]
        before = len(t1.messages())
        [ok] = await sup.say(f"/assign cohort:{people['cohort']} kofi-reactive exam 7d 2")
        assert "Assigned Kofi" in ok.text and "2 trainee" in ok.text
        await fake.wait_in_chat(T1, lambda: len(t1.messages()) > before)
        assert "New assignment" in t1.messages()[before].text
        jobs = {j.name for j in app.job_queue.jobs()}  # type: ignore[attr-defined]
        assert any(name.endswith("-reminder") for name in jobs) and any(name.endswith("-overdue") for name in jobs)
        [mine] = await t1.say("/assignments")
        assert "Kofi" in mine.text and "due" in mine.text
        started = await t1.say("/practice kofi-reactive", count=3)
        assert "counts toward your assignment" in started[0].text and "exam mode" in started[1].text
        await t1.say("It sounds like everyone's on at you about the smoking.")
        await t1.say("It's your call what happens next.")
        done = await finish(t1, extra=1)
        assert done[1].text == "Assignment complete ✓"  # settled before the trainee rates or reads anything
        [mine] = await t1.say("/assignments")
        assert "✓ done" in mine.text
        [progress] = await sup.say("/progress")
        assert "Tom" in progress.text and "done 1, open 0" in progress.text and "/cohorts" in progress.text
        assert "Tia" in progress.text and "done 0, open 1" in progress.text
        assert progress.text.index("Tia") < progress.text.index("Tom")  # no flags: by name
        [none] = await t2.say("/progress")
        assert "only for supervisors" in none.text


async def test_assign_with_buttons(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3", ROLLWITH_ADMINS=str(ADMIN)):
        people = await setup_cohort(fake)
        sup = people["sup"]
        await sup.say("/assign")
        steps = ["Tom", "Femi", "Coach", "1 week", "≥ 6 turns"]
        for label, following in zip(steps, [*steps[1:], None], strict=True):
            sup.tap(label)
            if following:
                await fake.wait_until(lambda f=following: any(f in b["text"] for b in fake.everything(SUP)[-1].buttons))
        await fake.wait_in_chat(SUP, lambda: "Assigned Femi" in sup.last().text)
        [mine] = await people["t1"].say("/assignments")
        assert "Femi" in mine.text and "≥6 turns" in mine.text


async def test_instructor_reviews_overrides_and_exports(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3", ROLLWITH_ADMINS=str(ADMIN)):
        people = await setup_cohort(fake)
        ins, t1 = people["ins"], people["t1"]
        await practise(t1, "ramon-mandated", ["It sounds like you'd rather be anywhere else.",
                                              "You need to control your temper."])
        await finish(t1)
        [listing] = await ins.say(f"/sessions cohort={people['cohort']}")
        session_id = int(listing.text.split("#")[1].split()[0])
        assert "Ramon" in listing.text and f"/review {session_id}" in listing.text
        [bad] = await ins.say("/sessions colour=blue")
        assert "Unknown filter colour" in bad.text
        [shown] = await ins.say(f"/review {session_id}")
        assert "Session #" in shown.text and "Tom (@user10) with Ramon" in shown.text and f"/sessions/{session_id}" in shown.text
        assert "control your temper" in shown.text and "persuade" in shown.text
        assert [b["text"] for b in shown.buttons] == ["✎ T1", "✎ T2"]
        ins.tap("✎ T2")
        await fake.wait_until(lambda: fake.everything(INS)[-1].method == "editMessageReplyMarkup")
        ins.tap("confront")
        await fake.wait_in_chat(INS, lambda: "Saved:" in ins.last().text)
        assert "scorer said persuade" in ins.last().text
        assert [b["text"] for b in fake.everything(INS)[-2].buttons] == ["✎ T1", "✎ T2"]  # buttons stay
        [noted] = await ins.say("/note telling him what to do is also a warning here")
        assert "Note saved on T2 of session" in noted.text
        [noted] = await ins.say("/note T1 a fine reflection")
        assert "Note saved on T1" in noted.text
        [agree] = await ins.say("/agreement")
        assert "Reviewed turns: 1" in agree.text and "κ" in agree.text
        [doc] = await ins.say(f"/export csv cohort {people['cohort']}")
        assert doc.method == "sendDocument" and doc.params["document"]["size"] > 100
        [doc] = await ins.say(f"/export html session {session_id}")
        assert doc.params["document"]["filename"].endswith(".html")


async def test_access_rules_hold_for_ids_and_forged_buttons(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3", ROLLWITH_ADMINS=str(ADMIN)):
        people = await setup_cohort(fake)
        admin, t1 = people["admin"], people["t1"]
        other_ins, other_sup = fake.trainee(OTHER_INS, "Olga"), fake.trainee(OTHER_SUP, "Oscar")
        await hello(other_ins, other_sup)
        await admin.say(f"/grant instructor {OTHER_INS}")
        await told(fake, other_ins, "You are now")
        await admin.say(f"/grant supervisor {OTHER_SUP}")
        await told(fake, other_sup, "You are now")
        await practise(t1, "kofi-reactive", ["You should quit, honestly."])
        await finish(t1)
        for command in ("/assign", "/progress", "/sessions", "/review 1", "/export csv", "/agreement",
                        "/newcohort x", "/deletecohort 1", "/grant supervisor 10"):
            [refused] = await t1.say(command)
            assert "is only for" in refused.text, command
        [listing] = await other_ins.say("/sessions")
        assert "(0;" in listing.text
        [refused] = await other_ins.say("/review 1")
        assert "isn't in your cohorts" in refused.text
        [refused] = await other_ins.say("/export csv session 1")
        assert "isn't in your cohorts" in refused.text
        [refused] = await other_ins.say(f"/sessions cohort={people['cohort']}")
        assert "isn't one of yours" in refused.text
        [refused] = await other_sup.say(f"/assign {T1} kofi-reactive")
        assert "isn't in your cohorts" in refused.text
        [refused] = await other_sup.say(f"/invite {people['cohort']}")
        assert "isn't one of yours" in refused.text
        [refused] = await other_sup.say(f"/progress {T1}")
        assert "isn't in your cohorts" in refused.text
        [refused] = await people["sup"].say(f"/deletecohort {people['cohort']}")
        assert "only for admins" in refused.text
        before = len(other_ins.messages())
        other_ins.tap_data("oc:2:10")  # forged: override a turn in someone else's cohort
        await fake.wait_in_chat(OTHER_INS, lambda: len(other_ins.messages()) > before)
        assert "isn't in your cohorts" in other_ins.last().text
        t1.tap_data("asg:t:cohort:1")  # forged: a trainee pressing a supervisor's button
        await fake.wait_until(lambda: fake.calls.count("answerCallbackQuery") >= 1)
        [deleted] = await admin.say(f"/deletecohort {people['cohort']}")
        assert "deleted" in deleted.text


async def test_exports_respect_scope_forget_and_carry_no_token(fake: FakeTelegram, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    async with running_bot(fake, db, ROLLWITH_ADMINS=str(ADMIN)) as app:
        people = await setup_cohort(fake)
        outsider = fake.trainee(30, "Zed")
        await hello(outsider)
        for t in (people["t1"], people["t2"], outsider):
            await practise(t, "meena-pleaser", ["It sounds like you carry a lot for other people."])
            await finish(t)
        staff = app.bot_data["staff"]  # type: ignore[attr-defined]
        from bot.services.access import actor_for

        ins = await actor_for(staff.storage, INS, [ADMIN])
        exporter = app.bot_data["exports"]  # type: ignore[attr-defined]
        _, data = await exporter.export(ins, "csv")
        rows = list(csv.DictReader(io.StringIO(data.decode())))
        assert {r["trainee_id"] for r in rows} == {str(T1), str(T2)}
        assert TOKEN not in data.decode() and TOKEN.split(":")[1] not in data.decode()
        await people["t2"].say("/forget")
        people["t2"].tap("Yes, delete everything")
        await fake.wait_until(lambda: "deleted" in fake.everything(T2)[-1].text)
        _, data = await exporter.export(ins, "jsonl")
        assert str(T2) not in {line.split('"trainee_id": ')[1].split(",")[0] for line in data.decode().splitlines()}
        admin = await actor_for(staff.storage, ADMIN, [ADMIN])
        _, data = await exporter.export(admin, "csv")
        assert {r["trainee_id"] for r in csv.DictReader(io.StringIO(data.decode()))} == {str(T1), "30"}


async def test_reminder_jobs_survive_a_restart_and_send_once(fake: FakeTelegram, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    async with running_bot(fake, db, ROLLWITH_ADMINS=str(ADMIN)):
        people = await setup_cohort(fake)
        await people["sup"].say(f"/assign {T1} rania-crisis coach 3d")
    async with running_bot(fake, db, ROLLWITH_ADMINS=str(ADMIN)) as app:
        names = {j.name for j in app.job_queue.jobs()}  # type: ignore[attr-defined]
        assert {"assignment-1-reminder", "assignment-1-overdue"} <= names
        staff = app.bot_data["staff"]  # type: ignore[attr-defined]
        [reminder] = await staff.due_notices(1, "reminder")
        assert reminder.chat_id == T1 and "Reminder" in reminder.text
        assert await staff.due_notices(1, "reminder") == []
        [overdue] = await staff.due_notices(1, "overdue")
        assert overdue.chat_id == SUP and "Overdue" in overdue.text


async def test_sessions_are_paged_and_grant_works_by_replying_to_a_forward(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3", ROLLWITH_ADMINS=str(ADMIN)) as app:
        people = await setup_cohort(fake)
        service = app.bot_data["service"]  # type: ignore[attr-defined]
        for _ in range(9):
            await service.start(T1, "kofi-reactive")
            await service.say(T1, "It sounds like the doctor keeps on at you.")
            await service.end(T1)
        [first] = await people["ins"].say("/sessions trainee=@user10")
        assert "(9; page 1/2)" in first.text and first.buttons[0]["text"] == "Next ▶"
        people["ins"].tap("Next ▶")
        await fake.wait_until(lambda: "page 2/2" in fake.everything(INS)[-1].text)
        assert fake.everything(INS)[-1].text.count("/review") == 1
        # an admin grants a role by replying to a message forwarded from the person
        newcomer = fake.trainee(40, "Nia")
        await hello(newcomer)
        forwarded = {"message_id": 77, "date": 0, "chat": {"id": ADMIN, "type": "private"},
                     "forward_origin": {"type": "user", "date": 0, "sender_user": newcomer.user},
                     "text": "hi, can I supervise?"}
        fake.push({"message": people["admin"]._message(
            text="/grant supervisor", entities=[{"type": "bot_command", "offset": 0, "length": 6}],
            reply_to_message=forwarded)})
        await fake.wait_in_chat(ADMIN, lambda: "Granted: supervisor for Nia" in people["admin"].last().text)
        assert 40 in fake.chat_commands


async def test_expired_invites_are_refused(tmp_path: Path) -> None:
    from bot.services.staff import StaffService
    from bot.storage.repository import Storage
    from personas.library import packaged_library

    storage = Storage(tmp_path / "db.sqlite3")
    await storage.open()
    try:
        cohort = await storage.create_cohort("c", SUP)
        await storage.create_invite("old", cohort, "trainee", SUP, "2020-01-01T00:00:00+00:00")
        staff = StaffService(storage, packaged_library(), [])
        assert "expired" in await staff.join(T1, "old")
        assert await storage.members(cohort, "trainee") == []
    finally:
        await storage.close()
