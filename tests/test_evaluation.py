"""The coder against labelled data: the held-out split must meet the issue's targets."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from scoring.codes import Code, Stance
from scoring.evaluate import LabelFileError, LabelledTurn, evaluate, four_way, read_labelled, render

DATA = Path(__file__).parent / "data"
TUNING = sorted(DATA.glob("tune_*.csv"))
HELD_OUT = sorted(DATA.glob("heldout*.csv"))


def test_labelled_data_covers_every_code_in_varied_volume() -> None:
    rows = [r for path in [*TUNING, DATA / "heldout.csv"] for r in read_labelled(path)]
    counts = Counter(r.code for r in rows)
    assert len(rows) >= 1000
    assert all(counts[code] >= 40 for code in Code), counts
    assert len({r.text for r in rows}) == len(rows), "duplicate utterances in the labelled data"


@pytest.mark.parametrize("held_out", HELD_OUT, ids=lambda p: p.name)
def test_held_out_split_is_separate_from_tuning(held_out: Path) -> None:
    tuning = {r.text.strip().lower() for path in TUNING for r in read_labelled(path)}
    held = {r.text.strip().lower() for r in read_labelled(held_out)}
    assert not tuning & held


# Floors, not targets: the coder now refuses to call a move confronting without an explicit cue of
# that move, which traded confronting recall for far fewer false confrontations (see the README).
# A change that falls below these makes the coder worse on data it was never fitted on.
HELD_OUT_FLOORS = {  # macro-F1, stance macro-F1, confronting recall, false-confronting rate (max)
    # recall at 0.75 (60 of 80) exactly since the seventeenth session: a refit part-way through the eighteenth lost
    # one push here (a failing run showed 59), the session's final coder has the 60 back
    "heldout.csv": (0.85, 0.89, 0.75, 0.012),
    "heldout_e.csv": (0.80, 0.82, 0.70, 0.03),
    "heldout_f.csv": (0.85, 0.88, 0.78, 0.03),
}


@pytest.mark.parametrize("held_out", HELD_OUT, ids=lambda p: p.name)
def test_held_out_scores_stay_above_their_floors(held_out: Path) -> None:
    macro, stance, recall, false_rate = HELD_OUT_FLOORS[held_out.name]
    result = evaluate(read_labelled(held_out))
    assert result.macro_f1 >= macro
    assert result.stance_macro_f1 >= stance
    assert result.stance(Stance.CONFRONTING).recall >= recall
    assert result.false_confronting <= false_rate


def test_report_has_per_code_rows_confusion_and_stance() -> None:
    text = render(evaluate(read_labelled(DATA / "heldout.csv")), title="heldout")
    for code in Code:
        assert code.value in text
    assert "macro-F1" in text and "confusion" in text and "stance macro-F1" in text
    assert "false-confronting rate" in text and "4-way macro-F1" in text


def test_session_files_give_each_turn_its_context_history_and_link(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text(
        "session,register,skill,speaker,text,code,link\n"
        "s1,chat,novice,client,first line,,\n"
        "s1,chat,novice,client,second line,,\n"
        "s1,chat,novice,counsellor,so the second line,reflection_simple,specific\n"
        "s2,chat,novice,counsellor,hi there,other,none\n"
    )
    first, second = read_labelled(path)
    assert (first.context, first.history, first.link) == ("second line", ("first line",), "specific")
    assert (second.context, second.history) == ("", ())  # sessions never leak into each other
    result = evaluate([first, second])
    assert result.link_n == 2 and "listening link kappa" in render(result)


def test_false_confronting_rate_and_four_way_view() -> None:
    rows = [LabelledTurn("You need to stop.", "", Code.OTHER), LabelledTurn("What brings you here?", "", Code.QUESTION_OPEN),
            LabelledTurn("Can we look at that together?", "", Code.SEEKING_COLLABORATION)]
    result = evaluate(rows)
    assert result.false_confronting == pytest.approx(1 / 3)
    assert four_way(Code.SEEKING_COLLABORATION, "Can we look at that together?") == "question"
    assert four_way(Code.SEEKING_COLLABORATION, "Let's look at it together.") == "input"
    assert four_way(Code.CONFRONT, "x") == "input" and four_way(Code.AFFIRM, "x") == "other"


def test_training_refuses_untouched_files_and_fits_a_working_model(tmp_path: Path) -> None:
    from scoring.coder import model_input
    from scoring.train import fit, main

    assert main([str(DATA / "realistic" / "sessions_untouched.csv")]) == 2
    assert main([str(DATA / "heldout.csv")]) == 2
    turns = read_labelled(DATA / "tune_canonical.csv")
    model, _ = fit([(model_input(t.text, t.context).features, t.code.value) for t in turns], [c.value for c in Code])
    probe = model_input("You should stop drinking.", "I drink a bit").features
    probs = model.log_probs(probe)
    assert max(probs, key=probs.__getitem__) is Code.PERSUADE


def test_bad_label_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("text,context,code\nhello,,greeting\n")
    with pytest.raises(LabelFileError, match=r"bad.csv:2: unknown code 'greeting'"):
        read_labelled(bad)
