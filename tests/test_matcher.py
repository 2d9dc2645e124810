"""The indexed cue matcher must find exactly what trying every pattern would find."""

from __future__ import annotations

import re
from pathlib import Path

from scoring import cues, matcher
from scoring.evaluate import read_labelled
from scoring.matcher import CueSet
from scoring.text import normalise, split_sentences

DATA = Path(__file__).parent / "data"


def _naive(family: CueSet, text: str) -> re.Match[str] | None:
    for source, bounded in family._sources:
        for match in re.finditer(source, text):
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


def test_a_pattern_that_opens_on_plain_words_is_indexed_as_a_full_parse_would_index_it() -> None:
    """The shortcut that reads a key off the pattern's first words (start-up time) must give the parser's key, or a
    cue would silently never be tried."""
    families = [v for v in vars(cues).values() if isinstance(v, CueSet)]
    checked = 0
    for family in families:
        for source, bounded in family._sources:
            pattern = ("\\b" if bounded else "") + source
            if matcher._PLAIN_LEAD.match(pattern) is None:
                continue
            parsed = matcher._keys(pattern.replace("\\b", "\\b(?:)", 1))  # an empty group skips the shortcut
            assert matcher._keys(pattern) == parsed, pattern[:80]
            checked += 1
    assert checked > 100


def test_compiling_every_pattern_up_front_changes_no_match() -> None:
    text = "you might want to think about it, why don't you just try"
    before = [family.search(text) for family in (cues.ADVICE, cues.CONFRONT)]
    matcher.compile_all()
    assert matcher.compile_all() == 0  # all compiled now
    after = [family.search(text) for family in (cues.ADVICE, cues.CONFRONT)]
    assert [m and m.span() for m in before] == [m and m.span() for m in after]
