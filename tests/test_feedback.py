"""Feedback: quoted strengths and growth moments with joining alternatives from the client's
words, and a report whose every claim follows from its own figures."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from personas.library import packaged_library
from personas.practice import PracticeSession
from scoring import Code, Flag, Stance, Turn, build_report, code_turn, render_text, score_session
from scoring.claims import CLAIMS, Facts
from scoring.feedback import issues
from scoring.report import Report
from scoring.session import CodedTrainee
from tests.personas_play import play_live

TRANSCRIPT = [
    Turn("client", "I only came because my wife keeps nagging me about the drinking."),
    Turn("trainee", "You need to stop drinking."),
    Turn("client", "See, this is what everyone says. Nobody listens."),
    Turn("trainee", "So nobody is really listening to you, and you're sick of hearing the same thing."),
    Turn("client", "Yeah. Pretty much."),
    Turn("trainee", "It's your call what happens with the drinking."),
    Turn("client", "I'm scared I'll lose my job if this gets out."),
    Turn("trainee", "Don't worry, it'll all be fine."),
]
LIBRARY = packaged_library()


def test_report_quotes_strengths_and_growth_moments() -> None:
    report = build_report(score_session(TRANSCRIPT))
    assert 1 <= len(report.strengths) <= 3
    assert 2 <= len(report.growth) <= 3
    quotes = {t.text for t in TRANSCRIPT if t.speaker == "trainee"}
    assert all(m.quote in quotes for m in report.strengths + report.growth)
    assert all(m.reason and m.why for m in report.strengths + report.growth)


def test_growth_alternative_is_built_from_client_words_and_joins() -> None:
    report = build_report(score_session(TRANSCRIPT))
    advice = next(m for m in report.growth if m.quote == "You need to stop drinking.")
    assert "your wife keeps nagging you" in advice.alternative
    assert advice.client_said.startswith("I only came")
    for moment in report.growth:
        coded = code_turn(moment.alternative, moment.client_said)
        assert coded.stance is Stance.JOINING and coded.link == "specific", moment.alternative


def test_reassurance_gets_a_reply_in_the_clients_words() -> None:
    report = build_report(score_session(TRANSCRIPT))
    moment = next(m for m in report.growth if m.quote.startswith("Don't worry"))
    assert moment.issue == "premature reassurance"
    assert "lose your job" in moment.alternative


def test_the_structure_round_trips_and_renders_the_same() -> None:
    report = build_report(score_session(TRANSCRIPT))
    again = Report.from_dict(report.to_dict())
    assert render_text(again) == render_text(report)
    rated = again.rated(4, None)
    assert "empathy 4 (the scorer:" in render_text(rated) and "partnership 4" not in render_text(rated)
    assert "Your own rating: skipped." in render_text(again.rated(None, None))


def test_a_double_sided_frame_with_nothing_in_it_is_never_praised() -> None:
    """My own gamer's play (twenty-sixth session): "On one hand it isn't for you, and on the other hand it isn't for
    you either." opened Alasdair by 5 and was the one thing under "What worked", praised as listening."""
    session = PracticeSession.start(packaged_library().get("alasdair-doubting"), seed=2603)
    empty = "On one hand it isn't for you, and on the other hand it isn't for you either."
    for text in ["It sounds like you feel that Morag thinks it's helping and you're not so sure.", empty,
                 "Part of you misses the marking, and part of you is glad the school's behind you."]:
        session.say(text)
    praised = {m.quote for m in session.end().report.strengths}
    assert empty not in praised, praised


def test_a_turn_that_cost_dearly_where_openness_could_fall_no_further_is_still_shown() -> None:
    """My own novice play (twenty-sixth session): "im not gonna write anything bad i promise" cost Crystal 11 on a
    turn she was already at 0, and the report left it out, showing only the push before it and the walk-out."""
    session = PracticeSession.start(packaged_library().get("crystal-mandated"), seed=2602)
    for text in [
            'hey!! no stress at all, we can just chat 😊 how r the kids doing?',
            'ok sorry!! i just think its really important u open up tho, thats how this works. the caseworker will want to see ur trying',
            'omg no dont be scared!! im not gonna write anything bad i promise, ur gonna be fine',
            'ur right, sorry, i was pushing. u dont have to tell me anything u dont want to. i do send a short note to ur caseworker and ill show u what it says before it goes',
            'ok cool. so like whats a normal day for u? do u have help with the kids?',
    ]:
        session.say(text)
        if session.ended:
            break
    shown = [m for m in session.end().report.growth if "write anything bad" in m.quote]
    assert shown and "a promise about the report" in shown[0].why and "worth;" not in shown[0].why, shown


