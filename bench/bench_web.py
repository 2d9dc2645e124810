"""The staff web app at class scale: 100 trainees with 30 finished sessions of 30 turns each.

One real 30-turn session is practised through the engine, then copied (with varied scores) into
the database directly, so the pages read the same shapes of data the bot writes.  Pages are
requested in-process (httpx over ASGI, no network), after one warm-up request each; figures are
medians of repeated runs.  Targets: dashboard < 300 ms, 30-turn review page < 200 ms, cohort CSV
< 2 s.  Nothing is asserted: the figures are printed.
"""

from __future__ import annotations

import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from bot.config import Settings  # noqa: E402
from bot.services.practice import PracticeService  # noqa: E402
from bot.storage.repository import Storage  # noqa: E402
from bot.web.app import create_app  # noqa: E402
from personas.library import packaged_library  # noqa: E402
from tests.personas_scripts import JOINING  # noqa: E402
from tests.web_harness import Browser  # noqa: E402

TRAINEES, SESSIONS, TURNS = 100, 30, 30
SUP, FIRST_TRAINEE = 2, 1000


async def one_real_session(storage: Storage) -> int:
    practice = PracticeService(storage, packaged_library(), turn_limit=TURNS)
    await storage.upsert_user(1, "Template", None)
    await practice.start(1, "seamus-reactive", "coach")  # stays open for all 30 turns
    # joining turns broken up by a neutral "Okay." so the client neither walks out nor breaks through
    lines = [line for pair in zip(JOINING * 3, ["Okay."] * 30, strict=False) for line in pair][:TURNS]
    for line in lines:
        said = await practice.say(1, line)
        if said.finished:
            break
    else:
        await practice.end(1)
    return (await storage.finished_sessions(1, 1))[0].id


async def populate(storage: Storage) -> int:
    """The cohort; returns the id of a 30-turn session to review."""
    template = await one_real_session(storage)
    stored = await storage.session(template)
    assert stored is not None and stored.result is not None
    turns = await storage.turns(template)
    cohort = await storage.create_cohort("Bench cohort", SUP)
    await storage.upsert_user(SUP, "Supervisor", None)
    await storage.grant_role(SUP, "supervisor", 0)
    await storage.grant_role(SUP, "instructor", 0)
    rng = random.Random(7)
    db = storage.db
    first = 0
    for n in range(TRAINEES):
        uid = FIRST_TRAINEE + n
        await storage.upsert_user(uid, f"Trainee {n:03d}", f"trainee{n:03d}")
        await storage.add_member(cohort, uid, "trainee")
        for k in range(SESSIONS):
            score = rng.randint(0, 100)
            result = stored.result | {"scores": stored.result["scores"] | {"score": score, "r_q": rng.random() * 3}}
            cur = await db.execute(
                "INSERT INTO sessions (user_id, persona_id, mode, seed, status, state, outcome, score, result, "
                "started_at, ended_at) VALUES (?, ?, 'coach', 0, 'finished', '{}', ?, ?, ?, ?, ?)",
                (uid, stored.persona_id, rng.choice(["guarded", "ambivalent", "walked_out", "breakthrough"]), score,
                 json.dumps(result), f"2026-{1 + k // 3:02d}-{1 + k % 28:02d}T10:00:00+00:00",
                 f"2026-{1 + k // 3:02d}-{1 + k % 28:02d}T10:30:00+00:00"))
            first = first or int(cur.lastrowid or 0)
            await db.executemany(
                "INSERT INTO turns (session_id, turn, attempt, speaker, text, code, stance, openness_before, "
                "openness_after, explanation, retracted, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                [(cur.lastrowid, t["turn"], t["attempt"], t["speaker"], t["text"], t["code"], t["stance"],
                  t["openness_before"], t["openness_after"], t["explanation"], t["created_at"]) for t in turns])
        await db.commit()
    return first


async def timed(client: Browser, path: str, runs: int) -> tuple[float, int]:
    response = await client.get(path)  # warm-up
    assert response.status_code == 200, (path, response.status_code)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = await client.get(path)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, len(response.content)


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        storage = Storage(db)
        await storage.open()
        try:
            await measure(storage, db)
        finally:
            await storage.close()


async def measure(storage: Storage, db: Path) -> None:
    start = time.perf_counter()
    review_id = await populate(storage)
    turn_count = sum(1 for t in await storage.turns(review_id) if t["speaker"] == "trainee")
    print(f"database: {TRAINEES} trainees x {SESSIONS} sessions ({turn_count} trainee turns each) "
          f"built in {time.perf_counter() - start:.1f} s")
    app = create_app(Settings(ROLLWITH_DB=db), storage)  # type: ignore[call-arg]
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench") as client:
        browser = Browser(client, app.state.web.login)
        await browser.log_in(SUP)
        for label, path, runs, target in (
            ("cohort dashboard (100 rows, 500 sparklines)", "/cohorts/1", 7, "< 300 ms"),
            (f"review page ({turn_count} trainee turns)", f"/sessions/{review_id}", 15, "< 200 ms"),
            ("sessions table (3,000 rows)", "/sessions", 5, ""),
            ("cohort CSV export (one row per trainee turn)", "/export/csv?cohort=1", 3, "< 2 s"),
            ("cohort session-level CSV", "/export/sessions?cohort=1", 3, ""),
        ):
            ms, size = await timed(browser, path, runs)
            print(f"{label}: {ms:,.0f} ms median, {size / 1024:,.0f} KiB  (target {target or 'none'})")


if __name__ == "__main__":
    asyncio.run(main())
