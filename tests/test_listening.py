"""The listening measure: does a turn connect to what this client said, or fit anyone?"""

from __future__ import annotations

import io
import json

import pytest

from bot.cli import cmd_code
from scoring import code_turn
from scoring.listening import Link, flip_person, hands_back, is_echo, listening, stuffed


def test_reflection_of_the_clients_own_content_is_specific() -> None:
    heard = listening("and now there's no farm to go out to in the morning",
                      "we sold the farm in March. forty years.")
    assert heard.link is Link.SPECIFIC
    assert "farm" in heard.picked_up


def test_stock_empathy_fits_any_client() -> None:
    for line in ("that sounds really hard", "Tell me more about that.", "I hear you, that's so valid",
                 "thank u for sharing 🙏"):
        assert listening(line, "my wife left in March and took the dog").link is Link.GENERIC, line


def test_a_question_about_someone_the_client_named_is_listening() -> None:
    """"What do you think she'd say?" is made of stock words, but "she" is the client's sister:
    no stock line of empathy names a third person."""
    assert listening("What do you think she'd say?", "My sister would go mad if she ever found out.").link \
        is Link.SPECIFIC
    assert listening("that must be so hard for you", "My sister would go mad if she ever found out.").link \
        is Link.GENERIC


def test_housekeeping_of_the_trainees_own_is_not_listening() -> None:
    line = "Hi, I'm Sam, one of the counsellors here. We've got about fifty minutes today."
    assert listening(line, "hello").link is Link.NONE


def test_a_relative_word_counts_and_earlier_lines_count() -> None:
    assert listening("how are the kids taking it?", "she took my daughter with her").link is Link.SPECIFIC
    heard = listening("what was the whiskey doing for you back then?", "I don't know.",
                      history=["it was the whiskey, not the beer", "anyway"])
    assert heard.link is Link.SPECIFIC


def test_echo_is_the_clients_line_handed_back() -> None:
    assert flip_person("I lost my job") == "you lost your job"
    assert is_echo("so you lost your job", "I lost my job")
    assert not is_echo("losing the job took the ground out from under you", "I lost my job")


def test_coded_turn_carries_listening_and_stance_probabilities() -> None:
    coded = code_turn("so the supervisor talks slow to you", "he talks real slow to me, like I don't get English",
                      history=["I was born here, man"])
    assert coded.link == "specific"
    assert abs(sum(coded.stance_probs.values()) - 1.0) < 1e-6
    assert coded.stance_probs[coded.stance.value] == max(coded.stance_probs.values())


def test_rollwith_code_accepts_history() -> None:
    out = io.StringIO()
    line = json.dumps({"text": "what did the whiskey do for you?", "context": "dunno",
                       "history": ["it was the whiskey"]})
    assert cmd_code(io.StringIO(line + "\n" + json.dumps({"text": "x", "history": "no"}) + "\n"), out) == 1
    first, second = (json.loads(x) for x in out.getvalue().splitlines())
    assert first["link"] == "specific"
    assert "history must be a list" in second["error"]


@pytest.mark.parametrize(("client", "text"), [
    # a supervisor helper's skilled turns: a brief echo, then meaning of the trainee's own
    ("The younger drivers have those vape things. They laugh at me. I laugh back. I'm not laughing inside.",
     "Mm. You laugh back but, uh, not inside. Something about being - being the old guy with the real cigarettes, "
     "maybe, that stings a bit."),
    ("Right. I don't want to be managed, I want to be understood.",
     "Understood, not managed. Worksheets, nodding, stock phrases - all of that felt like being managed."),
    ("I went down to the allotment once. The leeks were a disgrace. I stayed an hour.",
     "A disgrace, and still you stayed an hour. Something about being down there with your hands in it."),
    # found by a supervisor helper: the meaning added in everyday words ("told", "home", "own")
    ("Out on the balcony. Even in the winter.",
     "Out on the balcony, even in- in the winter. So it's, um... it sounds like it's not just the smoking, "
     "it's kind of being, uh, told where you can and can't be in your own home."),
])
def test_an_echo_that_opens_a_reflection_is_not_handing_back(client: str, text: str) -> None:
    assert not hands_back(text, client)


@pytest.mark.parametrize("text", ["opens my fridge my fridge. It's your choice.",
                                  "You open the fridge and there it is. Only you know what's right here.",
                                  "You open the fridge and there it is. You know your life best, and I respect that."])
def test_their_words_beside_a_stock_line_are_still_handed_back(text: str) -> None:
    assert hands_back(text, "I open the fridge and there it is.")


def test_the_clients_words_slotted_into_a_value_template_are_not_listening() -> None:
    """Found by a gamer helper: "It sounds like your parents and your school file and your counselor
    are really important to you." scored as the session's best listening and was praised."""
    line = "My parents saw my school file and now my counselor wants to meet."
    stuffed = "It sounds like your parents and your school file and your counselor are really important to you."
    assert listening(stuffed, line).link is Link.GENERIC
    # a list the trainee makes sense of is a reflection of it
    assert listening("So your parents, the file and the counselor are all closing in at once.", line).link \
        is Link.SPECIFIC
    assert listening("Your parents and the counselor really matter to you.", line).link is Link.SPECIFIC


def test_praise_of_the_whole_person_is_neither_an_affirmation_nor_listening() -> None:
    """Domain: an affirmation recognises a specific strength or effort, not the person in general."""
    for line in ("You're such an insightful person, honestly one of the most thoughtful clients I've had.",
                 "ur honestly the coolest kid ive met all week"):
        coded = code_turn(line, "I went down to the allotment yesterday.")
        assert coded.code.value == "other" and coded.link == "generic", (line, coded)
        assert "whole person" in coded.reason
    named = code_turn("You kept going to the allotment even on the bad days. That takes grit.",
                      "I went down to the allotment yesterday, even though it was a bad day.")
    assert named.code.value == "affirm"


