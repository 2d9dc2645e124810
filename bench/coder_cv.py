"""Cross-validated coder figures on the realistic tuning sessions, holding out whole sessions.

The shipped model has seen every tuning session, so scoring it there flatters it (in-sample).
This refits the word model, the form-only pushing model and the listening-link model K times,
each time without one fold of whole sessions (and without one half of the confrontation lists),
and scores only what each fit did not see.  The cue rules stay fixed, so the figures are still
optimistic about rules written while reading these sessions: the untouched set is the honest
measure.  Used to choose `scoring.train.C` and the form model's thresholds
(`scoring.coder.PUSH_VETO`, `PUSH_VETO_CONFRONT`, `PUSH_OPENS`).

    python bench/coder_cv.py [--rounds] [--temperature T] [C ...]
        (needs the `train` extra; about 90 s per C on 2 cores)

`--rounds` holds out one round of writers at a time instead of random sessions (rounds 6-12 each, and
the early rounds in two groups) and prints each round's figures: the nearest thing to a fresh writer
that the tuning data holds.  Round 11 was written to the same brief as round 10, and scores like it.
`--temperature` overrides the stance temperature (`scoring.train.STANCE_TEMPERATURE`).
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path
from unittest.mock import patch

from scoring import coder, listening
from scoring import evaluate as evaluation
from scoring import wording as wording_module
from scoring.coder import CodedTurn, model_input
from scoring.codes import Code, Stance
from scoring.evaluate import LabelledTurn, evaluate, read_labelled
from scoring.train import DATA, STANCE_TEMPERATURE, fit, fit_depth, fit_link, fit_pushing, fit_wording, tuning_files

FOLDS = 6
REAL = DATA / "realistic"


def _rows(turns: list[LabelledTurn]) -> list[tuple[list[str], str]]:
    return [(model_input(t.text, t.context, t.history).features, t.code.value) for t in turns]


def writer_round(session: str) -> str:
    """The round a session was written in: "s11A03" -> "round 11", "s6B02" -> "round 6"; the early
    rounds' writers, one letter each, fall in two groups of about equal size."""
    numbered = re.match(r"s(\d+)[A-Z]", session)
    if numbered:
        return f"round {numbered.group(1)}"
    return "early A-L" if session[1] <= "L" else "early M-X"


def cross_validate(c: float, by_round: bool = False, temperature: float = STANCE_TEMPERATURE) -> str:
    sessions = read_labelled(REAL / "sessions_tune.csv")
    lists = [read_labelled(REAL / "never_confront_tune.csv"), read_labelled(REAL / "must_confront_tune.csv")]
    halves = [[t for lst in lists for t in lst[i::2]] for i in (0, 1)]
    other_turns = [t for p in tuning_files() if p.parent != REAL for t in read_labelled(Path(p))]
    others = _rows(other_turns)
    half_rows = [_rows(h) for h in halves]
    ids = sorted({t.session for t in sessions})
    random.Random(3).shuffle(ids)
    groups = sorted({writer_round(i) for i in ids})
    folds = [{i for i in ids if writer_round(i) == g} for g in groups] if by_round else \
        [set(ids[k::FOLDS]) for k in range(FOLDS)]
    predicted: dict[tuple[str, str], CodedTurn] = {}
    for k, fold in enumerate(folds):
        held_half = k % 2
        train = others + half_rows[1 - held_half] + _rows([t for t in sessions if t.session not in fold])
        model, _ = fit(train, [code.value for code in Code], c)
        pushing = fit_pushing(train)
        wording = fit_wording(other_turns + halves[1 - held_half] + [t for t in sessions if t.session not in fold])
        model.stance_temperature = temperature
        link = fit_link([t for t in sessions if t.session not in fold])
        depth = fit_depth(other_turns + halves[1 - held_half] + [t for t in sessions if t.session not in fold])
        coder._code_turn_cached.cache_clear()
        # the coder and the listening measure read their models through these names
        with patch.object(coder, "shipped", lambda m=model: m), \
                patch.object(coder, "shipped_pushing", lambda m=pushing: m), \
                patch.object(wording_module, "shipped_wording", lambda m=wording: m), \
                patch.object(coder, "shipped_depth", lambda m=depth: m), \
                patch.object(listening, "shipped_link", lambda m=link: m):
            for t in [t for t in sessions if t.session in fold] + halves[held_half]:
                predicted[(t.text, t.context)] = coder.code_turn(t.text, t.context, t.history)
        coder._code_turn_cached.cache_clear()
    lines = []
    with patch.object(evaluation, "code_turn", lambda text, context="", history=(): predicted[(text, context)]):
        result = evaluate(sessions)
        if by_round:
            for g in groups:
                one = evaluate([t for t in sessions if writer_round(t.session) == g])
                lines.append(f"  held out {g}: n={one.n} macro-F1 {one.macro_f1:.3f}, stance "
                             f"{one.stance_macro_f1:.3f}, false confronting {one.false_confronting:.1%}, "
                             f"recall {one.stance(Stance.CONFRONTING).recall:.3f}, ECE {one.stance_ece:.3f}")
    confronting = result.stance(Stance.CONFRONTING)
    never, must = lists
    false_alarms = sum(predicted[(t.text, t.context)].stance is Stance.CONFRONTING for t in never)
    caught = sum(predicted[(t.text, t.context)].stance is Stance.CONFRONTING for t in must)
    return "\n".join([*lines, (
        f"C={c:<4} T={temperature} {'rounds' if by_round else 'sessions'} n={result.n}: macro-F1 "
        f"{result.macro_f1:.3f}, stance {result.stance_macro_f1:.3f}, "
        f"false confronting {result.false_confronting:.1%}, confronting recall {confronting.recall:.3f}, "
        f"4-way {result.four_macro_f1:.3f}, depth κ {result.depth_kappa or 0:.3f}, "
        f"link κ {result.link_kappa or 0:.3f}, ECE {result.stance_ece:.3f}; "
        f"lists: never {false_alarms}/{len(never)} confronting, must {caught}/{len(must)} caught")])


def main(argv: list[str]) -> None:
    import argparse

    parser = argparse.ArgumentParser(description="cross-validated coder figures")
    parser.add_argument("--rounds", action="store_true", help="hold out one round of writers at a time")
    parser.add_argument("--temperature", type=float, default=STANCE_TEMPERATURE)
    parser.add_argument("c", nargs="*", type=float)
    args = parser.parse_args(argv)
    for c in args.c or [1.0]:
        print(cross_validate(c, args.rounds, args.temperature), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
