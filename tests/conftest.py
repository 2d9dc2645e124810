"""Shared helpers for the test suite."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.fake_telegram import FakeTelegram

# Opt in to PTB's timedelta behaviour now, so its deprecation warning (an error under our strict
# warning filter) does not fire when a 429 carries retry_after.
os.environ.setdefault("PTB_TIMEDELTA", "1")

DATA = Path(__file__).parent / "data"


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    """A fresh Bot API stand-in on 127.0.0.1 for one test."""
    server = FakeTelegram()
    await server.start()
    yield server
    await server.stop()
