"""Feedback that teaches: what worked, what to try instead, built from the trainee's own turns.

Practice without feedback made trainees' empathy worse in a randomised study; specific feedback
with an alternative reply improved it.  So every growth moment quotes the turn, names the code
and its cue, offers a joining reply made from the client's own words for the move the moment
called for (or, when none would have done better, names the move), and says why.  Strengths are
turns that listened: a stock line that would fit any client is never praised.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from scoring import cues
from scoring.alternatives import Candidate, candidates, ranked
from scoring.claims import BANDS, WALKED_OUT, Facts, band_condition, headline
from scoring.coder import one_side_twice
from scoring.codes import Code, Flag, Stance
from scoring.listening import templated
from scoring.moves import MOVE_NAMES, answers_process, asks_process, read
from scoring.rephrase import flip
from scoring.report import Figure, Held, Moment, Replay, Report
from scoring.session import CodedTrainee, SessionScores, in_own_words, paraphrased
from scoring.text import normalise

_STRENGTH_VALUE: dict[Code, float] = {
    Code.REFLECTION_COMPLEX: 5.0, Code.EMPHASIZING_AUTONOMY: 4.5, Code.AFFIRM: 4.2,
    Code.SEEKING_COLLABORATION: 4.0, Code.PERSUADE_WITH_PERMISSION: 3.5,
    Code.QUESTION_OPEN: 3.0, Code.REFLECTION_SIMPLE: 2.5,
}
RISK_CHECK_WHY = ("Asking straight about suicide or self-harm does not put the idea in anyone's head; the answer "
                  "tells you what the rest of the session needs, so ask whenever there are signs.")
REPAIR_WHY = ("Owning a push out loud repairs the working relationship: the client learns you notice when you lead, "
              "so they need not fight you to be heard.")
_STRENGTH_WHY: dict[Code, str] = {
    Code.REFLECTION_COMPLEX: "It named what sat under the client's words, so they felt understood, "
    "not questioned.",
    Code.EMPHASIZING_AUTONOMY: "Handing the choice back lowers the need to resist: there is nothing "
    "left to push against.",
    Code.AFFIRM: "Recognising a specific strength builds the client's confidence that change is possible.",
    Code.SEEKING_COLLABORATION: "Asking rather than telling makes the client a partner in the work.",
    Code.PERSUADE_WITH_PERMISSION: "Advice offered with permission keeps the client free to take it or leave it.",
    Code.QUESTION_OPEN: "An open question about their own words lets the client choose what matters.",
    Code.REFLECTION_SIMPLE: "Their own words back show you were listening and keep them talking.",
}

# What went wrong and why the joining move works better; worst first.
_GROWTH: tuple[tuple[str, str, str], ...] = (
    ("missed_risk", "a hint of not wanting to live, not followed up",
     "When a client hints they would rather not wake up or not be here, ask straight about suicide and about "
     "plans: asking does not put the idea in their head, and the answer decides what the session needs."),
    ("clumsy_risk", "a risk question that leads, jokes or apologises",
     "Asked as if the answer must be no, laughed off or apologised for, the question tells the client which "
     "answer you can bear to hear; ask it plainly, then wait."),
    ("confront", "confrontation",
     "Arguing makes the client defend the other side; joining them leaves nothing to push against."),
    ("labelling", "a label",
     "A label asks the client to accept a verdict; a reflection invites them to look at it themselves."),
    ("sarcasm", "sarcasm or irritation",
     "Irritation tells the client they are failing you; a reflection tells them you are still with them."),
    ("persuade", "advice without permission",
     "Unasked-for advice triggers the urge to explain why it won't work; reflecting first lets "
     "the client find their own reasons."),
    ("misquoted", "words the client never said, put in their mouth",
     "A reflection is a guess at what the client meant, built from what they told you; a fact or a person they "
     "never mentioned tells them you were not listening. Stay with what they actually said."),
    ("costly", "a move this client could not take yet",
     "Some moves cost a resistant client more than their code says: an explanation that fits everyone, a word "
     "they have not used, a topic raised before they trust you. Follow where they lead first."),
    ("why_not", "a \"why haven't you…?\" question",
     "Asked why they have not changed, a client defends not changing; asking what would need to be different, "
     "or what they make of it themselves, lets them argue for change instead."),
    ("premature_reassurance", "premature reassurance",
     "Reassurance closes the topic before the client feels heard; staying with their words keeps it open."),
    ("demand_feeling", "a demand to name feelings",
     "Asking someone to produce a feeling puts them on the spot; offering your guess at it is gentler."),
    ("stacked_questions", "stacked questions",
     "Several questions at once make the client pick one and drop the rest; one open question is enough."),
    ("question_run", "a run of questions without a reflection",
     "A string of questions feels like an interview; a reflection between them shows you heard the answer."),
    ("unanswered", "their question about what happens to their words, not answered",
     "A client who asks who will hear what they say is deciding how much to say; an honest answer (what is "
     "written down, who sees it, when it would be shared) earns more trust than moving on."),
    ("question_closed", "a closed question",
     "A closed question gets a yes or no; a reflection or an open question hands the client the floor."),
    ("repeat", "the same words as an earlier turn",
     "Said again, a line stops being heard; the client's newest words are where the next reply is."),
    ("stock", "a reply that did not pick up what the client said",
     "Words that would fit any client tell this one nothing about whether you heard them; "
     "their own words do."),
)
# The kinds of turn a growth moment can be about; a persona may say, per kind, what it costs with
# that client (`personas.why`), since a closed question risks a shrug from one client and an
# eager, empty "yes" from another.
GROWTH_ISSUES: tuple[str, ...] = tuple(name for name, _, _ in _GROWTH)
_LISTENING_MOVES = {Code.REFLECTION_SIMPLE, Code.REFLECTION_COMPLEX, Code.AFFIRM, Code.QUESTION_OPEN}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """What a growth moment offers: a line, or only the move when no line did better."""

    alternative: str
    move: str
    replay: Replay | None = None


# Chooses among the candidates for a turn; `personas.practice` replays them through the client.
Suggest = Callable[[CodedTrainee, Sequence[Candidate]], Suggestion]


def issues(turn: CodedTrainee) -> list[str]:
    """What a turn could have done better, worst first (the `_GROWTH` order)."""
    found = {f.value for f in turn.flags}
    if turn.coded.code in (Code.CONFRONT, Code.PERSUADE, Code.QUESTION_CLOSED):
        found.add(turn.coded.code.value)
    if Flag.RISK_CHECK in turn.coded.flags or any(hinted_risk(line) for line in (turn.context, *turn.history)):
        # "have you had any thoughts of ending your life?", and the plan, means and safety-net questions
        # that follow a hint, are asked straight, closed and as often as needed: never questions to redo
        found -= {Code.QUESTION_CLOSED.value, Flag.STACKED_QUESTIONS.value, Flag.QUESTION_RUN.value}
    if Flag.RISK_CHECK in turn.coded.flags:
        if clumsy_risk(turn):
            found.add("clumsy_risk")  # "ur not thinking of doing anything silly right?"
    elif hinted_risk(turn.context):
        found.add("missed_risk")  # "i just want to sleep for a long time" then "so back to school…"
    if turn.context and asks_process(turn.context) and not answers_process(turn.text):
        found.add("unanswered")  # "You gonna tell my parents what I say?" then "hey duy, hows school going?"
    if turn.repeat:
        found.add("repeat")
    elif turn.coded.code in _LISTENING_MOVES and turn.coded.stance is Stance.JOINING and turn.coded.link != "specific":
        found.add("stock")  # a paraphrase ("specific" without the client's words) follows the client too
    elif turn.coded.code is Code.OTHER and templated(turn.text):
        found.add("stock")  # "one of the most insightful people I've met": praise that would fit anyone
    return [name for name, _, _ in _GROWTH if name in found]


RISK_MOVE = "a straight question about suicide, in their words"
PLAIN_RISK_QUESTION = "Have you had any thoughts of ending your life, or of hurting yourself?"


def clumsy_risk(turn: CodedTrainee) -> bool:
    """A risk check put as if the answer must be no, laughed off or apologised for."""
    return Flag.RISK_CHECK in turn.coded.flags and (
        bool(cues.CLUMSY_RISK.search(normalise(turn.text))) or Flag.PREMATURE_REASSURANCE in turn.coded.flags)


def _client_sentences(line: str) -> list[str]:
    """The client's sentences, without the stage directions in brackets."""
    return re.split(r"(?<=[.!?])\s+", re.sub(r"\[[^\]]*\]", " ", line).strip())


