"""The web pages doing their jobs: review verdicts with history, agreement, dashboard, sessions
table, assignments and exports."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from bot.services.staff import Notice
from tests.web_harness import INS, OTHER_INS, SUP, TIA, TOM, browser, web_app


async def test_review_confirm_override_note_and_change_of_mind(tmp_path: Path) -> None:
    sent: list[Notice] = []

    async def notify(notices: list[Notice]) -> list[bool]:
        sent.extend(notices)
        return [True] * len(notices)

    async with web_app(tmp_path, notify) as (world, app):
        async with browser(app) as b:
            await b.log_in(INS)
            page = await b.get(f"/sessions/{world.tom_session}")
            assert page.status_code == 200 and "Tom" in page.text and "<svg" in page.text and "scorer right" in page.text
            assert "control your temper" in page.text and "openness" in page.text and "The report the trainee saw" in page.text
            first, second = [t for t in await world.storage.turns(world.tom_session) if t["speaker"] == "trainee"][:2]
            confirmed = await b.post(f"/turns/{first['id']}", {"action": "confirm"}, json=True)
            assert confirmed.json() == {"kind": "confirm", "code": first["code"], "note": None, "label": "scorer right"}
            overridden = await b.post(f"/turns/{second['id']}", {"code": "confront"}, json=True)
            assert overridden.json()["label"] == "changed to confront"
            await b.post(f"/turns/{second['id']}", {"action": "note", "note": "a warning, really"}, json=True)
            agreement = await b.get("/agreement")
            assert 'id="reviewed-n">2<' in agreement.text and "Ivy" in agreement.text
            await b.post(f"/turns/{second['id']}", {"action": "confirm"}, json=True)  # changed their mind
            agreement = await b.get("/agreement")
            assert 'id="reviewed-n">2<' in agreement.text and 'id="observed">100%<' in agreement.text
            history = [v["kind"] for v in await world.storage.verdicts([world.tom_session]) if v["turn_id"] == second["id"]]
            assert history == ["override", "note", "confirm"]
            bad = await b.post(f"/turns/{second['id']}", {"code": "shouting"}, json=True)
            assert bad.status_code == 400
            client = next(t for t in await world.storage.turns(world.tom_session) if t["speaker"] == "client")
            assert (await b.post(f"/turns/{client['id']}", {"action": "confirm"})).status_code == 400
            noted = await b.post(f"/sessions/{world.tom_session}/note", {"text": "Lovely reflections; watch the advice."})
            assert noted.status_code == 303 and "sent=yes" in noted.headers["location"]
            assert sent[0].chat_id == TOM and "watch the advice" in sent[0].text and "Ivy" in sent[0].text
        async with browser(app) as tom:
            await tom.log_in(TOM)
            own = await tom.get(f"/sessions/{world.tom_session}")
            assert "watch the advice" in own.text and "a warning, really" in own.text and "scorer right" in own.text


async def test_two_instructors_are_compared(tmp_path: Path) -> None:
    async with web_app(tmp_path) as (world, app):
        await world.storage.add_member(world.cohort_a, OTHER_INS, "instructor")
        turns = [t for t in await world.storage.turns(world.tom_session) if t["speaker"] == "trainee"]
        for person, codes in ((INS, ["affirm", "confront"]), (OTHER_INS, ["affirm", "persuade"])):
            async with browser(app) as b:
                await b.log_in(person)
                await b.get("/agreement")
                for turn, code in zip(turns, codes, strict=False):
                    await b.post(f"/turns/{turn['id']}", {"code": code}, json=True)
        async with browser(app) as b:
            await b.log_in(INS)
            page = await b.get("/agreement")
        assert "Ivy (@user3) · Olga (@user4)" in page.text and "<td>2</td><td>50%</td>" in page.text


async def test_dashboard_rows_flags_sorting_and_compare(tmp_path: Path) -> None:
    async with web_app(tmp_path) as (world, app), browser(app) as b:
        await world.storage.add_member(world.cohort_a, INS, "trainee")  # staff who joined by link
        await world.storage.create_assignment(world.cohort_a, TIA, "kofi-reactive", "coach", "2020-01-01T23:59:00+00:00",
                                              0, SUP)
        await b.log_in(SUP)
        page = await b.get(f"/cohorts/{world.cohort_a}")
        assert page.status_code == 200 and "2 trainees" in page.text and "Ivy" not in page.text.split("<main>")[1]
        assert page.text.index("Tia") < page.text.index("Tom")  # flagged (overdue) first
        assert "1 overdue assignment" in page.text and page.text.count("<svg") >= 8
        by_name = await b.get(f"/cohorts/{world.cohort_a}?sort=score")
        assert by_name.status_code == 200
        side = await b.get(f"/cohorts/{world.cohort_a}/compare?t={TOM}&t={TIA}")
        assert side.status_code == 200 and "Tom" in side.text and "Tia" in side.text
        trainee = await b.get(f"/trainees/{TOM}")
        assert f"/sessions/{world.tom_session}" in trainee.text and "Ramon" in trainee.text


async def test_sessions_table_filters_by_name_and_marks_unreviewed(tmp_path: Path) -> None:
    async with web_app(tmp_path) as (world, app), browser(app) as b:
        await b.log_in(INS)
        page = await b.get("/sessions")
        assert "not yet reviewed" in page.text and "Tom (@user10)" in page.text and ">Tom (@user10)</option>" in page.text
        assert f"/sessions/{world.tom_session}" in (await b.get(f"/sessions?trainee={TOM}&client=ramon-mandated")).text
        assert "No sessions match" in (await b.get(f"/sessions?trainee={TIA}")).text
        assert "No sessions match" in (await b.get("/sessions?score_min=101")).text
        assert "No sessions match" in (await b.get("/sessions?from=2999-01-01")).text
        turn = next(t for t in await world.storage.turns(world.tom_session) if t["speaker"] == "trainee")
        await b.post(f"/turns/{turn['id']}", {"action": "confirm"})
        assert "No sessions match" in (await b.get("/sessions?unreviewed=1")).text


async def test_assignments_create_edit_cancel_and_refuse_duplicates(tmp_path: Path) -> None:
    sent: list[Notice] = []

    async def notify(notices: list[Notice]) -> list[bool]:
        sent.extend(notices)
        return [True] * len(notices)

    async with web_app(tmp_path, notify) as (world, app), browser(app) as b:
        await b.log_in(SUP)
        page = await b.get("/assignments?q=ti")
        assert 'type="date"' in page.text and "Tia" in page.text and 'value="10"' not in page.text
        made = await b.post("/assignments/new", {"trainee": str(TIA), "persona": "kofi-reactive", "mode": "exam",
                                                 "due": "2999-01-15", "min_turns": "6"})
        assert made.status_code == 303
        page = await b.get(made.headers["location"])
        assert "Assigned Kofi" in page.text and "exam mode" in page.text and "15 Jan 2999" in page.text
        assert sent[-1].chat_id == TIA
        again = await b.post("/assignments/new", {"trainee": str(TIA), "persona": "kofi-reactive", "due": ""})
        assert "already has an open assignment" in (await b.get(again.headers["location"])).text
        past = await b.post("/assignments/new", {"trainee": str(TOM), "persona": "kofi-reactive", "due": "2001-01-01"})
        assert "has passed" in (await b.get(past.headers["location"])).text
        [a] = await world.storage.assignments("trainee_id = ?", (TIA,))
        edited = await b.post(f"/assignments/{a['id']}", {"mode": "coach", "due": "2999-02-01", "min_turns": "3"})
        assert "Updated" in (await b.get(edited.headers["location"])).text
        assert "changed" in sent[-1].text
        await b.post(f"/assignments/{a['id']}/cancel", {})
        [a] = await world.storage.assignments("trainee_id = ?", (TIA,))
        assert a["cancelled_at"] and a["mode"] == "coach" and a["min_turns"] == 3
        redo = await b.post("/assignments/new", {"cohort": str(world.cohort_a), "persona": "kofi-reactive"})
        assert "to 2 trainee" in (await b.get(redo.headers["location"])).text


async def test_exports_honour_filters(tmp_path: Path) -> None:
    async with web_app(tmp_path) as (world, app), browser(app) as b:
        await b.log_in(INS)
        turns = await b.get(f"/export/csv?trainee={TOM}")
        assert turns.headers["content-type"].startswith("text/csv") and "attachment" in turns.headers["content-disposition"]
        rows = list(csv.DictReader(io.StringIO(turns.text)))
        assert len(rows) == 4 and {r["trainee_id"] for r in rows} == {str(TOM)} and rows[0]["cohort"] == "Spring"
        assert rows[1]["code"] and "_" not in rows[1]["code"] and rows[1]["client_said"] and rows[1]["reason"]
        assert rows[1]["confidence"]
        assert list(csv.DictReader(io.StringIO((await b.get(f"/export/csv?trainee={TIA}")).text))) == []
        summary = list(csv.DictReader(io.StringIO((await b.get("/export/sessions")).text)))
        assert [r["session_id"] for r in summary] == [str(world.tom_session)]
        report = await b.get(f"/export/html?cohort={world.cohort_a}")
        assert report.text.index('id="index"') < report.text.index("session-")
