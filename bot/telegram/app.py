"""Build and run the Telegram application from settings.

`build_application(settings)` is all tests need: they pass a temp database and the local Bot API
stand-in's URL.  `run_bot` adds the friendly start-up checks and long polling.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
from typing import Any

from telegram import BotCommand, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError
from telegram.ext import Application, ApplicationBuilder, CallbackContext, Defaults

from bot.config import Settings
from bot.services.access import actor_for
from bot.services.dashboard import DashboardService
from bot.services.export_service import ExportService
from bot.services.practice import PracticeService
from bot.services.staff import StaffService
from bot.services.weblogin import WebLogin
from bot.storage.inbox import Inbox
from bot.storage.outbox import OutboxStore
from bot.storage.repository import Storage
from bot.telegram import staff_handlers, trainee_handlers, web_handlers
from bot.telegram.commands import COMMANDS
from bot.telegram.delivery import Delivery
from bot.telegram.inbox import DurableUpdateQueue, TolerantUpdatesRequest
from bot.telegram.limits import RateLimiter
from bot.telegram.ordering import PerChatUpdateProcessor
from personas.library import load_library
from scoring import matcher

log = logging.getLogger(__name__)
PRUNE_EVERY = 6 * 3600.0
PICK_UP_EVERY = 1.0  # seconds between looks for messages the web app queued


async def _post_init(app: Application) -> None:  # type: ignore[type-arg]
    log.info("compiled %d cue patterns before the first trainee turn", matcher.compile_all())
    storage: Storage = app.bot_data["storage"]
    await storage.open()
    await _resume(app)
    await app.bot.set_my_commands([BotCommand(name, text) for name, text in COMMANDS])
    staff: StaffService = app.bot_data["staff"]
    staff.bot_username = app.bot.username
    holders = {row["user_id"] for row in await storage.role_holders()} | set(staff.admins)
    for user_id in sorted(holders):
        await staff_handlers.refresh_menu(app, user_id, await actor_for(storage, user_id, staff.admins))
    jobs = await staff_handlers.rebuild_jobs(app)
    log.info("menus set for %d staff; %d reminder job(s) scheduled", len(holders), jobs)


async def _resume(app: Application) -> None:  # type: ignore[type-arg]
    """Before polling starts: queue the updates and the messages the last run left unfinished."""
    queue: DurableUpdateQueue = app.bot_data["inbox"]
    delivery: Delivery = app.bot_data["delivery"]
    pruned = await queue.inbox.prune() + await delivery.store.prune()
    updates = await queue.replay(app.bot)
    backlog = await delivery.resume()
    log.info("resuming %d queued message(s) and %d undelivered repl(ies); %d of those were being sent when "
             "the bot stopped and may arrive twice (%d handled row(s) pruned)",
             updates, backlog.pending, backlog.in_flight, pruned)
    if app.job_queue is not None:
        app.job_queue.run_repeating(_prune, interval=PRUNE_EVERY, first=PRUNE_EVERY, name="prune")
        app.job_queue.run_repeating(_pick_up, interval=PICK_UP_EVERY, first=PICK_UP_EVERY, name="outbox-pick-up")


async def _prune(context: CallbackContext[Any, Any, Any, Any]) -> None:
    """Handled updates and sent messages are kept only as long as Telegram could repeat them."""
    await context.application.bot_data["inbox"].inbox.prune()
    await context.application.bot_data["delivery"].store.prune()


async def _pick_up(context: CallbackContext[Any, Any, Any, Any]) -> None:
    """Messages other processes put in the outbox (the web app's notes and notices) go out too."""
    await context.application.bot_data["delivery"].pick_up()


async def _handled(app: Application, update: object) -> None:  # type: ignore[type-arg]
    if isinstance(update, Update):
        await app.bot_data["inbox"].inbox.done(update.update_id)
        app.bot_data["delivery"].handled(update.update_id)


async def _post_shutdown(app: Application) -> None:  # type: ignore[type-arg]
    await app.bot_data["storage"].close()


def build_application(settings: Settings, *, rate_limit: bool | None = None) -> Application:  # type: ignore[type-arg]
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    storage = Storage(settings.rollwith_db)
    inbox = DurableUpdateQueue(Inbox(storage))
    processor = PerChatUpdateProcessor(256)
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .update_queue(inbox)
        .concurrent_updates(processor)
        .connection_pool_size(64)
        .pool_timeout(10)
        .get_updates_request(TolerantUpdatesRequest(connection_pool_size=2))
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if settings.rollwith_rate_limit if rate_limit is None else rate_limit:
        builder = builder.rate_limiter(RateLimiter(max_retries=3))  # type: ignore[arg-type]
    if settings.telegram_api_base_url:
        base = settings.telegram_api_base_url.rstrip("/")
        builder = builder.base_url(base).base_file_url(base.removesuffix("/bot") + "/file/bot")
    app = builder.build()
    processor.on_done = functools.partial(_handled, app)
    library = load_library(settings.rollwith_persona_dirs)
    app.bot_data["storage"] = storage
    app.bot_data["inbox"] = inbox
    app.bot_data["delivery"] = Delivery(OutboxStore(storage), app.bot, app.job_queue)
    app.bot_data["service"] = PracticeService(storage, library, settings.rollwith_turn_limit)
    app.bot_data["staff"] = staff = StaffService(storage, library, list(settings.rollwith_admins))
    app.bot_data["dashboard"] = DashboardService(staff)
    app.bot_data["exports"] = ExportService(staff)
    app.bot_data["weblogin"] = WebLogin(storage, settings.web_base_url)
    app.bot_data["typing_delay"] = settings.rollwith_typing_delay
    register_handlers(app)
    return app


def register_handlers(app: Application) -> None:  # type: ignore[type-arg]
    """Within a group the first matching handler wins, so the trainee fallbacks (unknown commands,
    free text, any other button) come after every command and every staff button."""
    trainee_handlers.register(app)
    staff_handlers.register(app)
    web_handlers.register(app)
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


def configure_logging(token: str) -> None:
    """INFO for the bot's own story; libraries that talk per request or per turn stay quiet."""
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=logging.INFO)
    for handler in logging.getLogger().handlers:
        handler.addFilter(_Redact(token))
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its request lines contain the token
    logging.getLogger("transitions").setLevel(logging.WARNING)  # two INFO lines per turn otherwise
    logging.getLogger("apscheduler").setLevel(logging.WARNING)  # a line per outbox retry otherwise


def run_bot(settings: Settings) -> int:
    """Long polling until Ctrl-C; a missing or rejected token is one clear line, not a traceback."""
    token = settings.telegram_bot_token.get_secret_value().strip() if settings.telegram_bot_token else ""
    if not token:
        print("TELEGRAM_BOT_TOKEN is not set: copy .env.example to .env and put your bot's token "
              "from @BotFather in it.")
        return 2
    configure_logging(token)
    # PTB's coming behaviour for time periods (timedelta, not int), so a 429 logs no deprecation
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    problem = asyncio.run(_check_token(settings))
    if problem:
        print(problem)
        return 2
    app = build_application(settings)
    log.info("rollwith bot started; stop with Ctrl-C")
    app.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0
