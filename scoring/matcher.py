"""Fast matching of many cue patterns against short sentences.

Python's regex engine tries every alternative of a big alternation at every character, which
made the coder several times slower.  Instead every pattern is compiled on its own, without its
leading word boundary (which would stop the engine's fast literal-prefix scan), and indexed by
the first letters of the word it must start with, so a sentence only runs the patterns whose
first word it contains.  Results are the same as one alternation's, pattern order aside.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_B = "\\b"
_TOKENS = re.compile(r"[a-z0-9]+")
_TOKENS_APOS = re.compile(r"[a-z0-9']+")


class CueSet:
    """A family of cue patterns, searched in order; the first that matches names the cue."""

    __slots__ = ("_always", "_index", "_parts", "pattern")

    def __init__(self, *parts: str) -> None:
        self.pattern = "|".join(f"(?:{p})" for p in parts)
        self._parts = tuple((re.compile(p.removeprefix(_B)), p.startswith(_B)) for p in parts)
        index: dict[str, list[int]] = {}
        always: list[int] = []
        for i, part in enumerate(parts):
            keys = _first_word_keys(part)
            if keys is None:
                always.append(i)
            for key in keys or ():
                index.setdefault(key, []).append(i)
        self._index = {k: tuple(v) for k, v in index.items()}
        self._always = frozenset(always)

    def _candidates(self, text: str) -> list[int]:
        found = set(self._always)
        index = self._index
        for key in word_keys(text):
            hit = index.get(key)
            if hit:
                found.update(hit)
        return sorted(found)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Matches of each pattern in order (not leftmost first), each at a word start."""
        for i in self._candidates(text):
            rx, bounded = self._parts[i]
            pos = 0
            while (match := rx.search(text, pos)) is not None:
                start = match.start()
                if not bounded or start == 0 or not text[start - 1].isalnum() or not (
                    text[start].isalnum()
                ):
                    yield match
                    pos = max(match.end(), start + 1)
                else:
                    pos = start + 1

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    def findall(self, text: str) -> list[str]:
        return [m.group(0) for m in self.finditer(text)]


@lru_cache(maxsize=4096)
def word_keys(text: str) -> frozenset[str]:
    """First letters of every word, with and without apostrophes ("it's" -> it, its, s)."""
    keys = {w[:3] for w in _TOKENS.findall(text)}
    keys.update(w.replace("'", "")[:3] for w in _TOKENS_APOS.findall(text))
    return frozenset(keys)


def _first_word_keys(pattern: str) -> set[str] | None:
    """The keys one of which any match must start with, or None when that cannot be told."""
    if not (pattern.startswith(_B) or pattern.startswith("^")):
        return None
    return _seq_keys(list(_parser.parse(pattern)), 0)


def _seq_keys(seq: list[tuple[Any, Any]], i: int) -> set[str] | None:
    while i < len(seq) and seq[i][0] is _c.AT:
        i += 1
    if i >= len(seq):
        return None
    op, av = seq[i]
    if op is _c.LITERAL:
        letters, whole_word = "", False
        for op2, av2 in seq[i:]:
            if op2 is not _c.LITERAL:
                break
            if not chr(av2).isalnum():
                whole_word = True
                break
            letters += chr(av2)
        # The regex parser factors common prefixes ("nobody|no one" -> "no" + ...), so a short
        # run that stops at a group may be the start of a longer word: no key then.
        if len(letters) >= 3 or (letters and whole_word):
            return {letters[:3]}
        return None
    if op is _c.SUBPATTERN:
        inner = list(av[-1])
        if len(inner) == 1 and inner[0][0] is _c.BRANCH:
            return _branch_keys(inner[0][1][1], seq, i)
        return _seq_keys(inner + seq[i + 1 :], 0)
    if op is _c.BRANCH:
        return _branch_keys(av[1], seq, i)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] == 0:
        inside = _seq_keys(list(av[2]) + seq[i + 1 :], 0)
        after = _seq_keys(seq, i + 1)
        return None if inside is None or after is None else inside | after
    return None


def _branch_keys(alternatives: Any, seq: list[tuple[Any, Any]], i: int) -> set[str] | None:
    keys: set[str] = set()
    for alternative in alternatives:
        found = _seq_keys(list(alternative) + seq[i + 1 :], 0)
        if found is None:
            return None
        keys |= found
    return keys
