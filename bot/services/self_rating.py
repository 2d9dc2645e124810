"""The trainee's own ratings beside the scorer's, for supervisors.

Trainees over-rate themselves; a supervisor seeing the gap session after session knows what to
talk about.  Stored sessions carry both: the trainee's in their own columns, the scorer's in the
stored scores.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.storage.repository import StoredSession
from scoring.report import SELF_RATED


def scorer_ratings(result: dict[str, Any] | None) -> dict[str, float]:
    """The scorer's empathy and partnership ratings as stored with a session."""
    rated = ((result or {}).get("scores") or {}).get("globals") or {}
    return {name: float(rated[name]["score"]) for name in SELF_RATED if name in rated}


def own_ratings(sessions: Sequence[StoredSession], last: int = 3) -> str:
    """" · own rating vs scorer: 4/3 vs 2.5/2, …" over the last rated sessions (oldest first), or ""."""
    rated = [s for s in sessions if s.self_empathy or s.self_partnership][-last:]
    if not rated:
        return ""
    shown = []
    for s in rated:
        scorer = scorer_ratings(s.result)
        shown.append(f"{s.self_empathy or '–'}/{s.self_partnership or '–'} vs "
                     f"{scorer.get('empathy', 0):g}/{scorer.get('partnership', 0):g}")
    return " · own rating (empathy/partnership) vs scorer: " + ", ".join(shown)
