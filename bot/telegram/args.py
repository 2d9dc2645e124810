"""Reading numbers typed by people or carried in button data, without tracebacks.

`str.isdigit` accepts '²' and int() then fails; a 25-digit number overflows SQLite.  Every
number a handler reads goes through `number`, and a miss becomes a usage line.
"""

from __future__ import annotations

import re

_DIGITS = re.compile(r"[0-9]{1,12}")


def number(text: str | None, low: int = 0, high: int = 10**12) -> int | None:
    """The ASCII whole number in `text` if it lies in [low, high], else None."""
    value = (text or "").strip().lstrip("#")
    if not _DIGITS.fullmatch(value):
        return None
    n = int(value)
    return n if low <= n <= high else None
