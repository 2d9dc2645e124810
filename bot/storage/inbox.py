"""The inbox: every update Telegram hands the bot, on disk before Telegram is told it arrived.

A row is written (and committed) before the polling offset moves past it, so a crash can only
leave it pending, never lost; pending rows are handled again, in order, at the next start.  The
update id is the key, so an update delivered twice is stored, and handled, once.  When an update
has been handled its payload (the trainee's words) is dropped; the bare id stays two days, as
long as Telegram could deliver it again.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.storage.repository import Storage

KEEP_HANDLED = timedelta(days=2)


def _now() -> datetime:
    return datetime.now(UTC)


class Inbox:
    def __init__(self, storage: Storage) -> None:
        self.storage = storage

    async def store(self, update_id: int, chat_id: int | None, payload: dict[str, Any]) -> bool:
        """Keep the update; False if it was already here (a second delivery)."""
        async with self.storage.transaction() as db:
            cur = await db.execute(
                "INSERT OR IGNORE INTO inbox (update_id, chat_id, payload, received_at) VALUES (?, ?, ?, ?)",
                (update_id, chat_id, json.dumps(payload), _now().isoformat(timespec="seconds")),
            )
            return cur.rowcount == 1

    async def done(self, update_id: int) -> None:
        async with self.storage.transaction() as db:
            await db.execute("UPDATE inbox SET status = 'done', payload = NULL WHERE update_id = ?", (update_id,))

    async def pending(self) -> list[dict[str, Any]]:
        """Updates stored but not handled yet, oldest first."""
        async with self.storage.db.execute(
            "SELECT update_id, payload FROM inbox WHERE status = 'pending' ORDER BY update_id"
        ) as cur:
            return [{"update_id": r[0], "payload": json.loads(r[1])} for r in await cur.fetchall()]

    async def prune(self) -> int:
        """Forget handled ids older than Telegram could redeliver them."""
        cutoff = (_now() - KEEP_HANDLED).isoformat(timespec="seconds")
        async with self.storage.transaction() as db:
            cur = await db.execute("DELETE FROM inbox WHERE status = 'done' AND received_at < ?", (cutoff,))
            return cur.rowcount
