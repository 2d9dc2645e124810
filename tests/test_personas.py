"""The persona library and the client state machine behave like the clinical picture."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from personas.engine import ClientEngine, ClientState
from personas.library import load_library, packaged_library
from personas.models import Band, PersonaError, ResistanceType, band_of, load_persona_file, parse_persona
from personas.practice import PracticeSession
from scoring import Stance, code_turn
from tests.personas_scripts import CONFRONTING, JOINING, NEUTRAL

LIBRARY = packaged_library()
PERSONAS = list(LIBRARY)
IDS = [p.id for p in PERSONAS]
MIDDLE_TOP = 59


def run(persona_id: str, script: list[str], seed: int = 1) -> tuple[ClientState, list[str]]:
    engine = ClientEngine(LIBRARY.get(persona_id))
    state = engine.new_state(seed)
    replies = []
    for text in script:
        if state.ended:
            break
        replies.append(engine.respond(state, code_turn(text), text).text)
    return state, replies


def test_library_covers_every_type_three_levels_and_varied_people() -> None:
    assert len(PERSONAS) >= 12 and not LIBRARY.errors
    assert {p.type for p in PERSONAS} == set(ResistanceType)
    assert {p.difficulty for p in PERSONAS} == {1, 2, 3}
    assert len({p.gender for p in PERSONAS}) >= 2 and len({p.culture for p in PERSONAS}) == len(PERSONAS)
    ages = [p.age for p in PERSONAS]
    assert min(ages) < 18 and max(ages) > 60


@pytest.mark.parametrize("persona_id", IDS)
def test_joining_session_opens_the_client(persona_id: str) -> None:
    state, _ = run(persona_id, JOINING)
    assert state.state in {"engaged", "open", "breakthrough"}, state.openness


@pytest.mark.parametrize("persona_id", IDS)
def test_confrontational_session_closes_or_loses_the_client(persona_id: str) -> None:
    state, replies = run(persona_id, CONFRONTING)
    assert state.state in {"closed", "guarded", "walked_out"}
    if state.state == "walked_out":
        assert replies[-1].split("] ")[-1] in " ".join(LIBRARY.get(persona_id).walk_out) + replies[-1]


@pytest.mark.parametrize("persona_id", IDS)
def test_neutral_moves_never_lift_past_the_middle_band(persona_id: str) -> None:
    engine = ClientEngine(LIBRARY.get(persona_id))
    state = engine.new_state(1)
    for text in NEUTRAL:
        engine.respond(state, code_turn(text), text)
        assert state.openness <= max(MIDDLE_TOP, LIBRARY.get(persona_id).start_openness)
    assert band_of(state.openness) <= Band.AMBIVALENT if False else state.openness <= MIDDLE_TOP


@pytest.mark.parametrize("persona_id", IDS)
def test_rupture_followed_by_repair_recovers(persona_id: str) -> None:
    persona = LIBRARY.get(persona_id)
    engine = ClientEngine(persona)
    state = engine.new_state(1)
    for text in JOINING[:10]:
        if state.openness >= 50:
            break
        engine.respond(state, code_turn(text), text)
    for text in ["I don't agree with that at all.", "Come on, that's not true.", "That doesn't make any sense."]:
        reply = engine.respond(state, code_turn(text), text)
        if "rupture" in reply.explanation.events:
            break
    assert state.ruptured, "confrontation piling up should break the alliance"
    at_rupture = state.openness
    repair = "I'm sorry, I pushed too hard there. It sounds like you're fed up with being told what to do."
    reply = engine.respond(state, code_turn(repair), repair)
    assert "repair" in reply.explanation.events
    assert not state.ended and state.openness > at_rupture
    for text in JOINING[10:14]:
        engine.respond(state, code_turn(text), text)
    assert state.openness > at_rupture + 10


@pytest.mark.parametrize("persona_id", IDS)
def test_twenty_turns_repeat_no_line(persona_id: str) -> None:
    engine = ClientEngine(LIBRARY.get(persona_id))
    state = engine.new_state(5)
    script = [NEUTRAL[i] if i % 3 == 0 else JOINING[i] for i in range(20)]
    replies = [engine.respond(state, code_turn(t), t).text for t in script if not state.ended]
    assert len(state.used_lines) == len(set(state.used_lines))
    assert len(replies) == len(set(replies))


def test_same_seed_same_replies_and_other_seed_differs() -> None:
    _, a = run("ramon-mandated", JOINING[:8], seed=3)
    _, b = run("ramon-mandated", JOINING[:8], seed=3)
    _, c = run("ramon-mandated", JOINING[:8], seed=4)
    assert a == b and a != c


def test_state_snapshot_round_trips_mid_session() -> None:
    engine = ClientEngine(LIBRARY.get("eugene-intellectualizing"))
    whole = engine.new_state(9)
    split = engine.new_state(9)
    for text in JOINING[:5]:
        engine.respond(whole, code_turn(text), text)
        engine.respond(split, code_turn(text), text)
    split = ClientState.restore(json.loads(json.dumps(split.snapshot())))
    for text in JOINING[5:10]:
        assert engine.respond(whole, code_turn(text), text).text == engine.respond(split, code_turn(text), text).text
    assert whole.snapshot() == split.snapshot()


def test_every_turn_explains_the_change() -> None:
    engine = ClientEngine(LIBRARY.get("kofi-reactive"))
    state = engine.new_state(1)
    text = "You should really stop smoking."
    reply = engine.respond(state, code_turn(text), text)
    e = reply.explanation
    assert e.code == "persuade" and e.openness_after < e.openness_before
    assert any("advice without permission" in r for r in e.reasons)
    assert "persuade" in e.render() and f"{e.openness_before} → {e.openness_after}" in e.render()


def test_repeating_the_same_move_gives_diminishing_returns() -> None:
    engine = ClientEngine(LIBRARY.get("ramon-mandated"))
    state = engine.new_state(1)
    gains = []
    for text in ["It's your call.", "It's up to you.", "You decide.", "That's your choice."]:
        gains.append(engine.respond(state, code_turn(text), text).explanation.delta)
    assert gains[0] > gains[1] > gains[2] > 0


def test_question_runs_cost_extra() -> None:
    engine = ClientEngine(LIBRARY.get("femi-silent"))
    state = engine.new_state(1)
    deltas = [engine.respond(state, code_turn(q), q).explanation for q in
              ["What do you do all day?", "How do you feel about that?", "What about your friends?",
               "And your family?"]]
    assert any("in a row" in r for r in deltas[2].reasons)


def test_people_pleaser_agrees_with_advice_without_opening() -> None:
    persona = LIBRARY.get("meena-pleaser")
    engine = ClientEngine(persona)
    state = engine.new_state(1)
    before = state.openness
    reply = engine.respond(state, code_turn("You should say no to your boss more often."), "")
    assert state.openness <= before
    assert any(line in reply.text for line in persona.reactions.agreed)
    invite = "I'd like to hear where you disagree with me. What's your take on it, honestly?"
    assert engine.respond(state, code_turn(invite), invite).explanation.delta > 0


def test_intellectualizer_shuts_on_demands_to_feel_and_opens_to_feeling_reflections() -> None:
    engine = ClientEngine(LIBRARY.get("eugene-intellectualizing"))
    state = engine.new_state(1)
    demand = "But how do you FEEL about it?"
    assert engine.respond(state, code_turn(demand), demand).explanation.delta < 0
    reflection = "Underneath all the analysis, it sounds like you're really scared of getting this wrong."
    assert engine.respond(state, code_turn(reflection), reflection).explanation.delta >= 6


def test_premature_termination_client_threatens_then_leaves_when_pushed_too_fast() -> None:
    persona = LIBRARY.get("agnieszka-premature")
    topic = persona.sensitive_topics[0]
    engine = ClientEngine(persona)
    state = engine.new_state(1)
    push = f"I'd like to talk about {topic} now."
    first = engine.respond(state, code_turn(push), push)
    assert "too_fast" in first.explanation.events and not state.ended
    assert any(line in first.text for line in persona.reactions.too_fast)
    engine.respond(state, code_turn(push), push)
    assert state.state == "walked_out"


def test_malformed_persona_names_file_and_field(tmp_path: Path) -> None:
    data = json.loads(json.dumps(LIBRARY.get("ramon-mandated").model_dump(mode="json")))
    del data["sensitivities"]["confront"]
    data["lines"]["open"] = ["only one"]
    data["difficulty"] = 7
    with pytest.raises(PersonaError) as info:
        parse_persona(data, "custom/ramon.yaml")
    message = str(info.value)
    assert message.startswith("custom/ramon.yaml:")
    assert "sensitivities: Value error, missing codes: confront" in message
    assert "lines.open:" in message and "difficulty:" in message
    bad = tmp_path / "broken.yaml"
    bad.write_text("id: broken\nname: [unclosed\n")
    with pytest.raises(PersonaError, match=r"broken.yaml: line \d+: not valid YAML"):
        load_persona_file(bad)


def test_extra_persona_folders_are_loaded(tmp_path: Path) -> None:
    data = LIBRARY.get("ramon-mandated").model_dump(mode="json")
    data["id"] = "ramon-copy"
    import yaml

    (tmp_path / "ramon-copy.yaml").write_text(yaml.safe_dump(data))
    library = load_library([tmp_path])
    assert "ramon-copy" in library.personas and len(library) == len(LIBRARY) + 1


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


def test_practice_end_has_report_path_and_counterfactuals() -> None:
    session = PracticeSession.start(LIBRARY.get("ramon-mandated"), seed=1)
    session.say("It sounds like you'd rather be anywhere but here.")
    session.say("You need to control your temper.")
    session.say("What would make these sessions worth it for you?")
    end = session.end()
    assert end.openness_path[0] == LIBRARY.get("ramon-mandated").start_openness and len(end.openness_path) == 4
    assert end.report.growth and end.counterfactuals
    cf = next(c for c in end.counterfactuals if c.quote == "You need to control your temper.")
    assert cf.alternative_after > cf.actual_after
    assert "would have reached" in end.render()


def test_practice_session_round_trips_and_continues_identically() -> None:
    persona = LIBRARY.get("duy-teen")
    a = PracticeSession.start(persona, seed=4)
    for text in JOINING[:3]:
        a.say(text)
    b = PracticeSession.from_dict(json.loads(json.dumps(a.to_dict())), persona)
    assert a.say(JOINING[3]).reply == b.say(JOINING[3]).reply


def test_hint_suggests_a_joining_move_in_the_clients_words() -> None:
    session = PracticeSession.start(LIBRARY.get("seamus-reactive"), seed=1)
    hint = session.hint()
    assert code_turn(hint.example, session.last_client_line).stance is Stance.JOINING
    assert hint.why
    session.say("Do you drink?")
    session.say("How much?")
    assert "reflection" in session.hint().move


def test_each_persona_file_has_no_repeated_text() -> None:
    for persona in PERSONAS:
        texts = [*persona.rupture, *persona.walk_out, *persona.repair]
        for band in Band:
            texts += persona.lines.of(band)
        texts += [line for pool in persona.reactions.model_dump().values() for line in pool]
        repeated = [t for t, n in Counter(texts).items() if n > 1]
        assert not repeated, (persona.id, repeated)


def test_snapshot_holds_every_field_of_the_state() -> None:
    from dataclasses import fields

    state = ClientEngine(LIBRARY.get("ramon-mandated")).new_state(1)
    assert set(state.snapshot()) == {f.name for f in fields(ClientState)}
