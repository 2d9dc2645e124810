"""Lines a trainee says again: the same sentence in the same words, or the same sentence shape with
other words of the client's slotted in ("So X really matters to you…" turn after turn).

A recited line shows no listening however well it fitted the first time: a client hears the
formula, and a score that counted it would teach one.  The client engine (for what the client
hears) and the session score (for what the trainee is told) read turns through the same functions
here, so the two never disagree about what was recited.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from scoring.cues import FEELINGS, THANKS
from scoring.listening import COMMON, STOCK, flip_person, shown_as_said
from scoring.text import normalise, stem

FRAME_WORDS = 5  # fixed words a frame needs before it can be recognised as the same one
FEELING_FRAME_WORDS = 3  # fixed words, a feeling slot among them, that make a frame recognisable
FRAME_SAME = 0.8  # word-sequence similarity at which two frames are the same
STOCK_LINE_WORDS = 3  # fixed words a sentence needs before saying it again makes it a stock line
# A run of this many of the trainee's own words, in order and unbroken by the client's, said again:
# "…, and underneath that maybe you feel <word>" bolted onto each echo is one tail, however the
# echo before it varies.  In 7,127 realistic tuning turns, 3 shared such a run with one of the five
# turns before them.  Every earlier turn of the session is compared now, and 42 of 10,205 tuning turns share
# a run with one ("…to you, and it sounds like…" twice in a skilled session with Harjit, and the second, a
# fine reflection, earned nothing); at six words 10 do, but the gamers' drivers then reached a breakthrough
# in 22 of 28 sessions with keyword templates (14 at five) and 13 of 28 with universal lines (3 at five).
RUN_WORDS = 5

_SENTENCES = re.compile(r"(?<=[.!?;])\s+|\n+")
_TOKEN = re.compile(r"[a-z0-9']+")
ECHOED_SHARE = 0.7  # of a turn's words from the client's last line, for it to be that line handed back
# The scaffold a trainee builds a turn on stays theirs even when the client's line holds the same small
# words: "so … and you feel F" must read as one frame turn after turn.
_OWN = frozenset(["so", "and", "you", "feel", "it", "sounds", "like", "seems", "underneath", "that", "maybe", "but"])


def sentence_frames(text: str, theirs: Iterable[str], last: str = "") -> list[tuple[str, str, str]]:
    """Each sentence of the turn as typed, normalised, and as its frame: the words the client has
    used (`theirs`, as stems) replaced by `_`, runs of them collapsed."""
    # Everyday words and stock empathy ("maybe", "feel", "alone", "underneath") stay the trainee's own even
    # once the client has said them: a formula whose words the client happens to use is still a formula.
    heard = frozenset(theirs) - COMMON - STOCK
    # Every word of the client's last line, said back as it was or with the pronouns turned round, is
    # theirs too: "So in ten minutes than the doctor did in ten years, and you feel unheard" is the
    # client's line chopped and handed back, whatever its small words.  A feeling word is one slot,
    # F, whichever feeling it is: "…, and you feel stuck", then "tired", then "worried" is one tail.
    # Only for a turn that is mostly that line handed back: a trainee's own sentence keeps its frame.
    echoed = _handed_back(text, last) if last else frozenset()
    handed_back = bool(echoed)
    out: list[tuple[str, str, str]] = []
    for sentence in _SENTENCES.split(text.strip()):
        norm = normalise(sentence)
        if THANKS.match(norm.rstrip(".!?… ")):
            continue  # "Thank you for telling me that." said to every client is manners, not a formula of listening
        words: list[str] = []
        for word in _TOKEN.findall(norm):
            if handed_back and FEELINGS.fullmatch(word):
                words.append("F")
                continue
            slot = (len(word) > 2 and stem(word) in heard) or (word in echoed and word not in _OWN)
            if not (slot and words and words[-1] == "_"):
                words.append("_" if slot else word)
        if words:
            out.append((sentence, norm, " ".join(words)))
    return out


def _handed_back(text: str, last: str) -> frozenset[str]:
    """The words of the client's last line (as said, or with the pronouns turned round) when the turn is
    mostly that line handed back; none when it is not."""
    said = normalise(shown_as_said(last))
    echoed = frozenset(_TOKEN.findall(said)) | frozenset(_TOKEN.findall(flip_person(said)))
    tokens = [w for w in _TOKEN.findall(normalise(text)) if w not in _OWN and not FEELINGS.fullmatch(w)]
    share = sum(w in echoed for w in tokens)
    return echoed if tokens and share >= ECHOED_SHARE * len(tokens) else frozenset()


@lru_cache(maxsize=8192)
def fixed_words(shape: str) -> int:
    """The words of a frame that are the trainee's own (not a slot, not a sentence break)."""
    return sum(w not in ("_", "|") for w in shape.split())


