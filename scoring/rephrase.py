"""The client's own words, said back by a counsellor: clean clauses with the person flipped.

A suggested reply only teaches if it reads as something a skilled counsellor would say, so the
words taken from the client are cleaned first (cues, fillers and tags dropped), their person is
flipped (I -> you, my -> your, I'm -> you're, and the client's "you" -> "I"/"me") with the verb
agreeing, and their tense is kept.  A question the client asked is never handed back as a
statement: it becomes an embedded question ("whether this is a test") or is not used at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scoring.listening import STOCK
from scoring.text import content_words

MAX_WORDS = 18


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one string, for the word lists below."""
    return frozenset(text.split())
  # a clause longer than this is cut at a clause boundary, or not used

_CUE = re.compile(r"\[[^\]]*\]|\*[^*]*\*")
_CURLY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "…": "...", "—": " - ", "–": " - "})
# Sentence ends; an ellipsis or a dash is a pause that ends a thought too.
_SPLIT = re.compile(r"(?<=[.!?])\s+|(?<=[.!?]['\"])\s+|\.\.\.+\s*|\s+-\s+")
_LEAD = re.compile(
    r"^(?:(?:oh|ah|yeah|yes|yep|no|nope|well|so|and|but|look|listen|honestly|okay|ok|alright|all right|um+|uh+|"
    r"erm|hmm+|hm+|mm+|right|see|like|anyway|i mean|you know|to be honest|i guess|i suppose|i think|i reckon|"
    r"sure|fine|eh|wow|please|sorry|then|now|plus|because|cause|cos|'cause|kind of(?: like)?|sort of(?: like)?|"
    r"i'll be honest|if i'm honest|to tell you the truth|(?:the )?truth is)"
    r"\b[,.!]?\s*)+",
    re.IGNORECASE,
)
_TAIL = re.compile(
    r"(?:,\s*(?:right|yeah|ok|okay|though|honestly|really|whatever|like|anyway|to be honest|i think|sorry)|"
    r",?\s+(?:you know|eh|innit|isn't it|though|thank you|thanks|i guess|i suppose|or whatever|or something|"
    r"and that|and stuff|and all that|lol|haha))+$",
    re.IGNORECASE,
)
# A thought broken off before an ellipsis ends on a word that needs more after it.
_DANGLING = re.compile(r"\s+(?:in|of|to|the|a|an|and|but|or|for|with|at|on|about|from|my|your|his|her|"
                       r"their|our|so|because|like|just|is|was|are|were|be|been|it's)$", re.IGNORECASE)
_TAG_QUESTION = re.compile(r",?\s+(?:you know|right|yeah|eh|innit|isn't it|ok|okay|yes|no)\s*\?$", re.IGNORECASE)
# A question without its question mark: "Isn't that silly."
_ASKS = re.compile(r"^(?:isn't|aren't|don't|doesn't|didn't|wasn't|can't|won't|is|are|do|does|did|can|could|would|"
                   r"will|shall)\s+(?:that|it|this|you|i|he|she|they|we|there)\b", re.IGNORECASE)
