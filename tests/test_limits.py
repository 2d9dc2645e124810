"""The typing indicator stays out of the message budget, and is left out while the bot is busy."""

from __future__ import annotations

from typing import Any

from bot.telegram.limits import RateLimiter, may_type


async def test_typing_never_counts_and_is_skipped_when_busy() -> None:
    limiter = RateLimiter(overall_max_rate=30)
    await limiter.initialize()
    calls: list[str] = []

    async def call(endpoint: str) -> Any:
        calls.append(endpoint)
        return True

    for _ in range(40):
        await limiter.process_request(call, ("sendChatAction",), {}, "sendChatAction", {"chat_id": 1}, None)
    assert not limiter.busy() and may_type(limiter)  # forty "typing…" cost nothing
    for n in range(15):
        await limiter.process_request(call, ("sendMessage",), {}, "sendMessage", {"chat_id": n}, None)
    assert limiter.busy() and not may_type(limiter)  # half the budget in use: replies first
    assert calls.count("sendChatAction") == 40 and calls.count("sendMessage") == 15
    await limiter.shutdown()


def test_without_our_limiter_typing_is_always_shown() -> None:
    assert may_type(None)
