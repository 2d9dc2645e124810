"""Suggested alternatives: the client's own words with real grammar, the move the moment calls
for, and quality checks over every client line of every persona and the realistic sessions."""

from __future__ import annotations

import pytest

from scoring.alternatives import best, candidates
from scoring.coder import code_turn
from scoring.codes import Stance
from scoring.moves import MOVE_NAMES, Move, read
from scoring.rephrase import clauses, embedded_question, flip
from tests.alternatives_quality import library_check, library_moments, realistic_check, realistic_growth


@pytest.mark.parametrize(("said", "back"), [
    ("I'm tired of my job", "you're tired of your job"),
    ("I was there when it happened", "you were there when it happened"),
    ("You told me to relax", "I told you to relax"),
    ("I told you I love helping", "you told me you love helping"),
    ("I walked out on him", "you walked out on him"),
    ("I'd like us to set something we can check", "you'd like us to set something we can check"),
    ("We sold the farm in March", "you sold the farm in March"),
    ("Part of me is so tired of it", "part of you is so tired of it"),
])
def test_person_flips_and_tense_stays(said: str, back: str) -> None:
    assert flip(said) == back


def test_fillers_tags_and_cues_are_dropped() -> None:
    assert [c.text for c in clauses("[shrugs] Oh, yeah, you know, I hate Mondays, right?")] == ["you hate Mondays"]
    assert [c.text for c in clauses("Um, I mean, my boss, like, never listens, I guess.")] == ["your boss never listens"]


def test_talk_about_the_talk_is_not_said_back() -> None:
    """Found by a helper playing a novice: after "Yes, but I told you, the roster doesn't allow it."
    the report suggested "What you're telling me is that you told me, the roster doesn't allow it."
    """
    assert [c.text for c in clauses("Yes, but I told you, the rota doesn't allow it.")] == ["the rota doesn't allow it"]
    assert [c.text for c in clauses("Like I said, my knee is wrecked.")] == ["your knee is wrecked"]
    assert all("told me" not in c.text for c in candidates(["Yes, but I told you, the rota doesn't allow it."]))


@pytest.mark.parametrize(("question", "embedded"), [
    ("Is this a test?", "whether this is a test"),
    ("Is this actually helping?", "whether this is actually helping"),
    ("Do you even care?", "whether I even care"),
    ("Does the court get a copy?", "whether the court gets a copy"),
    ("What's the point?", "what the point is"),
])
def test_a_question_becomes_an_embedded_question(question: str, embedded: str) -> None:
    assert embedded_question(question) == embedded


def test_a_contracted_question_word_is_not_said_back_broken() -> None:
    # two supervisor helpers were offered "Part of you is asking why 's that matter."
    assert embedded_question("Why's that matter?") is None
    assert all("'s that" not in c.text for c in candidates(["Why's that matter, though?"]))


def test_a_question_is_never_handed_back_as_a_statement() -> None:
    for text in (c.text for c in candidates(["My wife keeps nagging me.", "Is this a test?"])):
        assert "whether this is a test" in text and "So is this" not in text
    assert not candidates(["Who sleeps well at my age?"])  # a question that asserts is not a wondering


def test_the_issues_broken_examples_do_not_come_back() -> None:
    assert not candidates(["Oh, I don't know."])  # nothing to say back: no "So oh, you don't know"
    assert not candidates(["Oh, definitely. Consider it done."])
    for c in candidates(["I had the dog and the radio. That was enough."]):
        assert "frustrat" not in c.text


def test_relief_is_never_answered_with_a_hard_feeling() -> None:
    history = ["I keep going round in circles and nobody asks what I want."]
    for c in candidates([*history, "Okay, that helps. I hadn't thought of it that way."]):
        assert not any(w in c.text for w in ("unheard", "frustrat", "lonely", "no wonder")), c.text


def test_a_denied_feeling_is_not_offered_back() -> None:
    for c in candidates(["I'm not angry. I don't get angry. My wife just keeps nagging me."]):
        assert "angry" not in c.text.replace("not angry", ""), c.text


