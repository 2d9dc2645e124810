"""Persona files as validated data: a new simulated client is a YAML file, not new code.

Supervisors write these by hand, so a mistake must come back as "which file, which field, what
was expected" rather than a traceback; `PersonaError` carries exactly that.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from personas.words import AFTER_KINDS, unknown_marks
from scoring.codes import Code, Flag
from scoring.feedback import GROWTH_ISSUES


class ResistanceType(StrEnum):
    RELUCTANT_MANDATED = "reluctant_mandated"
    REACTIVE = "reactive"
    SILENT_WITHDRAWN = "silent_withdrawn"
    PREMATURE_TERMINATION = "premature_termination"
    INTELLECTUALIZING = "intellectualizing"
    CRISIS_ONLY = "crisis_only"
    PEOPLE_PLEASING = "people_pleasing"
    THERAPY_HOPPING = "therapy_hopping"
    AMBIVALENT_YES_BUT = "ambivalent_yes_but"
    DOUBTING_THERAPY = "doubting_therapy"
    STIGMA_MISTRUST = "stigma_mistrust"
    RESISTANT_CHILD = "resistant_child"


class Stage(StrEnum):
    PRECONTEMPLATION = "precontemplation"
    CONTEMPLATION = "contemplation"
    PREPARATION = "preparation"
    ACTION = "action"
    MAINTENANCE = "maintenance"


class Band(StrEnum):
    """Openness bands, lowest first; their order is the order of the state machine."""

    CLOSED = "closed"
    GUARDED = "guarded"
    AMBIVALENT = "ambivalent"
    ENGAGED = "engaged"
    OPEN = "open"


BAND_FLOOR: dict[Band, int] = {
    Band.CLOSED: 0, Band.GUARDED: 20, Band.AMBIVALENT: 40, Band.ENGAGED: 60, Band.OPEN: 80,
}


def band_of(openness: int) -> Band:
    for band in reversed(Band):
        if openness >= BAND_FLOOR[band]:
            return band
    return Band.CLOSED




def _known_marks(text: str) -> str:
    """A mark the engine does not read would be spoken aloud ("{aftr:told} That's your opinion.")."""
    unknown = unknown_marks(text)
    if unknown:
        raise ValueError(f"unknown mark {', '.join(unknown)}; the marks are {{said:…}}, {{if:…}}, "
                         f"{' and '.join('{after:' + kind + '}' for kind in AFTER_KINDS)}")
    return text


Text = Annotated[str, Field(min_length=1), AfterValidator(_known_marks)]
Delta = Annotated[int, Field(ge=-20, le=20)]


def _lines(minimum: int) -> Any:
    return Field(min_length=minimum)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Vignette(Strict):
    referral: Text
    presenting_problem: Text
    what_you_know: Text


class Disclosure(Strict):
    at: Annotated[int, Field(ge=1, le=100)]
    text: Text


class TopicLines(Strict):
    """Lines per openness band.  For a topic: deflect or bristle when closed, a fact when guarded, a
    mixed view when ambivalent, some feeling when engaged, what it means when open."""

    closed: list[Text] = _lines(1)
    guarded: list[Text] = _lines(1)
    ambivalent: list[Text] = _lines(1)
    engaged: list[Text] = _lines(1)
    open: list[Text] = _lines(1)

    def of(self, band: Band) -> list[str]:
        return list(getattr(self, band.value))


class BandText(TopicLines):
    closed: list[Text] = _lines(3)
    guarded: list[Text] = _lines(3)
    ambivalent: list[Text] = _lines(3)
    engaged: list[Text] = _lines(3)
    open: list[Text] = _lines(3)


class BandLines(BandText):
    closed: list[Text] = _lines(6)
    guarded: list[Text] = _lines(6)
    ambivalent: list[Text] = _lines(6)
    engaged: list[Text] = _lines(6)
    open: list[Text] = _lines(6)


class Reactions(Strict):
    joined: list[Text] = _lines(4)
    questioned: list[Text] = _lines(4)
    advised: list[Text] = _lines(4)
    confronted: list[Text] = _lines(4)
    reassured: list[Text] = _lines(4)
    too_fast: list[Text] = _lines(4)
    agreed: list[Text] = Field(default_factory=list)
    # The client notices the same words again ("you keep saying that"); optional, with defaults.
    repeated: list[Text] = Field(default_factory=list)
    # The trainee keeps handing the client's own words back ("You're just repeating me."); optional.
    parroted: list[Text] = Field(default_factory=list)
    # The trainee names the method to the client ("I'm rolling with your resistance"); optional.
    technique: list[Text] = Field(default_factory=list)
    # The trainee says the client said what they never said ("you told me you drink before shifts").
    misquoted: list[Text] = Field(default_factory=list)
    # The client asked what happens to their words and the trainee moved on ("You didn't answer me.").
    dodged: list[Text] = Field(default_factory=list)
    # The trainee says the very line the client quoted as what the others said ("And there it is.").
    cliche: list[Text] = Field(default_factory=list)


Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$", max_length=40)]


class Topic(Strict):
    """Something in the client's life the trainee can ask about or reflect: the client answers it
    at its current openness instead of saying the next line of its band."""

    id: Slug
    triggers: list[Text] = _lines(1)  # words and paraphrases that mean this topic, as a trainee says them
    lines: TopicLines
    refuse: list[Text] = Field(default_factory=list)  # in-character refusals when it is raised too early


class ApproachMove(Strict):
    """One thing this type of client needs (or cannot bear), recognised by the trainee's wording."""

    move: Text  # shown in the explanation: "permission to be quiet"
    phrases: list[Text] = _lines(1)
    gain: Delta  # the first time; half the second time; nothing after (a cost counts every time)
    joining_only: bool = False  # counts only when the turn as a whole joins (not advice that uses the words)
    # ... or is one of these codes: the practical help a client in crisis came for ("I'll have the letter
    # ready this afternoon") is information, not a joining move, and it is what that client needs
    also: list[Code] = Field(default_factory=list)
    listens: bool = False  # the move is itself listening (reflecting what the client shows, not says)
    # What the client must have just shown or said (a cue, a line) for the move to fit: noticing a
    # glance at the door that never happened is not attunement.  Empty: the wording alone counts.
    shown_by: list[Text] = Field(default_factory=list)
    after: str | None = None  # another move that has to come first ...
    too_soon: Delta = 0  # ... and what this one costs before it
    unlocks: Annotated[int, Field(ge=1, le=100)] | None = None  # openness stays below this until the move is made
    # what the move asks of the trainee, in plain words, shown when the gate holds: "a plain rationale" alone left a
    # helper's skilled trainee stuck at 69 for seven turns, guessing what it meant
    hint: Text | None = None
    # The client's needs this cost undoes when said in the same breath: a promise of secrecy no counsellor can keep
    # makes nothing plain about what stays private ("everything stays between us, I promise" had netted -1)
    spoils: list[Text] = Field(default_factory=list)


