"""MITI-style summary scores for a whole session, and the one 0–100 number trainees track.

Global ratings in MITI are a coder's gestalt judgement; here they are estimated from the
behaviour counts, and each rating carries the evidence it used so a supervisor can disagree
with it knowingly.  Counts alone reward formulas (a stock "that must be hard" fits every client),
so the score and the relational ratings weigh the listening measure: turns whose words connect
specifically to what this client said.  A sentence said again earns nothing the second time.
The formulas are documented in the README; `SCORING_VERSION` changes whenever they do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from scoring.coder import CodedTurn, code_turn
from scoring.codes import (
    MI_ADHERENT,
    MI_NON_ADHERENT,
    QUESTIONS,
    REFLECTIONS,
    Code,
    Flag,
    Stance,
)
from scoring.listening import STOCK, hands_back, opens_on_their_words
from scoring.recital import read_recital, shape_of
from scoring.text import content_words, normalise
from scoring.transcript import Turn

# 1: counts only.  2: listening (specific links) in the score, empathy, partnership and the
# technical ratings; repeated turns count once; a score cap for sessions that never listen.
# 3: a sentence said before counts only for what the turn adds; the same sentence shape with other
# client words slotted in counts once; handing the client's words back stops counting as listening
# past a fifth of the turns; reflections said again lower the share of reflections that listened.
# 5: a joining turn that follows the client in other words (the link is specific, none of their words is in
# it) counts half as listening, and a reflection like it half as one that picked up their words: a skilled
# paraphraser had scored 46 to a parrot's more.
# 6: a complex reflection the coder is sure follows the client in the trainee's own words counts ¾ (the client
# engine's weight for it), and reflections and open questions in other words count with their credit in the
# partnership and technical ratings too: a helper's skilled session with ten reflections and no push had
# partnership 2.5, below a parrot's 3, because only reflections with the client's words counted there.
SCORING_VERSION = 6
PARAPHRASE_CREDIT = 0.5  # what following the client in other words counts for, against their own words back
OWN_WORDS_CREDIT = 0.75  # ... and a complex reflection surely in the trainee's own words (`personas.engine`'s weight)
# How sure the coder must be that it joins: 0.85 in the client engine (`personas.engine.PARAPHRASE_SURE`), which has
# guards of its own against formulas; here 0.85 let a gamer's "You're asking yourself whether that's where things
# are." (0.90 sure) and "Earlier you said <their line>" take Maricel's report past 40.
OWN_WORDS_SURE = 0.9
REPEAT_SHARE = 0.8  # content-word overlap with an earlier turn that makes a turn "the same again"
HISTORY = 3  # client lines before the one a turn answers, for the listening measure
HANDBACKS_FREE = 2  # turns handing the client's own words back that count as listening whatever the share
HANDBACK_SHARE = 0.2  # past this share of the turns that are not questions, handing back is a habit

Coder = Callable[[str, str, Sequence[str]], CodedTurn]


@dataclass(frozen=True, slots=True)
class CodedTrainee:
    """A trainee turn in its place in the transcript, with the client line it answered."""

    index: int
    text: str
    context: str
    coded: CodedTurn
    flags: tuple[Flag, ...]  # the coder's flags plus session-level ones (question runs)
    history: tuple[str, ...] = ()  # the client lines before `context`, oldest first
    listened: bool = False  # linked specifically to the client's own words
    repeat: bool = False  # said again (the same words, or the same shape): it counts once
    habit: bool = False  # the client's words handed back once too often: it counts, but not as listening or joining
    # the client heard it as words put in their mouth (a practice session's engine says so): it did not listen
    misquoted: bool = False


@dataclass(frozen=True, slots=True)
class GlobalRating:
    score: float
    evidence: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"score": self.score, "evidence": list(self.evidence)}


@dataclass(frozen=True)
class SessionScores:
    turns: tuple[CodedTrainee, ...]
    counts: dict[str, int]
    r_q: float | None
    pct_complex_reflection: float | None
    pct_open_question: float | None
    mi_adherent: int
    mi_non_adherent: int
    joining_share: float
    confronting_share: float
    trainee_talk_share: float
    longest_question_run: int
    flag_counts: dict[str, int]
    globals: dict[str, GlobalRating]
    bands: dict[str, str | None]
    score: int
    score_parts: dict[str, float] = field(default_factory=dict)
    listening_share: float = 0.0
    reflection_accuracy: float | None = None
    repeats: int = 0
    scoring_version: int = SCORING_VERSION

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "scoring_version": self.scoring_version,
            "score_parts": self.score_parts,
            "listening_share": self.listening_share,
            "reflection_accuracy": self.reflection_accuracy,
            "repeats": self.repeats,
            "r_q": self.r_q,
            "pct_complex_reflection": self.pct_complex_reflection,
            "pct_open_question": self.pct_open_question,
            "mi_adherent": self.mi_adherent,
            "mi_non_adherent": self.mi_non_adherent,
            "joining_share": self.joining_share,
            "confronting_share": self.confronting_share,
            "trainee_talk_share": self.trainee_talk_share,
            "longest_question_run": self.longest_question_run,
            "counts": self.counts,
            "flags": self.flag_counts,
            "globals": {k: v.to_dict() for k, v in self.globals.items()},
            "bands": self.bands,
            "turns": [
                {"index": t.index, "text": t.text, "code": t.coded.code.value,
                 "stance": t.coded.stance.value, "reason": t.coded.reason,
                 "flags": [f.value for f in t.flags], "link": t.coded.link, "listened": t.listened,
                 "repeat": t.repeat, "habit": t.habit}
                for t in self.turns
            ],
        }


def _clamp(x: float, lo: float = 0.0, hi: float = 1.0) -> float:
    return max(lo, min(hi, x))


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 2) if b else None


def _rating(x: float) -> float:
    """Map 0..1 onto MITI's 1..5 scale, to the half point a human coder would use."""
    return round(2 * (1 + 4 * _clamp(x))) / 2


