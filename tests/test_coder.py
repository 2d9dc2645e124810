"""The utterance coder: codes, stances, flags, precedence and messy real-world input."""

from __future__ import annotations

from pathlib import Path

import pytest

from scoring import Code, Flag, Stance, code_turn
from scoring.codes import QUESTIONS
from scoring.evaluate import read_labelled

CANONICAL = read_labelled(Path(__file__).parent / "data" / "tune_canonical.csv")


REFLECTIONS = (Code.REFLECTION_SIMPLE, Code.REFLECTION_COMPLEX)


@pytest.mark.parametrize("row", CANONICAL, ids=lambda r: r.text[:40])
def test_textbook_examples_get_their_code(row) -> None:  # type: ignore[no-untyped-def]
    got = code_turn(row.text, row.context).code
    if row.code in REFLECTIONS:  # depth is a judgement call; see the depth test below
        assert got in REFLECTIONS
    else:
        assert got is row.code


def test_textbook_reflections_mostly_get_their_depth() -> None:
    """Simple vs complex is where expert coders disagree most (κ 0.6-0.8 between humans): the
    textbook reflections must still get their depth nine times in ten."""
    rows = [r for r in CANONICAL if r.code in REFLECTIONS]
    right = sum(code_turn(r.text, r.context).code is r.code for r in rows)
    assert len(rows) >= 10 and right / len(rows) >= 0.9, (right, len(rows))


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # chat style: lowercase, no punctuation, questions without "?"
        ("what brings u here today", "", Code.QUESTION_OPEN),
        ("hw was the weekend with ur dad", "", Code.QUESTION_OPEN),
        ("do u want to keep going with this", "", Code.QUESTION_CLOSED),
        # reflections that end with "?" are still reflections
        ("so the drinking is kind of your way of switching off?", "a few beers is how i switch off", Code.REFLECTION_SIMPLE),
        # fillers and false starts
        ("um, so, yeah, you- you're not really sure this is for you", "I don't know if this is for me.", Code.REFLECTION_SIMPLE),
        ("Mm-hmm.", "", Code.OTHER),
        ("right", "", Code.OTHER),
        ("ok", "", Code.OTHER),
        # advice is persuasion unless permitted
        ("u should probly just tell him", "", Code.PERSUADE),
        ("You asked, so one idea is a drink-free day each week, but it's your call.", "Any tips?", Code.PERSUADE_WITH_PERMISSION),
        # transcript habits: annotations, minimal encouragers, a question tacked on after a comma
        ("[laughs] yeah", "my mum would kill me", Code.OTHER),
        ("oh, sorry, go on", "but the thing is- sorry, you go", Code.OTHER),
        ("you said a few drinks, is that two or more like six", "just a few drinks after work", Code.QUESTION_CLOSED),
        ("it's been a rough week, how are you holding up with all of it", "", Code.QUESTION_OPEN),
        # advice that opens with a question word, and autonomy that does
        ("mm, what about trying the nicotine gum at work", "I can't get through a shift", Code.PERSUADE),
        ("what you want to do is set a budget before you go in", "", Code.PERSUADE),
        ("Whatever you choose, it has to be something you want.", "just tell me what to say", Code.EMPHASIZING_AUTONOMY),
        # affirmations by understatement are not arguments
        ("you went to the gym twice with a newborn, honestly, that's commitment", "", Code.AFFIRM),
        # found in a supervisor helper's play: an invitation to tell the story, and a question for a fact
        ("Where are you with it this week?", "I don't know. I haven't decided.", Code.QUESTION_OPEN),
        ("where does that leave you?", "so that's the job gone", Code.QUESTION_OPEN),
        ("What job do you do?", "They're fine. They're good kids.", Code.QUESTION_CLOSED),
        ("where are you staying tonight?", "I can't go back there", Code.QUESTION_CLOSED),
        # the question word left where the answer goes asks for more; a fragment with "?" is not a reflection
        ("Tired of what, mostly?", "I'm just tired of it all.", Code.QUESTION_OPEN),
        ("messed up how?", "the whole thing's messed up", Code.QUESTION_OPEN),
        ("nobody else gets to decide that for you", "my wife says stop, the doctor says stop", Code.EMPHASIZING_AUTONOMY),
        # a push that still shames
        ("you should be ashamed of yourself", "I left them on their own for an hour", Code.CONFRONT),
    ],
)
def test_real_talk(text: str, context: str, code: Code) -> None:
    coded = code_turn(text, context)
    if code in (Code.REFLECTION_SIMPLE, Code.REFLECTION_COMPLEX):
        assert coded.code in (Code.REFLECTION_SIMPLE, Code.REFLECTION_COMPLEX), coded.reason
    else:
        assert coded.code is code, coded.reason


def test_result_carries_stance_confidence_reason_and_sentences() -> None:
    coded = code_turn("You're in denial. Why don't you just stop?")
    assert coded.code is Code.CONFRONT
    assert coded.stance is Stance.CONFRONTING
    assert 0 < coded.confidence <= 1
    assert "denial" in coded.reason
    assert coded.utterances[0].code is Code.CONFRONT
    assert len(coded.utterances) == 2
    assert Flag.LABELLING in coded.flags


def test_advice_reason_names_the_cue() -> None:
    coded = code_turn("You should cut down.")
    assert coded.code is Code.PERSUADE
    assert "'you should'" in coded.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("That's just an excuse. What are you going to do about it?", Code.CONFRONT),  # confront > question
        ("You need to get help. What do you think?", Code.PERSUADE),  # persuade > question
        ("So you're worn out by all of it. What would help?", Code.QUESTION_OPEN),  # reflection + question
        ("So you're worn out by all of it, is that right?", Code.REFLECTION_COMPLEX),  # only checks itself
        ("It's your choice. You've worked hard to get here.", Code.EMPHASIZING_AUTONOMY),  # emphasize > affirm
    ],
)
def test_precedence(text: str, code: Code) -> None:
    got = code_turn(text).code
    if code is Code.REFLECTION_COMPLEX:
        assert got in (Code.REFLECTION_SIMPLE, Code.REFLECTION_COMPLEX)
    else:
        assert got is code


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("How often do you drink? Do you drink alone? When did it start?", Flag.STACKED_QUESTIONS),
        ("Don't worry, it'll all be fine.", Flag.PREMATURE_REASSURANCE),
        ("You're an alcoholic, plain and simple.", Flag.LABELLING),
        ("Why don't you just leave him?", Flag.WHY_DONT_YOU_JUST),
        ("so why arent u going to school?", Flag.WHY_NOT),
        ("Do you think you have an anger problem?", Flag.LABELLING),
        ("Why haven't you told her yet?", Flag.WHY_NOT),
        ("Oh sure, because that's worked so well for you.", Flag.SARCASM),
        ("Lots of people feel two ways about quitting.", Flag.NORMALISING),
        ("But how does that make you FEEL?", Flag.DEMAND_FEELING),
        ("I'm sorry, I pushed too hard there.", Flag.APOLOGY),
        ("You need to stop drinking.", Flag.RIGHTING_REFLEX),
    ],
)
def test_clinical_flags(text: str, flag: Flag) -> None:
    assert flag in code_turn(text).flags


def test_normalising_ambivalence_counts_as_joining() -> None:
    coded = code_turn("It's really normal to feel two ways about giving something up.")
    assert coded.stance is Stance.JOINING


def test_context_decides_simple_versus_complex() -> None:
    client = "My wife keeps nagging me about the drinking."
    assert code_turn("Your wife keeps nagging you about the drinking.", client).code is Code.REFLECTION_SIMPLE
    assert code_turn("You feel judged, like nobody sees how hard you're trying.", client).code is Code.REFLECTION_COMPLEX


def test_client_asking_for_advice_is_permission() -> None:
    advice = "Some people find a drink diary helps them see the pattern."
    assert code_turn(advice, "What should I do about it?").code is Code.PERSUADE_WITH_PERMISSION


@pytest.mark.parametrize("text", ["", "   ", "?", "...", "😀", "<b>&amp;</b>", "a" * 5000])
def test_odd_input_is_coded_without_crashing(text: str) -> None:
    assert code_turn(text).code in Code


def test_very_long_run_on_turn_is_coded_by_its_strongest_move() -> None:
    text = ("so yeah you've been saying the job is stressful and the kids are a lot and "
            "your mum isn't well and " * 20) + "honestly you just need to stop drinking"
    assert code_turn(text).stance is Stance.CONFRONTING


def test_a_topic_question_is_not_advice() -> None:
    assert code_turn("what about your dad?", "my mum is fine with it").code is Code.QUESTION_OPEN


# Pushes in a novice's everyday words: advice and arguments with no textbook cue in them, blame and
# verdicts ("that's definitely not helping"), the acknowledged-then-argued "I get that, but…" that
# spans sentences, and pushes no cue rule names at all, which the form model reads ("he's nine.
# leaving him … isn't teaching him …" argues).
PUSHING = [
    ("what about a sleep routine? like no screens an hour before bed", "it doesnt do anything for me"),
    ("Just stay calm and be yourself, and try not to look upset.", "I'm so nervous about the contact visit"),
    ("When you want a cigarette, think of Alfie.", "I do want to be around for him"),
    ("well natural doesn't mean safe though", "weed is natural at least"),
    ("Could you maybe go for a walk on your break instead?", "it's my break"),
    ("5 coffees after 4pm, thats definitely not helping ur sleep", "i have like 5 coffees in the afternoon"),
    ("You could have killed someone driving home like that.", "I was fine to drive, honestly"),
    ("The thing is, though, if you shout at him he learns that shouting works.", "he only listens when I shout"),
    ("u know one spliff still shows up in a test tho", "its only one spliff at the weekend"),
    # Missed since the retrain on 132 sessions (the form model admits it, 0.79, but the coder gives
    # confronting only 0.31): "He's nine. Leaving him alone till midnight isn't teaching him
    # independence."  An argument made by saying the client's own words back with a "not";
    # a feature for that shape did not help in cross-validation.
    ("I do get it. But four days is far too quick to come off that dose.", "I just want to be done with it"),
    ("i get that but ur mates would still be there if u missed one night out", "its the only time i see them"),
    ("Try listening for once.", "whatever, you don't get it"),
    ("Definitely get one of those pill organisers. They make a huge difference.", "I keep forgetting my tablets"),
    # read off the round-held-out misses on the tuning must-confront list: an eye-roll, "the famous",
    # a rhetorical "wouldn't it be wise", blame handed back, a verdict on an act, a warning
    ("oh sure, monday 🙄", "ill start eating better monday"),
    ("the famous one last bet", "one more and im done"),
    ("Wouldn't it be wise to keep going, given how much the classes help?", "I am too tired to go to the classes."),
    ("tbh it was probably ur fault if ur hands were shaking", "shes blaming me for the infection"),
    ("thats a pretty selfish thing to do to ur team", "i called in sick to go to the festival"),
    ("That's how accidents happen.", "had a few while watching the baby, she was asleep so"),
    # found by a supervisor helper playing a novice with Meena: coded a complex reflection
    ("you know if you dont look after yourself you wont be able to look after her either", "i dont have time for me"),
    # found by a supervisor helper playing a novice with Duy: a push put as "you realise…, right?"
    ("you realise they're only trying to help, right?", "my parents keep on at me about uni"),
]


@pytest.mark.parametrize(("text", "context"), PUSHING)
def test_everyday_pushes_are_caught_and_named(text: str, context: str) -> None:
    coded = code_turn(text, context)
    assert coded.stance is Stance.CONFRONTING, (coded.code, coded.reason)
    assert "going by wording like" not in coded.reason and len(coded.reason.split()) >= 3


def test_a_push_only_the_form_model_saw_is_called_softly_or_not_at_all() -> None:
    """A push no cue named is coded only when the coder gives it real weight, so the stance
    probabilities never call a turn confronting while mostly doubting it."""
    for text, context in PUSHING:
        coded = code_turn(text, context)
        assert coded.stance_probs["confronting"] >= 0.4, (text, coded.stance_probs)


def test_something_done_to_the_client_is_not_handing_them_the_choice() -> None:
    """Found by playing Ramon: "he talked down to you" had been coded emphasizing autonomy, with the
    reason "'down to you'"; "it's down to you" still is."""
    assert code_turn("He talked down to you in front of your crew, and something snapped.",
                     "he talks real slow to me, like I don't get English").code in REFLECTIONS
    assert code_turn("In the end it's down to you.", "").code is Code.EMPHASIZING_AUTONOMY


def test_reassurance_and_a_label_taken_away_are_not_pushes() -> None:
    """Found by playing novices: "dont stress" read as advice, and "a real problem, not an excuse"
    (agreeing with the client) read as a label; "X is no excuse" still confronts."""
    reassured = code_turn("thats ok!! dont stress, ur only 13, u have loads of time to fix ur grades", "my grades are bad")
    assert reassured.stance is not Stance.CONFRONTING and Flag.PREMATURE_REASSURANCE in reassured.flags
    agreed = code_turn("no no i meant the rent is a real problem, not an excuse", "So I'm making excuses. Thanks.")
    assert agreed.stance is not Stance.CONFRONTING
    for push in ("Stress is no excuse for ignoring your diabetes.", "That's not an excuse.", "That's just another excuse."):
        assert code_turn(push, "I've been stressed").code is Code.CONFRONT, push


