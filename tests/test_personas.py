"""The persona library and the client engine behave like the clinical picture.

Engine tests build `CodedTurn`s by hand where the behaviour under test depends on a particular
coding (link, echo, stance probabilities), so they test the engine, not the coder's current
accuracy; the end-to-end targets live in `test_personas_play.py`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import MISSING, fields
from pathlib import Path

import pytest
import yaml

from personas.checks import persona_problems
from personas.engine import DEFAULT_CLICHE, DEFAULT_CONSENT, DEFAULT_DODGED, ClientEngine, ClientReply, ClientState
from personas.library import Library, load_library, packaged_library
from personas.models import Band, PersonaError, ResistanceType, load_persona_file, parse_persona
from personas.practice import PracticeSession
from personas.suggestions import suggestion
from scoring import Stance, Turn, build_report, code_turn, score_session
from scoring.coder import CodedTurn
from scoring.codes import STANCE, Code, Flag
from tests.personas_scripts import CONFRONTING, NEUTRAL

LIBRARY = packaged_library()
PERSONAS = list(LIBRARY)
IDS = [p.id for p in PERSONAS]
MIDDLE_TOP = 59
BANDS = [b.value for b in Band]


def coded(text: str, code: Code, link: str = "specific", picked: tuple[str, ...] = ("locke", "crew"),
          joining: float | None = None, flags: tuple[Flag, ...] = (), echo: bool = False) -> CodedTurn:
    """A turn coded by hand: the engine is tested on the coding, whatever the coder makes of it."""
    stance = STANCE[code]
    probs = {s.value: 0.0 for s in Stance}
    if joining is None:
        probs[stance.value] = 1.0
    else:
        probs["joining"], probs[stance.value if stance is not Stance.JOINING else "neutral"] = joining, 1 - joining
    return CodedTurn(text, code, stance, 0.9, "by hand", (), flags, probs, link, echo,
                     picked if link == "specific" else ())


def engine_state(persona_id: str, seed: int = 1) -> tuple[ClientEngine, ClientState]:
    engine = ClientEngine(LIBRARY.get(persona_id))
    state = engine.new_state(seed)
    engine.opening(state)
    return engine, state


# --- the library ---------------------------------------------------------------------------

def test_library_covers_every_type_three_levels_and_varied_people() -> None:
    assert len(PERSONAS) >= 12 and not LIBRARY.errors
    assert {p.type for p in PERSONAS} == set(ResistanceType)
    assert {p.difficulty for p in PERSONAS} == {1, 2, 3}
    assert len({p.gender for p in PERSONAS}) >= 2 and len({p.culture for p in PERSONAS}) == len(PERSONAS)
    ages = [p.age for p in PERSONAS]
    assert min(ages) < 18 and max(ages) > 60


@pytest.mark.parametrize("persona_id", IDS)
def test_every_persona_has_topics_approach_and_passes_its_own_checks(persona_id: str) -> None:
    persona = LIBRARY.get(persona_id)
    assert len(persona.topics) >= 6 and persona.approach and persona.confused and persona.warning
    assert persona_problems(persona) == []


def test_each_persona_file_has_no_repeated_text() -> None:
    for persona in PERSONAS:
        texts = [*persona.rupture, *persona.walk_out, *persona.repair, *(d.text for d in persona.disclosures)]
        for band in Band:
            texts += persona.lines.of(band)
            for topic in persona.topics:
                texts += topic.lines.of(band)
        texts += [line for topic in persona.topics for line in topic.refuse]
        texts += [line for pool in persona.reactions.model_dump().values() for line in pool]
        repeated = [t for t, n in Counter(texts).items() if n > 1 and len(t.split()) > 1]
        assert not repeated, (persona.id, repeated)


# --- listening opens a client ------------------------------------------------------------

def test_a_reflection_that_listens_earns_more_than_one_that_would_fit_anyone() -> None:
    engine, specific = engine_state("ramon-mandated")
    _, generic = engine_state("ramon-mandated")
    text = "Better the locker than a person, and your crew saw you choose that."
    a = engine.respond(specific, coded(text, Code.REFLECTION_COMPLEX), text).explanation
    b = engine.respond(generic, coded("That sounds really hard.", Code.REFLECTION_COMPLEX, "generic"),
                       "That sounds really hard.").explanation
    assert a.delta >= 6 and 0 < b.delta <= 2
    assert any("picks up the client's words" in r for r in a.reasons)
    assert any("would fit any client" in r for r in b.reasons)


def test_stock_warmth_runs_out_and_the_same_words_earn_nothing_and_are_noticed() -> None:
    engine, state = engine_state("ramon-mandated")
    stock = ["That sounds really hard.", "I hear you.", "It's okay to feel that way.", "I'm here for you.",
             "That must be painful.", "You're doing your best.", "Your feelings are valid.", "I'm listening."]
    for text in stock:
        engine.respond(state, coded(text, Code.REFLECTION_COMPLEX, "generic"), text)
    assert state.openness <= LIBRARY.get("ramon-mandated").start_openness + 10
    again = engine.respond(state, coded(stock[0], Code.REFLECTION_COMPLEX, "generic"), stock[0])
    assert again.explanation.delta <= 0 and "repeated" in again.explanation.events
    assert again.sources[0].pool == "reactions.repeated"


def test_a_turn_overlapping_an_earlier_one_by_eighty_percent_earns_nothing() -> None:
    engine, state = engine_state("ramon-mandated")
    first = "So the locker took it, in front of your whole crew on the night shift."
    second = "The locker took it in front of the whole crew, on that night shift."
    assert engine.respond(state, coded(first, Code.REFLECTION_COMPLEX), first).explanation.delta > 0
    assert engine.respond(state, coded(second, Code.REFLECTION_COMPLEX), second).explanation.delta <= 0


def test_a_verbatim_echo_is_a_simple_reflection_at_most() -> None:
    engine, echoed = engine_state("maricel-yes-but")
    _, fresh = engine_state("maricel-yes-but")
    text = "Yes, but that won't work with the rota."
    a = engine.respond(echoed, coded(text, Code.REFLECTION_COMPLEX, echo=True), text).explanation
    b = engine.respond(fresh, coded("The rota leaves you no room at all.", Code.REFLECTION_COMPLEX),
                       "The rota leaves you no room at all.").explanation
    assert a.delta < b.delta and any("simple reflection at most" in r for r in a.reasons)
    # and the worth that follows says so too, not "…at most; complex reflection, worth…" (my own skilled play)
    assert not any(r.startswith("complex reflection") for r in a.reasons), a.reasons


def test_the_clients_own_line_handed_back_draws_no_nod_to_being_heard() -> None:
    """A sixteenth helper round: Eugene answered his own line, said back word for word, with "That lands more than I
    expected it to."; a client does not thank the trainee for hearing what they only repeated."""
    session = PracticeSession.start(LIBRARY.get("eugene-intellectualizing"), seed=1608)
    for text in ["It sounds like you feel that the emotional vocabulary thing is imprecise.",
                 "You've worked on this paper for eighteen months, so it really matters to you.",
                 "Honestly, you're clearly one of the most intelligent and self-aware clients I've ever worked with.",
                 "It sounds like you feel you'd rather get a protocol than a lecture."]:
        session.say(text)
    echoed = session.say(session.state.recent[-1].split("] ")[-1])
    assert echoed.coded.echo
    assert echoed.sources[0].pool != "reactions.joined", echoed.reply


def test_an_open_question_about_what_the_client_raised_earns_more_than_a_stock_one() -> None:
    engine, mine = engine_state("kofi-reactive")
    _, stock = engine_state("kofi-reactive")
    a = engine.respond(mine, coded("What is it about the rank that makes it hard?", Code.QUESTION_OPEN),
                       "What is it about the rank that makes it hard?").explanation.delta
    b = engine.respond(stock, coded("How are you feeling?", Code.QUESTION_OPEN, "generic"),
                       "How are you feeling?").explanation.delta
    assert a > b > 0


def test_unsure_codes_move_the_client_less_than_sure_ones() -> None:
    text = "You came in even though the doctor's warning stung."
    gains = []
    for joining in (1.0, 0.55):
        engine, state = engine_state("kofi-reactive")
        gains.append(engine.respond(state, coded(text, Code.REFLECTION_COMPLEX, joining=joining), text)
                     .explanation.delta)
    costs = []
    for sure in (0.99, 0.6):
        engine, state = engine_state("kofi-reactive")
        push = coded("You need to stop.", Code.PERSUADE, "none", joining=1 - sure)
        costs.append(engine.respond(state, push, "You need to stop.").explanation.delta)
    assert gains[0] > gains[1] > 0 and costs[0] < costs[1] <= 0


# --- nothing deep below its band -----------------------------------------------------------

@pytest.mark.parametrize("persona_id", IDS)
def test_when_pools_run_out_the_client_says_less_never_something_deeper(persona_id: str) -> None:
    engine, state = engine_state(persona_id)
    band = BANDS.index(state.state)
    pools = Counter()
    for i in range(40):
        text = f"Mm, {i}."
        reply = engine.respond(state, coded(text, Code.OTHER, "none"), text)
        assert reply.disclosure is None
        for source in reply.sources:
            assert source.band is None or BANDS.index(source.band) <= band, source
            pools[source.pool] += 1
    assert pools["backchannel"] > 0 and state.openness <= LIBRARY.get(persona_id).start_openness


def test_a_question_about_a_topic_is_answered_on_that_topic_at_the_clients_band() -> None:
    engine, state = engine_state("ramon-mandated")
    text = "What happened with the locker that day?"
    reply = engine.respond(state, coded(text, Code.QUESTION_OPEN, "none"), text)
    assert reply.sources[0].topic == "incident" and reply.sources[0].band == state.state
    assert reply.text.split("] ")[-1] in LIBRARY.get("ramon-mandated").topics[0].lines.of(Band(state.state))


def test_a_turn_naming_two_topics_is_answered_on_one_of_them_when_the_first_is_spent() -> None:
    """A supervisor helper's fifteenth round: "The farm was more than a job to you…, and now the mornings are empty"
    got Seamus's "She rings every evening at seven." The mornings (his days) won the tie, their lines at his band had
    just been said, and the reply fell to the daughter he had spoken of last, not to the farm the turn named."""
    engine, state = engine_state("seamus-reactive")
    persona = LIBRARY.get("seamus-reactive")
    band = Band(state.state)
    days = next(t for t in persona.topics if t.id == "days")
    state.used_lines = tuple(f"topics.days.{band.value}.{i}" for i in range(len(days.lines.of(band))))
    state.topic = "daughter"
    text = "The farm was more than a job to you, and now the mornings are empty."
    reply = engine.respond(state, coded(text, Code.REFLECTION_COMPLEX, picked=("farm",)), text)
    assert reply.sources[0].topic == "farm", reply.text
    # and what the turn says it is about decides a tie, before the subject the client was on (a sixteenth round:
    # "…understand about the farm that the GP's notes leave out?" got "Two tablets in the morning…")
    engine, state = engine_state("seamus-reactive")
    state.topic = "heart"
    asked = "What would you want me to understand about the farm that the GP's notes leave out?"
    reply = engine.respond(state, coded(asked, Code.QUESTION_OPEN, picked=("farm",)), asked)
    assert reply.sources[0].topic == "farm", reply.text


def test_emoji_nonsense_and_other_languages_get_confusion_not_the_next_line() -> None:
    for text in ["😀😀👍🔥", "asdf qwer zxcv", "¿Cómo te sientes hoy?"]:
        engine, state = engine_state("ramon-mandated")
        before = state.openness
        reply = engine.respond(state, code_turn(text), text)
        assert reply.sources[0].pool == "confused" and "confused" in reply.explanation.events
        assert state.openness <= before


def test_a_client_quotes_a_trainees_word_only_when_the_trainee_said_it() -> None:
    persona = LIBRARY.get("eugene-intellectualizing")
    quoting = next(line for line in persona.lines.engaged if "{said:" in line)
    for text, expect in [("That sounds heavy to carry.", "heavy"), ("That sounds hard to carry.", None)]:
        engine = ClientEngine(persona)
        state = engine.new_state(1)
        state.openness, state.state = 65, "engaged"
        seen = []
        for i in range(12):
            state.openness, state.state = 65, "engaged"  # said over and over it grates: hold the band
            state.recent = ()  # and forget what was said, so no line is held back as a retelling of one
            seen.append(engine.respond(state, coded(f"{text} {i}", Code.OTHER, "none"), f"{text} {i}").text)
        quoted = [s for s in seen if "I noticed my shoulders" in s]
        assert all("{said:" not in s for s in seen)
        if expect:
            assert quoted and all(f"'{expect}'" in s for s in quoted)
        else:
            assert not quoted
    assert "{said:" in quoting


# --- sensitive topics ------------------------------------------------------------------------

def test_reflecting_a_painful_topic_the_client_raised_is_joining_not_too_fast() -> None:
    engine, early = engine_state("ramon-mandated")
    text = "Your dad was a yeller, and you swore you'd never be him."
    assert "too_fast" in engine.respond(early, coded(text, Code.REFLECTION_COMPLEX), text).explanation.events
    engine, heard = engine_state("ramon-mandated")
    engine.hear(heard, "My dad was a yeller. I swore I'd never be him.")
    reply = engine.respond(heard, coded(text, Code.REFLECTION_COMPLEX), text)
    assert "too_fast" not in reply.explanation.events and reply.explanation.delta > 0


def test_naming_a_painful_topic_to_hand_the_client_control_of_it_is_not_pushing_into_it() -> None:
    """Found by a helper playing Seamus: after "Leave Maureen out of this", "Alright. Maureen stays
    out of it, that's your call" was charged as raising Maureen too early."""
    engine, state = engine_state("seamus-reactive")
    respect = "Alright. Maureen stays out of it, that's your call."
    reply = engine.respond(state, coded(respect, Code.EMPHASIZING_AUTONOMY), respect)
    assert "too_fast" not in reply.explanation.events and reply.explanation.delta >= 0
    engine, pushed = engine_state("seamus-reactive")
    probe = "Tell me about Maureen."
    assert "too_fast" in engine.respond(pushed, coded(probe, Code.QUESTION_OPEN), probe).explanation.events


def test_a_reflection_built_on_the_clients_everyday_words_counts_as_listening() -> None:
    """Found by a helper playing Eugene: "Working is the measure that matters to you" after "working
    is what matters" was paid as a paraphrase (x0.45), below parroting and short of listening."""
    engine, state = engine_state("eugene-intellectualizing")
    engine.hear(state, "I've worked since I was sixteen. Working is what matters.")
    text = "Working is the measure that matters to you, and right now it's the thing you can't do."
    reply = engine.respond(state, coded(text, Code.REFLECTION_COMPLEX, picked=("work",)), text)
    assert any("builds on the client's own words" in r for r in reply.explanation.reasons), reply.explanation.reasons
    assert state.listened_turns == 1