def test_a_weak_opener_and_stock_lines_are_never_praised() -> None:
    turns = [Turn("client", "My manager sent me after the thing with the forklift."),
             Turn("trainee", "so why do you think you're here today?"),
             Turn("client", "I just told you. The forklift."),
             Turn("trainee", "That sounds really hard."),
             Turn("client", "It was a Tuesday. I'd been on since six."),
             Turn("trainee", "You'd been on since six, and the forklift thing happened at the end of that.")]
    report = build_report(score_session(turns))
    praised = {m.quote for m in report.strengths}
    assert "so why do you think you're here today?" not in praised and "That sounds really hard." not in praised
    assert turns[-1].text in praised


# --- sessions a supervisor would recognise --------------------------------------------------------

def _played(persona: str, lines: list[str], seed: int = 1) -> tuple[Report, str]:
    end = play_live(LIBRARY.get(persona), lines, seed).end()
    return end.report, end.render()


def test_the_people_pleaser_who_agreed_is_not_said_to_defend_herself() -> None:
    report, text = _played("meena-pleaser", ["You should try the breathing exercises.",
                                              "Maybe you could say no to the temple committee.",
                                              "You need to rest more.", "Why not ask your daughter to help?"])
    assert report.headline_id == "agreed" and "defending themselves" not in text
    assert "agreed with your suggestions" in report.headline


def test_a_walk_out_at_turn_three_says_so_and_keeps_the_quotes_apart() -> None:
    report, text = _played("seamus-reactive", ["So why are you here?", "You need to stop drinking.",
                                               "You are in denial."])
    assert report.outcome == "walked_out" and report.headline_id == "walked_out"
    assert "after 3 of your turns" in report.headline and "Outcome: walked out" in text
    assert report.growth and all(m.replay is not None or not m.alternative for m in report.growth)


def test_a_session_with_no_questions_has_no_rq_band_and_no_claim_about_asking() -> None:
    turns = [Turn("client", "My brother moved to Leeds and never calls."),
             Turn("trainee", "Your brother moved to Leeds, and the phone stays quiet."),
             Turn("client", "Yeah. Mum keeps asking if I've heard from him."),
             Turn("trainee", "Your mum keeps asking, and you're the one with no answer for her.")]
    report = build_report(score_session(turns))
    text = render_text(report)
    # no band for a ratio that has none, and said why (a fourteenth helper round: "n/a" read as a missing figure)
    assert "R:Q n/a, no questions asked" in text and "R:Q n/a (" not in text
    assert "asked more" not in text and report.headline_id != "asked_more"
    # a question asked inside a turn coded as something else was still asked (a seventeenth helper round)
    turns[3] = Turn("trainee", "Would it help if I said what usually happens next? You can tell me to stop.")
    asked = render_text(build_report(score_session(turns)))
    assert "no questions asked" not in asked and "R:Q n/a, no turn coded as a question" in asked


def test_a_session_with_no_reflections_says_so() -> None:
    turns = [Turn("client", "I work nights at the depot."), Turn("trainee", "How long have you worked there?"),
             Turn("client", "Ten years."), Turn("trainee", "Do you like it?"),
             Turn("client", "It's fine."), Turn("trainee", "What do your family think about the hours?")]
    report = build_report(score_session(turns))
    assert report.headline_id == "no_reflections" and "reflected nothing back" in report.headline
    assert "complex reflections n/a" in render_text(report)


def test_a_session_of_autonomy_lines_is_never_told_it_reflected() -> None:
    """Found by a gamer helper: autonomy lines only, no reflection and no question, had been told "You
    mostly joined the client, reflected at least as much as you asked"."""
    pairs = (("My wife wants me to stop drinking.", "What you do about the drinking is your choice, not your wife's."),
             ("The doctor keeps on about my liver.", "Your liver, your call; the doctor can't decide that for you."),
             ("Everyone's telling me what to do.", "Nobody else gets to decide what you do, whatever everyone says."),
             ("I'll cut down when I'm ready.", "When you're ready is up to you, and cutting down is yours to pick."))
    turns = [t for said, line in pairs for t in (Turn("client", said), Turn("trainee", line))]
    report = build_report(score_session(turns))
    assert report.headline_id == "neither", report.headline
    assert "reflected at least as much" not in render_text(report)


