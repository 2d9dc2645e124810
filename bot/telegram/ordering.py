"""Per-chat order with chats in parallel: PTB's update processor, one lock per busy chat.

A chat's lock stays in the table while anyone holds it or waits for it.  Dropping it as soon as
`lock.locked()` is False is a race: a woken waiter has not taken the lock yet, so the next update
of that chat would get a fresh lock and run beside it.  Counting holders and waiters closes that.
After each update has been handled, `on_done` runs (the inbox marks it handled).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor


@dataclass
class _ChatLock:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    users: int = 0  # holders and waiters


class ChatLocks:
    """One asyncio lock per chat, kept only while someone holds or waits for it."""

    def __init__(self) -> None:
        self._chats: dict[int, _ChatLock] = {}

    @asynccontextmanager
    async def hold(self, chat_id: int) -> AsyncIterator[None]:
        entry = self._chats.setdefault(chat_id, _ChatLock())
        entry.users += 1
        try:
            async with entry.lock:
                yield
        finally:
            entry.users -= 1
            if entry.users == 0:
                del self._chats[chat_id]

    def __len__(self) -> int:
        return len(self._chats)


async def _nothing(update: object) -> None:
    return None


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Chats run in parallel; one chat's updates run strictly in the order they arrived."""

    def __init__(self, max_concurrent_updates: int = 256,
                 on_done: Callable[[object], Awaitable[None]] = _nothing) -> None:
        super().__init__(max_concurrent_updates)
        self._locks = ChatLocks()
        self.on_done = on_done

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
        else:
            async with self._locks.hold(chat.id):
                await coroutine
        await self.on_done(update)

    @property
    def busy_chats(self) -> int:
        return len(self._locks)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
