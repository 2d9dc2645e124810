"""Session summary scores, global ratings, bands and the overall score."""

from __future__ import annotations

import pytest

from scoring import Turn, build_report, render_text, score_session
from scoring.session import SCORING_VERSION, band
from tests.personas_play import bank as bank_lines


def _session(*trainee_lines: str, client: str = "I don't know. My wife keeps nagging me.") -> list[Turn]:
    turns: list[Turn] = []
    for line in trainee_lines:
        turns += [Turn("client", client), Turn("trainee", line)] if client else [Turn("trainee", line)]
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
    assert good.score >= 50 > 20 > bad.score
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


@pytest.mark.parametrize(("value", "expected"), [(None, None), (0.9, "below fair"),
                                                   (1.0, "fair"), (2.0, "good")])
def test_bands_follow_miti_thresholds(value: float | None, expected: str | None) -> None:
    assert band(value, 1.0, 2.0) == expected


def test_score_parts_add_up_to_the_score() -> None:
    for turns in (JOINING, CONFRONTING, STOCK * 3):
        scores = score_session(turns)
        assert scores.score == round(100 * sum(scores.score_parts.values()))
        assert scores.scoring_version == SCORING_VERSION


# --- listening: a formula cannot score well ----------------------------------------------------------

CLIENTS = ["I only came because my wife keeps nagging me about the drinking.", "The shifts at the depot wreck me.",
           "My brother moved to Leeds and never calls.", "The court sent me. I'm here, aren't I.",
           "The kids hear us fight about the beer.", "I haven't slept properly since the accident."]
STOCK = _session("That sounds really hard.", "Thank you for sharing that.", "It's completely your call.",
                 "Tell me more about that.", client="")


def _with_clients(trainee: list[str]) -> list[Turn]:
    return [t for i, line in enumerate(trainee) for t in (Turn("client", CLIENTS[i % len(CLIENTS)]),
                                                          Turn("trainee", line))]


def test_stock_lines_that_fit_any_client_cannot_score_above_60() -> None:
    bank = bank_lines()
    for start in range(0, len(bank) - 6, 3):
        rotation = bank[start:start + 4]
        scores = score_session(_with_clients([rotation[i % 4] for i in range(24)]))
        assert scores.score <= 60, (rotation, scores.score)
        assert scores.globals["empathy"].score <= 3 and scores.globals["partnership"].score <= 3, rotation


def test_one_sentence_said_twenty_times_counts_once() -> None:
    line = "It sounds like your wife nagging you about the drinking really gets to you."
    scores = score_session(_with_clients([line] * 20))
    assert scores.repeats == 19 and scores.counts["reflection_complex"] + scores.counts["reflection_simple"] == 1
    assert scores.r_q is None and scores.bands["r_q"] is None
    assert scores.score <= 30


# Turns that each pick up the client line they answer (CLIENTS, in order).
LISTENED = [
    "Your wife keeps on at you about the drinking, and you'd rather not be here.",
    "The depot shifts leave you wrecked.",
    "Your brother in Leeds never picks up the phone.",
    "The court made this decision, not you.",
    "The kids hearing the fights about the beer is the part that stings.",
    "Since the accident, sleep hasn't come back.",
]


def test_listening_lifts_the_score_and_the_relational_ratings() -> None:
    listened = _with_clients(LISTENED)
    stock = _with_clients(["That sounds really hard.", "Thank you for sharing that.", "I hear you.",
                           "That must be difficult.", "Tell me more about that.", "That makes sense."])
    good, bad = score_session(listened), score_session(stock)
    assert good.listening_share >= 0.8 > 0.2 >= bad.listening_share
    assert good.score >= bad.score + 25
    assert good.globals["empathy"].score > bad.globals["empathy"].score
    assert good.globals["partnership"].score > bad.globals["partnership"].score


def test_righting_reflex_early_is_noted() -> None:
    scores = score_session(CONFRONTING)
    assert scores.flag_counts.get("righting_reflex_early") == 1


# Scoring version 3: what a gamer found scored 75-97 under version 2 (the client's last line handed
# back, a stock feeling bolted on, a rotating "your call" tag) now scores as the formula it is.
TAILS = ["and that matters to you.", "and that's been sitting with you.", "and part of you is tired of it.",
         "and nobody quite sees that.", "and it's heavier than it looks from outside."]
TAGS = ["Your call, no lectures.", "Not trying to fix you, quick deal.", "You pick what we talk about."]


def _handed_back(line: str) -> str:
    flipped = line.rstrip(".").replace("My ", "Your ").replace(" me ", " you ").replace("I ", "you ")
    return flipped[0].upper() + flipped[1:]


def test_the_clients_line_handed_back_with_a_tail_and_a_tag_is_a_formula() -> None:
    n = 12
    formula = [f"{_handed_back(CLIENTS[i % len(CLIENTS)])}, {TAILS[i % len(TAILS)]} {TAGS[i % len(TAGS)]}"
               for i in range(n)]
    gamed, heard = score_session(_with_clients(formula)), score_session(_with_clients(LISTENED))
    assert gamed.score <= 45 and gamed.score <= heard.score - 20, (gamed.score, heard.score)
    assert sum(t.repeat or t.habit for t in gamed.turns) >= n // 2
    assert gamed.listening_share < heard.listening_share