def test_an_all_filler_session_is_called_what_it_is() -> None:
    turns = [t for line in ("ok", "mm", "right", "ok then", "yeah") for t in
             (Turn("client", "I don't really know what to say."), Turn("trainee", line))]
    scores = score_session(turns)
    report = build_report(scores)
    assert report.headline_id == "filler" and not report.strengths
    assert scores.score <= 10


def test_no_quote_appears_twice() -> None:
    line = "It sounds like you're fed up with being here."
    turns = [t for _ in range(8) for t in (Turn("client", "Whatever. I'm here, aren't I."), Turn("trainee", line))]
    report = build_report(score_session(turns))
    quotes = [m.quote for m in report.strengths + report.growth]
    assert len(quotes) == len(set(quotes))


# --- every printed claim holds on the figures (property test) --------------------------------------

TRAINEE = [
    "You need to stop drinking.", "You're in denial.", "Why don't you just quit?",
    "Do you drink every day?", "How much?", "What brings you here?", "ok", "mm", "right",
    "That sounds really hard.", "It's your call.", "Tell me more.",
    "Your wife keeps nagging you about the beer, and you're sick of it.",
    "So the shifts at the depot leave you wrecked.", "You came in even though the court sent you.",
    "Part of you wants the beer gone, and part of you needs it after a night shift.",
    "What would it mean for the kids if the drinking eased off?",
    "Don't worry, it'll all be fine.",
]
CLIENT = ["My wife keeps nagging me about the beer.", "The shifts at the depot leave me wrecked.",
          "The court sent me. I'm here, aren't I.", "I don't know.", "The kids hear us fight about the drinking."]
OUTCOMES = st.sampled_from([None, "walked_out", "breakthrough", "guarded", "ambivalent"])
EVENTS = st.lists(st.sampled_from(["agreed", "rupture", "strained", "repeated", "disclosure", "repair"]), max_size=6)


def _claims_hold(text: str, report: Report, f: Facts) -> None:
    """Each claim as printed, checked against the figures by its own stated condition."""
    low = text.lower()
    if "asked more than you reflected" in low:
        assert f.questions > f.reflections >= 1
    if "reflected nothing back" in low:
        assert f.reflections == 0 and f.questions >= 1
    if "defending themselves" in low:
        assert f.confronting >= 0.3 and f.defended >= 1 and f.events["agreed"] == 0
    if "walked out" in report.headline.lower():
        assert f.outcome == "walked_out"
    if "broke through" in low:
        assert f.outcome == "breakthrough"
    if "opened up again" in low:
        assert f.recovered >= 30 and (f.end or 0) >= 50 and f.outcome != "breakthrough"
    if "agreed with your suggestions" in low:
        assert f.events["agreed"] >= 1
    if "mostly joined the client" in low:
        assert f.joining >= 0.7 and f.reflections >= f.questions and f.listening >= 0.4
    if "few of your turns picked up" in low:
        assert f.listening < 0.2 and f.joining >= 0.5
    if "heard the same formula" in low:
        assert f.events["repeated"] >= 3
    if "almost nothing you said" in low:
        assert f.other >= 0.8 * f.turns
    assert CLAIMS[report.headline_id].holds(f)


def _bands_hold(text: str, report: Report) -> None:
    assert not re.search(r"n/a \(", text), "n/a never gets a band"
    for m in re.finditer(r"R:Q (\d+\.\d+) \((good|fair|below fair)\)", text):
        value, band = float(m.group(1)), m.group(2)
        assert band == ("good" if value >= 2 else "fair" if value >= 1 else "below fair")
    for m in re.finditer(r"complex reflections (\d+)% \((good|fair|below fair)\)", text):
        value, band = int(m.group(1)) / 100, m.group(2)
        assert band == ("good" if value >= 0.5 else "fair" if value >= 0.4 else "below fair")
    for f in report.figures:
        assert (f.band is None) == (f.condition is None)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(CLIENT), st.sampled_from(TRAINEE)), min_size=0, max_size=12),
       OUTCOMES, EVENTS)
