"""Replay a transcript's trainee turns through a persona (`rollwith score --persona ID`).

A replay asks how this client would react to moves of this quality.  Each trainee turn is coded,
and its listening judged, against the transcript's *own* client lines: that is what the counsellor
was answering, so an expert's accurate reflection counts as listening even though the persona
would have said something else.  The persona then reacts with its own dynamics and its own lines.
A transcript given as bare trainee texts (no client lines) is replayed without that context.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from personas.library import Library, packaged_library
from personas.practice import PracticeSession
from scoring.transcript import Turn


def replay(persona_id: str, turns: Sequence[Turn | str], seed: int = 0,
           library: Library | None = None) -> PracticeSession:
    persona = (library or packaged_library()).get(persona_id)
    trainee = sum(1 for t in turns if isinstance(t, str) or t.speaker == "trainee")
    session = PracticeSession.start(persona, seed=seed, turn_limit=max(trainee, 1))
    heard: list[str] = []
    with_context = any(not isinstance(t, str) and t.speaker == "client" for t in turns)
    for turn in turns:
        if session.ended:
            break
        if isinstance(turn, str) or turn.speaker == "trainee":
            session.say(turn if isinstance(turn, str) else turn.text, heard if with_context else None)
            heard = []
        else:
            heard.append(turn.text)
    return session


def replay_document(persona_id: str, turns: Sequence[Turn | str], seed: int = 0,
                    library: Library | None = None) -> dict[str, Any]:
    session = replay(persona_id, turns, seed, library)
    path = session.openness_path()
    per_turn = path[1:]
    return {
        "persona": persona_id,
        "openness": per_turn,
        "final_openness": path[-1],
        "mean_openness": round(sum(per_turn) / len(per_turn), 1) if per_turn else float(path[0]),
        "outcome": session.outcome,
    }
