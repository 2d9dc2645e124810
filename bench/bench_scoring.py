"""Coder and session-scorer throughput in one process (prints figures; asserts nothing).

Texts are made distinct (a suffix per copy) and every cache is cleared first, so the figure is
for turns the coder has never seen.
"""

from __future__ import annotations

import csv
import re
import time
from itertools import pairwise
from pathlib import Path

from scoring import Turn, code_turn, coder, matcher, model, score_session, text

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


def model_only(turns: list[tuple[str, str]]) -> None:
    """The ceiling without cue rules: what the word model alone costs per turn, first with the
    coder's own clean-up and sentence split, then with a bare lowercase tokeniser."""
    shipped = model.shipped()
    assert shipped is not None
    clear()
    start = time.perf_counter()
    for t, c in turns:
        shipped.log_probs(model.features(text.split_sentences(t), c))
    elapsed = time.perf_counter() - start
    print(f"word model alone, with the coder's clean-up: {len(turns) / elapsed:,.0f} turns/s")
    token = re.compile(r"[a-z0-9']+")
    start = time.perf_counter()
    for t, _ in turns:
        words = ["<s>", *token.findall(t.lower()), "</s>"]
        shipped.log_probs([*words, *map("_".join, pairwise(words))])
    elapsed = time.perf_counter() - start
    print(f"word model alone, bare tokeniser: {len(turns) / elapsed:,.0f} turns/s")


def main() -> None:
    rows = load()
    turns = [(f"{t} ({i})", c) for i in range(3) for t, c in rows]
    sentences = sum(len(text.split_sentences(t)) for t, _ in turns)
    clear()
    start = time.perf_counter()
    for t, c in turns:
        code_turn(t, c)
    elapsed = time.perf_counter() - start
    print(f"coder: {len(turns)} distinct turns ({sentences} utterances) in {elapsed:.2f} s = "
          f"{len(turns) / elapsed:,.0f} turns/s, {sentences / elapsed:,.0f} utterances/s")
    model_only(turns)

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
