"""Hints: the *kind* of move that fits this client right now, with an example in their words.

A hint teaches a move, not a script: it names the move, shows it built from what the client just
said, and says why it fits this type of resistance at this moment.
"""

from __future__ import annotations

from dataclasses import dataclass

from personas.engine import ClientState
from personas.models import BAND_FLOOR, Band, Persona, ResistanceType
from scoring import rephrase

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
        return f"Try {self.move}, e.g. \"{self.example}\"\nWhy: {self.why}"


def hint(persona: Persona, state: ClientState, client_said: str) -> Hint:
    """Pick the move that fits the client's state, using their last line for the example."""
    why_type = TYPE_ADVICE[persona.type]
    if state.ruptured:
        return Hint("a repair: own your part and hand control back",
                    "I think I pushed too hard there. " + rephrase.autonomy_reflection(client_said),
                    "After a rupture, the client needs to see you have stopped pushing. " + why_type)
    if state.question_run >= 2:
        return Hint("a reflection instead of another question", rephrase.reflection(client_said),
                    "You have asked several questions in a row; a reflection shows you heard the answers.")
    best = max(persona.sensitivities, key=lambda c: persona.sensitivities[c])
    if state.openness < BAND_FLOOR[Band.AMBIVALENT]:
        if best.value == "emphasizing_autonomy" or persona.type in (
            ResistanceType.RELUCTANT_MANDATED, ResistanceType.REACTIVE, ResistanceType.RESISTANT_CHILD,
        ):
            return Hint("emphasizing autonomy", rephrase.autonomy_reflection(client_said), why_type)
        return Hint("a complex reflection", rephrase.reflection(client_said), why_type)
    if state.openness < BAND_FLOOR[Band.ENGAGED]:
        return Hint("a double-sided or feeling reflection", rephrase.reflection(client_said),
                    "The client is in two minds now; reflecting both sides lets them weigh it. " + why_type)
    return Hint("an open question about what matters to them", rephrase.open_question(client_said),
                "Trust is there; an open question invites the client to go further on their own terms.")
