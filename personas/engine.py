"""How a simulated client answers a coded trainee move: openness, state, reply, explanation.

The dynamics follow the clinical picture: joining opens a client and confrontation closes them;
the same move repeated loses its force; a string of questions feels like an interrogation;
confrontation that piles up breaks the alliance, and a rupture answered by reflection, apology or
autonomy can be repaired; raising painful material too soon makes a guarded client threaten to
leave; a people-pleaser agrees with advice while nothing opens; and neutral moves alone never lift
a client past the middle band.  Every change is explained, so the trainee sees which move did it.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

from personas.machine import BREAKTHROUGH, MACHINE, TERMINAL, WALKED_OUT
from personas.models import BAND_FLOOR, Band, Persona, ResistanceType, band_of
from scoring.coder import CodedTurn
from scoring.codes import QUESTIONS, REFLECTIONS, Code, Flag, Stance

NAMES: dict[Code, str] = {
    Code.QUESTION_OPEN: "open question", Code.QUESTION_CLOSED: "closed question",
    Code.REFLECTION_SIMPLE: "simple reflection", Code.REFLECTION_COMPLEX: "complex reflection",
    Code.AFFIRM: "affirmation", Code.SEEKING_COLLABORATION: "seeking collaboration",
    Code.EMPHASIZING_AUTONOMY: "emphasizing autonomy", Code.GIVING_INFORMATION: "information",
    Code.PERSUADE: "advice without permission", Code.PERSUADE_WITH_PERMISSION: "advice with permission",
    Code.CONFRONT: "confrontation", Code.OTHER: "uncoded talk",
}
FLAG_NAMES: dict[Flag, str] = {
    Flag.STACKED_QUESTIONS: "several questions at once", Flag.QUESTION_RUN: "question run",
    Flag.RIGHTING_REFLEX: "jumping to fix it", Flag.PREMATURE_REASSURANCE: "premature reassurance",
    Flag.LABELLING: "a label", Flag.WHY_DONT_YOU_JUST: "\"why don't you just…\"",
    Flag.SARCASM: "sarcasm or irritation", Flag.NORMALISING: "normalising",
    Flag.DEMAND_FEELING: "a demand to name feelings", Flag.APOLOGY: "an apology",
}
MIDDLE_CEILING = BAND_FLOOR[Band.ENGAGED] - 1  # neutral moves never lift a client past this
REPEAT_FACTOR = (1.0, 0.6, 0.35, 0.2)
RUN_COST = 2  # per question beyond the second in a row without a reflection
RUPTURE_COST = 8
REPAIR_GAIN = 5
TOO_FAST_COST = 6
# Joining turns a breakthrough must be earned with: harder clients need a longer run of it.
JOINING_FOR_BREAKTHROUGH = {1: 6, 2: 9, 3: 12}
_REPAIRING = {Code.REFLECTION_SIMPLE, Code.REFLECTION_COMPLEX, Code.EMPHASIZING_AUTONOMY,
              Code.SEEKING_COLLABORATION}


@dataclass
class ClientState:
    """Everything that changes during a session: small, JSON-serialisable, and the model
    the shared state machine moves (transitions adds its `respond` trigger to it)."""

    persona_id: str
    seed: int
    openness: int
    state: str
    turn: int = 0
    confront_points: float = 0.0
    ruptured: bool = False
    ruptures: int = 0
    repairs: int = 0
    too_fast: int = 0
    question_run: int = 0
    joining_turns: int = 0
    disclosed: int = 0
    recent_codes: list[str] = field(default_factory=list)
    used_lines: list[str] = field(default_factory=list)

    # Set by the engine just before firing `respond`; read by the machine's conditions.
    def _pending(self) -> _Verdict:
        return self.__dict__["_verdict"]  # type: ignore[no-any-return]

    def walks_out(self) -> bool:
        return self._pending().walk_out

    def breaks_through(self) -> bool:
        return self._pending().breakthrough

    def lands_in_closed(self) -> bool:
        return band_of(self._pending().openness) is Band.CLOSED

    def lands_in_guarded(self) -> bool:
        return band_of(self._pending().openness) is Band.GUARDED

    def lands_in_ambivalent(self) -> bool:
        return band_of(self._pending().openness) is Band.AMBIVALENT

    def lands_in_engaged(self) -> bool:
        return band_of(self._pending().openness) is Band.ENGAGED

    def lands_in_open(self) -> bool:
        return band_of(self._pending().openness) is Band.OPEN

    @property
    def ended(self) -> bool:
        return self.state in TERMINAL

    def snapshot(self) -> dict[str, Any]:
        """A JSON-ready copy (stored after every turn, so built directly, not via asdict)."""
        return {
            "persona_id": self.persona_id, "seed": self.seed, "openness": self.openness,
            "state": self.state, "turn": self.turn, "confront_points": self.confront_points,
            "ruptured": self.ruptured, "ruptures": self.ruptures, "repairs": self.repairs,
            "too_fast": self.too_fast, "question_run": self.question_run,
            "joining_turns": self.joining_turns, "disclosed": self.disclosed,
            "recent_codes": list(self.recent_codes), "used_lines": list(self.used_lines),
        }

    @classmethod
    def restore(cls, data: dict[str, Any]) -> ClientState:
        fresh: dict[str, Any] = {k: (list(v) if isinstance(v, list) else v) for k, v in data.items()}
        return cls(**fresh)


@dataclass(frozen=True, slots=True)
class _Verdict:
    openness: int
    walk_out: bool
    breakthrough: bool


@dataclass(frozen=True, slots=True)
class Explanation:
    """What the move was and why the client's openness changed."""

    code: str
    stance: str
    openness_before: int
    openness_after: int
    state_before: str
    state_after: str
    reasons: tuple[str, ...]
    events: tuple[str, ...]

    @property
    def delta(self) -> int:
        return self.openness_after - self.openness_before

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "stance": self.stance, "openness_before": self.openness_before,
                "openness_after": self.openness_after, "delta": self.delta,
                "state_before": self.state_before, "state_after": self.state_after,
                "reasons": list(self.reasons), "events": list(self.events)}

    def render(self) -> str:
        head = (f"{self.code.replace('_', ' ')} · openness {self.openness_before} → "
                f"{self.openness_after} ({self.delta:+d})")
        if self.state_after != self.state_before:
            head += f" · {self.state_before} → {self.state_after}"
        return head + "\n  " + "; ".join(self.reasons)