@pytest.mark.parametrize(("line", "move"), [
    ("I want to cut back. And I can't imagine cutting back.", Move.DOUBLE),
    ("I love him and some days I wish it was over.", Move.DOUBLE),
    ("I'm not coming next week.", Move.AUTONOMY),
    ("My daughter has that same speech off by heart.", Move.FEELING),
    ("I told Jenny I couldn't do Friday.", Move.AFFIRM),
    ("Nobody asked if I wanted her to move in.", Move.FEELING),
    ("That's fair. I hadn't thought about the night shifts that way.", Move.OPEN),
    ("I work nights at the depot.", Move.SIMPLE),
])
def test_the_moment_picks_the_move(line: str, move: Move) -> None:
    assert read([line]).moves[0] is move
    assert candidates([line])[0].move is move


@pytest.mark.parametrize("line", [
    "Is that going in the report?", "[eyes the clipboard] What are you writing?", "Are you going to tell my social worker?",
    "Is this confidential?", "Is this for the EAP form?", "[looks at the screen] Is this going in the computer?",
    "I told the GP. Is that going to count against me?", "do u write down everything i say?",
    "I answer, you write. This is how it goes?", "[mumbles] You gonna tell my parents what I say?",
])
def test_a_question_about_what_happens_to_their_words_is_answered_not_reflected(line: str) -> None:
    """Found by a helper playing Crystal (mandated by child protection): "Is that going in the report?"
    got the suggestion "You're asking whether that is going in the report. What's behind that question
    for you?". A supervisor would have the trainee say plainly what is written down and who sees it."""
    assert read([line]).moves == (Move.ANSWER,) and candidates([line]) == []
    assert MOVE_NAMES[Move.ANSWER].startswith("a straight answer to their question")


@pytest.mark.parametrize("line", ["Why do you keep asking me that?", "Is it going to get better?", "Do you think I'm mad?"])
def test_other_questions_are_still_said_back(line: str) -> None:
    assert read([line]).moves[0] is not Move.ANSWER and candidates([line])


@pytest.mark.parametrize("line", ["That's what I said.", "didn't think of it like that", "Yeah. That's what I meant."])
def test_a_line_that_is_only_talk_about_the_talk_gets_no_line(line: str) -> None:
    """Found by a helper: "Sounds like that's what you said." and "You're saying you didn't think of it
    like that." were offered as better replies; there is nothing of the client's in them."""
    assert candidates([line]) == []


@pytest.mark.parametrize("line", ["Of course.", "Fair enough.", "No worries.", "All right."])
def test_a_stock_phrase_is_not_handed_back_as_the_clients_point(line: str) -> None:
    """Found in a supervisor helper's play: "Of course. What's that like for you?" was offered as a
    better reply to "Of course."; it only copies the client."""
    assert candidates([line]) == []


def test_the_same_words_inside_a_real_point_are_still_said_back() -> None:
    assert any("course" in c.text for c in candidates(["I did the course last year and failed it."]))
    assert any("love her" in c.text for c in candidates(["Of course I love her, she is my daughter."]))


@pytest.mark.parametrize("line", ["I ain't saying another word.", "It ain't none of your business what I do.",
                                  "my mum ain't well"])
def test_a_suggestion_says_the_clients_words_in_standard_english(line: str) -> None:
    """Found in a supervisor helper's play: "You ain't saying another word. How is that for you?" was
    offered to a client who already felt judged; said back in their dialect it sounds like mimicry."""
    found = candidates([line])
    assert found and not any("ain't" in c.text for c in found), [c.text for c in found]


def test_double_sided_reflection_holds_both_sides() -> None:
    text = best(["I want to cut back. And I can't imagine cutting back."])
    assert text is not None and "to cut back" in text.text and "can't imagine cutting back" in text.text


def test_what_the_trainee_already_said_is_not_offered() -> None:
    line = ["I run nights at the depot and I'm good at it."]
    first = candidates(line)
    assert first
    again = candidates(line, trainee_said=[first[0].text])
    assert first[0].text not in [c.text for c in again]


def test_the_same_moment_gets_the_same_suggestion_and_different_ones_vary() -> None:
    assert best(["I run nights at the depot."]) == best(["I run nights at the depot."])
    frames = {c.frame for line in ("I run nights at the depot.", "My brother moved to Leeds.",
                                    "The bus was late again.", "My sister rings every Sunday.",
                                    "The van broke down on the ring road.", "I sold the caravan in May.",
                                    "Our landlord put the rent up.", "I work weekends at the garden centre.")
              if (c := best([line]))}
    assert len(frames) >= 3


