"""A whole practice turn (coding with the client's last lines, the client engine, the reply):
latency per turn on one core, and memory for 10,000 live sessions.  Figures are printed, never
asserted: they depend on the machine."""

from __future__ import annotations

import gc
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from personas.library import packaged_library
from personas.practice import PracticeSession
from scoring import coder
from tests.personas_play import sessions


def _script(persona_id: str) -> list[str]:
    play = sessions(persona_id)
    return [t for pair in zip(play["skilled"], play["novice"], play["generic_mi"], strict=False) for t in pair]


def turn_latency() -> None:
    """Every turn is new text to the coder (its cache is cleared), as in a live session.  Coach
    mode also replays a better line for a turn worth redoing; exam mode does not."""
    library = list(packaged_library())
    for mode in ("exam", "coach"):
        times: list[float] = []
        for round_ in range(3):
            for persona in library:
                session = PracticeSession.start(persona, mode=mode, seed=round_, turn_limit=60)
                for text in _script(persona.id):
                    if session.ended:
                        session = PracticeSession.start(persona, mode=mode, seed=round_ + 100, turn_limit=60)
                    coder._code_turn_cached.cache_clear()
                    start = time.perf_counter()
                    session.say(text)
                    times.append(time.perf_counter() - start)
        ms = sorted(t * 1000 for t in times)
        p95 = ms[int(0.95 * len(ms))]
        print(f"whole turn, {mode} mode (code + engine + reply), {len(ms)} turns: median "
              f"{statistics.median(ms):.2f} ms, p95 {p95:.2f} ms, max {ms[-1]:.2f} ms")


def memory(turns: int = 3) -> None:
    library = list(packaged_library())
    script = _script("ramon-mandated")[:turns]
    gc.collect()
    tracemalloc.start()
    live = []
    for i in range(10_000):
        session = PracticeSession.start(library[i % len(library)], seed=i)
        for text in script:
            if not session.ended:
                session.say(text)
        live.append(session)
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"memory: 10,000 live sessions of {turns} turns each hold {current / 2**20:.0f} MiB "
          f"(peak {peak / 2**20:.0f} MiB)")


def main() -> None:
    turn_latency()
    memory(3)
    memory(10)


if __name__ == "__main__":
    main()
