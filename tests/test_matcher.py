"""The indexed cue matcher must find exactly what trying every pattern would find."""

from __future__ import annotations

import re
from pathlib import Path

from scoring import cues
from scoring.evaluate import read_labelled
from scoring.matcher import CueSet
from scoring.text import normalise, split_sentences

DATA = Path(__file__).parent / "data"


def _naive(family: CueSet, text: str) -> re.Match[str] | None:
    for rx, bounded in family._parts:
        for match in rx.finditer(text):
            s = match.start()
            if not bounded or s == 0 or not text[s - 1].isalnum() or not text[s].isalnum():
                return match
    return None


def test_index_agrees_with_trying_every_pattern() -> None:
    texts = set()
    for path in sorted(DATA.glob("*.csv")):
        for row in read_labelled(path):
            texts.add(normalise(row.text))
            texts.update(s.core for s in split_sentences(row.text))
    families = [v for v in vars(cues).values() if isinstance(v, CueSet)]
    assert len(families) > 15 and len(texts) > 2000
    for family in families:
        for text in texts:
            fast, slow = family.search(text), _naive(family, text)
            assert (fast and fast.span()) == (slow and slow.span()), (family.pattern[:60], text)
