"""Session summary scores, global ratings, bands and the overall score."""

from __future__ import annotations

import pytest

from scoring import Turn, score_session
from scoring.session import band


def _session(*trainee_lines: str, client: str = "I don't know. My wife keeps nagging me.") -> list[Turn]:
    turns: list[Turn] = []
    for line in trainee_lines:
        turns += [Turn("client", client), Turn("trainee", line)]
    return turns


JOINING = _session(
    "So your wife keeps nagging you, and you're fed up with it.",
    "It sounds like part of you wonders whether she has a point, and part of you is tired of hearing it.",
    "What would you like to be different?",
    "It's your decision what you do next.",
    "You came here even though you weren't sure about it. That took something.",
)
CONFRONTING = _session(
    "You need to stop drinking.",
    "You're in denial.",
    "Do you drink every day? How much?",
    "Why don't you just quit?",
    "If you keep this up you'll lose your family.",
)


def test_counts_ratios_and_shares() -> None:
    scores = score_session(JOINING)
    assert sum(scores.counts.values()) == 5
    reflections = scores.counts["reflection_simple"] + scores.counts["reflection_complex"]
    questions = scores.counts["question_open"] + scores.counts["question_closed"]
    assert scores.r_q == round(reflections / questions, 2)
    assert scores.pct_complex_reflection == round(scores.counts["reflection_complex"] / reflections, 2)
    assert scores.mi_adherent == sum(scores.counts[c] for c in ("affirm", "seeking_collaboration", "emphasizing_autonomy"))
    assert scores.joining_share == 1.0 and scores.confronting_share == 0.0
    trainee_words = sum(len(t.text.split()) for t in JOINING if t.speaker == "trainee")
    assert scores.trainee_talk_share == round(trainee_words / sum(len(t.text.split()) for t in JOINING), 3)


def test_joining_session_outscores_confronting_one() -> None:
    good, bad = score_session(JOINING), score_session(CONFRONTING)
    assert good.score > 60 > 20 > bad.score
    assert bad.mi_non_adherent >= 3
    assert bad.confronting_share >= 0.6
    for name in good.globals:
        assert 1 <= bad.globals[name].score <= good.globals[name].score <= 5
        assert good.globals[name].evidence


def test_question_runs_are_counted_and_flagged() -> None:
    turns = _session("Do you drink?", "How often?", "When did it start?", "Why do you think that is?",
                     "So it's been going on for a while.")
    scores = score_session(turns)
    assert scores.longest_question_run == 4
    assert scores.flag_counts.get("question_run") == 2
    assert scores.score_parts["question_run_penalty"] < 0


def test_no_questions_and_no_turns_are_handled() -> None:
    assert score_session(_session("So it's been a hard week.")).r_q is None
    empty = score_session([Turn("client", "hello")])
    assert empty.score == 0 and empty.r_q is None


@pytest.mark.parametrize(("value", "expected"), [(None, "below fair"), (0.9, "below fair"),
                                                   (1.0, "fair"), (2.0, "good")])
def test_bands_follow_miti_thresholds(value: float | None, expected: str) -> None:
    assert band(value, 1.0, 2.0) == expected


def test_score_parts_add_up_to_the_score() -> None:
    scores = score_session(JOINING)
    assert scores.score == round(100 * max(0.0, min(1.0, sum(scores.score_parts.values()))))


def test_righting_reflex_early_is_noted() -> None:
    scores = score_session(CONFRONTING)
    assert scores.flag_counts.get("righting_reflex_early") == 1
