"""Agreement between the coder and human labels: per-code and stance-level precision, recall, F1.

Kept separate from the coder so the same metrics serve the labelled CSVs, instructors' overrides
and any external set a programme brings.  Two file shapes are read: single turns
(`text,context,code`) and whole sessions (`session,register,skill,speaker,text,code,link`), where
each counsellor turn's context and history are the client lines before it.  Besides the twelve
codes the report gives what matters most to a trainee: how often a move that did not confront is
*called* confronting, the coarse four-way view research coders use, the simple/complex split, the
listening label, and whether the stance probabilities can be taken at their word (calibration).
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
    history: tuple[str, ...] = ()  # up to three client lines before `context`, oldest first
    link: str = ""  # specific / generic / none, where labelled
    session: str = ""
    register: str = ""
    skill: str = ""


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
    false_confronting: float = 0.0  # share of non-confronting turns coded confronting
    per_four: tuple[ClassScores, ...] = ()
    four_macro_f1: float = 0.0
    depth_kappa: float | None = None  # simple vs complex, over turns both call a reflection
    link_kappa: float | None = None
    link_n: int = 0
    stance_ece: float = 0.0

    def stance(self, stance: Stance) -> ClassScores:
        return next(s for s in self.per_stance if s.label == stance.value)


class LabelFileError(ValueError):
    """A labelled CSV that cannot be read; the message names the file and row."""


LINKS = ("specific", "generic", "none")
COUNSELLOR = frozenset({"counsellor", "counselor", "trainee", "therapist"})


def _code(path: Path, line: int, value: str) -> Code:
    try:
        return Code(value.strip())
    except ValueError:
        raise LabelFileError(
            f"{path}:{line}: unknown code {value!r} (expected one of {', '.join(c.value for c in Code)})"
        ) from None


def read_labelled(path: Path) -> list[LabelledTurn]:
    """Read single turns (`text,context,code`) or whole sessions (with `session` and `speaker`);
    bad rows stop the run with the file and line named."""
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields = set(reader.fieldnames or [])
        if {"session", "speaker"} <= fields:
            return _read_sessions(path, reader)
        missing = {"text", "code"} - fields
        if missing:
            raise LabelFileError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        return [LabelledTurn(row["text"], row.get("context") or "", _code(path, line, row["code"]))
                for line, row in enumerate(reader, start=2)]


def _read_sessions(path: Path, reader: csv.DictReader[str]) -> list[LabelledTurn]:
    """Counsellor turns of whole sessions, each with the client lines before it as context."""
    rows: list[LabelledTurn] = []
    client: dict[str, list[str]] = {}
    for line, row in enumerate(reader, start=2):
        session, speaker = row["session"], row["speaker"].strip().lower()
        said = client.setdefault(session, [])
        if speaker not in COUNSELLOR:
            said.append(row["text"])
            continue
        link = (row.get("link") or "").strip()
        if link and link not in LINKS:
            raise LabelFileError(f"{path}:{line}: unknown link {link!r} (expected one of {', '.join(LINKS)})")
        rows.append(LabelledTurn(
            row["text"], said[-1] if said else "", _code(path, line, row["code"] or ""),
            tuple(said[-4:-1]), link, session, row.get("register") or "", row.get("skill") or "",
        ))
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


FOUR_WAY = ("question", "reflection", "input", "other")


def four_way(code: Code, text: str) -> str:
    """The coarse view research coders use: question / reflection / input / other."""
    if code in (Code.QUESTION_OPEN, Code.QUESTION_CLOSED):
        return "question"
    if code is Code.SEEKING_COLLABORATION:
        return "question" if text.rstrip().endswith("?") else "input"
    if code in (Code.REFLECTION_SIMPLE, Code.REFLECTION_COMPLEX):
        return "reflection"
    if code in (Code.AFFIRM, Code.OTHER):
        return "other"
    return "input"


def kappa(gold: Sequence[str], pred: Sequence[str]) -> float | None:
    """Cohen's kappa; None when there is nothing to agree on."""
    n = len(gold)
    if not n:
        return None
    observed = sum(g == p for g, p in zip(gold, pred, strict=True)) / n
    gold_n, pred_n = Counter(gold), Counter(pred)
    expected = sum(gold_n[k] * pred_n[k] for k in gold_n) / (n * n)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def expected_calibration_error(confidence: Sequence[float], correct: Sequence[bool], bins: int = 10) -> float:
    """How far stated confidence is from the hit rate, averaged over equal-width bins."""
    total = len(confidence)
    if not total:
        return 0.0
    error = 0.0
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        members = [i for i, c in enumerate(confidence) if low < c <= high or (b == 0 and c == 0)]
        if members:
            mean_conf = sum(confidence[i] for i in members) / len(members)
            hit = sum(correct[i] for i in members) / len(members)
            error += len(members) / total * abs(mean_conf - hit)
    return error


