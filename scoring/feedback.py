"""Feedback that teaches: what worked, what to try instead, built from the trainee's own turns.

Practice without feedback made trainees' empathy worse in a randomised study; specific feedback
with an alternative reply improved it.  So every growth moment quotes the turn, names the code
and its cue, offers a joining reply made from the client's own last words, and says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from scoring import rephrase
from scoring.codes import Code, Flag, Stance
from scoring.session import CodedTrainee, SessionScores

_STRENGTH_VALUE: dict[Code, float] = {
    Code.REFLECTION_COMPLEX: 5.0, Code.EMPHASIZING_AUTONOMY: 4.5, Code.AFFIRM: 4.2,
    Code.SEEKING_COLLABORATION: 4.0, Code.PERSUADE_WITH_PERMISSION: 3.5,
    Code.QUESTION_OPEN: 3.0, Code.REFLECTION_SIMPLE: 2.5,
}
_STRENGTH_WHY: dict[Code, str] = {
    Code.REFLECTION_COMPLEX: "It named what sat under the client's words, so they felt understood, "
    "not questioned.",
    Code.EMPHASIZING_AUTONOMY: "Handing the choice back lowers the need to resist: there is nothing "
    "left to push against.",
    Code.AFFIRM: "Recognising a specific strength builds the client's confidence that change is possible.",
    Code.SEEKING_COLLABORATION: "Asking rather than telling makes the client a partner in the work.",
    Code.PERSUADE_WITH_PERMISSION: "Advice offered with permission keeps the client free to take it or leave it.",
    Code.QUESTION_OPEN: "An open question lets the client choose what matters, which invites more than a yes or no.",
    Code.REFLECTION_SIMPLE: "Repeating the client's words shows you were listening and keeps them talking.",
}


@dataclass(frozen=True, slots=True)
class Moment:
    """One quoted turn with what it was, and for growth moments what to try instead."""

    kind: str  # "strength" or "growth"
    turn_index: int
    quote: str
    code: str
    reason: str
    why: str
    client_said: str = ""
    alternative: str = ""
    issue: str = ""

    def to_dict(self) -> dict[str, Any]:
        data = {"kind": self.kind, "turn_index": self.turn_index, "quote": self.quote,
                "code": self.code, "reason": self.reason, "why": self.why}
        if self.kind == "growth":
            data |= {"issue": self.issue, "client_said": self.client_said,
                     "alternative": self.alternative}
        return data


@dataclass(frozen=True, slots=True)
class Report:
    score: int
    headline: str
    strengths: tuple[Moment, ...]
    growth: tuple[Moment, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"score": self.score, "headline": self.headline,
                "strengths": [m.to_dict() for m in self.strengths],
                "growth": [m.to_dict() for m in self.growth]}


# What went wrong, the joining reply to offer, and why it works better; worst first.
_GROWTH: tuple[tuple[str, str, str], ...] = (
    ("confront", "autonomy_reflection",
     "Arguing makes the client defend the other side; reflecting their view and leaving the "
     "choice with them leaves nothing to push against."),
    ("labelling", "autonomy_reflection",
     "A label asks the client to accept a verdict; a reflection invites them to look at it themselves."),
    ("sarcasm", "reflection",
     "Irritation tells the client they are failing you; a reflection tells them you are still with them."),
    ("persuade", "reflection",
     "Unasked-for advice triggers the urge to explain why it won't work; reflecting first lets "
     "the client find their own reasons."),
    ("premature_reassurance", "reflection",
     "Reassurance closes the topic before the client feels heard; naming the feeling keeps it open."),
    ("demand_feeling", "reflection",
     "Asking someone to produce a feeling puts them on the spot; offering your guess at it is gentler."),
    ("stacked_questions", "open_question",
     "Several questions at once make the client pick one and drop the rest; one open question is enough."),
    ("question_run", "reflection",
     "A string of questions feels like an interview; a reflection between them shows you heard the answer."),
    ("question_closed", "open_question",
     "A closed question gets a yes or no; an open one hands the client the floor."),
)
_ISSUE_TEXT = {
    "confront": "confrontation", "labelling": "a label", "sarcasm": "sarcasm or irritation",
    "persuade": "advice without permission", "premature_reassurance": "premature reassurance",
    "demand_feeling": "a demand to name feelings", "stacked_questions": "stacked questions",
    "question_run": "a run of questions without a reflection",
    "question_closed": "a closed question",
}


def _issues(turn: CodedTrainee) -> set[str]:
    found = {f.value for f in turn.flags}
    if turn.coded.code in (Code.CONFRONT, Code.PERSUADE, Code.QUESTION_CLOSED):
        found.add(turn.coded.code.value)
    return found


def _alternative(style: str, client_said: str) -> str:
    if style == "autonomy_reflection":
        return rephrase.autonomy_reflection(client_said)
    if style == "open_question":
        return rephrase.open_question(client_said)
    return rephrase.reflection(client_said)


def growth_moments(scores: SessionScores, limit: int = 3) -> tuple[Moment, ...]:
    """The turns most worth redoing, worst kind first, one per turn."""
    picked: list[Moment] = []
    used: set[int] = set()
    for issue, style, why in _GROWTH:
        for turn in scores.turns:
            if len(picked) >= limit:
                return tuple(picked)
            if turn.index in used or issue not in _issues(turn):
                continue
            used.add(turn.index)
            picked.append(Moment(
                "growth", turn.index, turn.text, turn.coded.code.value, turn.coded.reason, why,
                client_said=turn.context, alternative=_alternative(style, turn.context),
                issue=_ISSUE_TEXT[issue],
            ))
    return tuple(picked)


def strengths(scores: SessionScores, limit: int = 3) -> tuple[Moment, ...]:
    """The best joining turns, preferring different kinds of move."""
    ranked = sorted(
        (t for t in scores.turns
         if t.coded.stance is Stance.JOINING and t.coded.code in _STRENGTH_VALUE
         and not {Flag.PREMATURE_REASSURANCE, Flag.STACKED_QUESTIONS} & set(t.flags)),
        key=lambda t: (-_STRENGTH_VALUE[t.coded.code] - 0.1 * t.coded.confidence, t.index),
    )
    picked: list[CodedTrainee] = []
    for turn in ranked:
        if len(picked) < limit and turn.coded.code not in {p.coded.code for p in picked}:
            picked.append(turn)
    for turn in ranked:  # fill with repeats of a kind if there were not enough kinds
        if len(picked) < min(limit, 2) and turn not in picked:
            picked.append(turn)
    return tuple(
        Moment("strength", t.index, t.text, t.coded.code.value, t.coded.reason,
               _STRENGTH_WHY[t.coded.code])
        for t in sorted(picked, key=lambda t: t.index)
    )


def _headline(scores: SessionScores) -> str:
    if not scores.turns:
        return "No trainee turns to score yet."
    if scores.confronting_share >= 0.3:
        return "The client spent much of this session defending themselves; try joining before steering."
    if scores.joining_share >= 0.7 and (scores.r_q or 0) >= 1:
        return "You mostly joined the client and reflected more than you asked; keep building on that."
    if (scores.r_q or 0) < 1:
        return "You asked more than you reflected; the client needs to hear themselves back more often."
    return "A mixed session: some good joining, with moments that pushed the client away."


def build_report(scores: SessionScores) -> Report:
    return Report(scores.score, _headline(scores), strengths(scores), growth_moments(scores))


def render_text(scores: SessionScores, report: Report) -> str:
    """The plain-text report shown in the terminal and in Telegram."""
    rq = "n/a" if scores.r_q is None else f"{scores.r_q:.2f}"
    cr = "n/a" if scores.pct_complex_reflection is None else f"{scores.pct_complex_reflection:.0%}"
    lines = [
        f"Session score: {report.score}/100",
        report.headline,
        "",
        f"R:Q {rq} ({scores.bands['r_q']}) · complex reflections {cr} "
        f"({scores.bands['pct_complex_reflection']}) · joining {scores.joining_share:.0%} · "
        f"confronting {scores.confronting_share:.0%}",
        "Global ratings (1-5): " + ", ".join(
            f"{name.replace('_', ' ')} {rating.score:g}" for name, rating in scores.globals.items()
        ),
    ]
    if report.strengths:
        lines += ["", "What worked:"]
        for m in report.strengths:
            lines += [f"  + \"{m.quote}\"", f"    {m.code.replace('_', ' ')}: {m.reason}",
                      f"    {m.why}"]
    if report.growth:
        lines += ["", "Try this instead:"]
        for m in report.growth:
            lines.append(f"  - \"{m.quote}\"")
            lines.append(f"    {m.issue} ({m.code.replace('_', ' ')}): {m.reason}")
            if m.client_said:
                lines.append(f"    The client had said: \"{m.client_said}\"")
            lines += [f"    Try: \"{m.alternative}\"", f"    Why: {m.why}"]
    return "\n".join(lines)
