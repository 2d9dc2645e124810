"""Joining replies a trainee could have given: several candidates, built from the client's own
words for the move the moment calls for, checked and ranked.

Every candidate names what the client said (so it listens by construction), takes a frame in
turn (so no formula dominates), and is dropped if it reads badly, contradicts the client's last
words or repeats what the trainee already said.  `ranked` then puts the ones our own coder hears
as joining and specific first; `personas.practice` goes further and replays each through the
client to offer only one that would have done better than the trainee's turn.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from scoring.coder import CodedTurn, code_turn, rule_verdict
from scoring.codes import Code, Stance
from scoring.frames import FRAMES, MEANING_FRAMES, POSITIVE_FRAMES, PROCESS_FRAMES, QUESTION_FRAMES
from scoring.moves import MOVE_NAMES, Move, Reading, read
from scoring.rephrase import third_person
from scoring.session import same_again
from scoring.text import content_words, stem

MAX_WORDS = 32
PER_MOVE = 2  # frames tried for each fitting move
_NEGATIVE = re.compile(r"\b(?:worn|tired|scared|fed up|guilt|stuck|angry|riled|lonely|alone|judged|heavy|"
                       r"frighten\w*|exhausting|frustrating|disheartening|painful|maddening|loss|grieving|"
                       r"stretched|relentless|isolating|wearing|underneath|no wonder)\b", re.IGNORECASE)
_DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
_ANOTHER_YOU = re.compile(r"\b(?:and|but|so) you\b")  # "part of you … and you never" mixes persons
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|mine|myself|i'm|i've|i'd|i'll|we|us|our)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One suggested reply: its words, the move it makes, its frame (the words with the client's
    own removed) and the client's words it carries."""

    text: str
    move: Move
    frame: str
    slots: tuple[str, ...]

    @property
    def move_name(self) -> str:
        return MOVE_NAMES[self.move]

    def to_dict(self) -> dict[str, str]:
        return {"text": self.text, "move": self.move.value, "frame": self.frame}


Coder = Callable[[str, str, Sequence[str]], CodedTurn]


def _rotation(key: str, size: int) -> list[int]:
    """Frame order for these words: stable for the same words, spread across different ones."""
    start = zlib.crc32(key.lower().encode()) % size
    return [(start + i) % size for i in range(size)]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _slots(reading: Reading, move: Move) -> dict[str, str] | None:
    """What the frames of this move are filled with, or None when the moment lacks it."""
    main = reading.main
    if main is None:
        return None
    values = {"c": main.text, "C": _cap(main.text), "q": main.text}
    if move is Move.DOUBLE:
        if reading.sides is None:
            return None
        a, b = reading.sides
        values |= {"a": a.text, "A": _cap(a.text), "b": b.text}
        a3, b3 = third_person(a.text), third_person(b.text)
        if a3 and b3 and not _ANOTHER_YOU.search(f"{a3} {b3}"):
            values |= {"a3": a3, "b3": b3}
    if move is Move.AFFIRM:
        if reading.strength is None:
            return None
        values |= {"c": reading.strength.text, "C": _cap(reading.strength.text)}
    if move is Move.COMPLEX and (reading.feeling is None or reading.felt is None):
        return values if reading.meaning else None  # the meaning frames need only the clause
    if move in (Move.COMPLEX, Move.FEELING):
        if reading.feeling is None or reading.felt is None:
            return None
        f = reading.feeling
        values |= {"c": reading.felt.text, "C": _cap(reading.felt.text)}
        values |= {"state": f.state, "weight": f.weight, "Weight": _cap(f.weight), "sounds": f.sounds}
    return values


