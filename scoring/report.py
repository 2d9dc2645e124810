"""The feedback report as structure, and its plain-text rendering.

The report is stored as this structure (not only as text), so the terminal, Telegram, the HTML
export and `/report N` all render the same thing, and the trainee's own rating can be added after
the session has been stored.  `render_text` prints only what the structure holds: a band appears
only beside a figure that exists, and each headline comes with the condition it was chosen by.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

SELF_RATED = ("empathy", "partnership")  # the global ratings a trainee rates themselves on


@dataclass(frozen=True, slots=True)
class Replay:
    """The suggestion replayed through the client from the state the real turn started in.
    `alternative_after` is None when no suggestion did better than the trainee's own turn."""

    before: int
    actual_after: int
    alternative_after: int | None = None
    kept: bool = False  # the trainee's turn ended the session and this one would have kept the client there

    def to_dict(self) -> dict[str, Any]:
        return {"before": self.before, "actual_after": self.actual_after,
                "alternative_after": self.alternative_after, "kept": self.kept}


@dataclass(frozen=True, slots=True)
class Moment:
    """One quoted turn with what it was, and for growth moments what to try instead: a line in the
    client's words (`alternative`), or when no line would have done better, the move (`move`)."""

    kind: str  # "strength" or "growth"
    turn_index: int
    quote: str
    code: str
    reason: str
    why: str
    client_said: str = ""
    alternative: str = ""
    issue: str = ""
    move: str = ""
    replay: Replay | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "turn_index": self.turn_index, "quote": self.quote,
                                "code": self.code, "reason": self.reason, "why": self.why}
        if self.kind == "growth":
            data |= {"issue": self.issue, "client_said": self.client_said, "alternative": self.alternative,
                     "move": self.move, "replay": self.replay.to_dict() if self.replay else None}
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Moment:
        replay = data.get("replay")
        return cls(data.get("kind", "growth"), int(data.get("turn_index", 0)), data.get("quote", ""),
                   data.get("code", ""), data.get("reason", ""), data.get("why", ""),
                   data.get("client_said", ""), data.get("alternative", ""), data.get("issue", ""),
                   data.get("move", ""), Replay(**replay) if replay else None)


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure as printed, with its band and the condition the band stands for (None: no band)."""

    name: str
    shown: str
    band: str | None = None
    condition: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "shown": self.shown, "band": self.band, "condition": self.condition}


@dataclass(frozen=True, slots=True)
class Held:
    """Something the client said in passing that a supervisor would name after the session: the client's sentence and
    what to hold in mind about it.  It needs no move in this session and changes no score."""

    quote: str
    note: str

    def to_dict(self) -> dict[str, str]:
        return {"quote": self.quote, "note": self.note}


@dataclass(frozen=True)
class Report:
    score: int
    headline: str
    strengths: tuple[Moment, ...]
    growth: tuple[Moment, ...]
    headline_id: str = "mixed"
    headline_condition: str = ""
    scoring_version: int = 1
    figures: tuple[Figure, ...] = ()
    ratings: dict[str, float] = field(default_factory=dict)
    listening: str = ""  # the listening figure in words
    outcome: str | None = None
    openness_path: tuple[int, ...] = ()
    self_rating: dict[str, int] | None = None  # None: not asked (yet); {}: skipped
    trainee_turns: int = 0  # how many turns the score rests on (0: not recorded, older reports)
    held: tuple[Held, ...] = ()  # what the client said in passing that is worth holding in mind

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score, "scoring_version": self.scoring_version, "headline": self.headline,
            "headline_id": self.headline_id, "headline_condition": self.headline_condition,
            "figures": [f.to_dict() for f in self.figures], "ratings": self.ratings, "listening": self.listening,
            "strengths": [m.to_dict() for m in self.strengths], "growth": [m.to_dict() for m in self.growth],
            "outcome": self.outcome, "openness_path": list(self.openness_path), "self_rating": self.self_rating,
            "trainee_turns": self.trainee_turns, "held": [h.to_dict() for h in self.held],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        return cls(
            score=int(data.get("score", 0)), headline=data.get("headline", ""),
            strengths=tuple(Moment.from_dict(m) for m in data.get("strengths") or ()),
            growth=tuple(Moment.from_dict(m) for m in data.get("growth") or ()),
            headline_id=data.get("headline_id", "mixed"), headline_condition=data.get("headline_condition", ""),
            scoring_version=int(data.get("scoring_version") or 1),
            figures=tuple(Figure(**f) for f in data.get("figures") or ()),
            ratings=dict(data.get("ratings") or {}), listening=data.get("listening", ""),
            outcome=data.get("outcome"), openness_path=tuple(data.get("openness_path") or ()),
            self_rating=data.get("self_rating"), trainee_turns=int(data.get("trainee_turns") or 0),
            held=tuple(Held(h.get("quote", ""), h.get("note", "")) for h in data.get("held") or ()),
        )

    def rated(self, empathy: int | None, partnership: int | None) -> Report:
        """The same report with the trainee's own ratings (None for one they skipped)."""
        given = {k: v for k, v in (("empathy", empathy), ("partnership", partnership)) if v is not None}
        return replace(self, self_rating=given)


