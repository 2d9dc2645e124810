"""Run the real PTB Application against the local Bot API stand-in."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from bot.config import Settings
from bot.telegram.app import build_application, start_polling, stop_polling
from tests.fake_telegram import TOKEN, FakeTelegram


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