# Quote marks, not apostrophes: "'cause" and "kids'" are words.
_OPENING = re.compile(r"(?<![A-Za-z])'(?!(?:cause|em|til|n|bout|round)\b)(?=[A-Za-z])", re.IGNORECASE)
_CLOSING = re.compile(r"(?<=[a-rt-zA-RT-Z.!?,])'(?![A-Za-z])")
_INNER = re.compile(r"\b(?:u+m+|u+h+|e+r+m+)\b,?\s*|,\s*(?:like|you know|i mean),(?=\s)", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?")
_FIRST = {
    "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "i'm": "you're",
    "im": "you're", "i've": "you've", "ive": "you've", "i'd": "you'd", "i'll": "you'll",
    "we": "you", "us": "you", "our": "your", "ours": "yours", "ourselves": "yourselves",
    "we're": "you're", "we've": "you've", "we'd": "you'd", "we'll": "you'll",
}
_SECOND = {
    "your": "my", "yours": "mine", "yourself": "myself", "you're": "I'm", "you've": "I've",
    "you'd": "I'd", "you'll": "I'll", "ya": "I",
}
# After these, the client's "you" is an object ("told you" -> "told me"); otherwise a subject.
_SUBJECT_BEFORE = word_set(
    "and but or that if when whenever because so whatever what how why where who which though although "
    "unless until while since than do does did can could would will should shall might must are were have "
    "has had don't doesn't didn't can't couldn't won't wouldn't shouldn't aren't weren't haven't"
)
_VERB_AFTER = word_set(
    "are were do don't did didn't can can't could couldn't would wouldn't will won't should shouldn't must "
    "might have haven't had know think want need say said see get got go went keep kept look make made "
    "mean meant feel felt like love hate care tell told ask asked try tried"
)
_SUBJECTS = word_set("i you he she it we they this that there who")
_AUX = word_set(
    "is are was were am do does did can could would will should shall might must have has had isn't aren't "
    "wasn't weren't don't doesn't didn't can't couldn't wouldn't won't shouldn't haven't hasn't"
)
_WH = re.compile(r"^(what|how|why|where|when|who|which)((?: \w+)?)\b")
_IRREGULAR_PAST = {
    "do": "did", "go": "went", "say": "said", "get": "got", "make": "made", "know": "knew", "think": "thought",
    "take": "took", "come": "came", "see": "saw", "give": "gave", "tell": "told", "feel": "felt",
    "leave": "left", "keep": "kept", "mean": "meant", "put": "put", "bring": "brought", "buy": "bought",
    "find": "found", "have": "had", "hear": "heard", "let": "let", "lose": "lost", "pay": "paid",
    "run": "ran", "sit": "sat", "speak": "spoke", "stand": "stood", "understand": "understood",
    "write": "wrote", "be": "was", "eat": "ate", "forget": "forgot", "sleep": "slept",
}
# Present forms that take "-s" after "part of you"; a verb not listed is left as a past or modal.
_PRESENT = word_set(
    "want wants love like hate wish think know feel need hope miss say keep try get go do see believe "
    "worry wonder care trust expect mean count sit stay stop start make take tell ask agree enjoy"
)
_THIRD_AUX = {
    "you're": "is", "you've": "has", "you'd": "would", "you'll": "will", "you don't": "doesn't",
    "you do": "does", "you have": "has", "you are": "is", "you were": "was", "you aren't": "isn't",
    "you weren't": "wasn't", "you haven't": "hasn't",
}


@dataclass(frozen=True, slots=True)
class Clause:
    """A piece of what the client said, ready to be said back: `text` is in the counsellor's
    voice, lower-case first unless it starts with a name or "I"; `question` marks an embedded
    question ("whether this is a test"), which frames for statements never take."""

    text: str
    source: str  # the client's sentence it came from, cleaned
    question: bool = False
    leads: bool = False  # it may start with a name: put it first in the frame


    @property
    def words(self) -> int:
        return len(self.text.split())


def sentences(line: str) -> list[str]:
    """The client's sentences, cues and fillers gone; an empty or content-free one is dropped."""
    text = _CUE.sub(" ", line.translate(_CURLY)).strip()
    out = []
    for raw in _SPLIT.split(text):
        cleaned = clean(_DANGLING.sub("", raw.strip()))
        if cleaned:
            out.append(cleaned)
    return out


def clean(sentence: str) -> str:
    """One sentence without leading fillers ("oh", "yeah", "you know"), tags (", right") and
    hesitations; the final punctuation is kept so questions stay recognisable."""
    s = sentence.strip()
    if len(s) > 1 and s[0] in "\"'" and s[-1] in "\"'":
        s = s[1:-1].strip()
    s = _TAG_QUESTION.sub(".", s)  # "it's for a patient, you know?" is a statement
    ending = "?" if s.rstrip(".!'\"").endswith("?") or _ASKS.match(s) else "."
    s = s.rstrip(" .!?,;:").strip()
    quoted = s.rstrip("'\"")
    if len(_OPENING.findall(quoted)) > len(_CLOSING.findall(quoted)):
        s = quoted.rstrip(" .!?,;:") + "'"  # a quote the client closed inside their sentence
    s = _INNER.sub("", s)
    for _ in range(3):
        before = s
        s = _LEAD.sub("", s).strip(" ,")
        s = _TAIL.sub("", s).strip(" ,")
        if s == before:
            break
    if not s or not re.search(r"[A-Za-z]", s):
        return ""
    return s + ending


def has_content(sentence: str) -> bool:
    """It names something of the client's: a content word that is not stock counselling talk, or
    two longer ones ("everyone tells me what to do")."""
    words = content_words(sentence.lower())
    return bool(words - STOCK) or sum(len(w) > 3 and w not in _EMPTY for w in words) >= 2


_EMPTY = word_set("fine okay good great sure right really though thing stuff much know yeah thank thanks")


_COUNSELLOR = re.compile(r"^(?:whatever |what |that )?(?:I|I'm|I've|I'd|I'll)\b")


def about_the_counsellor(text: str) -> bool:
    """A clause whose subject is the counsellor ("I'm defending it", "thank me"): not the client's
    to hear back."""
    return bool(_COUNSELLOR.match(text)) or text.lower().startswith("thank")


def _cap_kept(token: str, first: bool) -> bool:
    """A capital that belongs to the word (a name, "HR", "Mum") rather than to the sentence start.
    A sentence's first word is lower-cased unless it is a title; `starts_with_name` tells the
    frames when that may have lost a name's capital."""
    if token.isupper() and len(token) > 1:
        return True
    if first:
        return token.lower() in _TITLES
    return token[:1].isupper()


_TITLES = word_set(
    "mum mom dad nan gran grandma grandad god monday tuesday wednesday thursday friday saturday sunday "
    "christmas english"
)


def starts_with_name(source: str) -> bool:
    """The sentence may start with a name ("Raj hasn't asked…"): a capitalised word that is not a
    common sentence opener.  Frames then put the clause first, where a capital is right either way."""
    first = source.split(" ", 1)[0].strip(",.;:'\"")
    return first[:1].isupper() and first.lower() not in _COMMON_START and first.lower() not in _TITLES


_COMMON_START = word_set(
    "a an the this that these those it it's its there there's here they they're he she his her we our my your "
    "i'm i've i'd i'll i me you you're everyone everybody nobody no one someone something nothing everything "
    "people work home school when if because since after before then now today tonight last next every "
    "some most many much more all both each maybe probably honestly actually apparently basically sometimes "
    "usually never always once mostly being having doing going getting trying not just only even still also "
    "what why how where who which whatever easier harder better worse too very so such twice advice careful "
    "busy being nobody's everyone's that's what's it'll"
)
# A sentence that starts with one of these tells the counsellor to do something: not the client's
# to hear back as their own.
_IMPERATIVE = word_set(
    "say tell leave stop forget don't let's give ask come go look listen try put get take wait "
    "careful shut hurry move change write sign consider"
)


def _swap_you(prev: str, nxt: str) -> str:
    """The client's "you" (the counsellor) said back: "I" as a subject, "me" as an object."""
    if not prev or prev in _SUBJECT_BEFORE or nxt in _VERB_AFTER:
        return "I"
    return "me"


def _flipped_word(token: str, prev: str, nxt: str, first: bool, inclusive: bool = False) -> str:
    low = token.lower()
    if inclusive and low in _WE:
        return low
    if low in _FIRST:
        return _FIRST[low]
    if low == "you":
        return _swap_you(prev, nxt)
    if low in _SECOND:
        return _SECOND[low]
    if low in ("am", "was", "wasn't") and "i" in (prev, nxt):
        return {"am": "are", "was": "were", "wasn't": "weren't"}[low]
    if low in ("are", "were") and "you" in (prev, nxt):
        return {"are": "am", "were": "was"}[low]
    return token if _cap_kept(token, first) else low


_WE = word_set("we us our ours ourselves we're we've we'd we'll")
_SINGULAR = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|you|your)\b", re.IGNORECASE)


