"""Asking straight about suicide or self-harm: coded as the question it is, answered by the client in
their own words, never scored against the trainee and never coached away.

A supervisor helper asked Rania and Alasdair the questions every counsellor is taught to ask.  Rania
never answered, "come back to my question" cost openness through a gate about plans, the plan
question was coded as advice, and Alasdair said "Yeah. I think so." to thoughts of ending his life
because a stock yes/no answer was put in front of his line.  The turns below are written in the three
registers trainees use; none is taken from the labelled data."""

from __future__ import annotations

import pytest

from personas.engine import DEFAULT_SAFETY
from personas.library import packaged_library
from personas.practice import PracticeSession
from scoring import Flag, Turn, build_report, code_turn, score_session
from scoring.codes import Code, Stance

LIBRARY = packaged_library()

CHECKS = [
    ("I can't sleep. I lie there at three going over it.",
     "Can I ask you something I ask everyone who feels this low? Do you ever have thoughts of ending your life?"),
    ("everything is just too much rn",
     "thats a lot. can i check something, do u ever have thoughts of hurting urself or not wanting to be here?"),
    ("Three weeks to move and nowhere to go.",
     "That's a lot landing at once. Some people in that spot have thoughts of not wanting to be here. "
     "Has that been true for you at all?"),
    ("I don't know. Um. Nights are the worst.",
     "Mm. So, um, are you- are you feeling safe tonight?"),
    ("[a long pause] Some nights I think it wouldn't matter much if I didn't wake up.",
     "Thank you for telling me that. Have you thought about how, or made any plans?"),
    # a second supervisor helper's Femi session: the clarifying questions had been read as a warning
    ("[a long silence] ...no. not like that. i just want to sleep for a long time.",
     "wanting to sleep for a long time. like not wake up?"),
    ("same as always", "do u ever think about dying?"),
    # a fourth supervisor helper's Femi: the follow-up had been read as a confrontation ("wake up") and coached away
    ("no. no plan. i wouldn't do that to my mum.",
     "wanting to sleep for a long time. when you say that, is it ever like wishing you just wouldn't wake up?"),
    # my own skilled play with Rania: the everyday words had gone unread, and the question listed to redo
    ("Okay. Maybe it's not all luck. Maybe.",
     "When it piles up like this, some people start to feel they can't go on. Has that been true for you at all?"),
]


@pytest.mark.parametrize(("context", "text"), CHECKS)
def test_a_risk_question_is_a_neutral_question_never_a_push(context: str, text: str) -> None:
    coded = code_turn(text, context)
    assert Flag.RISK_CHECK in coded.flags
    assert coded.code in (Code.QUESTION_CLOSED, Code.QUESTION_OPEN)
    assert coded.stance is not Stance.CONFRONTING
    assert "risk to life" in coded.reason


@pytest.mark.parametrize(("context", "text"), [
    ("I only drink at weekends.", "are you trying to kill yourself with that stuff?"),
    ("I didn't wake up until noon.", "have you made any plans for the weekend?"),
    ("My mum worries.", "do you feel safe at home?"),
])
def test_a_warning_or_an_everyday_plan_is_not_a_risk_check(context: str, text: str) -> None:
    assert Flag.RISK_CHECK not in code_turn(text, context).flags


def test_a_risk_question_does_not_hide_a_push_beside_it() -> None:
    coded = code_turn("you're being ridiculous. have you had thoughts of ending your life?", "I only drink at weekends.")
    assert Flag.RISK_CHECK not in coded.flags and coded.stance is Stance.CONFRONTING


def _play(persona_id: str, turns: list[str], seed: int = 9) -> tuple[PracticeSession, list[str], list[int]]:
    session = PracticeSession.start(LIBRARY.get(persona_id), seed=seed)
    replies, path = [], []
    for text in turns:
        result = session.say(text)
        replies.append(result.reply)
        path.append(result.explanation.openness_after - result.explanation.openness_before)
    return session, replies, path


def test_the_client_answers_in_order_and_openness_stays() -> None:
    persona = LIBRARY.get("alasdair-doubting")
    _, replies, deltas = _play("alasdair-doubting", [
        "You've been carrying a lot on your own since you retired.",
        "Can I ask you something I ask everyone? Do you ever have thoughts of ending your life?",
        "Thank you for telling me that straight. Have you thought about how, or made any plans?",
    ])
    assert replies[1] == persona.safety[0]  # his passive thought, said in his words
    assert replies[2] == persona.safety[1]  # and his answer to the plan question
    assert deltas[1:] == [0, 0]
    assert not any(r.startswith(("Yeah. I think so.", "Honestly? Yeah.")) for r in replies)


@pytest.mark.parametrize("persona_id", [p.id for p in LIBRARY])
def test_every_client_answers_a_risk_question_even_when_closed(persona_id: str) -> None:
    """Asked first thing, before any trust: the answer is the persona's, not a topic line or a shrug."""
    persona = LIBRARY.get(persona_id)
    _, replies, deltas = _play(persona_id, ["Before we start, have you had any thoughts of suicide?"])
    assert replies[0] == (persona.safety or DEFAULT_SAFETY)[0]
    assert deltas == [0]