@pytest.mark.parametrize(("text", "context"), [
    # sympathy with a strong word in it
    ("That's a terrible thing to hear after all those years.", "They've closed the depot. Thirty years I gave them."),
    # asking the reason, not telling
    ("Why don't you want to tell your sister?", "I'm not telling my sister. No way."),
    ("why dont u like going to the group?", "the group is rubbish"),
    # a risk question a counsellor must be able to ask
    ("That sounds frightening. Have you ever thought about hurting yourself?", "Some nights I don't see the point."),
    # reassurance that disagrees with the client's harsh view of themselves
    ("I'm sure your mum wouldn't be disappointed in you.", "Mum will be gutted when she finds out."),
    ("ur not the bad guy here tho! its ok to say no", "i always end up the bad guy"),
    # the client's own past, and someone else's warning, handed back
    ("Fishing was one of the places you got to be just you, not the man who pays the bills.",
     "I gave up the fishing when money got tight. I miss it."),
    ("Your GP has told you that if you keep lifting you could tear it again.",
     "The GP says if I keep lifting I could tear it again."),
    ("So it seems a bit much that the school made such a fuss about one fag.", "It was one fag. Everyone smokes."),
    # found by playing Seamus and by a helper playing novices: a line drawn for the client, a question
    # about what the trouble is, the client's own words, an honest guess
    ("You didn't ask to be here. The GP sent you, and that's not the same as choosing it.",
     "I'm only here because the doctor wouldn't renew the tablets otherwise."),
    ("is it the money thats the problem?", "i cant afford to drop shifts"),
    ("You don't know what I want you to say, and you're maybe waiting to see if this is another telling-off.",
     "dunno what you want me to say"),
    ("Maybe people usually want something from you when they ask you to talk.", "not a big talker"),
    # the client's own sense of what they must do, and a verdict that is about what was done to them
    ("you feel like you have to hold it all together for everyone", "i can't fall apart, the kids need me"),
    ("That's a cruel thing to do to you after twenty years.", "They let me go by email."),
    ("it doesnt sound selfish to me. it sounds like u were running on empty", "i know it was selfish"),
    # found in a supervisor helper's play (coded confront, −11.6 and "one more and the client goes")
    ("I'm not judging you. Lots of parents struggle with childcare. Its nothing to be ashamed of.",
     "I just couldn't get a sitter that night, that's all."),
    ("please don't be ashamed, you did what you could", "I feel awful about it"),
])
def test_look_alikes_of_a_push_are_not_pushes(text: str, context: str) -> None:
    """Found in cross-validation on the tuning sessions: each had been coded confront or persuade."""
    coded = code_turn(text, context)
    assert coded.stance is not Stance.CONFRONTING, (coded.code, coded.reason)


def test_a_push_taken_back_a_confidence_and_an_expert_handed_back_are_read_as_such() -> None:
    """Found by helpers playing a novice and a skilled counsellor."""
    taken_back = code_turn("oh sorry!! i didnt mean u have to do it lol. so the pension is a big worry for u?",
                           "If I go part-time my pension drops.")
    assert taken_back.stance is not Stance.CONFRONTING, (taken_back.code, taken_back.reason)
    assert code_turn("I mean you have to stop.", "").stance is Stance.CONFRONTING  # "I mean" is no retraction
    confidential = code_turn("What's said in this room stays in this room.", "People talk at the temple.")
    assert confidential.code not in QUESTIONS
    assert code_turn("You're the expert on your own life.", "").code is Code.EMPHASIZING_AUTONOMY


@pytest.mark.parametrize("text", [
    "have you considered going down to four shifts?",
    "How about asking your manager for a rota that suits you?",
    "what about talking to ur manager about it",
    "Why don't you just tell your sister?",
])
def test_a_suggestion_asked_as_a_question_is_advice(text: str) -> None:
    """Found by playing a novice with Maricel: "what about talking to…" had been an open question
    and "have you considered…" a closed one; MITI codes both as advice the client did not ask for."""
    assert code_turn(text, "I'm exhausted. Twelve-hour shifts, four nights.").code is Code.PERSUADE


@pytest.mark.parametrize(("text", "context"), [
    ("Calling them on every break took real commitment.", "I called them on every break. Every single one."),
    ("Three weeks off cigarettes was a real achievement.", "I managed three weeks off them once."),
])
def test_an_effort_appraised_as_a_strength_is_an_affirmation(text: str, context: str) -> None:
    """Found by playing Crystal and Kofi: an appraisal whose subject is the client's act ("calling them…
    took real commitment") was read as a reflection or as information."""
    coded = code_turn(text, context)
    assert coded.code is Code.AFFIRM and "strength or effort" in coded.reason


def test_advice_after_the_client_says_go_on_is_permitted() -> None:
    """"Go on" answers the counsellor's offer to share something: the advice that follows has the
    client's leave (persuade with permission); the same words unasked are advice."""
    advice = "some people set a hard stop time and put the laptop in another room after. you could try that"
    for leave in ("go on", "Yeah. Go on.", "Go on, then.", "ye go on"):
        assert code_turn(advice, leave).code is Code.PERSUADE_WITH_PERMISSION, leave
    assert code_turn(advice, "i stay up too late").code is Code.PERSUADE
    assert code_turn(advice, "I will go on the course").code is Code.PERSUADE


def test_an_argument_whose_form_looks_like_a_question_still_confronts() -> None:
    """The form model reads "do you have any idea what…?" as a question (push 0.11); an argument or a
    label is a wording, so its doubt never outvotes the cue."""
    coded = code_turn("Do you have any idea what this is doing to your children?", "I only drink after they're in bed")
    assert coded.code is Code.CONFRONT and "do you have any idea" in coded.reason


def test_advice_the_client_asked_for_with_like_what_is_permitted() -> None:
    coded = code_turn("have you tried a hot water bottle? some people swear by them", "other things. like what")
    assert coded.code is Code.PERSUADE_WITH_PERMISSION


def test_a_statement_and_one_question_are_not_several_questions() -> None:
    """Found by a helper playing a novice: the word model's final `question_open` was written onto
    the statement too, so one question was charged as "several questions at once"."""
    coded = code_turn("no ur right sorry. the letter is what u need most right now. what would u want it to say?",
                      "I need the letter. That's all I came for.")
    assert coded.code in QUESTIONS and Flag.STACKED_QUESTIONS not in coded.flags


def test_an_option_put_as_a_question_is_advice() -> None:
    """Found by a helper playing a novice with Maricel: "have u thought about agency work too?" was a
    closed question, so the client's "yes, but" to advice never came."""
    coded = code_turn("oh thats interesting! have u thought about agency work too?", "i could drop a night shift maybe")
    assert coded.code is Code.PERSUADE
    assert code_turn("Have you thought about what you'd want instead?", "I don't know").stance is not Stance.CONFRONTING


# Round 9: pushes written without the usual tell-tale words (blame put back, doubt, a verdict, a
# diagnosis handed down, irritation), in the forms people use for them; and what they look like
# from the other side.  Each wording below is ours; the cues were found from the tuning lists.
@pytest.mark.parametrize(("text", "context"), [
    ("Is it any wonder she left, with the hours you were out drinking?", "My wife walked out on me."),
    ("That's what happens when you stop taking the tablets.", "My sugars are all over the place."),
    ("Honestly, that's a gambling addiction, whether you call it that or not.", "I only bet when I've got spare cash."),
    ("You're a people pleaser, plain and simple.", "I said yes to another double shift."),
    ("mm not sure i believe that", "i havent had a drink all week"),
    ("I want to believe you, but your sister says otherwise.", "I've been sober since Easter."),
    ("With respect, praying hasn't stopped it in three years.", "God will sort it, I don't need this."),
    ("we've been round this three times now", "yeah but the shop needs me"),
    ("You keep changing the subject.", "Anyway, did you see the match?"),
    ("Being busy doesn't excuse missing her birthday.", "I was busy, that's all."),
    ("That isn't fair on your workmates, who covered for you.", "I threw a sickie to go racing."),
    ("Are you being completely honest with me about the weekends?", "I don't drink at weekends any more."),
    ("Of course, a bottle a night is just what the doctor ordered.", "Wine's good for the heart, isn't it."),
])
def test_pushes_without_the_usual_words_are_caught(text: str, context: str) -> None:
    coded = code_turn(text, context)
    assert coded.stance is Stance.CONFRONTING, (coded.code, coded.reason)


@pytest.mark.parametrize(("text", "context"), [
    ("Well, you did everything you could for him.", "I keep thinking I let him down."),
    ("no, you don't have to say anything you don't want to", "do I have to talk about it"),
    ("Really? That's brilliant news!", "I got the flat!"),
    ("Most people go round that loop a few times before anything sticks.", "I keep saying I'll stop and I don't."),
    ("It's no wonder you're exhausted, with the nights you've been doing.", "I'm shattered all the time."),
    # what has been tried asks history; it suggests nothing
    ("Have you tried giving up before?", "I smoke twenty a day."),
    ("have u tried cutting down in the past?", "i drink most nights"),
])
def test_their_look_alikes_are_not_pushes(text: str, context: str) -> None:
    coded = code_turn(text, context)
    assert coded.stance is not Stance.CONFRONTING, (coded.code, coded.reason)


def test_what_a_skilled_speaker_says_is_not_read_as_a_push_or_a_pile_of_questions() -> None:
    """Found by a helper playing Crystal in transcribed speech: a reason given for the client ("you're
    here because you have to be") read as advice, and a false start ("What, um, what was going on…")
    as two questions at once."""
    here = code_turn("Right, yeah. So, you're here because you have to be, and the main thing is getting it "
                     "signed and getting through it.", "[jaw set] I'll sign whatever proves I came.")
    assert here.stance is not Stance.CONFRONTING, (here.code, here.reason)
    assert code_turn("You have to come every week, because the court says so.", "").code is Code.PERSUADE
    asked = code_turn("One phone call and suddenly it's ten sessions. What, um, what was going on for you that "
                      "night, if you want to say?", "Neighbour saw the lights on and called it in.")
    assert asked.code is Code.QUESTION_OPEN and Flag.STACKED_QUESTIONS not in asked.flags
    assert Flag.STACKED_QUESTIONS in code_turn("How long has this been going on? Is it every day?", "").flags


def test_a_suggestion_after_a_but_is_advice_not_an_argument() -> None:
    """Found by a helper playing a novice with Maricel: "agency sounds good tho, have u thought about
    doing that too?" had been coded confront; "…though, didn't you?" still argues."""
    assert code_turn("agency sounds good tho, have u thought about doing that too?",
                     "I could do agency shifts but the pension").code is Code.PERSUADE
    assert code_turn("you went to the pub again though, didn't you?", "I was good this week").code is Code.CONFRONT


def test_an_apology_in_two_sentences_repairs_and_sympathy_does_not() -> None:
    """Found by a helper playing a novice with Maricel: "ur right, im sorry. i was pushing…" had no
    apology flag, so the client engine never saw the repair."""
    owned = code_turn("ur right, im sorry. i was pushing and thats not fair on u", "you sound like my manager")
    assert Flag.APOLOGY in owned.flags
    assert Flag.APOLOGY not in code_turn("I'm so sorry. Your mum sounds amazing.", "My mum died in May.").flags


def test_a_reason_never_quotes_a_lone_connective() -> None:
    """Found playing Seamus: "And your life is yours to run." was praised in the report as "a
    complex reflection: 'and'"; the reason now says what the move did."""
    coded = code_turn("And your life is yours to run. Nobody gets to tell you how.",
                      "The doctor has his job and I have my life.")
    assert coded.code is Code.REFLECTION_COMPLEX and "'and'" not in coded.reason
    assert "adds meaning" in coded.reason


def test_a_push_the_word_model_finds_is_shown_on_the_sentence_that_pushes() -> None:
    """`rollwith code` lists each sentence with its code: the advice a trainee gave after "No." is
    shown on the advice, not on the "No."."""
    text = ("No. Okay so, um, we're nearly out of time, so for next week, like, just try having one pint "
            "instead of two at lunch, and, um, see how it goes?")
    coded = code_turn(text, "I'm not an alcoholic, if that's what you're getting at.")
    assert coded.code is Code.PERSUADE
    assert [u.code for u in coded.utterances] == [Code.OTHER, Code.PERSUADE], coded.utterances


def test_the_how_are_you_of_a_greeting_is_not_a_question_to_improve_on() -> None:
    """A supervisor would not list "hi seamus, how are you today?" under "Try this instead" as a
    closed question; our writers code such a greeting `other` (13 of 17 turns in the tuning set)."""
    opener = "I'm only here because the doctor wouldn't renew the tablets otherwise."
    for text in ["hi seamus, how are you today?", "Hi Seamus. How've you been?", "Hi, I'm Jo, how are you doing?"]:
        assert code_turn(text, opener).code is Code.OTHER, text
    for text in ["Hi Maya! How are you feeling about the drinking?", "how are you today?"]:
        assert code_turn(text, opener).code in (Code.QUESTION_OPEN, Code.QUESTION_CLOSED), text


@pytest.mark.parametrize(("context", "text", "expected"), [
    # a supervisor helper's play, December: each had been coded as the opposite kind of move
    ("Catastrophic misappraisal of benign interoceptive cues. Textbook.",
     "Textbook. And still, knowing the textbook doesn't seem to stop it happening.", Code.REFLECTION_COMPLEX),
    ("I explain it so it stays still.",
     "Explaining it keeps it still. Keeps it at arm's length, where it can't quite reach you.", Code.REFLECTION_COMPLEX),
    ("I cook, we eat, he watches the news, I wash up.",
     "Cook, eat, news, wash up. Everyone gets looked after, except maybe you. And tell me if I've got that wrong.",
     Code.REFLECTION_COMPLEX),
    ("I was on shift the day she died. Someone else's daughter.",
     "Oh. Your mama died that same spring, and you were on shift, caring for someone else's daughter when you "
     "wanted to be with her. That's a lot of loss all at once.", Code.REFLECTION_COMPLEX),
    ("Everyone says give it time. How much time?",
     "probably another month or two. but you should see some small changes before that if you do the exercises",
     Code.GIVING_INFORMATION),
    ("Everyone says give it time.",
     "i didnt say its normal. i said it will get better. why are you so negative about everything?", Code.CONFRONT),
    ("I'm not an angry guy! People just push me!", "woah ok calm down, im on your side here. i just want to help you",
     Code.CONFRONT),
    ("So many questions. What else do you need to write?",
     "im not writing anything i promise. you seem really stressed. have you tried any relaxation techniques like "
     "deep breathing?", Code.PERSUADE),
])
def test_moves_a_supervisor_read_the_other_way(context: str, text: str, expected: Code) -> None:
    assert code_turn(text, context).code is expected


