"""A practice session: the loop the terminal and Telegram share, with no I/O of its own.

The whole session (transcript, client state, the state before every turn) round-trips through
`to_dict`/`from_dict`, so the application can store it after every turn, resume it after a
restart, and `retry` can rewind one turn while keeping both attempts in the transcript.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from personas.engine import NEVER_REPAIRED, ClientState, Explanation, LineSource, engine_for
from personas.hints import Hint, hint
from personas.machine import BREAKTHROUGH, TERMINAL, WALKED_OUT
from personas.models import Persona
from personas.suggestions import suggestion
from personas.why import why_for
from scoring import Turn, code_turn
from scoring.alternatives import PER_MOVE, Candidate
from scoring.coder import CodedTurn
from scoring.codes import Flag
from scoring.feedback import Suggestion, build_report, issues, risk_suggestion
from scoring.report import Report, render_text
from scoring.session import CodedTrainee, SessionScores, listened, same_again, score_session

Mode = Literal["coach", "exam"]
# What the client took as mechanical, not as listening: never praised in the report.
MECHANICAL = frozenset({"echo", "parroted", "repeated", "technique", "confused", "cliche"})
# Turns never offered as "what worked": the mechanical ones, and one that went past what the client had just
# disclosed (my own play: an open question the coach had just told me let Maricel's unsigned form go by was
# the report's second strength)
NOT_PRAISED = MECHANICAL | {"passed_over"}
DEFAULT_TURN_LIMIT = 30


class SessionOver(RuntimeError):
    """The client has left, broken through, or the turn limit was reached."""


@dataclass
class Entry:
    speaker: Literal["trainee", "client"]
    text: str
    turn: int
    attempt: int = 1
    retracted: bool = False
    code: str | None = None
    stance: str | None = None
    reason: str | None = None
    explanation: dict[str, Any] | None = None
    before: dict[str, Any] | None = None  # client state before this trainee turn

    def to_dict(self) -> dict[str, Any]:
        # Entries are never mutated after the turn except `retracted`, so a shallow copy is safe.
        return dict(self.__dict__)


@dataclass(frozen=True, slots=True)
class TurnResult:
    coded: CodedTurn
    reply: str
    explanation: Explanation
    ended: bool
    outcome: str | None
    sources: tuple[LineSource, ...] = ()
    # Coach mode, a turn worth redoing: the best replayed alternative (or only the move to try).
    better: Suggestion | None = None
    # The client has just broken through: the trainee's next turn answers it and closes the session.
    closing_next: bool = False
    # Coach mode, the alliance has just broken (or is one push from breaking off): what to do *next*, a repair
    # in the client's words.  The line above answers the turn just taken; this one answers where the client is now.
    repair: Hint | None = None

    def note(self) -> str:
        """What the trainee should know now whatever the mode: that one more turn is theirs."""
        if not self.closing_next:
            return ""
        if self.explanation.events == ("closing", "safety"):
            return ("(The client has answered your question about their safety. Follow it up: your next turn closes "
                    "the session.)")
        return "(The client has just told you something that matters. Answer it: your next turn closes the session.)"

    def coaching(self) -> str:
        """The one line shown under the client's reply in coach mode, or ""."""
        lines = []
        if self.better is not None and self.better.alternative:
            lines.append(f"Instead of your last turn, try: \"{self.better.alternative}\"")
        elif self.better is not None and self.better.move:
            lines.append(f"A better move for your last turn: {self.better.move}.")
        if self.repair is not None:
            lines.append(f"The alliance has broken. Next, {self.repair.move}, e.g. \"{self.repair.example}\"")
        return "\n  ".join(lines)


# The client's events after which the coach says what to do next: the alliance broke, or one more push ends it.
_BROKE = frozenset({"rupture", "last_warning"})
# A step of the engine's reasons that cost openness: it ends on the points lost ("a lecture about anger → -7").
_LOST = re.compile(r"-\d+(?:\.\d+)?\s*$")


@dataclass(frozen=True)
class SessionEnd:
    outcome: str
    scores: SessionScores
    report: Report
    openness_path: list[int]
    codes: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"outcome": self.outcome, "openness_path": self.openness_path, "codes": self.codes,
                "scores": self.scores.to_dict(), "feedback": self.report.to_dict(),
                "scoring_version": self.scores.scoring_version}

    def render(self) -> str:
        return render_text(self.report)