def band(value: float | None, fair: float, good: float) -> str | None:
    """MITI's competency band for a figure; None when there is no figure (n/a gets no band)."""
    if value is None:
        return None
    if value < fair:
        return "below fair"
    return "good" if value >= good else "fair"


def listened(coded: CodedTurn) -> bool:
    """The turn connects to this client's own words, not only to stock counselling words."""
    return coded.link == "specific" and bool(set(coded.picked_up) - STOCK)


def _key(text: str) -> frozenset[str]:
    """What makes two turns the same: their content words, or the whole wording if none."""
    norm = normalise(text)
    return content_words(norm) or frozenset({"=" + "_".join(norm.replace(".", " ").split())})


def same_again(text: str, before: Sequence[str]) -> bool:
    """Mostly the same content words as an earlier turn: a formula said again."""
    mine = _key(text)
    for earlier in before:
        theirs = _key(earlier)
        if mine and theirs and len(mine & theirs) / max(len(mine), len(theirs)) >= REPEAT_SHARE:
            return True
    return False


@dataclass(slots=True)
class _HandBacks:
    """The client's words handed back ("For like a day.") are a simple reflection now and then; as a
    habit ("<their line>, and part of you is tired of it." turn after turn) they are a formula, and
    past a share of the turns that are not questions they stop counting."""

    backs: int = 0
    statements: int = 0

    def habit(self, coded: CodedTurn, text: str, context: str, history: Sequence[str] = ()) -> bool:
        if coded.code in QUESTIONS:  # asking about their words is not handing them back
            return False
        self.statements += 1
        if not (coded.echo or opens_on_their_words(text, context) or hands_back(text, context, history)):
            return False
        self.backs += 1
        return self.backs > max(HANDBACKS_FREE, HANDBACK_SHARE * self.statements)


def _counted(coder: Coder, text: str, context: str, history: tuple[str, ...], theirs: Iterable[str],
             said: Sequence[tuple[str, str]]) -> tuple[CodedTurn, bool, str]:
    """The turn as it counts: its code, whether all of it was said before (the same sentences, or the
    same shape with other words of the client's slotted in), and the words that are new.  "Your call,
    no lectures." again beside a new sentence: the new sentence is the move."""
    theirs = frozenset(theirs)
    # Earlier turns are framed again with every word the client has used by now, so a word of
    # theirs that first came from the trainee is a slot in both.
    recital = read_recital(text, theirs, [shape_of(before, theirs, answered) for before, answered in said], context)
    if recital.formula or (recital.afresh is not None and not recital.afresh.strip()):
        return coder(text, context, history), True, text
    if recital.afresh:
        return coder(recital.afresh, context, history), False, recital.afresh
    return coder(text, context, history), False, text


