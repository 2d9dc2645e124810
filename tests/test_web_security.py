"""The web app's locks: single-use expiring links, the cookie's flags, CSRF, and scope on every id."""

from __future__ import annotations

from pathlib import Path

import pytest
from itsdangerous import URLSafeTimedSerializer

from bot.services import weblogin
from tests.web_harness import ADMIN, INS, OTHER_INS, OTHER_SUP, SUP, TOM, ZED, browser, path_of, web_app


async def test_a_link_logs_in_once_and_sets_a_strict_cookie(tmp_path: Path) -> None:
    async with web_app(tmp_path) as (_, app), browser(app) as b:
        link = path_of(await b.login.link_for(INS))
        first = await b.client.get(link)
        assert first.status_code == 303 and first.headers["location"] == "/"
        cookie = first.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie
        assert (await b.get("/sessions")).status_code == 200
        b.client.cookies.clear()
        replay = await b.client.get(link)
        assert replay.status_code == 403 and "used already" in replay.text
        assert (await b.client.get("/sessions")).status_code == 401


async def test_cookie_is_secure_over_https(tmp_path: Path) -> None:
    async with web_app(tmp_path, base_url="https://rollwith.example.org") as (_, app), browser(
            app, "https://rollwith.example.org") as b:
        response = await b.log_in(INS)
        assert "secure" in response.headers["set-cookie"].lower()


async def test_expired_and_forged_links_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    async with web_app(tmp_path) as (_, app), browser(app) as b:
        link = path_of(await b.login.link_for(INS))
        monkeypatch.setattr(weblogin, "LINK_SECONDS", -1)
        expired = await b.client.get(link)
        assert expired.status_code == 403 and "expired" in expired.text
        monkeypatch.setattr(weblogin, "LINK_SECONDS", 600)
        forged = URLSafeTimedSerializer("not-the-secret").dumps({"u": ADMIN, "n": "x"}, salt="rollwith-login-link")
        refused = await b.client.get(f"/login?t={forged}")
        assert refused.status_code == 403 and "valid" in refused.text
        assert (await b.client.get("/login?t=")).status_code == 403


async def test_forms_without_the_csrf_token_are_refused(tmp_path: Path) -> None:
    async with web_app(tmp_path) as (world, app), browser(app) as b:
        await b.log_in(INS)
        await b.get(f"/sessions/{world.tom_session}")
        turn = next(t for t in await world.storage.turns(world.tom_session) if t["speaker"] == "trainee")
        bare = await b.post(f"/turns/{turn['id']}", {"action": "confirm"}, csrf=False)
        assert bare.status_code == 403
        wrong = await b.client.post(f"/turns/{turn['id']}", data={"action": "confirm", "csrf": "guess"})
        assert wrong.status_code == 403
        note = await b.post(f"/sessions/{world.tom_session}/note", {"text": "hi"}, csrf=False)
        assert note.status_code == 403
        assert await world.storage.verdicts([world.tom_session]) == []
        assert (await b.post(f"/turns/{turn['id']}", {"action": "confirm"})).status_code == 303


async def test_guessed_urls_show_nothing_outside_ones_scope(tmp_path: Path) -> None:
    async with web_app(tmp_path) as (world, app):
        zed_turn = next(t for t in await world.storage.turns(world.zed_session) if t["speaker"] == "trainee")
        secret = next(t["text"] for t in await world.storage.turns(world.zed_session) if t["speaker"] == "client")
        for person in (TOM, INS, SUP):  # a trainee, and staff of the other cohort
            async with browser(app) as b:
                await b.log_in(person)
                await b.get("/me")
                for path in (f"/sessions/{world.zed_session}", f"/trainees/{ZED}", f"/cohorts/{world.cohort_b}",
                             f"/cohorts/{world.cohort_a}/compare?t={ZED}", f"/sessions?trainee={ZED}",
                             f"/export/csv?trainee={ZED}", f"/export/csv?cohort={world.cohort_b}",
                             f"/agreement?cohort={world.cohort_b}", "/sessions/99999"):
                    response = await b.get(path)
                    assert response.status_code in (403, 404), (person, path, response.status_code)
                    assert secret not in response.text and "Zed" not in response.text, (person, path)
                posted = await b.post(f"/turns/{zed_turn['id']}", {"action": "override", "code": "confront"})
                assert posted.status_code in (403, 404)
                noted = await b.post(f"/sessions/{world.zed_session}/note", {"text": "boo"})
                assert noted.status_code in (403, 404)
        assert await world.storage.verdicts([world.zed_session]) == []
        assert await world.storage.session_notes(world.zed_session) == []


async def test_trainees_see_only_their_own_sessions_and_no_staff_pages(tmp_path: Path) -> None:
    async with web_app(tmp_path) as (world, app), browser(app) as b:
        assert (await b.log_in(TOM)).headers["location"] == "/"
        home = await b.client.get("/")
        assert home.status_code == 303 and home.headers["location"] == "/me"
        mine = await b.get("/me")
        assert f"/sessions/{world.tom_session}" in mine.text and f"/sessions/{world.zed_session}" not in mine.text
        own = await b.get(f"/sessions/{world.tom_session}")
        assert own.status_code == 200 and "scorer right" not in own.text  # read-only: no review buttons
        for path in ("/sessions", f"/cohorts/{world.cohort_a}", "/agreement", "/assignments", "/export/csv"):
            assert (await b.get(path)).status_code == 403, path
        turn = next(t for t in await world.storage.turns(world.tom_session) if t["speaker"] == "trainee")
        assert (await b.post(f"/turns/{turn['id']}", {"action": "confirm"})).status_code == 403


async def test_other_cohorts_staff_see_their_own(tmp_path: Path) -> None:
    async with web_app(tmp_path) as (world, app):
        async with browser(app) as b:
            await b.log_in(OTHER_INS)
            assert (await b.get(f"/sessions/{world.zed_session}")).status_code == 200
            listing = await b.get("/sessions")
            assert f"/sessions/{world.zed_session}" in listing.text
            assert f"/sessions/{world.tom_session}\"" not in listing.text
        async with browser(app) as b:
            await b.log_in(OTHER_SUP)
            assert (await b.get(f"/cohorts/{world.cohort_b}")).status_code == 200
            assert (await b.get(f"/sessions/{world.zed_session}")).status_code == 200  # supervisors read transcripts
            turn = next(t for t in await world.storage.turns(world.zed_session) if t["speaker"] == "trainee")
            assert (await b.post(f"/turns/{turn['id']}", {"action": "confirm"})).status_code == 403
