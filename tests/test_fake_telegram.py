"""The stand-in itself: flood limits, edits of messages that are gone or unchanged."""

from __future__ import annotations

import httpx

from tests.fake_telegram import TOKEN, FakeTelegram


async def _post(fake: FakeTelegram, method: str, **params: object) -> httpx.Response:
    async with httpx.AsyncClient() as client:
        return await client.post(f"{fake.base_url}{TOKEN}/{method}", data={k: str(v) for k, v in params.items()})


async def test_flood_limits_answer_429_per_chat_and_in_all() -> None:
    fake = FakeTelegram(limits=True, chat_burst=3)
    await fake.start()
    try:
        answers = [(await _post(fake, "sendMessage", chat_id=1, text="hi")).status_code for _ in range(4)]
        assert answers == [200, 200, 200, 429]  # a burst of three, then about one a second
        over = await _post(fake, "sendMessage", chat_id=1, text="hi")
        assert over.json()["parameters"]["retry_after"] >= 1
        waits = [fake._over_limit(chat) for chat in range(2, 40)]  # many chats at once: the global 30 a second
        assert waits.count(0) <= 30 and waits[-1] >= 1
        assert (await _post(fake, "sendChatAction", chat_id=1, action="typing")).status_code == 200
    finally:
        await fake.stop()


async def test_edits_of_gone_or_unchanged_messages_are_refused(fake: FakeTelegram) -> None:
    sent = (await _post(fake, "sendMessage", chat_id=5, text="list")).json()["result"]["message_id"]
    same = await _post(fake, "editMessageText", chat_id=5, message_id=sent, text="list")
    assert same.json()["description"] == "Bad Request: message is not modified"
    fake.delete(5, sent)
    gone = await _post(fake, "editMessageText", chat_id=5, message_id=sent, text="new")
    assert gone.json()["description"] == "Bad Request: message to edit not found"
    unknown = await _post(fake, "editMessageReplyMarkup", chat_id=5, message_id=424242)
    assert unknown.json()["description"] == "Bad Request: message to edit not found"
