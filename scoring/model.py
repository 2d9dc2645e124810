"""The coder's multinomial logistic-regression model, read from exported weights.

Rules name their cue but miss wordings nobody wrote a rule for; the model has seen a few thousand
labelled turns (as *form* features, see `scoring.features`) and catches those.  It is fitted with
scikit-learn at training time (`scoring.train`), but inference is a dict of weights shipped as
JSON: no runtime dependency, a fraction of a millisecond per turn.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from scoring.codes import Code


class Model:
    """Weights per feature per label; a prediction is a softmax over summed weights."""

    def __init__(self, labels: Sequence[str], weights: dict[str, dict[str, float]],
                 bias: dict[str, float], stance_temperature: float = 1.0) -> None:
        self.labels = tuple(labels)
        self.stance_temperature = stance_temperature
        self.weights = weights
        self.bias = bias
        # Dense rows, summed column-wise in C (zip + sum): faster than a Python loop over weights.
        self._rows = {f: tuple(row.get(label, 0.0) for label in self.labels) for f, row in weights.items()}
        self._bias = tuple(bias[label] for label in self.labels)
        codes = {c.value for c in Code}
        self._codes = tuple(Code(label) for label in self.labels) if set(self.labels) <= codes else ()

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

    def label_probs(self, feats: Iterable[str]) -> dict[str, float]:
        """Probability of each label, for models whose labels are not codes (the listening link)."""
        totals = self._totals(feats)
        top = max(totals)
        exps = [math.exp(v - top) for v in totals]
        z = sum(exps)
        return {label: e / z for label, e in zip(self.labels, exps, strict=True)}

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
        return cls(data["labels"], data["weights"], data["bias"], data.get("stance_temperature", 1.0))


@lru_cache(maxsize=1)
def _shipped_json() -> dict[str, Any] | None:
    path = resources.files("scoring").joinpath("data/model.json")
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def shipped() -> Model | None:
    """The code model packaged with scoring, or None if it has not been trained yet."""
    data = _shipped_json()
    return Model.from_json(data) if data is not None else None


@lru_cache(maxsize=1)
def shipped_link() -> Model | None:
    """The listening-link model packaged with scoring, or None (then a lexical rule decides)."""
    data = _shipped_json()
    if data is None or "link" not in data:
        return None
    return Model.from_json(data["link"])


@lru_cache(maxsize=1)
def shipped_pushing() -> Model | None:
    """The form-only "does this move push?" model (labels `no` / `yes`), or None: a second opinion
    on the confronting cues that never sees them (see `scoring.coder.PUSH_OPENS`)."""
    data = _shipped_json()
    if data is None or "pushing" not in data:
        return None
    return Model.from_json(data["pushing"])


@lru_cache(maxsize=1)
def shipped_wording() -> Model | None:
    """The "does this move push?" model over the turn's own words (labels `no` / `yes`), or None: it opens
    the gate for a push no cue named (see `scoring.wording`)."""
    data = _shipped_json()
    if data is None or "wording" not in data:
        return None
    return Model.from_json(data["wording"])


@lru_cache(maxsize=1)
def shipped_depth() -> Model | None:
    """The simple-or-complex model (labels the two reflection codes), or None: once a turn is a
    reflection, how deep it goes is a question of its own (see `scoring.coder._depth`)."""
    data = _shipped_json()
    if data is None or "depth" not in data:
        return None
    return Model.from_json(data["depth"])
