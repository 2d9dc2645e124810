"""What both handler modules use, kept here so neither imports the other.

The services the Application carries in `bot_data`, `send` (HTML to the update's chat, split under
Telegram's limit) and `deliver` (notices to other people).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any, cast

from telegram import InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.services.practice import PracticeService
from bot.services.staff import Notice, StaffService
from bot.telegram.render import Span, esc, render, split_message

log = logging.getLogger(__name__)


def service(context: ContextTypes.DEFAULT_TYPE) -> PracticeService:
    return cast(PracticeService, context.application.bot_data["service"])


def staff(context: ContextTypes.DEFAULT_TYPE) -> StaffService:
    return cast(StaffService, context.application.bot_data["staff"])


async def send(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str | Sequence[Span],
               markup: InlineKeyboardMarkup | None = None) -> None:
    """To the update's chat: short HTML, or spans for long texts (split before markup is added).

    Either way each part is whole HTML under Telegram's limit; buttons go on the last part."""
    assert update.effective_chat is not None
    chunks = split_message(text) if isinstance(text, str) else render(text)
    for i, chunk in enumerate(chunks):
        await context.bot.send_message(update.effective_chat.id, chunk,
                                       reply_markup=markup if i == len(chunks) - 1 else None)


async def deliver(context: ContextTypes.DEFAULT_TYPE | Any, notices: list[Notice]) -> None:
    """Send notifications to other people; someone who blocked the bot must not break the caller."""
    for notice in notices:
        try:
            await context.bot.send_message(notice.chat_id, esc(notice.text))
        except TelegramError as exc:
            log.warning("could not notify %s: %s", notice.chat_id, exc.__class__.__name__)