@lru_cache(maxsize=4096)
def hinted_risk(client_line: str) -> str:
    """The client's sentence that hints at not wanting to live ("some nights I think it wouldn't matter
    if I didn't wake up"), or ""."""
    for sentence in _client_sentences(client_line):
        if cues.CLIENT_RISK.search(normalise(sentence)):
            return sentence.strip()
    return ""


def risk_suggestion(issue: str, turn: CodedTrainee) -> Suggestion | None:
    """The line for a growth moment about asking on risk, said the same in the coach and the report and
    never replayed for openness (a risk check does not move it); None for any other kind of turn."""
    if issue == "missed_risk":
        return risk_question(turn.context)
    if issue == "clumsy_risk":
        return Suggestion(PLAIN_RISK_QUESTION, "the same question, asked plainly")
    return None


def risk_question(client_line: str) -> Suggestion:
    """What to say instead when a hint of risk went by: their words, and the question asked straight."""
    said = flip(hinted_risk(client_line).rstrip(".!?… ")).strip()
    said = said[:1].lower() + said[1:] if said[:2] != "I " else said
    return Suggestion(f"When you say {said}, I want to take that seriously. Have you had thoughts of ending your "
                      "life, or made any plans?", RISK_MOVE)


def _ranked_suggestion(turn: CodedTrainee, found: Sequence[Candidate]) -> Suggestion:
    """Without a client to replay: the top-ranked candidate, coded against the turn's context."""
    if not found:
        return Suggestion("", "")
    top = ranked(found, turn.context, turn.history)[0]
    return Suggestion(top.text, top.move_name)


