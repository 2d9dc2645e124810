"""Text clean-up that lets one set of cues read chat, speech transcripts and formal writing alike.

Real counsellors type "ur" and "dont", and transcripts are full of "um" and "you know"; the cues
in `cues.py` are written once against the normal spelling, so everything is mapped to it first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

# Chat spellings and common typos mapped to the form the cues expect.
_SPELLINGS: dict[str, str] = {
    "u": "you", "ya": "you", "yu": "you", "yo": "you", "r": "are", "ur": "your", "youre": "you're",
    "yr": "your", "urself": "yourself", "im": "i'm", "ive": "i've", "id": "i'd", "ill": "i'll",
    "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "cant": "can't", "wont": "won't",
    "isnt": "isn't", "arent": "aren't", "wasnt": "wasn't", "werent": "weren't",
    "havent": "haven't", "hasnt": "hasn't", "shouldnt": "shouldn't", "wouldnt": "wouldn't",
    "couldnt": "couldn't", "thats": "that's", "whats": "what's", "hows": "how's",
    "whys": "why's", "theres": "there's", "theyre": "they're", "its": "it's", "lets": "let's",
    "youve": "you've", "youd": "you'd", "youll": "you'll", "ull": "you'll", "wanna": "want to",
    "gonna": "going to", "gotta": "got to", "kinda": "kind of", "sorta": "sort of",
    "dunno": "don't know", "idk": "i don't know", "rly": "really",
    "realy": "really", "reallly": "really", "becuase": "because", "becasue": "because",
    "bc": "because", "cuz": "because", "coz": "because", "cos": "because", "b4": "before",
    "pls": "please", "plz": "please", "thx": "thanks", "ty": "thank you", "ok": "okay",
    "k": "okay", "kk": "okay", "okey": "okay", "alright": "all right", "abt": "about",
    "w/": "with", "thru": "through", "tho": "though", "prob": "probably", "probs": "probably",
    "shoud": "should", "shld": "should", "wud": "would", "cud": "could", "shud": "should", "wat": "what", "wht": "what",
    "hw": "how", "waht": "what", "yuo": "you", "teh": "the", "feell": "feel", "somthing": "something",
    "sumthing": "something", "somone": "someone", "definately": "definitely", "alot": "a lot",
    "untill": "until", "wierd": "weird", "thier": "their", "freind": "friend",
    "freinds": "friends", "gf": "girlfriend", "bf": "boyfriend", "mom": "mum", "ppl": "people",
    "smth": "something", "sth": "something", "nd": "and", "n": "and", "w": "with",
}
_WORD = re.compile(r"[a-z0-9/']+")
# "your" written for "you're" ("ur so tired", "your not alone") is the commonest chat typo.
_YOUR_FOR_YOURE = re.compile(
    r"\byour (?=(?:not|so|too|very|really|just|still|always|never|quite|pretty|a|an|the|all|literally|basically|"
    r"totally|clearly|obviously|definitely|honestly|actually|such|"
    r"feeling|going|saying|trying|doing|getting|telling|hoping|wondering|worrying|struggling|"
    r"looking|working|being|thinking|having|coming|making|taking|asking|"
    r"fed|worried|scared|tired|angry|upset|sick|afraid|right|wrong|here|there|sure|unsure|done|"
    r"stuck|torn|frustrated|annoyed|ready|able|allowed|supposed|clearly|obviously|only|also|"
    r"kind|sort|in|on|at|with|like|better|worse|okay|fine|exhausted|overwhelmed|lonely|"
    r"ashamed|embarrassed|confused|proud|happy|sad|mad|hurt|lost|alone|afraid)\b)"
)

# Fillers carry no code; removing them lets "um so you feel" read as "so you feel".
_FILLERS = re.compile(
    r"\b(?:u+m+|u+h+|e+r+m*|a+h+|hm+|mm+(?:-?hm+)?|uh-?huh|like i said|sort of|kind of|lol|lmao|(?:ha ?){2,}|"
    r"haha\w*|hehe\w*)\b[,.]?\s*|"
    r"(?<=,) like,(?=\s)|"
    r"\b(?:you know|i mean)(?:,|\.|\s*$)\s*"
)
_LEADING_CONNECTIVES = re.compile(
    r"^(?:(?:so|and|but|well|okay|oh|yeah|yes|right|now|then|alright|all right|see|look|"
    r"listen|hey|hmm|i guess|i suppose|honestly|seriously|tbh)\b[,.]?\s*)+"
)
# Sentence ends; also a comma before a question clause ("you said two beers, is that two cans or
# the big ones"), which transcripts often leave unpunctuated, so the question is coded as one.
_SENTENCE_END = re.compile(
    r"(?<=[.!?])\s+|(?<=[.!?]['\"])\s+(?=[A-Z])|\n+|(?<=[.!?])(?=[A-Z])|\s+[-–—]{1,2}\s+|;\s*|"
    r"(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF])\s+(?=\w)|"  # chat: an emoji ends a sentence
    # ", is that right?" starts a question; ", do you think," is an aside inside one
    # (fillers and a connective may come between: "oh that's great to hear, um, so are you still smoking at all")
    r",\s+(?!(?i:do you (?:think|reckon|suppose|feel)|would you say|d'you (?:think|reckon))\b,)"
    r"(?:(?=(?i:(?:what|how|where|when|why|who) (?:do|does|did|is|are|was|were|would|will|could|can|have|has|should)"
    r")\b\s+\S+\s+\S+)|(?!(?i:and so)\b)(?:(?i:um+|uh+|erm|so|and|okay|ok|well|then|now),?\s+){0,3}"
    r"(?=(?i:(?:is|are|was|were|do|does|did|have|has|can|could|would|will) (?:that|it|this|you|he|she|they|there|the|"
    r"your|anyone|anybody|someone|somebody))\b\s+\S+\s+\S+))"
)
# Transcribers' notes ("[laughs]", "(pause)") are not the counsellor's words.
_ANNOTATION = re.compile(r"\[[^\]]*\]|\((?:laughs?|laughing|chuckles?|pauses?|long pause|sighs?|inaudible|"
                         r"crosstalk|silence|crying|unclear)\)", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_CURLY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "…": "...", "—": " - "})


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a trainee turn, in its original form and normalised for the cues."""

    raw: str
    norm: str
    asks: bool  # ended with a question mark
    core: str  # without leading connectives ("so", "and", "okay") or fillers: what the cues read


