"""Delivering the outbox: each chat's messages in order, failures sorted by what they mean.

- 429s are retried inside PTB's `AIORateLimiter`; one that outlasts its retries is handled like
  a network error.
- Network errors, time-outs and 5xx answers leave the message queued; the JobQueue runs the
  chat's delivery again after a capped backoff (2 s, 4 s, ... at most a minute).  The trainee is
  told once that the reply is queued and will arrive by itself: never to send the same words
  again, which would make a second turn.
- 400 and 403 (a message Telegram refuses, a user who blocked the bot) mark the message
  undelivered; the first one per chat is logged as a warning.
"""

from __future__ import annotations

import itertools
import logging
import time
from typing import Any

from telegram import Bot, InlineKeyboardMarkup, InputFile
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import CallbackContext, JobQueue

from bot.storage.outbox import Backlog, OutboxStore, Outgoing
from bot.telegram.ordering import ChatLocks

log = logging.getLogger(__name__)

BACKOFF_FIRST = 2.0
BACKOFF_CAP = 60.0
QUEUED = ("<i>Your reply is queued: Telegram is not taking messages from the bot right now. It will "
          "arrive here by itself, so there's no need to send anything again.</i>")


def backoff(attempts: int, exc: TelegramError | None = None, first: float = BACKOFF_FIRST) -> float:
    """Seconds before the next try: doubling from 2 s, capped at a minute, never under a 429's wait."""
    delay = min(BACKOFF_CAP, first * 2 ** max(attempts - 1, 0))
    if isinstance(exc, RetryAfter):
        wait = exc.retry_after
        delay = max(delay, wait if isinstance(wait, int) else wait.total_seconds())
    return float(delay)


class Delivery:
    def __init__(self, store: OutboxStore, bot: Bot, job_queue: JobQueue[Any] | None) -> None:
        self.store = store
        self.bot = bot
        self.job_queue = job_queue
        self.resent = 0  # messages sent again because the bot stopped while sending them
        self.first_backoff = BACKOFF_FIRST
        self._locks = ChatLocks()
        self._seq: dict[int, itertools.count[int]] = {}
        self._refused: set[int] = set()
        self._seen = 0  # the newest outbox row looked at by `pick_up` (or by `resume`)

    # --- queueing -----------------------------------------------------------------------------

    def _key(self, update_id: int | None) -> int | None:
        """The n-th message while handling an update: the same n when the update is handled again."""
        if update_id is None:
            return None
        return next(self._seq.setdefault(update_id, itertools.count()))

    def handled(self, update_id: int) -> None:
        self._seq.pop(update_id, None)

    async def queue_text(self, chat_id: int, text: str, markup: InlineKeyboardMarkup | None = None,
                         update_id: int | None = None) -> None:
        body: dict[str, Any] = {"text": text}
        if markup is not None:
            body["markup"] = markup.to_dict()
        await self.store.add(chat_id, "text", body, None, update_id, self._key(update_id))

    async def queue_photo(self, chat_id: int, png: bytes, caption: str, update_id: int | None = None) -> None:
        await self.store.add(chat_id, "photo", {"caption": caption}, png, update_id, self._key(update_id))

    # --- sending ------------------------------------------------------------------------------

    async def flush(self, chat_id: int) -> None:
        """Send the chat's queued messages in order, until one has to wait."""
        async with self._locks.hold(chat_id):
            while (row := await self.store.next_for(chat_id)) is not None:
                wait = row.next_at - time.time()
                if wait > 0:
                    self._schedule(chat_id, wait)
                    return
                if not await self._try(row):
                    return

    async def _try(self, row: Outgoing) -> bool:
        """Send one message; False if it has to wait for a retry."""
        if row.in_flight:
            self.resent += 1
            log.warning("sending again a message to chat %s that was in flight when the bot stopped "
                        "(it may arrive twice)", row.chat_id)
        await self.store.sending(row.id)
        try:
            await self._send(row)
        except (BadRequest, Forbidden) as exc:
            await self._undelivered(row, exc)
        except (RetryAfter, NetworkError) as exc:
            delay = backoff(row.attempts + 1, exc, self.first_backoff)
            await self.store.later(row.id, delay, f"{exc.__class__.__name__}: {exc}")
            log.info("message to chat %s queued for %.0f s (%s)", row.chat_id, delay, exc.__class__.__name__)
            self._schedule(row.chat_id, delay)
            if not row.notified:
                await self._tell_queued(row)
            return False
        except TelegramError as exc:
            await self._undelivered(row, exc)
        else:
            await self.store.sent(row.id)
            self._refused.discard(row.chat_id)
        return True

    async def _send(self, row: Outgoing) -> None:
        if row.kind == "photo":
            assert row.file is not None
            await self.bot.send_photo(row.chat_id, InputFile(row.file, filename="chart.png"),
                                      caption=row.body.get("caption"))
            return
        markup = row.body.get("markup")
        await self.bot.send_message(row.chat_id, row.body["text"],
                                    reply_markup=InlineKeyboardMarkup.de_json(markup, self.bot) if markup else None)

    async def _undelivered(self, row: Outgoing, exc: TelegramError) -> None:
        await self.store.failed(row.id, f"{exc.__class__.__name__}: {exc}")
        if row.chat_id not in self._refused:
            self._refused.add(row.chat_id)
            log.warning("message to chat %s not delivered: %s: %s", row.chat_id, exc.__class__.__name__, exc)

    async def _tell_queued(self, row: Outgoing) -> None:
        """Best effort: the same outage may swallow this note too, and that is fine."""
        await self.store.mark_notified(row.id)
        try:
            await self.bot.send_message(row.chat_id, QUEUED)
        except TelegramError:
            log.info("could not tell chat %s that its reply is queued", row.chat_id)

    # --- retries and start-up -----------------------------------------------------------------

    def _schedule(self, chat_id: int, delay: float) -> None:
        if self.job_queue is None:
            return
        name = f"outbox:{chat_id}"
        if not self.job_queue.get_jobs_by_name(name):
            self.job_queue.run_once(self._retry, max(delay, 0.0), data=chat_id, name=name)

    async def _retry(self, context: CallbackContext[Any, Any, Any, Any]) -> None:
        assert context.job is not None and isinstance(context.job.data, int)
        await self.flush(context.job.data)

    async def pick_up(self) -> int:
        """Deliver what other processes queued (the web app's notes and notices); run every second.

        Looks only at rows added since the last look; a chat with a pending one gets a delivery
        run, which waits for the chat's lock, so nothing is sent twice or out of order."""
        rows = await self.store.added_since(self._seen)
        if not rows:
            return 0
        self._seen = rows[-1][0]
        chats = list(dict.fromkeys(chat for _, chat, status in rows if status == "pending"))
        for chat_id in chats:
            self._schedule(chat_id, 0)
        return len(chats)

    async def resume(self) -> Backlog:
        """Schedule delivery of everything left queued by the last run."""
        self._seen = await self.store.last_id()
        backlog = await self.store.backlog()
        for chat_id in backlog.chats:
            self._schedule(chat_id, 0)
        return backlog