def _said_by_then(scores: SessionScores, turn: CodedTrainee) -> list[str]:
    return [t.text for t in scores.turns if t.index <= turn.index]


def growth_moments(scores: SessionScores, limit: int = 3, suggest: Suggest = _ranked_suggestion,
                   quoted: Iterable[str] = (), why: Mapping[str, str] | None = None,
                   costly: Mapping[int, str] | None = None, misquoted: Iterable[int] = (),
                   left_after: int | None = None, lost: Mapping[int, int] | None = None,
                   unrepaired: int | None = None) -> tuple[Moment, ...]:
    """The turns most worth redoing, one per turn and never the same quote twice, shown in the order they
    happened.  A missed or clumsy risk question is always chosen first; then, in a played session (`lost`: the
    openness each turn cost), the turns that cost the client most, and otherwise the worst kind of turn first.
    `why` gives, per kind of turn, what it costs with this client; the general reason otherwise.
    `costly` names the turns that cost the client's trust dearly whatever their code (from a played session),
    each with what the client could not take, if known; `misquoted` the turns that put words or people in the
    client's mouth (the engine's event), listed however little openness they cost.  `left_after` is the turn the
    client walked out after: it is always shown, beyond the limit if need be, because a trainee whose client
    left needs to see the turn they left on, and at openness 0 it costs no points to rank it by.  `unrepaired` is
    the turn that broke the alliance when the client left because nothing mended it: the turn they left on is
    then told as the repair that never came, not by its own code (a helper's novice was told a mild question had
    driven Crystal out, two turns after unasked advice broke it)."""
    seen = {q.strip().lower() for q in quoted}
    put_words = set(misquoted)
    picked: list[Moment] = []
    dear = dict(costly or {})
    drops = lost or {}
    last = next((t for t in scores.turns if t.index == left_after and t.text.strip().lower() not in seen), None)
    if last is not None:
        seen.add(last.text.strip().lower())  # said again earlier, it is shown once: as the turn they left on

    def kinds_of(turn: CodedTrainee) -> list[str]:
        kinds = {*issues(turn), *(["costly"] if turn.index in dear else []),
                 *(["misquoted"] if turn.index in put_words else [])}
        return [name for name, _, _ in _GROWTH if name in kinds]  # a push stays a push; a cost beats the rest

    rank = {name: at for at, (name, _, _) in enumerate(_GROWTH)}
    queue = sorted(((kinds[0] not in _RISK_ISSUES, -drops.get(turn.index, 0), rank[kinds[0]], turn.index), turn,
                    kinds[0]) for turn in scores.turns if (kinds := kinds_of(turn)) and turn is not last)
    for _, turn, issue in queue:
        if len(picked) >= limit:
            break
        if turn.text.strip().lower() in seen:
            continue
        text, general = next((t, g) for name, t, g in _GROWTH if name == issue)
        reason_why = (why or {}).get(issue, general)
        if issue == "costly" and dear.get(turn.index):
            reason_why = f"It cost the client's trust: {dear[turn.index]}. Follow where they lead first."
        # a turn that cost dearly is shown though no replayed line did better: the trainee needs to see it
        moment = _moment(scores, turn, issue, text, reason_why, suggest, keep=turn.index in dear)
        if moment is not None:
            seen.add(turn.text.strip().lower())
            picked.append(moment)
    if last is not None:
        kind = next(iter(kinds_of(last)), "")
        text, general = next(((t, g) for name, t, g in _GROWTH if name == kind), ("", ""))
        reason_why = f"{LEFT_AFTER} {(why or {}).get(kind, general)}".strip()
        broke = next((t for t in scores.turns if t.index == unrepaired), None)
        if broke is not None:
            kind, text = "unrepaired", UNREPAIRED
            reason_why = f'{LEFT_AFTER} {UNREPAIRED_WHY.format(quote=_clip(broke.text))}'
        ending = _moment(scores, last, kind, text or "the turn the client left after", reason_why, suggest, keep=True)
        if ending is not None:
            picked.append(ending)
    return tuple(sorted(picked, key=lambda m: m.turn_index))


