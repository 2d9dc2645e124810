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

# Stage directions and transcribers' notes: "[shrugs]", "*sighs*", "(long pause)".
_CUE = re.compile(r"\[[^\]]*\]|\*[^*]*\*|\((?:\s*[\w']+){1,3}\s*\)")
_EMOJI = re.compile(r"[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+")
_CURLY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "…": "...", "—": " - ", "–": " - "})
# Sentence ends; an ellipsis or a dash is a pause that ends a thought too.
_SPLIT = re.compile(r"(?<=[.!?])\s+|(?<=[.!?]['\"])\s+|\.\.\.+\s*|\s+-\s+")
_LEAD = re.compile(
    # "no" is said back with what it negates ("no idea", "no one listens"), dropped only as an answer ("no, …")
    r"^(?:(?:m+-?h+m+|uh-?huh|oh|ah|yeah|yes|yep|no(?=\s*[,.!]|\s+(?:i|i'm|im|it|it's|its|that|that's|thats|we|you|they|he|"
    r"she|just|not)\b)|nope|well|so|and|but|look|listen|honestly|okay|ok|alright|all right|um+|uh+|"
    r"erm|hmm+|hm+|mm+|right|see|like|anyway|i mean|you know|to be honest|"
    r"sure|fine|eh|wow|please|sorry|then|now|plus|because|cause|cos|'cause|kind of(?: like)?|sort of(?: like)?|"
    r"i'll be honest|if i'm honest|to tell you the truth|(?:the )?truth is|lol|haha|lmao|or|sure|"
    # talk about the talk: "yes, but I told you, the roster…" says back as "the roster…"
    r"i (?:already )?told you|like i (?:said|told you)|as i (?:said|told you)|i said(?=,))"
    r"\b[,.!]?\s*)+",
    re.IGNORECASE,
)
_TAIL = re.compile(
    r"(?:,\s*(?:right|yeah|ok|okay|though|honestly|really|whatever|like|anyway|to be honest|i think|sorry|"
    r"but (?:okay|ok|fine|whatever)|actually)|\s+actually|"
    r",?\s+(?:you know|eh|innit|isn't it|though|thank you|thanks|i guess|i suppose|or whatever|or something|"
    r"and that|and stuff|and all that|lol|haha|tbh|ngl|fr)|"
    # a word said to the listener ("I was born here, man") is not part of what gets said back
    r",\s*(?:man|mate|bro|dude|love|pal|son|darling|hun|babe|doc|miss|sir)|"
    r",?\s+(?:(?:am|are|is|was|were)|(?:is|are|do|does|did|can|was|were|have|has|wo|would|could)n't) "
    r"(?:i|you|it|we|they|he|she))+$",
    re.IGNORECASE,
)
# A thought broken off before an ellipsis ends on a word that needs more after it.
_DANGLING = re.compile(r"\s+(?:in|of|to|the|a|an|and|but|or|for|with|at|on|about|from|my|your|his|her|"
                       r"their|our|so|because|like|just|is|was|are|were|be|been|it's)$", re.IGNORECASE)
_TAG_QUESTION = re.compile(r"(?:,\s*(?:right|yeah|ok|okay|yes|no)|,?\s+(?:you know|eh|innit|isn't it))\s*\?$",
                           re.IGNORECASE)
# A restart inside a sentence: "it wasn't a surprise, it wasn't- everyone says" -> "…, everyone says".
_INNER_RESTART = re.compile(r"(?:^|(?<=,\s))[^,]*?[\w']+-\s+(?=\w)")
# Speech drops the "I": "Can't get comfy." means "I can't get comfy".
_DROPPED_SUBJECT = re.compile(
    r"^(?:can't|cannot|didn't|won't|couldn't|haven't|wasn't|"
    r"never(?! mind| (?:after|before|again|once|ever|now|then|since)\b)|"
    r"don't(?= (?:know|remember|care|mind|think|"
    r"sleep|eat|get|see|want|need|like|feel|understand|go|do)\b))\s+(?=\w)", re.IGNORECASE)