def test_every_printed_claim_holds_on_the_figures(pairs: list[tuple[str, str]], outcome: str | None,
                                                  events: list[str]) -> None:
    turns = [t for client, trainee in pairs for t in (Turn("client", client), Turn("trainee", trainee))]
    scores = score_session(turns)
    report = build_report(scores, outcome, events)
    text = render_text(report)
    facts = Facts.of(scores, outcome, events)
    _claims_hold(text, report, facts)
    _bands_hold(text, report)
    quotes = [m.quote for m in report.strengths + report.growth]
    assert len(quotes) == len(set(quotes))
    assert all(m.alternative == "" or m.alternative not in quotes for m in report.growth)


def test_a_client_who_closed_and_opened_again_is_told_as_that_turn() -> None:
    """Found by a supervisor helper: Maricel closed under advice, then opened from 5 to 73 once the trainee
    reflected her, and the report said only that she had spent the session defending herself."""
    pairs = [("My friend moved to agency work. No pension.", "Have you tried other hospitals that pay more?"),
             ("Everyone has a suggestion.", "Why don't you just ask your manager for fewer hours?"),
             ("This is the same as HR.", "You could try night shifts, they pay more."),
             ("I'm getting tired of being told.", "Sorry. You've had enough people telling you what to do."),
             ("Yes. Everyone knows best.", "Part of you wants the hours back, and part of you is scared of the bills."),
             ("It's the bills. And my family at home.", "You're the one holding it all up, here and at home.")]
    turns = [t for client, trainee in pairs for t in (Turn("client", client), Turn("trainee", trainee))]
    scores = score_session(turns)
    report = build_report(scores, "engaged", ["strained", "rupture"], openness_path=[30, 23, 13, 5, 16, 45, 73])
    assert report.headline_id == "turned", report.headline
    assert "to 5" in report.headline and "to 73" in report.headline
    flat = build_report(scores, "closed", ["strained", "rupture"], openness_path=[30, 23, 13, 5, 6, 8, 12])
    assert flat.headline_id != "turned"
    through = build_report(scores, "breakthrough", ["strained", "rupture"], openness_path=[30, 23, 13, 5, 16, 45, 90])
    assert through.headline_id != "turned" and "opened up again" not in through.headline
    # found by a supervisor helper: "The client closed down (to 15) and then opened up again" of a client who
    # began at 15 and rose every turn
    climbed = build_report(scores, "engaged", [], openness_path=[15, 20, 27, 33, 41, 48, 55])
    assert "closed down" not in climbed.headline, climbed.headline


def test_what_worked_is_what_moved_this_client() -> None:
    """Found by a supervisor helper: "What worked" listed a turn that moved Seamus by nothing and left out
    the double-sided reflection that moved him ten points; a turn after which he cooled is no strength."""
    pairs = [("Maureen did all the talking. Forty years.", "It sounds like you miss Maureen's talking, forty years of it."),
             ("Maureen would have laughed at me sitting here.", "Part of you thinks Maureen would have laughed, "
                                                                  "and part of you is sitting here anyway, for her."),
             ("The heart thing. I'm fine now.", "The heart's fine now.")]
    turns = [t for client, trainee in pairs for t in (Turn("client", client), Turn("trainee", trainee))]
    scores = score_session(turns)
    quotes = [m.quote for m in build_report(scores, "engaged", [], openness_path=[20, 17, 27, 27]).strengths]
    assert any(q.startswith("Part of you thinks Maureen") for q in quotes), quotes
    assert not any(q.startswith("It sounds like you miss") for q in quotes), quotes  # the client cooled after it


def test_a_score_from_a_few_turns_says_it_is_provisional() -> None:
    one = [Turn("client", "Not a big talker."), Turn("trainee", "Not a big talker. That's ok with me.")]
    text = render_text(build_report(score_session(one)))
    assert "provisional: only 1 turn;" in text.splitlines()[0]
    many = [t for i in range(8) for t in (Turn("client", f"It was the {i}th time that week."),
                                          Turn("trainee", f"The {i}th time, and it wore you down."))]
    assert "provisional" not in render_text(build_report(score_session(many))).splitlines()[0]
    assert Report.from_dict(build_report(score_session(one)).to_dict()).trainee_turns == 1


