"""Fit the coder's word model on the tuning files (never the held-out one) and save it.

Run `python -m scoring.train tests/data/tune_*.csv` after changing the labelled data; the
result is deterministic, so the shipped JSON only changes when the data or this code does.
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from scoring.codes import Code
from scoring.model import Model, features
from scoring.text import split_sentences


def fit(
    rows: Sequence[tuple[list[str], str]],
    labels: Sequence[str],
    *,
    epochs: int = 40,
    l2: float = 1e-4,
    l1: float = 0.0,
    rate: float = 0.5,
    min_count: int = 2,
    prune: float = 0.02,
    seed: int = 7,
) -> Model:
    """Multinomial logistic regression by AdaGrad SGD over sparse binary features."""
    counts = Counter(f for feats, _ in rows for f in set(feats))
    vocab = {f for f, n in counts.items() if n >= min_count}
    data = [([f for f in set(feats) if f in vocab], label) for feats, label in rows]
    weights: dict[str, dict[str, float]] = {f: dict.fromkeys(labels, 0.0) for f in vocab}
    grads: dict[str, dict[str, float]] = {f: dict.fromkeys(labels, 1e-8) for f in vocab}
    bias = dict.fromkeys(labels, 0.0)
    bias_g = dict.fromkeys(labels, 1e-8)
    order = list(range(len(data)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            feats, gold = data[i]
            totals = dict(bias)
            for f in feats:
                for label, w in weights[f].items():
                    totals[label] += w
            top = max(totals.values())
            exps = {label: math.exp(v - top) for label, v in totals.items()}
            z = sum(exps.values())
            for label in labels:
                g = exps[label] / z - (1.0 if label == gold else 0.0)
                bias_g[label] += g * g
                bias[label] -= rate * g / math.sqrt(bias_g[label])
                for f in feats:
                    row = weights[f]
                    gw = g + l2 * row[label]
                    grads[f][label] += gw * gw
                    step = rate / math.sqrt(grads[f][label])
                    w = row[label] - step * gw
                    # L1 shrinkage keeps only the weights a feature really needs, so a
                    # prediction sums a few numbers per word instead of twelve.
                    row[label] = math.copysign(max(abs(w) - step * l1, 0.0), w) if l1 else w
    kept = {
        f: {label: round(w, 4) for label, w in row.items() if abs(w) >= prune}
        for f, row in weights.items()
    }
    return Model(labels, {f: row for f, row in kept.items() if row},
                 {k: round(v, 4) for k, v in bias.items()})


def training_rows(paths: Sequence[Path]) -> list[tuple[list[str], str]]:
    from scoring.evaluate import read_labelled

    rows = []
    for path in paths:
        for turn in read_labelled(path):
            rows.append((features(split_sentences(turn.text), turn.context), turn.code.value))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    paths = [Path(p) for p in (argv if argv is not None else sys.argv[1:])]
    if not paths or any("heldout" in p.name for p in paths):
        print("usage: python -m scoring.train TUNE.csv [...]  (never the held-out file)")
        return 2
    model = fit(training_rows(paths), [c.value for c in Code])
    out = Path(__file__).parent / "data" / "model.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(model.to_json(), separators=(",", ":"), sort_keys=True) + "\n")
    print(f"{out}: {len(model.weights)} features from {len(paths)} file(s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