_STUTTER = re.compile(r"\b[a-z']{1,8}-\s+(?=[a-z])")  # false starts: "you- you're", "th- the"
_SPLIT_WORDS = re.compile(r"([a-z0-9/']+)")


@lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """Lowercase, standard spellings, no fillers, single spaces."""
    lowered = (text if text.isascii() else text.translate(_CURLY)).lower()
    if "[" in lowered or "(" in lowered:
        lowered = _ANNOTATION.sub(" ", lowered)
    if "-" in lowered:
        lowered = _STUTTER.sub("", lowered)
    get = _SPELLINGS.get
    respelled = "".join([get(t, t) for t in _SPLIT_WORDS.split(lowered)])
    if "your " in respelled:
        respelled = _YOUR_FOR_YOURE.sub("you're ", respelled)
    return _SPACES.sub(" ", _FILLERS.sub("", respelled)).strip(" ,")


def split_sentences(text: str) -> list[Sentence]:
    """Split a turn into sentences on end punctuation, dashes, semicolons, line breaks and a comma
    that starts a question clause."""
    if not text.isascii():
        text = text.translate(_CURLY)
    parts = [p.strip() for p in _SENTENCE_END.split(text) if p and p.strip()]
    sentences = []
    for part in parts:
        norm = normalise(part)
        if len(norm) > 1 and norm[0] in "'\"" and norm.rstrip(" .!?")[-1:] in "'\"":
            norm = norm.strip(" '\"")  # the client's words quoted back whole: 'kinda hard to explain.'
        norm = norm.rstrip(".!")
        asks = part.rstrip(" )\"'").endswith("?")
        norm = norm.rstrip("?").strip()
        if norm or part:
            sentences.append(Sentence(part, norm, asks, _LEADING_CONNECTIVES.sub("", norm)))
    return sentences


_SUFFIXES = ("ing", "ed", "es", "s", "ly", "y")


def stem(word: str) -> str:
    """A crude stem ("checks", "checking" -> "check") so rephrasings count as repeats."""
    if len(word) <= 4:
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix):
            return word[: -len(suffix)][:5]
    return word[:5]


def surface_words(stems: Iterable[str], text: str) -> tuple[str, ...]:
    """The words of `text` behind some content stems, in the order they were typed: reasons quote
    "'switching'", never the stem "'switc'" the comparison used."""
    wanted = set(stems)
    seen: dict[str, None] = {}
    for word in _WORD.findall(text.lower()):
        if stem(word) in wanted and word not in _STOPWORDS:
            seen.setdefault(word, None)
    return tuple(seen) or tuple(sorted(wanted))


@lru_cache(maxsize=8192)
def content_words(text: str) -> frozenset[str]:
    """The stems that carry meaning, for measuring how much a reflection repeats the client."""
    return frozenset(
        stem(w) for w in _WORD.findall(text.lower())
        if w not in _STOPWORDS and (len(w) > 2 or w.isdigit())
    )


_STOPWORDS = frozenset(
    [
    "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "aren't",
    "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
    "can't", "cannot", "could", "couldn't", "did", "didn't", "do", "does", "doesn't", "doing", "don't",
    "down", "during", "each", "few", "for", "from", "further", "had", "hadn't", "has", "hasn't", "have",
    "haven't", "having", "he", "he'd", "he'll", "he's", "her", "here", "here's", "hers", "herself", "him",
    "himself", "his", "how", "how's", "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into", "is", "isn't",
    "it", "it's", "its", "itself", "let's", "me", "more", "most", "mustn't", "my", "myself", "no", "nor",
    "not", "of", "off", "on", "once", "only", "or", "other", "ought", "our", "ours", "ourselves", "out",
    "over", "own", "same", "shan't", "she", "she'd", "she'll", "she's", "should", "shouldn't", "so", "some",
    "such", "than", "that", "that's", "the", "their", "theirs", "them", "themselves", "then", "there",
    "there's", "these", "they", "they'd", "they'll", "they're", "they've", "this", "those", "through", "to",
    "too", "under", "until", "up", "very", "was", "wasn't", "we", "we'd", "we'll", "we're", "we've", "were",
    "weren't", "what", "what's", "when", "when's", "where", "where's", "which", "while", "who", "who's",
    "whom", "why", "why's", "with", "won't", "would", "wouldn't", "you", "you'd", "you'll", "you're",
    "you've", "your", "yours", "yourself", "yourselves", "just", "really", "like", "yeah", "okay", "well",
    "sounds", "sound", "seems", "seem", "feel", "feeling", "kind", "sort", "thing", "things", "get", "got",
    "going", "know", "think", "want", "said", "say",
    ]
)
