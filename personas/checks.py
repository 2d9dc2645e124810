"""Checks a persona can pass validation and still fail: lines that contradict the persona itself.

Validation (`models.py`) says whether a file is well formed.  These checks say whether it plays as
its author meant: a client whose sensitive topic is "your dad" must not bring up their dad while
still guarded, or reflecting it back would cost the trainee for the client's own words; and a line
that quotes the trainee must only be said when the trainee used that word.  `rollwith personas
check` prints them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from personas.models import BAND_FLOOR, Band, Persona, PersonaError, load_persona_file
from personas.words import flipped, phrase_pattern, quotes_without_placeholder

REACHABLE_BELOW = BAND_FLOOR[Band.ENGAGED]
_LOW_BANDS = [band for band in Band if BAND_FLOOR[band] < REACHABLE_BELOW]


def _band_lines(persona: Persona, bands: list[Band]) -> Iterator[tuple[str, str]]:
    """The band lines and topic lines of these bands, with their field paths."""
    for band in bands:
        for i, line in enumerate(persona.lines.of(band)):
            yield f"lines.{band.value}[{i}]", line
        for j, topic in enumerate(persona.topics):
            for i, line in enumerate(topic.lines.of(band)):
                yield f"topics[{j}].lines.{band.value}[{i}]", line


def _early_lines(persona: Persona) -> Iterator[tuple[str, str]]:
    """Every revealing line the client can say below openness 60, with its field path."""
    for i, disclosure in enumerate(persona.disclosures):
        if disclosure.at < REACHABLE_BELOW:
            yield f"disclosures[{i}]", disclosure.text
    yield from _band_lines(persona, _LOW_BANDS)


def sensitive_leaks(persona: Persona) -> list[str]:
    """Lines reachable below 60 that mention one of the persona's own sensitive topics."""
    patterns = [(phrase, pat) for phrase in persona.sensitive_topics if (pat := phrase_pattern([phrase]))]
    problems = []
    for where, line in _early_lines(persona):
        said = flipped(line)
        for phrase, pattern in patterns:
            if pattern.search(said):
                problems.append(f"{where}: mentions the sensitive topic {phrase!r} but can be said below "
                                f"{REACHABLE_BELOW}; raise its threshold, move it up a band or reword it")
                break
    return problems


def _all_lines(persona: Persona) -> Iterator[tuple[str, str]]:
    yield from _band_lines(persona, list(Band))
    for name, lines in persona.reactions.model_dump().items():
        for i, line in enumerate(lines):
            yield f"reactions.{name}[{i}]", line
    for field in ("repair", "rupture", "walk_out", "warning", "confused", "backchannels"):
        for i, line in enumerate(getattr(persona, field)):
            yield f"{field}[{i}]", line


def unearned_quotes(persona: Persona) -> list[str]:
    """Lines that quote the trainee's words without `{said:...}`, so they could be said when the
    trainee never used those words."""
    return [f"{where}: quotes the trainee; write the word as {{said:word|other}} so it is only said "
            "when the trainee used it" for where, line in _all_lines(persona) if quotes_without_placeholder(line)]


def persona_problems(persona: Persona) -> list[str]:
    return sensitive_leaks(persona) + unearned_quotes(persona)


def check_persona_file(path: Path) -> Persona:
    """Load a persona file for `personas check`: validation errors and the checks above alike come
    back as a `PersonaError` naming the file and each field."""
    persona = load_persona_file(path)
    problems = persona_problems(persona)
    if problems:
        raise PersonaError(str(path), problems)
    return persona