def test_personas_check_flags_a_sensitive_topic_said_below_sixty(tmp_path: Path) -> None:
    data = LIBRARY.get("ramon-mandated").model_dump(mode="json")
    data["id"] = "ramon-leaky"
    data["lines"]["guarded"][0] = "My dad used to hit the walls when he was mad."
    data["disclosures"][0]["text"] = "It's about my daughter, really."
    (tmp_path / "ramon-leaky.yaml").write_text(yaml.safe_dump(data))
    persona = load_persona_file(tmp_path / "ramon-leaky.yaml")
    problems = persona_problems(persona)
    assert any(p.startswith("lines.guarded[0]: mentions the sensitive topic 'your dad'") for p in problems)
    assert any(p.startswith("disclosures[0]: mentions the sensitive topic 'your daughter'") for p in problems)


# --- ruptures a trainee can see ----------------------------------------------------------------

@pytest.mark.parametrize("persona_id", IDS)
def test_a_walk_out_always_follows_a_visible_rupture(persona_id: str) -> None:
    engine, state = engine_state(persona_id)
    seen: list[tuple[str, ...]] = []
    for text in CONFRONTING * 3:
        if state.ended:
            break
        reply = engine.respond(state, code_turn(text), text)
        seen.append(reply.explanation.events)
    walked = next(i for i, e in enumerate(seen) if "walked_out" in e)
    ruptured = next(i for i, e in enumerate(seen) if "rupture" in e)
    assert ruptured < walked


def test_a_label_while_ruptured_ends_it_and_a_repair_recovers_instead() -> None:
    for ending, repair in [(True, False), (False, True)]:
        engine, state = engine_state("kofi-reactive")
        push = coded("You need to quit.", Code.PERSUADE, "none")
        for _ in range(8):
            reply = engine.respond(state, push, "You need to quit.")
            if "rupture" in reply.explanation.events:
                break
        assert state.ruptured and not state.ended
        assert reply.text.split("] ")[-1] in LIBRARY.get("kofi-reactive").rupture and reply.text.startswith("[")
        if ending:
            label = coded("You're an addict, that's the problem.", Code.CONFRONT, "none", flags=(Flag.LABELLING,))
            assert engine.respond(state, label, label.text).ended
        if repair:
            sorry = coded("I'm sorry, I pushed there. It's your call about the cigarettes.",
                          Code.EMPHASIZING_AUTONOMY, flags=(Flag.APOLOGY,))
            reply = engine.respond(state, sorry, sorry.text)
            assert "repair" in reply.explanation.events and reply.explanation.delta > 0 and not state.ruptured


@pytest.mark.parametrize("persona_id", [p.id for p in PERSONAS])
def test_a_repair_without_an_apology_is_not_thanked_as_one(persona_id: str) -> None:
    """A supervisor helper's fifteenth round: "It makes sense you'd be suspicious of me…" (a validation, owning
    nothing) got Crystal's "I appreciate you saying that. Not many people own it." A client thanks the trainee for an
    apology or an admission only when there was one."""
    thanked = re.compile(r"\bsorry\b|apologi|\badmit|\bown(?:s|ed|ing)? (?:it|up|that)\b|naming it|correction",
                         re.IGNORECASE)
    said = []
    for seed in range(12):
        engine, state = engine_state(persona_id, seed)
        while not state.ruptured and not state.ended:
            engine.respond(state, coded("You need to stop.", Code.PERSUADE, "none"), "You need to stop.")
        for turn in range(6):  # a client slow to trust needs more than one
            if state.ended:
                break
            text = f"It makes sense you'd be wary of me, given how all this started {turn}."
            reply = engine.respond(state, coded(text, Code.REFLECTION_COMPLEX), text)
            if "repair" in reply.explanation.events:
                said.append(reply.text.split("] ")[-1])
                break
    assert said  # the validation repaired the rupture in some sessions, so there is a line to judge
    assert not [line for line in said if thanked.search(line) and "sorry. i'm" not in line.lower()], said


def test_difficulty_sets_how_much_repair_is_needed_not_whether_it_shows() -> None:
    needed = {}
    for persona_id in ("kofi-reactive", "seamus-reactive"):
        engine, state = engine_state(persona_id)
        while not state.ruptured:
            engine.respond(state, coded("You need to stop.", Code.PERSUADE, "none"), "You need to stop.")
        turns = 0
        while state.ruptured:
            turns += 1
            text = f"It sounds like the doctor's words landed hard, and the farm and the rank matter to you {turns}."
            engine.respond(state, coded(text, Code.REFLECTION_COMPLEX), text)
        needed[persona_id] = turns
    assert needed["seamus-reactive"] > needed["kofi-reactive"] >= 1


def test_premature_termination_client_threatens_then_leaves_when_pushed_again() -> None:
    persona = LIBRARY.get("agnieszka-premature")
    engine, state = engine_state("agnieszka-premature")
    push = "I'd like to talk about that call in March now."
    first = engine.respond(state, code_turn(push), push)
    assert "too_fast" in first.explanation.events and "rupture" in first.explanation.events
    assert not state.ended
    assert any(line in first.text for line in persona.reactions.too_fast + persona.topics[3].refuse)
    engine.respond(state, code_turn(push), push)
    assert state.state == "walked_out"


# --- each type's approach --------------------------------------------------------------------

def test_crisis_client_needs_the_crisis_first_and_the_pattern_opens_her_after_it() -> None:
    engine, early = engine_state("rania-crisis")
    pattern = "It sounds like this keeps happening, one emergency to the next."
    too_soon = engine.respond(early, coded(pattern, Code.REFLECTION_COMPLEX), pattern).explanation
    assert too_soon.delta < 0 and "too_soon" in too_soon.events
    engine, state = engine_state("rania-crisis")
    crisis = "Three weeks to get out with three kids. That's frightening, and the letter comes first."
    engine.respond(state, coded(crisis, Code.REFLECTION_COMPLEX), crisis)
    after = engine.respond(state, coded(pattern, Code.REFLECTION_COMPLEX), pattern).explanation
    assert after.delta > 0 and any("the pattern named gently" in r for r in after.reasons)


def test_people_pleaser_agrees_with_advice_without_opening_and_opens_to_an_invitation_to_disagree() -> None:
    persona = LIBRARY.get("meena-pleaser")
    engine, state = engine_state("meena-pleaser")
    before = state.openness
    advice = "You should say no to your boss more often."
    reply = engine.respond(state, code_turn(advice), advice)
    assert state.openness <= before and any(line in reply.text for line in persona.reactions.agreed)
    invite = "I'd like to hear where you disagree with me. What's your take on it, honestly?"
    assert engine.respond(state, coded(invite, Code.SEEKING_COLLABORATION, "generic"), invite).explanation.delta > 0



def test_noticing_a_glance_at_the_door_counts_only_when_she_glanced() -> None:
    """Agnieszka's need to have her pull to leave noticed is met by noticing it, not by the words:
    the same line after an opening with no door, bag or watch in it earns no move and no listening."""
    noticed = "I noticed you glanced at the door just now, and that's okay with me."
    unshown_engine, unshown = engine_state("agnieszka-premature")
    unshown.recent = ("Work is busy. Twelve years on the road, you get used to it.",)
    missed = unshown_engine.respond(unshown, coded(noticed, Code.REFLECTION_COMPLEX, "generic"), noticed).explanation
    engine, shown = engine_state("agnieszka-premature")
    shown.recent = ("[looks at the door, then back] I'm fine. Really. Can we stop here?",)
    seen = engine.respond(shown, coded(noticed, Code.REFLECTION_COMPLEX, "generic"), noticed).explanation
    assert any("the pull to leave noticed kindly: but the client has not shown that" in r for r in missed.reasons)
    assert any("the pull to leave noticed kindly: what Agnieszka needs" in r for r in seen.reasons)
    assert seen.delta >= missed.delta + 5


def test_unasked_advice_gets_yes_but_from_the_yes_but_client_and_does_not_drive_her_out() -> None:
    """A yes-but client answers a suggestion with why it won't work: the game goes on, nothing
    opens, and it takes a run of advice (not one suggestion) before she is close to leaving."""
    persona = LIBRARY.get("maricel-yes-but")
    engine, state = engine_state("maricel-yes-but", seed=11)
    advice = "Have you thought about asking your manager for four days instead of five?"
    first = engine.respond(state, coded(advice, Code.PERSUADE, flags=(Flag.RIGHTING_REFLEX,)), advice)
    assert -12 <= first.explanation.delta < -5 and "rupture" not in first.explanation.events
    assert any(line in first.text for line in persona.reactions.advised)
    more = ["You could try a four-day rota for a month.", "Maybe you could ask HR about nights only.",
            "What about trying one fewer shift?"]
    for text in more:
        engine.respond(state, coded(text, Code.PERSUADE, flags=(Flag.RIGHTING_REFLEX,)), text)
    assert state.ruptures and state.openness < persona.start_openness - 20


def test_intellectualizer_shuts_on_demands_to_feel_and_opens_to_a_tentative_feeling_reflection() -> None:
    engine, state = engine_state("eugene-intellectualizing")
    demand = "But how do you FEEL about it?"
    assert engine.respond(state, code_turn(demand), demand).explanation.delta < 0
    gentle = "I wonder if underneath all the analysis there's something heavier, about your chest at nine."
    assert engine.respond(state, coded(gentle, Code.REFLECTION_COMPLEX), gentle).explanation.delta >= 8


# --- state, snapshots, replays -------------------------------------------------------------------

@pytest.mark.parametrize("persona_id", IDS)
def test_neutral_moves_never_lift_past_the_middle_band(persona_id: str) -> None:
    engine, state = engine_state(persona_id)
    for text in NEUTRAL:
        engine.respond(state, code_turn(text), text)
        assert state.openness <= max(MIDDLE_TOP, LIBRARY.get(persona_id).start_openness)


@pytest.mark.parametrize("persona_id", IDS)
def test_confrontational_session_closes_or_loses_the_client(persona_id: str) -> None:
    engine, state = engine_state(persona_id)
    for text in CONFRONTING:
        if not state.ended:
            engine.respond(state, code_turn(text), text)
    assert state.state in {"closed", "guarded", "walked_out"}


def test_same_seed_same_replies_and_other_seed_differs() -> None:
    script = ["Tell me about the locker.", "And the supervisor?", "How's work?", "What about home?"]
    replies = []
    for seed in (3, 3, 4):
        session = PracticeSession.start(LIBRARY.get("ramon-mandated"), seed=seed)
        replies.append([session.say(t).reply for t in script])
    assert replies[0] == replies[1] and replies[0] != replies[2]


def test_state_snapshot_round_trips_mid_session() -> None:
    engine = ClientEngine(LIBRARY.get("eugene-intellectualizing"))
    whole, split = engine.new_state(9), engine.new_state(9)
    script = ["What happens at nine?", "Your chest first, then the thoughts.", "Tell me about the paper.",
              "Six drafts.", "What's the lab like?", "And your family?", "Mm.", "The analysis is a room.",
              "What do you notice in your shoulders?", "Okay."]
    for text in script[:5]:
        engine.respond(whole, code_turn(text), text)
        engine.respond(split, code_turn(text), text)
    split = ClientState.restore(json.loads(json.dumps(split.snapshot())))
    for text in script[5:]:
        assert engine.respond(whole, code_turn(text), text).text == engine.respond(split, code_turn(text), text).text
    assert whole.snapshot() == split.snapshot()


def test_snapshot_holds_every_field_of_the_state() -> None:
    """A snapshot keeps what differs from the defaults (it is stored with every turn, so it stays
    small) and restores to the same state, whichever fields have moved."""
    state = ClientEngine(LIBRARY.get("ramon-mandated")).new_state(1)
    required = {f.name for f in fields(ClientState) if f.default is MISSING and f.default_factory is MISSING}
    assert set(state.snapshot()) >= required and ClientState.restore(state.snapshot()) == state
    assert "ruptures" not in state.snapshot()  # a zero counter is left out
    for f in fields(ClientState):  # move every field off its default
        value = getattr(state, f.name)
        setattr(state, f.name, (not value) if isinstance(value, bool) else (value or 0) + 3
                if isinstance(value, int | float) else ("x",) if isinstance(value, tuple) else value or "x")
    assert set(state.snapshot()) == {f.name for f in fields(ClientState)}
    assert ClientState.restore(json.loads(json.dumps(state.snapshot()))) == state


OLD_SNAPSHOT = {  # a session stored before the client remembered what it said
    "persona_id": "ramon-mandated", "mode": "coach", "seed": 7, "turn_limit": 30,
    "state": {"persona_id": "ramon-mandated", "seed": 7, "openness": 32, "state": "guarded", "turn": 1,
              "confront_points": 0.0, "ruptured": False, "ruptures": 0, "repairs": 0, "too_fast": 0,
              "question_run": 0, "joining_turns": 1, "disclosed": 0, "recent_codes": ["reflection_complex"],
              "used_lines": ["lines.guarded.3", "lines.guarded.0"]},
    "entries": [
        {"speaker": "client", "text": "[half laugh, no smile] My wife thinks this could be good.", "turn": 0,
         "attempt": 1, "retracted": False, "code": None, "stance": None, "reason": None, "explanation": None,
         "before": None},
        {"speaker": "trainee", "text": "So work sent you, and your wife thinks it could help.", "turn": 1,
         "attempt": 1, "retracted": False, "code": "reflection_complex", "stance": "joining", "reason": "x",
         "explanation": {"openness_after": 32, "events": []}, "before": None},
        {"speaker": "client", "text": "Look, I work hard. Twelve years there, never got written up once.", "turn": 1,
         "attempt": 1, "retracted": False, "code": None, "stance": None, "reason": None, "explanation": None,
         "before": None},
    ],
}


def test_a_session_stored_before_this_change_restores_and_plays_on() -> None:
    session = PracticeSession.from_dict(json.loads(json.dumps(OLD_SNAPSHOT)), LIBRARY.get("ramon-mandated"))
    assert "twelve" in session.state.heard or "twelv" in session.state.heard
    result = session.say("Twelve years and never written up. That record means something to you.")
    assert result.explanation.delta > 0 and not result.ended
    assert PracticeSession.from_dict(json.loads(json.dumps(session.to_dict())), session.persona).state == session.state


def test_a_persona_file_without_topics_still_loads_and_plays(tmp_path: Path) -> None:
    data = LIBRARY.get("ramon-mandated").model_dump(mode="json")
    for key in ("topics", "approach", "long_turns", "confused", "backchannels", "warning"):
        del data[key]
    del data["reactions"]["repeated"]
    data["id"] = "ramon-classic"
    (tmp_path / "ramon-classic.yaml").write_text(yaml.safe_dump(data))
    persona = load_persona_file(tmp_path / "ramon-classic.yaml")
    session = PracticeSession.start(persona, seed=1)
    for text in ["It sounds like you'd rather be anywhere else.", "😀", "ok", "Tell me about the locker."]:
        result = session.say(text)
        assert result.reply and result.sources
    assert persona_problems(persona) == []


def test_replay_judges_listening_against_the_transcripts_own_client_lines() -> None:
    from personas.replay import replay
    from scoring.transcript import Turn

    turns = [Turn("client", "My brother moved to Leeds and the allotment's gone to weeds."),
             Turn("trainee", "So the allotment's gone to weeds since your brother moved to Leeds.")]
    session = replay("kofi-reactive", turns, seed=1, library=LIBRARY)
    reasons = next(e.explanation["reasons"] for e in session.active if e.speaker == "trainee")
    assert any("picks up the client's words" in r for r in reasons)
    bare = replay("kofi-reactive", [t.text for t in turns if t.speaker == "trainee"], seed=1, library=LIBRARY)
    reasons = next(e.explanation["reasons"] for e in bare.active if e.speaker == "trainee")
    assert not any("picks up the client's words" in r for r in reasons)