def can_match(shape: str) -> bool:
    """Whether a frame has enough fixed words to be recognised as the same sentence again.  A feeling
    slot bolted onto the client's words handed back ("_ and you feel F") is a frame of its own: with or
    without a "So" in front, it is the same formula turn after turn."""
    fixed = fixed_words(shape)
    return fixed >= FRAME_WORDS or (fixed >= FEELING_FRAME_WORDS and "F" in shape.split())


def same_frame(first: str, second: str) -> bool:
    """Two frames with enough fixed words that read as the same sentence, or that share a run of the
    trainee's own words long enough to be the same bolted-on tail or opening."""
    if not (can_match(first) and can_match(second)):
        return False
    if runs_of(first) & runs_of(second):
        return True
    a, b = _words(first), _words(second)
    # the ratio can be no higher than 2·shorter/(both): most pairs of a session's frames differ in length
    # that much, and every frame is now compared with the whole session, so the bound goes first
    if 2 * min(len(a), len(b)) < FRAME_SAME * (len(a) + len(b)):
        return False
    shared = sum((_bag(first) & _bag(second)).values())  # the same bound from the words both hold
    if 2 * shared < FRAME_SAME * (len(a) + len(b)):
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= FRAME_SAME


@lru_cache(maxsize=8192)
def _words(shape: str) -> tuple[str, ...]:
    return tuple(shape.split())


@lru_cache(maxsize=8192)
def _bag(shape: str) -> Counter[str]:
    return Counter(_words(shape))


@lru_cache(maxsize=4096)
def runs_of(shape: str) -> frozenset[tuple[str, ...]]:
    """Every RUN_WORDS-long stretch of the trainee's own words in a frame (not across a slot or a
    sentence break): two frames that share one share a run that long."""
    out: set[tuple[str, ...]] = set()
    run: list[str] = []
    for word in [*shape.split(), "|"]:
        if word in ("_", "|"):
            out.update(tuple(run[i:i + RUN_WORDS]) for i in range(len(run) - RUN_WORDS + 1))
            run = []
        else:
            run.append(word)
    return frozenset(out)


def shape_of(text: str, heard: Iterable[str], last: str = "") -> str:
    """A turn's sentence frames joined by " | ", or "" when too few words are the trainee's own to
    recognise it again; `last` is the client line it answered, as in `read_recital`."""
    shape = " | ".join(f for _, _, f in sentence_frames(text, heard, last))
    return shape if can_match(shape) else ""


def stock_sentences(frames: Iterable[str]) -> frozenset[str]:
    """The sentence frames of earlier turns that would be a stock line if said again: long enough
    that saying them twice is a choice ("Your call, no lectures."), not "Mm." or "Right."."""
    return frozenset(s for f in frames for s in f.split(" | ") if fixed_words(s) >= STOCK_LINE_WORDS)


@dataclass(frozen=True, slots=True)
class Recital:
    """How a turn reads against the trainee's earlier ones."""

    shape: str  # the turn's sentence frames joined by " | "
    formula: bool  # the same shape as an earlier turn, other client words slotted in
    afresh: str | None  # the sentences not said before in the same words, as typed; None when none were
    fresh: str  # the same sentences normalised (the whole turn when none was said before)


def read_recital(text: str, heard: Iterable[str], earlier: Iterable[str], last: str = "") -> Recital:
    """Read a turn against the shapes of earlier turns (`earlier`, as `Recital.shape`), with the
    client's words so far (`heard`, as stems) and every word of their last line (`last`) as the slots."""
    earlier = tuple(earlier)
    parts = sentence_frames(text, heard, last)
    shape = " | ".join(f for _, _, f in parts)
    formula = any(same_frame(shape, before) for before in earlier)
    before = stock_sentences(earlier)
    stock = any(f in before for _, _, f in parts)
    afresh = " ".join(raw for raw, _, f in parts if f not in before) if stock else None
    return Recital(shape, formula, afresh, " ".join(n for _, n, f in parts if f not in before))