# A thought broken off at the end: "it's like saying out loud, I'm-" -> "it's like saying out loud".
_BROKEN_OFF = re.compile(r",?\s*[\w']+-\s*$")
# Chat spellings without the apostrophe, put back so the clause reads as written English.
_CONTRACTIONS = {
    "u": "you", "ur": "your", "ya": "you",
    "thats": "that's", "hadnt": "hadn't", "didnt": "didn't", "dont": "don't", "cant": "can't", "wont": "won't",
    "isnt": "isn't", "wasnt": "wasn't", "doesnt": "doesn't", "havent": "haven't", "im": "I'm", "ive": "I've",
    "whats": "what's", "theyre": "they're", "shes": "she's", "hes": "he's", "couldnt": "couldn't",
}
_CHAT_CONTRACTION = re.compile(r"\b(?:" + "|".join(_CONTRACTIONS) + r")\b", re.IGNORECASE)
# A restart: "the whole- they don't even know" -> "they don't even know".
_FALSE_START = re.compile(r"^(?:[\w']+\s+){0,3}[\w']+-\s+(?=\w)")
# "...which one", "why": a short fragment that asks.
_WH_FRAGMENT = re.compile(r"^(?:what|which|who|why|how|where|when)\b(?:\s+\S+){0,2}$", re.IGNORECASE)
# A question without its question mark: "Isn't that silly."
_ASKS = re.compile(r"^(?:(?:what|why|how|where|when|who)\s+(?:do|does|did|didn't|don't|is|are|was|can|could|will|"
                   r"would|should)\s+|"
                   r"(?:isn't|aren't|don't|doesn't|didn't|wasn't|can't|won't|is|are|do|does|did|can|could|would|"
                   r"will|shall)\s+)(?:that|it|this|you|i|he|she|they|we|there)\b", re.IGNORECASE)