def test_a_risk_check_is_praised_and_never_coached_away() -> None:
    session, _, _ = _play("rania-crisis", [
        "What's in the envelope?",
        "Is it from the council?",
        "Some people in your spot have thoughts of not wanting to be here. Has that been true for you at all?",
    ], seed=8)
    turn = session.say("I want to come back to my question, because it matters - any thoughts of hurting yourself?")
    assert turn.coaching() == ""
    report = session.end().report
    risk = [m for m in report.strengths if "risk to life" in m.reason]
    assert risk and "not wanting to be here" in risk[0].quote
    assert not any("thoughts of" in m.quote for m in report.growth)


def test_a_scored_transcript_never_lists_a_risk_check_as_a_question_to_redo() -> None:
    turns = [
        Turn("client", "I haven't slept properly since the funeral."),
        Turn("trainee", "How long ago was the funeral?"),
        Turn("client", "March."),
        Turn("trainee", "Do you sleep at all?"),
        Turn("client", "Some. Not much. Some nights I think they'd all be better off without me."),
        Turn("trainee", "When you say better off without you, are you thinking about ending your life?"),
        Turn("client", "Not really. Maybe. I don't know."),
    ]
    report = build_report(score_session(turns))
    assert not any("ending your life" in m.quote for m in report.growth)
    assert any("ending your life" in m.quote for m in report.strengths)


def test_a_hint_of_not_wanting_to_live_let_go_by_is_coached_and_reported() -> None:
    """Femi answers a risk question with "i just want to sleep for a long time"; a trainee who moves on to
    school is shown the straight question to ask, in coach mode and in the report."""
    session = PracticeSession.start(LIBRARY.get("femi-silent"), seed=11)
    session.say("you seem really low. can i ask, do u ever have thoughts of not wanting to be here?")
    moved_on = session.say("ok good, thats good to hear. so back to school, which subjects r hardest for u?")
    assert "thoughts of ending your life" in moved_on.coaching()
    assert "sleep for a long time" in moved_on.coaching()
    report = session.end().report
    missed = [m for m in report.growth if m.issue.startswith("a hint of not wanting to live")]
    assert missed and missed[0].quote.startswith("ok good") and "thoughts of ending your life" in missed[0].alternative


def test_a_follow_up_to_the_hint_is_a_risk_check_not_a_miss() -> None:
    session = PracticeSession.start(LIBRARY.get("seamus-reactive"), seed=3)
    session.say("Can I ask you something straight? Do you ever have thoughts of ending your life?")
    follow = session.say("Thank you for being straight with me. Have you made any plans?")
    assert Flag.RISK_CHECK in follow.coded.flags and follow.coaching() == ""
    assert follow.reply == LIBRARY.get("seamus-reactive").safety[1]


def test_plan_and_means_questions_after_a_hint_are_risk_checks() -> None:
    """A third supervisor helper's Alasdair session: "how you might do it" had been coded as advice."""
    hint = ("[a long pause] Not in the way you mean. Some nights I think it wouldn't matter much if I didn't "
            "wake up. That's as far as it goes.",)
    for text in ("I want to check rather than assume - have you ever, uh, thought about how you might do it, "
                 "or done anything to get ready?",
                 "I'm still wondering about my question though: have there been any, um, any plans or steps?"):
        coded = code_turn(text, "At four in the morning it's frightening.", hint)
        assert Flag.RISK_CHECK in coded.flags and coded.stance is not Stance.CONFRONTING, text


def test_a_leading_or_laughed_off_risk_question_is_answered_but_coached_not_praised() -> None:
    session = PracticeSession.start(LIBRARY.get("maricel-yes-but"), seed=34)
    session.say("That sounds exhausting, running on five hours.")
    leading = session.say("ur not thinking of doing anything silly right? like hurting urself?")
    assert Flag.RISK_CHECK in leading.coded.flags
    assert leading.reply == LIBRARY.get("maricel-yes-but").safety[0]
    assert "Have you had any thoughts of ending your life" in leading.coaching()
    report = session.end().report
    assert not any("silly" in m.quote for m in report.strengths)
    assert any("silly" in m.quote and "leads, jokes or apologises" in m.issue for m in report.growth)


def test_a_second_question_after_a_hint_gets_more_than_a_repeat() -> None:
    femi = LIBRARY.get("femi-silent")
    _, replies, _ = _play("femi-silent", ["you seem really low. have u had any thoughts of not wanting to be here?",
                                          "wanting to sleep for a long time. like not wake up?",
                                          "have u made any plans?"], seed=36)
    assert replies == [femi.safety[0], femi.safety[3], femi.safety[1]]


def test_what_a_safety_answer_names_is_the_clients_to_build_a_safety_plan_on() -> None:
    # a fourth supervisor helper's Femi: "i wouldn't do that to my mum", then a safety plan that named his mum
    # cost -6 as "'your mum' raised before the client brought it up", and he said "leave them out of it"
    session = PracticeSession.start(LIBRARY.get("femi-silent"), mode="exam", seed=76)
    session.say("Sometimes when people feel this flat they have thoughts of not wanting to be alive. Have you?")
    session.say("Thank you for telling me. Have you thought about how, or made any plans?")
    answer = session.last_client_line
    assert "mum" in answer
    result = session.say("your mum matters a lot to you. Can we figure out together what you'd do, who you'd reach, "
                         "if those thoughts got stronger?")
    assert not any("raised before" in reason for reason in result.explanation.reasons), result.explanation.reasons
    assert result.explanation.delta >= 0
