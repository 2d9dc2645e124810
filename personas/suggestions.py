"""Suggestions tested on the client: every candidate replayed from the state the moment began in.

A suggestion a trainee is told "would have done better" has to have done better.  So each
candidate the generator builds from the client's words is coded as the live turn would be and
played through a copy of the client from the stored state; the one that earns most is offered,
and only if it beats what the trainee actually got.  Otherwise the moment names the move.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from personas.engine import ClientEngine, ClientState
from personas.machine import WALKED_OUT
from scoring.alternatives import PER_MOVE, Candidate, candidates
from scoring.coder import code_turn
from scoring.feedback import Suggestion
from scoring.moves import MOVE_NAMES, Move, asks_process, read
from scoring.rephrase import has_content
from scoring.report import Replay
from scoring.session import same_again

# The client gave no words to work with ("...", "[shrugs] Fine."): the move, not a line.
NOTHING_SAID = "a reflection of what they are showing you (the silence, the shrug), or room to take their time"
# They said something the generator could not turn into a line ("Are you reading that off a card?").
SAID_BACK = "a reply that takes up what they just said, in their own words"


@dataclass(frozen=True, slots=True)
class Tried:
    candidate: Candidate
    after: int
    reply: str
    left: bool = False  # the client walked out after it


def replay(engine: ClientEngine, before: dict[str, Any], text: str) -> tuple[int, str, bool]:
    """Openness after `text`, the client's reply and whether they walked out, from a copy of the stored state."""
    state = ClientState.restore(before)
    if state.ended:
        return state.openness, "", False
    said, history = engine.context(state)
    reply = engine.respond(state, code_turn(text, said, history), text, remember=False)
    return state.openness, reply.text, state.state == WALKED_OUT


# Openness points a line that adds meaning (the feeling under it, both sides, a guess at what it means) may trail
# the best line by and still be offered first.  The client pays a reflection of their own words in full, so the
# best replay was most often their sentence back with a stock tail ("Twenty, give or take. Where does that leave
# you?"); two helper rounds counted 15 of 20 suggestions of that shape and said they teach parroting.
ADDS_MEANING_EDGE = 2
_ADDS_MEANING = frozenset({Move.COMPLEX, Move.DOUBLE, Move.FEELING})


def tried(engine: ClientEngine, before: dict[str, Any], found: Sequence[Candidate]) -> list[Tried]:
    """Every candidate replayed: those the client stays for first, then most openness, a line that adds meaning
    counted ADDS_MEANING_EDGE higher (ties: the generator's order).  At openness 0 a line that keeps the client in
    the room is worth more than any number."""
    results = [Tried(c, *replay(engine, before, c.text)) for c in found]
    return sorted(results, key=lambda t: (t.left, -(t.after + (ADDS_MEANING_EDGE if t.candidate.move in
                                                                  _ADDS_MEANING else 0))))


def lines_before(state: dict[str, Any]) -> tuple[str, ...]:
    """The client's recent lines as the stored state remembers them, oldest first."""
    return tuple(state.get("recent") or ())


def _privacy(engine: ClientEngine, lines: Sequence[str], said: Sequence[str]) -> list[Candidate]:
    """The persona's honest answer about what is written down and who hears it, when the client
    has just asked and the trainee has not given it already."""
    answer = engine.persona.privacy
    if not (answer and lines and asks_process(lines[-1])) or same_again(answer, said):
        return []
    return [Candidate(answer, Move.ANSWER, answer, ())]


def suggestion(engine: ClientEngine, before: dict[str, Any], actual_after: int, said: Sequence[str],
               moves: Sequence[Move] | None = None, per_move: int = PER_MOVE, actual_left: bool = False) -> Suggestion:
    """The candidate that earns most from `before`, if it beats `actual_after`, or keeps the client in the room
    when the trainee's own turn (`actual_left`) made them walk out; else the move.
    `per_move` frames are tried for each fitting move (the report tries two; coach mode, which
    answers while the trainee waits, one)."""
    lines = lines_before(before)
    found = candidates(lines, said, moves, per_move) if lines else []
    found += _privacy(engine, lines, said)
    results = tried(engine, before, found)
    start = int(before.get("openness", 0))
    top = next((r for r in results if not r.left and (r.after > actual_after or actual_left)), None)
    if top is not None:
        kept = actual_left and top.after <= actual_after
        return Suggestion(top.candidate.text, top.candidate.move_name, Replay(start, actual_after, top.after, kept))
    moves_now = list(moves or read(lines).moves) if lines else []
    quiet = not lines or not has_content(lines[-1])
    move = found[0].move_name if found else (
        MOVE_NAMES[moves_now[0]] if moves_now else NOTHING_SAID if quiet else SAID_BACK)
    # With nothing tried there is no replay to report, only the move.
    return Suggestion("", move, Replay(start, actual_after, None) if found else None)