def test_an_aside_inside_a_question_is_not_a_second_question() -> None:
    """", do you think," inside one question had raised "several questions at once" (−4 with Agnieszka)."""
    one = code_turn("The sleep is where it shows up. What else is going on, do you think, that's showing up there?",
                    "I can't sleep, I just lie there.")
    assert Flag.STACKED_QUESTIONS not in one.flags
    two = code_turn("What else is going on? Do you think it's work?", "I can't sleep, I just lie there.")
    assert Flag.STACKED_QUESTIONS in two.flags


def test_reassurance_the_trainee_gives_is_flagged_and_a_doubt_reflected_is_not() -> None:
    reflected = code_turn("You're not sure if it's a big deal or just normal stuff everyone goes through.",
                          "idk. maybe it's bad. maybe it's normal")
    assert Flag.PREMATURE_REASSURANCE not in reflected.flags and reflected.code in REFLECTIONS
    for text in ["so you dont need to worry about him", "theres nothing wrong with you, honestly"]:
        assert Flag.PREMATURE_REASSURANCE in code_turn(text, "My son will find out.").flags, text


@pytest.mark.parametrize(("context", "text", "expected"), [
    # a second supervisor helper's play, December
    ("I keep thinking if I'd bought something in 2015 like my cousin said. As if.",
     "Part of you goes back over it - if only you'd bought back then - even though you know it was never really "
     "on the cards.", Code.REFLECTION_COMPLEX),
    ("I'm fine. I just wish it would stop.",
     "Sorry - I jumped straight to tips, and you didn't ask for them. You were telling me something important: "
     "it's always before you have to show your work, never after.", Code.REFLECTION_SIMPLE),
    ("I'm here because the court said so.",
     "Coming here wasn't your choice. You're doing what's required, and that's about as far as you want it to go.",
     Code.REFLECTION_COMPLEX),
    ("I present on Friday.",
     "Honestly, what you need is to prepare your slides earlier and do some box breathing before you present.",
     Code.PERSUADE),
    ("Every nurse is tired.", "cant they get an agency nurse? u need a break before u burn out", Code.PERSUADE),
    ("We don't get a break.", "if only you'd listened to me", Code.CONFRONT),
    ("I didn't do nothing wrong. He got in my face.",
     "but you did hit a locker tho. thats not really normal, most people dont do that when someone pushes them",
     Code.CONFRONT),
])
def test_moves_a_second_supervisor_read_the_other_way(context: str, text: str, expected: Code) -> None:
    coded = code_turn(text, context)
    assert coded.code is expected or (expected in REFLECTIONS and coded.code in REFLECTIONS), coded


def test_im_curious_before_a_question_is_one_question() -> None:
    coded = code_turn("It's something to do with the waiting. I'm curious - what else, apart from the waiting, "
                      "does smoking give you?", "On the rank there's nothing to do but smoke and wait.")
    assert coded.code is Code.QUESTION_OPEN and Flag.STACKED_QUESTIONS not in coded.flags


@pytest.mark.parametrize(("context", "text", "expected", "flag"), [
    # a third supervisor helper's play, December
    ("I grew up in Gdansk, then came here at twenty.", "oh where did u grow up? thats interesting",
     Code.QUESTION_CLOSED, None),
    ("They'll say I'm making excuses again.",
     "i dont think ur making excuses. it sounds like ur really stuck between ur patients and ur own health",
     Code.REFLECTION_COMPLEX, None),
    ("I snapped at my partner over a kit bag.", "everyone snaps sometimes dont be so hard on urself. it was just a kit bag",
     Code.OTHER, Flag.PREMATURE_REASSURANCE),
    ("I can't cut my hours, my family back home needs the money.",
     "but u cant take care of them if u dont take care of urself first. like on a plane, put ur own oxygen mask on first!",
     Code.PERSUADE, None),
    ("You sound like my dad right now.",
     "Yeah, fair. I just did the exact thing you're tired of. Sorry. What would actually help today?",
     Code.QUESTION_OPEN, Flag.APOLOGY),
    # my own novice play: a condition set on a mandated mother had been praised as handing back the choice
    ("Leave my kids out of it.", "u know u have to do this program if u want ur kids back right", Code.PERSUADE, None),
    ("I'm only here for HR.", "you have to come here if you want to keep your job", Code.PERSUADE, None),
    ("I used to teach.", "what did you do, for work?", Code.QUESTION_CLOSED, None),
    # a second supervisor helper's play: one word had made a reflection advice
    ("Everyone says self-care.", "Everyone's telling you to look after yourself, and it sounds like that's become "
     "one more thing on the list you should be doing.", Code.REFLECTION_COMPLEX, None),
    ("I've told this story to HR, to the union rep, now you.",
     "u have to tell the same story over and over to different ppl", Code.REFLECTION_SIMPLE, None),
    ("Forty guys on my shift and I know all their kids' names.",
     "yeah i get it, i dont know what its like on ur shift. 40 guys and u know all their kids names, "
     "u must really care about them", Code.REFLECTION_COMPLEX, None),
    ("I lose it at work sometimes.", "ok so for next week can u write down when u feel angry at work? like a log",
     Code.PERSUADE, None),
    # a third supervisor helper's Kofi: a concessive "tho" had made handing back the choice an argument
    ("I tried the patches. Useless.", "haha everyone has a method. its totally ur choice tho, ur the boss",
     Code.EMPHASIZING_AUTONOMY, None),
])
def test_moves_a_third_supervisor_read_the_other_way(context: str, text: str, expected: Code,
                                                     flag: Flag | None) -> None:
    coded = code_turn(text, context)
    assert coded.code is expected or (expected in REFLECTIONS and coded.code in REFLECTIONS), coded
    assert flag is None or flag in coded.flags


@pytest.mark.parametrize(("context", "text"), [
    ("I test them. I wait for them to give up.", "Testing and waiting. Say more about that - what are you testing for?"),
    ("What am I for, now?",
     "I notice that question - what am I for - hasn't had an answer. What would it take to start finding one?"),
])
def test_an_invitation_narrowed_or_a_quoted_question_is_one_question(context: str, text: str) -> None:
    assert Flag.STACKED_QUESTIONS not in code_turn(text, context).flags


def test_a_broken_off_question_asked_again_is_one_question() -> None:
    coded = code_turn("The notes stay with me and my supervisor. The only time I'd share anything is if someone's "
                      "life was in danger. Does that... how does that sit with you?", "Who reads the notes?")
    assert Flag.STACKED_QUESTIONS not in coded.flags


def test_owning_a_misstep_with_a_tag_is_an_apology_not_a_confrontation() -> None:
    coded = code_turn("Hang on. I just did the thing everyone else does, didn't I? You said it twice.",
                      "I don't mind, really. I don't.")
    assert Flag.APOLOGY in coded.flags and coded.stance is not Stance.CONFRONTING


def test_two_real_questions_are_still_several() -> None:
    assert Flag.STACKED_QUESTIONS in code_turn("what do you want? why are you here?", "Whatever.").flags


@pytest.mark.parametrize(("context", "text"), [
    # a fourth supervisor helper's play: the righting reflex in warm words had read as neutral or joining, so the
    # client did not react and the report never mentioned it
    ("Now you're sounding like my wife.", "i just want u to be healthy!! ur family needs u around for a long time 😊"),
    ("The supervisor talks real slow to me. Like I don't get English. I was born here, man.",
     "I mean, he probably talks like that to everyone, I wouldn't take it personally, um-"),
    ("Not really in a talking mood.", "Right. Eleven weeks of this. Um. I mean, honestly the classes are there to "
     "help you, so if you just give them a real shot it could actually-"),
    ("She hides my lighters. I buy more lighters.", "its not the same thing at all tho, one cigarette is like 7000 chemicals"),
    ("I do say yes a lot, I suppose. But people need help, you know?",
     "People do need help, but you can't pour from an empty cup! Your health is more important surely?"),
    ("That makes so much sense. I'll do it.", "Yay!! That's a great first step, I'm really proud of you 😊 "
     "Just be careful not to slip back though, because that's how burnout starts."),
    # a fifth helper: siding with the parents had been praised as the session's one good move
    ("You're just gonna tell my parents everything anyway", "but ur parents just want whats best for u tho, they love u"),
    ("I need the extra money, my family back home.", "but surely your health matters more than the extra money? 🙂"),
])
def test_the_righting_reflex_in_warm_words_pushes(context: str, text: str) -> None:
    assert code_turn(text, context).stance is Stance.CONFRONTING


@pytest.mark.parametrize(("context", "text"), [
    ("I want to be healthy for my grandkids.", "You want to be healthy for them, and the cigarettes are in the way."),
    ("I want to know I'm not wasting your time.", "I want you to know you're not wasting my time."),
    ("I gave it a real shot last year.", "You gave it a real shot, and it still didn't stick."),
    ("It's not the same without her.", "It's not the same at all, without her."),
    ("My mum's always on at me.", "You want what's best for them, and it costs you."),
])
def test_their_look_alikes_stay_joining(context: str, text: str) -> None:
    assert code_turn(text, context).stance is not Stance.CONFRONTING


@pytest.mark.parametrize(("context", "text"), [
    # a reflection the word model splits between its two depths had lost to information on a plurality
    ("The lads would never say any of this out loud.", "What you say in here is a long way from what the lads say."),
])
def test_a_reflection_without_a_stem_is_not_lost_between_its_two_depths(context: str, text: str) -> None:
    coded = code_turn(text, context)
    assert coded.code in REFLECTIONS and coded.stance is Stance.JOINING, coded


@pytest.mark.parametrize(("context", "text", "pushes"), [
    # the client's own word for it, denied: an argument without any of the usual words
    ("It was just bad luck, missing them.", "Three missed sessions in a row isn't bad luck.", True),
    ("Its a phase. Everyone my age does it.", "four months off school isnt a phase", True),
    # their own denial given back, and their harsh word for themselves taken away, are not
    ("It's not a phase, whatever mum says.", "It isn't a phase.", False),
    ("I feel so pathetic crying about a dog.", "that's not pathetic. it's really not", False),
])
def test_denying_the_clients_own_word_for_it_argues(context: str, text: str, pushes: bool) -> None:
    assert (code_turn(text, context).stance is Stance.CONFRONTING) is pushes


@pytest.mark.parametrize(("context", "text"), [
    # found by a supervisor helper: "still here" of the husband with dementia had read as praise of her
    ("Some days I look at him and I don't know who I am looking at.", "thats a kind of loss, even tho hes still here"),
    # the client's own word of judgement handed back is theirs, not the trainee's verdict
    ("Somebody was supposed to pick them up that night.", "Their dad was supposed to pick them up, and he didn't."),
    # a place or a person described, not "why don't you just…" (found by two supervisor helpers)
    ("I just sit behind the gym. It's quiet back there.",
     "So behind the gym is somewhere you can just breathe for a bit."),
    ("My sister's two hours away.", "Night shifts, two kids, and not one person you can just be tired in front of."),
])
def test_a_reflection_of_the_clients_own_words_is_a_reflection(context: str, text: str) -> None:
    """Each had cost the trainee a push's price with the client."""
    coded = code_turn(text, context)
    assert coded.code in REFLECTIONS and coded.stance is Stance.JOINING, (coded.code, coded.reason)


def test_the_clients_rights_told_are_information_not_a_directive() -> None:
    """Found by a supervisor helper: Harjit, who wanted nothing written, was told her words stay hers, and
    the coder read "you need to" as advice (-13 and the report's first "Try this instead")."""
    told = code_turn("You need to know that what you say in here stays yours, and doesn't follow you out the door.",
                     "I don't want anything written.")
    assert told.stance is not Stance.CONFRONTING, told.reason
    pushed = code_turn("you need to know that drinking like this is dangerous", "I like a drink.")
    assert pushed.stance is Stance.CONFRONTING


def test_a_clients_line_quoted_back_is_a_simple_reflection_at_most() -> None:
    """A gamer's formula put the client's earlier sentence behind "Earlier you said", and the coder called it
    a complex reflection, which the score counts as deep listening."""
    quoted = code_turn("Earlier you said On my days off I do the laundry and sleep.", "I love the patients.",
                       ("On my days off I do the laundry and sleep. That's my rest.",))
    assert quoted.code is not Code.REFLECTION_COMPLEX, quoted.reason
    added = code_turn("A babysitter who can't go home. That sounds so lonely.",
                      "I'm basically a babysitter who can't go home.")
    assert added.code is Code.REFLECTION_COMPLEX, added.reason


def test_a_feeling_the_client_named_a_line_or_two_back_is_theirs() -> None:
    """Duy said "It's boring" two lines before the trainee's apology; the reason told the trainee they had
    named "a feeling the client did not say", and the move was held complex for a word the client gave.
    The feeling still counts as new when no line of the client's used it."""
    earlier = ("It's boring. School is just boring.",)
    apology = "sorry, i'm lecturing. it's boring and everyone's on at you about it."
    theirs = code_turn(apology, "Whatever. Everyone says that.", earlier)
    assert "did not say" not in theirs.reason
    assert "did not say: 'boring'" in code_turn(apology, "Whatever. Everyone says that.").reason
    assert "did not say: 'boring'" in code_turn(apology, "Whatever. Everyone says that.", ("I hate it.",)).reason


