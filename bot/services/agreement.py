"""Agreement between the scorer and reviewers, and between reviewers, over reviewed turns.

A turn is reviewed for a reviewer when their newest verdict on it is a confirm ("scorer right") or
an override; notes alone do not count.  Each (turn, reviewer) is one pair, so a turn two
instructors reviewed counts for each of them, and their codes are also compared with each other.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from scoring.agreement import Agreement, agreement, cohen_kappa

JUDGED = ("confirm", "override")


@dataclass(frozen=True, slots=True)
class PairAgreement:
    first: str
    second: str
    n: int
    observed: float
    kappa: float | None


@dataclass(frozen=True, slots=True)
class AgreementReport:
    overall: Agreement
    confusion: dict[str, dict[str, int]]  # scorer's code -> reviewer's code -> turns
    per_reviewer: list[tuple[str, Agreement]]
    between: list[PairAgreement]


def latest_judged(rows: list[dict[str, Any]]) -> dict[tuple[int, int], dict[str, Any]]:
    """(turn, reviewer) -> that reviewer's newest confirm or override of the turn."""
    latest: dict[tuple[int, int], dict[str, Any]] = {}
    for r in rows:
        if r["kind"] in JUDGED:
            latest[(r["turn_id"], r["reviewer_id"])] = r
    return latest


def agreement_report(rows: list[dict[str, Any]], names: dict[int, str]) -> AgreementReport:
    """Scorer vs reviewers over reviewed turns, per reviewer, and reviewer vs reviewer."""
    latest = latest_judged(rows)
    pairs = [(r["auto_code"], r["code"]) for r in latest.values()]
    confusion: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_reviewer: dict[int, list[tuple[str, str]]] = defaultdict(list)
    by_turn: dict[int, dict[int, str]] = defaultdict(dict)
    for (turn_id, reviewer), r in latest.items():
        confusion[r["auto_code"]][r["code"]] += 1
        by_reviewer[reviewer].append((r["auto_code"], r["code"]))
        by_turn[turn_id][reviewer] = r["code"]
    between = []
    for a, b in combinations(sorted(by_reviewer), 2):
        shared = [(codes[a], codes[b]) for codes in by_turn.values() if a in codes and b in codes]
        if shared:
            observed = sum(x == y for x, y in shared) / len(shared)
            between.append(PairAgreement(names.get(a, str(a)), names.get(b, str(b)), len(shared), observed,
                                         cohen_kappa(shared)))
    return AgreementReport(
        agreement(pairs),
        {k: dict(v) for k, v in confusion.items()},
        [(names.get(r, str(r)), agreement(p)) for r, p in sorted(by_reviewer.items())],
        between,
    )