def test_a_turn_nothing_beat_is_not_listed_to_redo() -> None:
    from scoring.feedback import Suggestion, growth_moments
    from scoring.report import Replay

    scores = score_session(TRANSCRIPT)
    beaten = growth_moments(scores, suggest=lambda turn, found: Suggestion("A line.", "reflection", Replay(10, 12, 20)))
    assert beaten  # the session has turns worth redoing when a better line exists
    unbeaten = growth_moments(scores, suggest=lambda turn, found: Suggestion("", "reflection", Replay(10, 20, None)))
    assert unbeaten == ()  # replayed, and nothing did better than the trainee's own turn


def test_only_a_question_is_called_part_of_a_question_run() -> None:
    """A supervisor helper's report listed "ok i wont write anything down. you seem worried about
    people finding out" as "a run of questions without a reflection"."""
    turns = [Turn("client", "My son is in London."), Turn("trainee", "does he visit?"),
             Turn("client", "Sometimes."), Turn("trainee", "how often?"),
             Turn("client", "Once a month."), Turn("trainee", "is that enough?"),
             Turn("client", "Who will see these notes?"), Turn("trainee", "ok i wont write anything down."),
             Turn("client", "Good."), Turn("trainee", "do you see anyone else?")]
    scored = score_session(turns)
    flagged = [t.text for t in scored.turns if Flag.QUESTION_RUN in t.flags]
    assert "is that enough?" in flagged and "do you see anyone else?" in flagged
    assert "ok i wont write anything down." not in flagged


def test_a_share_of_one_or_two_reflections_gets_no_band() -> None:
    """"complex reflections 100% (good)" had headed a 10/100 session with one complex reflection."""
    few = [Turn("client", "I hate school."), Turn("trainee", "u should just go tho"),
           Turn("client", "Whatever."), Turn("trainee", "school feels pointless and everyone keeps on at you"),
           Turn("client", "Yeah."), Turn("trainee", "do u have friends there?")]
    report = render_text(build_report(score_session(few)))
    assert "too few reflections to judge" in report and "complex reflections 100% (good)" not in report
    many = [*few, Turn("client", "Some."), Turn("trainee", "a couple of people who get it"),
            Turn("client", "I guess."), Turn("trainee", "and the rest of the day is something to get through")]
    assert "too few reflections" not in render_text(build_report(score_session(many)))


def test_a_repair_after_a_push_is_named_among_what_worked() -> None:
    # a fourth supervisor helper's Ramon: rupture repairs were half the point, and no report mentioned one
    turns = [Turn("client", "Maybe I yelled. He yelled first, and nobody's sending him anywhere."),
             Turn("trainee", "Well, yelling at your son isn't really okay though, regardless of who started it."),
             Turn("client", "Don't put a label on me, man."),
             Turn("trainee", "Sorry, that was me lecturing. You got sent here and he didn't, and that feels unfair."),
             Turn("client", "Yeah. It is.")]
    report = build_report(score_session(turns))
    repair = next(m for m in report.strengths if m.quote == turns[3].text)
    assert "push" in repair.why
    assert turns[1].text not in {m.quote for m in report.strengths}


def test_an_apology_with_no_push_before_it_is_not_praised_as_a_repair() -> None:
    turns = [Turn("client", "I've been sleeping badly."),
             Turn("trainee", "Sorry, I'm a few minutes late today."),
             Turn("client", "It's fine.")]
    assert not build_report(score_session(turns)).strengths


def test_the_report_offers_the_line_the_coach_offered_under_the_same_turn() -> None:
    # a fourth supervisor helper's Ramon: live "Talks to you like you're new. How is that for you?" and, in the
    # report, "Mm. Talks to you like you're new." for one turn
    session = PracticeSession.start(LIBRARY.get("ramon-mandated"), mode="coach", seed=51)
    coached = {}
    for text in ["Um, okay, so- well, yelling at your son isn't really okay though, regardless of who started it, you know?",
                 "Yeah- no, sorry, that was me, uh, lecturing. You got sent here and he didn't, and that feels pretty unfair.",
                 "Okay. Not him. You, uh- you're the one sitting here.",
                 "Who's- who's he, the, um, the guy who referred you?"]:
        result = session.say(text)
        if result.better is not None and result.better.alternative:
            coached[text] = result.better.alternative
    report = session.end().report
    offered = {m.quote: m.alternative for m in report.growth if m.quote in coached}
    assert len(offered) >= 2 and all(offered[quote] == coached[quote] for quote in offered), (offered, coached)


