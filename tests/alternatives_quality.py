"""Quality checks for suggested alternatives, over every client line of every persona and the client
lines of the realistic tuning sessions (`sessions_tune.csv`; the untouched half is never used).

The checks are written here, apart from the generator's own guards, so a guard that stops working
shows up as a failing count rather than passing silently.  `python -m tests.alternatives_quality`
prints the counts and the commonest frames; the tests assert on the same figures.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from personas.engine import engine_for
from personas.library import packaged_library
from personas.models import Band, Persona, band_of
from personas.replay import replay
from personas.suggestions import suggestion
from scoring.alternatives import Candidate, best
from scoring.coder import CodedTurn, code_turn
from scoring.evaluate import read_labelled
from scoring.feedback import growth_moments
from scoring.rephrase import flip, sentences
from scoring.session import score_session
from scoring.transcript import Turn

REALISTIC = Path(__file__).parent / "data" / "realistic" / "sessions_tune.csv"
CLOSED_QUESTION = "Did that happen this week?"
# "we" may include the counsellor ("how we'd know it was working"), so only the singular counts.
_FIRST = re.compile(r"\b(?:i|me|my|mine|myself|i'm|i've|i'd|i'll)\b", re.IGNORECASE)
_SECOND = re.compile(r"\b(?:you|your|yours|yourself|you're|you've|you'd|you'll|u|ur|ya)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Moment:
    """A client line to answer, what came before it, and the persona state that heard it."""

    persona: Persona
    line: str
    history: tuple[str, ...] = ()
    trainee_said: tuple[str, ...] = ()
    openness: int = 0


def _as_said(line: str) -> str:
    """A line as the client says it: "{if:…}" and "{after:…}" marks dropped, "{said:a|b}" as its first word."""
    line = re.sub(r"\{(?:if|after):[^}]*\}\s*", "", line)
    return re.sub(r"\{said:([^|}]*)[^}]*\}", r"\1", line)


def persona_lines(persona: Persona) -> Iterator[tuple[str, int]]:
    """Every line the persona can say, with an openness it says it at."""
    for line, at in _persona_lines(persona):
        yield _as_said(line), at


def _persona_lines(persona: Persona) -> Iterator[tuple[str, int]]:
    start = persona.start_openness
    for band in Band:
        at = max(start, min(100, {Band.CLOSED: 10, Band.GUARDED: 30, Band.AMBIVALENT: 50,
                                  Band.ENGAGED: 70, Band.OPEN: 85}[band])) if band is not Band.CLOSED else 10
        for line in persona.lines.of(band):
            yield line, at
        for topic in persona.topics:
            for line in topic.lines.of(band):
                yield line, at
    for d in persona.disclosures:
        yield d.text, d.at
    r = persona.reactions
    for pool in (r.joined, r.questioned, r.advised, r.confronted, r.reassured, r.too_fast, r.agreed, r.repeated,
                 persona.rupture, persona.walk_out, persona.repair, [persona.breakthrough], persona.confused,
                 persona.backchannels, persona.warning, *(t.refuse for t in persona.topics)):
        for line in pool:
            yield line, start


def read_rows(path: Path) -> list[dict[str, str]]:
    import csv

    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@cache
def library_moments() -> tuple[Moment, ...]:
    return tuple(Moment(p, line, openness=at) for p in packaged_library() for line, at in persona_lines(p))


@cache
def realistic_moments() -> tuple[Moment, ...]:
    """Each client line of the tuning sessions, with the session so far; each session is heard by
    one persona in turn (they have no persona of their own)."""
    personas = list(packaged_library())
    out: list[Moment] = []
    sessions: dict[str, list[tuple[str, str]]] = {}
    for turn in read_labelled(REALISTIC):
        if turn.context:
            sessions.setdefault(turn.session, []).append((turn.context, turn.text))
    for i, (_, turns) in enumerate(sorted(sessions.items())):
        persona = personas[i % len(personas)]
        clients: list[str] = []
        said: list[str] = []
        for client, trainee in turns:
            if not clients or clients[-1] != client:
                clients.append(client)
                out.append(Moment(persona, client, tuple(clients[-4:-1]), tuple(said), persona.start_openness + 10))
            said.append(trainee)
    return tuple(out)


def well_formed(text: str) -> bool:
    ends = re.findall(r"[.?!](?:\s|$)", text)
    return (text[:1].isupper() and text[-1:] in ".?" and 1 <= len(ends) <= 2
            and not re.search(r"\b(\w+)\s+\1\b", text, re.IGNORECASE)
            and not re.search(r"\bso,? (?:oh|yeah|um|uh|well|like)\b", text, re.IGNORECASE))


def keeps_first_person(candidate: Candidate, line: str) -> bool:
    """More first-person words in the client's words said back than the client's "you" can explain."""
    mine = sum(len(_FIRST.findall(s)) for s in candidate.slots)
    return mine > len(_SECOND.findall(line))


def quotes_a_question(text: str, line: str) -> bool:
    """A question the client asked, handed back as a statement."""
    low = text.lower()
    for s in sentences(line):
        if s.endswith("?"):
            core = flip(s.rstrip("?")).lower()
            embedded = re.match(r"(?:what|how|why|where|when|who|which)\b", core) or re.search(
                rf"(?:whether|what|how|why|where|when|who) {re.escape(core)}", low)
            if len(core.split()) >= 3 and core in low and not embedded:
                return True
    return False


def replay_gain(moment: Moment, text: str) -> int:
    """Openness after `text`, from the state that has just heard the line.  The closed question is
    coded once, without context: its words name nothing of any client, so its listening is the
    same whatever the line, and coding it 3,000 times would only cost time."""
    engine = engine_for(moment.persona)
    state = engine.new_state(7)
    state.openness = moment.openness
    state.state = band_of(moment.openness).value
    # A client this open has had the moves its type needs to get here.
    state.moves = tuple(a.move for a in moment.persona.approach if a.unlocks is not None and a.unlocks <= moment.openness)
    for line in (*moment.history, moment.line):
        engine.hear(state, line)
    said, history = engine.context(state)
    coded = _closed_question() if text == CLOSED_QUESTION else code_turn(text, said, history)
    engine.respond(state, coded, text)
    after = state.openness
    return after


@cache
def _closed_question() -> CodedTurn:
    return code_turn(CLOSED_QUESTION)


@dataclass
class Tally:
    """How many alternatives pass each check, and what the frames look like."""

    lines: int = 0
    offered: int = 0
    well_formed: int = 0
    no_first_person: int = 0
    no_question_as_statement: int = 0
    joining_specific: int = 0
    beats_closed_question: int = 0
    frames: Counter[str] = field(default_factory=Counter)
    moves: Counter[str] = field(default_factory=Counter)
    failures: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def fail(self, check: str, line: str, text: str) -> None:
        self.failures.setdefault(check, []).append((line, text))

    @property
    def top_frame_share(self) -> float:
        return self.frames.most_common(1)[0][1] / self.offered if self.offered else 0.0

    def render(self, title: str) -> str:
        rows = [f"{title}: {self.lines} client lines, {self.offered} with an alternative"]
        for name in ("well_formed", "no_first_person", "no_question_as_statement", "joining_specific",
                     "beats_closed_question"):
            rows.append(f"  {name.replace('_', ' ')}: {getattr(self, name)}/{self.offered}")
        rows.append(f"  commonest frame: {self.top_frame_share:.1%} of alternatives")
        rows += [f"    {n:4d}  {frame}" for frame, n in self.frames.most_common(10)]
        rows.append("  moves: " + ", ".join(f"{m} {n}" for m, n in self.moves.most_common()))
        return "\n".join(rows)


def check(moments: tuple[Moment, ...], replay: bool = True) -> tuple[Tally, list[tuple[Moment, Candidate]]]:
    tally = Tally()
    offered: list[tuple[Moment, Candidate]] = []
    for m in moments:
        tally.lines += 1
        lines = (*m.history, m.line)
        candidate = best(lines, m.trainee_said)
        if candidate is None:
            continue
        offered.append((m, candidate))
        text = candidate.text
        tally.offered += 1
        tally.frames[candidate.frame] += 1
        tally.moves[candidate.move.value] += 1
        for name, ok in (
            ("well_formed", well_formed(text)),
            ("no_first_person", not keeps_first_person(candidate, m.line)),
            ("no_question_as_statement", not quotes_a_question(text, m.line)),
        ):
            setattr(tally, name, getattr(tally, name) + ok)
            if not ok:
                tally.fail(name, m.line, text)
        coded = code_turn(text, m.line, m.history[-3:])
        if coded.stance.value == "joining" and coded.link == "specific":
            tally.joining_specific += 1
        else:
            tally.fail("joining_specific", m.line, f"{text} <{coded.code.value}/{coded.link}>")
        if replay:
            if replay_gain(m, text) > replay_gain(m, CLOSED_QUESTION):
                tally.beats_closed_question += 1
            else:
                tally.fail("beats_closed_question", m.line, text)
    return tally, offered


@dataclass
class GrowthTally:
    """Growth moments of the realistic sessions, replayed: how many got a line, and whether each
    line beat the counsellor's own turn from the same state."""

    moments: int = 0
    offered: int = 0
    beats_own_turn: int = 0
    named_move: int = 0


