"""The one timestamp format every table uses: UTC, ISO 8601, whole seconds (sorts as text)."""

from __future__ import annotations

from datetime import UTC, datetime


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
