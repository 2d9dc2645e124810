"""MITI-style summary scores for a whole session, and the one 0–100 number trainees track.

Global ratings in MITI are a coder's gestalt judgement; here they are estimated from the
behaviour counts, and each rating carries the evidence it used so a supervisor can disagree
with it knowingly.  The formulas are documented in the README.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from scoring.coder import CodedTurn, code_turn
from scoring.codes import (
    MI_ADHERENT,
    MI_NON_ADHERENT,
    QUESTIONS,
    REFLECTIONS,
    Code,
    Flag,
    Stance,
)
from scoring.transcript import Turn, with_context

Coder = Callable[[str, str], CodedTurn]


@dataclass(frozen=True, slots=True)
class CodedTrainee:
    """A trainee turn in its place in the transcript, with the client line it answered."""

    index: int
    text: str
    context: str
    coded: CodedTurn
    flags: tuple[Flag, ...]  # the coder's flags plus session-level ones (question runs)


@dataclass(frozen=True, slots=True)
class GlobalRating:
    score: float
    evidence: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"score": self.score, "evidence": list(self.evidence)}


@dataclass(frozen=True)
class SessionScores:
    turns: tuple[CodedTrainee, ...]
    counts: dict[str, int]
    r_q: float | None
    pct_complex_reflection: float | None
    pct_open_question: float | None
    mi_adherent: int
    mi_non_adherent: int
    joining_share: float
    confronting_share: float
    trainee_talk_share: float
    longest_question_run: int
    flag_counts: dict[str, int]
    globals: dict[str, GlobalRating]
    bands: dict[str, str]
    score: int
    score_parts: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "score_parts": self.score_parts,
            "r_q": self.r_q,
            "pct_complex_reflection": self.pct_complex_reflection,
            "pct_open_question": self.pct_open_question,
            "mi_adherent": self.mi_adherent,
            "mi_non_adherent": self.mi_non_adherent,
            "joining_share": self.joining_share,
            "confronting_share": self.confronting_share,
            "trainee_talk_share": self.trainee_talk_share,
            "longest_question_run": self.longest_question_run,
            "counts": self.counts,
            "flags": self.flag_counts,
            "globals": {k: v.to_dict() for k, v in self.globals.items()},
            "bands": self.bands,
            "turns": [
                {"index": t.index, "text": t.text, "code": t.coded.code.value,
                 "stance": t.coded.stance.value, "reason": t.coded.reason,
                 "flags": [f.value for f in t.flags]}
                for t in self.turns
            ],
        }


def _clamp(x: float, lo: float = 0.0, hi: float = 1.0) -> float:
    return max(lo, min(hi, x))


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 2) if b else None


def _rating(x: float) -> float:
    """Map 0..1 onto MITI's 1..5 scale, to the half point a human coder would use."""
    return round(2 * (1 + 4 * _clamp(x))) / 2


def band(value: float | None, fair: float, good: float) -> str:
    if value is None or value < fair:
        return "below fair"
    return "good" if value >= good else "fair"


def code_session(turns: Sequence[Turn], coder: Coder = code_turn) -> tuple[CodedTrainee, ...]:
    """Code each trainee turn against the client line before it; mark question runs."""
    out: list[CodedTrainee] = []
    run = 0
    for index, turn, context in with_context(turns):
        coded = coder(turn.text, context)
        run = run + 1 if coded.code in QUESTIONS else 0 if coded.code in REFLECTIONS else run
        flags = coded.flags + ((Flag.QUESTION_RUN,) if run >= 3 else ())
        out.append(CodedTrainee(index, turn.text, context, coded, flags))
    return tuple(out)


def longest_question_run(coded: Sequence[CodedTrainee]) -> int:
    """Most questions in a row with no reflection between them (other moves do not break it)."""
    best = run = 0
    for turn in coded:
        if turn.coded.code in QUESTIONS:
            run += 1
            best = max(best, run)
        elif turn.coded.code in REFLECTIONS:
            run = 0
    return best