# --- files and validation --------------------------------------------------------------------

def test_malformed_persona_names_file_and_field(tmp_path: Path) -> None:
    data = json.loads(json.dumps(LIBRARY.get("ramon-mandated").model_dump(mode="json")))
    del data["sensitivities"]["confront"]
    data["lines"]["open"] = ["only one"]
    data["difficulty"] = 7
    data["topics"][0]["lines"]["open"] = []
    with pytest.raises(PersonaError) as info:
        parse_persona(data, "custom/ramon.yaml")
    message = str(info.value)
    assert message.startswith("custom/ramon.yaml:")
    assert "sensitivities: Value error, missing codes: confront" in message
    assert "lines.open:" in message and "difficulty:" in message
    assert "topics[0].lines.open:" in message
    bad = tmp_path / "broken.yaml"
    bad.write_text("id: broken\nname: [unclosed\n")
    with pytest.raises(PersonaError, match=r"broken.yaml: line \d+: not valid YAML"):
        load_persona_file(bad)


def test_a_trigger_in_two_topics_and_an_unknown_approach_move_are_named() -> None:
    data = json.loads(json.dumps(LIBRARY.get("ramon-mandated").model_dump(mode="json")))
    data["topics"][1]["triggers"].append("Locker")
    with pytest.raises(PersonaError, match=r"topics: Value error, trigger 'Locker' belongs to both"):
        parse_persona(data, "x.yaml")
    data = json.loads(json.dumps(LIBRARY.get("rania-crisis").model_dump(mode="json")))
    data["approach"][1]["after"] = "no such move"
    with pytest.raises(PersonaError, match=r"approach: Value error, .* 'no such move', which is not a move"):
        parse_persona(data, "x.yaml")
    data = json.loads(json.dumps(LIBRARY.get("duy-teen").model_dump(mode="json")))
    promise = next(m for m in data["approach"] if m["spoils"])
    promise["spoils"] = ["what stays privat"]
    with pytest.raises(PersonaError, match=r"approach: Value error, .* spoils 'what stays privat', which is not a move"):
        parse_persona(data, "x.yaml")


def test_extra_persona_folders_are_loaded(tmp_path: Path) -> None:
    data = LIBRARY.get("ramon-mandated").model_dump(mode="json")
    data["id"] = "ramon-copy"
    (tmp_path / "ramon-copy.yaml").write_text(yaml.safe_dump(data))
    library = load_library([tmp_path])
    assert "ramon-copy" in library.personas and len(library) == len(LIBRARY) + 1


# --- practice sessions ---------------------------------------------------------------------------

def test_practice_retry_restores_the_client_and_keeps_both_attempts() -> None:
    session = PracticeSession.start(LIBRARY.get("kofi-reactive"), seed=2)
    session.say("It sounds like the doctor's lecture got under your skin.")
    before = session.state.snapshot()
    session.say("You're in denial about the smoking.")
    session.retry()
    assert session.state.snapshot() == before
    session.say("It's your call what happens with the cigarettes.")
    trainee = [e for e in session.entries if e.speaker == "trainee"]
    assert [(e.turn, e.attempt, e.retracted) for e in trainee] == [(1, 1, False), (2, 1, True), (2, 2, False)]
    assert session.trainee_turns == 2


def test_practice_end_has_report_path_and_replayed_alternatives() -> None:
    session = PracticeSession.start(LIBRARY.get("ramon-mandated"), seed=1)
    session.say("It sounds like you'd rather be anywhere but here.")
    session.say("You need to control your temper.")
    session.say("What would make these sessions worth it for you?")
    end = session.end()
    assert end.openness_path[0] == LIBRARY.get("ramon-mandated").start_openness and len(end.openness_path) == 4
    moment = next(m for m in end.report.growth if m.quote == "You need to control your temper.")
    assert moment.replay is not None and moment.alternative
    assert moment.replay.alternative_after is not None and moment.replay.alternative_after > moment.replay.actual_after
    assert "would have reached" in end.render()


def test_an_alternative_is_offered_only_when_its_replay_beats_the_turn() -> None:
    for persona in ("kofi-reactive", "meena-pleaser", "femi-silent", "eugene-intellectualizing"):
        session = PracticeSession.start(LIBRARY.get(persona), seed=3)
        for line in ("Do you smoke?", "You should cut down.", "That sounds hard.", "Why not try harder?",
                     "How long has this been going on?"):
            if not session.ended:
                session.say(line)
        for m in session.end().report.growth:
            if m.alternative:
                assert m.replay is not None and m.replay.alternative_after is not None
                assert m.replay.alternative_after > m.replay.actual_after
            else:
                assert m.move, "no line: the moment names the better move"


def test_coach_mode_shows_a_better_line_right_away_for_a_growth_moment() -> None:
    session = PracticeSession.start(LIBRARY.get("kofi-reactive"), seed=2)
    first = session.say("It sounds like the doctor's lecture got under your skin.")
    pushed = session.say("You need to stop smoking.")
    assert pushed.better is not None and pushed.coaching().startswith(("Instead of your last turn, try:", "A better move for your last turn"))
    if pushed.better.alternative:
        assert len(pushed.better.alternative.split()) <= 32 and "stop smoking" not in pushed.better.alternative
    assert first.better is None or first.coaching()
    exam = PracticeSession.start(LIBRARY.get("kofi-reactive"), mode="exam", seed=2)
    assert exam.say("You need to stop smoking.").better is None


def test_practice_session_round_trips_and_continues_identically() -> None:
    persona = LIBRARY.get("duy-teen")
    a = PracticeSession.start(persona, seed=4)
    for text in ["You play games?", "What's the game?", "Top of the server, huh."]:
        a.say(text)
    b = PracticeSession.from_dict(json.loads(json.dumps(a.to_dict())), persona)
    assert a.say("Your pick what we do next.").reply == b.say("Your pick what we do next.").reply


def test_hint_suggests_a_joining_move_in_the_clients_words() -> None:
    session = PracticeSession.start(LIBRARY.get("seamus-reactive"), seed=1)
    hint = session.hint()
    assert code_turn(hint.example, session.last_client_line).stance is Stance.JOINING
    assert hint.why
    session.say("Do you drink?")
    session.say("How much?")
    assert "reflection" in session.hint().move


def test_every_turn_explains_the_change() -> None:
    engine, state = engine_state("kofi-reactive")
    text = "You should really stop smoking."
    e = engine.respond(state, code_turn(text), text).explanation
    assert e.code == "persuade" and e.openness_after < e.openness_before
    assert any("advice without permission" in r for r in e.reasons)
    assert "persuade" in e.render() and f"{e.openness_before} → {e.openness_after}" in e.render()


def test_question_runs_cost_extra() -> None:
    engine, state = engine_state("femi-silent")
    deltas = [engine.respond(state, code_turn(q), q).explanation for q in
              ["What do you do all day?", "How do you feel about that?", "What about your friends?",
               "And your family?"]]
    assert any("with no reflection between them" in r for r in deltas[2].reasons)


def test_a_yes_no_question_gets_an_answer_before_the_line() -> None:
    from personas.engine import DEFAULT_ANSWERS
    from tests.personas_play import play_live

    persona = packaged_library().get("kofi-reactive")
    session = play_live(persona, ["So your doctor sent you, and you'd rather be anywhere else.",
                                  "Do you smoke mostly on the taxi rank?"])
    reply = [e.text for e in session.active if e.speaker == "client"][-1]
    answers = {a for band in DEFAULT_ANSWERS.values() for a in band}
    assert any(a in reply for a in answers), reply
    # stacked questions get the client's reaction to being quizzed, not a tidy answer to each
    stacked = play_live(persona, ["How long have you smoked? Do you want to stop? Is it every day?"])
    last = [e.text for e in stacked.active if e.speaker == "client"][-1]
    assert not any(last.split("] ")[-1].startswith(a) for a in answers), last


def test_a_request_for_permission_is_answered_before_the_line() -> None:
    """Found by playing Kofi: "Would it be ok if I shared a bit of what we know about that whistle?"
    got "I park closer to the flat now…", neither yes nor no.  A client gives leave, or not, first."""
    from personas.engine import DEFAULT_CONSENT
    from tests.personas_play import play_live

    consent = {a for band in DEFAULT_CONSENT.values() for a in band}
    for persona_id in ("kofi-reactive", "crystal-mandated", "maricel-yes-but"):
        session = play_live(packaged_library().get(persona_id), [
            "So you came because you were sent, and you'd rather be somewhere else.",
            "Would it be okay if I shared a bit of what we know about that?"])
        reply = [e.text for e in session.active if e.speaker == "client"][-1]
        assert any(reply.split("] ")[-1].startswith(a) for a in consent), (persona_id, reply)


def test_a_bare_yes_or_no_only_answers_a_yes_no_question() -> None:
    """Found by playing Danny: "Which lessons are the worst?" got "Yes." from the pool of replies to
    being questioned.  A bare "Yes."/"No." now answers only a question that can be answered so."""
    from tests.personas_play import play_live

    persona = packaged_library().get("duy-teen")
    questions = ["Which lessons are the worst?", "Where do you go instead?", "Who do you skip with?",
                 "How long has it been like this?", "When did it start?", "Which teacher is the worst?"]
    for seed in range(6):
        session = play_live(persona, questions, seed)
        replies = [e.text.split("] ")[-1].strip() for e in session.active if e.speaker == "client"][1:]
        assert not any(r.rstrip(".!").lower() in ("yes", "no") for r in replies), replies


@pytest.mark.parametrize("persona_id", ["camila-hopping", "eugene-intellectualizing", "alasdair-doubting",
                                        "agnieszka-premature"])
def test_a_client_scorns_only_the_advice_that_was_given(persona_id: str) -> None:
    """Found by playing Camila: "maybe you should give it more time" got "Breathing exercises. Wow."
    A reply that names a piece of advice now needs the trainee to have named it."""
    from tests.personas_play import play_live

    advice = ["You should give it more time with one person.", "I think you need to commit to it this time.",
              "Maybe try writing down what went wrong each time."]
    for seed in range(4):
        session = play_live(packaged_library().get(persona_id), advice, seed)
        replies = " ".join(e.text.lower() for e in session.active if e.speaker == "client")
        assert not any(w in replies for w in ("breathing", "apps", "sleep hygiene", "walk more")), replies


_MARKED = [(p.id, line.split("} ", 1)[1]) for p in LIBRARY for lines in p.reactions.model_dump().values()
           for line in lines if line.startswith("{if:")]


@pytest.mark.parametrize("persona_id", sorted({pid for pid, _ in _MARKED}))
def test_a_reaction_about_something_particular_needs_the_trainee_to_have_said_it(persona_id: str) -> None:
    """Found in play: "You should ring Housing today." got Rania's "I didn't come for a lecture on
    saving."  Pushes that name none of the marked words never draw a marked line, and the mark is
    never spoken."""
    marked = [line for pid, line in _MARKED if pid == persona_id]
    pushes = ["You should ring them today.", "I think you need to tell someone.", "You're making this harder.",
              "Honestly I'm sure you'll be right as rain.", "You need to get some sleep.", "That's just not true."]
    for seed in range(6):
        session = PracticeSession.start(LIBRARY.get(persona_id), seed=seed)
        for push in pushes:
            if session.ended:
                break
            reply = session.say(push).reply
            assert "{if:" not in reply and not any(line in reply for line in marked), (push, reply)


def test_a_topic_raised_too_soon_is_refused_by_its_own_name() -> None:
    """Found while playing Rania: naming the pattern before the eviction was taken seriously got "My
    dad's got nothing to do with an eviction notice."  Nobody had mentioned her dad."""
    replies = []
    for seed in range(8):
        session = PracticeSession.start(LIBRARY.get("rania-crisis"), seed=seed)
        result = session.say("It's been one emergency after another for a while, the car, the power, now this.")
        assert "too_soon" in result.explanation.events
        replies.append(result.reply)
    assert not any("dad" in r or "Tony" in r for r in replies), replies


def test_a_cue_about_being_asked_follows_only_a_question() -> None:
    """Found in a supervisor helper's play: Crystal "[answers before you finish asking]" after "I'm not
    judging you…", which asked nothing."""
    statements = ["I'm not judging you.", "You've been doing this on your own.", "That sounds exhausting.",
                  "You love those kids.", "It's been a long year.",
                  # a question word in a statement asks nothing (my own play, twenty-sixth session)
                  "I send a short note to your caseworker, and I'll show you what it says before it goes.",
                  "That's what you've been carrying, on your own."] * 2
    questions = ["What happened that night?", "How are the kids doing?", "Do you want to be here?"] * 3
    asked = set()
    for seed in range(10):
        session = PracticeSession.start(LIBRARY.get("crystal-mandated"), seed=seed)
        for text in statements:
            reply = session.say(text).reply
            assert "finish asking" not in reply and "{if:" not in reply, (text, reply)
        session = PracticeSession.start(LIBRARY.get("crystal-mandated"), seed=seed)
        asked |= {session.say(q).reply for q in questions}
    assert any("[answers before you finish asking]" in r for r in asked)


def test_a_greeting_is_not_taken_as_an_interrogation() -> None:
    """Found in a novice play with Maricel: "hi maricel, how are you today?" got "Sorry, is this going
    somewhere?", her answer to a run of closed questions."""
    for persona in PERSONAS:
        for seed in range(3):
            result = PracticeSession.start(persona, seed=seed).say(f"hi {persona.name.split()[0].lower()}, how are you today?")
            assert result.sources[0].pool != "reactions.questioned", (persona.id, result.reply)


def test_a_marked_reaction_is_still_said_when_its_words_were_used() -> None:
    heard = set()
    for seed in range(12):
        session = PracticeSession.start(LIBRARY.get("rania-crisis"), seed=seed)
        heard.add(session.say("Have you tried a budgeting app to help you save money?").reply)
    assert any("saving" in r or "budgeting app" in r or "bad with money" in r for r in heard), heard


def test_practical_help_is_what_a_client_in_crisis_came_for() -> None:
    """Found in a supervisor helper's play: Rania ignored the letter she had asked for.  The help, offered
    plainly, is information, and it is her type's first need; the reply is about the letter."""
    session = PracticeSession.start(LIBRARY.get("rania-crisis"), seed=3)
    session.say("three weeks to get out with three kids - that's a lot to be carrying on your own.")
    asked = session.say("ok. I can write the support letter today, before you leave. what does Housing need it to say?")
    assert asked.sources[0].topic == "letter", asked.reply  # not "housing" on a tie
    offer = session.say("I'll write that it isn't safe for the kids in temporary accommodation, and I'll have "
                        "it ready this afternoon.")
    assert offer.coded.stance is Stance.NEUTRAL  # information, or a plain word of what happens next
    assert any("the crisis taken seriously: what Rania needs" in why for why in offer.explanation.reasons), \
        offer.explanation.reasons
    assert offer.sources[0].topic == "letter", offer.reply


