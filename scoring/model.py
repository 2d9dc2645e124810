"""A small multinomial logistic-regression model over words, trained on our own labelled data.

Rules name their cue but miss wordings nobody wrote a rule for; the model has seen ~2,000
labelled turns and catches those.  It is pure Python (a dict of weights shipped as JSON), so
it costs no dependency and codes tens of thousands of turns a second.  Training lives in
`scoring.train`; only the tuning files are ever fitted, never the held-out one.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

from scoring import cues
from scoring.codes import Code
from scoring.text import Sentence, content_words, normalise

_TOKEN = re.compile(r"[a-z0-9']+")


def features(sentences: Sequence[Sentence], context: str) -> list[str]:
    """Sparse binary features: words and word pairs per sentence, plus how it meets the client."""
    out: list[str] = []
    for sentence in sentences:
        words = _TOKEN.findall(sentence.core)
        if sentence.asks:
            words.append("<q>")
        seq = ["<s>", *words, "</s>"]
        out.extend(seq)
        out.extend(f"{a}_{b}" for a, b in pairwise(seq))
    out.append(f"n={min(len(sentences), 3)}")
    if context:
        out.append("<ctx>")
        said = content_words(context)
        mine = content_words(" ".join(s.core for s in sentences))
        if mine:
            out.append(f"ov={min(int(4 * len(mine & said) / len(mine)), 3)}")
        if cues.CLIENT_ASKED.search(normalise(context)):
            out.append("<asked>")
        if "?" in context:
            out.append("<ctx?>")
    return out


class Model:
    """Weights per feature per label; a prediction is a softmax over summed weights."""

    def __init__(self, labels: Sequence[str], weights: dict[str, dict[str, float]],
                 bias: dict[str, float]) -> None:
        self.labels = tuple(labels)
        self.weights = weights
        self.bias = bias
        # Dense rows, summed column-wise in C (zip + sum): faster than a Python loop over weights.
        self._rows = {f: tuple(row.get(label, 0.0) for label in self.labels) for f, row in weights.items()}
        self._bias = tuple(bias[label] for label in self.labels)
        self._codes = tuple(Code(label) for label in self.labels)

    def scores(self, feats: Iterable[str]) -> dict[str, float]:
        return dict(zip(self.labels, self._totals(feats), strict=True))

    def _totals(self, feats: Iterable[str]) -> list[float]:
        get = self._rows.get
        active = [row for row in map(get, set(feats)) if row is not None]
        return list(map(sum, zip(self._bias, *active, strict=True)))

    def log_probs(self, feats: Iterable[str], temperature: float = 1.0) -> dict[Code, float]:
        """Normalised log-probability of each code; a temperature above 1 tempers a model
        that learned from a few thousand turns and is surer of itself than it should be."""
        totals = [v / temperature for v in self._totals(feats)]
        top = max(totals)
        log_z = top + math.log(sum([math.exp(v - top) for v in totals]))
        return {code: v - log_z for code, v in zip(self._codes, totals, strict=True)}

    def evidence(self, feats: Sequence[str], label: str) -> tuple[str, ...]:
        """The word features that pushed hardest toward `label`, for a human-readable reason."""
        pushes = sorted(((self.weights.get(f, {}).get(label, 0.0), f) for f in set(feats)),
                        reverse=True)
        words = [f for w, f in pushes if w > 0.3 and "<" not in f and not f.startswith(("n=", "ov="))]
        return tuple(words[:3])

    def to_json(self) -> dict[str, Any]:
        return {"labels": list(self.labels), "bias": self.bias, "weights": self.weights}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Model:
        return cls(data["labels"], data["weights"], data["bias"])


@lru_cache(maxsize=1)
def shipped() -> Model | None:
    """The model packaged with scoring, or None if it has not been trained yet."""
    path = resources.files("scoring").joinpath("data/model.json")
    if not path.is_file():
        return None
    return Model.from_json(json.loads(path.read_text(encoding="utf-8")))