_RISK_ISSUES = frozenset({"missed_risk", "clumsy_risk"})


LEFT_AFTER = "The client walked out after this turn."
UNREPAIRED = "a turn that left the rupture unrepaired"
UNREPAIRED_WHY = ("The alliance broke at \u201c{quote}\u201d and nothing after it mended it. A client who has just "
                  "felt pushed waits to see whether you noticed: owning it, reflecting what stung, or handing the "
                  "choice back repairs it; carrying on as before tells them it will happen again.")
CLIP = 80  # characters of a quoted turn inside a sentence of feedback


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= CLIP else text[:CLIP].rsplit(" ", 1)[0] + "\u2026"


def _moment(scores: SessionScores, turn: CodedTrainee, issue: str, text: str, reason_why: str, suggest: Suggest,
            keep: bool = False) -> Moment | None:
    """One growth moment with what to try instead; none when a replay found nothing better than the trainee's
    own turn, unless `keep` (the turn the client left after is shown regardless)."""
    lines = (*turn.history, turn.context) if turn.context else ()
    chosen = risk_suggestion(issue, turn) or suggest(
        turn, candidates(lines, _said_by_then(scores, turn)) if lines else [])
    if chosen.replay is not None and chosen.replay.alternative_after is None and not keep:
        return None  # replayed, and nothing we tried did better than the trainee's own turn
    move = chosen.move or (MOVE_NAMES[read(lines).moves[0]] if lines and read(lines).moves else "")
    return Moment("growth", turn.index, turn.text, turn.coded.code.value, turn.coded.reason, reason_why,
                  turn.context, chosen.alternative, text, move, chosen.replay)


_SHARES_POWER = {Code.EMPHASIZING_AUTONOMY, Code.SEEKING_COLLABORATION, Code.PERSUADE_WITH_PERMISSION}