# --- the whole library and the realistic sessions ------------------------------------------------

def test_library_alternatives_pass_the_quality_checks() -> None:
    tally, _ = library_check()
    # owed an answer or an admission, not words of theirs back ("Is this going in the computer?", "You're not
    # listening.")
    owed = sum(read([*m.history, m.line]).moves in ((Move.ANSWER,), (Move.OWN,)) for m in library_moments())
    assert tally.offered >= 0.75 * (tally.lines - owed)  # the rest are "Hm.", "...", "No.": nothing to say back
    assert tally.well_formed == tally.offered
    assert tally.no_first_person == tally.offered
    assert tally.no_question_as_statement == tally.offered
    assert tally.joining_specific >= 0.98 * tally.offered
    assert tally.beats_closed_question >= 0.95 * tally.offered
    assert tally.top_frame_share <= 0.10


def test_realistic_session_alternatives_pass_the_quality_checks() -> None:
    tally, _ = realistic_check()
    assert tally.offered >= 0.7 * tally.lines  # chat and speech: "yeah", "ok", "Go on." say nothing back
    assert tally.well_formed == tally.no_first_person == tally.no_question_as_statement == tally.offered
    assert tally.joining_specific >= 0.98 * tally.offered
    assert tally.beats_closed_question >= 0.97 * tally.offered
    assert tally.top_frame_share <= 0.10


def test_no_frame_dominates_across_library_and_sessions() -> None:
    lib, _ = library_check()
    real, _ = realistic_check()
    frames = lib.frames + real.frames
    assert frames.most_common(1)[0][1] <= 0.10 * (lib.offered + real.offered)
    assert len(frames) >= 40


def test_realistic_growth_moments_get_a_line_only_when_it_beats_the_counsellors_turn() -> None:
    g = realistic_growth()
    assert g.moments >= 40
    assert g.beats_own_turn == g.offered >= 0.5 * g.moments
    assert g.offered + g.named_move == g.moments


def test_a_word_said_to_the_listener_is_not_said_back() -> None:
    from scoring.rephrase import clean

    assert clean("I was born here, man.") == "I was born here."
    assert clean("Leave it, mate.") == "Leave it."
    assert clean("he is a man") == "he is a man."  # a man the client talks about stays
    assert clean("I love my son") == "I love my son."
    assert clean("I'm a grown man.") == "I'm a grown man."  # only a word set off by a comma is said to the listener


def test_a_hyphenated_backchannel_is_dropped_whole() -> None:
    """A sixteenth supervisor round was offered "Mm. -hm, yes, definitely." as the better reply: the "Mm" of the
    client's "Mm-hm" had gone, its "-hm" stayed."""
    from scoring.rephrase import clean

    assert clean("Mm-hm, yes, the shop is fine.") == "the shop is fine."
    assert clean("Uh-huh. The shop is fine.") == "The shop is fine."
    assert clean("Mm-hmm, I go every week.") == "I go every week."


def test_a_suggestion_never_hands_the_clients_sarcasm_back_as_a_label() -> None:
    """Found by playing Maricel: after "So I'm making excuses. Thank you, very helpful." the report
    suggested "So you're making excuses." -- her words, but a label in the trainee's mouth."""
    lines = ["Everyone keeps saying cut your hours, but the rent doesn't pay itself.",
             "So I'm making excuses. Thank you, very helpful."]
    suggested = [c.text for c in candidates(lines)]
    chosen = best(lines)
    assert not any("excuses" in text for text in suggested)
    assert chosen is None or "excuses" not in chosen.text


def test_a_no_that_negates_is_said_back_with_its_words() -> None:
    """Found in a hint to Femi: "no idea tbh" came back as "Idea tbh, from what you're telling me.",
    and "no one listens to me" would have come back as "one listens to you"."""
    assert [c.text for c in clauses("no one listens to me")] == ["no one listens to you"]
    assert [c.text for c in clauses("no idea tbh")] == ["no idea"]
    assert [c.text for c in clauses("No, I didn't go to work.")] == ["you didn't go to work"]


def test_an_order_or_thanks_to_the_counsellor_is_not_handed_back() -> None:
    """A supervisor helper was offered "Read it. What goes through your mind when you think about
    that?" and "Let me check I've got it: you appreciate me saying that."."""
    for line, unwanted in [("The diary's there. Read it.", "read it"),
                           ("...Alright. I appreciate you saying that.", "appreciate me")]:
        assert all(unwanted not in c.text.lower() for c in candidates([line])), line