def test_the_clients_question_said_back_is_an_echo_and_no_reflection() -> None:
    question = "You gonna tell my parents what I say?"
    coded = code_turn(question, question)
    assert coded.echo and coded.code.value == "other" and "own question" in coded.reason
    # their question turned into the trainee's voice reflects the worry
    assert code_turn("You're wondering if I'll tell your parents what you say?", question).code.value \
        .startswith("reflection")


@pytest.mark.parametrize("line, context", [
    ("You mentioned the forms, the questions and the doctors. I'm hearing that those are really important to you.",
     "I filled in the forms. They asked me questions."),
    ("I'm hearing worksheets and nodding and the fourth one. It sounds like those are really important to you.",
     "Worksheets. Nodding. I was on the fourth one."),
    ("I'm hearing the farm and the young fella and the weekends and the whiskey. What's underneath that?",
     "The farm's gone to the young fella. I drink at weekends. Whiskey."),
])
def test_a_list_of_their_words_in_a_stock_frame_is_not_listening(line: str, context: str) -> None:
    """A gamer helper's second round: keyword lists in new frames had been its best-paid turns."""
    assert listening(line, context).link is Link.GENERIC


def test_a_list_the_trainee_makes_sense_of_is_still_listening() -> None:
    line = "I've got the kids, the job, my mum in hospital."
    for turn in ("I'm hearing that the kids, the job and your mum in hospital are all landing on you at once.",
                 "So the kids, the job and your mum. That's a lot landing on one person."):
        assert listening(turn, line).link is Link.SPECIFIC, turn


def test_a_list_of_their_words_padded_with_stock_warmth_is_a_template() -> None:
    """A supervisor helper's gamer: "Holiday, flights, home, rest. That must be really hard for you." had been
    praised as listening; said on its own, a list of their facts is a terse reflection, and a sentence of the
    trainee's own beside it makes sense of the list."""
    said = "We were meant to fly home for the holiday but I need rest."
    assert code_turn("Holiday, flights, home, rest. That must be really hard for you.", said).link == "generic"
    assert code_turn("Part-time form, locker, three months, not signed. That must be so hard. You're amazing.",
                     "I'm on the part-time form. The locker. Three months. I haven't signed it.").link == "generic"
    assert code_turn("Six pints, driving home, most nights.", "Six pints. Most nights. Driving home.").link \
        == "specific"
    work = "Work's mad, the kids are off school, and Mum's in hospital."
    assert code_turn("Work, the kids, your mum. It's all landing on you at once.", work).link == "specific"


def test_a_double_sided_frame_whose_sides_differ_only_by_not_is_a_template() -> None:
    """A sixth helper round, gaming Seamus: "On the one hand you're grand, and on the other hand you're not grand."
    earned +10 and moved him out of closed; a real double-sided reflection says what each side is."""
    from scoring.listening import stuffed
    assert stuffed("On the one hand you're grand, and on the other hand you're not grand. It's totally up to you.")
    assert stuffed("on the one hand u want to stop, on the other hand u dont want to stop")
    assert not stuffed("On the one hand you want the job back, and on the other you can't face him.")


def test_a_long_bare_dump_of_the_clients_words_is_a_template_and_a_short_list_is_not() -> None:
    """A helper's gamer: "Proud, tired, part-time form, locker, three months, signed, manager, agency, pension,
    security." was paid as a complex reflection (+8)."""
    from scoring.listening import stuffed
    assert stuffed("Proud, tired, part-time form, locker, three months, signed, manager, agency, pension, security.")
    assert not stuffed("Ten a day, mostly on the rank, since school.")


def test_a_long_run_of_the_clients_fragments_behind_so_colon_is_a_template_and_a_summary_is_not() -> None:
    """A ninth helper round, gaming Camila: five lists in a row ("So: managed, understood, fix me, waste my time,
    worksheets, the fourth, fine until she wasn't.") were paid as complex reflections because one piece held a
    clause or a stock phrase of hers; she called one "actually pretty accurate"."""
    from scoring.listening import stuffed
    assert stuffed("So: bins, the landlord, cold flat, the deposit, my sister said, no heating, fine until March.")
    assert stuffed("so: pills, the doctor, cant sleep, that must be hard, nights, the kettle, the bills")
    assert not stuffed("So there's the job, the kids, your mum being ill, the debts, and the car, and that's a lot.")
    assert not stuffed("You've got the early shifts, the school run, your dad's appointments, the allotment, the church "
                       "rota, and now the flat as well, and nobody asks how you are.")


def test_a_list_behind_a_reflections_stem_is_still_a_list() -> None:
    """My own gamer play: "So what I'm hearing is …" in front of a list of the client's things, padded with stock
    warmth, hid the list from the template check; a stem with a sentence of its own after it is a reflection."""
    assert stuffed("What I'm hearing is: the shifts, the rota, the headaches, the phone, the manager. "
                   "That must be so hard. You're amazing.")
    assert not stuffed("What I'm hearing is that the shifts and the rota are wearing you down, and the phone never "
                       "stops. That must be so hard.")


def test_a_double_sided_frame_with_nothing_on_one_side_is_a_template() -> None:
    """A supervisor helper's gamer: "On the one hand you notice your jaw, and on the other hand you hadn't before." was
    paid +10 and praised under "What worked"; the second side says nothing.  A thin but real second side, the first
    side's "no", stays a reflection."""
    assert stuffed("On the one hand you notice the tiredness, and on the other hand you hadn't before.")
    assert not stuffed("On the one hand you want to stop, and on the other, you don't.")
    assert not stuffed("On the one hand you love the patients, and on the other hand the rota is wearing you down.")