def _fits_this_client(turn: CodedTrainee) -> bool:
    """A reflection, affirmation or question is praised only if it picked up the client's own words;
    handing over choice or asking their view, only if it answers what this client said: a supervisor helper saw
    a stock "that's really valid, you're the expert on your life" praised as the session's one strength, and my
    own gamer play "Whatever you decide is totally up to you, you're the expert on you." (the coder's link model
    reads a choice handed back after "I guess. Kinda." as following them, with none of their words in it)."""
    if turn.coded.code is Code.AFFIRM and not cues.AFFIRM.search(normalise(turn.text)):
        return False  # praised as "a specific strength", an affirmation must name one ("that's so valid" names none)
    return turn.listened or (turn.coded.code in _SHARES_POWER and turn.coded.link == "specific"
                             and bool(turn.coded.picked_up))


# Openness a joining turn linked to the client must win in a played session to be praised though none of the
# client's last few words are in it: "part of you wants your days off back, and part of you can't leave the
# patients short" went back to a line four turns earlier, opened Maricel by 13, and was left out of "What worked".
OPENED_THEM = 5


def _opened_them(turn: CodedTrainee, moved: Mapping[int, int]) -> bool:
    return turn.coded.link == "specific" and moved.get(turn.index, 0) >= OPENED_THEM and not turn.habit and (
        turn.coded.code is not Code.AFFIRM)


def strengths(scores: SessionScores, limit: int = 3, unheard: Iterable[int] = (),
              gains: Mapping[int, int] | None = None, misquoted: Iterable[int] = ()) -> tuple[Moment, ...]:
    """The best joining turns that fit this client, preferring different kinds of move, each quote once.
    Never a turn that handed the client's words back (the coder's echo), nor one of `unheard`: turns the
    client took as mechanical (a formula with their words slotted in, the method's own words).  With
    `gains` (openness won per turn, from a practice session), what worked is what moved this client:
    never a turn after which the client cooled, and the turns that opened them most first."""
    mechanical = set(unheard) | set(misquoted)  # words put in the client's mouth are never "what worked"
    moved = gains or {}
    ranked_turns = sorted(
        (t for t in scores.turns
         if t.coded.stance is Stance.JOINING and t.coded.code in _STRENGTH_VALUE
         and (_fits_this_client(t) or _opened_them(t, moved))
         and not t.repeat and not t.coded.echo and t.index not in mechanical and moved.get(t.index, 0) >= 0
         and not one_side_twice(t.text)  # "on one hand X, and on the other hand X": the frame, with nothing in it
         and not {Flag.PREMATURE_REASSURANCE, Flag.STACKED_QUESTIONS, Flag.WHY_NOT} & set(t.flags)),
        key=lambda t: (-moved.get(t.index, 0), -_STRENGTH_VALUE[t.coded.code] - 0.1 * t.coded.confidence, t.index),
    )
    picked: list[CodedTrainee] = []
    quotes: set[str] = set()
    # The first straight question about risk to life is always named: it is the move a trainee most
    # often leaves out for fear of offending, and the one a supervisor most wants to see.
    check = next((t for t in scores.turns if Flag.RISK_CHECK in t.coded.flags and not clumsy_risk(t)), None)
    if check is not None and limit:
        picked.append(check)
        quotes.add(check.text.strip().lower())
    # So is the first repair: a supervisor looks for it after every push, and a trainee who made one should
    # know it counted, whatever code the words behind the apology got.
    repair = _repair(scores, moved)
    if repair is not None and len(picked) < limit and repair.text.strip().lower() not in quotes:
        picked.append(repair)
        quotes.add(repair.text.strip().lower())

    def take(turn: CodedTrainee) -> None:
        picked.append(turn)
        quotes.add(turn.text.strip().lower())

    for turn in ranked_turns:
        if (len(picked) < limit and turn.coded.code not in {p.coded.code for p in picked if p not in (check, repair)}
                and turn.text.strip().lower() not in quotes):
            take(turn)
    for turn in ranked_turns:  # fill with repeats of a kind if there were not enough kinds
        if len(picked) < min(limit, 2) and turn not in picked and turn.text.strip().lower() not in quotes:
            take(turn)
    return tuple(
        Moment("strength", t.index, t.text, t.coded.code.value, t.coded.reason,
               RISK_CHECK_WHY if t is check else REPAIR_WHY if t is repair else _STRENGTH_WHY[t.coded.code])
        for t in sorted(picked, key=lambda t: t.index)
    )