def _figures_line(report: Report) -> str:
    parts = []
    for f in report.figures:
        if f.name in ("relational", "technical"):
            continue
        parts.append(f"{f.shown} ({f.band})" if f.band else f.shown)
    return " · ".join(parts)


def _self_rating_lines(report: Report) -> list[str]:
    if report.self_rating is None:
        return []
    if not report.self_rating:
        return ["Your own rating: skipped."]
    shown = [f"{name} {report.self_rating[name]} (the scorer: {report.ratings.get(name, 0):g})"
             for name in SELF_RATED if name in report.self_rating]
    return ["Your own rating vs the scorer's: " + " · ".join(shown)]


def _code_and_reason(code: str, reason: str) -> str:
    """"seeking collaboration: it shares…", not "seeking collaboration: seeking collaboration: it shares…": the
    code is named once, whether or not the reason opens with it."""
    name = code.replace("_", " ")
    words = set(name.split())
    opening = reason.split(":", 1)[0].lower().split()
    if ":" in reason and (words & set(opening) or any(w.startswith(name[:5]) for w in opening)):
        return reason
    return f"{name}: {reason}"


_STAGE_DIRECTION = re.compile(r"\[[^\]]*\]\s*")


def _moment_lines(m: Moment) -> list[str]:
    lines = [f"  - \"{m.quote}\"", f"    {m.issue} ({m.code.replace('_', ' ')}): {m.reason}"]
    said = _STAGE_DIRECTION.sub("", m.client_said).strip()
    if said:  # what they said, not what they did ("[wags a finger] I enjoy it." read as spoken words)
        lines.append(f"    The client had said: \"{said}\"")
    if m.alternative:
        lines.append(f"    Try: \"{m.alternative}\"")
    elif m.move:
        lines.append(f"    A better move here: {m.move}.")
    lines.append(f"    Why: {m.why}")
    r = m.replay
    if r is not None and r.alternative_after is not None and m.alternative and r.kept:
        lines.append(f"    Replayed from the same moment: after your turn the client left; after this reply they "
                     f"stayed (openness {r.alternative_after}).")
    elif r is not None and r.alternative_after is not None and m.alternative:
        lines.append(f"    Replayed from the same moment: your turn took openness {r.before} → {r.actual_after}; "
                     f"this reply would have reached {r.alternative_after}.")
    return lines


# MITI rates whole segments of a session; a handful of turns says little about a trainee's style.
PROVISIONAL_UNDER = 8


def score_line(report: Report) -> str:
    """The headline figure, marked provisional when it rests on only a few turns."""
    line = f"Session score: {report.score}/100 (scoring v{report.scoring_version})"
    if 0 < report.trainee_turns < PROVISIONAL_UNDER:
        line += (f", provisional: only {report.trainee_turns} turn{'s' if report.trainee_turns != 1 else ''};"
                 f" the figures settle after about {PROVISIONAL_UNDER}")
    return line


def render_text(report: Report) -> str:
    """The plain-text report shown in the terminal and in Telegram."""
    lines = [score_line(report), report.headline, ""]
    if report.listening:
        lines.append(report.listening)
    lines.append(_figures_line(report))
    if report.ratings:
        lines.append("Global ratings (1-5): " + ", ".join(
            f"{name.replace('_', ' ')} {score:g}" for name, score in report.ratings.items()))
    banded = [f for f in report.figures if f.name in ("relational", "technical") and f.band]
    if banded:
        lines.append(" · ".join(f"{f.shown} ({f.band})" for f in banded))
    lines += _self_rating_lines(report)
    if report.strengths:
        lines += ["", "What worked:"]
        for m in report.strengths:
            lines += [f"  + \"{m.quote}\"", f"    {_code_and_reason(m.code, m.reason)}", f"    {m.why}"]
    if report.growth:
        lines += ["", "Try this instead:"]
        for m in report.growth:
            lines += _moment_lines(m)
    if report.held:
        lines += ["", "Worth holding in mind (said in passing; it changes no score):"]
        for h in report.held:
            lines += [f"  ! \"{h.quote}\"", f"    {h.note}"]
    if report.outcome:
        lines += ["", f"Outcome: {report.outcome.replace('_', ' ')}"]
    if report.openness_path:
        lines.append("Openness per turn: " + " → ".join(str(x) for x in report.openness_path))
    return "\n".join(lines)