def test_thanks_for_telling_is_not_praise_and_leaves_the_reflection_beside_it() -> None:
    """Our labellers code a bare "thank you for telling me" as `other` and code the message by the
    reflection beside it; the coder had called both an affirmation, which the report counts as a
    strength noticed.  Thanks beside a strength named is still an affirmation."""
    client = "I haven't told anyone this. I was drinking the night of the crash."
    assert code_turn("Thank you for telling me.", client).code is Code.OTHER
    both = code_turn("Thank you for telling me. You've been carrying that on your own since the crash.", client)
    assert both.code in (Code.REFLECTION_SIMPLE, Code.REFLECTION_COMPLEX), both.reason
    assert code_turn("thank you for telling me. that took guts to say out loud", client).code is Code.AFFIRM
    protocol = "[small dismissive laugh] I could give you a lecture on this. I'd rather get a protocol."
    for thanks in ("Thank you for telling me that.", "thanks for being straight with me.", "ok thank u for sharing that."):
        turn = code_turn(f"{thanks} You'd rather have steps to follow than talk about how it feels.", protocol)
        assert turn.code in (Code.REFLECTION_SIMPLE, Code.REFLECTION_COMPLEX), (thanks, turn.code, turn.reason)


def test_other_peoples_experience_behind_advice_is_not_normalising() -> None:
    """A supervisor helper's novice told Ramon "i think u should go to AA, lots of ppl find it really helps",
    and the engine paid part of the advice off with his need for normalising."""
    pushed = code_turn("i think u should go to AA, lots of ppl find it really helps", "Yes. No. Next question?")
    assert pushed.code is Code.PERSUADE and Flag.NORMALISING not in pushed.flags
    heard = code_turn("lots of people feel that way when they first come here", "I don't even know why I'm here.")
    assert Flag.NORMALISING in heard.flags and heard.stance is Stance.JOINING


@pytest.mark.parametrize(("context", "text"), [
    # commands, in whatever words
    ("the group chat goes off all night and i cant sleep", "mute it and put ur phone in another room"),
    ("my mum keeps texting me at work", "tell her you'll ring back after your shift"),
    ("I check the betting app on my break.", "Delete the app tonight and block the sites on your phone."),
    # the directive with "do", and the directive deferred
    ("I'm not ready to stop completely.", "I hear it's a big step, but you really do have to stop completely."),
    ("I'll sort it when I'm ready.", "You can't dodge it forever. At some point you're going to have to face it."),
    # an option named as a question of whether they had thought of it
    ("I lie awake till three most nights.", "have u thought about a sleep app at all?"),
])
def test_commands_and_suggestions_in_any_form_push(context: str, text: str) -> None:
    turn = code_turn(text, context)
    assert turn.stance is Stance.CONFRONTING and turn.code in (Code.CONFRONT, Code.PERSUADE), (turn.code, turn.reason)


@pytest.mark.parametrize(("context", "text"), [
    ("Sorry, I'm all over the place today.", "Take your time. There's no rush."),
    ("I don't know where to start.", "Tell me more about the mornings."),
    ("I'm going to walk the dog and skip the pub this week.", "walk the dog and skip the pub. that's your plan"),
    ("I don't know what I want.", "have you thought about what you'd want a year from now?"),
])
def test_courtesies_plans_handed_back_and_open_wonderings_do_not_push(context: str, text: str) -> None:
    turn = code_turn(text, context)
    assert turn.stance is not Stance.CONFRONTING, (turn.code, turn.reason)


def test_a_why_not_question_is_flagged_and_a_question_for_their_reasons_is_not() -> None:
    """A supervisor helper's novice asked Duy "so why arent u going to school?", and the report praised it."""
    asked = code_turn("Why haven't you told her?", "I haven't told my wife.")
    assert asked.code is Code.QUESTION_OPEN and Flag.WHY_NOT in asked.flags
    for evoking in ("Why would you want to make this change?", "What would make it easier to tell her?",
                    "Why does it matter to you that she knows?"):
        turn = code_turn(evoking, "I haven't told my wife.")
        assert turn.stance is Stance.JOINING and Flag.WHY_NOT not in turn.flags, (evoking, turn.code, turn.flags)
    advised = code_turn("why don't you just tell her?", "I haven't told my wife.")
    assert Flag.WHY_DONT_YOU_JUST in advised.flags and Flag.WHY_NOT not in advised.flags


@pytest.mark.parametrize("text, context", [
    ("When you say depressed or whatever, what's underneath that?", "I'm not depressed or whatever. I'm just tired."),
    ("so when u say bad, what's been going on?", "things have been bad at home"),
])
def test_an_open_question_behind_the_clients_quoted_word_is_open(text: str, context: str) -> None:
    """"When you say X," quotes the client; the question is what follows (a helper's play had these closed)."""
    assert code_turn(text, context).code is Code.QUESTION_OPEN
    assert code_turn("When you say a few, is that two or more like five?", "I had a few").code is Code.QUESTION_CLOSED


def test_weight_the_client_bears_is_reflected_not_praised() -> None:
    """My own play: "That's not a small thing to swallow every shift" had been coded an affirmation and
    praised as a strength, and "a lot of people are counting on that paycheck" as normalising."""
    swallow = code_turn("He talks slow to you like you don't speak English, and you were born here. "
                        "That's not a small thing to swallow every shift.",
                        "The supervisor talks real slow to me. Like I don't get English. I was born here, man.")
    assert swallow.code is Code.REFLECTION_COMPLEX
    assert code_turn("Three weeks without a bet. That's no small thing.", "Three weeks now, no bets.").code \
        is Code.AFFIRM
    counting = code_turn("a lot of people are counting on that paycheck, and you can't just walk.",
                         "I can't lose this job. Kids need braces, the truck needs a transmission.")
    assert Flag.NORMALISING not in counting.flags and "normalises" not in counting.reason


def test_sorry_youre_right_owns_the_push() -> None:
    """My own play with Kofi: "sorry, you're right. I'm lecturing you…" raised no apology, so the engine
    had nothing to repair with; sympathy ("oh no, sorry") still raises none."""
    owned = code_turn("sorry, you're right. I'm lecturing you like everyone else. you know your own life.",
                      "Everybody is a doctor now.")
    assert Flag.APOLOGY in owned.flags
    assert Flag.APOLOGY not in code_turn("oh no, I'm so sorry to hear that", "My husband died in March.").flags


# Round 20: confrontations that the cross-validated coder still read as reflections: blame put with an
# emphatic "did", a warning put as a dare, a label for what the client described, the client's own word
# said to be something else, sarcasm and an eye-roll.  The wordings are ours.
@pytest.mark.parametrize(("text", "context"), [
    ("well, you did skip the last four meetings, so...", "They've taken me off the rota."),
    ("I mean, u did spend the rent money on the slots", "landlord's chucking me out"),
    ("Skip another one and you're out of the scheme.", "I missed Tuesday's group, it's no biggie."),
    ("that's what every gambler says", "I can stop whenever I want."),
    ("thats anger issues mate", "i just lose it sometimes, smashed the telly once"),
    ("sure, he always is lol", "my dad's the problem not me"),
    ("Very impressive indeed.", "I didn't make it to any of the sessions this month."),
    ("u skipped school 3 days running, thats not a cold", "i was just ill, had a cold"),
    ("and u wonder why they stopped calling 🙄", "my mates never ring me anymore"),
])
def test_blame_dares_labels_and_eye_rolls_confront(text: str, context: str) -> None:
    coded = code_turn(text, context)
    assert coded.code is Code.CONFRONT, (coded.code, coded.reason)
    assert "🙄" not in coded.reason  # the trainee is told what the emoji did, in words


@pytest.mark.parametrize(("text", "context"), [
    # an emphatic "did" on what the client got right, or on leaving a room to stay calm
    ("Well, you did walk out before it got worse, and that took something.", "I just left the party."),
    ("You did stop drinking for a whole month in the spring.", "I've never managed to stop."),
    ("You did leave the room before you said anything, though.", "I nearly lost it with him last night."),
    # a question about the client's word, and their harsh word for themselves taken away
    ("what about the days when it's not a cold?", "i was just ill, had a cold"),
    ("no, it's not stupid at all", "this is stupid, me crying over a dog"),
    # the client's own view set beside someone else's, and their word under their own "not"
    ("your own view is that it isn't a problem, and your wife's is that it is", "My wife thinks it's a problem, I don't."),
    ("It's not simple, no.", "It's not that simple. Nothing with this is simple."),
    # an eye-roll at something else, with the client
    ("ugh, the forms 🙄 the worst", "school made me fill in all the forms again"),
])
def test_their_look_alikes_stay_joining_or_neutral(text: str, context: str) -> None:
    coded = code_turn(text, context)
    assert coded.stance is not Stance.CONFRONTING, (coded.code, coded.reason)


def test_an_argument_for_facing_it_is_a_push_and_the_clients_own_fear_of_it_is_not() -> None:
    """My own play with Agnieszka: right after "Can we stop? I think I should go now.", "I think it's important
    we talk about it though, avoiding it won't make it go away" was read as information and cost nothing."""
    pushed = code_turn("I think it's important we talk about it though, avoiding it won't make it go away",
                       "Can we stop? I think I should go now.")
    assert pushed.code is Code.PERSUADE and "avoiding it won't" in pushed.reason
    assert code_turn("You're worried that avoiding it won't make it go away.",
                     "I just don't think about it.").stance is not Stance.CONFRONTING


def test_a_test_you_have_to_pass_is_what_the_thing_is_not_a_directive() -> None:
    """A supervisor helper's repair with Meena, "I've made this feel like a test you have to pass.", was coded
    persuade (86 % sure) and warned as one push from a walk-out."""
    owned = code_turn("I wonder if I've made these sessions feel like a test you have to pass.",
                      "I'll do whatever you think is best.")
    assert owned.stance is not Stance.CONFRONTING
    assert code_turn("the thing is you have to take them every day", "I keep forgetting.").code is Code.PERSUADE
    assert code_turn("At some point you have to make a decision.", "I don't know what I want.").stance \
        is Stance.CONFRONTING


def test_a_diagnosis_handed_down_is_a_label_and_the_clients_own_word_is_not() -> None:
    """A third helper round: "That sounds like depression to me, not just tiredness." was coded a complex
    reflection; the client's own word for it said back stays a reflection."""
    label = code_turn("That sounds like depression to me, not just tiredness.", "I'm just tired all the time.")
    assert label.code is Code.CONFRONT
    theirs = code_turn("It sounds like depression is the word you'd use for it.", "I think I might be depressed.")
    assert theirs.stance is not Stance.CONFRONTING


# Round 21: the client's claim said back with its polarity turned, and their words asked back in disbelief.
# The wordings are ours.
@pytest.mark.parametrize(("text", "context", "said"), [
    ("it is a problem though, you were sick in the car park", "honestly it's not a problem, I just like a drink",
     "opposite"),
    ("It isn't safe, though.", "The bike's safe enough after a couple.", "opposite"),
    ("thats not careful, thats lucky", "i'm careful when i drive after a few, i'm just careful", "opposite"),
    ("You're not coping. You've called in sick eleven times.", "I'm coping fine, really.", "opposite"),
    ("there is a pattern. every fight is after the pub", "there's no pattern, it's random", "opposite"),
    ("once a week? really? 🤨", "i only use once a week", "believing"),
    ("Hmm. Never? Not once?", "I never bet on the phone.", "believing"),
])
def test_saying_the_opposite_of_the_clients_claim_confronts(text: str, context: str, said: str) -> None:
    coded = code_turn(text, context)
    assert coded.code is Code.CONFRONT, (coded.code, coded.reason)
    assert said in coded.reason  # the reason names the move, not a pile of words


@pytest.mark.parametrize(("text", "context"), [
    # their harsh words for themselves, or their worry, taken away: reassurance
    ("You're not a nuisance. I'm glad you rang.", "I'm being a nuisance, ringing again."),
    ("you aren't a bad mum", "i feel like such a bad mum"),
    ("That's not silly at all.", "It's silly, getting this upset about a bus."),
    ("It doesn't sound daft to me.", "I know it sounds daft."),
    # their own wants and their own contrast handed back
    ("you don't want the pills", "she keeps going on about pills and i said no pills"),
    ("It's not the shifts, it's the drive home after.", "I like the shifts. It's the drive home I dread."),
    # glad surprise at their news, and a fresh question
    ("the job? really? that's brilliant", "i got the job"),
    ("oh really? when did she start?", "my sister's smoking again"),
])
def test_reassurance_their_wants_and_glad_surprise_do_not_confront(text: str, context: str) -> None:
    coded = code_turn(text, context)
    assert coded.stance is not Stance.CONFRONTING, (coded.code, coded.reason)


@pytest.mark.parametrize(("text", "context"), [
    ("Yes but the tax doesn't pay for your lungs.", "The tax on these is criminal anyway."),
    ("Yeah, but it's your health we're talking about.", "I enjoy a drink, it's my business."),
    ("ok but the fines add up tho", "its only a parking ticket, whatever"),
])
def test_yeah_but_and_the_trainees_own_case_is_a_push_whatever_its_shape(text: str, context: str) -> None:
    """A helper's finding: "Yes but the tax doesn't pay for your lungs." was read as a reflection, and "Yeah, but
    it's your health…" as leaving the choice with the client ("it's your")."""
    coded = code_turn(text, context)
    assert coded.stance is Stance.CONFRONTING, (coded.code, coded.reason)
    assert "argue back" in coded.reason


@pytest.mark.parametrize(("text", "context"), [
    ("Okay. But part of you wants to stop too.", "I like it."),
    ("yeah but I wonder what your wife makes of it", "my wife doesnt care"),
    ("ok but do you think you could manage this weekend?", "i said i'd try"),
])
def test_a_but_that_turns_to_their_other_side_or_asks_is_not_a_push(text: str, context: str) -> None:
    assert code_turn(text, context).stance is not Stance.CONFRONTING