def test_a_tag_said_again_counts_for_what_the_turn_adds() -> None:
    tagged = [f"{line} Your call, no lectures." for line in LISTENED]
    scores = score_session(_with_clients(tagged))
    assert scores.counts["emphasizing_autonomy"] <= 1  # the tag counts the first time only
    assert scores.counts["reflection_simple"] + scores.counts["reflection_complex"] >= len(LISTENED) - 1
    assert scores.repeats == 0  # each turn still said something new
    assert abs(scores.score - score_session(_with_clients(LISTENED)).score) <= 10


def test_the_same_sentence_shape_with_other_words_slotted_in_counts_once() -> None:
    shape = [f"So what I'm hearing is that {_handed_back(line).lower()} and that is what really matters to you."
             for line in CLIENTS]
    scores = score_session(_with_clients(shape))
    assert scores.repeats >= len(CLIENTS) - 2
    assert scores.score <= 45


def test_handing_the_clients_words_back_now_and_then_still_listens() -> None:
    pairs = [*zip(CLIENTS[:4], [LISTENED[0], "The shifts at the depot wreck you.", *LISTENED[2:4]], strict=True),
             (CLIENTS[5], "You haven't slept properly since the accident.")]
    turns = [t for client, line in pairs for t in (Turn("client", client), Turn("trainee", line))]
    scores = score_session(turns)
    echoes = [t for t in scores.turns if t.coded.echo]
    assert len(echoes) == 2 and all(t.listened and not t.repeat for t in echoes)
    assert scores.repeats == 0


def test_following_the_client_in_other_words_counts_half_as_listening() -> None:
    # a supervisor helper's skilled session with Seamus: paraphrase after paraphrase had counted as no listening
    # at all, and scored below handing his words back
    turns = [Turn("client", "Sixty acres. Suckler cows, mostly. I sold the lot at the mart."),
             Turn("trainee", "Nothing to do with the hands now."),
             Turn("client", "Six in the morning I still wake for the cattle. There is no cattle."),
             Turn("trainee", "The body keeps the old timetable."),
             Turn("client", "I walk the dog to the same gate and back. That is the morning gone."),
             Turn("trainee", "Filling the hours, more than living them.")]
    scores = score_session(turns)
    assert not any(t.listened for t in scores.turns)
    assert scores.listening_share == 0.5
    assert "3 more followed them in other words" in build_report(scores).listening
    stock = score_session(_with_clients(["That sounds really hard.", "I hear you.", "That must be difficult."]))
    assert scores.score > stock.score


def test_thanks_said_again_is_manners_not_a_formula() -> None:
    """A supervisor helper's Kofi: "Thank you for telling me about Kwabena. You lost your brother to this…"
    counted as said before, for the "Thank you for telling me" of an earlier turn, and earned nothing."""
    turns = [Turn("client", "I tried once. Three weeks. My wife bought me a pack herself."),
             Turn("trainee", "Thank you for telling me that. Three weeks, and it was your wife who handed you the pack."),
             Turn("client", "My brother Kwabena died of it. In Kumasi. I couldn't fly back in time."),
             Turn("trainee", "Thank you for telling me about Kwabena. You lost your brother to this, far from home, "
                             "and couldn't even be there to say goodbye.")]
    scores = score_session(turns)
    assert not any(t.repeat for t in scores.turns), [(t.text, t.repeat) for t in scores.turns]


def test_reflections_surely_in_the_trainees_own_words_count_three_quarters() -> None:
    """Scoring version 6: a supervisor helper's skilled paraphraser had partnership 2.5 against a parrot's 3, because
    only reflections carrying the client's words counted as listening there.  A complex reflection the coder is sure
    joins counts ¾, one only linked to the client ½, as the client engine weighs them."""
    from scoring.session import OWN_WORDS_CREDIT, PARAPHRASE_CREDIT, in_own_words, paraphrased
    turns = [Turn("client", "My wife thinks this could be good for me."),
             Turn("trainee", "Coming here wasn't your idea, and sitting with a stranger feels exposing."),
             Turn("client", "I don't really talk about stuff. Never have."),
             Turn("trainee", "Keeping things to yourself has served you for a long time, and this asks the opposite."),
             Turn("client", "She says I bottle it up."),
             Turn("trainee", "She worries about what you carry, and you'd rather carry it quietly.")]
    scores = score_session(turns)
    assert all(paraphrased(t) for t in scores.turns)
    own = sum(in_own_words(t) for t in scores.turns)
    assert own >= 2
    expected = (OWN_WORDS_CREDIT * own + PARAPHRASE_CREDIT * (3 - own)) / 3
    assert scores.listening_share == round(expected, 3) > PARAPHRASE_CREDIT
    assert scores.scoring_version == SCORING_VERSION == 6


def test_the_listening_line_says_what_lines_in_other_words_counted() -> None:
    """My own play after scoring version 6: the report still said "(counted half)" beside a share that had counted a
    sure reflection in the trainee's own words ¾."""
    turns = [Turn("client", "I don't really talk about stuff. Never have."),
             Turn("trainee", "Keeping things to yourself has served you for a long time, and this asks the opposite."),
             Turn("client", "She says I bottle it up."),
             Turn("trainee", "She worries about what you carry, and you'd rather carry it quietly.")]
    text = render_text(build_report(score_session(turns)))
    assert "followed them in other words (counted ¾ each)" in text, text