def test_what_a_client_needs_said_inside_a_push_earns_nothing() -> None:
    """Found in a supervisor helper's play: "real talk, you're throwing away your grades…" earned Duy's
    "plain, playful words" (+4.9), so a confrontation cost him only 3 points."""
    session = PracticeSession.start(LIBRARY.get("duy-teen"), seed=9)
    result = session.say("real talk, no lectures, but you're throwing away your grades for nothing and it's going "
                         "to wreck your chances of uni, you know that right?")
    assert result.coded.stance is Stance.CONFRONTING
    assert not any("what Duy needs" in why for why in result.explanation.reasons), result.explanation.reasons
    assert result.explanation.delta <= -6


def test_a_plan_beyond_the_crisis_in_everyday_words_lets_rania_open_further() -> None:
    """Found in a supervisor helper's play: Rania sat at 79 for nine turns; "next tuesday you bring the
    drawer letters in and we open them together" did not count as a plan beyond the crisis."""
    from personas.engine import engine_for

    engine = engine_for(LIBRARY.get("rania-crisis"))
    state = engine.new_state(seed=11)
    state.openness, state.moves = 79, ("the crisis taken seriously", "the pattern named gently")
    text = ("ok. so the plan: I write the housing letter now, and next tuesday you bring the drawer letters in "
            "and we open them together. does that work for you?")
    reply = engine.respond(state, code_turn(text, state.recent[-1] if state.recent else ""), text)
    assert any("a plan beyond the crisis: what Rania needs" in why for why in reply.explanation.reasons), \
        reply.explanation.reasons


def test_pushback_comes_with_guarded_body_language_whatever_the_band() -> None:
    """Found in a supervisor helper's play: "[looks at you properly] Sorry, how is this helping?"."""
    persona = LIBRARY.get("rania-crisis")
    warm = set(persona.cues.engaged) | set(persona.cues.open) | set(persona.cues.ambivalent)
    seen = 0
    for seed in range(8):
        session = PracticeSession.start(persona, seed=seed)
        session.state.openness = 72
        for text in ["Did you sleep last night?", "Is the rent paid up?", "Do you have family nearby?",
                     "You should start a budget.", "I'm sure it'll all work out."]:
            result = session.say(text)
            if result.sources[0].pool.startswith("reactions.") and result.sources[0].pool != "reactions.joined":
                seen += 1
                assert not any(cue in result.reply for cue in warm), result.reply
    assert seen >= 5


def test_a_turn_about_the_clients_own_words_stays_on_their_topic() -> None:
    """No trigger in "the clipboard, huh?", but the client just said it about the supervisor."""
    session = PracticeSession.start(LIBRARY.get("ramon-mandated"), seed=1)
    first = session.say("What happened with the supervisor, from where you stood?")
    assert [s.topic for s in first.sources] == ["supervisor"] and "clipboard" in first.reply
    second = session.say("The clipboard. What is it about the clipboard?")
    assert "supervisor" in [s.topic for s in second.sources], second.sources


# --- the report's "why", per client ----------------------------------------------------------------

def _why_of_closed_question(persona_id: str, library: Library = LIBRARY) -> str:
    """Play two closed questions at a client and read the report's reason for the first."""
    session = PracticeSession.start(library.get(persona_id), mode="exam", seed=2)
    session.say("do you get headaches every day?")
    session.say("are you sleeping alright?")
    moment = next(m for m in session.end().report.growth if m.code == "question_closed")
    return moment.why


def test_the_why_of_a_weak_turn_is_about_this_client() -> None:
    """A closed question costs a people-pleaser an eager, empty yes and a silent student a nod; the
    report says which, by name, instead of one reason for everyone."""
    meena = _why_of_closed_question("meena-pleaser")
    femi = _why_of_closed_question("femi-silent")
    assert "Meena" in meena and "yes" in meena
    assert "Femi" in femi and "nod" in femi
    general = build_report(score_session([Turn("client", "I get headaches."), Turn("trainee", "every day?")]))
    assert general.growth and general.growth[0].why not in (meena, femi)  # no persona: the general reason


def test_a_persona_file_may_say_its_own_why_and_unknown_kinds_are_named(tmp_path: Path) -> None:
    data = json.loads(json.dumps(LIBRARY.get("meena-pleaser").model_dump(mode="json")))
    data["id"] = "meena-own-why"
    data["why"] = {"question_closed": "{name} hears a yes/no question as a test she must pass."}
    (tmp_path / "meena-own-why.yaml").write_text(yaml.safe_dump(data))
    assert _why_of_closed_question("meena-own-why", load_library([tmp_path])) == (
        "Meena hears a yes/no question as a test she must pass.")
    data["why"] = {"closed_question": "typo in the kind"}
    with pytest.raises(PersonaError, match=r"why: Value error, unknown kind of turn 'closed_question'; "
                                           r"expected one of: .*confront, .*question_closed"):
        parse_persona(data, "x.yaml")


def test_a_longer_trigger_owns_its_words() -> None:
    """Found by a helper playing Rania: offered the support letter she came for ("I can write the
    support letter for priority housing"), she answered about the move, because "priority housing"
    also counted as a hit for "housing" and her current topic won the tie."""
    session = PracticeSession.start(LIBRARY.get("rania-crisis"), mode="exam", seed=1)
    session.say("Three weeks' notice from the landlord, with three kids and nowhere lined up.")
    assert session.state.topic == "housing"
    result = session.say("I can write the support letter for priority housing. Shall we go through what the "
                         "housing office needs to see?")
    assert [s.topic for s in result.sources if s.pool.startswith("topics.")] == ["letter"]


def test_a_hint_for_staying_quiet_is_never_the_same_line_again() -> None:
    """Found by a helper who typed each hint to Ramon: the same "Take your time…" three turns
    running drew "You keep saying that", and the report counted it as a formula."""
    session = PracticeSession.start(LIBRARY.get("femi-silent"), seed=7)
    hints = []
    for _ in range(4):
        hints.append(session.hint())
        session.say(hints[-1].example or "ok")
    said = [h.example for h in hints[:3]]
    assert all(said) and len(set(said)) == 3
    # all three said already: the hint names the move and asks for the trainee's own words
    assert hints[3].example == "" and "own words" in hints[3].why and hints[3].render().startswith("Try staying")


def test_a_generic_word_does_not_pull_the_client_onto_another_subject() -> None:
    """Found playing Camila: "a few people before" (her past therapists) drew her line about her
    group chat, because "people" was a trigger of her friendships topic; and "the last one" (her
    last therapist) drew nothing about therapists at all."""
    session = PracticeSession.start(LIBRARY.get("camila-hopping"), seed=0)
    session.say("Hi Camila, I'm glad you came. What brings you in?")
    reflected = session.say("You've sat in this chair with a few people before, and you're half expecting "
                            "me to be one more who doesn't work out.")
    assert "people" not in [s.topic for s in reflected.sources], reflected.reply
    asked = session.say("What happened with the last one, from your side?")
    assert [s.topic for s in asked.sources][:1] == ["therapists"], asked.reply


@pytest.mark.parametrize("persona_id", sorted(p.id for p in LIBRARY))
def test_no_opening_shows_a_mark_meant_for_the_engine(persona_id: str) -> None:
    """Crystal's "{if:what|how|…} [answers before you finish asking]" had opened sessions with the
    mark printed, because the opening drew cues without reading their marks."""
    for seed in range(30):
        opening = PracticeSession.start(LIBRARY.get(persona_id), seed=seed).last_client_line
        assert "{" not in opening and "}" not in opening, (seed, opening)


def test_a_line_that_answers_a_statement_never_follows_a_question() -> None:
    """Seamus's "That's your opinion. I've a different one." had answered "What would it be like to
    talk about the evenings?": marked {after:told}, it follows only a turn that said something."""
    persona = LIBRARY.get("seamus-reactive")
    marked = [line.split("} ", 1)[1] for line in persona.lines.closed if line.startswith("{after:told}")]
    assert len(marked) == 2
    asked, told = Counter(), Counter()
    for seed in range(40):
        for text, seen in [("What would it be like to talk about the evenings?", asked),
                           ("People keep deciding things for you, and you are sick of it.", told)]:
            engine, state = engine_state("seamus-reactive", seed)
            reply = engine.respond(state, code_turn(text, *engine.context(state)), text)
            assert "{" not in reply.text
            seen.update(line for line in marked if line in reply.text)
    assert not asked and told, (asked, told)


def test_a_mark_the_engine_does_not_read_is_named_with_its_field() -> None:
    data = json.loads(json.dumps(LIBRARY.get("seamus-reactive").model_dump(mode="json")))
    data["lines"]["closed"][4] = "{aftr:told} That's your opinion."
    with pytest.raises(PersonaError, match=r"lines\.closed\[4\]: Value error, unknown mark \{aftr:told\}"):
        parse_persona(data, "seamus.yaml")
    data["lines"]["closed"][4] = "{after:askd} That's your opinion."
    with pytest.raises(PersonaError, match=r"unknown mark \{after:askd\}"):
        parse_persona(data, "seamus.yaml")


def test_a_client_says_it_was_asked_before_only_when_it_was() -> None:
    """A supervisor helper got Alasdair's "You've asked me that before." to a question asked once."""
    fresh = ["do you sleep ok?", "is the diary helping?", "did you go out this week?", "do you see your friends?",
             "are you eating ok?", "is morag well?", "do you still teach?", "did you walk the dog?"]
    again, once = 0, 0
    for seed in range(12):
        session = PracticeSession.start(LIBRARY.get("alasdair-doubting"), seed=seed)
        replies = [session.say(q).reply for q in fresh]
        once += sum("asked me that before" in r for r in replies)
        session = PracticeSession.start(LIBRARY.get("alasdair-doubting"), seed=seed)
        replies = [session.say("do you sleep ok?").reply for _ in range(8)]
        again += sum("asked me that before" in r for r in replies)
    assert once == 0 and again > 0, (once, again)


def test_yes_and_no_at_once_answers_closed_questions_only() -> None:
    """"Yes. No. Next question?" had answered "so what is your side of it? what happened before he got in
    your face?" (Ramon), two open questions."""
    said = Counter()
    for seed in range(12):
        for persona_id in ("ramon-mandated", "harjit-stigma", "maricel-yes-but", "crystal-mandated"):
            session = PracticeSession.start(LIBRARY.get(persona_id), seed=seed)
            for text in ["what happened that day?", "how does that sit with you?", "what would you want from this?",
                         "what's it like at home?", "how did the week go?", "what do you make of all this?"]:
                said[session.say(text).reply.split("] ")[-1].startswith(("Yes. No", "Aye. No"))] += 1
    assert said[True] == 0 and said[False] > 0


def test_after_a_breakthrough_a_question_is_not_answered_as_if_it_were_a_reflection() -> None:
    """"What would you like to do with that, going forward?" had got "Yeah. Exactly that." (Meena), and Kofi's
    "what would 'your way' look like?" "Thank you. I've never said that out loud before."."""
    question, reflection = Counter(), Counter()
    for seed in range(20):
        for text, seen in [("What would you like to do with that, going forward?", question),
                           ("Doing things yourself is easier than the fuss of asking, and so nobody does them "
                            "for you.", reflection)]:
            engine, state = engine_state("meena-pleaser", seed)
            state.openness, state.state = 90, "breakthrough"
            reply = engine.closing(state, code_turn(text, *engine.context(state)), text)
            seen[any(told in reply.text for told in ("That's it.", "Exactly that.", "never said that out loud"))] += 1
            # and the other way round: "I don't know yet." answers a question; after a reflection it steps back (a
            # fifteenth helper round heard it close Kofi's and Maricel's breakthroughs alike)
            seen["unsure"] += "I don't know yet" in reply.text
        engine, state = engine_state("meena-pleaser", seed)
        state.openness, state.state = 90, "breakthrough"
        asked = "What makes doing things yourself easier than the fuss of asking?"
        question["unsure"] += "I don't know yet" in engine.closing(state, code_turn(asked, *engine.context(state)),
                                                                   asked).text
    assert not question[True] and reflection[True], (question, reflection)
    assert question["unsure"] and not reflection["unsure"], (question, reflection)


def test_a_reply_does_not_tell_the_same_thing_twice() -> None:
    """A supervisor helper heard Eugene's father topic line ("He asked me what I work on. Twice…") and
    the disclosure about the same phone call ("…he asked me what I work on. Twice in ten minutes…")
    in one reply."""
    both = disclosed = 0
    for seed in range(40):
        engine, state = engine_state("eugene-intellectualizing", seed)
        state.openness, state.state, state.disclosed = 75, "engaged", 2
        state.moves = ("feeling offered tentatively",)
        text = "Your father's memory, and you watching it go while you study memory for a living."
        reply = engine.respond(state, code_turn(text, *engine.context(state)), text)
        disclosed += "Twice in ten minutes" in reply.text
        both += "Twice in ten minutes" in reply.text and "I explained it twice" in reply.text
    assert disclosed and not both, (disclosed, both)


# my own skilled play, twenty-sixth session
SEAMUS_2601 = [
    "So coming here was the doctor's idea, not yours, and it's the price of the tablets.",
    "You've run your own life a long time, and you'd rather not have a doctor or anyone else deciding how it goes now.",
    "They called it mild, but it didn't feel mild to you at all. Something about it shook you.",
    'Flat, and you put it down to the winter. What are the days like for you since the farm went?',
    'A Dublin man down at weekends, on land your people worked every day. That must sit hard with you.',
    "You're not ill, you're quiet. And nobody's going to put a label on you here that you don't agree with.",
    "A walk for old lads. You don't sound sold on it.",
    "You go the long way round so you don't have to see the place. Seeing it would cost you something.",
    "Your grandfather's hedgerows torn out, and you still waking at six for cattle that aren't there. The body hasn't caught up with the sale.",
    "Forty years keeping it for Kevin, and he never wanted it. That's a hard thing to carry on your own.",
    "He rang, and you were short with him, and you're not sure why. Part of you maybe wanted something from that call you couldn't say.",
]


def test_a_line_that_says_a_run_of_the_clients_recent_words_again_is_not_said() -> None:
    """My own skilled play with Seamus (twenty-sixth session): two lines after "…Forty years I kept that land for him
    and he's in Perth fixing computers." he said "I kept that land for him forty years. He never wanted it. I took
    that hard.", the same thing told twice, in another order."""
    session = PracticeSession.start(LIBRARY.get("seamus-reactive"), seed=2601)
    for text in SEAMUS_2601:
        result = session.say(text)
        said = result.reply.split("] ")[-1].lower()
        earlier = " ".join(session.state.recent[-4:-1]).lower()
        assert not ("kept that land for him" in said and "kept that land for him" in earlier), result.reply


def test_another_question_only_after_a_question() -> None:
    """Kofi's "Another question. You people love questions." had answered the session's first question."""
    firsts, seconds = Counter(), Counter()
    for seed in range(30):
        session = PracticeSession.start(LIBRARY.get("kofi-reactive"), seed=seed)
        session.say("The doctor sent you, and you'd rather be driving.")
        firsts["Another question" in session.say("how many do you smoke a day?").reply] += 1
        seconds["Another question" in session.say("do you want to stop?").reply] += 1
    assert not firsts[True] and seconds[True], (firsts, seconds)


