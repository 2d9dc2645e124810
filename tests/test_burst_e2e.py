"""200 chats in one burst against the whole bot: every chat's turns are stored and answered in
the order they were typed (the race the old per-chat lock had showed up exactly here)."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from tests.bot_harness import running_bot
from tests.fake_telegram import FakeTelegram
from tests.personas_scripts import JOINING

CHATS, LINES = 200, 3


async def test_a_burst_of_200_chats_stores_and_answers_each_in_order(fake: FakeTelegram, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    async with running_bot(fake, db, rate_limit=False):
        trainees = [fake.trainee(20000 + i) for i in range(CHATS)]
        await asyncio.gather(*(t.say("/practice kofi-reactive", count=2, timeout=60) for t in trainees))
        typed = {t.id: [f"{JOINING[k]} [{t.id}-{k}]" for k in range(LINES)] for t in trainees}
        for k in range(LINES):  # interleaved, as a class after an outage would send them
            for t in trainees:
                t.send(typed[t.id][k])

        def answered() -> bool:
            return all(sum(m.text.startswith("<b>Kofi:</b>") for m in t.messages()) >= LINES + 1 for t in trainees)

        await fake.wait_until(answered, timeout=120)
    stored: dict[int, list[str]] = {}
    for user_id, text in sqlite3.connect(db).execute(
            "SELECT s.user_id, t.text FROM turns t JOIN sessions s ON s.id = t.session_id "
            "WHERE t.speaker = 'trainee' ORDER BY t.id"):
        stored.setdefault(user_id, []).append(text)
    misordered = [uid for uid, texts in typed.items() if stored.get(uid) != texts]
    assert not misordered, f"{len(misordered)} of {CHATS} chats stored their turns out of order or lost one"