def _repair(scores: SessionScores, gains: Mapping[int, int] | None = None) -> CodedTrainee | None:
    """The first turn that owns the push of the turn before it ("sorry, that was me lecturing…") without
    pushing again, reassuring it away ("…don't worry, it doesn't mean you're a bad mum") or, in a played session,
    leaving the client cooler than before."""
    return next((turn for before, turn in pairwise(scores.turns)
                 if before.coded.stance is Stance.CONFRONTING and Flag.APOLOGY in turn.coded.flags
                 and turn.coded.stance is not Stance.CONFRONTING and Flag.PREMATURE_REASSURANCE not in turn.flags
                 and (gains or {}).get(turn.index, 0) >= 0), None)


def figures(scores: SessionScores) -> tuple[Figure, ...]:
    """The figures a report prints, each band with the condition it stands for; n/a has no band."""
    asked = scores.counts.get("question_open", 0) + scores.counts.get("question_closed", 0)
    # "R:Q n/a" had read the same for a trainee who only reflected and one who did nothing countable (a helper)
    # ... and a question said inside a turn coded as something else ("…early COPD means… What do you make of it?", coded
    # seeking collaboration) was asked: "no questions asked" had told a seventeenth helper round's trainee otherwise
    inside = any("?" in t.text for t in scores.turns)
    rq = (f"{scores.r_q:.2f}" if scores.r_q is not None
          else "n/a, no turn coded as a question (each turn gets one code)" if scores.turns and not asked and inside
          else "n/a, no questions asked" if scores.turns and not asked else "n/a")
    cr = "n/a" if scores.pct_complex_reflection is None else f"{scores.pct_complex_reflection:.0%}"
    if scores.pct_complex_reflection is not None and scores.bands.get("pct_complex_reflection") is None:
        cr += " (too few reflections to judge)"
    g = scores.globals
    relational = (g["partnership"].score + g["empathy"].score) / 2
    technical = (g["cultivating_change_talk"].score + g["softening_sustain_talk"].score) / 2
    shown = {"r_q": f"R:Q {rq}", "pct_complex_reflection": f"complex reflections {cr}",
             "relational": f"relational {relational:g}", "technical": f"technical {technical:g}"}
    out = []
    for name in BANDS:
        b = scores.bands.get(name)
        out.append(Figure(name, shown[name], b, band_condition(name, b) if b else None))
    out += [Figure("joining", f"joining {scores.joining_share:.0%}"),
            Figure("confronting", f"confronting {scores.confronting_share:.0%}")]
    return tuple(out)


def _listening_words(scores: SessionScores) -> str:
    coded = sum(1 for t in scores.turns if t.coded.code is not Code.OTHER)
    heard = sum(1 for t in scores.turns if t.listened and t.coded.stance is Stance.JOINING and not t.repeat)
    if not coded:
        return ""
    followed = sum(1 for t in scores.turns if paraphrased(t))
    own = sum(1 for t in scores.turns if paraphrased(t) and in_own_words(t))
    # scoring version 6 counts a complex reflection surely in the trainee's own words ¾ (my own play read "counted
    # half" beside a share that had counted them ¾)
    weights = ("¾ each" if own == followed else f"{own} of them ¾, the rest half") if own else "half"
    more = f", and {followed} more followed them in other words (counted {weights})" if followed else ""
    return (f"Listening: {heard} of {coded} coded turns joined the client and picked up their own words{more} "
            f"({scores.listening_share:.0%}).")


# Openness lost in one turn that makes the turn worth redoing whatever its code: a confrontation costs a
# resistant client about this much, and a neutral code behind it means the client's own gates took it.
COSTLY_DROP = 8


_POINTS = re.compile(r"(?:,?\s*worth)?\s*(?:→\s*)?[+-]?\d+(?:\.\d+)?\s*$")  # "…, worth -5" and "… → -6" alike


