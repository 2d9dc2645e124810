"""The web app in a real browser: log in with the bot's /web link, review from the keyboard, watch
agreement change, and send a note that reaches the trainee through the bot stand-in."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

from bot.config import Settings
from bot.storage.repository import Storage
from bot.web.app import create_app
from tests.bot_harness import running_bot
from tests.browser import chrome, free_port, needs_browser, serving
from tests.fake_telegram import TOKEN, FakeTelegram
from tests.web_harness import ADMIN, INS, TOM, populate


@needs_browser
async def test_keyboard_review_agreement_and_a_note_to_the_trainee(fake: FakeTelegram, tmp_path: Path) -> None:
    db, port = tmp_path / "db.sqlite3", free_port()
    storage = Storage(db)
    await storage.open()
    world = await populate(storage)
    base = f"http://127.0.0.1:{port}"
    settings = Settings(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake.base_url, ROLLWITH_DB=db,  # type: ignore[call-arg]
                        ROLLWITH_ADMINS=str(ADMIN), ROLLWITH_WEB_BASE_URL=base)
    app = create_app(settings, storage)
    async with running_bot(fake, db, ROLLWITH_ADMINS=str(ADMIN), ROLLWITH_WEB_BASE_URL=base), serving(app, port):
        ivy = fake.trainee(INS, "Ivy")
        [sent] = await ivy.say("/web")
        link = re.search(r"http://127\.0\.0\.1:\d+/login\?t=\S+", sent.text)
        assert link is not None
        browser = await asyncio.to_thread(chrome)
        try:
            run = asyncio.to_thread

            def open_review() -> str:
                browser.get(link.group(0))
                browser.get(f"{base}/sessions/{world.tom_session}")
                return str(browser.find_element("css selector", "li.turn.current").get_attribute("data-turn"))

            first = await run(open_review)
            trainee_turns = [t for t in await storage.turns(world.tom_session) if t["speaker"] == "trainee"]
            assert first == str(trainee_turns[0]["id"])

            def keys(text: str) -> None:
                from selenium.webdriver.common.action_chains import ActionChains

                ActionChains(browser).send_keys(text).perform()

            async def verdicts(n: int) -> list[dict[str, object]]:
                for _ in range(200):
                    rows = await storage.verdicts([world.tom_session])
                    if len(rows) >= n:
                        return rows
                    await asyncio.sleep(0.05)
                raise AssertionError("the review was not saved")

            await run(keys, "y")  # scorer right on T1; moves on to T2
            await verdicts(1)
            await run(keys, "f")  # T2 is a confrontation
            rows = await verdicts(2)
            assert [(r["kind"], r["code"]) for r in rows] == [("confirm", trainee_turns[0]["code"]),
                                                              ("override", "confront")]

            def current() -> str:
                return str(browser.find_element("css selector", "li.turn.current").get_attribute("data-turn"))

            async def at(turn: dict[str, object]) -> None:
                """Under load a key can land before the page has moved: wait for it."""
                for _ in range(200):
                    if await run(current) == str(turn["id"]):
                        return
                    await asyncio.sleep(0.05)
                raise AssertionError(f"the review never reached turn {turn['id']}")

            await at(trainee_turns[2])  # the override moved on
            await run(keys, "k")  # back to T2, change of mind: scorer right after all
            await at(trainee_turns[1])
            await run(keys, "y")
            await verdicts(3)
            state = await run(lambda: browser.find_element("id", f"turn-{trainee_turns[1]['id']}").text)
            assert "scorer right" in state

            def agreement() -> str:
                browser.get(f"{base}/agreement")
                return str(browser.find_element("id", "overall").text)

            assert "Reviewed turns: 2" in await run(agreement) and "100%" in await run(agreement)

            def write_note() -> str:
                browser.get(f"{base}/sessions/{world.tom_session}")
                box = browser.find_element("css selector", "form.session-note textarea")
                box.send_keys("Your reflections opened him up. Ask before advising next time.")
                browser.find_element("css selector", "form.session-note button").click()
                # the click can return before the page it posts to has loaded: wait for that page
                from selenium.webdriver.support.ui import WebDriverWait

                return str(WebDriverWait(browser, 10).until(lambda d: d.find_element("css selector", ".ok")).text)

            assert "Sent to the trainee" in await run(write_note)
            await fake.wait_in_chat(TOM, lambda: any("Ask before advising" in m.text for m in fake.to(TOM)))
        finally:
            await asyncio.to_thread(browser.quit)
    await storage.close()
