"""Per-chat order under a burst: 200 chats at once, each chat's updates strictly one after another."""

from __future__ import annotations

import asyncio
import random

from telegram import Update

from bot.telegram.ordering import PerChatUpdateProcessor


def _update(update_id: int, chat_id: int) -> Update:
    return Update.de_json({"update_id": update_id, "message": {
        "message_id": update_id, "date": 0, "chat": {"id": chat_id, "type": "private"},
        "from": {"id": chat_id, "is_bot": False, "first_name": "T"}, "text": "hi"}}, None)


async def test_a_burst_of_200_chats_keeps_each_chats_order() -> None:
    processor = PerChatUpdateProcessor(256)
    rng = random.Random(7)
    log: dict[int, list[tuple[str, int]]] = {}

    async def handle(chat: int, n: int) -> None:
        log.setdefault(chat, []).append(("start", n))
        for _ in range(rng.randint(0, 300)):  # as long as the gap between two updates of a chat
            await asyncio.sleep(0)
        log[chat].append(("end", n))

    tasks = []
    update_id = 0
    for n in range(5):
        for chat in rng.sample(range(1, 201), 200):
            update_id += 1
            update = _update(update_id, chat)
            tasks.append(asyncio.create_task(processor.process_update(update, handle(chat, n))))
            for _ in range(rng.randint(0, 2)):
                await asyncio.sleep(0)  # updates keep arriving while earlier ones finish
    await asyncio.gather(*tasks)
    expected = [(kind, n) for n in range(5) for kind in ("start", "end")]
    misordered = [chat for chat, events in log.items() if events != expected]
    assert not misordered, f"{len(misordered)} of 200 chats ran updates out of order or side by side"
    assert processor.busy_chats == 0


async def test_done_runs_after_each_update_is_handled() -> None:
    done: list[int] = []
    handled: list[int] = []

    async def on_done(update: object) -> None:
        assert isinstance(update, Update)
        done.append(update.update_id)

    async def handle(n: int) -> None:
        handled.append(n)
        assert n not in done

    processor = PerChatUpdateProcessor(8, on_done=on_done)
    await asyncio.gather(*(processor.process_update(_update(n, 5), handle(n)) for n in range(1, 4)))
    assert done == handled == [1, 2, 3]