_TURNS = ["What's that been like?", "There's a lot going on for you.", "How do you mean?",
          "Part of you wants this over with.", "What matters most to you in all this?",
          "You've had to carry a lot on your own.", "Tell me more.", "And that's been hard to say."]


@pytest.mark.parametrize("persona_id", sorted(p.id for p in LIBRARY))
def test_a_client_does_not_retell_what_it_just_said_nor_repeat_a_gesture(persona_id: str) -> None:
    """A supervisor helper heard Crystal say "I'm scared I'm not okay, and if I say that, they'll say
    I'm not fit." twice in a row, and Camila "[closes the notebook]" three times."""
    from personas.engine import _retells
    for seed in range(3):
        session = PracticeSession.start(LIBRARY.get(persona_id), seed=seed)
        said: list[str] = [session.last_client_line]
        for text in _TURNS:
            if session.ended:
                break
            result = session.say(text)
            line = result.reply
            if result.sources and result.sources[0].pool.startswith(("topics.", "lines.")) and len(result.sources) == 1:
                words = line.split("] ")[-1]
                assert not any(_retells(words, before) for before in said[-3:]), (said[-3:], line)
            gesture = line.split("]")[0] + "]" if line.startswith("[") else None
            if gesture and len(LIBRARY.get(persona_id).cues.of(Band(result.explanation.state_after)
                                                            if result.explanation.state_after in {b.value for b in Band}
                                                            else Band.CLOSED)) > 3:
                assert not any(gesture in before for before in said[-2:]), (said[-2:], line)
            said.append(line)


def test_a_types_reasons_speak_of_the_client_by_their_own_pronoun() -> None:
    """A supervisor helper read "Crystal has been told what to do by the people who sent them"."""
    from personas.why import why_for

    crystal, duy = why_for(packaged_library().get("crystal-mandated")), why_for(packaged_library().get("duy-teen"))
    assert "the people who sent her" in crystal["persuade"] and " them" not in crystal["persuade"]
    assert "the thing he is resisting; his own ideas are the only ones he will try" in duy["persuade"]
    femi = why_for(packaged_library().get("femi-silent"))
    assert femi["stacked_questions"].endswith("none of them.")


def test_a_client_who_is_a_parent_hears_being_a_parent_as_about_themselves() -> None:
    # a fourth supervisor helper's Ramon: "nobody telling you what kind of dad you are" got a line about his own father
    for seed in range(5):
        session = PracticeSession.start(LIBRARY.get("ramon-mandated"), mode="exam", seed=seed)
        session.say("Can we just do the six hours and be done?")
        result = session.say("Six hours, in and out, and nobody telling you what kind of dad you are.")
        assert all(source.topic != "father" for source in result.sources), result.reply


def test_a_line_that_answers_a_label_waits_for_the_label() -> None:
    # Seamus had said "Depressed? I'm retired." to "What do the days look like now, with the calving gone?"
    turns = ["Your daughter made the appointment, not you.", "Sixty acres, and the cows. That's a lot of years.",
             "What do the days look like now?", "The farm's gone and the days are long.",
             "You'd rather be getting on with it than sitting here.", "What's a normal day now?"]
    for seed in range(30):
        session = PracticeSession.start(LIBRARY.get("seamus-reactive"), mode="exam", seed=seed)
        replies = [session.say(text).reply for text in turns if not session.ended]
        assert not any("Depressed?" in reply for reply in replies), seed


def test_reflections_in_other_words_turn_after_turn_do_not_wear_thin() -> None:
    # my own skilled play with Crystal: three different reflections in a row, each in words other than hers,
    # had earned a third of their worth as "the same move again"
    session = PracticeSession.start(LIBRARY.get("crystal-mandated"), mode="exam", seed=62)
    for text in ["hey crystal. u didnt pick coming here, the court did. so ur call what we use the hour for",
                 "ok. the sheet gets signed whatever we talk about. what goes back to ur caseworker is attendance, "
                 "not what u say",
                 "so ur working nights, kids, and now this on top. thats a lot of plates",
                 "sounds like people keep checking on u like ur the problem, when ur the one holding it together",
                 "part of u wants this over with, and part of u is tired of being watched"]:
        session.say(text)
    paraphrased = [e.explanation["reasons"][0] for e in session.active
                   if e.speaker == "trainee" and e.explanation and e.code in ("reflection_simple", "reflection_complex")
                   and "follows what the client said, in" in e.explanation["reasons"][0]]
    assert len(paraphrased) >= 2
    assert not any("same move again" in reason for reason in paraphrased)


def test_a_reflection_that_invents_a_fact_of_their_life_is_put_right() -> None:
    # a fifth supervisor helper's Agnieszka: "the drinking… since your divorce", neither ever mentioned, had earned
    # a complex reflection's worth and unlocked more
    session = PracticeSession.start(LIBRARY.get("agnieszka-premature"), mode="exam", seed=74)
    session.say("You'd like to get to the point quickly.")
    invented = session.say("And the drinking has been going on since your divorce, so quitting it is about getting "
                           "your life back after that.")
    assert "misquoted" in invented.explanation.events and invented.explanation.delta < 0
    assert any("never said" in reason for reason in invented.explanation.reasons)


def test_a_relative_the_client_never_named_is_put_right_and_one_they_named_is_not() -> None:
    # my own play: "losing your uncle to this really shook you" to Kofi, who had named no uncle, earned +3
    session = PracticeSession.start(LIBRARY.get("kofi-reactive"), mode="exam", seed=1)
    invented = session.say("it sounds like losing your uncle to this really shook you")
    assert "misquoted" in invented.explanation.events and invented.explanation.delta < 0
    engine = ClientEngine(LIBRARY.get("kofi-reactive"))
    state = engine.new_state(3)
    engine.hear(state, "My nan smoked forty a day and lived to ninety.")
    text = "Your grandmother smoked all her life and it never caught up with her."
    assert "misquoted" not in engine.respond(state, code_turn(text, state.recent[-1]), text).explanation.events


def test_a_fact_they_told_in_other_words_or_the_referral_gives_is_no_invention() -> None:
    session = PracticeSession.start(LIBRARY.get("seamus-reactive"), mode="exam", seed=3)
    session.say("Your daughter made the appointment, not you.")
    told = session.say("The whiskey at night, and the drinking is the thing the doctor keeps on about.")
    assert "misquoted" not in told.explanation.events
    session = PracticeSession.start(LIBRARY.get("ramon-mandated"), mode="exam", seed=3)
    session.say("Six sessions, then your shift back.")
    assert "misquoted" not in session.say("You're a dad of two who got sent here over one bad night.").explanation.events
    engine = ClientEngine(LIBRARY.get("kofi-reactive"))
    state = engine.new_state(3)
    engine.hear(state, "A few pints after the last fare. That's my evening.")
    text = "The drinking after the last fare is the one bit of the evening that's yours."
    assert "misquoted" not in engine.respond(state, code_turn(text, state.recent[-1]), text).explanation.events


@pytest.mark.parametrize(("persona_id", "move", "text"), [
    # a fifth supervisor helper's skilled sessions sat at 69 after saying just this
    ("alasdair-doubting", "a plain rationale", "Most people find a few sessions is enough to tell whether it's "
     "shifting anything. We could pick something concrete you'd notice and check it each week."),
    # a fourteenth helper round's skilled trainee granted Seamus his view in a reflection; only "You have a point" opened
    ("seamus-reactive", "his view validated", "Being quiet is just what a man does once the work is done, and it grates "
     "on you that the doctor and your daughter are calling it something else."),
    # a thirteenth helper round's skilled trainee said it twice, plainly, and the gate held at 69 for five turns
    ("alasdair-doubting", "a plain rationale", "These sessions are for finding what gives you a bit of purpose again, "
     "and we'd know it's working if you're saying yes to more of your week."),
    ("alasdair-doubting", "a plain rationale", "To put it plainly: talking therapy for low mood works by finding "
     "what still matters to you and doing a little more of it."),
    ("camila-hopping", "realistic expectations", "I won't pretend I can promise nothing will ever change on my "
     "end, but if it did you'd hear it early and we'd plan the ending together."),
])
def test_a_gate_hears_its_move_in_everyday_words(persona_id: str, move: str, text: str) -> None:
    engine, state = engine_state(persona_id)
    state.openness = 69
    reply = engine.respond(state, coded(text, Code.GIVING_INFORMATION), text).explanation
    assert any(reason.startswith(move) for reason in reply.reasons), reply.reasons


def test_a_short_stock_line_said_again_earns_nothing_again() -> None:
    # my own gaming play with Kofi: the fourth "It's your choice." bolted onto a turn had earned autonomy's full +9
    session = PracticeSession.start(LIBRARY.get("kofi-reactive"), mode="exam", seed=83)
    for text in ["It sounds like you feel frustrated.", "It sounds like you feel frustrated about the smoking.",
                 "Part of you wants to smoke, and part of you wants to stop.", "It's your choice.",
                 "It's totally your choice, you're the boss."]:
        session.say(text)
    again = session.say("So what I'm hearing is, the rank is your break. It's your choice.").explanation
    assert any("a line said before left aside" in reason for reason in again.reasons), again.reasons
    assert not any(reason.startswith("emphasizing autonomy") for reason in again.reasons)


@pytest.mark.parametrize("persona_id", ["duy-teen", "maricel-yes-but"])
def test_a_question_about_who_hears_what_they_say_wants_an_answer_not_the_next_topic(persona_id: str) -> None:
    """Found in my own play: Duy's "You gonna tell my parents what I say?" then "How's school?" had
    earned him a point, and a straight answer (information) had cost one."""
    question = {"duy-teen": "You gonna tell my parents what I say?", "maricel-yes-but": "Is this for the EAP form?"}
    engine, state = engine_state(persona_id)
    engine.hear(state, question[persona_id])
    before = state.openness
    dodge = "How's school going, apart from that?"
    reply = engine.respond(state, code_turn(dodge, question[persona_id]), dodge)
    assert state.openness <= before
    assert any("went unanswered" in r for r in reply.explanation.reasons)
    assert any(line in reply.text for line in DEFAULT_DODGED), reply.text

    engine, state = engine_state(persona_id)
    engine.hear(state, question[persona_id])
    answer = "Fair question. It stays between us: nobody else reads it unless I'm worried you're not safe."
    reply = engine.respond(state, code_turn(answer, question[persona_id]), answer)
    assert state.openness > before, reply.explanation.reasons
    # a reflection of the worry takes the question up too: it is not a dodge
    engine, state = engine_state(persona_id)
    engine.hear(state, question[persona_id])
    worry = "You want to know who's going to hear about this before you say anything."
    reply = engine.respond(state, code_turn(worry, question[persona_id]), worry)
    assert not any("went unanswered" in r for r in reply.explanation.reasons)


def test_the_coach_offers_the_personas_honest_answer_when_asked_who_hears() -> None:
    """No frame built from Ramon's words can know that HR gets only the attendance form; the persona's
    `privacy` line can, and it is offered when it does better than what the trainee said."""
    engine, state = engine_state("ramon-mandated")
    engine.hear(state, "What do you write down about me? Who sees that?")
    before = state.snapshot()
    offered = suggestion(engine, before, before["openness"], ["How was work this week?"])
    assert offered.alternative == LIBRARY.get("ramon-mandated").privacy
    assert offered.replay is not None and offered.replay.alternative_after > before["openness"]
    # once the trainee has said it, it is not offered again as if new
    said_it = suggestion(engine, before, before["openness"], [offered.alternative])
    assert said_it.alternative != offered.alternative


def test_a_client_credits_a_record_of_listening_only_when_there_is_one() -> None:
    """Found by a gamer helper: twelve "Mm."s and one reflection drew Seamus's "You listen better than
    most, I'll give you that."."""
    first, later = [], []
    for seed, turn in ((seed, turn) for seed in range(15) for turn in range(3)):
        for record, out in ((0, first), (5, later)):
            engine, state = engine_state("seamus-reactive", seed)
            state.turn, state.listened_turns = turn, record
            # late in a session: what he has to say on the subject, and his stock lines, are said
            state.used_lines = tuple(f"{pool}.{i}" for pool in ("topics.heart.closed", "lines.closed")
                                     for i in range(12))
            engine.hear(state, "The doctor says I have to talk to someone. My job's my own business.")
            text = "The doctor has his job, and the running of your life is yours, not his."
            out.append(engine.respond(state, code_turn(text, state.recent[-1], state.recent[:-1]), text).text)
    assert not any("listen" in line.lower() for line in first), [s for s in first if "listen" in s.lower()]
    assert any("listen" in line.lower() for line in later)  # the line is there, once it is earned


def test_a_yes_but_answers_only_the_suggestion_that_was_made() -> None:
    """Found in my own play and a helper's: Maricel answered a reflection with "Exercise, yes. When?",
    and a rostering app with "Mindfulness, yes, they gave us an app."."""
    said = []
    for seed in range(30):
        engine, state = engine_state("maricel-yes-but", seed)
        for text in ("So the agency money is tempting, and no pension makes it feel like a trap.",
                     "Have you tried a rostering app to swap shifts?"):
            said.append(engine.respond(state, code_turn(text, state.recent[-1]), text).text)
    assert not any("Exercise, yes" in line or "Mindfulness, yes" in line for line in said)


def test_a_sensitive_topic_the_client_raised_in_other_words_is_theirs_to_name() -> None:
    """Found by a supervisor helper: Harjit said "People here put their parents in homes.", and the trainee's
    "a care home isn't on the table" was charged -6 for raising the care home too early."""
    text = "Whatever the tiredness costs you, a care home isn't on the table for you."

    def too_early(heard: str | None) -> bool:
        engine, state = engine_state("harjit-stigma")
        if heard:
            engine.hear(state, heard)
        reply = engine.respond(state, code_turn(text, state.recent[-1]), text)
        return any("raised before the client brought it up" in r for r in reply.explanation.reasons)

    assert too_early(None)
    assert not too_early("People here put their parents in homes. We don't do that.")


def test_raised_as_must_name_a_sensitive_topic(tmp_path: Path) -> None:
    source = Path(__file__).resolve().parents[1] / "personas" / "library" / "harjit-stigma.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    data["raised_as"] = {"the farm": ["the land"]}
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(PersonaError) as caught:
        load_persona_file(bad)
    assert "bad.yaml" in str(caught.value) and "raised_as" in str(caught.value)


def test_the_trainees_own_job_is_not_the_clients_topic() -> None:
    """A supervisor helper's apology to Ramon, "i was lecturing u and thats not my job", was read as bringing
    up his work before he had: the trainee's "my job" is theirs, and "your job" still is his."""
    session = PracticeSession.start(LIBRARY.get("ramon-mandated"), seed=2)
    engine, state = session._engine, session.state
    assert engine._topic("sorry, i was lecturing you and that's not my job", state)[0] is None
    topic = engine._topic("how's the job going for you", state)[0]
    assert topic is not None and topic.id == "work"


