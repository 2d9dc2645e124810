"""What both handler modules use, kept here so neither imports the other.

The services the Application carries in `bot_data`, and the ways out: `queue` and `send` (HTML to
the update's chat through the outbox, split under Telegram's limit), `send_photo`, and `deliver`
(notices to other people).  Everything goes through the outbox: stored first, keyed by the update
being handled, then sent in order; a handler never sees a send fail.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any, cast

from telegram import InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.services.dashboard import DashboardService
from bot.services.export_service import ExportService
from bot.services.practice import PracticeService
from bot.services.staff import Notice, StaffService
from bot.services.weblogin import WebLogin
from bot.telegram.delivery import Delivery
from bot.telegram.render import Span, plain_parts, render, split_message

log = logging.getLogger(__name__)


def service(context: ContextTypes.DEFAULT_TYPE) -> PracticeService:
    return cast(PracticeService, context.application.bot_data["service"])


def staff(context: ContextTypes.DEFAULT_TYPE) -> StaffService:
    return cast(StaffService, context.application.bot_data["staff"])


def dashboard(context: ContextTypes.DEFAULT_TYPE) -> DashboardService:
    return cast(DashboardService, context.application.bot_data["dashboard"])


def exports(context: ContextTypes.DEFAULT_TYPE) -> ExportService:
    return cast(ExportService, context.application.bot_data["exports"])


def web_login(context: ContextTypes.DEFAULT_TYPE) -> WebLogin:
    """Makes /web links and knows the web app's public address."""
    return cast(WebLogin, context.application.bot_data["weblogin"])


def delivery(context: ContextTypes.DEFAULT_TYPE | Any) -> Delivery:
    return cast(Delivery, context.application.bot_data["delivery"])


def _chat(update: Update) -> int:
    assert update.effective_chat is not None
    return update.effective_chat.id


async def queue(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str | Sequence[Span],
                markup: InlineKeyboardMarkup | None = None) -> None:
    """Store a message for the update's chat without sending it yet.

    Short HTML or spans for long texts (split before markup is added): either way each part is
    whole HTML under Telegram's limit; buttons go on the last part."""
    chunks = split_message(text) if isinstance(text, str) else render(text)
    for i, chunk in enumerate(chunks):
        await delivery(context).queue_text(_chat(update), chunk, markup if i == len(chunks) - 1 else None,
                                           update.update_id)


async def send(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str | Sequence[Span],
               markup: InlineKeyboardMarkup | None = None) -> None:
    """Store a message for the update's chat, then deliver the chat's queue."""
    await queue(update, context, text, markup)
    await delivery(context).flush(_chat(update))


async def send_photo(update: Update, context: ContextTypes.DEFAULT_TYPE, png: bytes, caption: str) -> None:
    await delivery(context).queue_photo(_chat(update), png, caption, update.update_id)
    await delivery(context).flush(_chat(update))


async def deliver(context: ContextTypes.DEFAULT_TYPE | Any, notices: list[Notice],
                  update: Update | None = None) -> None:
    """Notices to other people, through the outbox; someone who blocked the bot breaks nothing."""
    for notice in notices:
        for chunk in plain_parts(notice.text):  # plain text, split like every other message
            await delivery(context).queue_text(notice.chat_id, chunk, None, update.update_id if update else None)
    for chat_id in dict.fromkeys(n.chat_id for n in notices):
        await delivery(context).flush(chat_id)


# --- buttons: double taps and stale lists ----------------------------------------------------

STALE = "That list is out of date: send the command again for a fresh one."


async def answer(update: Update, text: str | None = None, alert: bool = False) -> None:
    """Stop the button's spinner; a tap answered too late (after a restart) is no error."""
    assert update.callback_query is not None
    try:
        await update.callback_query.answer(text, show_alert=alert)
    except BadRequest as exc:
        log.info("callback not answered: %s", exc)


async def edit(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str,
               markup: InlineKeyboardMarkup | None = None) -> bool:
    """Replace the tapped message's text; False (and nothing else) for a double or stale tap."""
    assert update.callback_query is not None
    try:
        await update.callback_query.edit_message_text(text, reply_markup=markup)
    except BadRequest as exc:
        return await _stale(update, context, exc)
    return True


async def edit_markup(update: Update, context: ContextTypes.DEFAULT_TYPE,
                      markup: InlineKeyboardMarkup | None) -> bool:
    """Replace the tapped message's buttons; False for a double or stale tap."""
    assert update.callback_query is not None
    try:
        await update.callback_query.edit_message_reply_markup(markup)
    except BadRequest as exc:
        return await _stale(update, context, exc)
    return True


async def _stale(update: Update, context: ContextTypes.DEFAULT_TYPE, exc: BadRequest) -> bool:
    """A second tap on the same button changes nothing: ignored.  A tap on a message that is gone
    or too old to edit gets one short note.  Anything else is a real error."""
    reason = str(exc).lower()
    if "not modified" in reason:
        return False
    if "not found" in reason or "can't be edited" in reason:
        await send(update, context, STALE)
        return False
    raise exc