@dataclass
class PracticeSession:
    persona: Persona
    mode: Mode = "coach"
    seed: int = 0
    turn_limit: int = DEFAULT_TURN_LIMIT
    state: ClientState = field(init=False)
    entries: list[Entry] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._engine = engine_for(self.persona)
        self.state = self._engine.new_state(self.seed)

    @classmethod
    def start(cls, persona: Persona, mode: Mode = "coach", seed: int = 0,
              turn_limit: int = DEFAULT_TURN_LIMIT) -> PracticeSession:
        session = cls(persona, mode, seed, turn_limit)
        session.entries.append(Entry("client", session._engine.opening(session.state), 0))
        return session

    # --- reading the session ----------------------------------------------------------

    @property
    def active(self) -> list[Entry]:
        return [e for e in self.entries if not e.retracted]

    @property
    def trainee_turns(self) -> int:
        return sum(1 for e in self.active if e.speaker == "trainee")

    @property
    def closing_due(self) -> bool:
        """The client broke through on the last turn: the trainee answers it before the session ends,
        because meeting what was just disclosed is the skill the whole session was for."""
        return self.state.state == BREAKTHROUGH and not self.state.closed

    @property
    def ended(self) -> bool:
        if self.closing_due:
            return False
        return self.state.state in TERMINAL or self.trainee_turns >= self.turn_limit

    @property
    def outcome(self) -> str:
        return self.state.state

    @property
    def last_client_line(self) -> str:
        return next((e.text for e in reversed(self.active) if e.speaker == "client"), "")

    # --- acting ------------------------------------------------------------------------

    def say(self, text: str, heard: Sequence[str] | None = None) -> TurnResult:
        """One trainee turn.  In a replay, `heard` holds the transcript's own client lines since
        the last trainee turn: the turn is coded and its listening judged against them (that is
        what the counsellor was answering), while the persona still reacts in its own words."""
        if self.ended:
            raise SessionOver(f"the session has ended ({self.outcome.replace('_', ' ')})")
        for line in heard or ():
            self._engine.hear(self.state, line)
        before = self.state.snapshot()  # after the replay's own client lines: what the turn answered
        context, history = self._engine.context(self.state)
        coded = code_turn(text, context, history)
        turn = self.trainee_turns + 1
        attempt = 1 + sum(1 for e in self.entries if e.speaker == "trainee" and e.turn == turn)
        said = [e.text for e in self.active if e.speaker == "trainee"]
        closing = self.closing_due
        reply = (self._engine.closing(self.state, coded, text) if closing
                 else self._engine.respond(self.state, coded, text, remember=heard is None))
        self.entries.append(Entry("trainee", text, turn, attempt, code=coded.code.value,
                                  stance=coded.stance.value, reason=coded.reason,
                                  explanation=reply.explanation.to_dict(), before=before))
        self.entries.append(Entry("client", reply.text, turn, attempt))
        ended = self.ended
        better = None
        if self.mode == "coach" and heard is None and not closing:
            better = self._coaching(CodedTrainee(
                0, text, context, coded,
                coded.flags + ((Flag.QUESTION_RUN,) if self.state.question_run >= 3 else ()),
                history, listened(coded), same_again(text, said),
            ), before, reply.explanation.openness_after, [*said, text], left=self.state.state == WALKED_OUT)
        broke = bool(_BROKE & set(reply.explanation.events))
        repair = (hint(self.persona, self.state, [*said, text], per_move=1)  # one frame a move: the trainee waits
                  if self.mode == "coach" and heard is None and broke and not ended and self.state.ruptured else None)
        return TurnResult(coded, reply.text, reply.explanation, ended, self.outcome if ended else None,
                          reply.sources, better, self.closing_due, repair)

    def _coaching(self, turn: CodedTrainee, before: dict[str, Any], after: int, said: list[str],
                  left: bool = False) -> Suggestion | None:
        """For a turn worth redoing, the best alternative replayed from where the turn began."""
        found_issues = issues(turn)
        if not found_issues:
            return None
        risk = risk_suggestion(found_issues[0], turn)
        if risk is not None:
            return risk
        found = suggestion(self._engine, before, after, said, per_move=1, actual_left=left)
        if found.replay is not None and found.replay.alternative_after is None:
            return None  # the turn did as well as every line we tried: nothing better to coach
        return found

    def retry(self) -> str:
        """Take back the last trainee turn; the client is as it was.  Returns their last line."""
        last = next((e for e in reversed(self.active) if e.speaker == "trainee"), None)
        if last is None or last.before is None:
            raise ValueError("there is no turn to take back yet")
        for entry in self.entries:
            if entry.turn == last.turn and entry.attempt == last.attempt:
                entry.retracted = True
        self.state = ClientState.restore(last.before)
        return self.last_client_line

    def hint(self) -> Hint:
        return hint(self.persona, self.state, [e.text for e in self.active if e.speaker == "trainee"])

    def openness_path(self) -> list[int]:
        path = [self.persona.start_openness]
        path += [e.explanation["openness_after"] for e in self.active
                 if e.speaker == "trainee" and e.explanation]
        return path

    def events(self) -> list[str]:
        """What the client showed, turn by turn (strain, rupture, agreement, walk-out…), in order."""
        return [ev for e in self.active if e.speaker == "trainee" and e.explanation
                for ev in e.explanation.get("events", ())]

    def end(self) -> SessionEnd:
        turns = [Turn(e.speaker, e.text) for e in self.active]
        by_index = {i: e for i, e in enumerate(self.active) if e.speaker == "trainee"}
        misquoted = [i for i, e in by_index.items() if e.explanation and "misquoted" in e.explanation.get("events", ())]
        # what the client heard as words put in their mouth is not listening, in the score either (my own gamer play:
        # an invented "twelve years at the bakery" was counted ¾ as a reflection in the trainee's own words)
        scores = score_session(turns, misquoted=misquoted)
        path = self.openness_path()

        def replayed(turn: CodedTrainee, found: Sequence[Candidate]) -> Suggestion:
            """Every candidate replayed from the state the real turn started in."""
            entry = by_index.get(turn.index)
            if entry is None or entry.before is None or entry.explanation is None:
                return Suggestion(found[0].text, found[0].move_name) if found else Suggestion("", "")
            said = [e.text for i, e in by_index.items() if i <= turn.index]
            # a coached session replays the frames the live coach tried, so the report never contradicts
            # what the trainee was told under that very turn
            return suggestion(self._engine, entry.before, entry.explanation["openness_after"], said,
                              per_move=1 if self.mode == "coach" else PER_MOVE,
                              actual_left=WALKED_OUT in entry.explanation.get("events", ()))

        unheard = [i for i, e in by_index.items()
                   if e.explanation and NOT_PRAISED & set(e.explanation.get("events", ()))]
        # what beyond the code cost the client's trust (a gate, a label, a topic too soon): the engine's reasons
        # after the first, which is the code's own worth
        costs = {i: [r for r in e.explanation["reasons"][1:] if _LOST.search(r)]
                 for i, e in by_index.items() if e.explanation}
        report = build_report(scores, self.outcome, self.events(), path, suggest=replayed,
                              why=why_for(self.persona), unheard=unheard, costs=costs, misquoted=misquoted,
                              unrepaired=self._unrepaired(by_index))
        codes = [e.code or "" for e in by_index.values()]
        return SessionEnd(self.outcome, scores, report, path, codes)

    def _unrepaired(self, by_index: dict[int, Entry]) -> int | None:
        """The trainee turn that broke the alliance, when the client walked out because it was never repaired."""
        if self.outcome != WALKED_OUT or not by_index:
            return None
        last = by_index[max(by_index)].explanation
        if last is None or NEVER_REPAIRED not in last["reasons"]:
            return None
        return max((i for i, e in by_index.items() if e.explanation and "rupture" in e.explanation.get("events", ())),
                   default=None)

    # --- storage -----------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {"persona_id": self.persona.id, "mode": self.mode, "seed": self.seed,
                "turn_limit": self.turn_limit, "state": self.state.snapshot(),
                "entries": [e.to_dict() for e in self.entries]}

    @classmethod
    def from_dict(cls, data: dict[str, Any], persona: Persona) -> PracticeSession:
        if data["persona_id"] != persona.id:
            raise ValueError(f"stored session is for {data['persona_id']!r}, not {persona.id!r}")
        session = cls.__new__(cls)
        session.persona = persona
        session.mode = data["mode"]
        session.seed = data["seed"]
        session.turn_limit = data.get("turn_limit", DEFAULT_TURN_LIMIT)
        session.state = ClientState.restore(data["state"])
        session.entries = [Entry(**e) for e in data["entries"]]
        session._engine = engine_for(persona)
        if "recent" not in data["state"]:
            # Stored before the client remembered what it said: rebuild that from the transcript.
            for entry in session.active:
                if entry.speaker == "client":
                    session._engine.hear(session.state, entry.text)
        return session