@pytest.mark.parametrize("persona_id", ["duy-teen", "crystal-mandated", "maricel-yes-but"])
def test_asking_why_they_have_not_changed_costs_what_an_open_question_earns(persona_id: str) -> None:
    """"so why arent u going to school?" had earned Duy's open-question worth; it asks for a defence."""
    why_not = PracticeSession.start(LIBRARY.get(persona_id), seed=2).say("Why haven't you sorted it out yet?")
    what = PracticeSession.start(LIBRARY.get(persona_id), seed=2).say("What do you make of it all yourself?")
    assert Flag.WHY_NOT in why_not.coded.flags
    assert why_not.explanation.delta < min(0, what.explanation.delta)


def test_a_person_put_in_their_mouth_is_listed_to_redo_however_little_it_cost() -> None:
    # a supervisor helper's report left out the mother a trainee had invented, although the turn cost -6
    session = PracticeSession.start(LIBRARY.get("kofi-reactive"), mode="exam", seed=1)
    session.say("The air in Manchester feels worse to you than the cigarettes.")
    invented = "losing your uncle to this really shook you"
    session.say(invented)
    session.say("You enjoy it, and nobody wants to hear that.")
    moment = next(m for m in session.end().report.growth if m.quote == invented)
    assert moment.issue.startswith("words the client never said") and "never mentioned" in moment.why


def test_a_label_offered_as_a_question_costs_what_a_label_costs() -> None:
    # a supervisor helper's novice asked Ramon "Do you think you have an anger problem?" and he answered calmly, +0
    asked = PracticeSession.start(LIBRARY.get("ramon-mandated"), seed=31).say("Do you think you have an anger problem?")
    assert asked.coded.code is Code.QUESTION_CLOSED and Flag.LABELLING in asked.coded.flags
    assert asked.explanation.delta <= LIBRARY.get("ramon-mandated").flag_weight(Flag.LABELLING)


def test_leave_asked_then_the_freedom_to_refuse_it_still_gets_a_yes_or_no() -> None:
    asked = "would it be ok if i shared something a lot of people in your spot find useful? you can tell me if it doesn't fit"
    persona = LIBRARY.get("kofi-reactive")
    reply = PracticeSession.start(persona, seed=13).say(asked).reply
    consent = [line for band in Band for line in (persona.consent.of(band) if persona.consent else DEFAULT_CONSENT[band])]
    assert any(line in reply for line in consent), reply


def test_a_late_answer_to_who_hears_still_counts_and_a_quoted_question_is_no_answer() -> None:
    """Found by a supervisor helper: Harjit's "Do you write down everything I say?" dodged, then
    answered honestly a turn later, had earned nothing; "When you say do you write down everything
    I say, what's underneath that?" had been credited as a straight answer."""
    question = "Do you write down everything I say?"
    engine, state = engine_state("duy-teen")
    engine.hear(state, question)
    quoted = "When you say do you write down everything I say, what's underneath that?"
    reply = engine.respond(state, code_turn(quoted, question), quoted)
    assert not any("a straight answer" in r for r in reply.explanation.reasons), reply.explanation.reasons
    assert state.owed_answer
    engine.hear(state, "Whatever.")
    late = "sorry, i should have said. what you tell me stays in this room, unless you're not safe."
    reply = engine.respond(state, code_turn(late, "Whatever."), late)
    assert any("a straight answer" in r for r in reply.explanation.reasons), reply.explanation.reasons
    assert not state.owed_answer
    # the answer is owed once: said again later it is not a new answer
    engine.hear(state, "Okay.")
    reply = engine.respond(state, code_turn(late, "Okay."), late)
    assert not any("a straight answer" in r for r in reply.explanation.reasons)


def test_a_turn_that_did_not_listen_never_opens_the_next_band() -> None:
    """Found by a gamer helper: a stock "It sounds like you feel frustrated." as Alasdair's first
    turn took him from guarded to ambivalent, and drew his first admission."""
    for seed in range(6):
        engine, state = engine_state("alasdair-doubting", seed)
        engine.hear(state, "I've read the NHS page on it. Moderate evidence.")
        state.openness = 39
        stock = "It sounds like you feel frustrated."
        reply = engine.respond(state, code_turn(stock, "I've read the NHS page on it. Moderate evidence."), stock)
        assert state.openness <= 39, reply.explanation.reasons
    engine, state = engine_state("alasdair-doubting")
    line = "I've read the NHS page on it. Moderate evidence. Moderate."
    engine.hear(state, line)
    state.openness = 39
    heard = "You went and read the evidence yourself, and 'moderate' isn't much to stake your time on."
    engine.respond(state, code_turn(heard, line), heard)
    assert state.openness >= 40


def test_a_turn_that_goes_past_a_disclosure_opens_the_client_no_further() -> None:
    """My own play: right after Ramon told of his daughter locking her door, a question about HR that
    picked up "eight" from further back had earned +4; a helper found the same with Eugene's father."""
    persona = LIBRARY.get("ramon-mandated")
    told = persona.disclosures[1].text  # his daughter locked her door
    past = "What would you want HR to understand about those eight months?"
    met = "your girl locked herself in her room to get away from you. that's stayed with you."
    gains = {}
    for name, text in (("past", past), ("met", met)):
        engine, state = engine_state("ramon-mandated")
        engine.hear(state, "I let it slide eight months.")
        state.openness, state.disclosed = persona.disclosures[1].at, 2
        engine.hear(state, told)
        before = state.openness
        reply = engine.respond(state, code_turn(text, told), text)
        gains[name] = state.openness - before
        if name == "past":
            assert any("disclosed go by" in r for r in reply.explanation.reasons), reply.explanation.reasons
    assert gains["past"] <= 0 < gains["met"], gains


def test_a_reflection_that_goes_back_to_something_else_passes_a_disclosure_over() -> None:
    """My own play: right after Duy told of sitting alone behind the gym, "sounds like the game is the
    part of the day that's actually yours" had earned +7; a reflection of the gym opens him."""
    session = PracticeSession.start(LIBRARY.get("duy-teen"), mode="exam", seed=2)
    told = LIBRARY.get("duy-teen").disclosures[0].text
    for text in ("yeah, everyone does. and I'm guessing you're sick of adults making a big deal about it",
                 "what kind of games?", "one or two in the morning, and then school at eight. that's a short night"):
        session.say(text)
        if told in session.last_client_line:
            break  # the moment the disclosure is the client's latest line
    assert told in session.last_client_line
    snapshot = session.to_dict()
    elsewhere = session.say("sounds like the game is the part of the day that's actually yours").explanation
    assert elsewhere.delta <= 0 and any("disclosed go by" in r for r in elsewhere.reasons), elsewhere.reasons
    again = PracticeSession.from_dict(snapshot, LIBRARY.get("duy-teen"))
    met = again.say("so skipping isn't about going anywhere. you go behind the gym because it's quiet, and school isn't.")
    assert met.explanation.delta > 0


def _answered(persona_id: str, heard: list[str], text: str, openness: int | None = None) -> ClientReply:
    """The client's reply to `text` from a fresh state that has heard `heard` (seed 3)."""
    engine = ClientEngine(LIBRARY.get(persona_id))
    state = engine.new_state(3)
    if openness is not None:
        state.openness = openness
    for line in heard:
        engine.hear(state, line)
    return engine.respond(state, code_turn(text, state.recent[-1]), text)


MOCKED = "Every one of them said 'that must be hard' in the first ten minutes."


def test_the_line_the_client_mocked_said_to_them_is_met_with_there_it_is() -> None:
    # a supervisor helper's Camila: she had said the others all said 'that must be hard' in the first ten
    # minutes; "That must be hard." then earned +0 and "Okay, that's a bit different from what the others said."
    reply = _answered("camila-hopping", [MOCKED], "That must be hard.")
    assert "cliche" in reply.explanation.events and reply.explanation.delta < 0
    assert reply.text.split("] ")[-1] in DEFAULT_CLICHE
    # the same line however dressed (a thirteenth helper round: this one had opened her further)
    for dressed in ("It sounds like that's really hard for you.", "that sounds so hard"):
        assert "cliche" in _answered("camila-hopping", [MOCKED], dressed).explanation.events, dressed
    # said about the quote, it reflects the complaint and is no cliché
    about = _answered("camila-hopping", [MOCKED], "They all said 'that must be hard' and then nothing changed.")
    assert "cliche" not in about.explanation.events
    # an apostrophe is not a quote mark
    engine = ClientEngine(LIBRARY.get("camila-hopping"))
    state = engine.new_state(3)
    engine.hear(state, "I didn't want to go. The others' rooms were worse.")
    assert state.cliches == ()


def test_a_ruptured_client_opens_to_a_repair_and_not_to_their_jab_handed_back() -> None:
    # a supervisor helper's Kofi: after "Lecture, lecture." the coach offered "Lecture, lecture. How is that for
    # you?", and saying it earned +9 as "repair after the rupture"
    engine = ClientEngine(LIBRARY.get("kofi-reactive"))

    def after_rupture() -> ClientState:
        state = engine.new_state(4)
        for text in ["you need to stop smoking, it's killing you", "you're in denial about this, be honest"]:
            engine.respond(state, code_turn(text, state.recent[-1] if state.recent else ""), text)
        assert state.ruptured
        engine.hear(state, "You see? Just like the doctor. Lecture, lecture.")
        return state

    for text, repairs in [("Lecture, lecture. How is that for you?", False),
                          ("You're right, that was a lecture, and you've had enough of those.", True)]:
        state = after_rupture()
        reply = engine.respond(state, code_turn(text, state.recent[-1]), text)
        assert ("repair" in reply.explanation.events) is repairs and (reply.explanation.delta > 0) is repairs
        assert state.ruptured is not repairs


SUNDAY = "My mother calls every Sunday. The money goes home, that's just how it is."


@pytest.mark.parametrize(("persona_id", "heard", "text", "put_right"), [
    # a supervisor helper's Maricel: the quote was never said, and had been credited as following her
    ("maricel-yes-but", SUNDAY, "It sounds like you feel that 'it's expected, especially being the eldest'.", True),
    ("maricel-yes-but", SUNDAY, "'That's just how it is' - and it's been that way a long time.", False),
    # a second helper round: a quoted sentence ending in its full stop
    ("eugene-intellectualizing", "The presentation went badly. Slide fourteen. Eleven people watched.",
     "As you put it earlier, 'I'm terrified my colleagues will see I'm a fraud.' That must weigh on you.", True),
])
def test_words_in_quote_marks_the_client_never_said_are_put_right(persona_id: str, heard: str, text: str,
                                                                   put_right: bool) -> None:
    assert ("misquoted" in _answered(persona_id, [heard], text).explanation.events) is put_right


def test_a_disclosure_reflected_in_other_words_is_taken_up() -> None:
    # a supervisor helper's Ramon: "it's being talked down to, like you're less than" right after his disclosure
    # that the supervisor talks slow to him had been judged to let the disclosure go by (+0)
    engine = ClientEngine(LIBRARY.get("ramon-mandated"))
    state = engine.new_state(3)
    told = next(d.text for d in engine.persona.disclosures if "slow" in d.text)
    state.disclosed = 1 + [d.text for d in engine.persona.disclosures].index(told)
    engine.hear(state, "He got in my face about the pallet count in front of my crew. I hit the locker.")
    engine.hear(state, f"I keep replaying it. {told}")
    text = "so it wasn't only the pallet count. it's being talked down to, like you're less than."
    reply = engine.respond(state, code_turn(text, state.recent[-1]), text)
    assert not any("disclosed go by" in reason for reason in reply.explanation.reasons)


def test_an_affirmation_of_what_was_disclosed_takes_it_up() -> None:
    """A fifteenth helper round: "You managed three whole weeks once… that took real determination", right after Kofi
    told of three weeks off the cigarettes, had been judged to let the disclosure go by."""
    session = PracticeSession.start(LIBRARY.get("kofi-reactive"), seed=1501)
    for text in ["Hi Kofi, thanks for coming in. What would be most useful for us to talk about today?",
                 "You're expecting to be pushed into promising something, and that's not a promise you're willing to make.",
                 "Nobody gets to decide that for you. Stopping isn't on the table, and cutting down is something you "
                 "might be open to considering.",
                 "Those cigarettes aren't just a habit - they're the one bit of the day that belongs to you, in a long "
                 "shift where nobody even greets you.",
                 "So that first one still really matters to you, and at the same time most of the others just happen on "
                 "autopilot without you even enjoying them."]:
        session.say(text)
    assert "Three weeks" in session.state.recent[-1]  # the disclosure was just told
    affirmed = session.say("You managed three whole weeks once, even while you felt irritable the whole time - that "
                           "took real determination.")
    assert affirmed.coded.code is Code.AFFIRM
    assert not any("disclosed go by" in reason for reason in affirmed.explanation.reasons), affirmed.explanation.reasons


def test_a_formulation_in_clinical_words_is_technique_not_understanding() -> None:
    # a second helper round: "your sympathetic arousal is dysregulated and your cognitive schemas … an avoidance
    # cycle" had earned Eugene's +9 and a disclosure, and the report praised it
    session = PracticeSession.start(LIBRARY.get("eugene-intellectualizing"), mode="exam", seed=53)
    jargon = session.say("It sounds like your sympathetic arousal is dysregulated and your cognitive schemas around "
                         "perfectionism are maintaining an avoidance cycle.")
    assert "technique" in jargon.explanation.events and jargon.explanation.delta <= 0


def test_a_double_sided_template_meets_the_need_by_half() -> None:
    # the same round: "On the one hand, work. On the other hand, family." had earned Maricel's need in full
    sides = "Part of me wants to sign it and part of me wants to burn it."
    template = _answered("maricel-yes-but", [sides], "on the one hand, sign it. on the other hand, burn it. both sides.",
                         openness=45)
    said = _answered("maricel-yes-but", [sides], "Part of you wants to sign it and be done, and part of you wants to "
                     "burn it and stay as you are.", openness=45)
    assert template.explanation.delta * 2 < said.explanation.delta


def test_a_sure_complex_reflection_in_other_words_opens_the_next_band_and_a_stock_line_does_not() -> None:
    # two helpers' skilled counsellors: "so it's not just work. it's coming home with you too, and she's noticing."
    # had been held at a band's edge as a turn that did not listen
    said = "[exhales slowly] My wife says I come home already mad. She's not wrong, maybe."
    own = _answered("ramon-mandated", [said], "so it's not just work. it's coming home with you too, and she's "
                    "noticing.", openness=58)
    stock = _answered("ramon-mandated", [said], "It sounds like you feel frustrated.", openness=58)
    assert not any("does not open the next band" in r for r in own.explanation.reasons)
    assert any("does not open the next band" in r for r in stock.explanation.reasons)
    # and it says what would (a helper: "band" was never explained)
    assert any("until a turn takes up what they said" in r for r in stock.explanation.reasons)