def test_the_clients_you_is_never_turned_into_the_counsellor() -> None:
    """A supervisor helper was offered "In your day me just got on with it."; "you don't know me" would
    have become "I don't know you"."""
    for line in ("In my day you just got on with it.", "You don't know what it's like."):
        assert all(" me " not in f" {c.text.lower()} " and " i " not in f" {c.text.lower()} "
                   for c in candidates([line])), line
    assert any("your wife says you smoke" in c.text.lower() for c in candidates(["My wife says I smoke too much."]))


def test_an_adverb_left_on_its_own_gets_no_subject() -> None:
    """"Never after." had become the suggestion "You never after. What does that mean for you?"."""
    assert all("never after" not in c.text.lower()
               for c in candidates(["It's always before I have to show my work. Never after."]))
    assert any("you never sleep" in c.text.lower() for c in candidates(["Never sleep more than four hours."]))


@pytest.mark.parametrize("line", ["I never said that.", "Did I say that? I said- forget it. You're not listening again.",
                                  "That's not what I said."])
def test_a_client_who_corrects_the_counsellor_is_owed_an_admission_not_their_objection_back(line: str) -> None:
    """Found by a helper playing Meena: after "I never said that." the coach offered "You never said that, and
    that's been on your mind."."""
    assert read([line]).moves == (Move.OWN,) and candidates([line]) == []
    assert MOVE_NAMES[Move.OWN].startswith("owning the misstep")


def test_surface_agreement_is_answered_with_room_to_disagree_not_said_back() -> None:
    """My own play with Meena: the coach offered "Right, so that makes you feel better.", which rewards
    the compliance she was referred for."""
    found = candidates(["I just do everything myself.", "Okay! That makes me feel better."])
    assert found and all(c.move is Move.INVITE for c in found), [(c.move, c.text) for c in found]


@pytest.mark.parametrize(("line", "kind"), [
    ("That's kind of you. It doesn't really help.", "unhelpful"),
    ("I feel pushed.", "pushed"),
    ("If we keep going there, I'll leave.", "leave"),
    ("Is that out of a textbook?", "scripted"),
    ("Why do you keep saying back what I say?", "echoed"),
    ("My supervisor is fine. Can we talk about something else?", "elsewhere"),
    ("So that's a yes, then.", "unanswered"),
    ("Can we stop? I think I should go now.", "stop"),
    ("Maybe this wasn't the right time for therapy.", "stop"),
    ("Are you going to say anything of your own?", "own_view"),
    ("[laughs loudly, not quite amused] Everybody is a doctor now.", "pushed"),
    ("I'm not your patient, I'm a grown man.", "pushed"),
    ("I'm not gonna sit here and get preached at.", "pushed"),
    ("[takes one earbud out] I'm fine. Can we talk about literally anything else.", "elsewhere"),
    ("[stares at his phone] That's what everyone says.", "scripted"),
    # a helper's play: after Kofi's "Another question. You people love questions." the coach offered "Another
    # question. Tell me more about that."
    ("Another question. You people love questions.", "questioned"),
    ("Is this a quiz? What do I win?", "questioned"),
    # a sixteenth helper round: the repair offered was "Let me check I've got it: that's your cue." and "…you're not
    # saying another word."
    ("[scrolls through her notes] You're defending yourself instead of listening. That's my cue.", "leave"),
    ("I'll show up. I ain't saying another word, though.", "stop"),
    ("You never listen. You just defend yourself.", "unheard"),
])
def test_an_objection_to_the_conversation_is_owned_not_said_back(line: str, kind: str) -> None:
    """Helpers' play: after "If we keep going there, I'll leave." the coach offered "You're saying if you keep
    going there, you'll leave."; after "It doesn't really help.", "Something in that landed: it doesn't really
    help."  The complaint is about the counsellor; the suggestion owns it and lets the client steer."""
    assert read([line]).objects == kind and read([line]).moves == (Move.PROCESS,)
    found = candidates([line])
    assert found and all(c.move is Move.PROCESS for c in found)
    for c in found:
        assert "you'll leave" not in c.text and "landed" not in c.text
        assert code_turn(c.text, line).stance is not Stance.CONFRONTING
    assert best([line]) is not None


