"""The twelve behaviour codes and the stance each one takes toward the client.

The codes follow MITI 4.2.1 with questions split open/closed and `other` for talk MITI leaves
uncoded, so every trainee message gets exactly one code the rest of the product can count on.
"""

from __future__ import annotations

from enum import StrEnum


class Code(StrEnum):
    QUESTION_OPEN = "question_open"
    QUESTION_CLOSED = "question_closed"
    REFLECTION_SIMPLE = "reflection_simple"
    REFLECTION_COMPLEX = "reflection_complex"
    AFFIRM = "affirm"
    SEEKING_COLLABORATION = "seeking_collaboration"
    EMPHASIZING_AUTONOMY = "emphasizing_autonomy"
    GIVING_INFORMATION = "giving_information"
    PERSUADE = "persuade"
    PERSUADE_WITH_PERMISSION = "persuade_with_permission"
    CONFRONT = "confront"
    OTHER = "other"


class Stance(StrEnum):
    JOINING = "joining"
    NEUTRAL = "neutral"
    CONFRONTING = "confronting"


STANCE: dict[Code, Stance] = {
    Code.QUESTION_OPEN: Stance.JOINING,
    Code.QUESTION_CLOSED: Stance.NEUTRAL,
    Code.REFLECTION_SIMPLE: Stance.JOINING,
    Code.REFLECTION_COMPLEX: Stance.JOINING,
    Code.AFFIRM: Stance.JOINING,
    Code.SEEKING_COLLABORATION: Stance.JOINING,
    Code.EMPHASIZING_AUTONOMY: Stance.JOINING,
    Code.GIVING_INFORMATION: Stance.NEUTRAL,
    Code.PERSUADE: Stance.CONFRONTING,
    Code.PERSUADE_WITH_PERMISSION: Stance.JOINING,
    Code.CONFRONT: Stance.CONFRONTING,
    Code.OTHER: Stance.NEUTRAL,
}

QUESTIONS = frozenset({Code.QUESTION_OPEN, Code.QUESTION_CLOSED})
REFLECTIONS = frozenset({Code.REFLECTION_SIMPLE, Code.REFLECTION_COMPLEX})
MI_ADHERENT = frozenset({Code.AFFIRM, Code.SEEKING_COLLABORATION, Code.EMPHASIZING_AUTONOMY})
MI_NON_ADHERENT = frozenset({Code.CONFRONT, Code.PERSUADE})

# Message-level precedence, strongest first.  MITI's rules fix the top (Confront > Persuade >
# Question) and the joining trio (Emphasize > Seek > Affirm); the rest orders what a coder
# would name first when one message does several things.
PRECEDENCE: tuple[Code, ...] = (
    Code.CONFRONT,
    Code.PERSUADE,
    Code.PERSUADE_WITH_PERMISSION,
    Code.EMPHASIZING_AUTONOMY,
    Code.SEEKING_COLLABORATION,
    Code.QUESTION_OPEN,
    Code.QUESTION_CLOSED,
    Code.AFFIRM,
    Code.REFLECTION_COMPLEX,
    Code.REFLECTION_SIMPLE,
    Code.GIVING_INFORMATION,
    Code.OTHER,
)
RANK: dict[Code, int] = {code: i for i, code in enumerate(PRECEDENCE)}


class Flag(StrEnum):
    """Patterns clinicians watch for beyond the MITI codes."""

    STACKED_QUESTIONS = "stacked_questions"
    QUESTION_RUN = "question_run"
    RIGHTING_REFLEX = "righting_reflex"
    PREMATURE_REASSURANCE = "premature_reassurance"
    LABELLING = "labelling"
    WHY_DONT_YOU_JUST = "why_dont_you_just"
    # "why haven't you rung the GP yet?", "so why arent u going to school?": a question MITI codes as a question, which
    # asks the client to defend not changing, so the answer is sustain talk
    WHY_NOT = "why_not"
    SARCASM = "sarcasm"
    NORMALISING = "normalising"
    DEMAND_FEELING = "demand_feeling"
    APOLOGY = "apology"
    # Asked straight about suicide, self-harm or safety: a check to make whenever there are signs.  The
    # clients answer it and it costs nothing; the feedback never asks for it to be redone.
    RISK_CHECK = "risk_check"