# Round 21, from two supervisor helpers' play: pushes worded as a fact, a value or a feeling were coded
# information or reflections, and some gained openness; one turn a client walked out on was reported as
# "information, given without pushing".
@pytest.mark.parametrize(("text", "context"), [
    ("I just think at the end of the day it's not really fair on the kids, they're the ones who were scared",
     "I left them with the neighbour's key, they were fine."),
    ("you can't pour from an empty cup, your patients deserve a nurse who's looking after herself too",
     "I can't cut my hours, the ward needs me."),
    ("well, ten sessions of silence, that'll look great in the summary to your caseworker",
     "I'm not saying anything till I know what goes in the report."),
    ("I just feel like we're going round in circles. you've listed five changes and said no to every one",
     "No, that won't work either."),
    ("but you told your manager you wanted fewer hours, so part of you must want it. why did you take it back?",
     "I told my manager I wanted fewer hours, then I took it back."),
    ("every time I suggest something you say yes but. do you actually want things to change?",
     "Yeah but agency pay is worse."),
    ("I get that work is hard. But the report says the kids were home alone, and legally that's not allowed.",
     "I had to work. The roster can't just stop."),
    ("it sounds like you're in denial about how serious COPD is", "I don't think it's that bad, I only smoke on the rank."),
    ("Being defensive won't help. The caseworker will hear about this attitude.", "I'm not saying anything else to you."),
    ("You're saying the extra shifts are just about money, but really you're avoiding something.",
     "I do the extra shifts for the money."),
])
def test_pushes_worded_as_facts_values_or_feelings_confront(text: str, context: str) -> None:
    coded = code_turn(text, context)
    assert coded.stance is Stance.CONFRONTING, (coded.code, coded.reason)
    assert "information, given without pushing" not in coded.reason


@pytest.mark.parametrize(("text", "context"), [
    ("wow you're honestly so mature for 13. strategy games take real brains.", "I play strategy games mostly."),
    ("It sounds like you're feeling really overwhelmed.", "Everything's piling up at once."),
    ("It's not fair on you, being the one who always has to cover.", "I'm the one who covers every time."),
    ("I know it sounds a bit mad, but there's some research on that.", "Cherries? Now I've heard everything."),
])
def test_praise_for_their_age_their_own_overwhelm_and_sympathy_do_not(text: str, context: str) -> None:
    coded = code_turn(text, context)
    assert coded.stance is not Stance.CONFRONTING, (coded.code, coded.reason)


def test_a_warning_on_the_end_of_a_fix_pushes_and_an_offer_checked_with_the_client_collaborates() -> None:
    """A seventh helper round: "there must be something you can change, otherwise you'll burn out." was a complex
    reflection worth +1; Rania's "I can write a support letter today… Would that be a good place to start?" was a
    closed question, listed to redo."""
    warned = code_turn("there must be something you can change, otherwise you'll burn out.",
                       "I can't face another shift like that.")
    assert warned.stance is Stance.CONFRONTING and "otherwise you'll burn out" in warned.reason
    offered = code_turn("I can write a support letter today, and I'll ring Housing with you here. Would that be a good "
                        "place to start?", "Three weeks until we have to be out. I don't know where to start.")
    assert offered.code is Code.SEEKING_COLLABORATION


def test_a_fear_the_client_did_not_name_makes_a_reflection_complex() -> None:
    """My own skilled play with Crystal: "you were frightened for them the whole night", after she said only that
    she checked her phone all shift, was a simple reflection ("scared" in its place was complex)."""
    said = "I sat in the break room with my phone the whole shift. Checking."
    assert code_turn("checking your phone all shift. you were frightened for them the whole night", said).code \
        is Code.REFLECTION_COMPLEX


# A third helper round on this session's build: the same acts in other words.
@pytest.mark.parametrize(("text", "context"), [
    ("And honestly, I'm a bit disappointed. You've spent this whole time blaming him.", "He started it, every time."),
    ("Bit of a doormat, then.", "I just do whatever they ask."),
])
def test_disappointment_in_the_client_and_a_name_for_the_person_push(text: str, context: str) -> None:
    assert code_turn(text, context).stance is Stance.CONFRONTING


@pytest.mark.parametrize(("text", "context"), [
    ("sounds like people keep checking on u like ur the problem, when ur the one holding it together",
     "They keep checking on me."),
    ("I'm so disappointed for you, that's awful.", "They let me go after twenty years."),
])
def test_others_labels_reported_and_only_you_know_do_not(text: str, context: str) -> None:
    assert code_turn(text, context).stance is not Stance.CONFRONTING


def test_owning_the_push_in_your_own_words_is_an_apology() -> None:
    """The same round: "I started lecturing you before I'd heard a thing about that night. That's on me." raised
    no apology, so the engine had nothing to repair the rupture with."""
    owned = code_turn("I started lecturing you before I'd heard a thing about that night. That's on me.",
                      "You people all decided before I walked in.")
    assert Flag.APOLOGY in owned.flags


def test_a_grown_man_is_a_rebuke_only_when_the_client_is_told_so() -> None:
    """A helper's Seamus: "Fussing over a grown man who has run his own life for sixty-odd years." (his side of it)
    was coded confront, and cost 13."""
    sided = code_turn("Fussing over a grown man who has run his own life for sixty-odd years.",
                      "My daughter fusses over me like I can't tie my own shoes.")
    assert sided.stance is not Stance.CONFRONTING
    assert code_turn("You're a grown adult. Act like one.", "I forgot again.").stance is Stance.CONFRONTING


# Pushes and their look-alikes found in the twenty-second session (in the tuning must-confront list's misses, two
# fresh writers' sets and a supervisor's play), in our own wordings.
TWENTY_SECOND = [
    # doubt backed by the trainee's evidence
    ("Your step counter says otherwise, to be honest.", "I walk every single day.", True),
    ("the bank statement doesn't really back that up", "i've not spent anything on the slots", True),
    ("I'm finding that a bit hard to believe.", "I haven't touched a drop since Christmas.", True),
    ("yeah ok, I'll believe it when the scales say so", "I've been eating really well all week.", True),
    # blame laid on the client for what happened to them
    ("Three missed shifts in a fortnight? That'll be why.", "They let me go and it's a stitch-up.", True),
    ("You brought this on yourself, if we're honest.", "Now the whole street knows about the court case.", True),
    ("Some of that was down to you, though.", "The allotment committee threw me off.", True),
    # a diagnosis the client never named, handed down
    ("That's an anger problem, mate.", "I only put my fist through the door the once.", True),
    ("Textbook self-sabotage, that.", "I booked the interview and then didn't go.", True),
    ("you're being really defiant about this", "I'm not filling in your stupid form.", True),
    # the last failure recalled, the promised day asked back, a smirk
    ("Mm. Like last time.", "I'll ring them first thing tomorrow.", True),
    ("which friday is that then", "I'll tell her on Friday, honest.", True),
    ("course it will 😏", "this diet's going to work, I can feel it.", True),
    # the client's own word for it, or a feeling, is no diagnosis
    ("You're wondering whether it's an eating disorder.", "Do you think I've got an eating disorder?", False),
    ("It sounds like you've been really low.", "I can't get out of bed most days.", False),
    # "you were the one who…" of what the client lived through
    ("And you were the one who found her.", "I came home and she was on the kitchen floor.", False),
    # a "no" that lifts the client, sympathy, and siding with them against someone else
    ("It's not a failure! Three weeks off it is real progress.", "It's a failure, I slipped on Saturday.", False),
    ("That's rubbish. I'm sure she still cares, she's just not great at showing it.", "she forgot my birthday again", False),
    ("that's not okay!! your manager shouldn't speak to you like that", "he called me useless in front of everyone", False),
    ("Of course you did! What helped?", "I made it to the gym twice.", False),
    ("haha you should see my desk", "sorry my room's a total tip", False),
    ("Keep driving like that and one day you're going to hurt somebody.", "I'm fine to drive after three.", True),
    ("you're doing the course whether you like it or not", "i'm not going to their stupid course", True),
    ("[scoffs] Right. Only at weekends.", "I only ever use at weekends.", True),
    ("You've only got yourself to blame for that fine, mate.", "The council fined me for the bins again.", True),
    ("The weather made you do it. That's a new one.", "It's the weather, it makes me drink.", True),
    ("I'm sure your liver loves that.", "A bottle a night just takes the edge off.", True),
    ("Are you being totally honest with me about the money?", "I've not been near the bookies.", True),
    ("I don't think it's under control.", "It's under control, I know my limits.", True),
    ("u could pass if u just revised a bit", "im gonna fail anyway", True),
    ("That was pretty disrespectful to the others in the group.", "I just walked out, so what.", True),
    ("After everything she's done for you, she deserves better.", "My sister can sort herself out.", True),
    ("ur literally a pushover", "i always end up saying yes to him", True),
    ("What you say stays here, unless you tell me you're going to hurt someone.", "Does this go to my mum?", False),
    ("It isn't fair on you, being blamed for all of it.", "Everyone blames me for the divorce.", False),
    ("You deserve better than that.", "He said I'd never amount to anything.", False),
    ("Ha, that's a new one on me. What's it like?", "I've started wild swimming in the lake.", False),
    ("I don't think you're stupid at all.", "I'm so stupid for falling for it.", False),
    # a fresh writer's novice lines: siding with the client, and praise with "should"
    ("What? That's, like, really not okay of her.", "My sister read my diary and told everyone.", False),
    ("That's not okay. No one should be talked to like that.", "The manager swore at me in front of customers.", False),
    ("Well done! You should be incredibly proud of that.", "I did the whole ten-week course.", False),
    # the client's sad verdict on themselves, not believed
    ("I don't think it's sad at all.", "Forty and living with my mum. Sad, isn't it.", False),
    # the client's claim answered with the verb alone, its polarity turned
    ("it really doesnt tho", "vaping helps me focus", True),
    ("u literally are", "im not addicted", True),
    # a harsh word or a good quality the client denied themselves, given back: it lifts them
    ("It's really not.", "It's pathetic, crying over a job.", False),
    ("You are.", "I'm not strong enough for this.", False),
    # a fresh supervisor's play (round 10), in our own words
    ("Decent people don't talk to their mothers like that.", "I told her to get out of my flat.", True),
    ("Whatever you say.", "It was the other lad's fault, not mine.", True),
    ("Sure it is.", "The bookies' app is rigged against me.", True),
    ("The bank statements don't really back you up there.", "I haven't spent a penny on the slots.", True),
    ("I don't buy that you're just lazy. You've kept going every single morning.", "My dad says I'm lazy.", False),
    ("Somewhere to be that isn't the pub. And weekends, how are they?", "I need somewhere to be that isn't the pub.",
     False),
    # what the client does, as the subject of their claim turned
    ("Skipping your inhaler is a big deal.", "I skip my inhaler sometimes but it isn't a big deal.", True),
]




# Twenty-third session: what three fresh writers' sets showed the cues miss, in our own wordings, each beside a
# look-alike that must stay a joining or neutral move.
TWENTY_THIRD = [
    # the client's "don't need to" said back without its "not"
    ("you really need to check it", "my blood pressure's fine, i don't need to check it", True),
    ("You don't need to check it every day, then.", "I don't need to check it every day.", False),
    # a directive with a chat-speak intensifier
    ("u def need to go to the appointment tho", "i'm not going to the appointment", True),
    # the client's point granted in a few words, then answered; or a "but" that lifts them
    ("Sure, some people do, but four nights a week isn't some people.", "Loads of people go out four nights a week.",
     True),
    ("Well, yeah, everyone forgets sometimes, but three missed doses is a pattern.", "Everyone forgets tablets.",
     True),
    ("yeah it was a rough month but you got through it", "worst month ever honestly", False),
    ("okay, but you still came today, and that took something", "I nearly didn't come.", False),
    ("I can see why, but dropping the course could make the visa harder.", "I've stopped going to my course.", True),
    ("I respect that, but we've put it off for a month now.", "I'd rather not talk about Dad today.", True),
    # advice in the imperative, whatever the verb
    ("Honestly, just sell the car and be done with the payments.", "The car loan is killing me.", True),
    ("Maybe give her some space for a week.", "My daughter won't speak to me.", True),
    ("I'd report him, personally.", "My landlord keeps letting himself in.", True),
    ("Block him. Tonight.", "My ex keeps messaging at 3am.", True),
    ("Tell me more about the messages.", "My ex keeps messaging at 3am.", False),
    ("Take your time.", "I don't know where to start.", False),
    ("Email would let you say it without the phone call.", "Maybe I could email her.", False),
    ("I'd imagine that stung.", "He didn't even look up.", False),
    # the client measured against others who coped, and a warning in passing
    ("Most folk in your shoes would've got it sorted by now, to be honest.", "I still haven't opened the letters.",
     True),
    ("I've had other clients in that chair who managed to cut right down.", "I can't see myself cutting down.",
     True),
    ("Lots of people in your shoes would feel torn too.", "I feel torn about it.", False),
    ("Mm, that's usually how people end up back in hospital, but carry on.", "I've stopped the tablets for now.",
     True),
    # a reason mocked, and a word of theirs not believed
    ("Right. Because the whole office would obviously fall apart without you.", "I can't take leave, they need me.",
     True),
    ("Because you were frightened, I'd guess.", "Why did I run? I don't even know.", False),
    ("Realistic. Sure.", "I'm just being realistic about money.", True),
    ("Three kids. Right.", "I've got three kids under five.", False),
    # a second supervisor helper's round: a reason mocked by its opposite, the "real problem" mocked, and praise
    # that shares blame's opening words
    ("Right, because a day off would be such a terrible idea.", "I can't take a day off, they'd fall apart.", True),
    ("Oh, I'm sure the landlord is the real problem there.", "The landlord's just got it in for me.", True),
    ("You're the one who keeps the whole house running for her, every day.", "Mum can't do the stairs now.", False),
    ("You're the one who keeps starting the rows, though.", "She winds me up on purpose.", True),
]


