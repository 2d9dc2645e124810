"""Screenshots for the README: the cohort dashboard and a review page, in headless chromium.

Run from the repository root: `.venv/bin/python docs/take_screenshots.py`.  It builds a small
database (the test cohort plus a few more sessions), serves the app on 127.0.0.1 and saves
docs/dashboard.png and docs/review.png.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import Settings  # noqa: E402
from bot.services.practice import PracticeService  # noqa: E402
from bot.storage.repository import Storage  # noqa: E402
from bot.web.app import create_app  # noqa: E402
from personas.library import packaged_library  # noqa: E402
from tests.browser import chrome, free_port, serving  # noqa: E402
from tests.web_harness import INS, LINES, SUP, TIA, TOM, path_of, populate  # noqa: E402


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "shots.sqlite3"
        storage = Storage(db)
        await storage.open()
        world = await populate(storage)
        practice = PracticeService(storage, packaged_library())
        pushy = ["You should quit, honestly.", "Why don't you just stop?"]
        for trainee, persona, lines in ((TOM, "kofi-reactive", LINES[::-1]), (TIA, "meena-pleaser", LINES),
                                        (TIA, "kofi-reactive", pushy), (TOM, "femi-silent", LINES[:2])):
            await practice.start(trainee, persona)
            for line in lines:
                said = await practice.say(trainee, line)
                if said.finished:
                    break
            else:
                await practice.end(trainee)
        turns = [t for t in await storage.turns(world.tom_session) if t["speaker"] == "trainee"]
        await storage.add_verdict(turns[0]["id"], INS, "confirm", turns[0]["code"], None)
        await storage.add_verdict(turns[1]["id"], INS, "override", "confront", "a warning, really")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        app = create_app(Settings(ROLLWITH_DB=db, ROLLWITH_WEB_BASE_URL=base), storage)  # type: ignore[call-arg]
        async with serving(app, port):
            for user, path, name, height in ((SUP, f"/cohorts/{world.cohort_a}", "dashboard.png", 520),
                                             (INS, f"/sessions/{world.tom_session}",
                                              "review.png", 1300)):
                link = base + path_of(await app.state.web.login.link_for(user))

                def shoot(link: str = link, path: str = path, name: str = name, height: int = height) -> None:
                    browser = chrome(1280, height)
                    try:
                        browser.get(link)
                        browser.get(base + path)
                        browser.save_screenshot(str(ROOT / "docs" / name))
                    finally:
                        browser.quit()

                await asyncio.to_thread(shoot)
        await storage.close()


if __name__ == "__main__":
    asyncio.run(main())