def flip(sentence: str) -> str:
    """First person to second and back, verbs agreeing; tense, spacing and everything else as said.
    A "we" beside the client's own "I" or "you" includes the counsellor ("I'd like us to set
    something we can check") and stays; otherwise it is the client's people ("we sold the farm")."""
    words = list(_WORD.finditer(sentence))
    inclusive = bool(_SINGULAR.search(sentence))
    out, at = [], 0
    for i, match in enumerate(words):
        prev = words[i - 1].group(0).lower() if i else ""
        if i and re.search(r"[.!?;:,]", sentence[words[i - 1].end():match.start()]):
            prev = ""  # a new clause starts: its "you" is a subject
        nxt = words[i + 1].group(0).lower() if i + 1 < len(words) else ""
        out.append(sentence[at:match.start()])
        out.append(_flipped_word(match.group(0), prev, nxt, i == 0, inclusive))
        at = match.end()
    out.append(sentence[at:])
    text = re.sub(r"(?<!\bof )(?<!\bto )(?<!\bfor )(?<!\bwith )\byou is\b", "you are", "".join(out))
    return re.sub(r"\b(you|your) (you)\b", r"\1, \2", text)  # "for you you'd" reads as a stumble


def _unask(core: str) -> str | None:
    """A yes/no question turned round: "is this a test" -> "this is a test"; None when the subject
    is not a plain pronoun or a short noun phrase this can see the end of."""
    words = core.split()
    if len(words) < 2 or words[0].lower() not in _AUX:
        return None
    aux, subject, rest = words[0].lower(), words[1], words[2:]
    if subject.lower() not in _SUBJECTS and subject.lower() not in ("the", "my", "your", "this", "that"):
        return None
    if subject.lower() in ("the", "my", "your") and rest:
        subject, rest = f"{subject} {rest[0]}", rest[1:]
    if aux == "do" or (aux == "does" and subject.lower() in ("he", "she", "it", "this", "that")):
        return " ".join([subject, *rest]) if aux == "do" else " ".join([subject, *_inflected(rest)])
    if aux == "does":
        return " ".join([subject, *_inflected(rest)])
    if aux == "did":
        if not rest:
            return None
        verb = rest[0].lower()
        past = _IRREGULAR_PAST.get(verb) or (verb + "d" if verb.endswith("e") else verb + "ed")
        return " ".join([subject, past, *rest[1:]])
    if aux in ("don't", "doesn't", "didn't"):
        return None  # "don't you think…" asks for agreement, not an answer
    return " ".join([subject, aux, *rest])