def test_a_turn_that_cost_the_client_dearly_is_listed_whatever_its_code() -> None:
    # my own novice play with Harjit: "depression is really common…" was coded information, took her openness
    # from 14 to 0, and the report never mentioned it
    session = PracticeSession.start(LIBRARY.get("harjit-stigma"), mode="exam", seed=61)
    for text in ["hi harjit, thanks for coming in. how long have u been feeling tired?",
                 "ok. honestly depression is really common, its just an illness like diabetes, nothing to be ashamed of",
                 "sorry, i jumped in there. u came about being tired and i started talking about depression"]:
        session.say(text)
    report = session.end().report
    costly = next(m for m in report.growth if m.quote.startswith("ok. honestly depression"))
    assert costly.code == "giving_information" and "'depression' raised before" in costly.why
    assert report.openness_path[1] - report.openness_path[2] >= 8


def test_a_question_about_what_happens_to_their_words_is_owed_an_answer() -> None:
    # my own novice play with Duy: "You gonna tell my parents what I say?" then "hey duy, hows school going?" was
    # coded small talk, and neither the coach nor the report said the question had gone unanswered
    ignored = [Turn("client", "[mumbles] You gonna tell my parents what I say?"),
               Turn("trainee", "hey duy, hows school going?")]
    moment = next(m for m in build_report(score_session(ignored)).growth if m.quote == ignored[1].text)
    assert moment.move.startswith("a straight answer") and "who sees it" in moment.why
    answered = [Turn("client", "[mumbles] You gonna tell my parents what I say?"),
                Turn("trainee", "good question. what we say stays between us, unless i think ur not safe. then id "
                                "have to tell someone, and id tell u first")]
    assert not build_report(score_session(answered)).growth


def test_a_why_not_question_is_not_praised_and_is_offered_a_better_question() -> None:
    session = [Turn("client", "[mumbles] Everyone's making a huge deal about a few classes."),
               Turn("trainee", "so why arent u going to school?")]
    report = build_report(score_session(session))
    assert all(m.quote != session[1].text for m in report.strengths)
    moment = next(m for m in report.growth if m.quote == session[1].text)
    assert "why haven't you" in moment.issue and "defends not changing" in moment.why


def test_a_stock_line_handing_over_choice_is_not_praised_and_one_about_their_words_is() -> None:
    stock = [Turn("client", "Whatever. I'm only here cos school made me."),
             Turn("trainee", "I hear you. That's really valid. You're the expert on your own life.")]
    assert not build_report(score_session(stock)).strengths
    theirs = [Turn("client", "I don't want to stop completely. Just cut down a bit."),
              Turn("trainee", "Whether you stop completely or just cut down is up to you.")]
    assert [m.quote for m in build_report(score_session(theirs)).strengths] == [theirs[1].text]


def test_praise_that_would_fit_anyone_is_a_turn_to_redo() -> None:
    """A supervisor helper's gamer got no coaching in 24 turns of flattery and lists: uncoded praise of the whole
    person is now named as a stock line, like a reflection that would fit any client."""
    text = "You're such an insightful person, honestly one of the most thoughtful clients I've had."
    context = "I'm thinking about it. I'm always thinking about it."
    coded = code_turn(text, context)
    assert "stock" in issues(CodedTrainee(0, text, context, coded, coded.flags))
    plain = "Okay. Thanks for telling me."
    assert "stock" not in issues(CodedTrainee(0, plain, context, code_turn(plain, context), ()))


