"""Fast matching of many cue patterns against short sentences.

Python's regex engine tries every alternative of a big alternation at every character, which
made the coder several times slower.  Instead every pattern is compiled on its own, without its
leading word boundary (which would stop the engine's fast literal-prefix scan), and indexed by
the first letters of the word it must start with, so a sentence only runs the patterns whose
first word it contains.  Results are the same as one alternation's, pattern order aside.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_B = "\\b"
_TOKENS = re.compile(r"[a-z0-9]+")
# a pattern that opens on plain words ("\\bwhy don't you ...") gives its key without a parse
_PLAIN_LEAD = re.compile(r"\\b([a-z' ]+)(?![?*+{])")


class CueSet:
    """A family of cue patterns, searched in order; the first that matches names the cue."""

    __slots__ = ("_base", "_compiled", "_sources", "pattern")

    def __init__(self, *parts: str) -> None:
        if len(parts) >= _SLOT:
            raise ValueError(f"a cue family holds at most {_SLOT - 1} patterns")
        self.pattern = "|".join(f"(?:{p})" for p in parts)
        # compiled on first use: start-up pays only for the patterns a turn's words call up
        self._sources = tuple((p.removeprefix(_B), p.startswith(_B)) for p in parts)
        self._compiled: list[tuple[re.Pattern[str], bool] | None] = [None] * len(parts)
        self._base = len(_FAMILIES) * _SLOT
        _FAMILIES.append(self)
        for i, part in enumerate(parts):
            keys = _keys(part)
            if keys is None:
                _ALWAYS.append(self._base + i)
                continue
            for key in keys:
                _INDEX.setdefault(key, []).append(self._base + i)
        _candidates.cache_clear()

    def _order(self, text: str) -> list[int]:
        """This family's candidate patterns for `text`, in pattern order."""
        found = _candidates(text)
        base = self._base
        return [code - base for code in found[bisect_left(found, base):bisect_left(found, base + _SLOT)]]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Matches of each pattern in order (not leftmost first), each at a word start."""
        for i in self._order(text):
            rx, bounded = self._compiled[i] or self._compile(i)
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
        """The first pattern's first match at a word start (the hot path: no generator, and the
        slice `_order` would give is taken inline)."""
        found = _candidates(text)
        base = self._base
        lo = bisect_left(found, base)
        hi = bisect_left(found, base + _SLOT, lo)
        if lo == hi:
            return None
        compiled = self._compiled
        for code in found[lo:hi]:
            rx, bounded = compiled[code - base] or self._compile(code - base)
            match = rx.search(text)
            while match is not None:
                start = match.start()
                if not bounded or start == 0 or not text[start - 1].isalnum() or not (
                    text[start].isalnum()
                ):
                    return match
                match = rx.search(text, start + 1)
        return None

    def _compile(self, i: int) -> tuple[re.Pattern[str], bool]:
        source, bounded = self._sources[i]
        entry = self._compiled[i] = (re.compile(source), bounded)
        return entry

    def findall(self, text: str) -> list[str]:
        return [m.group(0) for m in self.finditer(text)]


def compile_all() -> int:
    """Compile every cue pattern now, so a long-running bot pays for it at start-up and not on a
    trainee's first turns (a one-shot `rollwith code` compiles only what its turn calls up)."""
    count = 0
    for family in _FAMILIES:
        for i, entry in enumerate(family._compiled):
            if entry is None:
                family._compile(i)
                count += 1
    return count


_ASSERTIONS = (_c.ASSERT, _c.ASSERT_NOT)
_SLOT = 1024  # a pattern's code is its family's number times this, plus its place in the family
_FAMILIES: list[CueSet] = []
_INDEX: dict[str, list[int]] = {}  # key -> codes of the patterns that need it
_ALWAYS: list[int] = []  # codes of the patterns with no key: tried on every text


@lru_cache(maxsize=8192)
def _candidates(text: str) -> list[int]:
    """Sorted codes of the patterns whose first word (or first two words) the text contains.

    One flat sorted list for all families: each family takes its slice by bisection, which is
    cheaper than grouping per family up front."""
    heads = [w[:3] for w in _TOKENS.findall(text.replace("'", ""))]
    keys = set(heads)
    keys.update(map(" ".join, pairwise(heads)))
    hits = list(_ALWAYS)
    for found in map(_INDEX.get, keys):
        if found:
            hits.extend(found)
    return sorted(set(hits))


def _keys(pattern: str) -> set[str] | None:
    """Keys one of which every match must contain: its first two words where they can be
    spelled out, else its first word; None when neither can be told."""
    plain = _PLAIN_LEAD.match(pattern)
    if plain and not _splits_at_top(pattern):
        key = _settled(plain.group(1), 2)
        if key is not None:
            return {key}
    items = list(_parser.parse(pattern))
    # zero-width assertions in front ("(?<!not )\\bsure") leave the match's first word where it was
    lead = next((i for i, (op, _) in enumerate(items) if op not in _ASSERTIONS), len(items))
    if lead == len(items) or items[lead] not in ((_c.AT, _c.AT_BOUNDARY), (_c.AT, _c.AT_BEGINNING)):
        return None
    for words in (2, 1):
        out: set[str] = set()
        if _expand(items, 0, "", out, words, [0]):
            return out
    return None


def _splits_at_top(pattern: str) -> bool:
    """Whether the pattern is an alternation at its top level (each branch has its own words)."""
    depth = 0
    escaped = in_class = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


def _settled(prefix: str, words: int) -> str | None:
    """The key once `prefix` fixes the first `words` words (three letters of each)."""
    text = prefix.replace("'", "")
    tokens = _TOKENS.findall(text)
    if len(tokens) < words:
        return None
    last = tokens[words - 1]
    complete = len(tokens) > words or not text[-1:].isalnum()
    if len(last) < 3 and not complete:
        return None
    return " ".join(t[:3] for t in tokens[:words])


def _expand(items: list[tuple[Any, Any]], i: int, prefix: str, out: set[str], words: int,
            budget: list[int]) -> bool:
    """Spell out the pattern's possible beginnings until `words` words are fixed."""
    budget[0] += 1
    if budget[0] > 5000 or prefix.startswith("'"):
        # a pattern that can start inside a contraction ("it'd" matched at "'d") has no word key
        return False
    key = _settled(prefix, words)
    if key is not None:
        out.add(key)
        return True
    if i == len(items):
        return False
    op, av = items[i]
    rest = items[i + 1 :]
    if op is _c.LITERAL:
        return _expand(items, i + 1, prefix + chr(av), out, words, budget)
    if op is _c.AT or op in _ASSERTIONS:  # zero-width: they narrow the matches, not their words
        return _expand(items, i + 1, prefix, out, words, budget)
    if op is _c.SUBPATTERN:
        return _expand(list(av[-1]) + rest, 0, prefix, out, words, budget)
    if op is _c.BRANCH:
        return all(_expand(list(alt) + rest, 0, prefix, out, words, budget) for alt in av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, high, sub = av
        counts = range(low, min(high, low + 2) + 1) if high >= low else ()
        if low > 2:
            return False
        return all(_expand(list(sub) * n + rest, 0, prefix, out, words, budget) for n in counts)
    if op is _c.IN and len(av) <= 4 and all(o is _c.LITERAL for o, _ in av):
        return all(_expand(items, i + 1, prefix + chr(v), out, words, budget) for _, v in av)
    return False
