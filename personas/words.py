"""What a client can tell from a trainee's wording, beyond its code: whether anything was said at
all, whether it was English, whether it repeats an earlier turn, and which of the client's own
topics, sensitive phrases and needs it touches.

All of it is lexical and cheap on purpose: a whole turn has to stay within a few milliseconds, and
a trainee should be able to see why the client reacted ("you said 'your dad' before I did").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from scoring.listening import flip_person
from scoring.text import content_words, normalise

# Talk that carries no move: it keeps the door open but cannot open it.
_FILLER = re.compile(
    r"^(?:ok(?:ay)?|k+|mm+(?:-?hm+)?|hm+|uh-?huh|yeah|yep|yup|yes|right|sure|i see|go on|cool|alright|"
    r"all right|fine|oh|ah|aha|wow|and|so|well|gotcha|got it|noted|nice|good|great|thanks|thank you)$"
)
_PUNCT = re.compile(r"[^\w\s']+")
# Common English words: a turn of three or more words with none of them is not English.
_ENGLISH_WORDS = (
    "i you he she it we they me him her us them my your his its our their mine yours the a an and or but "
    "so if is are was were be been being am do does did done have has had not no yes what how why when "
    "where who which that this these those there here to of in on at for with about from by as into just "
    "like can could would will should may might must feel felt think thought know want said say tell more "
    "really very okay ok sorry it's i'm you're don't can't that's what's there's let's hi hello hey please "
    "thanks thank sounds seems maybe all some any much many one two get got go going come came see saw "
    "make made take time now then still again never always ever something anything nothing everything "
    "good bad hard sad mad well right sure though because also too only even"
)
_ENGLISH = frozenset(_ENGLISH_WORDS.split())
_KEYBOARD = ("asdf", "sdfg", "dfgh", "fghj", "ghjk", "hjkl", "qwer", "wert", "erty", "rtyu", "tyui",
             "yuio", "uiop", "zxcv", "xcvb", "cvbn", "vbnm", "jkjk", "lkj", "fdsa")
_LATIN_WORD = re.compile(r"[a-z\u00c0-\u024f']+")
_SAID = re.compile(r"\{said:([^}]*)\}")
_IF_SAID = re.compile(r"\{if:([^}]*)\}\s*")
_AFTER = re.compile(r"\{after:([^}]*)\}\s*")
# What a line marked `{after:...}` answers.  "told": the trainee said something about the client or
# the world (a reflection, advice, information, an argument), not only asked or greeted: "That's your
# opinion" and "Don't be telling me about my own life" answer a statement, never a question.
# "repeated": the turn asks or says what an earlier turn did ("You've asked me that before.").
# "asked_again": a question after a question ("Another question. You people love questions.").
AFTER_KINDS = ("told", "asked", "repeated", "asked_again")
# The marks a persona line may carry; anything else in braces would be spoken aloud.
MARK = re.compile(r"\{([a-z]+)(?::([^}]*))?\}")
MARKS = ("said", "if", "after", "name")
_TOKEN = re.compile(r"[a-z0-9']+")
_QUOTING = re.compile(r"\byou (?:said|called it|used the word)\s+['\"‘“]", re.IGNORECASE)
_GAP = "[^a-z0-9']+"


# The vocabulary of the method, said to the client: no client talks like this, and a client who
# hears "I'm rolling with your resistance" hears technique, not a person ("What are you on about?").
_TECHNIQUE = re.compile(
    r"\b(?:roll(?:ing)? with (?:your |the |some |that )?resistance|change talk|sustain talk|righting reflex|"
    r"decisional balance|develop(?:ing)? (?:the )?discrepancy|motivational interviewing|reflective listening|"
    r"honou?r(?:ing)? your autonomy|evok(?:e|ing) your (?:values|strengths|change|motivation|reasons)|"
    r"pre-?contemplation|stages? of change|(?:simple|complex|double-sided) reflection|spirit of mi|"
    r"partnership,? acceptance|"
    r"(?:hearing|noticing|sensing|picking up|i hear|there's|there is) (?:some |a lot of |real |a bit of |the )?"
    r"ambivalence|ambivalence (?:about|around|towards?) (?:the )?chang\w*|(?:the )?change process|"
    r"readiness (?:to|for) change|motivation (?:to|for) change|self-efficacy|discrepancy between|"
    # the clinic's words for the client's inner life: a formulation read out, not a person understood
    r"(?:sympathetic|physiological|autonomic) (?:arousal|nervous system)|dysregulat\w*|cognitive (?:schemas?|"
    r"distortions?|dissonance|triad)|(?:core |maladaptive )schemas?|avoidance (?:cycle|behaviours?|behaviors?|loop)|"
    r"hypervigilan\w*|maladaptive|secondary to|attachment (?:style|wound|injury)|trauma response|"
    r"window of tolerance|emotional regulation|externali[sz]ing|internali[sz]ing)\b")


def talks_technique(text: str) -> bool:
    """The trainee names the method's moves to the client instead of making them."""
    return bool(_TECHNIQUE.search(normalise(text)))