def test_what_worked_never_praises_a_repair_that_reassures_words_put_in_their_mouth_or_empty_validation() -> None:
    """A sixth helper round: an apology followed by "don't worry, it doesn't mean you're a bad mum" (openness fell)
    was praised as a repair; a quote the client never said as "their own words back"; and "that's so valid,
    you're in charge here" as recognising a specific strength."""
    turns = [Turn("client", "They were only on their own for one night."),
             Turn("trainee", "Leaving a six year old overnight is really dangerous, you know that."),
             Turn("client", "Don't you dare."),
             Turn("trainee", "Oh no, I'm so sorry, I didn't mean it like that. Don't worry, lots of parents end up "
                             "here, it doesn't mean you're a bad mum."),
             Turn("client", "Right."),
             Turn("trainee", "You said your daughter is the only one who really understands you."),
             Turn("client", "Did I."),
             Turn("trainee", "That makes total sense, and that's so valid. You're in charge here."),
             Turn("client", "Okay.")]
    scores = score_session(turns)
    quotes = {m.quote for m in build_report(scores, misquoted=[5], openness_path=[20, 5, 3, 6, 8]).strengths}
    assert turns[3].text not in quotes and turns[5].text not in quotes and turns[7].text not in quotes
    # the same repair, said without the reassurance and with the client warming, is praised
    turns[3] = Turn("trainee", "I'm sorry, I didn't mean it like that. That came out as a judgement of you.")
    assert turns[3].text in {m.quote for m in build_report(score_session(turns)).strengths}


def test_in_a_played_session_the_turns_that_cost_the_client_most_are_shown_in_order() -> None:
    """A seventh helper round: "What comes? Is it about what happened this spring?" took Agnieszka from 42 to 19
    and was missing from "Try this instead", behind cheaper pushes of a worse kind; and the moments came as turns
    3, 1, 4.  With the openness path, the dearest turns are chosen, and they are shown as they happened."""
    turns = [Turn("client", "I don't sleep. Four a.m., every night."),
             Turn("trainee", "You should try cutting out coffee after lunch."),
             Turn("client", "I don't drink coffee."),
             Turn("trainee", "Have you tried a warm bath before bed?"),
             Turn("client", "Yes. It doesn't help."),
             Turn("trainee", "What comes at four? Is it about what happened this spring?"),
             Turn("client", "No. Not that. I'll cancel next week if that's what this is."),
             Turn("trainee", "You need to get some exercise in the day."),
             Turn("client", "Fine.")]
    report = build_report(score_session(turns), openness_path=[42, 40, 39, 16, 15])
    quotes = [m.quote for m in report.growth]
    assert turns[5].text in quotes
    assert [m.turn_index for m in report.growth] == sorted(m.turn_index for m in report.growth)


def test_the_report_names_a_code_once() -> None:
    """A seventh helper round read "seeking collaboration: seeking collaboration: it shares the decision…"."""
    from dataclasses import replace

    from scoring.report import Moment
    turns = [Turn("client", "Three weeks until we have to be out. I don't know where to start."),
             Turn("trainee", "Three weeks, and no idea where to begin."),
             Turn("client", "Yeah.")]
    report = build_report(score_session(turns))
    shared = Moment("strength", 1, "Which would you rather we did first?", "seeking_collaboration",
                    "seeking collaboration: it shares the decision with the client", "Asking rather than telling.")
    text = render_text(replace(report, strengths=(shared,)))
    assert "seeking collaboration: it shares the decision" in text
    assert "seeking collaboration: seeking collaboration" not in text


def test_a_turn_that_went_back_further_than_the_last_lines_and_opened_the_client_is_praised() -> None:
    """My own novice play with Maricel: a double-sided reflection of a line four turns back opened her by 13 and
    was left out of "What worked", because none of her last few lines' words were in it."""
    turns = [Turn("client", "When they ring on my day off, it's for a patient, you know?"),
             Turn("trainee", "have you tried just not answering the phone on your days off?"),
             Turn("client", "I know you mean well. But no, it won't work."),
             Turn("trainee", "do you want to talk about it?"),
             Turn("client", "Why do you ask?"),
             Turn("trainee", "ok"),
             Turn("client", "I'm not making excuses. These are facts."),
             Turn("trainee", "so you feel like you cant say no"),
             Turn("client", "The unit is the unit. Someone has to be there."),
             Turn("trainee", "part of you wants your days off back, and part of you can't leave the patients short"),
             Turn("client", "Yes. Both.")]
    scores = score_session(turns)
    assert not scores.turns[4].listened  # the coder finds none of the last lines' words in it
    praised = {m.quote for m in build_report(scores, openness_path=[30, 23, 24, 24, 26, 39]).strengths}
    assert turns[9].text in praised
    assert turns[9].text not in {m.quote
                                 for m in build_report(scores, openness_path=[30, 23, 24, 24, 26, 27]).strengths}


