"""What a stored trainee turn says about itself: the coder's reason, confidence and flags, and the
client's reasons for moving.

Sessions recorded since the web app keep the coder's view in the turn's explanation (exports read
just that part, as `coder`); older ones
have only the session report, whose per-turn list counts the turns that were not taken back, so
the fallback matches on that position.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any


def words(code: str | None) -> str:
    """`reflection_complex` -> `reflection complex`: codes as stable tokens for spreadsheets and pages."""
    return (code or "").replace("_", " ")


# Each code: its abbreviation on the charts, and in words as a reader says it (legends, reports).
CODES: dict[str, tuple[str, str]] = {
    "question_open": ("Qo", "open question"), "question_closed": ("Qc", "closed question"),
    "reflection_simple": ("SR", "simple reflection"), "reflection_complex": ("CR", "complex reflection"),
    "affirm": ("AF", "affirmation"), "seeking_collaboration": ("SEEK", "seeking collaboration"),
    "emphasizing_autonomy": ("EA", "emphasizing autonomy"), "giving_information": ("GI", "giving information"),
    "persuade": ("PERS", "persuading"), "persuade_with_permission": ("PwP", "persuading with permission"),
    "confront": ("CON", "confronting"), "other": ("·", "other"),
}


def in_words(code: str | None) -> str:
    """'reflection_complex' -> 'complex reflection'; unknown codes keep their own name."""
    return CODES[code][1] if code in CODES else (code or "").replace("_", " ")


@dataclass(frozen=True, slots=True)
class TurnDetail:
    reason: str
    confidence: float | None
    flags: tuple[str, ...]
    client_reasons: tuple[str, ...]
    events: tuple[str, ...]


def details(turns: list[dict[str, Any]], result: dict[str, Any] | None) -> dict[int, TurnDetail]:
    """Turn id -> detail, for every trainee turn of one session (turns in stored order)."""
    report_turns = ((result or {}).get("scores") or {}).get("turns") or []
    found: dict[int, TurnDetail] = {}
    position = 0
    for t in turns:
        if t["speaker"] != "trainee":
            continue
        explanation = json.loads(t["explanation"]) if t.get("explanation") else {}
        coder = json.loads(t["coder"]) if t.get("coder") else explanation.get("coder")
        if coder is None and not t["retracted"] and position < len(report_turns):
            coder = report_turns[position]
        coder = coder or {}
        if not t["retracted"]:
            position += 1
        found[t["id"]] = TurnDetail(
            str(coder.get("reason") or ""),
            coder.get("confidence"),
            tuple(coder.get("flags") or ()),
            tuple(explanation.get("reasons") or ()),
            tuple(explanation.get("events") or ()),
        )
    return found
