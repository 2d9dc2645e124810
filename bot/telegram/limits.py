"""PTB's `AIORateLimiter`, with the "typing…" action kept out of Telegram's message budget.

Telegram takes about 30 messages a second from a bot.  Counting the chat action as one of them
made every reply cost two, which halved the class a bot could serve.  Here the action never waits
in the limiter, and it is not sent at all while the bot is busy (half the budget or more used in
the last second): under load every slot goes to a reply, and the pause still happens.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.ext import AIORateLimiter

TYPING = "sendChatAction"


class RateLimiter(AIORateLimiter):
    def __init__(self, overall_max_rate: float = 30, max_retries: int = 3, busy_share: float = 0.5) -> None:
        super().__init__(overall_max_rate=overall_max_rate, max_retries=max_retries)
        self._busy_at = overall_max_rate * busy_share
        self._recent: deque[float] = deque()

    def busy(self) -> bool:
        """True while messages in the last second use `busy_share` of the budget or more."""
        cutoff = time.monotonic() - 1.0
        while self._recent and self._recent[0] < cutoff:
            self._recent.popleft()
        return len(self._recent) >= self._busy_at

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        if endpoint == TYPING:
            return await callback(*args, **kwargs)
        if data.get("chat_id") is not None:
            self._recent.append(time.monotonic())
        return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)


def may_type(limiter: object) -> bool:
    """Whether to show "typing…" now: always without our limiter, only when not busy with it."""
    return not (isinstance(limiter, RateLimiter) and limiter.busy())