def test_a_stock_choice_handed_back_with_none_of_their_words_is_not_praised() -> None:
    """My own gamer play with Duy: "Whatever you decide is totally up to you, you're the expert on you." was the
    first thing under "What worked", though Duy answered its second use with "You said that already."."""
    stock = "Whatever you decide is totally up to you, you're the expert on you."
    turns = [Turn("client", "I have friends. Online mostly."), Turn("trainee", "ok"),
             Turn("client", "The kids at my school are annoying. That's all."), Turn("trainee", "ok"),
             Turn("client", "I guess. Kinda."), Turn("trainee", stock), Turn("client", "Sure.")]
    scores = score_session(turns)
    assert scores.turns[-1].coded.code is Code.EMPHASIZING_AUTONOMY and not scores.turns[-1].coded.picked_up
    assert stock not in {m.quote for m in build_report(scores).strengths}
    handed = "It's your call what you do about the kids at school."
    turns[5] = Turn("trainee", handed)
    assert handed in {m.quote for m in build_report(score_session(turns)).strengths}


def test_what_the_client_had_said_is_quoted_without_what_they_did() -> None:
    """A fourteenth helper round read "The client had said: "[wags a finger, half joking] I enjoy it…"": a stage
    direction quoted as spoken words."""
    from dataclasses import replace

    from scoring.report import Moment
    report = build_report(score_session(TRANSCRIPT))
    moment = Moment("growth", 1, "You need to stop.", "persuade", "advice or a push to change", "Unasked.",
                    "[wags a finger, half joking] I enjoy it. Nobody wants to hear that.")
    text = render_text(replace(report, growth=(moment,)))
    assert 'The client had said: "I enjoy it. Nobody wants to hear that."' in text and "[wags" not in text


def test_what_the_client_said_in_passing_about_harm_at_home_is_worth_holding_in_mind() -> None:
    """An eighteenth helper round: "Before the stroke he had a temper. Forty years I kept it inside the house." and
    "I'm scared I'm not okay" never reached a report; a supervisor would name both, and neither changes the score."""
    turns = [
        Turn("client", "I look after my husband since the stroke. Before the stroke he had a temper. Forty years I "
                       "kept it inside the house."),
        Turn("trainee", "Forty years of keeping it inside, and now you're the one looking after him."),
        Turn("client", "Some weeks I sleep maybe three hours a night. I'm scared I'm not okay."),
        Turn("trainee", "Three hours a night, and a fear that you're not okay. That's a lot to carry alone."),
        Turn("client", "I manage."),
    ]
    report = build_report(score_session(turns))
    quotes = [h.quote for h in report.held]
    assert quotes[0] == "Before the stroke he had a temper." and "harm at home" in report.held[0].note
    assert any("three hours" in q for q in quotes) and len(report.held) == 2
    text = render_text(report)
    assert "Worth holding in mind" in text and "he had a temper" in text
    again = Report.from_dict(report.to_dict())
    assert again.held == report.held
    plain = build_report(score_session([Turn("client", "I've had a long week at work."),
                                        Turn("trainee", "A long week, and you're tired of it.")]))
    assert not plain.held and "Worth holding in mind" not in render_text(plain)


def test_feeling_a_burden_is_held_in_mind_as_hopelessness() -> None:
    turns = [Turn("client", "My son says take rest, then he goes home. I feel like a burden in my own house."),
             Turn("trainee", "A burden, in your own house, after all you do."), Turn("client", "Yes.")]
    held = build_report(score_session(turns)).held
    assert [h.quote for h in held] == ["I feel like a burden in my own house."] and "hopelessness" in held[0].note


def test_quieter_hints_of_not_wanting_to_live_are_read_as_hints() -> None:
    """A nineteenth helper round: "wondering what the point of me is now" and, after chest pain, "I'm not sure I wanted
    to ring" reached no report; a phone call put off is no hint."""
    from scoring.feedback import hinted_risk
    assert hinted_risk("Some nights I sit in the dark wondering what the point of me is now.")
    assert hinted_risk("I sat there a good while before I rang anyone. I'm not sure I wanted to ring.")
    assert not hinted_risk("I'm not sure I wanted to ring my sister back, she goes on.")
    asked = code_turn("Were you thinking you'd- that you'd rather not be here", "I'm not sure I wanted to ring.")
    assert Flag.RISK_CHECK in asked.flags, asked.flags
