"""What a report may claim, and the condition on the figures under which it may claim it.

A report that says "you asked more than you reflected" after zero questions, or calls a
people-pleaser who agreed with everything "defensive", teaches the trainee to ignore it.  So
every headline is a `Claim` with its condition stated in words and in code, the headline is the
first claim whose condition holds, and a band is printed only for a figure that exists.  A
property test checks the printed claims against the figures independently.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from scoring.codes import QUESTIONS, REFLECTIONS, Code
from scoring.session import SessionScores

RECOVERED = 30  # openness points regained from the lowest point that make a session's turn its headline
# Client events that show the client defending itself (from the persona engine).
WALKED_OUT = "walked_out"  # the outcome (and event) of a played session the client left
DEFENCE_EVENTS = frozenset({"strained", "rupture", "last_warning", WALKED_OUT})


@dataclass(frozen=True, slots=True)
class Facts:
    """The figures the claims are about: the session's counts, its outcome and the client's events."""

    turns: int
    other: int  # turns coded `other`: greetings, "ok", filler
    reflections: int
    questions: int
    joining: float
    confronting: float
    listening: float
    repeats: int
    outcome: str | None
    events: Counter[str]
    low: int | None = None  # the client's lowest openness before the session's last turn
    end: int | None = None  # and where it ended
    start: int | None = None  # and where it began

    @classmethod
    def of(cls, scores: SessionScores, outcome: str | None = None, events: Iterable[str] = (),
           openness_path: Sequence[int] = ()) -> Facts:
        counts = scores.counts
        path = list(openness_path)
        return cls(
            turns=len(scores.turns), other=counts.get(Code.OTHER.value, 0),
            reflections=sum(counts.get(c.value, 0) for c in REFLECTIONS),
            questions=sum(counts.get(c.value, 0) for c in QUESTIONS),
            joining=scores.joining_share, confronting=scores.confronting_share,
            listening=scores.listening_share, repeats=scores.repeats, outcome=outcome, events=Counter(events),
            low=min(path[:-1]) if len(path) > 1 else None, end=path[-1] if path else None,
            start=path[0] if path else None,
        )

    @property
    def recovered(self) -> int:
        """How far the client came back up from its lowest point by the end (0 without a path, and 0 when
        the lowest point is where the client began: a client who only opened never closed down)."""
        if self.end is None or self.low is None or (self.start is not None and self.low >= self.start):
            return 0
        return self.end - self.low

    @property
    def defended(self) -> int:
        return sum(self.events[e] for e in DEFENCE_EVENTS)

    @property
    def formulas(self) -> int:
        """Times the client said it heard a formula: the same words, its own words back, a textbook, the line it
        quoted as what everyone else said."""
        return self.events["repeated"] + self.events["parroted"] + self.events["technique"] + self.events["cliche"]


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    condition: str  # the condition on the figures, as a supervisor would read it
    holds: Callable[[Facts], bool]
    say: Callable[[Facts], str]

    def to_dict(self, facts: Facts) -> dict[str, Any]:
        return {"id": self.id, "text": self.say(facts), "condition": self.condition}


# First match wins: the endings and what most needs saying come first.
HEADLINES: tuple[Claim, ...] = (
    Claim("empty", "no trainee turns", lambda f: f.turns == 0,
          lambda f: "No trainee turns to score yet."),
    Claim("filler", "at least 80 % of turns coded `other` (greetings, 'ok', filler)",
          lambda f: f.turns > 0 and f.other >= 0.8 * f.turns,
          lambda f: "Almost nothing you said was a counselling move (greetings, 'ok', filler), so the client "
                    "had nothing to respond to."),
    Claim("walked_out", "the client walked out",
          lambda f: f.outcome == WALKED_OUT,
          lambda f: f"The client walked out after {f.turns} of your turns; the moments below show what led there."),
    Claim("agreed", "the client agreed with advice at least once (engine event `agreed`)",
          lambda f: f.events["agreed"] >= 1,
          lambda f: "The client agreed with your suggestions on the surface, and agreement is not change: "
                    "invite their own view instead of offering yours."),
    # Found by a supervisor helper: Maricel closed under advice, then opened from 5 to 73 once the trainee
    # reflected her ambivalence, and the report said only that she had spent the session defending herself.
    Claim("turned", "the client ended at least 30 points above its lowest point and at 50 or more, "
          "short of a breakthrough (which is named as one)",
          lambda f: f.recovered >= RECOVERED and (f.end or 0) >= 50 and f.outcome != "breakthrough",
          lambda f: f"The client closed down (to {f.low}) and then opened up again, to {f.end}: the moments "
                    "below show what closed them and what turned it."),
    Claim("defended", "confronting share at least 30 %, the client showed strain, a rupture or a walk-out, "
          "and never merely agreed",
          lambda f: f.confronting >= 0.3 and f.defended >= 1 and f.events["agreed"] == 0,
          lambda f: "The client spent much of this session defending themselves; try joining before steering."),
    Claim("pushed", "confronting share at least 30 %",
          lambda f: f.confronting >= 0.3,
          lambda f: f"{f.confronting:.0%} of your coded turns pushed the client; join them before steering."),
    Claim("breakthrough", "the client broke through",
          lambda f: f.outcome == "breakthrough",
          lambda f: "The client broke through: you listened, and they let you in. See what did it below."),
    # Found by playing a gamer: "that sounds really hard" three times, a validation formula three
    # times and flattery scored "you mostly joined the client… keep building on that", while the
    # client had said "Are you reading that off a card?" and "You said that already."
    Claim("noticed", "the client noticed a formula at least 3 times (engine events `repeated`, `parroted`, "
          "`technique`, `cliche`)",
          lambda f: f.formulas >= 3,
          lambda f: f"The client heard a formula {f.formulas} times and said so: a stock line or their own "
                    "words handed back count once, and the next reply is in the client's newest words."),
    Claim("repeated", "at least 3 turns, and at least 30 % of turns, repeated an earlier one",
          lambda f: f.repeats >= 3 and f.repeats >= 0.3 * f.turns,
          lambda f: f"{f.repeats} of your turns said again what earlier ones had, in the same words or the "
                    "same sentence with other words of theirs slotted in; a formula counts once, and the client "
                    "hears it as one."),
    Claim("stock", "listening share under 20 % and joining share at least 50 %",
          lambda f: f.listening < 0.2 and f.joining >= 0.5,
          lambda f: "Warm words, but few of your turns picked up what the client said: give them their own "
                    "words back."),
    Claim("no_reflections", "no reflections and at least one question",
          lambda f: f.reflections == 0 and f.questions >= 1,
          lambda f: "You asked questions but reflected nothing back; the client needs to hear themselves."),
    # Found by a gamer helper: a session of autonomy lines only ("It's your choice", "you decide") was told
    # it had "reflected at least as much as you asked", with no reflection and no question in it.
    Claim("neither", "at least 3 turns, no reflections and no questions",
          lambda f: f.turns >= 3 and f.reflections == 0 and f.questions == 0,
          lambda f: "You neither reflected nor asked: lines that would fit any client leave this one nothing "
                    "of their own to answer. Give them their words back, or ask about them."),
    Claim("asked_more", "more questions than reflections, and at least one reflection",
          lambda f: f.questions > f.reflections >= 1,
          lambda f: "You asked more than you reflected; the client needs to hear themselves back more often."),
    Claim("listened", "joining share at least 70 %, at least one reflection and at least as many as "
          "questions, and listening share at least 40 %",
          lambda f: f.joining >= 0.7 and f.reflections >= max(f.questions, 1) and f.listening >= 0.4,
          # "followed", not "picked up their own words": the share counts turns that followed the client
          # in other words at half, and a session of those alone can reach it
          lambda f: "You mostly joined the client, reflected at least as much as you asked, and followed "
                    "what they said; keep building on that."),
    Claim("mixed", "none of the above (it claims nothing about the figures)",
          lambda f: True,
          lambda f: "A mixed session: the moments below show what joined the client and what did not."),
)
CLAIMS = {c.id: c for c in HEADLINES}

# Bands (MITI competency thresholds), each printed only when its figure exists.
BANDS: dict[str, tuple[str, float, float]] = {
    "r_q": ("R:Q", 1.0, 2.0),
    "pct_complex_reflection": ("complex reflections", 0.4, 0.5),
    "relational": ("relational (partnership and empathy)", 3.5, 4.0),
    "technical": ("technical (change talk and sustain talk)", 3.0, 4.0),
}


def headline(facts: Facts) -> Claim:
    return next(c for c in HEADLINES if c.holds(facts))


def band_condition(name: str, band: str) -> str:
    label, fair, good = BANDS[name]
    if band == "good":
        return f"{label} at least {good:g}"
    if band == "fair":
        return f"{label} at least {fair:g} and under {good:g}"
    return f"{label} under {fair:g}"
