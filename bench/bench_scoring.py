"""Coder latency and session-scorer throughput (prints figures; asserts nothing).

Texts are made distinct (a suffix per copy) and every cache is cleared first, so the figures are
for turns the coder has never seen.  The coder's target is a p95 under 2 ms for one coded turn on
one core, and `rollwith code` ready to answer in under 0.6 s.
"""

from __future__ import annotations

import csv
import statistics
import subprocess
import sys
import time
from pathlib import Path

# the tree this script sits in, not whichever one the virtualenv was installed from: run from another checkout it
# times that checkout's code (without this, a comparison against an older commit timed the installed code twice)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scoring import Turn, code_turn, coder, matcher, score_session, text

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def load() -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for path in sorted(DATA.glob("*.csv")):
        with path.open(newline="", encoding="utf-8") as handle:
            rows += [(r["text"], r["context"]) for r in csv.DictReader(handle)]
    return rows


def clear() -> None:
    coder._code_turn_cached.cache_clear()
    matcher._candidates.cache_clear()
    text.normalise.cache_clear()
    text.content_words.cache_clear()


def latency(turns: list[tuple[str, str]]) -> None:
    clear()
    # the bot compiles every cue pattern before it polls (`matcher.compile_all`); a one-shot `rollwith code` compiles
    # only what its turn calls up, which the start-up figure below includes
    getattr(matcher, "compile_all", lambda: 0)()
    times = []
    for t, c in turns:
        start = time.perf_counter()
        code_turn(t, c, ("an earlier line from the client", "and one before it"))
        times.append(time.perf_counter() - start)
    times.sort()
    p = lambda q: times[int(q * (len(times) - 1))] * 1000  # noqa: E731
    print(f"coder: {len(turns)} distinct turns, mean {statistics.mean(times) * 1000:.2f} ms, "
          f"p50 {p(0.5):.2f} ms, p95 {p(0.95):.2f} ms, p99 {p(0.99):.2f} ms per coded turn (target p95 < 2 ms)")


def startup() -> None:
    """Wall time from launching `rollwith code` to its first answer, best of five."""
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bot.cli", "code"], input='{"text": "so you feel stuck"}\n',
                       capture_output=True, text=True, check=True)
        best = min(best, time.perf_counter() - start)
    print(f"rollwith code start-up to first answer: {best:.2f} s (target < 0.6 s)")


def main() -> None:
    rows = load()
    turns = [(f"{t} ({i})", c) for i in range(2) for t, c in rows]
    latency(turns)
    startup()
    transcripts = []
    for i in range(0, len(rows) - 20, 20):
        chunk = rows[i:i + 20]
        transcripts.append([Turn(s, x) for t, c in chunk for s, x in (("client", c or "..."), ("trainee", t))])
    clear()
    start = time.perf_counter()
    for transcript in transcripts:
        score_session(transcript)
    elapsed = time.perf_counter() - start
    print(f"scorer: {len(transcripts)} transcripts of 20 trainee turns in {elapsed:.2f} s = "
          f"{len(transcripts) / elapsed:,.1f} transcripts/s")


if __name__ == "__main__":
    main()
