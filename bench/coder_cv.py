"""Cross-validated coder figures on the realistic tuning sessions, holding out whole sessions.

The shipped model has seen every tuning session, so scoring it there flatters it (in-sample).
This refits the word model, the form-only pushing model and the listening-link model K times,
each time without one fold of whole sessions (and without one half of the confrontation lists),
and scores only what each fit did not see.  The cue rules stay fixed, so the figures are still
optimistic about rules written while reading these sessions: the untouched set is the honest
measure.  Used to choose `scoring.train.C` and the form model's thresholds
(`scoring.coder.PUSH_VETO`, `PUSH_VETO_CONFRONT`, `PUSH_OPENS`).

    python bench/coder_cv.py [C ...]      (needs the `train` extra; about 20 s per C on 2 cores)
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from unittest.mock import patch

from scoring import coder, listening
from scoring import evaluate as evaluation
from scoring.coder import CodedTurn, model_input
from scoring.codes import Code, Stance
from scoring.evaluate import LabelledTurn, evaluate, read_labelled
from scoring.model import shipped
from scoring.train import DATA, fit, fit_link, fit_pushing, tuning_files

FOLDS = 6
REAL = DATA / "realistic"


def _rows(turns: list[LabelledTurn]) -> list[tuple[list[str], str]]:
    return [(model_input(t.text, t.context, t.history).features, t.code.value) for t in turns]


def cross_validate(c: float) -> str:
    sessions = read_labelled(REAL / "sessions_tune.csv")
    lists = [read_labelled(REAL / "never_confront_tune.csv"), read_labelled(REAL / "must_confront_tune.csv")]
    halves = [[t for lst in lists for t in lst[i::2]] for i in (0, 1)]
    others = _rows([t for p in tuning_files() if p.parent != REAL for t in read_labelled(Path(p))])
    half_rows = [_rows(h) for h in halves]
    ids = sorted({t.session for t in sessions})
    random.Random(3).shuffle(ids)
    base = shipped()
    temperature = base.stance_temperature if base else 1.0
    predicted: dict[tuple[str, str], CodedTurn] = {}
    for k in range(FOLDS):
        fold = set(ids[k::FOLDS])
        held_half = k % 2
        train = others + half_rows[1 - held_half] + _rows([t for t in sessions if t.session not in fold])
        model, _ = fit(train, [code.value for code in Code], c)
        pushing = fit_pushing(train)
        model.stance_temperature = temperature
        link = fit_link([t for t in sessions if t.session not in fold])
        coder._code_turn_cached.cache_clear()
        # the coder and the listening measure read their models through these names
        with patch.object(coder, "shipped", lambda m=model: m), \
                patch.object(coder, "shipped_pushing", lambda m=pushing: m), \
                patch.object(listening, "shipped_link", lambda m=link: m):
            for t in [t for t in sessions if t.session in fold] + halves[held_half]:
                predicted[(t.text, t.context)] = coder.code_turn(t.text, t.context, t.history)
        coder._code_turn_cached.cache_clear()
    with patch.object(evaluation, "code_turn", lambda text, context="", history=(): predicted[(text, context)]):
        result = evaluate(sessions)
    confronting = result.stance(Stance.CONFRONTING)
    never, must = lists
    false_alarms = sum(predicted[(t.text, t.context)].stance is Stance.CONFRONTING for t in never)
    caught = sum(predicted[(t.text, t.context)].stance is Stance.CONFRONTING for t in must)
    return (f"C={c:<4} sessions n={result.n}: macro-F1 {result.macro_f1:.3f}, stance {result.stance_macro_f1:.3f}, "
            f"false confronting {result.false_confronting:.1%}, confronting recall {confronting.recall:.3f}, "
            f"4-way {result.four_macro_f1:.3f}, depth κ {result.depth_kappa or 0:.3f}, "
            f"link κ {result.link_kappa or 0:.3f}, ECE {result.stance_ece:.3f}; "
            f"lists: never {false_alarms}/{len(never)} confronting, must {caught}/{len(must)} caught")


def main(argv: list[str]) -> None:
    for c in [float(a) for a in argv] or [0.3, 1.0]:
        print(cross_validate(c), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