def code_session(turns: Sequence[Turn], coder: Coder = code_turn,
                 misquoted: Collection[int] = ()) -> tuple[CodedTrainee, ...]:
    """Code each trainee turn against the client line before it (and up to three before that, for
    the listening measure); mark question runs, and turns that only say again what earlier ones
    said: the same words, the same shape, or the client's words handed back once too often.
    `misquoted` are the indices of turns the client heard as words put in their mouth."""
    out: list[CodedTrainee] = []
    run = 0
    heard: list[str] = []
    theirs: set[str] = set()  # every word stem the client has used: the slots of a formula
    backs = _HandBacks()
    for index, turn in enumerate(turns):
        if turn.speaker == "client":
            heard.append(turn.text)
            theirs |= content_words(turn.text.lower())
            continue
        context = heard[-1] if heard else ""
        history = tuple(heard[-1 - HISTORY:-1])
        # each earlier turn with the client line it answered, to frame it again
        coded, recited, new = _counted(coder, turn.text, context, history, theirs, [(t.text, t.context) for t in out])
        run = question_run_after(run, coded)
        # only a question is part of a run: "ok i wont write anything down" between two does not join it
        flags = coded.flags + ((Flag.QUESTION_RUN,) if run >= 3 and coded.code in QUESTIONS else ())
        habit = backs.habit(coded, new, context, history)
        repeat = recited or (coded.code is not Code.OTHER and same_again(turn.text, [t.text for t in out]))
        wrong = index in misquoted
        out.append(CodedTrainee(index, turn.text, context, coded, flags, history,
                                listened(coded) and not habit and not wrong, repeat, habit, wrong))
    return tuple(out)


def question_run_after(run: int, coded: CodedTurn) -> int:
    """Questions in a row with no reflection between them, after this turn: a reflection ends the run,
    and so does one said before the turn's question ("You want to get it right, even with me. What
    would you want for your evenings?" is the first question after a reflection, not the third in a
    row, as a supervisor helper was told)."""
    if coded.code in QUESTIONS:
        return 1 if any(u.code in REFLECTIONS for u in coded.utterances) else run + 1
    return 0 if coded.code in REFLECTIONS else run


def longest_question_run(coded: Sequence[CodedTrainee]) -> int:
    """Most questions in a row with no reflection between them (other moves do not break it)."""
    best = run = 0
    for turn in coded:
        run = question_run_after(run, turn.coded)
        best = max(best, run)
    return best


@dataclass(frozen=True, slots=True)
class Tally:
    """The counts a session's figures come from.  `counts` leave out turns that only repeat an
    earlier one; `heard` counts the turns of each code that listened (linked to the client's
    own words)."""

    n: int  # trainee turns
    coded_n: int  # turns with a code other than `other`, repeats included
    counts: Counter[Code]
    heard: Counter[Code]
    joining: float  # share of coded turns that joined (repeats earn nothing)
    confronting: float  # share of coded turns that pushed (a repeated push still counts)
    listening: float  # share of coded turns that joined and listened (in other words: PARAPHRASE_CREDIT each)
    repeats: int
    reflections_again: int = 0  # reflections among the repeats
    followed: Counter[Code] = field(default_factory=Counter)  # joining turns that followed in other words
    own_words: Counter[Code] = field(default_factory=Counter)  # ... of them, reflections surely in the trainee's own

    def credited(self, code: Code, followed: bool = True) -> float:
        """Turns of a code that listened: with the client's words in full, surely in the trainee's own words ¾,
        and (with `followed`) only linked to the client in other words ½."""
        other = self.followed[code] - self.own_words[code] if followed else 0
        return self.heard[code] + PARAPHRASE_CREDIT * other + OWN_WORDS_CREDIT * self.own_words[code]

    def per_turn(self, k: float) -> float:
        return k / self.n if self.n else 0.0

    @property
    def reflections(self) -> int:
        return sum(self.counts[c] for c in REFLECTIONS)

    @property
    def questions(self) -> int:
        return sum(self.counts[c] for c in QUESTIONS)

    @property
    def accuracy(self) -> float | None:
        """Share of reflections that picked up the client's own words; a reflection said again (the
        same words or the same shape) counts as one that did not, as does one that handed the
        client's words back once too often (it is counted, and never listened)."""
        heard = sum(self.credited(c) for c in REFLECTIONS)
        said = self.reflections + self.reflections_again
        return round(heard / said, 3) if said else None


def tally(coded: Sequence[CodedTrainee]) -> Tally:
    fresh = [t for t in coded if not t.repeat]
    counts = Counter(t.coded.code for t in fresh)
    heard = Counter(t.coded.code for t in fresh if t.listened)
    coded_n = sum(1 for t in coded if t.coded.code is not Code.OTHER)
    joining = sum(1 for t in fresh if t.coded.stance is Stance.JOINING and t.coded.code is not Code.OTHER
                  and not t.habit)
    followed = Counter(t.coded.code for t in fresh if paraphrased(t))
    own = Counter(t.coded.code for t in fresh if paraphrased(t) and in_own_words(t))
    listening = (sum(1 for t in fresh if t.coded.stance is Stance.JOINING and t.listened)
                 + PARAPHRASE_CREDIT * (sum(followed.values()) - sum(own.values()))
                 + OWN_WORDS_CREDIT * sum(own.values()))
    confronting = sum(1 for t in coded if t.coded.stance is Stance.CONFRONTING and t.coded.code is not Code.OTHER)
    share = (lambda k: k / coded_n) if coded_n else (lambda k: 0.0)
    again = sum(1 for t in coded if t.repeat and t.coded.code in REFLECTIONS)
    return Tally(len(coded), coded_n, counts, heard, share(joining), share(confronting), share(listening),
                 len(coded) - len(fresh), again, followed, own)