def _frames(reading: Reading, move: Move) -> tuple[str, ...]:
    """The frames for this move at this moment; a clause that may start with a name only goes
    first, where its capital is right whatever the word is."""
    assert reading.main is not None
    if reading.main.question:
        frames = QUESTION_FRAMES.get(move, ())
    elif reading.positive and move in POSITIVE_FRAMES:
        frames = POSITIVE_FRAMES[move]
    elif move is Move.COMPLEX and reading.feeling is None and reading.meaning:
        frames = MEANING_FRAMES[reading.meaning]
    else:
        frames = FRAMES.get(move, ())
    own = {Move.AFFIRM: reading.strength, Move.COMPLEX: reading.felt, Move.FEELING: reading.felt}
    used = own.get(move, reading.main)
    if used is not None and used.leads:
        frames = tuple(f for f in frames if f.startswith("{C}") or "{c}" not in f)
    return frames


# Frames that embed the clause mid-sentence need it to start with its subject: "the fact that six
# sessions, then you get your shift back" does not parse.
_EMBEDS = re.compile(r"(?:that|say|like) \{c\}")
_SUBJECT_FIRST = re.compile(r"^(?:you|he|she|they|it|we|there|that|this|these|those|your|his|her|their|the|a|an|"
                            r"some|everyone|everybody|nobody|someone|no one|people|[A-Z][a-z]+)\b")


def _fill(frame: str, values: dict[str, str]) -> tuple[str, str, tuple[str, ...]] | None:
    """The filled text, the frame with the client's words as "…", and those words."""
    fields = re.findall(r"\{(\w+)\}", frame)
    if any(f not in values for f in fields):
        return None
    if _EMBEDS.search(frame) and not _SUBJECT_FIRST.match(values.get("c", "")):
        return None
    client = {"c", "C", "a", "A", "b", "a3", "b3", "q"}
    text = frame.format(**values)
    shown = frame.format(**{k: ("…" if k in client else v) for k, v in values.items()})
    return text, shown, tuple(values[f] for f in fields if f in client)


def problems(text: str) -> list[str]:
    """Why a suggestion would read badly: shape, length, doubled words, a dangling "So oh", a push; empty
    when none (the caller asks only whether there is one)."""
    found = []
    if not text[:1].isupper() or text[-1:] not in ".?":
        found.append("not a sentence")
    if len(re.findall(r"[.?!](?:\s|$)", text)) > 2:
        found.append("more than two sentences")
    if len(text.split()) > MAX_WORDS:
        found.append("too long")
    if _DOUBLED.search(text):
        found.append("a doubled word")
    if len(re.findall(r",\s+and\b", text)) >= 2:
        found.append("a chain of 'and's")
    if re.search(r"\bso,? (?:oh|yeah|well|um|like)\b", text, re.IGNORECASE):
        found.append("a filler after 'so'")
    if re.search(r"\b(?:for you, you|say you say|saying you're saying|telling me you're telling|right, if)\b", text,
                 re.IGNORECASE) or len(re.findall(r"\b(?:saying|telling me|hearing)\b", text, re.IGNORECASE)) >= 2:
        found.append("an echo of the frame")
    # the rules' reading is the dear check (about 0.3 ms), so it runs only on words that pass the rest
    if not found and any(s.code in (Code.CONFRONT, Code.PERSUADE) for s in rule_verdict(text).sentences):
        # the client's sarcasm said back ("So I'm making excuses. Thanks." -> "So you're making
        # excuses.") is their words, but heard on its own, in a trainee's mouth, it is the label; any
        # sentence the rules read as a push is enough, even if a question after it softens the turn
        found.append("a push when heard on its own")
    return found


def contradicts(candidate: Candidate, reading: Reading) -> bool:
    """It says something the client's last words deny: a feeling they just negated, or a hard
    feeling offered right after relief."""
    added = candidate.frame.lower()
    if reading.positive and _NEGATIVE.search(added):
        return True
    return bool(content_words(added.replace("…", " ")) & reading.denied)


_TALK_ABOUT_TALK = frozenset(stem(w) for w in (
    "meant", "mean", "means", "told", "tell", "telling", "asked", "ask", "asking", "guess", "suppose", "talk",
    "talking", "words"))


def _empty(candidate: Candidate) -> bool:
    """Nothing of the client's in the words said back: "Sounds like that's what you said." or "You're
    saying you didn't think of it like that." is a frame around talk about the talk."""
    return bool(candidate.slots) and not content_words(" ".join(candidate.slots)) - _TALK_ABOUT_TALK


