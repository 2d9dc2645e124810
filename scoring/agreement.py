"""How often the coder agrees with instructors: per-code precision/recall and Cohen's kappa.

Pure arithmetic over (automatic code, instructor's code) pairs, so the same numbers serve the bot,
the CLI and any export.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from scoring.codes import Code
from scoring.evaluate import ClassScores, _scores


@dataclass(frozen=True, slots=True)
class Agreement:
    n: int
    observed: float
    kappa: float | None
    per_code: tuple[ClassScores, ...]


def cohen_kappa(pairs: Sequence[tuple[str, str]]) -> float | None:
    """Agreement beyond chance; None when chance agreement is total (one label only)."""
    n = len(pairs)
    if not n:
        return None
    observed = sum(a == b for a, b in pairs) / n
    auto, human = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(auto[c] * human[c] for c in auto) / (n * n)
    return None if expected == 1 else (observed - expected) / (1 - expected)


def agreement(pairs: Sequence[tuple[str, str]]) -> Agreement:
    """`pairs` are (coder's code, instructor's code); per-code scores treat the instructor as truth."""
    labels = [c.value for c in Code if any(c.value in p for p in pairs)]
    per_code = _scores([h for _, h in pairs], [a for a, _ in pairs], labels)
    observed = sum(a == b for a, b in pairs) / len(pairs) if pairs else 0.0
    return Agreement(len(pairs), observed, cohen_kappa(pairs), tuple(per_code))


def render(result: Agreement) -> str:
    if not result.n:
        return "No reviewed turns yet: override codes with /review to build this up."
    kappa = "n/a" if result.kappa is None else f"{result.kappa:.2f}"
    lines = [f"Reviewed turns: {result.n} · agreement {result.observed:.0%} · Cohen's κ {kappa}", "",
             "code: precision / recall (instructor = truth)"]
    lines += [f"{s.label}: {s.precision:.2f} / {s.recall:.2f} (n={s.support})" for s in result.per_code]
    return "\n".join(lines)
