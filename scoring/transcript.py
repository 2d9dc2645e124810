"""Transcripts as the scorer reads them: who spoke, what they said, in order.

Parsing takes lines, not files, so the domain stays free of I/O; the CLI opens the files and
passes the name along so an error can point at "file:line".
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Speaker = Literal["trainee", "client"]

_SPEAKERS: dict[str, Speaker] = {
    "trainee": "trainee", "therapist": "trainee", "counselor": "trainee",
    "counsellor": "trainee", "clinician": "trainee", "t": "trainee",
    "interviewer": "trainee", "practitioner": "trainee", "provider": "trainee", "helper": "trainee",
    "client": "client", "patient": "client", "c": "client",
    "interviewee": "client", "participant": "client",
}


@dataclass(frozen=True, slots=True)
class Turn:
    speaker: Speaker
    text: str


class TranscriptError(ValueError):
    """A transcript line that cannot be read; the message names the source and line."""


def parse_speaker(value: object) -> Speaker | None:
    return _SPEAKERS.get(str(value).strip().lower()) if isinstance(value, str) else None


def parse_transcript(lines: Iterable[str], source: str = "<transcript>") -> list[Turn]:
    """Read JSON Lines `{"speaker": ..., "text": ...}`; blank lines are skipped."""
    turns: list[Turn] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise TranscriptError(f"{where}: not valid JSON ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise TranscriptError(f"{where}: expected an object like "
                                  '{"speaker": "trainee", "text": "..."}')
        speaker = parse_speaker(obj.get("speaker"))
        if speaker is None:
            raise TranscriptError(
                f"{where}: speaker must be trainee/therapist/counselor or client, "
                f"got {obj.get('speaker')!r}"
            )
        text = obj.get("text")
        if not isinstance(text, str):
            raise TranscriptError(f"{where}: text must be a string, got {type(text).__name__}")
        turns.append(Turn(speaker, text))
    return turns


def with_context(turns: Iterable[Turn]) -> list[tuple[int, Turn, str]]:
    """Each trainee turn with its index and the client line it answers ("" if none)."""
    out: list[tuple[int, Turn, str]] = []
    last_client = ""
    for i, turn in enumerate(turns):
        if turn.speaker == "client":
            last_client = turn.text
        else:
            out.append((i, turn, last_client))
    return out
