"""Run the real PTB Application against the local Bot API stand-in."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from bot.config import Settings
from bot.telegram.app import build_application, start_polling, stop_polling
from tests.fake_telegram import TOKEN, FakeTelegram, Sent, Trainee


def settings_for(fake: FakeTelegram, db: Path, **extra: object) -> Settings:
    values: dict[str, object] = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": fake.base_url,
                                 "ROLLWITH_DB": db, "ROLLWITH_TYPING_DELAY": 0} | extra
    return Settings(**values)  # type: ignore[arg-type]


@asynccontextmanager
async def running_bot(fake: FakeTelegram, db: Path, rate_limit: bool = True, **extra: object) -> AsyncIterator[object]:
    app = build_application(settings_for(fake, db, **extra), rate_limit=rate_limit)
    await start_polling(app, poll_timeout=1)
    try:
        yield app
    finally:
        await stop_polling(app)


async def start_bot_process(fake: FakeTelegram, db: Path, log: Path, **env: str) -> asyncio.subprocess.Process:
    """`rollwith bot` as its own process, as in production, logging to `log`; returns once it polls."""
    values = os.environ | {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": fake.base_url,
                           "ROLLWITH_DB": str(db), "ROLLWITH_TYPING_DELAY": "0", "PTB_TIMEDELTA": "1"} | env
    polls = fake.calls.count("getUpdates")
    with log.open("ab") as err:
        proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot.cli", "bot", cwd=db.parent, env=values,
                                                    stdout=asyncio.subprocess.DEVNULL, stderr=err)
    for _ in range(600):
        if fake.calls.count("getUpdates") > polls:
            return proc
        await asyncio.sleep(0.05)
    raise TimeoutError("the bot did not start polling")


async def report_after(t: Trainee, tap: str = "Skip", timeout: float = 30.0) -> list[Sent]:
    """Answer the self-rating prompt (a rating button or "Skip") and wait for the report and its
    chart; returns the new messages, the chart last."""
    before = len(t.messages())
    t.tap(tap)
    await t.fake.wait_in_chat(t.id, lambda: len(t.messages()) > before and t.last().method == "sendPhoto", timeout)
    return t.messages()[before:]


async def end_session(t: Trainee, command: str = "/end", extra: int = 0) -> list[Sent]:
    """End a session as a trainee does: the command (or the turn that ends it), the self-rating
    prompt (and `extra` notices such as an assignment completed), then Skip and the report."""
    prompt = await t.say(command, count=1 + extra)
    assert any("rate yourself" in m.text for m in prompt), [m.text for m in prompt]
    return prompt + await report_after(t)
