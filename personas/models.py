"""Persona files as validated data: a new simulated client is a YAML file, not new code.

Supervisors write these by hand, so a mistake must come back as "which file, which field, what
was expected" rather than a traceback; `PersonaError` carries exactly that.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from scoring.codes import Code, Flag


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


Text = Annotated[str, Field(min_length=1)]
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


class BandText(Strict):
    closed: list[Text] = _lines(3)
    guarded: list[Text] = _lines(3)
    ambivalent: list[Text] = _lines(3)
    engaged: list[Text] = _lines(3)
    open: list[Text] = _lines(3)

    def of(self, band: Band) -> list[str]:
        return list(getattr(self, band.value))


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
    disclosures: list[Disclosure] = _lines(1)
    cues: BandText
    lines: BandLines
    reactions: Reactions
    rupture: list[Text] = _lines(3)
    walk_out: list[Text] = _lines(2)
    repair: list[Text] = _lines(3)
    breakthrough: Text

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
