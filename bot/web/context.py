"""What every page handler needs, built once per app and kept on `app.state.web`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.services.dashboard import DashboardService
from bot.services.export_service import ExportService
from bot.services.review import ReviewService
from bot.services.staff import Notice, StaffService
from bot.services.weblogin import WebLogin
from bot.storage.repository import Storage

Notify = Callable[[list[Notice]], Awaitable[list[bool]]]


@dataclass(frozen=True, slots=True)
class Web:
    storage: Storage
    staff: StaffService
    review: ReviewService
    dashboard: DashboardService
    exports: ExportService
    login: WebLogin
    notify: Notify  # hands messages to the bot (its outbox); True for each one queued
    owns_storage: bool = False
