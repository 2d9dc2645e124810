"""Replay a transcript's trainee turns through a persona (`rollwith score --persona ID`).

The transcript's own client lines are ignored: the persona answers instead, so the same trainee
turns can be compared across clients.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from personas.library import Library, packaged_library
from personas.practice import PracticeSession


def replay(persona_id: str, trainee_texts: Sequence[str], seed: int = 0,
           library: Library | None = None) -> PracticeSession:
    persona = (library or packaged_library()).get(persona_id)
    session = PracticeSession.start(persona, seed=seed, turn_limit=max(len(trainee_texts), 1))
    for text in trainee_texts:
        if session.ended:
            break
        session.say(text)
    return session


def replay_document(persona_id: str, trainee_texts: Sequence[str], seed: int = 0,
                    library: Library | None = None) -> dict[str, Any]:
    session = replay(persona_id, trainee_texts, seed, library)
    path = session.openness_path()
    per_turn = path[1:]
    return {
        "persona": persona_id,
        "openness": per_turn,
        "final_openness": path[-1],
        "mean_openness": round(sum(per_turn) / len(per_turn), 1) if per_turn else float(path[0]),
        "outcome": session.outcome,
    }
