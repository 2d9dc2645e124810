"""The outbox: every message to a chat, on disk before it is sent, sent in order, retried.

A row is keyed by the update whose handling produced it and its place among that update's
messages, so handling an update again after a crash adds nothing twice.  A row goes pending ->
sending -> sent (its text and file dropped) or failed (Telegram refused it for good).  A row found
'sending' at start-up was in flight when the bot stopped: it is sent again, and may arrive twice.

Only the bot sends.  Other processes (the web app: notes to trainees, assignment notices) just add
rows, with no update key; the bot picks them up within a second (`Delivery.pick_up`).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.storage.repository import Storage

KEEP_SENT = timedelta(days=2)


@dataclass(frozen=True, slots=True)
class Outgoing:
    id: int
    chat_id: int
    kind: str
    body: dict[str, Any]
    file: bytes | None
    attempts: int
    notified: bool
    next_at: float
    in_flight: bool  # it was being sent when the bot stopped: sending it again may repeat it


@dataclass(frozen=True, slots=True)
class Backlog:
    chats: list[int]
    pending: int
    in_flight: int


class OutboxStore:
    def __init__(self, storage: Storage) -> None:
        self.storage = storage

    async def add(self, chat_id: int, kind: str, body: dict[str, Any], file: bytes | None = None,
                  update_id: int | None = None, seq: int | None = None) -> None:
        """Queue one message; a message already queued under the same (update, seq) is kept as it was."""
        async with self.storage.transaction() as db:
            await db.execute(
                "INSERT OR IGNORE INTO outbox (chat_id, update_id, seq, kind, body, file, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (chat_id, update_id, seq, kind, json.dumps(body), file,
                 datetime.now(UTC).isoformat(timespec="seconds")),
            )

    async def next_for(self, chat_id: int) -> Outgoing | None:
        """The chat's oldest message not yet sent (whether or not its retry time has come)."""
        async with self.storage.db.execute(
            "SELECT id, chat_id, kind, body, file, attempts, notified, next_at, status FROM outbox "
            "WHERE chat_id = ? AND status IN ('pending', 'sending') ORDER BY id LIMIT 1", (chat_id,)
        ) as cur:
            row = await cur.fetchone()
        if row is None:
            return None
        return Outgoing(row[0], row[1], row[2], json.loads(row[3]), row[4], row[5], bool(row[6]), row[7],
                        row[8] == "sending")

    async def _set(self, row_id: int, sql: str, args: tuple[Any, ...] = ()) -> None:
        async with self.storage.transaction() as db:
            await db.execute(f"UPDATE outbox SET {sql} WHERE id = ?", (*args, row_id))

    async def sending(self, row_id: int) -> None:
        await self._set(row_id, "status = 'sending', attempts = attempts + 1")

    async def sent(self, row_id: int) -> None:
        await self._set(row_id, "status = 'sent', body = NULL, file = NULL, error = NULL")

    async def failed(self, row_id: int, error: str) -> None:
        await self._set(row_id, "status = 'failed', body = NULL, file = NULL, error = ?", (error[:200],))

    async def later(self, row_id: int, delay: float, error: str) -> None:
        await self._set(row_id, "status = 'pending', next_at = ?, error = ?", (time.time() + delay, error[:200]))

    async def mark_notified(self, row_id: int) -> None:
        await self._set(row_id, "notified = 1")

    async def backlog(self) -> Backlog:
        """What start-up resumes: the chats with messages not sent yet, and how many were in flight."""
        async with self.storage.db.execute(
            "SELECT chat_id, status FROM outbox WHERE status IN ('pending', 'sending') ORDER BY id"
        ) as cur:
            rows = list(await cur.fetchall())
        chats = list(dict.fromkeys(r[0] for r in rows))
        return Backlog(chats, len(rows), sum(1 for r in rows if r[1] == "sending"))

    async def added_since(self, after_id: int) -> list[tuple[int, int, str]]:
        """(id, chat, status) of every row after `after_id`, oldest first: what other processes
        (the web app) queued since the last look, beside this process's own rows."""
        async with self.storage.db.execute(
            "SELECT id, chat_id, status FROM outbox WHERE id > ? ORDER BY id", (after_id,)
        ) as cur:
            return [(int(r[0]), int(r[1]), str(r[2])) for r in await cur.fetchall()]

    async def last_id(self) -> int:
        async with self.storage.db.execute("SELECT COALESCE(MAX(id), 0) FROM outbox") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def prune(self) -> int:
        cutoff = (datetime.now(UTC) - KEEP_SENT).isoformat(timespec="seconds")
        async with self.storage.transaction() as db:
            cur = await db.execute("DELETE FROM outbox WHERE status IN ('sent', 'failed') AND created_at < ?",
                                   (cutoff,))
            return cur.rowcount