def is_filler(text: str) -> bool:
    """'ok', 'mm', '...', a lone 'right?': nothing the client could be moved by."""
    bare = _PUNCT.sub(" ", normalise(text)).strip()
    return not bare or bool(_FILLER.match(" ".join(bare.split())))


def is_confusing(text: str) -> bool:
    """Emoji, keyboard mashing or another language: a client would not know what was meant."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return any(not (c.isspace() or c in ".…?!,-") for c in text)
    if sum(1 for c in letters if c.isascii()) * 2 < len(letters):
        return True  # mostly another script
    words = _LATIN_WORD.findall(text.lower())
    if any(w in _ENGLISH for w in words):
        return False
    accented = any(not c.isascii() for c in "".join(words))
    mashed = any(k in w for w in words for k in _KEYBOARD) or any(
        len(w) >= 4 and not re.search(r"[aeiouy]", w) for w in words)
    return accented or len(words) >= 3 or mashed


def stems(text: str) -> frozenset[str]:
    """The meaning-carrying stems of a line (cues in brackets included: they are what the client shows)."""
    return content_words(text.lower())


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared content words over the larger turn: 1.0 means the same words again."""
    if not a or not b:
        return 0.0
    return len(a & b) / max(len(a), len(b))


@lru_cache(maxsize=4096)
def flipped(text: str) -> str:
    """A client line as the trainee would say it back ("my dad" -> "your dad"), for phrase matching."""
    return " " + flip_person(text) + " "


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """One regex for a list of phrases, matched as whole words on normalised or person-flipped
    text: words may be joined by a space, hyphen or apostrophe ("daughter-in-law" matches
    "daughter in law"), and a trailing plural or possessive still counts ("locker" matches
    "lockers")."""
    parts = set()
    for phrase in phrases:
        tokens = _TOKEN.findall(normalise(phrase))
        if tokens:
            parts.add(_GAP.join(re.escape(t) for t in tokens))
    if not parts:
        return None
    body = "|".join(sorted(parts, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9'])(?:{body})(?:s|es|'s)?(?![a-z0-9'])")


def fill_quotes(line: str, trainee_text: str, did: frozenset[str] | None = None) -> str | None:
    """Fill `{said:heavy|weight}` with the word the trainee actually used, or None when they used
    none of them: a client only quotes a trainee's word when the trainee said it.  A line marked
    `{if:budget|saving}` is said only when the trainee's turn names one of those (the mark itself is
    never spoken): "I didn't come for a lecture on saving" answers advice about saving, not any advice.
    A line marked `{after:told}` is said only when "told" is in `did`, what the turn did (see
    AFTER_KINDS); `did=None` reads no such mark."""
    after = _AFTER.match(line)
    if after:
        if did is not None and after.group(1) not in did:
            return None
        line = line[after.end():]
    condition = _IF_SAID.match(line)
    if condition:
        pattern = phrase_pattern(condition.group(1).split("|"))
        if pattern is None or not pattern.search(normalise(trainee_text)):
            return None
        line = line[condition.end():]
    if "{said:" not in line:
        return line
    said = set(re.findall(r"[a-z']+", normalise(trainee_text)))
    out = line
    for match in _SAID.finditer(line):
        options = [o.strip().lower() for o in match.group(1).split("|")]
        found = next((o for o in options if o in said), None)
        if found is None:
            return None
        out = out.replace(match.group(0), found, 1)
    return out


def unknown_marks(line: str) -> list[str]:
    """The marks in a line that are not ones the engine reads, spelled as written ("{aftr:told}")."""
    return [m.group(0) for m in MARK.finditer(line)
            if m.group(1) not in MARKS or (m.group(1) == "after" and m.group(2) not in AFTER_KINDS)]


def quotes_without_placeholder(line: str) -> bool:
    """A line that claims to quote the trainee ("you said 'heavy'") without `{said:...}`."""
    return "{said:" not in line and bool(_QUOTING.search(line))
