"""Agreement between the coder and human labels: per-code and stance-level precision, recall, F1.

Kept separate from the coder so the same metrics serve the labelled CSVs, instructors' overrides
and any external set a programme brings.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from scoring.coder import code_turn
from scoring.codes import STANCE, Code, Stance


@dataclass(frozen=True, slots=True)
class LabelledTurn:
    text: str
    context: str
    code: Code


@dataclass(frozen=True, slots=True)
class ClassScores:
    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Everything `rollwith evaluate` prints, as data."""

    n: int
    accuracy: float
    per_code: tuple[ClassScores, ...]
    macro_f1: float
    confusion: dict[str, dict[str, int]]
    per_stance: tuple[ClassScores, ...]
    stance_macro_f1: float

    def stance(self, stance: Stance) -> ClassScores:
        return next(s for s in self.per_stance if s.label == stance.value)


class LabelFileError(ValueError):
    """A labelled CSV that cannot be read; the message names the file and row."""


def read_labelled(path: Path) -> list[LabelledTurn]:
    """Read `text,context,code` rows; bad rows stop the run with the file and line named."""
    rows: list[LabelledTurn] = []
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = {"text", "code"} - set(reader.fieldnames or [])
        if missing:
            raise LabelFileError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        for line, row in enumerate(reader, start=2):
            try:
                code = Code(row["code"].strip())
            except ValueError:
                raise LabelFileError(
                    f"{path}:{line}: unknown code {row['code']!r} "
                    f"(expected one of {', '.join(c.value for c in Code)})"
                ) from None
            rows.append(LabelledTurn(row["text"], row.get("context") or "", code))
    return rows


def _scores(gold: Sequence[str], pred: Sequence[str], labels: Iterable[str]) -> list[ClassScores]:
    pairs = Counter(zip(gold, pred, strict=True))
    gold_n, pred_n = Counter(gold), Counter(pred)
    out = []
    for label in labels:
        hit = pairs[(label, label)]
        p = hit / pred_n[label] if pred_n[label] else 0.0
        r = hit / gold_n[label] if gold_n[label] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out.append(ClassScores(label, p, r, f, gold_n[label]))
    return out


def evaluate(rows: Sequence[LabelledTurn]) -> Evaluation:
    gold = [r.code.value for r in rows]
    coded = [code_turn(r.text, r.context) for r in rows]
    pred = [c.code.value for c in coded]
    labels = [c.value for c in Code]
    per_code = _scores(gold, pred, labels)
    present = [s for s in per_code if s.support]
    confusion = {g: dict.fromkeys(labels, 0) for g in labels}
    for g, p in zip(gold, pred, strict=True):
        confusion[g][p] += 1
    stance_gold = [STANCE[Code(g)].value for g in gold]
    stance_pred = [c.stance.value for c in coded]
    per_stance = _scores(stance_gold, stance_pred, [s.value for s in Stance])
    stance_present = [s for s in per_stance if s.support]
    return Evaluation(
        n=len(rows),
        accuracy=sum(g == p for g, p in zip(gold, pred, strict=True)) / len(rows) if rows else 0.0,
        per_code=tuple(per_code),
        macro_f1=sum(s.f1 for s in present) / len(present) if present else 0.0,
        confusion=confusion,
        per_stance=tuple(per_stance),
        stance_macro_f1=sum(s.f1 for s in stance_present) / len(stance_present) if stance_present else 0.0,
    )


_SHORT = {
    "question_open": "Qo", "question_closed": "Qc", "reflection_simple": "SR",
    "reflection_complex": "CR", "affirm": "AF", "seeking_collaboration": "SEEK",
    "emphasizing_autonomy": "EMPH", "giving_information": "GI", "persuade": "PERS",
    "persuade_with_permission": "PwP", "confront": "CON", "other": "OTH",
}


def render(result: Evaluation, title: str = "") -> str:
    """The plain-text report `rollwith evaluate` prints."""
    lines = [f"{title}  n={result.n}  accuracy={result.accuracy:.3f}".strip(), ""]
    lines.append(f"{'code':<26}{'precision':>10}{'recall':>8}{'f1':>8}{'n':>6}")
    for s in result.per_code:
        lines.append(f"{s.label:<26}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>8.3f}{s.support:>6}")
    lines.append(f"{'macro-F1':<26}{'':>10}{'':>8}{result.macro_f1:>8.3f}")
    lines += ["", "confusion (rows = human label, columns = coder)"]
    labels = list(result.confusion)
    lines.append(" " * 6 + "".join(f"{_SHORT[p]:>5}" for p in labels))
    for g in labels:
        lines.append(f"{_SHORT[g]:<6}" + "".join(f"{result.confusion[g][p]:>5}" for p in labels))
    lines += ["", f"{'stance':<26}{'precision':>10}{'recall':>8}{'f1':>8}{'n':>6}"]
    for s in result.per_stance:
        lines.append(f"{s.label:<26}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>8.3f}{s.support:>6}")
    lines.append(f"{'stance macro-F1':<26}{'':>10}{'':>8}{result.stance_macro_f1:>8.3f}")
    return "\n".join(lines)