def score_session(turns: Sequence[Turn], coder: Coder = code_turn) -> SessionScores:
    coded = code_session(turns, coder)
    counts = Counter(t.coded.code for t in coded)
    n = len(coded)
    coded_n = sum(v for k, v in counts.items() if k is not Code.OTHER) or 0
    reflections = sum(counts[c] for c in REFLECTIONS)
    questions = sum(counts[c] for c in QUESTIONS)
    complex_ = counts[Code.REFLECTION_COMPLEX]
    stances = Counter(t.coded.stance for t in coded if t.coded.code is not Code.OTHER)
    joining = stances[Stance.JOINING] / coded_n if coded_n else 0.0
    confronting = stances[Stance.CONFRONTING] / coded_n if coded_n else 0.0
    trainee_words = sum(len(t.text.split()) for t in turns if t.speaker == "trainee")
    all_words = sum(len(t.text.split()) for t in turns)
    flag_counts = Counter(f.value for t in coded for f in t.flags)
    early = [t for t in coded[:3] if t.coded.code is Code.PERSUADE]
    if early and not any(t.coded.code in REFLECTIONS for t in coded[: coded.index(early[0])]):
        flag_counts["righting_reflex_early"] = 1

    r_q = _ratio(reflections, questions)
    pct_cr = _ratio(complex_, reflections)
    pct_oq = _ratio(counts[Code.QUESTION_OPEN], questions)
    per_turn = (lambda k: k / n) if n else (lambda k: 0.0)
    rq_value = r_q if r_q is not None else (2.0 if reflections else 0.0)
    globals_ = _globals(counts, n, rq_value, pct_cr or 0.0, joining, confronting, per_turn)
    relational = (globals_["partnership"].score + globals_["empathy"].score) / 2
    technical = (globals_["cultivating_change_talk"].score
                 + globals_["softening_sustain_talk"].score) / 2
    bands = {
        "r_q": band(rq_value if (reflections or questions) else None, 1.0, 2.0),
        "pct_complex_reflection": band(pct_cr, 0.4, 0.5),
        "relational": band(relational, 3.5, 4.0),
        "technical": band(technical, 3.0, 4.0),
    }
    run = longest_question_run(coded)
    parts = {
        "joining": round(0.35 * joining, 3),
        "reflection_to_question": round(0.15 * _clamp(rq_value / 2), 3),
        "complex_reflections": round(0.15 * _clamp((pct_cr or 0.0) / 0.5), 3),
        "relational": round(0.15 * (relational - 1) / 4, 3),
        "technical": round(0.20 * (technical - 1) / 4, 3),
        "confrontation_penalty": round(-0.6 * confronting, 3),
        "question_run_penalty": round(-0.02 * max(run - 2, 0), 3),
    }
    score = round(100 * _clamp(sum(parts.values()))) if n else 0
    return SessionScores(
        turns=coded,
        counts={c.value: counts[c] for c in Code},
        r_q=r_q,
        pct_complex_reflection=pct_cr,
        pct_open_question=pct_oq,
        mi_adherent=sum(counts[c] for c in MI_ADHERENT),
        mi_non_adherent=sum(counts[c] for c in MI_NON_ADHERENT),
        joining_share=round(joining, 3),
        confronting_share=round(confronting, 3),
        trainee_talk_share=round(trainee_words / all_words, 3) if all_words else 0.0,
        longest_question_run=run,
        flag_counts=dict(flag_counts),
        globals=globals_,
        bands=bands,
        score=score,
        score_parts=parts,
    )


def _globals(
    counts: Counter[Code], n: int, rq: float, pct_cr: float, joining: float,
    confronting: float, per_turn: Callable[[int], float],
) -> dict[str, GlobalRating]:
    seek = counts[Code.SEEKING_COLLABORATION] + counts[Code.PERSUADE_WITH_PERMISSION]
    autonomy = counts[Code.EMPHASIZING_AUTONOMY]
    complex_ = counts[Code.REFLECTION_COMPLEX]
    open_q = counts[Code.QUESTION_OPEN]
    affirm = counts[Code.AFFIRM]
    persuade = counts[Code.PERSUADE]
    confront = counts[Code.CONFRONT]
    refl = sum(counts[c] for c in REFLECTIONS)
    empathy = (0.45 * _clamp(rq / 2) + 0.35 * _clamp(pct_cr / 0.5)
               + 0.20 * _clamp(per_turn(refl) / 0.5) - 1.5 * confronting)
    partnership = (0.35 * _clamp(per_turn(seek + autonomy) / 0.2) + 0.35 * joining
                   + 0.30 * _clamp(per_turn(open_q + refl) / 0.6) - 2.0 * confronting)
    cultivating = (0.4 * _clamp(per_turn(open_q) / 0.25) + 0.4 * _clamp(per_turn(complex_) / 0.25)
                   + 0.2 * _clamp(per_turn(affirm) / 0.1) - 1.5 * per_turn(persuade))
    softening = (0.5 * (1 - _clamp(3 * confronting)) + 0.3 * _clamp(per_turn(complex_) / 0.2)
                 + 0.2 * _clamp(per_turn(autonomy) / 0.1))
    if not n:
        empathy = partnership = cultivating = softening = 0.0
    return {
        "partnership": GlobalRating(_rating(partnership), (
            f"{seek} collaboration/permission and {autonomy} autonomy moves in {n} turns",
            f"joining share {joining:.0%}, confronting share {confronting:.0%}",
        )),
        "empathy": GlobalRating(_rating(empathy), (
            f"R:Q {rq:.2f}, complex reflections {pct_cr:.0%} of {refl}",
            f"{confront} confrontations, confronting share {confronting:.0%}",
        )),
        "cultivating_change_talk": GlobalRating(_rating(cultivating), (
            f"{open_q} open questions, {complex_} complex reflections, {affirm} affirmations",
            f"{persuade} unasked-for advice",
        )),
        "softening_sustain_talk": GlobalRating(_rating(softening), (
            f"confronting share {confronting:.0%}",
            f"{complex_} complex reflections, {autonomy} autonomy statements",
        )),
    }