def in_own_words(turn: CodedTrainee) -> bool:
    """A complex reflection the coder is sure joins: a skilled counsellor's own words for what the client meant."""
    return turn.coded.code is Code.REFLECTION_COMPLEX and turn.coded.stance_probs.get("joining", 0.0) >= OWN_WORDS_SURE


def paraphrased(turn: CodedTrainee) -> bool:
    """A joining turn linked to what the client said without a word of theirs in it ("Nothing to do with the
    hands now." after "I sold the lot at the mart"): listening, in other words.  Never a turn said again, a
    habit of handing their words back, or a stock line (the link is then generic)."""
    return (turn.coded.stance is Stance.JOINING and turn.coded.code is not Code.OTHER and not turn.listened
            and turn.coded.link == "specific" and not turn.habit and not turn.repeat and not turn.misquoted)


BANDED_REFLECTIONS = 3  # reflections before the share of complex ones gets a competency band


def score_session(turns: Sequence[Turn], coder: Coder = code_turn, misquoted: Collection[int] = ()) -> SessionScores:
    """The session's figures; `misquoted` (indices into `turns`) are turns the client heard as words put in their
    mouth, which never count as listening, however well the coder links them."""
    coded = code_session(turns, coder, misquoted)
    t = tally(coded)
    counts = t.counts
    trainee_words = sum(len(x.text.split()) for x in turns if x.speaker == "trainee")
    all_words = sum(len(x.text.split()) for x in turns)
    flag_counts = Counter(f.value for x in coded for f in x.flags)
    early = [x for x in coded[:3] if x.coded.code is Code.PERSUADE]
    if early and not any(x.coded.code in REFLECTIONS for x in coded[: coded.index(early[0])]):
        flag_counts["righting_reflex_early"] = 1

    r_q = _ratio(t.reflections, t.questions)
    pct_cr = _ratio(counts[Code.REFLECTION_COMPLEX], t.reflections)
    pct_oq = _ratio(counts[Code.QUESTION_OPEN], t.questions)
    rq_value = r_q if r_q is not None else (2.0 if t.reflections else 0.0)
    globals_ = _globals(t, rq_value, pct_cr or 0.0)
    relational = (globals_["partnership"].score + globals_["empathy"].score) / 2
    technical = (globals_["cultivating_change_talk"].score
                 + globals_["softening_sustain_talk"].score) / 2
    bands = {
        "r_q": band(r_q, 1.0, 2.0),
        # "complex reflections 100% (good)" on one reflection praises a ratio of nothing (a supervisor
        # helper's 10/100 session): the band waits for a few reflections
        "pct_complex_reflection": band(pct_cr, 0.4, 0.5) if t.reflections >= BANDED_REFLECTIONS else None,
        "relational": band(relational, 3.5, 4.0) if t.n else None,
        "technical": band(technical, 3.0, 4.0) if t.n else None,
    }
    run = longest_question_run(coded)
    parts = _parts(t, rq_value, pct_cr or 0.0, relational, technical, run)
    return SessionScores(
        turns=coded,
        counts={c.value: counts[c] for c in Code},
        r_q=r_q,
        pct_complex_reflection=pct_cr,
        pct_open_question=pct_oq,
        mi_adherent=sum(counts[c] for c in MI_ADHERENT),
        mi_non_adherent=sum(counts[c] for c in MI_NON_ADHERENT),
        joining_share=round(t.joining, 3),
        confronting_share=round(t.confronting, 3),
        trainee_talk_share=round(trainee_words / all_words, 3) if all_words else 0.0,
        longest_question_run=run,
        flag_counts=dict(flag_counts),
        globals=globals_,
        bands=bands,
        score=round(100 * sum(parts.values())) if t.n else 0,
        score_parts=parts,
        listening_share=round(t.listening, 3),
        reflection_accuracy=t.accuracy,
        repeats=t.repeats,
    )


