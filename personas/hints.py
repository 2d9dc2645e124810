"""Hints: the *kind* of move that fits this client right now, with an example in their words.

A hint teaches a move, not a script: it names the move, shows it built from what the client just
said (the same generator the report's suggestions come from), and says why it fits this type of
resistance at this moment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from personas.engine import ClientState, engine_for
from personas.models import Persona, ResistanceType
from personas.suggestions import suggestion
from scoring.alternatives import PER_MOVE
from scoring.moves import MOVE_NAMES, MOVE_WHY, Move, read
from scoring.text import normalise

# What tends to open each type of resistance (domain notes, §2), in our own words.
TYPE_ADVICE: dict[ResistanceType, str] = {
    ResistanceType.RELUCTANT_MANDATED: "They did not choose to be here; give them choices and control over the pace.",
    ResistanceType.REACTIVE: "Arguing back hardens them; validate their view and leave the choice with them.",
    ResistanceType.SILENT_WITHDRAWN: "Pressure to talk closes them; make silence allowed and keep it low-key.",
    ResistanceType.PREMATURE_TERMINATION: "Near painful material they want to leave; name the"
    " discomfort and go slowly.",
    ResistanceType.INTELLECTUALIZING: "Debating the analysis keeps them in their head; gently"
    " reflect the feeling under it.",
    ResistanceType.CRISIS_ONLY: "Take the crisis seriously first; the pattern can wait until they feel helped.",
    ResistanceType.PEOPLE_PLEASING: "They will agree with anything; invite disagreement and"
    " honesty over the right answer.",
    ResistanceType.THERAPY_HOPPING: "They are testing you; explore their past therapy instead of defending yourself.",
    ResistanceType.AMBIVALENT_YES_BUT: "More suggestions get more 'yes, but'; reflect both sides of the dilemma.",
    ResistanceType.DOUBTING_THERAPY: "Reassurance sounds defensive; take the doubt seriously and"
    " ask what feels uncertain.",
    ResistanceType.STIGMA_MISTRUST: "One-size explanations confirm the mistrust; ask about their"
    " own framework with humility.",
    ResistanceType.RESISTANT_CHILD: "Adult jargon and fixing lose them; use plain words, choices"
    " and their interests.",
}


@dataclass(frozen=True, slots=True)
class Hint:
    move: str
    example: str
    why: str

    def render(self) -> str:
        if not self.example:
            return f"Try {self.move}.\nWhy: {self.why}"
        return f"Try {self.move}, e.g. \"{self.example}\"\nWhy: {self.why}"


_REFLECTIONS = (Move.DOUBLE, Move.FEELING, Move.COMPLEX, Move.SIMPLE)
_REPAIR = "I think I pushed too hard there."
# Lines for staying with a client who has given nothing new to reflect, offered in turn: the same one
# three times running is a formula (found by a helper who typed each hint: Ramon said "You keep
# saying that", and the report counted it against the trainee).
_QUIET = (
    "Take your time. What we talk about here, and how fast, is up to you.",
    "No rush. I'm happy to sit with this for a bit.",
    "We can go as slowly as you like; you don't owe me an answer.",
)
_OWN_WORDS = "Say it in your own words this time: the same line again sounds like a formula to the client. "


def _unsaid(lines: Sequence[str], said: Sequence[str]) -> str:
    """The first line the trainee has not already said in this session, or "" if they said them all."""
    before = {normalise(s) for s in said}
    return next((line for line in lines if normalise(line) not in before), "")


def hint(persona: Persona, state: ClientState, said: Sequence[str] = (), per_move: int = PER_MOVE) -> Hint:
    """The move that fits now, shown with the generator's best line in the client's words (every
    candidate replayed from the current state, as the report's suggestions are)."""
    why_type = TYPE_ADVICE[persona.type]
    engine = engine_for(persona)
    now = state.snapshot()
    if state.ruptured:
        last, earlier = engine.context(state)
        if last and read([*earlier, last]).objects:
            # they objected to the conversation itself ("Lecture, lecture."): owning it answers them; their words
            # pasted after "I pushed too hard" would read as mocking them
            found = suggestion(engine, now, -1, said, (Move.PROCESS,), per_move=per_move)
            example = found.alternative or _REPAIR
        else:
            found = suggestion(engine, now, -1, said, (Move.AUTONOMY, Move.SIMPLE), per_move=per_move)
            example = f"{_REPAIR} {found.alternative}".strip()
        return Hint("a repair: own your part and hand control back", example,
                    "After a rupture, the client needs to see you have stopped pushing. " + why_type)
    if state.question_run >= 2:
        found = suggestion(engine, now, -1, said, _REFLECTIONS)
        return Hint(found.move or "a reflection", found.alternative,
                    "You have asked several questions in a row; a reflection shows you heard the answers.")
    found = suggestion(engine, now, -1, said)
    if not found.alternative:
        line = _unsaid(_QUIET, said)
        return Hint("staying with them without pushing", line,
                    ("" if line else _OWN_WORDS)
                    + "There is nothing new in their words to reflect yet; make room for more. " + why_type)
    move = next((m for m, name in MOVE_NAMES.items() if name == found.move), Move.SIMPLE)
    return Hint(found.move, found.alternative, f"{MOVE_WHY[move]} {why_type}")