class Closing(Strict):
    """What the client says to the trainee's answer to a breakthrough, the session's last turn: the
    disclosure met (a reflection that listened), missed (anything else) or pushed back on."""

    heard: list[Text] = _lines(1)
    missed: list[Text] = _lines(1)
    pushed: list[Text] = _lines(1)


class LongTurns(Strict):
    """A client who is flooded by long speeches (silent, withdrawn): turns above `words` cost `cost`."""

    words: Annotated[int, Field(ge=5, le=200)]
    cost: Annotated[int, Field(ge=-20, le=0)]


class Persona(Strict):
    id: Annotated[str, Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=40)]
    name: Text
    age: Annotated[int, Field(ge=5, le=110)]
    gender: Text
    culture: Text
    type: ResistanceType
    difficulty: Annotated[int, Field(ge=1, le=3)]
    summary: Annotated[str, Field(min_length=1, max_length=200)]
    stage_of_change: Stage
    protected_need: Text
    vignette: Vignette
    start_openness: Annotated[int, Field(ge=0, le=79)]
    breakthrough_at: Annotated[int, Field(ge=60, le=100)] = 88
    rupture_after: Annotated[int, Field(ge=1, le=5)] = 2
    sensitivities: dict[Code, Delta]
    flags: dict[Flag, Delta] = Field(default_factory=dict)
    agrees_with_advice: bool = False
    sensitive_topics: list[Text] = Field(default_factory=list)
    # Other words in which the client raises a sensitive topic without naming it ("care home": ["in homes"]):
    # once the client has said one, the trainee may name the topic after them.
    raised_as: dict[Text, list[Text]] = Field(default_factory=dict)
    disclosures: list[Disclosure] = _lines(1)
    cues: BandText
    lines: BandLines
    reactions: Reactions
    rupture: list[Text] = _lines(3)
    walk_out: list[Text] = _lines(2)
    repair: list[Text] = _lines(3)
    breakthrough: Text
    # Optional (a persona without them plays as before): see FORMAT.md.
    topics: list[Topic] = Field(default_factory=list)
    approach: list[ApproachMove] = Field(default_factory=list)
    long_turns: LongTurns | None = None
    confused: list[Text] = Field(default_factory=list)  # emoji, nonsense, another language: "...what?"
    backchannels: list[Text] = Field(default_factory=list)  # what the client says when it has nothing new
    # Short answers to a yes/no question, per band ("Why?" closed, "Sometimes." engaged): the client
    # answers what was asked before saying what is on their mind; optional, with defaults.
    answers: TopicLines | None = None
    # Short answers to a request for permission ("would it be okay if I shared something?"), per
    # band ("If you have to." closed, "Go on, then." engaged); optional, with defaults.
    consent: TopicLines | None = None
    warning: list[Text] = Field(default_factory=list)  # strain shown before the alliance breaks
    closing: Closing | None = None  # the answer to the trainee's reply to the breakthrough; defaults
    # Answers to a question about suicide, self-harm or safety (asked; plans or means; asked again; and
    # optionally asked again after an answer that hinted at more), in the client's words and true to
    # their story; optional, with defaults that deny any risk.
    safety: list[Text] = Field(default_factory=list)
    # What a counsellor in this client's setting can honestly say about what is written down and who
    # hears it ("I sign the attendance form; what you say in here stays in here"): the coach and the
    # report offer it when the client asks, since no frame built from the client's words can know it.
    privacy: Text | None = None
    # Per kind of weak turn ("question_closed", "persuade"…), what it costs with this client, for the
    # report's "Why:" line; overrides the type's default (personas.why).  `{name}`: the first name.
    why: dict[str, Text] = Field(default_factory=dict)

    @field_validator("topics")
    @classmethod
    def _distinct_topics(cls, value: list[Topic]) -> list[Topic]:
        ids = [t.id for t in value]
        if len(ids) != len(set(ids)):
            raise ValueError(f"topic ids must differ: {', '.join(sorted({i for i in ids if ids.count(i) > 1}))}")
        owner: dict[str, str] = {}
        for topic in value:
            for trigger in topic.triggers:
                key = " ".join(trigger.lower().split())
                if owner.get(key, topic.id) != topic.id:
                    raise ValueError(f"trigger {trigger!r} belongs to both {owner[key]!r} and {topic.id!r}")
                owner[key] = topic.id
        return value

    @field_validator("why")
    @classmethod
    def _known_issues(cls, value: dict[str, str]) -> dict[str, str]:
        unknown = sorted(set(value) - set(GROWTH_ISSUES))
        if unknown:
            raise ValueError(f"unknown kind of turn {', '.join(map(repr, unknown))}; "
                             f"expected one of: {', '.join(GROWTH_ISSUES)}")
        return value

    @field_validator("approach")
    @classmethod
    def _known_moves(cls, value: list[ApproachMove]) -> list[ApproachMove]:
        names = [m.move for m in value]
        for move in value:
            if move.after is not None and move.after not in names:
                raise ValueError(f"{move.move!r} comes after {move.after!r}, which is not a move of this persona")
            for spoiled in move.spoils:
                if spoiled not in names:
                    raise ValueError(f"{move.move!r} spoils {spoiled!r}, which is not a move of this persona")
            if move.unlocks is not None and not move.hint:
                raise ValueError(f"{move.move!r} holds openness below {move.unlocks}: give it a hint, in plain words, "
                                 "of what the trainee has to do")
        return value

    @field_validator("sensitivities")
    @classmethod
    def _every_code(cls, value: dict[Code, int]) -> dict[Code, int]:
        missing = [c.value for c in Code if c not in value]
        if missing:
            raise ValueError(f"missing codes: {', '.join(missing)}")
        return value

    @field_validator("disclosures")
    @classmethod
    def _ascending(cls, value: list[Disclosure]) -> list[Disclosure]:
        if [d.at for d in value] != sorted({d.at for d in value}):
            raise ValueError("thresholds (`at`) must rise from one disclosure to the next")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Persona:
        if self.agrees_with_advice and len(self.reactions.agreed) < 4:
            raise ValueError("agrees_with_advice needs at least 4 `reactions.agreed` lines")
        if self.disclosures[-1].at >= self.breakthrough_at:
            raise ValueError("the last disclosure must come before breakthrough_at")
        unknown = sorted(set(self.raised_as) - set(self.sensitive_topics))
        if unknown:
            raise ValueError(f"raised_as names topics that are not in sensitive_topics: {', '.join(unknown)}")
        return self

    def sensitivity(self, code: Code) -> int:
        return self.sensitivities[code]

    def flag_weight(self, flag: Flag) -> int:
        return self.flags.get(flag, 0)


class PersonaError(ValueError):
    """A persona file that cannot be used; `problems` lists each as 'field.path: what was expected'."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(f"{source}: " + "; ".join(problems))


def _location(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def parse_persona(data: object, source: str) -> Persona:
    """Validate already-loaded YAML; errors name the source and each field path."""
    if not isinstance(data, dict):
        raise PersonaError(source, ["(top level): expected a mapping of persona fields"])
    try:
        return Persona.model_validate(data)
    except ValidationError as exc:
        problems = [f"{_location(tuple(e['loc']))}: {e['msg']}" for e in exc.errors()]
        raise PersonaError(source, problems) from None


def load_persona_file(path: Path) -> Persona:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "file"
        raise PersonaError(str(path), [f"{where}: not valid YAML ({getattr(exc, 'problem', exc)})"]) from None
    except OSError as exc:
        raise PersonaError(str(path), [f"cannot read: {exc.strerror}"]) from None
    persona = parse_persona(data, str(path))
    if path.stem != persona.id:
        raise PersonaError(str(path), [f"id: must match the file name ({path.stem!r}), got {persona.id!r}"])
    return persona