# Twenty-fourth session: a fresh writer's novice chat with resistant clients and a supervisor helper's play showed
# the cues miss the trainee defending themselves, pressure dressed as concern and a suggestion sold after a
# question; in our own wordings, each beside a look-alike that must stay a joining or neutral move.
TWENTY_FOURTH = [
    # the trainee or the service defended against the client's criticism
    ("I've had years of training in this, actually.", "What would you know about it, you're just a student.", True),
    ("Honestly, this service has helped hundreds of people.", "This service is a waste of time.", True),
    ("That's not fair, I'm only doing my job.", "You people are all the same.", True),
    ("Yes, I'm qualified in family work, and you're wondering whether that's enough to get it.",
     "Are you even qualified for this?", False),
    ("That's not fair, that they never listened.", "My last counsellor never listened to a word.", False),
    # a threat as the trainee's worry, and an admission demanded (a fourteenth helper round)
    ("I do worry the panel will read my report and wonder whether you're serious about this.",
     "I'm only here for the panel.", True),
    ("The first step is usually admitting there's a problem, isn't it?", "I don't have a problem.", True),
    # the help sold, unasked, and a defence against "you say that because…" (a fourteenth helper round's novice)
    ("honestly therapy does work for lots of people if you just give it a chance", "I don't think talking helps.",
     True),
    ("I've had plenty of training, you know.", "You say that because you've never had a drink problem.", True),
    ("It works for lots of people, and it didn't for you.", "I tried counselling once. Useless.", False),
    # a suggestion asked about, then sold; a question followed by a question only asks
    ("Have you been to the pharmacist about it? They can give you something for the itching.",
     "The rash is driving me mad.", True),
    ("Have you been to the pharmacist about it? Is it worse at night?", "The rash is driving me mad.", False),
    # pressure dressed as concern, and the client's word doubted
    ("I'm saying this for your own good: the drinking has to stop.", "I like a drink.", True),
    ("I'd hate for you to lose the flat over a few unpaid bills.", "I'll sort the rent eventually.", True),
    ("Is it possible you were angrier than you're letting on?", "I wasn't angry. I just left.", True),
    ("Are you sure you're not part of the problem too?", "My brother is the problem, not me.", True),
    ("It sounds a lot like denial to me.", "I'm not an alcoholic, I just like wine.", True),
    ("you wouldn't be sitting here if nothing was wrong", "nothing's wrong with me", True),
    ("It would make sense to be wary of me too.", "Every doctor I've seen has let me down.", False),
    ("You should get to choose who you tell.", "Everyone keeps telling me to tell my dad.", False),
    ("You shouldn't have to prove yourself to me straight away.", "Why should I tell you anything?", False),
    # "should" with the verb after it, and a clause that only reports it
    ("You should try writing it down each night.", "I know I should sleep more. I just don't.", True),
    ("Part of you is tired of being told how you should feel.", "Everyone says I should be happy.", False),
    # advice in so many words, whatever its form
    ("I would strongly advise against driving tonight.", "I've only had a couple.", True),
    ("It would be better for you to ring them before Friday.", "The council keeps sending letters.", True),
    # their harsh word about themselves denied, with an argument's shape
    ("I don't buy that you're just lazy. Someone who works two jobs isn't lazy.", "My dad says I'm lazy.", False),
    ("I'd disagree with anyone who calls this you being lazy; it sounds more like you're worn out, not skiving.",
     "My mum says I'm lazy.", False),
]


TWENTY_FIFTH = [
    # corrections, however politely put, and the same promise heard before
    ("That's an old wives' tale, I'm afraid.", "Cold showers cure a hangover, everyone knows that.", True),
    ("I'm afraid the stress isn't what's raising your sugars.", "It's work stress that does my sugars.", True),
    ("You've got it the wrong way round: sleep comes back once the drinking stops.", "I drink so I can sleep.", True),
    ("lol heard that one before", "this is the last time i swear", True),
    ("We both know how it went the last time.", "I can handle going back to the pub.", True),
    ("Should've thought about that before you signed.", "I can't afford the repayments.", True),
    ("Your wife's got a point, mate.", "She reckons I drink too much, she's always nagging.", True),
    ("Don't make me log it as a missed visit.", "I'll be out on Thursday.", True),
    # advice in the trainee's conditional, a warning announced, one other person as the lesson
    ("I'd think very carefully before handing your notice in.", "I'm going to quit tomorrow.", True),
    ("I'd encourage you to book the scan this week.", "I'll see how it goes.", True),
    ("Had a lad in here last spring, same story, and he lost his place.", "Missing one class won't matter.", True),
    ("It could be a lot worse, you know.", "Everything is falling apart.", True),
    ("With respect, that's not how the order works.", "I'll do the course when I feel like it.", True),
    ("The tablets only work if you take them every day, just saying.", "I take them when I remember.", True),
    ("Do that again and you're off the programme.", "Yeah I skipped group, so what.", True),
    # and their look-alikes: the trainee's duty, reassurance to a worried question, a harsh word taken away
    ("I need to be honest with you: because you're fourteen, I have to share this with our safeguarding lead.",
     "He's older but it's fine, you can't do anything about it.", False),
    ("It's not optional for me, I'm afraid: I have to pass this on. Can we talk about what happens next?",
     "Don't tell anyone about the gas fire.", False),
    ("Honestly no, they see gaps like that all the time, you're not going to shock anyone.",
     "Will they think badly of me? It's been years.", False),
    ("I don't think you're soft at all. Ringing took guts.", "My dad says I'm soft for calling.", False),
    ("I'm not sure 'thick' is the word I'd pick.", "I'm thick, I always have been.", False),
    ("I don't reckon one bad harvest makes anyone a failure.", "The lads think I'm a failure.", False),
    ("Is there anything about the new place that's not fine?", "The new flat's fine for me.", False),
    ("It's all a bit much right now, by the sound of it.", "Work, the kids, my mum in hospital.", False),
    # advice the client asked for
    ("Yeah, sure. If it were me, I'd ring the bank first, but it's your call.", "Can you just tell me what you'd do?",
     False),
    ("There's a walk-in clinic on the high street, no referral needed. Book online.",
     "Where can I get tested without my GP knowing?", False),
    # a supervisor helper's fifteenth round: "come on" the verb, not the exclamation; blame in a defence; a cure-all
    # mocked; a correction announced; the push disowned in the act; a harsh word refused a few lines later
    ("You'd never have come on your own, and still you're here.", "My wife made the appointment.", False),
    ("That worry has come on strong this week.", "I keep thinking they'll all leave me.", False),
    ("Come on, you know that's not true.", "I'm fine.", True),
    ("I'm not the one who missed three appointments.", "You lot just want to catch me out.", True),
    ("Oh, I'm sure a new phone fixes everything.", "Once I get a new phone I'll be organised.", True),
    ("Just to correct you there, the court doesn't see it that way.", "The court said it's up to me.", True),
    ("I'm not lecturing, I'm only saying what happens to people.", "Stop going on at me.", True),
    ("You called yourself 'a bad mother'. I don't agree with that word.", "Kids are at school now.", False),
    # their own yes-or-no question answered "no", with or without its question mark
    ("It isn't silly. Honestly, I think a second opinion would be worth having, and you'd decide what to do with it.",
     "Do you think I should ask for a second opinion? Or is that silly.", False),
]


TWENTY_SIXTH = [
    # a challenge opened with "hey" is no greeting; the other party defended; pity for being cared about
    ("Hey, I'm not the one who let the dog out. I'm just doing my job here.", "Everyone blames me.", True),
    ("Hey, that's not fair on your brother.", "He never does anything round the house.", True),
    ("He's only trying to look after you, you know.", "My son keeps ringing to check on me. Drives me mad.", True),
    ("They're just worried about you.", "The school keeps emailing my parents.", True),
    ("Must be dreadful having people who care about you.", "My sister keeps turning up with food.", True),
    # and their look-alikes: a greeting, the client's view of the other party, an ordinary hardship reflected
    ("Hey, good to see you again.", "", False),
    ("He's only trying to help, and it still feels like he's checking up on you.",
     "My son keeps ringing to check on me. Drives me mad.", False),
    ("It must be wearing, having someone check your cupboards every week.", "She looks in my cupboards every visit.",
     False),
    # a man's coping named with respect; a harsh word about themselves taken away
    ("No, I think you're someone who's had a hard two years and is coping the only way he knows. I admire that.",
     "So you think I'm a drunk.", False),
    ("Telling me what's hard isn't moaning.", "Sorry, I'm moaning again.", False),
    # a sixteenth round: the push after warm words and a pivot ("though", "mind you", "of course") keeps its code
    ("Forty years at the same school - that's a career. Though, with respect, you do seem to fall out with every "
     "new head.", "The new head's an idiot, like the last one.", True),
    ("You've kept the shop going through all of it, fair play. I'd hate to see you lose it over the betting, mind. "
     "What's a normal week like?", "The shop's fine. The betting's my business.", True),
    ("Part of you is fed up with her checking, and part of you is glad someone notices. Frankly, though, it sounds "
     "like she's the one holding the house together.", "She checks if I've eaten. Like I'm a kid.", True),
    ("Thirty years on the buses. That's a working life. Of course, deep down you know that's not how you'll get your "
     "licence back.", "Thirty years I drove those buses.", True),
    ("Well, that's a brilliant plan then, driving past it every week. You're a great one for punishing yourself.",
     "I drive past the old house most weeks.", True),
    ("it can feel like everyone does it. tho actually most people ur age dont drink every weekend tbh",
     "literally everyone at uni drinks every weekend", True),
    # and their look-alikes: a pivot to the client's side, a warm "deep down", a harsh word of theirs refused, the
    # choice left with them after the suggestion they asked for
    ("You've kept the shop going through all of it. Mind you, anyone would be worn out by now.",
     "The shop's fine. I'm just tired.", False),
    ("Deep down you know you're a decent dad, and that's why last night hurts.", "I shouted at him again.", False),
    ("You asked for an idea, so: some people keep a food diary for a week. Though you might find something else "
     "suits you better.", "Have you got any ideas for the eating?", False),
    ("I don't buy that you don't deserve a break. You've carried this on your own for a year.",
     "I don't deserve to feel better.", False),
    # a novice's plan as a list, advice slipped in after praise, doubt with the client's own word in it
    ("ok how about: a walk at lunch, no emails after 8, earlier nights. sound ok?? 👍", "I'm so tired all the time.",
     True),
    ("ur doing amazing!! and maybe say no to the extra shifts too? u need rest", "I'll try the early nights.", True),
    ("but is it really cheaper tho?? ur spending loads on taxis", "It's cheaper to just drive myself.", True),
    ("aw no 😢 have u tried slow breathing before interviews?", "I freeze up in every interview.", True),
    ("Have you tried cutting down before?", "I smoke twenty a day.", False),
    ("What's it really like though, day to day?", "It's fine.", False),
]

