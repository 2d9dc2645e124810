"""Messages from the web app go the bot's way: into the outbox, split under Telegram's limit, sent
by the bot in order, never by the web app itself."""

from __future__ import annotations

from pathlib import Path

from bot.services.staff import Notice
from bot.storage.repository import Storage
from bot.telegram.render import LIMIT, units, visible_text
from bot.web.app import outbox_notifier
from tests.bot_harness import running_bot
from tests.fake_telegram import FakeTelegram


async def test_a_long_note_from_the_web_arrives_split_whole_and_in_order(fake: FakeTelegram, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    note = "\n".join(f"Point {i}: reflect before you advise <always> & ask first." for i in range(120))
    assert units(note) > LIMIT
    async with running_bot(fake, db):
        t = fake.trainee(812)
        await t.say("/start")
        web = Storage(db)  # the web app's own connection, as in `rollwith web`
        await web.open()
        try:
            queued = await outbox_notifier(web)([Notice(812, note), Notice(812, "And one more thing.")])
            assert queued == [True, True]
            async with web.db.execute("SELECT COUNT(*) FROM outbox WHERE chat_id = 812 AND update_id IS NULL") as cur:
                row = await cur.fetchone()
            assert row is not None and row[0] >= 3  # two parts for the long note, one for the short
        finally:
            await web.close()
        await fake.wait_in_chat(812, lambda: any(m.text == "And one more thing." for m in t.messages()))
    parts = [m.text for m in t.messages() if "Point" in m.text]
    assert len(parts) >= 2 and all(units(p) <= LIMIT for p in parts)
    assert "\n".join(visible_text(p) for p in parts) == note  # whole, in order, escaped
    assert t.messages()[-1].text == "And one more thing."