STOCK_CAP = 0.60  # a session that never picks up the client's words scores at most this
CAP_PER_LISTENING = 1.0  # the cap rises by this for each unit of listening share


def _parts(t: Tally, rq: float, pct_cr: float, relational: float, technical: float, run: int) -> dict[str, float]:
    """The score's parts; they add up to the score (over 100), the listening cap included."""
    accuracy = t.accuracy or 0.0  # reflections count as far as they picked up the client's words
    parts = {
        "joining": 0.20 * t.joining,
        "listening": 0.25 * t.listening,
        "reflection_to_question": 0.10 * _clamp(rq / 2) * accuracy,
        "complex_reflections": 0.10 * _clamp(pct_cr / 0.5) * accuracy,
        "relational": 0.15 * (relational - 1) / 4,
        "technical": 0.20 * (technical - 1) / 4,
        "confrontation_penalty": -0.6 * t.confronting,
        "question_run_penalty": -0.02 * max(run - 2, 0),
    }
    raw = sum(parts.values())
    kept = min(_clamp(raw), STOCK_CAP + CAP_PER_LISTENING * t.listening)
    parts = {k: round(v, 3) for k, v in parts.items()}
    # What the clamp to 0..1 and the listening cap took away, so the parts still add up.
    parts["listening_cap"] = round(kept - sum(parts.values()), 3)
    return parts


def _globals(t: Tally, rq: float, pct_cr: float) -> dict[str, GlobalRating]:
    """MITI's four global ratings, estimated from counts that listened (see the README)."""
    c, per_turn = t.counts, t.per_turn
    # turns that listened; in other words only when the coder is sure it is a complex reflection (with the ½ of a
    # line only linked to the client too, a gamer's quoted formulas rose past 40)
    h = {code: t.credited(code, followed=False) for code in Code}
    seek = c[Code.SEEKING_COLLABORATION] + c[Code.PERSUADE_WITH_PERMISSION]
    autonomy = c[Code.EMPHASIZING_AUTONOMY]
    refl = t.reflections
    heard_refl = sum(h[x] for x in REFLECTIONS)
    accuracy = t.accuracy or 0.0
    empathy = ((0.45 * _clamp(rq / 2) + 0.35 * _clamp(pct_cr / 0.5) + 0.20 * _clamp(per_turn(refl) / 0.5))
               * (0.25 + 0.75 * accuracy) - 1.5 * t.confronting)
    partnership = (0.35 * _clamp(per_turn(seek + autonomy) / 0.2) + 0.35 * t.listening
                   + 0.30 * _clamp(per_turn(h[Code.QUESTION_OPEN] + heard_refl) / 0.6) - 2.0 * t.confronting)
    cultivating = (0.4 * _clamp(per_turn(h[Code.QUESTION_OPEN]) / 0.25)
                   + 0.4 * _clamp(per_turn(h[Code.REFLECTION_COMPLEX]) / 0.25)
                   + 0.2 * _clamp(per_turn(h[Code.AFFIRM]) / 0.1) - 1.5 * per_turn(c[Code.PERSUADE]))
    softening = (0.5 * (1 - _clamp(3 * t.confronting)) + 0.3 * _clamp(per_turn(h[Code.REFLECTION_COMPLEX]) / 0.2)
                 + 0.2 * _clamp(per_turn(autonomy) / 0.1))
    if not t.n:
        empathy = partnership = cultivating = softening = 0.0
    n = t.n
    return {
        "partnership": GlobalRating(_rating(partnership), (
            f"{seek} collaboration/permission and {autonomy} autonomy moves in {n} turns",
            f"listening share {t.listening:.0%} (joining turns that picked up the client's words)",
            f"confronting share {t.confronting:.0%}",
        )),
        "empathy": GlobalRating(_rating(empathy), (
            f"R:Q {rq:.2f}, complex reflections {pct_cr:.0%} of {refl}",
            f"{heard_refl:g} of {refl} reflections listened (surely in the trainee's own words: ¾ each)",
            f"{c[Code.CONFRONT]} confrontations, confronting share {t.confronting:.0%}",
        )),
        "cultivating_change_talk": GlobalRating(_rating(cultivating), (
            f"{h[Code.QUESTION_OPEN]} open questions, {h[Code.REFLECTION_COMPLEX]} complex reflections and "
            f"{h[Code.AFFIRM]} affirmations that listened",
            f"{c[Code.PERSUADE]} unasked-for advice",
        )),
        "softening_sustain_talk": GlobalRating(_rating(softening), (
            f"confronting share {t.confronting:.0%}",
            f"{h[Code.REFLECTION_COMPLEX]} complex reflections that listened, {autonomy} autonomy statements",
        )),
    }
