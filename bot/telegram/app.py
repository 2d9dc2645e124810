"""Build and run the Telegram application from settings.

`build_application(settings)` is all tests need: they pass a temp database and the local Bot API
stand-in's URL.  `run_bot` adds the friendly start-up checks and long polling.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import BotCommand, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, Defaults

from bot.config import Settings
from bot.services.access import actor_for
from bot.services.practice import PracticeService
from bot.services.staff import StaffService
from bot.storage.repository import Storage
from bot.telegram import staff_handlers, trainee_handlers
from bot.telegram.commands import COMMANDS
from bot.telegram.ordering import PerChatUpdateProcessor
from personas.library import load_library

log = logging.getLogger(__name__)


async def _post_init(app: Application) -> None:  # type: ignore[type-arg]
    storage: Storage = app.bot_data["storage"]
    await storage.open()
    await app.bot.set_my_commands([BotCommand(name, text) for name, text in COMMANDS])
    staff: StaffService = app.bot_data["staff"]
    staff.bot_username = app.bot.username
    holders = {row["user_id"] for row in await storage.role_holders()} | set(staff.admins)
    for user_id in sorted(holders):
        await staff_handlers.refresh_menu(app, user_id, await actor_for(storage, user_id, staff.admins))
    jobs = await staff_handlers.rebuild_jobs(app)
    log.info("menus set for %d staff; %d reminder job(s) scheduled", len(holders), jobs)


async def _post_shutdown(app: Application) -> None:  # type: ignore[type-arg]
    await app.bot_data["storage"].close()


def build_application(settings: Settings, *, rate_limit: bool | None = None) -> Application:  # type: ignore[type-arg]
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .concurrent_updates(PerChatUpdateProcessor(256))
        .connection_pool_size(64)
        .pool_timeout(10)
        .get_updates_connection_pool_size(2)
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if settings.rollwith_rate_limit if rate_limit is None else rate_limit:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))  # type: ignore[arg-type]
    if settings.telegram_api_base_url:
        base = settings.telegram_api_base_url.rstrip("/")
        builder = builder.base_url(base).base_file_url(base.removesuffix("/bot") + "/file/bot")
    app = builder.build()
    storage = Storage(settings.rollwith_db)
    library = load_library(settings.rollwith_persona_dirs)
    app.bot_data["storage"] = storage
    app.bot_data["service"] = PracticeService(storage, library, settings.rollwith_turn_limit)
    app.bot_data["staff"] = StaffService(storage, library, list(settings.rollwith_admins))
    app.bot_data["typing_delay"] = settings.rollwith_typing_delay
    register_handlers(app)
    return app


def register_handlers(app: Application) -> None:  # type: ignore[type-arg]
    """Within a group the first matching handler wins, so the trainee fallbacks (unknown commands,
    free text, any other button) come after every command and every staff button."""
    trainee_handlers.register(app)
    staff_handlers.register(app)
    trainee_handlers.register_fallbacks(app)


async def start_polling(app: Application, poll_timeout: float = 10) -> None:  # type: ignore[type-arg]
    """The manual lifecycle (what run_polling does), for tests and embedding."""
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=int(poll_timeout), allowed_updates=Update.ALL_TYPES)


async def stop_polling(app: Application) -> None:  # type: ignore[type-arg]
    if app.updater is not None and app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)


class _Redact(logging.Filter):
    """Defence in depth: no log line ever carries the token, whoever writes it."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secret and self.secret in record.getMessage():
            record.msg = record.getMessage().replace(self.secret, "[token]")
            record.args = ()
        if record.exc_info and record.exc_info[1] is not None and self.secret in str(record.exc_info[1]):
            record.exc_info = None
            record.msg = f"{record.msg} (details withheld: they contained the token)"
        return True


async def _check_token(settings: Settings) -> str | None:
    """Ask the Bot API who we are; a clear sentence instead of a traceback when that fails."""
    from telegram import Bot

    assert settings.telegram_bot_token is not None
    base = (settings.telegram_api_base_url or "https://api.telegram.org/bot").rstrip("/")
    try:
        async with Bot(settings.telegram_bot_token.get_secret_value(), base_url=base) as bot:
            await bot.get_me()
    except InvalidToken:
        return "Telegram rejected TELEGRAM_BOT_TOKEN (invalid token). Check the value in .env."
    except NetworkError:
        return ("Could not reach the Telegram Bot API. Check your connection or TELEGRAM_API_BASE_URL "
                f"({base}).")
    return None


def run_bot(settings: Settings) -> int:
    """Long polling until Ctrl-C; a missing or rejected token is one clear line, not a traceback."""
    token = settings.telegram_bot_token.get_secret_value().strip() if settings.telegram_bot_token else ""
    if not token:
        print("TELEGRAM_BOT_TOKEN is not set: copy .env.example to .env and put your bot's token "
              "from @BotFather in it.")
        return 2
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=logging.INFO)
    for handler in logging.getLogger().handlers:
        handler.addFilter(_Redact(token))
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its request lines contain the token
    problem = asyncio.run(_check_token(settings))
    if problem:
        print(problem)
        return 2
    app = build_application(settings)
    log.info("rollwith bot started; stop with Ctrl-C")
    app.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0
