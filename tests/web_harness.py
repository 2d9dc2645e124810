"""A populated database and the web app in-process (httpx over ASGI), for the web tests and bench.

People: an admin (1), a supervisor (2) and an instructor (3) of cohort A with trainees Tom (10) and
Tia (11); another instructor (4) and supervisor (5) of cohort B with trainee Zed (30).  Tom and Zed
have scored sessions practised through the real engine.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from bot.config import Settings
from bot.services.practice import PracticeService
from bot.services.weblogin import WebLogin
from bot.storage.repository import Storage
from bot.web.app import create_app
from bot.web.context import Notify
from personas.library import packaged_library

ADMIN, SUP, INS, OTHER_INS, OTHER_SUP, TOM, TIA, ZED = 1, 2, 3, 4, 5, 10, 11, 30
LINES = ["It sounds like you'd rather be anywhere else.", "You need to control your temper.",
         "What would make this hour worth your while?", "You're the one who decides what happens next."]


@dataclass
class World:
    storage: Storage
    cohort_a: int
    cohort_b: int
    tom_session: int
    zed_session: int


async def populate(storage: Storage) -> World:
    for uid, name in ((ADMIN, "Ada"), (SUP, "Sam"), (INS, "Ivy"), (OTHER_INS, "Olga"), (OTHER_SUP, "Oscar"),
                      (TOM, "Tom"), (TIA, "Tia"), (ZED, "Zed")):
        await storage.upsert_user(uid, name, f"user{uid}")
    for uid, role in ((SUP, "supervisor"), (INS, "instructor"), (OTHER_INS, "instructor"), (OTHER_SUP, "supervisor")):
        await storage.grant_role(uid, role, ADMIN)
    cohort_a = await storage.create_cohort("Spring", SUP)
    await storage.add_member(cohort_a, INS, "instructor")
    for t in (TOM, TIA):
        await storage.add_member(cohort_a, t, "trainee")
    cohort_b = await storage.create_cohort("Autumn", OTHER_SUP)
    await storage.add_member(cohort_b, OTHER_INS, "instructor")
    await storage.add_member(cohort_b, ZED, "trainee")
    practice = PracticeService(storage, packaged_library())
    sessions = []
    for trainee in (TOM, ZED):
        await practice.start(trainee, "ramon-mandated")
        for line in LINES:
            await practice.say(trainee, line)
        sessions.append((await practice.end(trainee)).session_id)
    return World(storage, cohort_a, cohort_b, *sessions)


def path_of(link: str) -> str:
    """'http://host:port/login?t=…' -> '/login?t=…' (the in-process client has its own host)."""
    return "/" + link.split("/", 3)[3]


class Browser:
    """One person's cookie jar against the app; `csrf` is read from the last page."""

    def __init__(self, client: httpx.AsyncClient, login: WebLogin) -> None:
        self.client = client
        self.login = login
        self.csrf = ""

    async def log_in(self, user_id: int) -> httpx.Response:
        return await self.client.get(path_of(await self.login.link_for(user_id)))

    async def get(self, path: str) -> httpx.Response:
        response = await self.client.get(path)
        found = re.search(r'data-csrf="([^"]+)"', response.text)
        self.csrf = found.group(1) if found else self.csrf
        return response

    async def post(self, path: str, data: dict[str, Any], json: bool = False, csrf: bool = True) -> httpx.Response:
        headers = {"accept": "application/json"} if json else {}
        return await self.client.post(path, data=({"csrf": self.csrf} if csrf else {}) | data, headers=headers)


@asynccontextmanager
async def web_app(tmp_path: Path, notify: Notify | None = None, base_url: str = "http://127.0.0.1:8080",
                  **settings: object) -> AsyncIterator[tuple[World, Any]]:
    storage = Storage(tmp_path / "web.sqlite3")
    await storage.open()
    try:
        world = await populate(storage)
        values: dict[str, object] = {"ROLLWITH_DB": tmp_path / "web.sqlite3", "ROLLWITH_ADMINS": str(ADMIN),
                                     "ROLLWITH_WEB_BASE_URL": base_url} | settings
        app = create_app(Settings(**values), storage, notify)  # type: ignore[arg-type]
        yield world, app
    finally:
        await storage.close()


@asynccontextmanager
async def browser(app: Any, base_url: str = "http://testserver") -> AsyncIterator[Browser]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=base_url) as client:
        yield Browser(client, app.state.web.login)