def _gains(scores: SessionScores, openness_path: Sequence[int]) -> dict[int, int]:
    """Openness won (or lost) by each trainee turn; none when the path does not match the turns."""
    if len(openness_path) != len(scores.turns) + 1:
        return {}
    return {turn.index: after - before
            for turn, (before, after) in zip(scores.turns, pairwise(openness_path), strict=True)}


def _costly(gains: Mapping[int, int], costs: Mapping[int, Sequence[str]]) -> dict[int, str]:
    """The turns after which the client's openness fell by COSTLY_DROP or more (`gains`, from `_gains`), or whose
    named costs came to as much where openness had no further to fall (my own novice play: "im not gonna write
    anything bad i promise", −11 to a client already at 0, went unmentioned), each with the client's reasons."""
    def named(index: int) -> float:
        return sum(float(m.group(1)) for r in costs.get(index, ()) if (m := _NAMED_COST.search(r)))
    return {index: "; ".join(_POINTS.sub("", r) for r in costs.get(index, ()))
            for index, gain in gains.items() if -gain >= COSTLY_DROP or named(index) >= COSTLY_DROP}


_NAMED_COST = re.compile(r"-(\d+(?:\.\d+)?)\s*$")


def build_report(scores: SessionScores, outcome: str | None = None, events: Iterable[str] = (),
                 openness_path: Sequence[int] = (), suggest: Suggest = _ranked_suggestion,
                 why: Mapping[str, str] | None = None, unheard: Iterable[int] = (),
                 costs: Mapping[int, Sequence[str]] | None = None, misquoted: Iterable[int] = (),
                 unrepaired: int | None = None) -> Report:
    """The report for a scored session; `outcome` and `events` (the client's, from a practice
    session or a replay) let the headline speak about the client only when the client showed it,
    `why` lets each growth moment say what that kind of turn costs with this client, and `unheard`
    names the turns the client took as mechanical, which are never praised.  `costs` gives, per turn, what
    beyond its code cost the client's trust (the engine's reasons), for the turns that cost dearly, and
    `misquoted` the turns the client heard as words put in their mouth (the engine's `misquoted` event), and
    `unrepaired` the turn that broke the alliance when the client walked out because it was never repaired."""
    facts = Facts.of(scores, outcome, events, openness_path)
    claim = headline(facts)
    gains = _gains(scores, openness_path)
    good = strengths(scores, unheard=unheard, gains=gains, misquoted=misquoted)
    return Report(
        score=scores.score, headline=claim.say(facts), strengths=good,
        growth=growth_moments(scores, suggest=suggest, quoted=[m.quote for m in good], why=why,
                              costly=_costly(gains, costs or {}), misquoted=misquoted,
                              left_after=scores.turns[-1].index if outcome == WALKED_OUT and scores.turns else None,
                              lost={i: -g for i, g in gains.items() if g < 0}, unrepaired=unrepaired),
        headline_id=claim.id, headline_condition=claim.condition, scoring_version=scores.scoring_version,
        figures=figures(scores), ratings={k: v.score for k, v in scores.globals.items()},
        listening=_listening_words(scores), outcome=outcome, openness_path=tuple(openness_path),
        trainee_turns=len(scores.turns), held=held_in_mind(scores),
    )


HELD_AT_MOST = 3


def held_in_mind(scores: SessionScores) -> tuple[Held, ...]:
    """The client's sentences, in the order said, that a supervisor would name after the session (harm at home, children
    left without care, not coping, hopelessness: `cues.SAFEGUARDING`), each kind once.  Risk to life is not among
    them: a hint of it is a moment the trainee should have asked about, and the growth moments say so."""
    found: list[Held] = []
    kinds: set[str] = set()
    seen: set[str] = set()
    for turn in scores.turns:
        for line in (*turn.history[-1:], turn.context):
            if not line or line in seen:
                continue
            seen.add(line)
            for sentence in _client_sentences(line):
                norm = normalise(sentence)
                for note, pattern in cues.SAFEGUARDING:
                    if note not in kinds and pattern.search(norm) and not cues.CLIENT_RISK.search(norm):
                        kinds.add(note)
                        found.append(Held(sentence.strip(), note))
    return tuple(found[:HELD_AT_MOST])