def evaluate(rows: Sequence[LabelledTurn]) -> Evaluation:
    gold = [r.code.value for r in rows]
    coded = [code_turn(r.text, r.context, r.history) for r in rows]
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
    calm = [i for i, g in enumerate(stance_gold) if g != Stance.CONFRONTING.value]
    false_conf = sum(stance_pred[i] == Stance.CONFRONTING.value for i in calm) / len(calm) if calm else 0.0
    four_gold = [four_way(r.code, r.text) for r in rows]
    four_pred = [four_way(c.code, r.text) for c, r in zip(coded, rows, strict=True)]
    per_four = _scores(four_gold, four_pred, FOUR_WAY)
    four_present = [s for s in per_four if s.support]
    both = [i for i in range(len(rows)) if gold[i].startswith("reflection") and pred[i].startswith("reflection")]
    linked = [i for i, r in enumerate(rows) if r.link]
    confidence = [max(c.stance_probs.values()) if c.stance_probs else 1.0 for c in coded]
    return Evaluation(
        n=len(rows),
        accuracy=sum(g == p for g, p in zip(gold, pred, strict=True)) / len(rows) if rows else 0.0,
        per_code=tuple(per_code),
        macro_f1=sum(s.f1 for s in present) / len(present) if present else 0.0,
        confusion=confusion,
        per_stance=tuple(per_stance),
        stance_macro_f1=sum(s.f1 for s in stance_present) / len(stance_present) if stance_present else 0.0,
        false_confronting=false_conf,
        per_four=tuple(per_four),
        four_macro_f1=sum(s.f1 for s in four_present) / len(four_present) if four_present else 0.0,
        depth_kappa=kappa([gold[i] for i in both], [pred[i] for i in both]),
        link_kappa=kappa([rows[i].link for i in linked], [coded[i].link for i in linked]),
        link_n=len(linked),
        stance_ece=expected_calibration_error(
            confidence, [g == p for g, p in zip(stance_gold, stance_pred, strict=True)]),
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
    lines.append(f"false-confronting rate: {result.false_confronting:.3f} "
                 "(share of non-confronting turns coded confronting)")
    lines.append(f"stance calibration error (ECE): {result.stance_ece:.3f}")
    lines += ["", f"{'4-way':<26}{'precision':>10}{'recall':>8}{'f1':>8}{'n':>6}"]
    for s in result.per_four:
        lines.append(f"{s.label:<26}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>8.3f}{s.support:>6}")
    lines.append(f"{'4-way macro-F1':<26}{'':>10}{'':>8}{result.four_macro_f1:>8.3f}")
    if result.depth_kappa is not None:
        lines.append(f"simple vs complex reflection kappa: {result.depth_kappa:.3f}")
    if result.link_kappa is not None:
        lines.append(f"listening link kappa: {result.link_kappa:.3f} (n={result.link_n})")
    return "\n".join(lines)
