"""Hand-written play sessions (`tests/data/play/`) and the ways the tests play them.

Each persona has four sessions written by hand, in the voices of real counsellors: `skilled`,
`novice`, `type_approach` (what the literature says this type needs) and `generic_mi` (a well-made
MI session that ignores the type).  The bank of generic empathic lines is split once into a half
used while tuning (`tune`) and a half nobody looked at while tuning (`unseen`); tests use both.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from personas.models import Band, Persona
from personas.practice import PracticeSession
from scoring.listening import meaningful
from scoring.text import content_words, normalise
from scoring.transcript import Turn

PLAY = Path(__file__).parent / "data" / "play"


@lru_cache(maxsize=32)
def sessions(persona_id: str) -> dict[str, list[str]]:
    data = yaml.safe_load((PLAY / f"{persona_id}.yaml").read_text(encoding="utf-8"))
    return {kind: [str(t) for t in turns] for kind, turns in data.items()}


def bank(split: str | None = None) -> list[str]:
    halves = yaml.safe_load((PLAY / "generic_empathy_bank.yaml").read_text(encoding="utf-8"))
    return [str(line) for half, lines in halves.items() if split in (None, half) for line in lines]


def _client_lines(persona: Persona) -> list[str]:
    lines = [d.text for d in persona.disclosures]
    for band in Band:
        lines += persona.cues.of(band)  # what the client shows is something to reflect too
        lines += persona.lines.of(band)
        for topic in persona.topics:
            lines += topic.lines.of(band)
    return lines


def as_transcript(persona: Persona, trainee: list[str]) -> list[Turn]:
    """The sessions were written as answers to this persona's lines, in no fixed order, so a test
    plays them as the transcript they imply: before each trainee turn, the persona line it answers
    (the line or cue sharing most meaningful words, if any).  The replay then judges listening against
    those lines, as it does for a real transcript, and the persona reacts with its own dynamics."""
    lines = _client_lines(persona)
    # a cue's words count too: normalising drops a bracketed stage direction, brackets and all
    words = [meaningful(content_words(normalise(line.replace("[", " ").replace("]", " ")))) for line in lines]
    turns: list[Turn] = []
    for text in trainee:
        mine = meaningful(content_words(normalise(text)))
        best = max(range(len(lines)), key=lambda i: (len(mine & words[i]), -i))
        if mine & words[best]:
            turns.append(Turn("client", lines[best]))
        turns.append(Turn("trainee", text))
    return turns


def play_live(persona: Persona, trainee: list[str], seed: int = 1, limit: int = 40) -> PracticeSession:
    """Type the turns into a practice session, as a trainee at the terminal would."""
    session = PracticeSession.start(persona, seed=seed, turn_limit=limit)
    for text in trainee:
        if session.ended:
            break
        session.say(text)
    return session


def events(session: PracticeSession) -> list[list[str]]:
    """The engine's events for each trainee turn, in order."""
    return [list(e.explanation["events"]) for e in session.active
            if e.speaker == "trainee" and e.explanation is not None]