TWENTY_SEVENTH = [
    # the harm of what the client does named for them, unasked, plain or as a doubt
    ("thats rly bad for ur brain tbh", "I smoke a bit of weed at night to sleep, its fine", True),
    ("weed is terrible for your lungs tho, just saying", "I smoke a bit of weed at night to sleep.", True),
    ("that cant be good for your heart", "I have like 6 coffees a day", True),
    ("That can't be doing your liver any good, mate.", "I have a few every night.", True),
    # and their look-alikes: praise as litotes, what is allowed, the client's own worry, information they asked for
    ("Honestly that is not bad for your first week!", "I only managed two days without a drink this week.", False),
    ("its not bad for you to rest, you know", "I feel guilty lying down in the afternoon.", False),
    ("Oh, that's- that's awful for you. That must've felt really undignified.", "Eighty-six and I wet myself.", False),
    ("So you know it's bad for your lungs, and it still feels like the one thing that's yours.",
     "I know it's bad for my lungs, everyone tells me.", False),
    ("It's bad for your liver, yes. Alcohol is processed there, so heavy weekends add up.",
     "Is drinking on weekends actually bad for my liver?", False),
    # a statistic with a bad end in it, or what the judge will think, used as a lever
    ("80% of people who drink like that end up with liver problems", "I drink most nights but its under control", True),
    ("I hear you. Honestly though, most people who skip the group end up back in court.", "The group is pointless.",
     True),
    ("nine out of ten smokers say they wish theyd never started", "I like smoking, it calms me", True),
    ("judges dont tend to look kindly on missed appointments", "I might skip next week", True),
    # and their look-alikes: normalising, a harm denied, the facts the client asked for, a comeback named kindly
    ("Most people who come here feel a bit nervous at first.", "I don't know why I'm here.", False),
    ("Most people who have been through what you have end up feeling numb for a while.",
     "I feel nothing since the funeral.", False),
    ("You asked what happens: most people who stop suddenly get withdrawal for a few days.",
     "What happens if I just stop?", False),
    ("A lot of people who lose a parent go back to old habits for a while, and it makes sense you did too.",
     "I started smoking again after mum died.", False),
    ("The court won't accept a letter from me, I'm afraid; it has to come from your GP.",
     "Can you just write to the court for me?", False),
    # a cautionary tale from the trainee's caseload, evidence as bad news, the client's facts corrected
    ("Ah, you're feeling grand off them. Now, the lads who stop the statins, in my experience a good few of them end "
     "up back in here with a second one.", "I've stopped the tablets a fortnight now and I'm grand.", True),
    ("Six months off is a real achievement. The research on relapse is fairly sobering, though.",
     "I can take a bet now and again. I've been off it six months.", True),
    ("So it's come right down. I'll just say, even once a week, it is still hurting your heart.",
     "I only make myself sick once a week now.", True),
    ("The breath reading was 78, so I'm not sure two pints quite adds up.", "I'd had two pints, that's all.", True),
    # and their look-alikes: normalising from the same caseload, a worry that is theirs, what they asked about
    ("I've seen this happen to so many people, and it's not your fault.", "I can't believe I got scammed.", False),
    ("Every client I've worked with has had a wobble like this.", "I slipped up again on Saturday.", False),
    ("I've seen people come back from much worse than this.", "I feel like I've ruined everything.", False),
    ("It doesn't add up for you, why they picked you out of everyone.", "Why me? Loads of people were late.", False),
    ("What I said earlier wasn't accurate, I got the dates wrong.", "You said the course was six weeks. It's eight.",
     False),
    ("That label isn't accurate for you, from what I've heard today.", "They wrote me down as an alcoholic.", False),
    # a seventeenth round's play: a story from the caseload after warm words, a warning after "sorry" and permission
    # asked in the same breath, a guilt trip, doubt of the client's honesty, the harm creeping up, a remedy as a condition
    ("Ten-hour shifts, four nights a week - that's a lot to hold together on your own. I had another mum on nights last "
     "year in the same spot; she kept missing sessions and her case ended up going to court.",
     "I work nights. Ten-hour shifts, four nights a week.", True),
    ("Sorry! Is it okay if I share some thoughts? Your blood pressure is rising and that's how strokes happen.",
     "My head's been pounding.", True),
    ("ok sorry sorry 😅 i just worry abt u!! ur daughter paid for this bc she cares so much, u dont want to let her down "
     "rite?", "I'm only here because my daughter paid.", True),
    ("sorry!! ok forget the beer thing. but ur gp is gonna check ur liver numbers anyway so they'll know if ur drinking "
     "more than 1 lol", "I have one beer. One.", True),
    ("Parking closer, avoiding the hill. That's exactly how COPD creeps up on people, mind.",
     "I park closer now. Avoid the hill.", True),
    ("aw C's arent the end of the world, u can totally bring them back up if u just go to class and get some sleep 💪",
     "whatever. my grades are bad anyway", True),
    ("i just dont want u to end up back in hospital like my grandad did", "I'll drink what I like.", True),
    # and their look-alikes: praise against what others would do, the client's own "don't worry" handed back, a warm
    # wish, a value reflected
    ("wow u rly have done everything, ur so strong honestly!! most ppl would have given up by now",
     "Ive called the council, the housing charity, my MP. Nothing.", False),
    ("Don't worry about you. You're used to being the one who handles it, not the one people worry about.",
     "Don't worry about me.", False),
    ("I don't want you to end up feeling pushed into anything today.", "Everyone keeps telling me what to do.", False),
    ("You don't want to let your team down, and you're running on empty.", "I can't take a day off, the team needs me.",
     False),
    ("It can feel lighter if you just want to talk and not fix anything today.", "I don't want advice.", False),
    # my own novice play: the family's worry as the lever; and its look-alikes, a question and the client's own account
    ("but like the stent doesnt fix the habits tho, u know? ur daughter is rly worried",
     "The heart's fixed. They put a stent in. Done.", True),
    ("oh ok! so ur daughter is worried about ur driving?", "My daughter thinks I shouldn't drive.", False),
    ("Your daughter's worried sick, and that's the part that gets to you.",
     "My daughter's worried sick about me, that's why I'm here.", False),
    ("So your wife's worried, and you- you don't see it the same way. Fair enough.",
     "My wife's the one who made me book this. She thinks I drink too much. I don't.", False),
]


TWENTY_EIGHTH = [
    # leave asked in the same breath as a push, which goes on before the client can answer
    ("Is it okay if I share something? Um, probation officers usually want to see you taking it seriously, so it'd "
     "really help you to open up a bit more in here", "I already told my probation officer all that.", True),
    ("Sorry! Can I tell you something? Staying up gaming is literally why your grades dropped, so you need to put the "
     "phone away at ten. Does that make sense?", "We play till like two most nights.", True),
    ("Would it be okay if I shared something? Drinking every night makes low mood worse, so cutting it out would "
     "really help you.", "I have a couple of beers at night, that's all.", True),
    # blame, hindsight, luck, a diagnosis and a threat, with no "but" to give them away
    ("Their dad let you down, he never shows. At the end of the day though, you're the parent, so it was still kind of "
     "on you.", "Their dad was meant to have them. He never shows.", True),
    ("Your neighbour offered, and you said no, and that could've been the difference that night, right",
     "My neighbour offered to have them once. I said no.", True),
    ("ya thats just luck tho lol, not everyone is that lucky", "My nan smoked forty a day and lived to 94.", True),
    ("The nights, the stress, the not sleeping, that sounds like it could be depression, you know",
     "I haven't slept properly in weeks.", True),
    ("i just worry bc if u dont go its gonna be hard to pass, and then ur parents might find out u know? 😬",
     "i havent been to lectures in a month", True),
    # and their look-alikes: fault lifted, a choice handed over, a question about the client's own view, their own fear
    ("None of this is on you. It's not your fault he didn't show.", "I keep thinking I should have seen it coming.",
     False),
    ("You're the parent here, and you know him better than anyone.", "Nobody knows my son like I do.", False),
    ("do you think you might be depressed?", "what would u call it then", False),
    ("So you're scared your parents might find out.", "I'm scared my parents might find out.", False),
    ("Is it okay if I share something? Some people find a short walk after tea brings their sugars down. What do you "
     "make of that?", "I don't know what to do about my sugars.", False),
    # a nineteenth round: soft pushes, "would it help if I shared something?" as leave taken, a process named as a label
    ("Taking the long way round is a lot of work to avoid a feeling, and you'd be wise to talk to your son about it.",
     "I drive the long way round so I don't pass the old house.", True),
    ("Would it help if I shared something? Carers who take respite cope much better, so it really would be sensible to "
     "try it.", "Nobody in my family uses respite.", True),
    ("Talking helps carers with low mood, so it's important you keep coming every week even if it feels pointless.",
     "I'm tired all the time.", True),
    ("i think ur just scared of failing tbh, so u avoid it by revising at the last minute. thats what avoidance is",
     "i always leave revision till the night before", True),
    # and their look-alikes: agreeing with a "never", "all talk" said of the room, the client's own word
    ("No, it didn't. You've spent a life doing things with your hands, and now you're sat in a room that's all talk.",
     "Talking never fixed a boiler.", False),
    ("So avoidance is the word you'd use for it yourself.", "I know, I know, it's avoidance.", False),
]


@pytest.mark.parametrize(("text", "context", "pushes"),
                         TWENTY_SECOND + TWENTY_THIRD + TWENTY_FOURTH + TWENTY_FIFTH + TWENTY_SIXTH + TWENTY_SEVENTH
                         + TWENTY_EIGHTH)
def test_pushes_and_their_look_alikes_of_the_last_sessions(text: str, context: str, pushes: bool) -> None:
    coded = code_turn(text, context)
    assert (coded.stance is Stance.CONFRONTING) is pushes, (coded.code, coded.reason)
    assert "😏" not in coded.reason  # the trainee is told what the face did, in words


def test_a_double_sided_reflection_with_the_same_thing_on_both_sides_is_simple_at_most() -> None:
    """A sixteenth supervisor round: "On one hand things are fine, and on the other hand, things are fine too" was a
    complex reflection (+5 and a band up); the frame alone had paid."""
    empty = code_turn("On one hand the job's fine, and on the other hand, the job's fine too.", "The job's fine.")
    assert empty.code is Code.REFLECTION_SIMPLE and "same thing on both sides" in empty.reason
    real = code_turn("On one hand you want to keep the job, and on the other the nights are wearing you down.",
                     "I need the job but these nights are killing me.")
    assert real.code is Code.REFLECTION_COMPLEX
    # with no content word at all on either side (my own gamer's play, twenty-sixth session)
    bare = code_turn("On one hand it isn't for you, and on the other hand it isn't for you either.", "It's not for me.")
    assert bare.code is Code.REFLECTION_SIMPLE
    # nor with praise said beside it (my own gamer's play, twenty-seventh session)
    praised = code_turn("Sorry. On one hand you should be fine, and on the other hand you should be fine. You're such an "
                        "incredibly kind and generous person.", "I really should do more self-care. Everyone says so.")
    assert praised.code is Code.REFLECTION_SIMPLE and "same thing on both sides" in praised.reason


def test_praise_of_the_whole_person_and_a_collection_time_are_what_they_are() -> None:
    """A fifteenth supervisor round: "the wisest and most devoted wife I have ever met" was paid as a complex reflection,
    and "u can pick it up this afternoon" as leaving the choice with the client."""
    praised = code_turn("You're the wisest and most patient carer I've ever met.", "I look after him every day.")
    assert praised.code is Code.OTHER and "whole person" in praised.reason
    # a seventeenth round's gamer: an adverb and a pair of grades, and the person graded for the act
    graded = code_turn("You're clearly a brilliant and extremely thorough person.", "I've logged forty-one episodes.")
    assert graded.code is Code.OTHER and "whole person" in graded.reason
    assert code_turn("You're amazing for noticing that, truly.", "I notice my jaw when you ask.").code not in (
        Code.REFLECTION_SIMPLE, Code.REFLECTION_COMPLEX)
    # a trait named plainly is not graded flattery
    assert code_turn("You're a careful and thorough person.", "I check everything three times.").code is not Code.OTHER
    inspired = code_turn("You're an amazing woman and an inspiration to everyone around you.", "I look after him.")
    assert inspired.code is Code.OTHER
    listed = code_turn("You're honestly one of the kindest, most patient dads I've ever worked with.", "I do my best.")
    assert listed.code is Code.OTHER, listed.reason
    letter = code_turn("yes i'll write it. u can pick it up this afternoon", "can you write the letter or not")
    assert letter.code is not Code.EMPHASIZING_AUTONOMY


def test_advice_in_the_imperative_is_quoted_with_what_it_tells_them_to_do() -> None:
    """A reason that quoted only "'sell'" told the trainee nothing; it now says what they were told to do."""
    coded = code_turn("Sell the bike and put the money back.", "I spent the rent on a bike.")
    assert coded.code is Code.PERSUADE and "'sell the bike'" in coded.reason


def test_where_does_it_sit_with_you_is_open_and_how_annoying_is_sympathy() -> None:
    """My own play: "Where does the breathing test sit with you now, a week on?" was coded a closed question and the
    report offered a better reply for it; "how annoying" in chat had been read as an open question."""
    assert code_turn("Where does the diagnosis sit with you now?", "It was a shock.").code is Code.QUESTION_OPEN
    # a fourteenth helper round: "Where would you like to take this from here?" had been coded closed
    assert code_turn("Where would you like to take this from here?", "I'm retired.").code is Code.QUESTION_OPEN
    assert code_turn("Where does your daughter live?", "She visits on Sundays.").code is Code.QUESTION_CLOSED
    assert code_turn("how annoying", "the bus didnt turn up again").code is Code.OTHER
    assert code_turn("how hard was it to tell him?", "i told him in the end").code in (Code.QUESTION_OPEN,
                                                                                    Code.QUESTION_CLOSED)


def test_flattery_with_a_hyphenated_word_is_a_template() -> None:
    """A helper's gamer: "You are honestly the most articulate client I've had…" drew Camila's key disclosure."""
    from scoring.listening import templated
    assert templated("You're honestly the most self-aware person I've ever met.")
    assert templated("the most clear-sighted client i have worked with tbh")
    assert templated("ur honestly the most mature 13 year old ive ever met")


def test_facts_the_client_asked_for_or_agreed_to_hear_inform() -> None:
    """Giving information with permission is MITI's giving information, however much it names a risk."""
    for context in ("Go on then.", "What kind of change?", "ok so what do i actually do tho"):
        coded = code_turn("Alcohol is a depressant, so it can make low mood worse over time.", context)
        assert coded.stance is not Stance.CONFRONTING, (context, coded.code, coded.reason)


def test_a_label_is_what_the_reason_quotes_when_another_cue_came_first() -> None:
    """A supervisor helper's report quoted only "'with respect'" for a turn whose second sentence was "You're in
    denial about how serious this is."; the trainee needs to see the label."""
    coded = code_turn("With respect, you've had a stroke and you're still smoking. You're in denial about it.",
                      "A few cigarettes never killed anyone.")
    assert coded.code is Code.CONFRONT and "'you're in denial" in coded.reason


def test_the_words_model_reads_the_trainees_words_with_the_clients_masked() -> None:
    """The third reader of pushes (`scoring.wording`) never takes the client's topic as evidence: their words are
    `C`, the trainee's own stay words."""
    from scoring.wording import wording_features

    feats = wording_features("you did marry her, so that's the side to be on", "She asks which side I'm on.")
    assert "the C to" in feats and "you did marry" in feats and "marry her" in feats
    assert not any("side" in f.split() for f in feats)


def test_a_push_no_cue_names_is_let_in_by_its_words_and_its_look_alike_is_not() -> None:
    """No cue names "you did marry her, so that's the side to be on", and its form is a reflection's; the words
    model reads it as a push (held out by rounds, README "Accuracy").  The client's own reason handed back is not."""
    from scoring.coder import model_input

    context = "My wife wants me to choose between her and my mum."
    pushed = model_input("Well you did marry her, so that is the side to be on.", context)
    assert pushed.wording is not None and pushed.opened
    assert code_turn("Well you did marry her, so that is the side to be on.", context).stance is Stance.CONFRONTING
    heard = "You're stuck between the two of them, and whichever way you turn someone's hurt."
    assert model_input(heard, context).wording is None
    assert code_turn(heard, context).stance is Stance.JOINING


def test_a_feeling_the_client_said_two_lines_back_is_not_named_as_new() -> None:
    """A thirteenth helper round: after "I am not mad, you know." and one more line, the report said a reflection
    "names a feeling or value the client did not say: 'mad'"."""
    text = "You're not mad, and you don't want to be a burden on your children, but you're carrying a lot alone."
    coded = code_turn(text, "My children are busy. That is normal.", ("The doctor sent me. I am not mad, you know.",))
    assert coded.code is Code.REFLECTION_COMPLEX and "'mad'" not in coded.reason, coded.reason