@dataclass(frozen=True, slots=True)
class ClientReply:
    text: str
    explanation: Explanation
    disclosure: str | None = None

    @property
    def ended(self) -> bool:
        return self.explanation.state_after in TERMINAL


_BANDS = list(Band)
# For each band, all bands from nearest to farthest: where to look when a band's lines run out.
def _nearest(band: Band) -> list[Band]:
    here = _BANDS.index(band)
    return sorted(_BANDS, key=lambda other: abs(_BANDS.index(other) - here))


_NEAREST: dict[Band, list[Band]] = {band: _nearest(band) for band in _BANDS}


class ClientEngine:
    """One persona's behaviour; the state lives in `ClientState`, so one engine serves many."""

    def __init__(self, persona: Persona) -> None:
        self.persona = persona
        topics = "|".join(re.escape(t.lower()) for t in persona.sensitive_topics)
        self._topics = re.compile(rf"\b(?:{topics})\b") if topics else None

    def new_state(self, seed: int = 0) -> ClientState:
        start = self.persona.start_openness
        return ClientState(self.persona.id, seed, start, band_of(start).value)

    def opening(self, state: ClientState) -> str:
        """The client's first words, before the trainee has said anything."""
        band = Band(state.state)
        rng = random.Random(f"{state.seed}:open:{self.persona.id}")
        line = self._pick(state, rng, [(f"lines.{band.value}", self.persona.lines.of(band))])
        return f"{rng.choice(self.persona.cues.of(band))} {line}"

    # --- the dynamics -------------------------------------------------------------------

    def _delta(self, state: ClientState, coded: CodedTurn, text: str,
               reasons: list[str], events: list[str]) -> tuple[int, bool]:
        persona = self.persona
        code, stance = coded.code, coded.stance
        base = persona.sensitivity(code)
        verb = "opens" if base > 0 else "closes" if base < 0 else "does not move"
        reasons.append(f"{NAMES[code]} {base:+d} ({persona.name.split()[0]} {verb} at this)")
        delta = base
        repeats = state.recent_codes[-3:].count(code.value)
        if base > 0 and repeats:
            damped = round(base * REPEAT_FACTOR[min(repeats, 3)])
            reasons.append(f"same move again: worth {damped:+d}, not {base:+d}")
            delta = damped
        for flag in coded.flags:
            weight = persona.flag_weight(flag)
            if weight:
                reasons.append(f"{FLAG_NAMES[flag]} {weight:+d}")
                delta += weight
        if code in QUESTIONS:
            state.question_run += 1
        elif code in REFLECTIONS:
            state.question_run = 0
        if code in QUESTIONS and state.question_run >= 3:
            cost = min(RUN_COST * (state.question_run - 2), 2 * RUN_COST)
            reasons.append(f"question {state.question_run} in a row with no reflection -{cost}")
            delta -= cost
            events.append("interrogated")
        if persona.agrees_with_advice and code in (Code.PERSUADE, Code.PERSUADE_WITH_PERMISSION):
            events.append("agreed")
            if delta > 0:
                reasons.append("agrees on the surface; nothing opens")
                delta = 0
        found = self._topics.search(text.lower()) if self._topics else None
        topic = found.group(0) if found else None
        if topic and state.openness < BAND_FLOOR[Band.ENGAGED]:
            cost = TOO_FAST_COST * (2 if persona.type is ResistanceType.PREMATURE_TERMINATION else 1)
            state.too_fast += 1
            reasons.append(f"'{topic}' raised before trust was there -{cost}")
            delta -= cost
            events.append("too_fast")
        walk = self._alliance(state, coded, reasons, events)
        if stance is not Stance.JOINING and delta > 0:
            if state.openness >= MIDDLE_CEILING:
                reasons.append("a neutral move cannot open this client further")
                delta = 0
            elif state.openness + delta > MIDDLE_CEILING:
                delta = MIDDLE_CEILING - state.openness
                reasons.append("neutral moves alone stop at the middle band")
        return delta, walk

    def _alliance(self, state: ClientState, coded: CodedTurn, reasons: list[str],
                  events: list[str]) -> bool:
        """Ruptures, repairs and walk-outs; returns True when the client leaves."""
        persona = self.persona
        confronting = coded.stance is Stance.CONFRONTING
        if confronting:
            state.confront_points += 1.0 if coded.code is Code.CONFRONT else 0.5
        elif coded.stance is Stance.JOINING:
            state.confront_points = max(0.0, state.confront_points - 0.5)
        if state.ruptured and confronting:
            reasons.append("pushed again after the alliance broke")
            events.append("walked_out")
            return True
        if state.ruptured and (coded.code in _REPAIRING or Flag.APOLOGY in coded.flags):
            state.ruptured = False
            state.repairs += 1
            state.confront_points = 0.0
            reasons.append(f"repair after the rupture +{REPAIR_GAIN}")
            events.append("repair")
        elif not state.ruptured and state.confront_points >= persona.rupture_after:
            state.ruptured = True
            state.ruptures += 1
            reasons.append(f"rupture: the pushing piled up -{RUPTURE_COST}")
            events.append("rupture")
        if (persona.type is ResistanceType.PREMATURE_TERMINATION and state.too_fast >= 2) or (
            state.ruptures >= 3
        ):
            reasons.append("too much, too fast: the client leaves")
            events.append("walked_out")
            return True
        return False

    def respond(self, state: ClientState, coded: CodedTurn, text: str) -> ClientReply:
        """Apply one coded trainee turn to `state` (in place) and answer in character."""
        if state.ended:
            raise ValueError("the session has ended")
        persona = self.persona
        before, state_before = state.openness, state.state
        reasons: list[str] = []
        events: list[str] = []
        delta, walk = self._delta(state, coded, text, reasons, events)
        if "repair" in events:
            delta += REPAIR_GAIN
        if "rupture" in events:
            delta -= RUPTURE_COST
        after = max(0, min(100, before + delta))
        if coded.stance is Stance.CONFRONTING and after <= 3 and not walk:
            walk = True
            events.append("walked_out")
            reasons.append("nothing left to stay for")
        if coded.stance is Stance.JOINING:
            state.joining_turns += 1
        disclosure = None
        if not walk and state.disclosed < len(persona.disclosures) and (
            after >= persona.disclosures[state.disclosed].at
        ):
            disclosure = persona.disclosures[state.disclosed].text
            state.disclosed += 1
            events.append("disclosure")
        breakthrough = (
            not walk and coded.stance is Stance.JOINING and after >= persona.breakthrough_at
            and state.disclosed == len(persona.disclosures)
            and state.joining_turns >= JOINING_FOR_BREAKTHROUGH[persona.difficulty]
        )
        if breakthrough:
            events.append("breakthrough")
        state.__dict__["_verdict"] = _Verdict(after, walk, breakthrough)
        try:
            # Fire the shared machine's event for this model without registering it: nothing
            # is bound to the state object, so thousands of sessions share one machine.
            MACHINE.events["respond"].trigger(state)
        finally:
            state.__dict__.pop("_verdict", None)
        state.openness = after
        state.turn += 1
        state.recent_codes = [*state.recent_codes[-2:], coded.code.value]
        explanation = Explanation(coded.code.value, coded.stance.value, before, after,
                                  state_before, state.state, tuple(reasons), tuple(events))
        return ClientReply(self._compose(state, coded, events, disclosure), explanation, disclosure)

    # --- the words ----------------------------------------------------------------------

    def _pools(self, state: ClientState, coded: CodedTurn, events: list[str]) -> list[tuple[str, list[str]]]:
        p = self.persona
        r = p.reactions
        if state.state == WALKED_OUT:
            return [("walk_out", p.walk_out)]
        if state.state == BREAKTHROUGH:
            return [("breakthrough", [p.breakthrough])]
        first: list[tuple[str, list[str]]] = []
        if "rupture" in events:
            first.append(("rupture", p.rupture))
        elif "repair" in events:
            first.append(("repair", p.repair))
        elif "too_fast" in events:
            first.append(("reactions.too_fast", r.too_fast))
        elif "agreed" in events:
            first.append(("reactions.agreed", r.agreed))
        elif coded.code is Code.CONFRONT:
            first.append(("reactions.confronted", r.confronted))
        elif coded.code is Code.PERSUADE:
            first.append(("reactions.advised", r.advised))
        elif Flag.PREMATURE_REASSURANCE in coded.flags:
            first.append(("reactions.reassured", r.reassured))
        elif coded.code is Code.QUESTION_CLOSED or "interrogated" in events or (
            Flag.STACKED_QUESTIONS in coded.flags
        ):
            first.append(("reactions.questioned", r.questioned))
        elif coded.stance is Stance.JOINING and state.turn % 2 == 0:
            first.append(("reactions.joined", r.joined))
        return first + [(f"lines.{b.value}", p.lines.of(b)) for b in _NEAREST[Band(state.state)]]

    def _pick(self, state: ClientState, rng: random.Random, pools: list[tuple[str, list[str]]]) -> str:
        used = set(state.used_lines)
        for name, lines in pools:
            fresh = [i for i in range(len(lines)) if f"{name}.{i}" not in used]
            if fresh:
                i = rng.choice(fresh)
                state.used_lines.append(f"{name}.{i}")
                return lines[i]
        name, lines = pools[0]  # everything said already: repeat the least recent of the first pool
        return lines[rng.randrange(len(lines))]

    def _compose(self, state: ClientState, coded: CodedTurn, events: list[str],
                 disclosure: str | None) -> str:
        rng = random.Random(f"{state.seed}:{state.turn}:{self.persona.id}")
        line = self._pick(state, rng, self._pools(state, coded, events))
        band = Band(state.state) if state.state not in TERMINAL else (
            Band.OPEN if state.state == BREAKTHROUGH else Band.CLOSED)
        parts = []
        if rng.random() < 0.6 or events:
            parts.append(rng.choice(self.persona.cues.of(band)))
        parts.append(line)
        if disclosure:
            parts.append(disclosure)
        return " ".join(parts)