def leftover_first_person(candidate: Candidate) -> bool:
    """The client's "I" left in the words said back (the client's "you" may become "I")."""
    return any(_FIRST_PERSON.search(s) and not re.search(r"\b(?:I|me|my)\b", s) for s in candidate.slots)


def candidates(client_lines: Sequence[str], trainee_said: Iterable[str] = (),
               moves: Sequence[Move] | None = None, per_move: int = PER_MOVE) -> list[Candidate]:
    """Suggestions for answering the last of `client_lines` (oldest first), best-fitting move
    first and each move's frames in turn; none when the client said nothing to say back."""
    reading = read(client_lines)
    said = tuple(trainee_said)
    if reading.objects and (moves is None or Move.PROCESS in moves):
        return _owning(reading, said, per_move)
    if reading.main is None:
        return []
    out: list[Candidate] = []
    for move in moves or reading.moves:
        values = _slots(reading, move)
        frames = _frames(reading, move) if values else ()
        taken = 0
        for i in _rotation(reading.main.text, len(frames)) if frames else ():
            filled = _fill(frames[i], values or {})
            if filled is None:
                continue
            candidate = Candidate(filled[0], move, filled[1], filled[2])
            if (problems(candidate.text) or contradicts(candidate, reading) or _empty(candidate)
                    or same_again(candidate.text, said) or leftover_first_person(candidate)):
                continue
            out.append(candidate)
            taken += 1
            if taken == per_move:
                break
    return out


def _owning(reading: Reading, said: Sequence[str], per_move: int) -> list[Candidate]:
    """Replies that own the counsellor's part in what the client objects to; a frame with the client's clause
    is tried only when they gave one that is about them ("you feel pushed")."""
    assert reading.objects is not None
    frames = PROCESS_FRAMES[reading.objects]
    main = reading.main
    out: list[Candidate] = []
    for i in _rotation(reading.line, len(frames)):
        frame = frames[i]
        if "{C}" in frame or "{c}" in frame:
            if main is None or main.question or not main.text.startswith("you "):
                continue
            filled = _fill(frame, {"c": main.text, "C": _cap(main.text)})
            if filled is None:
                continue
            candidate = Candidate(filled[0], Move.PROCESS, filled[1], filled[2])
        else:
            candidate = Candidate(frame, Move.PROCESS, frame, ())
        if problems(candidate.text) or same_again(candidate.text, said):
            continue
        out.append(candidate)
        if len(out) == per_move:
            break
    return out


def listens(coded: CodedTurn) -> bool:
    """Our coder hears it as joining, linked specifically to the client's words."""
    return coded.stance is Stance.JOINING and coded.link == "specific"


def ranked(found: Sequence[Candidate], context: str, history: Sequence[str] = (),
           coder: Coder = code_turn) -> list[Candidate]:
    """Candidates our coder hears as joining and specific first, each group in generated order;
    never one it hears as a push (a reflection of sarcasm, "so you're making excuses", is a label)."""
    coded = [coder(c.text, context, tuple(history)) for c in found]
    kept = [(listens(k), c) for k, c in zip(coded, found, strict=True) if k.stance is not Stance.CONFRONTING]
    return [c for _, c in sorted(kept, key=lambda p: not p[0])]


def best(client_lines: Sequence[str], trainee_said: Iterable[str] = (), coder: Coder = code_turn) -> Candidate | None:
    """The top-ranked suggestion: the first candidate the coder hears as listening, else the first
    it does not hear as a push; none when every candidate would teach a confrontation."""
    found = candidates(client_lines, trainee_said)
    if not client_lines:
        return None
    context, history = client_lines[-1], tuple(client_lines[:-1])[-3:]
    fallback = None
    for candidate in found:
        coded = coder(candidate.text, context, history)
        if listens(coded):
            return candidate
        if fallback is None and coded.stance is not Stance.CONFRONTING:
            fallback = candidate
    return fallback