@pytest.mark.parametrize("line", ["I'm going to the shop after this.", "The tablets don't help.",
                                  "My brother never listens to anyone.", "I'm not saying it's easy.",
                                  "My mum says I'm always leaving things late."])
def test_talk_about_leaving_or_help_elsewhere_is_no_objection(line: str) -> None:
    assert read([line]).objects is None


def test_being_likened_to_the_nagging_spouse_is_an_objection_to_being_pushed() -> None:
    """My own novice play with Kofi: "Now you're sounding like my wife." got no repair line at the rupture."""
    from scoring.moves import objection
    assert objection("Now you're sounding like my wife.") == "pushed"
    assert objection("You sound just like the doctor.") == "pushed"
    assert objection("You sound just like the caseworker.") == "pushed"
    assert objection("That sounds like my wife would love it.") is None


def test_two_short_sides_after_a_full_stop_and_but_are_offered_as_a_double_sided_reflection() -> None:
    """A seventh helper round: after Maricel's "My friend moved to agency work. Better money. But no pension, no
    security." the coach offered "So your friend moved to agency work.": cleaning the sentence had dropped its
    "But", so the two sides were never seen.  A "but" between longer stretches of story is not two sides."""
    offered = candidates(["My friend moved to agency work. Better money. But no pension, no security."])
    double = [c.text for c in offered if c.move == "double_sided_reflection"]
    assert double and "better money" in double[0].lower() and "no pension" in double[0].lower()
    story = candidates(["We had soup kitchens then and all, at the welfare. But that were different, that were us."])
    assert not [c for c in story if c.move == "double_sided_reflection"]


def test_the_client_confirming_the_last_reflection_gives_no_words_to_say_back() -> None:
    """A ninth helper round: after Camila's "Yeah. That's... actually pretty accurate." the report offered
    "Actually pretty accurate. What's that like for you?"; her confirmation has nothing of hers to reflect."""
    from scoring.alternatives import best
    assert best(["The first one did worksheets.", "Yeah. That's... actually pretty accurate."]) is None
    assert best(["I never got a word in.", "that's true, actually"]) is None
    kept = best(["x", "That's true about my dad, he never once listened."])
    assert kept is not None and "dad" in kept.text


def test_a_verdict_on_the_trainee_and_a_jibe_at_the_session_are_not_said_back() -> None:
    """A seventeenth helper round: after Duy accepted a repair ("...okay. Fine. That was kinda fair.") the coach offered
    'Try: "Mm. That was kinda fair."'; and "This is so dumb." was pasted into a repair ("…This is so dumb, and what
    you do about it is your call."), where owning the push is what answers it."""
    from scoring.moves import read
    assert read(["x", "...okay. Fine. That was kinda fair."]).main is None
    assert read(["x", "This is so dumb. I knew it."]).objects == "unhelpful"
    assert "hard to say" in read(["x", "That was hard to say."]).main.text
    # my own novice play, Seamus: his own part owned is not handed back, and "heard it all before" objects to the talk
    assert read(["x", "[snorts] Alright. I was maybe sharp myself."]).main is None
    assert read(["x", "Don't bother. I've heard it all before."]).objects == "pushed"
    assert read(["x", "I'll sit here till the hour's up but I'll say nothing."]).objects == "stop"


def test_a_knowing_about_nothing_named_is_not_said_back() -> None:
    """My own play with Duy: after "This is so dumb. I knew it." the repair offered was "It's your call: you knew
    it, and I won't push."."""
    from scoring.moves import read
    assert read(["x", "This is so dumb. I knew it."]).main.text == "this is so dumb"
    assert "knew" in read(["x", "I knew it would go wrong the minute he walked in."]).main.text


def test_what_others_think_is_not_one_of_the_clients_two_sides() -> None:
    """My own play with Kofi: after "Nobody wants to hear that, but I enjoy it." the coach offered "On the one hand nobody
    wants to hear that, and on the other, you enjoy it.": an audience is not a side of the client's ambivalence."""
    found = candidates(["I enjoy it. Nobody wants to hear that, but I enjoy it."])
    assert found and all(c.move is not Move.DOUBLE for c in found)
    both = candidates(["I love the patients. I don't love what the rota does to me."])
    assert both[0].move is Move.DOUBLE