def _inflected(rest: list[str]) -> list[str]:
    """The verb after "does" takes its -s back: "does the court get" -> "the court gets"."""
    return [_third(rest[0]), *rest[1:]] if rest else rest


def _third(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def embedded_question(sentence: str) -> str | None:
    """"Is this actually helping?" -> "whether this is actually helping"; "What's the point?" ->
    "what the point is"; None when it cannot be turned round cleanly."""
    core = sentence.rstrip("?. ").strip()
    low = core.lower().replace("what's", "what is").replace("how's", "how is").replace("where's", "where is")
    wh = _WH.match(low)
    if wh:
        head = wh.group(1) if wh.group(2).strip() in _AUX else wh.group(0)
        rest = low[len(head):].strip()
        if not rest:
            return None
        first = rest.split()[0]
        if first not in _AUX:
            return flip(f"{head} {rest}")  # the wh-word is the subject: "what kind of woman thinks this"
        turned = _unask(rest)
        if turned is None:
            if first in ("is", "are", "was") and len(rest.split()) <= 5:
                turned = " ".join([*rest.split()[1:], first])  # "what is the point" -> "the point is"
            else:
                return None
        return flip(f"{head} {turned}")
    turned = _unask(low)
    return None if turned is None else "whether " + flip(turned)


_BOUNDARY = re.compile(r"[,;]\s+|\s+(?:and|but|because|so|unless|if|when|until|while|which)\s+")


def shorten(text: str, limit: int = MAX_WORDS) -> str | None:
    """Keep a clause within `limit` words by cutting at the latest clause boundary that fits;
    None if it cannot."""
    if len(text.split()) <= limit:
        return text
    heads = [text[:m.start()] for m in _BOUNDARY.finditer(text)]
    fitting = [h for h in heads if 4 <= len(h.split()) <= limit]
    return fitting[-1].rstrip(" ,;") if fitting else None


# Questions that assert ("who sleeps well at my age?" = nobody does): not a wondering to reflect.
_RHETORICAL = re.compile(r"^(?:who|what else|where else|why else|how else|what if|what in|who in|how could|"
                         r"how can|since when|what do you expect|what am i supposed)\b", re.IGNORECASE)
# The client's "you should" comes back as the counsellor's advice: never said back.
_ADVICE = re.compile(r"\b(?:you|you'd) (?:better|should|need to|have to|must|ought to)\b", re.IGNORECASE)
_COUNSELLOR_PART = re.compile(r"(?:,\s*|\s+(?:and|but)\s+)(?:I|I'm|I've|I'd|I'll)\b.*$")


def clause(sentence: str, need_content: bool = True) -> Clause | None:
    """A cleaned client sentence in the counsellor's voice, or None if it carries nothing to use
    (no content of the client's, an order to the counsellor, a question that cannot be turned)."""
    if need_content and not has_content(sentence):
        return None
    if sentence.split(" ", 1)[0].lower().strip(",.") in _IMPERATIVE:
        return None
    asked = sentence.endswith("?")
    if asked and _RHETORICAL.match(sentence):
        return None
    if asked:
        embedded = embedded_question(sentence)
        if embedded is None:
            return None
        short = shorten(embedded)
        return Clause(short, sentence, question=True) if short else None
    said = _COUNSELLOR_PART.sub("", flip(sentence.rstrip(".")))
    short = shorten(said)
    if short is None or len(short.split()) < 3 or about_the_counsellor(short) or _ADVICE.search(short):
        return None
    return Clause(short.rstrip(",;: "), sentence, leads=starts_with_name(sentence))


def clauses(line: str) -> list[Clause]:
    """Every usable clause of a client line, in the order said."""
    return [c for s in sentences(line) if (c := clause(s)) is not None]


def third_person(text: str) -> str | None:
    """"you love him" -> "loves him", for "part of you …"; None if the verb is not clear."""
    low = text.lower()
    for head, verb in sorted(_THIRD_AUX.items(), key=lambda kv: -len(kv[0])):
        if low.startswith(head + " "):
            return f"{verb} {text[len(head) + 1:]}"
    words = text.split()
    if len(words) < 2 or words[0].lower() != "you":
        return None
    verb = words[1].lower()
    modal = {"can", "can't", "could", "couldn't", "would", "wouldn't", "will", "won't", "should", "must",
             "might", "still", "never", "always", "just", "also", "really"}
    if verb in modal or verb.endswith("ed") or verb in _IRREGULAR_PAST.values():
        return " ".join(words[1:])
    if verb not in _PRESENT:
        return None
    return " ".join([_third(verb), *words[2:]])