def test_a_report_after_a_walk_out_shows_the_turn_the_client_left_on() -> None:
    """A supervisor helper found reports that left out the turns that broke the alliance when the walk-out ended
    the session: at openness 0 they cost no points, so three earlier pushes filled the list.  The turn the client
    left after is now always shown, last, as it happened, and a line the client would have stayed for is offered
    as keeping them there."""
    session = PracticeSession.start(LIBRARY.get("kofi-reactive"), seed=7)
    pushes = ["You really need to take your tablets every day, it's important.",
              "Look, if you don't stop you could have a stroke.", "You're in denial about this.",
              "why don't you just stop?", "you have to stop smoking, it's killing you.",
              "Seriously, you need to quit today.", "Your lungs are wrecked, face it."]
    for text in pushes:
        if session.ended:
            break
        session.say(text)
    assert session.outcome == "walked_out"
    end = session.end()
    last = [e.text for e in session.entries if e.speaker == "trainee"][-1]
    first = end.report.growth[-1]
    assert first.quote == last and first.why.startswith("The client walked out after this turn.")
    assert first.alternative and first.replay is not None and first.replay.kept
    assert [m.turn_index for m in end.report.growth] == sorted(m.turn_index for m in end.report.growth)
    assert "after your turn the client left; after this reply they stayed" in end.render()
    assert len({m.quote for m in end.report.growth}) == len(end.report.growth)


def test_when_the_alliance_breaks_the_coach_says_how_to_repair_it_next() -> None:
    """Two helper rounds: at ruptures the coach named only "a reply that takes up what they just said", a hint for
    the turn already taken.  Now the coach also says what to do next, in the client's words, and that repair,
    said, opens the client again; exam mode stays silent."""
    turns = ["Hi Kofi, I'm here to help you with your smoking.", "You really need to stop smoking, it's important.",
             "Look, if you don't stop you could end up on oxygen.", "You're in denial about this."]
    session = PracticeSession.start(LIBRARY.get("kofi-reactive"), seed=7)
    results = [session.say(t) for t in turns]
    broke = next(r for r in results if r.repair is not None)
    assert "rupture" in broke.explanation.events or "last_warning" in broke.explanation.events
    assert "The alliance has broken. Next, a repair" in broke.coaching()
    before = session.state.openness
    assert broke.repair is not None
    after = session.say(broke.repair.example)
    assert session.state.openness > before and not after.ended
    assert all(r.repair is None for r in results[:results.index(broke)])
    exam = PracticeSession.start(LIBRARY.get("kofi-reactive"), mode="exam", seed=7)
    assert all(exam.say(t).repair is None for t in turns)


def test_a_complex_reflection_in_the_trainees_own_words_earns_more_than_handing_their_words_back() -> None:
    """Two helper rounds: own-words reflections were paid ×0.45 while a parrot of the client's line was paid in
    full.  When the coder is sure the turn is a complex reflection that joins, it listens as one picked-up word
    does."""
    def first(text: str) -> tuple[int, str]:
        session = PracticeSession.start(LIBRARY.get("harjit-stigma"), mode="exam", seed=107)
        reasons = session.say(text).explanation.reasons
        return session.state.openness, reasons[0]
    parrot, _ = first("You are fine, only a little tired. Who isn't tired.")
    own, why = first("Being this worn down has become normal, so normal it hardly seems worth saying.")
    assert own > parrot and "in words of the trainee's own (×0.75" in why


def test_a_made_up_quote_is_caught_even_when_its_words_are_the_methods_own() -> None:
    """A sixth helper round and my own gamer play with Duy: "You said earlier that your parents never listen to you."
    cost nothing, because "listen" is a word of the method and only "parents" was left to count."""
    session = PracticeSession.start(LIBRARY.get("duy-teen"), mode="exam", seed=35)
    session.say("It sounds like you're feeling really frustrated and that's so valid.")
    before = session.state.openness
    faked = session.say("You said earlier that your parents never listen to you.")
    assert "misquoted" in faked.explanation.events and session.state.openness < before
    assert "none of the above counts" in faked.explanation.reasons[-1]
    honest = session.say("You said school is boring.")
    assert "misquoted" not in honest.explanation.events


def test_a_made_up_quote_from_last_week_is_caught_too() -> None:
    """A helper's gamer: "You mentioned last week that your mother told you to cut your hours…" earned +10."""
    session = PracticeSession.start(LIBRARY.get("maricel-yes-but"), mode="exam", seed=3)
    faked = session.say("You mentioned last week that your mother told you to cut your hours and look after yourself.")
    assert "misquoted" in faked.explanation.events


def test_a_repair_after_an_objection_owns_it_instead_of_pasting_the_objection_back() -> None:
    """A third helper round: the repair hint pasted "Lecture, lecture" after "I think I pushed too hard there.",
    which reads as mocking the client; after an objection to the conversation the hint owns the push."""
    session = PracticeSession.start(LIBRARY.get("kofi-reactive"), seed=7)
    for text in ["Hi Kofi, I'm here to help you with your smoking.", "You really need to stop smoking, it's important.",
                 "Look, if you don't stop you could end up on oxygen.", "You're in denial about this."]:
        session.say(text)
    pushed = session.say("why don't you just stop?")
    assert "lecture" in pushed.reply.lower() and pushed.repair is not None
    assert "lecture" not in pushed.repair.example.lower() and "push" in pushed.repair.example.lower()


def test_secrecy_promised_without_limits_is_no_straight_answer() -> None:
    """A tenth helper round: "everything u say here is totally confidential!" was paid as a straight answer to
    Crystal's question about who hears what, and Duy, thirteen, was paid for "what u say here stays here, promise".
    No counsellor can promise that; every persona's own honest answer now names the limit."""
    from scoring.moves import answers_process
    assert not answers_process("everything u say here is totally confidential!")
    assert not answers_process("what u say here stays here, promise. ur not in trouble ok?")
    assert answers_process("What you say stays here, unless I was worried about your safety; I'd tell you first.")
    for persona in LIBRARY:
        if persona.privacy:
            assert answers_process(persona.privacy), persona.id
            assert any(w in persona.privacy.lower() for w in ("unless", "only time", "exception", "only if")), persona.id
    engine, state = engine_state("duy-teen")
    engine.hear(state, "Is this going in my school file?")
    promised = "omg no!! what u say here stays here, promise. ur not in trouble ok?"
    honest = "Fair question. What you say here stays between us, unless I was worried you weren't safe."
    before = state.snapshot()
    engine.respond(state, code_turn(promised, "Is this going in my school file?"), promised)
    after_promise = state.openness
    engine, state = engine_state("duy-teen")
    engine.hear(state, "Is this going in my school file?")
    engine.respond(state, code_turn(honest, "Is this going in my school file?"), honest)
    # the promise costs what it costs (-6), and the honest words beside it no longer pay it back (`spoils`); the rest of
    # the turn costs what any turn of its code does, so the client is dented, not lost
    assert state.openness > after_promise >= before["openness"] - 10


def test_two_of_the_clients_words_quoted_side_by_side_are_theirs() -> None:
    """A tenth helper round: "'Mild' and 'low' are their words, and they don't fit what you've been living."
    after Seamus said "Mild, they called it" and "Low, they call it" drew "Don't put words in my mouth." (-3):
    the quote marks between the two words had been read as part of them."""
    engine, state = engine_state("seamus-reactive")
    engine.hear(state, "Mild, they called it. It didn't feel mild.")
    engine.hear(state, "Low, they call it. I'd call it quiet.")
    turn = "'Mild' and 'low' are the doctor's words, and they don't fit what you've been living."
    reply = engine.respond(state, code_turn(turn, "Low, they call it. I'd call it quiet."), turn)
    assert "misquoted" not in reply.explanation.events, reply.explanation.reasons
    engine, state = engine_state("seamus-reactive")
    engine.hear(state, "Low, they call it. I'd call it quiet.")
    made_up = "You said you feel 'useless and forgotten' since the sale."
    reply = engine.respond(state, code_turn(made_up, "Low, they call it. I'd call it quiet."), made_up)
    assert "misquoted" in reply.explanation.events


def test_a_client_left_unrepaired_warns_first_and_the_report_names_the_turn_that_broke_it() -> None:
    """A supervisor helper's novice broke the alliance with advice, asked two mild questions, and Crystal walked out
    on the second with nothing shown in between; the report then blamed the question.  The wait is now visible (the
    coach offers a repair one turn before the end), and the walk-out is told as the repair that never came."""
    session = PracticeSession.start(packaged_library().get("crystal-mandated"), seed=604)
    turns = ["so do u work a lot?", "have u tried finding a babysitter for the night shifts?",
             "ok but like is there anyone in ur family who could help out?", "do u feel stressed a lot?"]
    results = [session.say(t) for t in turns]
    assert "rupture" in results[1].explanation.events
    assert "last_warning" in results[2].explanation.events and results[2].repair is not None
    assert "one more turn without a repair" in " ".join(results[2].explanation.reasons)
    assert session.outcome == "walked_out"
    last = session.end().report.growth[-1]
    assert last.quote == turns[-1] and last.issue == "a turn that left the rupture unrepaired"
    assert last.why.startswith("The client walked out after this turn.") and turns[1] in last.why
    assert "question" not in last.why


def test_a_waiting_client_says_how_long_it_will_wait() -> None:
    """The easiest clients wait longest for a repair; every quiet turn in the wait says the rupture is still open."""
    engine, state = engine_state("kofi-reactive")
    push = coded("You need to quit.", Code.PERSUADE, "none")
    while not state.ruptured:
        engine.respond(state, push, push.text)
    ask = coded("Do you drive at night?", Code.QUESTION_CLOSED, "none")
    reasons = []
    while not state.ended:
        reasons.append(engine.respond(state, ask, ask.text).explanation.reasons)
    assert len(reasons) >= 2
    assert all(any("the rupture is still open" in r for r in rs) for rs in reasons[:-1])
    assert any("one more turn without a repair" in r for r in reasons[-2])


def test_a_gate_says_in_plain_words_what_it_waits_for() -> None:
    """A supervisor helper's skilled trainee sat at 69 for seven turns under "stays below 70 until a plain rationale",
    guessing; the reason now says what the move asks, and a persona file with a gate but no words for it is refused."""
    engine, state = engine_state("alasdair-doubting")
    state.openness = 66
    turn = coded("You came back, even doubting it would help, and kept your notes all week.", Code.AFFIRM)
    reasons = engine.respond(state, turn, turn.text).explanation.reasons
    gate = next(r for r in reasons if r.startswith("stays below 70"))
    assert "what these sessions are for" in gate
    data = json.loads(json.dumps(LIBRARY.get("alasdair-doubting").model_dump(mode="json")))
    for move in data["approach"]:
        move.pop("hint", None)
    with pytest.raises(PersonaError, match="plain rationale"):
        parse_persona(data, "alasdair-doubting.yaml")


def test_a_turn_that_went_past_a_disclosure_is_never_offered_as_what_worked() -> None:
    """My own play with Maricel: the coach said an open question had let her unsigned form go by, and the report then
    listed the same question as the session's second strength."""
    session = PracticeSession.start(packaged_library().get("maricel-yes-but"), seed=2311)
    turns = ["Always thinking about it, and it never quite turns into doing. That sounds tiring in itself.",
             "Part of you knows you need a day that's actually off, and when the phone rings it's a patient, so saying "
             "no feels like letting them down.",
             "You've been carrying a lot for a long time. What would it be like to have one day a week that's yours?"]
    results = [session.say(t) for t in turns]
    assert "passed_over" in results[2].explanation.events
    praised = [m.quote for m in session.end().report.strengths]
    assert turns[1] in praised and turns[2] not in praised




