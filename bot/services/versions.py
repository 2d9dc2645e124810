"""Where the scoring formula changed, marked wherever scores are listed side by side.

The listening-weighted formula (v2) scores formula-driven sessions far lower than the count-based
one (v1) did; a trainee's trend across the change would show a collapse that is only arithmetic.
So histories, progress lines and exports say where the formula changed.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

FORMULAS = {
    1: "counts of MI moves",
    2: "counts weighed by listening (turns that pick up the client's own words); repeats count once",
}


def formula(version: int) -> str:
    return f"v{version} ({FORMULAS.get(version, 'unknown')})"


def break_note(newer: int, older: int) -> str:
    """The line between two runs of sessions scored with different formulas."""
    return (f"— scoring formula changed: v{older} before this line, v{newer} after; "
            "scores across it are not comparable —")


def trend(scores: Sequence[tuple[int, int]], last: int = 8) -> str:
    """"80 → 75 ‖ v2: 52 → 58" from (version, score) pairs, oldest first."""
    shown = list(scores)[-last:]
    if not shown:
        return "no sessions yet"
    changed = len({v for v, _ in shown}) > 1
    out = [(f"v{shown[0][0]}: " if changed else "") + str(shown[0][1])]
    for (before, _), (version, score) in itertools.pairwise(shown):
        out.append(f" ‖ v{version}: {score}" if version != before else f" → {score}")
    return "".join(out)