@cache
def realistic_growth() -> GrowthTally:
    """Each tuning session replayed through a persona (against its own client lines); each growth
    moment the scorer finds gets the replayed suggestion from the state that turn began in."""
    personas = list(packaged_library())
    sessions: dict[str, list[Turn]] = {}
    for row in read_rows(REALISTIC):
        sessions.setdefault(row["session"], []).append(
            Turn("trainee" if row["speaker"] == "counsellor" else "client", row["text"]))
    tally = GrowthTally()
    for i, (_, turns) in enumerate(sorted(sessions.items())):
        persona = personas[i % len(personas)]
        played = replay(persona.id, turns, seed=3)
        entries = [e for e in played.active if e.speaker == "trainee"]
        scores = score_session(turns)
        for moment in growth_moments(scores, limit=3):
            number = sum(1 for t in scores.turns if t.index <= moment.turn_index) - 1
            if number >= len(entries) or entries[number].before is None or entries[number].explanation is None:
                continue
            entry = entries[number]
            assert entry.before is not None and entry.explanation is not None
            said = [t.text for t in scores.turns if t.index <= moment.turn_index]
            got = suggestion(engine_for(persona), entry.before, entry.explanation["openness_after"], said)
            tally.moments += 1
            if got.alternative:
                tally.offered += 1
                assert got.replay is not None and got.replay.alternative_after is not None
                tally.beats_own_turn += got.replay.alternative_after > entry.explanation["openness_after"]
            else:
                tally.named_move += bool(got.move)
    return tally


@cache
def library_check() -> tuple[Tally, list[tuple[Moment, Candidate]]]:
    return check(library_moments())


@cache
def realistic_check() -> tuple[Tally, list[tuple[Moment, Candidate]]]:
    return check(realistic_moments())


if __name__ == "__main__":
    import sys

    g = realistic_growth()
    print(f"realistic session growth moments: {g.moments}; a line offered for {g.offered} "
          f"(each beat the counsellor's own turn when replayed: {g.beats_own_turn}), the move named for "
          f"{g.named_move}")
    for title, (tally, _) in (("persona library", library_check()), ("realistic sessions", realistic_check())):
        print(tally.render(title))
        if "-v" in sys.argv:
            for check_name, rows in tally.failures.items():
                print(f"  -- failing {check_name}: {len(rows)}")
                for line, text in rows[:15]:
                    print(f"     {line!r}\n        -> {text}")
