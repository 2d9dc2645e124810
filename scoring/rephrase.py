"""Turn the client's own words into a joining reply the trainee could have given.

Feedback that only says "that was a confrontation" leaves a trainee stuck; showing the same
moment answered with a reflection built from what the client just said is what teaches.
"""

from __future__ import annotations

import re

from scoring.cues import FEELINGS

_FIRST_TO_SECOND = {
    "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
    "i'm": "you're", "im": "you're", "i've": "you've", "i'll": "you'll", "i'd": "you'd",
    "we": "you", "us": "you", "our": "your", "ours": "yours", "ourselves": "yourselves",
    "we're": "you're", "we've": "you've", "am": "are",
    "you": "I", "your": "my", "yours": "mine", "yourself": "myself", "you're": "I'm",
    "you've": "I've", "you'll": "I'll", "you'd": "I'd",
}
_WAS_AFTER_I = re.compile(r"\byou was\b")
_WORD = re.compile(r"[A-Za-z']+|[^A-Za-z']+")
_LEAD = re.compile(
    r"^(?:(?:well|so|and|but|look|listen|honestly|i mean|like|okay|ok|yeah|yes|no|um+|uh+|"
    r"erm|hmm+|you know|to be honest|tbh|i guess|i think|i suppose|i reckon|maybe|probably|"
    r"just|see|like i said|anyway)\b[,.]?\s*)+",
    re.IGNORECASE,
)
_CUE = re.compile(r"\[[^\]]*\]|\*[^*]*\*")
_SENTENCES = re.compile(r"(?<=[.!?])\s+")
_PERSONAL = re.compile(r"\b(?:i|i'm|im|i've|i'd|my|me|myself|we|our)\b", re.IGNORECASE)
_TAG = re.compile(r",?\s+(?:right|you know|yeah|eh|innit|isn't it|ok|okay)$", re.IGNORECASE)


def key_clause(client_line: str, max_words: int = 14) -> str:
    """The part of the client's line worth reflecting: the sentence with the most in it."""
    text = _CUE.sub(" ", client_line).strip()
    raw = [s.strip() for s in _SENTENCES.split(text) if s.strip(" .!?…")]
    if not raw:
        return ""
    # The feeling, if the client named one; else their latest words about themselves; rhetorical
    # questions ("better the locker than a person, right?") make poor reflections.
    statements = [s for s in raw if not s.endswith("?")] or raw
    felt = [s for s in statements if FEELINGS.search(s.lower())]
    personal = [s for s in statements if _PERSONAL.search(s)]
    best = (felt or personal or statements)[-1].strip(" .!?…\"'")
    best = _TAG.sub("", best)
    best = _LEAD.sub("", best).strip(" ,")
    words = best.split()
    if len(words) > max_words:
        cut = best.split(",")[0].split()
        words = cut if 3 <= len(cut) <= max_words else words[:max_words]
    return " ".join(words)


def to_second_person(clause: str) -> str:
    """"my wife keeps nagging me" -> "your wife keeps nagging you"."""
    out = []
    for token in _WORD.findall(clause):
        low = token.lower()
        swapped = _FIRST_TO_SECOND.get(low)
        out.append(token if swapped is None else swapped)
    text = "".join(out)
    text = _WAS_AFTER_I.sub("you were", text)
    text = re.sub(r"\byou is\b", "you are", text)
    return text[:1].lower() + text[1:] if not text.startswith("I ") else text


def _only_questions(client_line: str) -> bool:
    text = _CUE.sub(" ", client_line).strip()
    return bool(text) and all(s.strip().endswith("?") for s in _SENTENCES.split(text) if s.strip(" .!?…"))


def reflection(client_line: str) -> str:
    """A complex reflection: the client's words back, plus the feeling under them."""
    if _only_questions(client_line):
        question = key_clause(client_line)
        return f"It sounds like “{question}” is a real question for you right now, and it matters."
    clause = to_second_person(key_clause(client_line))
    if not clause:
        return "It sounds like there's a lot going on for you right now, and it's hard to know where to start."
    if FEELINGS.search(clause.lower()):
        return f"So {clause}, and that's been weighing heavily on you."
    return f"So {clause}, and that's been frustrating for you."


def open_question(client_line: str) -> str:
    """An open question that invites the client to say more about their own words."""
    clause = to_second_person(key_clause(client_line))
    if not clause:
        return "What would be most useful for us to talk about right now?"
    return f"You said {clause}. What's that like for you?"


def autonomy_reflection(client_line: str) -> str:
    """A reflection that hands the choice back: the repair for advice and arguing."""
    clause = to_second_person(key_clause(client_line))
    if not clause:
        return "It's your call what happens next, and I'd like to understand how you see it."
    return f"So {clause}, and it's frustrating. What you do about it is your call."