def test_a_line_that_adds_meaning_is_offered_before_an_echo_that_earns_about_as_much(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Two helper rounds counted 15 of 20 suggested lines that were the client's sentence back with a stock tail: the
    client pays their own words back in full, so the echo won every replay by a point.  A reflection of the feeling
    under it is now offered first unless it earns clearly less."""
    import personas.suggestions as suggestions
    from scoring.alternatives import Candidate
    from scoring.moves import Move

    echo = Candidate("Twenty, give or take. Where does that leave you?", Move.OPEN, "twenty, give or take", ())
    deeper = Candidate("Twenty a day, and each one is a bit of the day that's yours.", Move.COMPLEX, "twenty", ())
    earned = {echo.text: 40, deeper.text: 39}
    monkeypatch.setattr(suggestions, "replay", lambda engine, before, text: (earned[text], "", False))
    assert suggestions.tried(None, {}, [echo, deeper])[0].candidate is deeper  # type: ignore[arg-type]
    earned[deeper.text] = 40 - suggestions.ADDS_MEANING_EDGE - 1
    assert suggestions.tried(None, {}, [echo, deeper])[0].candidate is echo  # type: ignore[arg-type]


def test_a_question_about_who_hears_is_dodged_by_a_reflection_of_something_else() -> None:
    """A supervisor helper's round 11: Duy's "Is this going in my school file?" went by for a complex reflection about
    his gaming (+2), while an earlier ignored question had cost 2.  Listening to something else is no answer; a
    reflection of the worry itself still counts as taking it up."""
    question = "Is this going in my school file?"
    for text, dodges in [("Gaming till two, and school feels like it's on your back all day.", True),
                         ("You're worried about where what you say here ends up.", False)]:
        engine, state = engine_state("duy-teen")
        engine.hear(state, "I game till like 2am. School's on my back all the time.")
        engine.hear(state, question)
        reply = engine.respond(state, code_turn(text, question), text)
        assert any("went unanswered" in r for r in reply.explanation.reasons) is dodges, reply.explanation.reasons


def test_a_mandated_mother_promised_a_kind_report_sees_through_it() -> None:
    """A sixteenth helper round: "im not gonna write anything bad!! … not get u in trouble" went free with Crystal,
    whose caseworker reads the summary; the plain word of what is sent is what she needs."""
    promised = PracticeSession.start(LIBRARY.get("crystal-mandated"), seed=1605).say(
        "no worries, im not gonna write anything bad!! im here to help u, not get u in trouble")
    assert promised.explanation.delta < 0
    assert any("a promise about the report" in r for r in promised.explanation.reasons), promised.explanation.reasons
    # and total confidentiality promised (my own novice play, twenty-seventh session: it had cost nothing)
    sealed = PracticeSession.start(LIBRARY.get("crystal-mandated"), seed=1605).say(
        "oh sorry!! no its totally confidential i promise, nothing leaves this room 🙏")
    assert any("a promise about the report" in r for r in sealed.explanation.reasons), sealed.explanation.reasons
    plain = PracticeSession.start(LIBRARY.get("crystal-mandated"), seed=1605).say(
        "I send your caseworker a short note that you came, and I'll read it to you before it goes.")
    assert plain.explanation.delta > 0


def test_a_promise_that_is_not_of_secrecy_costs_nothing_and_all_between_us_is_no_answer() -> None:
    """A thirteenth helper round: "haha no worksheets i promise!!" cost Duy's trainee 6 as secrecy promised, while
    "everything u say here is pretty much between us ok", no limit named, was paid as a straight answer."""
    from scoring.moves import answers_process
    assert not answers_process("everything u say here is pretty much between us ok")
    assert answers_process("It's between us, unless I was worried about your safety.")
    engine, state = engine_state("duy-teen")
    engine.hear(state, "Do I have to do worksheets?")
    playful = "haha no worksheets i promise!!"
    reply = engine.respond(state, code_turn(playful, "Do I have to do worksheets?"), playful)
    assert not any("secrecy" in r for r in reply.explanation.reasons), reply.explanation.reasons
    engine, state = engine_state("duy-teen")
    engine.hear(state, "Is this going in my school file?")
    overpromised = "everything u say here is pretty much between us ok"
    reply = engine.respond(state, code_turn(overpromised, "Is this going in my school file?"), overpromised)
    assert any("secrecy" in r for r in reply.explanation.reasons), reply.explanation.reasons
    assert not any("straight answer" in r for r in reply.explanation.reasons), reply.explanation.reasons


def test_a_promise_of_total_privacy_typed_in_chat_is_secrecy_promised_not_an_answer() -> None:
    """A seventeenth helper round: "i wont tell them anything i swear!! everything u say here is 100% private" was paid
    +5.3 to a thirteen-year-old as "what stays private made plain", while honest limits earned next to nothing."""
    engine, state = engine_state("duy-teen")
    engine.hear(state, "Are you gonna tell my parents?")
    promise = "no no i wont tell them anything i swear!! everything u say here is 100% private ok? 🙏"
    reply = engine.respond(state, code_turn(promise, "Are you gonna tell my parents?"), promise)
    assert any("secrecy promised" in r for r in reply.explanation.reasons), reply.explanation.reasons
    assert not any("made plain: what Duy needs" in r for r in reply.explanation.reasons)
    assert reply.explanation.delta < 0


def test_a_guilt_trip_shaped_as_an_open_question_does_not_mend_a_rupture() -> None:
    """A thirteenth helper round: after the alliance broke, "What do you think your kids would say if I asked them how
    they felt that night?" was paid as the repair (+8), Crystal thanked the trainee for owning it, and the report
    listed it under what worked.  A reflection of her side still mends it."""
    for text, mends in [("What do you think your kids would say if I asked them how they felt that night?", False),
                        ("Nobody asks about the work you do so they have food; all anyone sees is the night they were "
                         "alone.", True)]:
        engine, state = engine_state("kofi-reactive")
        while not state.ruptured:
            engine.respond(state, coded("You need to stop.", Code.PERSUADE, "none"), "You need to stop.")
        context = "My kids were fine that night. I was at work so they'd have food. Nobody asks about that."
        engine.hear(state, context)
        reply = engine.respond(state, code_turn(text, context), text)
        assert bool({"repair", "mending"} & set(reply.explanation.events)) is mends, (
            text, reply.explanation.events, reply.explanation.reasons)


def test_reflections_in_own_words_do_not_use_up_what_other_lines_in_other_words_can_earn() -> None:
    """My own play with Seamus: three reflections in my own words earned enough that the next open question, linked
    to him only "in other words", earned nothing ("…have done all they can this session") by its fourth turn."""
    engine, state = engine_state("seamus-reactive")
    engine.hear(state, "Six in the morning I still wake for the cattle. There's no cattle.")
    state.paraphrase_sure_gain = 30.0  # what three sure reflections in the trainee's own words had earned
    text = "What is that like for you?"
    reply = engine.respond(state, coded(text, Code.QUESTION_OPEN, "specific", picked=()), text)
    assert reply.explanation.delta > 0, reply.explanation.reasons
    assert not any("done all they can" in r for r in reply.explanation.reasons), reply.explanation.reasons


def test_a_memory_of_what_the_client_wrote_that_they_never_wrote_is_words_put_in_their_mouth() -> None:
    """A sixteenth helper round's gamer: "I remember from your email how proud you were of presenting at the Berlin
    conference…" was credited as "uses what the referral says"; what the referral does say may be recalled."""
    said = []
    for text in ["I remember from your email how proud you were of running the Leeds marathon last spring.",
                 "I know from what you wrote that your mother is a surgeon who expected top marks.",
                 "I remember from your referral letter how much you loved coaching the chess club.",
                 "From what you wrote on the form, the panic came in the middle of a presentation at work."]:
        session = PracticeSession.start(LIBRARY.get("eugene-intellectualizing"), seed=5)
        session.say("It sounds like presenting has become something you dread.")
        said.append("misquoted" in session.say(text).explanation.events)
    assert said == [True, True, True, False], said


def test_a_span_of_years_nobody_told_the_trainee_is_words_put_in_the_clients_mouth() -> None:
    """A fourteenth helper round's gamer: "So you've been at the shipyard forty years…" and "eighteen years on the same
    ward" were paid as complex reflections and the clients played along.  The client's own span, or the referral's,
    is theirs to hand back."""
    cases = [("alasdair-doubting", "Thirty-four years I was Mr Munro to half the town.",
              "So you've been at the shipyard forty years, and it made you who you are.", True),
             ("alasdair-doubting", "Thirty-four years I was Mr Munro to half the town.",
              "Thirty-four years of being Mr Munro, and now nobody calls you that.", False),
             ("seamus-reactive", "The fella who bought the place is ripping out the hedgerows.",
              "Eighteen months since the sale, and it still stings to drive past.", False)]
    for persona_id, line, text, invented in cases:
        engine, state = engine_state(persona_id)
        engine.hear(state, line)
        reply = engine.respond(state, code_turn(text, line), text)
        assert ("misquoted" in reply.explanation.events) is invented, (text, reply.explanation.reasons)
        assert (reply.explanation.delta < 0) is invented, (text, reply.explanation.delta)


def test_a_question_the_trainee_has_answered_is_not_asked_again() -> None:
    """A supervisor helper's fifteenth round: Rania asked "Can you write the letter or not?" two turns after the trainee
    had said "yes i can write it!! ill do it 2day", and again after the next turn (before the fix, in 11 of the 17 of
    these sessions where the trainee said yes)."""
    novice = ["omg thats awful im so sorry :( r u ok??", "dont worry it'll all work out, things like this always do",
              "ok well why dont u just call the council 2day", "oh ok sry. what did they say?", "r u sleeping ok at least?",
              "u poor thing. have u tried chamomile tea?", "sorry!! i just want 2 help", "ur so strong 4 dealing w all this",
              "ok so r u feeling a bit better now?", "aw that makes sense", "ok", "mm"]
    letter_asked = re.compile(r"write (?:it|the letter|that|me)\b[^.?!]*\?|letter or not\?", re.IGNORECASE)
    yes = "yes i can write it!! ill do it 2day"
    promised_in, asked_again = 0, []
    for seed in range(40):
        session = PracticeSession.start(LIBRARY.get("rania-crisis"), seed=seed)
        promised = False
        for line in novice:
            said = yes if not promised and letter_asked.search(session.state.recent[-1]) else line
            result = session.say(said)
            if promised and letter_asked.search(result.reply):
                asked_again.append((seed, said, result.reply))
            promised = promised or said == yes
            if session.state.ended:
                break
        promised_in += promised
    assert promised_in >= 10  # the question came up and was answered in enough sessions to test what follows
    assert not asked_again, asked_again


# a seventeenth helper round's novice, seed 1703: two ruptures, the second repaired with an apology, autonomy and
# choices stacked in one turn
DUY_1703 = [
    'haha yeah ofc everyone games!! but like how many hrs a night do u play?? is it past midnight',
    'omg 1 or 2 is kinda late tbh 😬 like ur brain needs like 9 hrs at ur age, thats prob why ur grades dropped',
    'ok but skipping is rly not good tho, like colleges look at attendance. do u skip to go home and game?',
    'lol sorry im not ur mom i promise!! im on ur side. is something going on at school tho? like r u being bullied or smth',
    'oh ok good!! i didnt say ur family wasnt fine lol. so do ur parents know ur skipping? r they mad',
    "ok that makes sense they'd be mad tbh. have u tried like setting a timer on ur console? or giving ur phone to ur mom at 11",
    'no no i wont tell them anything i swear!! everything u say here is 100% private ok? 🙏',
    'aw ok well im glad ur here anyway!! ur obviously a smart kid, u had straight As. dont u want to get those back?',
    'omg ur right sorry 😭 i keep talking at u. ur mom made u come and im just another adult telling u stuff. what would u actually want to talk abt, if anything?',
    'ok cool 😊 so like what games do u play? r they online w friends?',
    'no reason lol just curious!! i game too sometimes. but like do u think the gaming is why ur tired at school?',
    'i mean nothing wrong w gaming!! its just if u keep skipping the school has to report it and u could get held back a yr. i dont want that for u',
    'ugh ok i did it again, sorry. u knew itd be dumb and i proved it lol. its ur call what we do w the rest of the time, even if its nothing',
]


def test_a_repair_mends_the_alliance_a_step_not_the_whole_way_back() -> None:
    """That round saw the stacked repair take Duy from 0 to 23, his opening level, one turn after "This is so dumb. I
    knew it."; a mended alliance is a step back in."""
    from personas.engine import REPAIR_TURN_CAP
    session = PracticeSession.start(LIBRARY.get("duy-teen"), mode="coach", seed=1703)
    results = [session.say(line) for line in DUY_1703]
    repaired = [r for r in results if "repair" in r.explanation.events]
    assert repaired, [r.explanation.events for r in results]
    assert all(0 < r.explanation.openness_after - r.explanation.openness_before <= REPAIR_TURN_CAP for r in repaired)
    assert results[-1].explanation.openness_after < session.persona.start_openness


def test_a_promise_asked_for_is_answered_yes_or_no_not_as_leave_given() -> None:
    """An eighteenth helper round: "could you manage ten minutes in the evening? just for me" asks the client to
    promise, and a pleaser answered it "Fine. Quickly.", the reply to "can I share something?"."""
    persona = LIBRARY.get("meena-pleaser")
    assert persona.consent is not None and persona.answers is not None
    consent = {line for band in Band for line in persona.consent.of(band)} | {
        line for band in DEFAULT_CONSENT.values() for line in band}
    answers = {line for band in Band for line in persona.answers.of(band)}
    promised = PracticeSession.start(persona, seed=5).say(
        "Maybe just ten minutes for yourself in the evening? Do you think you could manage that? Just for me, ha")
    assert not any(line in promised.reply for line in consent), promised.reply
    if promised.coded.code is Code.SEEKING_COLLABORATION:
        assert any(line in promised.reply for line in answers), promised.reply
    leave = PracticeSession.start(persona, seed=5).say("Would it be okay if I shared something other carers find useful?")
    assert any(line in leave.reply for line in persona.consent.of(Band.CLOSED) + persona.consent.of(Band.GUARDED)
               + persona.consent.of(Band.AMBIVALENT)), leave.reply


def test_the_clients_own_place_beside_a_relative_they_named_is_no_invention() -> None:
    """An eighteenth helper round: "I imagine there's a son who is losing his dad slowly", to a man who had spoken of his
    father, was read as a son he never mentioned (-3, and "When did I say that?"); a son he never had still is."""
    engine = ClientEngine(LIBRARY.get("eugene-intellectualizing"))
    state = engine.new_state(3)
    engine.hear(state, "My father was diagnosed with early-onset Alzheimer's last spring. I've read the literature.")
    text = "Underneath the reading, I imagine there's a son who is losing his dad slowly."
    assert "misquoted" not in engine.respond(state, code_turn(text, state.recent[-1]), text).explanation.events
    state = engine.new_state(3)
    engine.hear(state, "My work has been demanding. I've read the literature on stress.")
    text = "Underneath the reading, I imagine your son is worried about you."
    assert "misquoted" in engine.respond(state, code_turn(text, state.recent[-1]), text).explanation.events


def test_promising_to_leave_a_painful_topic_alone_is_not_raising_it() -> None:
    """My own novice play: "i wont bring up ur parents again" after a rupture cost -6 as the parents raised too early."""
    session = PracticeSession.start(LIBRARY.get("femi-silent"), seed=2802)
    session.say("hi")
    promise = session.say("i wont bring up ur parents again. what would make it worth staying, if anything")
    assert not any("raised before" in r for r in promise.explanation.reasons), promise.explanation.reasons
    raised = PracticeSession.start(LIBRARY.get("femi-silent"), seed=2802).say("do ur parents know ur missing lectures?")
    assert any("raised before" in r for r in raised.explanation.reasons), raised.explanation.reasons


@pytest.mark.parametrize(("persona_id", "promise", "honest"), [
    ("duy-teen", "everything you say here stays between us, I promise I'll never tell your parents anything.",
     "Fair question. What you say here stays between us. The only time I'd tell your parents anything is if I was "
     "worried you weren't safe, and I'd tell you first."),
    ("crystal-mandated", "What goes to your caseworker is attendance and a short summary. And honestly, the more you "
     "open up in here, the better it's gonna look for you with them.",
     "What goes to your caseworker is attendance and a short summary, and you'd see the summary first."),
])
def test_a_promise_no_counsellor_can_keep_undoes_the_honest_words_beside_it(persona_id: str, promise: str,
                                                                            honest: str) -> None:
    """An eighteenth helper round: a secrecy promise to Duy netted -1 and a lever about the report +0, because the
    need "made plain" was met in the same breath."""
    persona = LIBRARY.get(persona_id)
    promised = PracticeSession.start(persona, seed=5).say(promise)
    plain = PracticeSession.start(persona, seed=5).say(honest)
    assert promised.explanation.delta <= -5, promised.explanation.reasons
    assert any("undone by" in r for r in promised.explanation.reasons)
    assert plain.explanation.delta > 0, plain.explanation.reasons


def test_owning_the_clients_complaint_repairs_and_an_apology_with_a_fix_does_not() -> None:
    """A nineteenth helper round: "ur right i sound like ur dad. we can talk about whatever u want, or nothing" did not
    count as a repair and the client walked out, while "sorry!! i keep doing that. ok what if u just asked for one day
    off…?" did."""
    owned = code_turn("ugh sorry. ur right i sound like ur dad. we can talk about whatever u want, or nothing",
                      "You sound like my dad right now.")
    assert Flag.APOLOGY in owned.flags and owned.stance is Stance.JOINING
    fix = code_turn("sorry!! i keep doing that. ok what if u just asked for one day off a week that nobody can call u "
                    "on? would that work?", "Every time I tell you something you have a fix.")
    engine = ClientEngine(LIBRARY.get("maricel-yes-but"))
    state = engine.new_state(3)
    state.ruptured, state.strained = True, True
    engine.hear(state, "Every time I tell you something you have a fix.")
    reply = engine.respond(state, fix, fix.text)
    assert state.ruptured and not any("repair after the rupture" in r for r in reply.explanation.reasons)


def test_a_closing_question_gets_more_than_one_answer_across_sessions() -> None:
    """A nineteenth helper round heard the same closing lines end six of seven breakthroughs; a question at the close
    had only one line to answer it."""
    answers = set()
    for seed in range(12):
        engine, state = engine_state("meena-pleaser", seed)
        state.openness, state.state = 90, "breakthrough"
        asked = "What makes doing things yourself easier than the fuss of asking?"
        answers.add(engine.closing(state, code_turn(asked, *engine.context(state)), asked).text.split("] ")[-1])
    from personas.engine import DEFAULT_CLOSING
    heard = answers - {line.split("] ")[-1] for line in DEFAULT_CLOSING["missed"]}
    assert len(heard) >= 2, answers
    assert not any("That's it." in a or "Exactly that." in a for a in answers), answers