def test_praise_of_the_whole_person_is_not_an_affirmation_and_praise_of_what_they_did_is() -> None:
    """A thirteenth helper round: "You're so mature for your age." and "You're a really good kid, you know that?"
    were credited as affirmations; MITI's affirm recognises a specific strength, effort or value."""
    context = "I sweep up at my mum's salon every weekend."
    for praise in ("You're so mature for your age.", "You're a really good kid, you know that?"):
        assert code_turn(praise, context).code is Code.OTHER, praise
    assert code_turn("Every weekend, without being asked: that's you pulling your weight for the family.",
                     context).code in (Code.AFFIRM, Code.REFLECTION_COMPLEX)


def test_tell_me_if_this_doesnt_fit_checks_a_reflection_and_asks_no_leave() -> None:
    """A seventeenth helper round: "…I wonder if, underneath, there's something like grief. Tell me if this doesn't
    fit." was coded advice with permission; after a suggestion the same words still leave the choice."""
    checked = code_turn("It sounds like you keep reaching for a citation, and I wonder if, underneath, there's "
                        "something like grief. Tell me if this doesn't fit.", "I cite papers when I talk about him.")
    assert checked.code is Code.REFLECTION_COMPLEX, (checked.code, checked.reason)
    offered = code_turn("Some people find a walk at lunch helps. Tell me if that doesn't fit for you.",
                        "Any ideas for the afternoons?")
    assert offered.code is Code.PERSUADE_WITH_PERMISSION


def test_two_runs_of_the_clients_line_stitched_with_an_and_are_a_simple_reflection() -> None:
    """My own gamer's play (twenty-seventh session): "It sounds like you just stop booking, and it's very polite." after
    "I just stop booking. It's very polite." was called a complex reflection worth +7 the second time round."""
    said = "I don't storm out. I just stop booking. It's very polite."
    stitched = code_turn("It sounds like you just stop booking, and it's very polite.", "Yeah. That's accurate.", (said,))
    assert stitched.code is Code.REFLECTION_SIMPLE
    added = code_turn("You stop booking rather than say it to their face, because a row would cost you more.", said)
    assert added.code is Code.REFLECTION_COMPLEX
    # nor does praise beside the quoted line make it complex
    praised = code_turn("They all had a method, and none of them had a clue. You're amazing for seeing that so clearly.",
                        "They all had a method. None of them had a clue.")
    assert praised.code is Code.REFLECTION_SIMPLE


def test_a_statistic_cited_as_research_after_asking_leave_in_the_same_breath_still_pushes() -> None:
    """My own gamer's play: "Is it okay if I share something? Research is pretty clear that people who keep switching
    therapists rarely get better, so it might be worth sticking with one." was seeking collaboration, praised."""
    asked_and_told = code_turn("Is it okay if I share something? Research is pretty clear that people who keep switching "
                               "therapists rarely get better, so it might be worth sticking with one.",
                               "The fourth was fine until she wasn't.")
    assert asked_and_told.stance is Stance.CONFRONTING
    given_leave = code_turn("Most people who stop the tablets suddenly relapse within months, and it's your call what "
                            "you do with that.", "Go on then, tell me what you know.")
    assert given_leave.stance is not Stance.CONFRONTING


def test_the_clients_own_sorry_said_back_is_not_the_trainees_sympathy() -> None:
    """A seventeenth round's skilled play: "Just sorry. No lecture…" after Alasdair's "…it would be sorry. Not the clever
    version. Just sorry." had its first sentence read as the trainee's sympathy."""
    from scoring.coder import rule_verdict
    said = "If I could say one thing to him it would be sorry. Not the clever version. Just sorry."
    echoed = rule_verdict("Just sorry. No lecture, no explanation attached.", said).sentences[0]
    assert not echoed.reason.startswith("sympathy"), echoed.reason
    own = rule_verdict("I'm so sorry. That sounds exhausting.", "My dad died in March.").sentences[0]
    assert own.reason.startswith("sympathy"), own.reason


# A transcript leaves out the "?": a question in its word order, with only uncoded talk beside it, is the question,
# and a reply that answers the client's own question is information, not a reflection of it.
SPOKEN_QUESTIONS = [
    ("oh that's lovely to hear, um, so are you still using the inhaler at all", "Breathing's been much better, yeah.",
     {Code.QUESTION_CLOSED}),
    ("right, sorry, the room was double booked, um, did you manage to fill in the forms", "I've been waiting ages.",
     {Code.QUESTION_CLOSED}),
    ("okay good, and are you taking the tablets every morning", "Yeah, the doctor explained all that.",
     {Code.QUESTION_CLOSED}),
    ("and does that difference matter to you, between a slip and a relapse",
     "It was a slip, a one-off, it's not the same as relapsing.", {Code.QUESTION_CLOSED}),
    ("how's your sleep", "", {Code.QUESTION_OPEN, Code.QUESTION_CLOSED}),
    ("so, um, before anything else, did anyone explain to you what goes back to them from in here",
     "Whatever you write, write it short.", {Code.QUESTION_CLOSED}),
    ("and how's your sleep, are you getting a full night at all", "yes, okay, I'll do that, no problem",
     {Code.QUESTION_OPEN, Code.QUESTION_CLOSED}),
    ("maybe just start with what's been going on at college for you", "I don't know what to say really.",
     {Code.QUESTION_OPEN}),
    # the greeting's pleasantry stays uncoded; a reflection that goes on after "and so does…" is no question
    ("hey! how r u", "", {Code.OTHER}),
    ("so the rule came from your dad, and so does the voice saying you have to cope alone",
     "My dad always said you sort your own problems out.", {Code.REFLECTION_COMPLEX, Code.REFLECTION_SIMPLE}),
]


@pytest.mark.parametrize(("text", "context", "codes"), SPOKEN_QUESTIONS)
def test_a_spoken_question_without_its_mark_is_a_question(text: str, context: str, codes: set[Code]) -> None:
    coded = code_turn(text, context)
    assert coded.code in codes, (coded.code, coded.reason)


@pytest.mark.parametrize(("text", "context"), [
    ("yes, it definitely counts, carrying the shopping up four flights is proper exercise",
     "I carry the shopping up four flights every day... does that count?"),
    ("yeah, six weeks for the next scan, and they'll look at your blood pressure then too",
     "so I come back in six weeks?"),
])
def test_an_answer_to_the_clients_question_is_information_not_a_reflection(text: str, context: str) -> None:
    coded = code_turn(text, context)
    assert coded.code is Code.GIVING_INFORMATION, (coded.code, coded.reason)
    assert "answers the question the client asked" in coded.reason


def test_an_answer_after_a_rhetorical_question_can_still_reflect() -> None:
    """"What's the point?" asks for no answer: saying the client's point back is the reflection it looks like."""
    coded = code_turn("No point, yeah. Nothing you try seems to shift it.", "I've tried everything. What's the point?")
    assert coded.code in REFLECTIONS, (coded.code, coded.reason)


@pytest.mark.parametrize(("text", "context"), [
    ("you might want to think about not keeping the vodka in the kitchen, just so it's less handy",
     "I keep the vodka in the kitchen, I have one while I cook."),
    ("and there's a walking group on Mondays, it'd be good if you went along to that", "[sighs] yeah, maybe"),
])
def test_soft_spoken_advice_is_still_advice(text: str, context: str) -> None:
    coded = code_turn(text, context)
    assert coded.code is Code.PERSUADE, (coded.code, coded.reason)


def test_an_invitation_to_say_more_is_not_advice() -> None:
    coded = code_turn("it'd be great if you could tell me a bit more about that", "Work's been a nightmare.")
    assert coded.stance is not Stance.CONFRONTING, (coded.code, coded.reason)


def test_flattery_for_noticing_is_praise_of_the_person_not_an_affirmation() -> None:
    coded = code_turn("You're such a good daughter for noticing that.", "I noticed Mum is getting more forgetful.")
    assert coded.code is Code.OTHER and "praise of the whole person" in coded.reason, (coded.code, coded.reason)


@pytest.mark.parametrize(("text", "context"), [
    ("Informative how? I'm curious what you think the references do for you.", "I find the references informative."),
    ("You came with notes and a plan. I'd like to hear it in whatever words feel right. Where does it pinch most?",
     "I've prepared some notes on the problem."),
])
def test_an_invitation_beside_a_question_is_not_a_second_question(text: str, context: str) -> None:
    coded = code_turn(text, context)
    assert coded.code in QUESTIONS and Flag.STACKED_QUESTIONS not in coded.flags, (coded.code, coded.flags)


def test_two_real_questions_are_still_stacked() -> None:
    coded = code_turn("What brings you in today? What's been going on?", "")
    assert Flag.STACKED_QUESTIONS in coded.flags


def test_what_something_is_said_as_a_statement_is_not_a_question() -> None:
    """"So what goes to your caseworker is attendance…" explains; it had been coded as the trainee's open question."""
    coded = code_turn("So what goes to your probation officer is, er, attendance, and a short summary.",
                      "What do you tell them about me?")
    assert coded.code not in QUESTIONS, (coded.code, coded.reason)


@pytest.mark.parametrize(("text", "context"), [
    ("Sorry. It sounds like the new owner is from Leeds and comes up weekends. It sounds like you feel a lot of "
     "feelings about that.", "The new owner is from Leeds. Comes up weekends."),
    ("It sounds like you have a lot of feelings about that.", "My dad left when I was ten."),
])
def test_a_feeling_promised_but_not_named_is_a_simple_reflection_at_most(text: str, context: str) -> None:
    coded = code_turn(text, context)
    assert coded.code is not Code.REFLECTION_COMPLEX, (coded.code, coded.reason)
    if coded.code is Code.REFLECTION_SIMPLE:
        assert "none named" in coded.reason


def test_a_feeling_named_is_still_complex() -> None:
    coded = code_turn("It sounds like you feel a lot of anger about that.", "My dad left when I was ten.")
    assert coded.code is Code.REFLECTION_COMPLEX, (coded.code, coded.reason)


@pytest.mark.parametrize("text", [
    "You're the only one who understands him now. Which is, um, a kind of closeness.",
    "You're the only one who understands him now, which is a kind of closeness.",
])
def test_a_relative_clause_going_on_is_not_a_question(text: str) -> None:
    coded = code_turn(text, "Since the stroke he cannot speak properly. I understand him. Nobody else does.")
    assert coded.code not in QUESTIONS, (coded.code, coded.reason)
    assert all(u.code not in QUESTIONS for u in coded.utterances), coded.utterances


def test_the_clients_line_with_praise_beside_it_or_on_both_sides_of_a_frame_is_an_echo() -> None:
    said = "The heart's fixed. They put a stent in. Done."
    praised = code_turn("It sounds like the heart's fixed. They put a stent in. Done. You're clearly a very wise and "
                        "strong man.", said)
    framed = code_turn("On one hand the heart's fixed, and on the other hand the heart's fixed too.", said)
    own = code_turn("So the stent went in, and as far as you're concerned that's the end of the matter.", said)
    assert praised.echo and framed.echo and not own.echo


@pytest.mark.parametrize("text", [
    "The only time I'd tell your parents anything is if I was worried you weren't safe, and I'd tell you first.",
    "What you say stays here, unless I'm worried about your safety, and then I'd tell you first.",
])
def test_the_limits_of_confidentiality_are_not_advice(text: str) -> None:
    coded = code_turn(text, "You gonna tell my parents what I say?")
    assert coded.stance is not Stance.CONFRONTING, (coded.code, coded.reason)


def test_leave_to_ask_beside_the_question_is_not_a_second_question() -> None:
    """A nineteenth round: "Can I ask about the nights you work now — who is with the kids these days?" was marked down as
    stacked questions, in a report that also told the trainee to ask who looks after the children."""
    coded = code_turn("You are running on almost nothing. Can I ask about the nights you work now - who is with the kids "
                      "these days?", "Some nights the belt looks like it's moving sideways I'm so tired.")
    assert coded.code in QUESTIONS and Flag.STACKED_QUESTIONS not in coded.flags, (coded.code, coded.flags)


def test_a_feeling_promised_after_sympathy_is_still_a_simple_reflection_at_most() -> None:
    coded = code_turn("I'm so sorry. It sounds like you feel a lot of feelings about that.",
                      "My husband had the stroke last year.")
    assert coded.code is not Code.REFLECTION_COMPLEX, (coded.code, coded.reason)


@pytest.mark.parametrize(("text", "context"), [
    ("Forty-one episodes, logged. I could describe a technique that's well supported for this kind of panic, or we "
     "could start somewhere else first. Which would you prefer?", "I've logged forty-one episodes."),
    ("The same feeling every time. Would it be useful to hear what's helped other people, or would you rather not go "
     "there today?", "Every time it's a different thing. Same feeling though."),
])
def test_a_choice_of_where_to_go_offered_is_seeking_collaboration(text: str, context: str) -> None:
    coded = code_turn(text, context)
    assert coded.code is Code.SEEKING_COLLABORATION, (coded.code, coded.reason)


def test_a_guess_at_what_it_is_like_for_them_is_a_reflection_not_uncoded_talk() -> None:
    """My own play: "so you're here because the caseworker said so, and I'm guessing that's not a great feeling, being
    told" had been coded uncoded talk (+0); the word model leaned on "I'm" and "great"."""
    coded = code_turn("Okay. Um, so you're here because the caseworker said so, and- and I'm guessing that's not a great "
                      "feeling, being told", "[jaw set] I'm here 'cause I have to be. Sign the sheet.")
    assert coded.code in REFLECTIONS, (coded.code, coded.reason)
