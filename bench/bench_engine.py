"""Whole-engine throughput (code + state machine + reply) and memory for 10,000 live sessions."""

from __future__ import annotations

import gc
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from personas.engine import ClientEngine
from personas.library import packaged_library
from personas.practice import PracticeSession
from scoring import code_turn, coder, matcher, text
from tests.personas_scripts import CONFRONTING, JOINING, NEUTRAL


def main() -> None:
    library = list(packaged_library())
    script = JOINING + NEUTRAL[:10] + CONFRONTING
    turns = 0
    coder._code_turn_cached.cache_clear()
    matcher._candidates.cache_clear()
    text.normalise.cache_clear()
    start = time.perf_counter()
    for round_ in range(6):
        for persona in library:
            engine = ClientEngine(persona)
            state = engine.new_state(round_)
            for line in script:
                if state.ended:
                    state = engine.new_state(round_ + 100)
                said = f"{line} ({round_}{persona.id})"
                engine.respond(state, code_turn(said), said)
                turns += 1
    elapsed = time.perf_counter() - start
    print(f"engine: {turns} trainee turns, distinct texts, in {elapsed:.2f} s = {turns / elapsed:,.0f} turns/s")

    coded = [code_turn(line) for line in script]
    start = time.perf_counter()
    n = 0
    for persona in library * 20:
        engine = ClientEngine(persona)
        state = engine.new_state(1)
        for line, c in zip(script, coded, strict=True):
            if state.ended:
                break
            engine.respond(state, c, line)
            n += 1
    elapsed = time.perf_counter() - start
    print(f"state machine + reply alone (turns already coded): {n / elapsed:,.0f} turns/s")

    gc.collect()
    tracemalloc.start()
    sessions = []
    for i in range(10_000):
        session = PracticeSession.start(library[i % len(library)], seed=i)
        for line in JOINING[:3]:
            session.say(line)
        sessions.append(session)
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"memory: 10,000 live sessions of 3 turns each hold {current / 2**20:.0f} MiB "
          f"(peak {peak / 2**20:.0f} MiB)")


if __name__ == "__main__":
    main()
