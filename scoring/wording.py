"""A third reader of pushes: the turn's own words, run by run, with the client's words masked.

The cue rules name the pushes someone wrote a rule for, and the form model (`scoring.features`) sees only
the grammar of a move, so both miss a push put in words nobody listed ("a hangover is worse than awkward,
surely", "this course has got plenty of people through, you know").  This model reads the trainee's words
in runs of one to three, learned from every tuning turn whether it pushed.  It never sees the client's topic
as evidence: a word the client used (or its stem) is read as `C`, so "the kids" handed back is a reflection's
shape whatever the kids are.  Words the trainee brings in themselves stay words, which is where an unasked
warning ("alcohol is linked to…") lives.

It only ever opens the gate for a turn no cue named (`scoring.coder.WORDING_OPENS`), at a probability
chosen by holding out whole rounds of writers (`bench/coder_cv.py --rounds`), and its log-odds weigh the
confronting codes of the turns it let in.
"""

from __future__ import annotations

import re

from scoring.model import shipped_wording
from scoring.text import content_words, normalise, stem

_TOKEN = re.compile(r"[a-z0-9']+")
RUNS = 3  # words in the longest run read


def wording_features(norm: str, context: str = "") -> list[str]:
    """The runs of one to three words in the (normalised) turn, the client's own words read as `C`."""
    theirs = content_words(normalise(context)) if context else frozenset()  # stems already
    tokens = ["C" if stem(w) in theirs else w for w in _TOKEN.findall(norm)]
    return [" ".join(tokens[i:i + n]) for n in range(1, RUNS + 1) for i in range(len(tokens) - n + 1)]


def pushes_in_words(norm: str, context: str = "") -> float | None:
    """How likely the turn's words say it pushes, if the model is shipped."""
    model = shipped_wording()
    return None if model is None else model.label_probs(wording_features(norm, context))["yes"]