# Quote marks, not apostrophes: "'cause" and "kids'" are words.
_OPENING = re.compile(r"(?<![A-Za-z])'(?!(?:cause|em|til|n|bout|round)\b)(?=[A-Za-z])", re.IGNORECASE)
_CLOSING = re.compile(r"(?<=[A-Za-z.!?,])'(?![A-Za-z])")
_INNER = re.compile(r"\b(?:u+m+|u+h+|e+r+m+|idk)\b(?!-),?\s*|,\s*(?:like|you know|i mean),(?=\s)", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?")
_FIRST = {
    "i": "you", "me": "you", "me's": "you is", "my": "your", "mine": "yours", "myself": "yourself", "i'm": "you're",
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
    return [cleaned for _, cleaned in marked_sentences(line)]


def marked_sentences(line: str) -> list[tuple[str, str]]:
    """Each sentence as typed (its opening "But…" kept, for what it marks) beside its cleaned form (`sentences`)."""
    text = _EMOJI.sub(" ", _CUE.sub(" ", line.translate(_CURLY))).strip()
    out = []
    for raw in _SPLIT.split(text):
        cleaned = clean(_DANGLING.sub("", raw.strip()))
        if cleaned:
            out.append((raw.strip(), cleaned))
    return out


def clean(sentence: str) -> str:
    """One sentence without leading fillers ("oh", "yeah", "you know"), tags (", right"),
    hesitations and restarts; the final punctuation is kept so questions stay recognisable."""
    s = sentence.strip()
    if len(s) > 1 and s[0] in "\"'" and s[-1] in "\"'":
        s = s[1:-1].strip()
    s = _TAG_QUESTION.sub(".", s)  # "it's for a patient, you know?" is a statement
    asked = s.rstrip(".!'\"").endswith("?")
    s = s.rstrip(" .!?,;:").strip()
    quoted = s.rstrip("'\"")
    if len(_OPENING.findall(quoted)) > len(_CLOSING.findall(quoted)):
        s = quoted.rstrip(" .!?,;:") + "'"  # a quote the client closed inside their sentence
    s = _INNER.sub("", s)
    s = _FALSE_START.sub("", s)
    s = _INNER_RESTART.sub("", s)
    s = _BROKEN_OFF.sub("", s).rstrip(" ,")
    s = _CHAT_CONTRACTION.sub(lambda m: _CONTRACTIONS[m.group(0).lower()], s)
    s = _standard(s)
    for _ in range(3):
        before = s
        s = _LEAD.sub("", s).strip(" ,")
        s = _TAIL.sub("", s).strip(" ,")
        if s == before:
            break
    s = _DROPPED_SUBJECT.sub(lambda m: "I " + m.group(0).lower(), s)
    if not s or not re.search(r"[A-Za-z]", s):
        return ""
    return s + ("?" if asked or _ASKS.match(s) or _WH_FRAGMENT.match(s) else ".")


# Stock phrases whose words look like content ("course", "enough"): "Of course." names nothing of the
# client's, so a suggestion built on it ("Of course. What's that like for you?") would only copy them.
_STOCK_PHRASE = re.compile(r"\b(?:of course|fair enough|no worries|no problem|for sure|all right|"
                           r"good enough|sure enough|never mind)\b")


# "ain't" said back to the client who used it reads as mimicry ("You ain't saying another word."): a
# suggestion says it in the counsellor's own, standard words.
_AINT: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(it|that|there|this) ain't (none|no|nothing|nobody)\b", re.IGNORECASE), r"\1's \2"),
    (re.compile(r"\bI ain't\b"), "I'm not"),
    (re.compile(r"\b(you|we|they) ain't\b", re.IGNORECASE), r"\1're not"),
    (re.compile(r"\b(it|that|he|she|this|there) ain't\b", re.IGNORECASE), r"\1's not"),
    (re.compile(r"\bain't\b", re.IGNORECASE), "isn't"),
)


def _standard(text: str) -> str:
    for pattern, replacement in _AINT:
        text = pattern.sub(replacement, text)
    return text


def has_content(sentence: str) -> bool:
    """It names something of the client's: a content word that is not stock counselling talk, or
    two longer ones ("everyone tells me what to do")."""
    words = content_words(_STOCK_PHRASE.sub(" ", sentence.lower()))
    if CHANGE_TALK.search(sentence):
        return True  # "I want to do it": the words are ordinary, what they say is not
    return bool(words - STOCK) or sum(len(w) > 3 and w not in _EMPTY for w in words) >= 2


# Desire, ability, need and commitment to change, in the client's own voice.
CHANGE_TALK = re.compile(r"\bI(?: really| just| think I)?(?: want to| wanna| need to| could| can| will|'ll|"
                         r"'m going to| am going to|'m ready to| am ready to) (?:\w+ )?(?:do|try|stop|quit|change|cut|"
                         r"start|give|go|sign|book|ring|call|tell|ask)\b", re.IGNORECASE)


_EMPTY = word_set("fine okay good great sure right really though thing stuff much know yeah thank thanks")


_COUNSELLOR = re.compile(r"^(?:whatever |what |that )?(?:I|I'm|I've|I'd|I'll)\b")


def about_the_counsellor(text: str) -> bool:
    """A clause whose subject is the counsellor ("I'm defending it", "thank me"): not the client's
    to hear back."""
    # "you appreciate me saying that" thanks the counsellor; it is not the client's to hear back
    return bool(_COUNSELLOR.match(text)) or text.lower().startswith("thank") or bool(_THANKS_ME.match(text))


# The client's "you" turned round: either the counsellor ("you don't know me" -> "I don't know you"),
# which is not the client's to hear back, or anyone ("in my day you just got on with it"), which had
# become "in your day me just got on with it".  Either way the clause is left for another.
_COUNSELLOR_IN = re.compile(r"\b(?:I|me|myself|I'm|I've|I'd|I'll)\b")
_THANKS_ME = re.compile(r"^you (?:really |do )?(?:appreciate|appreciated|thank|owe) me\b", re.IGNORECASE)


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
    low = first.lower()
    if not first[:1].isupper() or low in _TITLES or low.split("'")[0] in _COMMON_START:
        return False
    return not (low.endswith(("ing", "ly", "ed")) or "-" in low or low.split("'")[0] in _NUMBERS)


_COMMON_START = word_set(
    "a an the this that these those it it's its there there's here they they're he she his her we our my your "
    "i'm i've i'd i'll i me you you're everyone everybody nobody no one someone something nothing everything "
    "people work home school when if because since after before then now today tonight last next every "
    "some most many much more all both each maybe probably honestly actually apparently basically sometimes "
    "usually never always once mostly being having doing going getting trying not just only even still also "
    "what why how where who which whatever easier harder better worse too very so such twice advice careful "
    "busy being nobody's everyone's that's what's it'll in at on for with without or of by from into about "
    "after over under part kids family everybody somebody mine their could might feels says make be let help "
    "back other any days rest lots none easy asking knowing growing cold car flat panic sleep appetite "
    "retirement evenings golf whatever locker"
)
_NUMBERS = word_set(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty "
    "hundred"
)
# A sentence that starts with one of these tells the counsellor to do something: not the client's
# to hear back as their own.
_IMPERATIVE = word_set(
    "say tell leave stop forget don't let's give ask come go look listen try put get take wait "
    "careful shut hurry move change write sign consider keep read check call ring show send bring help "
    "explain fix sit hang"
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
_PROPOSAL = re.compile(r"\b(?:we could|we can|we should|we might|let's|shall we|we're not doing|we'll not|us to|"
                       r"we've covered|we start|we're done|we stop|we go on|we carry on|we leave it|we're not going)\b",
                       re.IGNORECASE)


def flip(sentence: str) -> str:
    """First person to second and back, verbs agreeing; tense, spacing and everything else as said.
    A "we" in a proposal about the sessions includes the counsellor ("I'd like us to set something
    we can check", "we're not going there today") and stays; otherwise it is the client's people
    ("we sold the farm")."""
    words = list(_WORD.finditer(sentence))
    inclusive = bool(_PROPOSAL.search(sentence))
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
        if not rest or rest.startswith("'"):
            return None  # "why's that matter?": is or does, the contraction cannot be turned round cleanly
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
                         r"how can|since when|what do you expect|what am i supposed|sure who|who doesn't|"
                         r"why didn't i think|why don't i just|why would i|why should i)\b",
                         re.IGNORECASE)
# The client's "you should" comes back as the counsellor's advice: never said back.
_ADVICE = re.compile(r"\b(?:you|you'd) (?:better|should|need to|have to|must|ought to)\b", re.IGNORECASE)
_COUNSELLOR_PART = re.compile(
    r"(?:,\s*|\s+(?:and|but)\s+)(?:(?:before|in case|if|so|since) )?(?:I|I'm|I've|I'd|I'll)\b.*$")


_ONE_FEELING = re.compile(r"^(?:so |really |just |still |pretty |very )?(terrified|scared|frightened|exhausted|"
                          r"knackered|ashamed|embarrassed|gutted|furious|lonely|lost|stuck|numb|relieved|angry|"
                          r"tired|sad|worried|nervous|anxious|overwhelmed|hopeless|trapped)(, maybe)?\.$",
                          re.IGNORECASE)


def clause(sentence: str, need_content: bool = True) -> Clause | None:
    """A cleaned client sentence in the counsellor's voice, or None if it carries nothing to use
    (no content of the client's, an order to the counsellor, a question that cannot be turned).
    A feeling said on its own ("Terrified.") is the client's to hear back: "you're terrified"."""
    felt = _ONE_FEELING.match(sentence)
    if felt:
        word = felt.group(1).lower()
        return Clause(f"maybe you're {word}" if felt.group(2) else f"you're {word}", sentence)
    if need_content and not has_content(sentence):
        return None
    words = sentence.lower().strip(",. ").split()
    if words and (words[0] in _IMPERATIVE or (words[0] in ("just", "please") and len(words) > 1
                                             and words[1].strip(",.") in _IMPERATIVE | {"be"})):
        return None
    if _RHETORICAL.match(sentence) or _EXCLAMATION.match(sentence):
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
    if short is None or about_the_counsellor(short) or _ADVICE.search(short) or _COUNSELLOR_IN.search(short):
        return None
    if len(short.split()) < (2 if _CONTRACTED_SUBJECT.match(short) or not has_verb(short) else 3):
        return None  # "you're frightened" and "uni's uni" stand alone; "you drive" is too little
    subordinate = (_SUBORDINATE_ONLY.match(short) and len(_SUBJECT_VERB.findall(short)) < 2) or (
        _FRAGMENT_START.match(short) and "," not in short)
    if _ELLIPTICAL.search(short) or subordinate:
        return None  # "you've wanted to", "even if …": not a clause
    if not has_verb(short):
        # A short phrase ("Uni's uni.", "Two inspections this week.") can be echoed as it stands, so it
        # only ever opens a frame; a longer one without a verb ("each one more hedged than the last")
        # is not said back.
        # but not an adverb left on its own ("Never after." had become "You never after.")
        if _FRAGMENT_START.match(short) or _ADVERB_START.match(short):
            return None
        return Clause(short, sentence, leads=True) if len(short.split()) <= 5 and has_content(sentence) else None
    return Clause(short.rstrip(",;: "), sentence, leads=starts_with_name(sentence))


# An exclamation, not a statement to hear back: "Lord help me." had become "Mm. Lord help you.", said to a
# mother under child protection.
_EXCLAMATION = re.compile(r"^(?:oh,? )?(?:lord|god|jesus|christ|heaven|heavens|good grief|for god's sake|"
                          r"for heaven's sake|bloody hell|dear me|my god|oh my god|omg)\b", re.IGNORECASE)
_CONTRACTED_SUBJECT = re.compile(r"^(?:you're|you've|you'd|you'll|he's|she's|it's|that's|they're)\s+\w+$")
# A clause needs a finite verb: an auxiliary or a contraction, a pronoun subject with a word after
# it, or one of the everyday verbs clients use after a noun ("my son says", "Dad left").
_FINITE = re.compile(
    r"\b(?:is|are|was|were|am|be|been|do|does|did|don't|doesn't|didn't|can|can't|could|couldn't|will|won't|"
    r"would|wouldn't|should|shouldn't|must|might|have|has|had|haven't|hasn't|hadn't|isn't|aren't|wasn't|"
    r"weren't|ain't|thats|its|whats|dont|cant|wont|didnt|doesnt|isnt|wasnt)\b|'(?:re|ve|d|ll|m)\b|"
    r"\b(?:it|that|what|there|he|she|who|here|everything|nothing|something|everyone|nobody|this)'s\b|"
    r"\b(?:you|he|she|they|it|we|I|who|there|nobody|everybody|everyone|someone|somebody|nothing|everything|"
    r"something)\s+(?!(?:in|on|at|with|and|or|to|from|of|too|as|for|by)\b)\w+|"
    r"\b(?:that|this|which|what)\s+\w+s\b|"
    r"\b(?:any|every|each|no|one)\s+\w+\s+\w+s\b|"
    r"\b(?:your|my|his|her|their|the|this|that|our)\s+[\w']+\s+(?:(?:never|always|just|still|really|only)\s+)?"
    r"[\w']+(?:s|ed)\b|\b(?:your|my|his|her|their|the|our)\s+[A-Za-z]*[a-rt-z]s\s+(?!of\b)\w+|"
    r"\b(?:says|said|told|asked|went|came|made|took|got|thinks|thought|knows|knew|wants|wanted|needs|needed|"
    r"keeps|kept|feels|felt|looks|looked|left|gave|saw|goes|gets|loves|loved|hates|hated|likes|liked|works|"
    r"worked|runs|ran|lives|lived|calls|called|rings|rang|watches|leaves|died|moved|started|stopped|"
    r"happened|helps|helped|matters|mattered|means|meant|hurts|hurt|comes|tried|tries|brings|brought)\b|"
    r"^[a-z]+s\s+(?:need|want|like|think|say|know|get|make|go|do|have|love|hate|see|come|talk|keep|take|mean)\b"
)
# A subordinate clause with no main clause after it: "even if some weeks you want to run".
_SUBORDINATE_ONLY = re.compile(
    r"^(?:even if|if|when|because|although|though|unless|while|whereas|every time)\b(?!.*,\s)", re.IGNORECASE)
_FRAGMENT_START = re.compile(r"^(?:less|more|like|about|with|without|for|from|after|before|during|than|not)\b",
                             re.IGNORECASE)
_ADVERB_START = re.compile(r"^(?:never|always|only|just|even|still|then|again|ever|sometimes|often|mostly)\b",
                           re.IGNORECASE)
_SUBJECT_VERB = re.compile(r"\b(?:you|he|she|they|it|we|I|there|that)(?:'\w+)?\s+\w+")
# A clause that stops where the client left something out: "I've wanted to", "I'm going to".
_ELLIPTICAL = re.compile(r"\b(?:to|the|a|an|and|but|because|so|my|your)\s*$|"
                         r"\bto (?:for|in|since|at|with|because|but|and|too|either)\b", re.IGNORECASE)


def has_verb(text: str) -> bool:
    """A finite verb, so the words can stand as a clause a frame wraps."""
    return bool(_FINITE.search(text))


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
