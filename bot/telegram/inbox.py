"""Nothing Telegram hands the bot is lost: updates are on disk before their offset moves.

PTB's `Updater` fetches a batch with getUpdates, awaits `update_queue.put(update)` for each, and
only then moves its offset, which tells Telegram the batch arrived (at the next getUpdates).
`DurableUpdateQueue` is that queue (`ApplicationBuilder.update_queue`): its `put` commits the
update to the inbox before returning, so Telegram forgets an update only after it is stored.  A
crash leaves stored updates pending; `replay` queues them again, in order, before polling starts.
An update delivered twice is stored once and handled once.

`TolerantUpdatesRequest` is the getUpdates connection (`ApplicationBuilder.get_updates_request`).
PTB reads a whole batch at once, so one update it cannot read would make every getUpdates fail
and stop polling for everyone; this request swaps such an update for an empty one with the same
id (which no handler touches, so the offset moves past it) and logs one line.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from telegram import Bot, Update
from telegram.request import HTTPXRequest

from bot.storage.inbox import Inbox

log = logging.getLogger(__name__)


class DurableUpdateQueue(asyncio.Queue[object]):
    def __init__(self, inbox: Inbox) -> None:
        super().__init__()
        self.inbox = inbox

    async def put(self, item: object) -> None:
        if isinstance(item, Update):
            chat = item.effective_chat
            if not await self.inbox.store(item.update_id, chat.id if chat else None, item.to_dict()):
                log.info("update %d arrived again; it was handled once already", item.update_id)
                return
        await super().put(item)

    async def replay(self, bot: Bot) -> int:
        """Queue the updates a previous run stored but did not finish handling, oldest first."""
        pending = await self.inbox.pending()
        for row in pending:
            await super().put(Update.de_json(row["payload"], bot))
        return len(pending)


def readable(update: dict[str, Any]) -> bool:
    try:
        Update.de_json(update, None)
    except Exception:
        return False
    return True


class TolerantUpdatesRequest(HTTPXRequest):
    async def do_request(self, url: str, method: str, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        code, payload = await super().do_request(url, method, *args, **kwargs)
        if code != 200 or not url.endswith("/getUpdates"):
            return code, payload
        return code, skip_unreadable(payload)


def skip_unreadable(payload: bytes) -> bytes:
    """The getUpdates answer with each update PTB cannot read replaced by an empty one."""
    try:
        body = json.loads(payload)
        updates = body["result"]
    except (ValueError, KeyError, TypeError):
        return payload
    if not isinstance(updates, list) or all(readable(u) for u in updates):
        return payload
    kept = []
    for update in updates:
        if readable(update):
            kept.append(update)
            continue
        update_id = update.get("update_id") if isinstance(update, dict) else None
        log.error("skipped update %s: it could not be read (kinds: %s)", update_id,
                  ", ".join(sorted(k for k in (update if isinstance(update, dict) else {}) if k != "update_id")))
        if isinstance(update_id, int):
            kept.append({"update_id": update_id})
    body["result"] = kept
    return json.dumps(body).encode()
