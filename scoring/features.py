"""What the word model is allowed to see: the *form* of a move and how it meets the client's words.

A model trained on our own sentences learns their topics: "smoke", "heart attack" and "sorry"
became evidence for confrontation because our confrontations happened to be about smoking.  Topic
says nothing about the move.  So the model never sees topic words.  Every word that is not part of
the grammar of a move (pronouns, modals, question words, hedges, directives, the small words of
sympathy and praise) is replaced by what it *is* relative to the client: `C` for a word the client
used, `F` for a feeling word, `W` for any other word.  "and now there's no farm to go out to"
after "we sold the farm" reads "and now there's no C to go out to": a reflection's shape, whatever
the farm is.  On top of that the model sees which cue families fired, what the rules decided, and
the listening measure, so it learns when to trust the rules rather than what the topic was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from scoring import cues
from scoring.listening import Listening
from scoring.matcher import CueSet
from scoring.text import Sentence, content_words, stem

# The grammar of moves: kept as words.  Everything else becomes C / F / W.
_FORM = (
    "a about after again all also always am an and any are as at be because been before being both "
    "but by can can't could couldn't did didn't do does doesn't doing don't down each either else "
    "even ever every for from had has hasn't have haven't having he he's her here him his how i i'd "
    "i'll i'm i've if in into is isn't it it's its itself just let let's me might mine more most "
    "much must my myself never no nobody none nor not nothing now of off on once one only or other "
    "ought our out over own perhaps please quite rather really right same she she's should "
    "shouldn't so some somebody someone something sometimes still such than that that's the their "
    "them themselves then there there's these they they're this those though through to too under "
    "until up us very was wasn't we we're we've were weren't what what's whatever when where whether "
    "which while who whoever why will with won't would wouldn't yet you you'd you'll you're you've "
    "your yours yourself yourselves "
    # hedges, directives and the vocabulary of MI moves themselves
    "maybe probably possibly kind sort bit lot little try tried trying need needs needed want wants "
    "wanted sounds sound seems seem seemed feel feels felt feeling wonder wondering curious tell "
    "telling told say saying said mean means think thinking thought know knew guess imagine hear "
    "hearing heard see understand okay ok yeah yes yep mm mhm hmm oh ah wow well sure guess go "
    "going gonna get got make makes made idea ideas option options choice choices decide decision "
    "up part hand way ways time times like sorry thanks thank great good nice wonderful amazing "
    "awesome brilliant proud glad happy hard tough difficult awful terrible sucks worry worried "
    "fine normal sense true wrong honest honestly seriously actually obviously clearly come "
    "stop quit start keep ask permission share mind help helps helped helpful important matters "
    "matter care allowed free up whatever decide call advice suggest suggestion recommend "
    "should've could've would've ever everything anything already again hmm"
)
# The vocabulary of judgement: the words a label, a warning, a moral or an argument is made of
# ("that's denial", "it's not fair on her", "you're lucky it wasn't worse").  They say what kind of
# move a sentence is, not what it is about, so the model keeps them as words.  Adding them let the
# form-only model (`form_only`) see pushes no cue names; cross-validated on whole held-out sessions
# it caught more of them for no more false confrontations (README, "Scoring").
_JUDGEMENT = (
    "excuse excuses denial deny denying lying lie lies lied cheating cheat cheated integrity "
    "responsible responsibility irresponsible selfish fair unfair wise sensible smart stupid silly "
    "ridiculous dangerous danger risk risks risky harm harmful damage damaging consequences serious "
    "warn warning problem problems addict addiction addicted alcoholic dependent dependence victim "
    "blame fault faults supposed expected truth reality realistic unrealistic kidding joking "
    "fooling fool overreacting exaggerating genuinely simply literally definitely certainly surely "
    "trust promise worse worst better best healthy unhealthy mistake mistakes lazy mentality "
    "attitude resistant defensive"
)
_JUDGEMENT_WORDS = frozenset(_JUDGEMENT.split())
FORM_WORDS = frozenset(_FORM.split()) | _JUDGEMENT_WORDS
_TOKEN = re.compile(r"[a-z0-9']+")
_LEAD = re.compile(r"^(so|and so|but|and|okay so|sounds like|it sounds like|it seems)\b")
_INVERTED = re.compile(
    r"^(?:what|how|why|when|where|who|which|whose|is|are|was|were|do|does|did|have|has|had|can|could|"
    r"would|will|should|shall|may|might|must|am|isn't|aren't|don't|doesn't|didn't|won't|wouldn't|"
    r"can't|couldn't|haven't|hasn't|tell me|any|anything|anyone)\b"
)

# Cue families the model may read as evidence.  Confronting ones are read only when the trainee
# says them in their own voice (not "your wife says you're an alcoholic").
OWN_VOICE_FAMILIES: tuple[tuple[str, CueSet], ...] = (
    ("confront", cues.CONFRONT), ("advice", cues.ADVICE), ("labelling", cues.LABELLING),
)
_ANY_VOICE: tuple[tuple[str, CueSet], ...] = (
    ("suggestion", cues.SUGGESTION), ("why_just", cues.WHY_DONT_YOU_JUST), ("sarcasm", cues.SARCASM),
    ("permission", cues.PERMISSION), ("autonomy", cues.AUTONOMY), ("seek", cues.SEEK),
    ("affirm", cues.AFFIRM), ("info", cues.INFO), ("reassure", cues.REASSURANCE),
    ("normalise", cues.NORMALISING), ("sympathy", cues.SYMPATHY), ("greeting", cues.GREETING),
    ("structure", cues.STRUCTURE), ("complex", cues.COMPLEX_MARKERS), ("reflect", cues.REFLECTION_STRONG),
    ("ask_view", cues.ASK_VIEW), ("check", cues.CHECK_QUESTION),
)


def _shape(word: str, said: frozenset[str]) -> str:
    # a word of judgement the client used is theirs handed back ("their dad was supposed to have them"
    # after "somebody was supposed to have them"), not the trainee's verdict
    if word in _JUDGEMENT_WORDS and stem(word) in said:
        return "C"
    if word in FORM_WORDS:
        return word
    if stem(word) in said:
        return "C"
    if cues.FEELINGS.fullmatch(word):
        return "F"
    return "W"


# Idioms whose words would read as another move: "a great deal" is a quantity, not praise ("great").
_IDIOMS = re.compile(r"\ba great deal\b|\ba good deal\b")


def _sentence_features(sentence: Sentence, said: frozenset[str]) -> list[str]:
    if cues.THANKS.match(sentence.core):
        # "thank you for telling me that" is thanks, whatever stands beside it; its words had taught the model
        # that "telling" and "me" make an affirmation
        return ["<thanks>"]
    words = [_shape(w, said) for w in _TOKEN.findall(_IDIOMS.sub("a deal", sentence.core))]
    # runs of other words collapse: "W W W" says no more about the move than "W"
    squeezed = [w for i, w in enumerate(words) if not (w == "W" and i and words[i - 1] == "W")]
    if sentence.asks:
        squeezed.append("<q>")
    seq = ["<s>", *squeezed, "</s>"]
    out = list(seq)
    out.extend(f"{a}_{b}" for a, b in pairwise(seq))
    out.append(f"first={seq[1] if len(seq) > 2 else '-'}")
    lead = _LEAD.match(sentence.norm)
    if lead:
        out.append(f"lead={lead.group(1)}")
    out.extend(_push_form(seq, sentence, said))
    if sentence.asks and not _INVERTED.match(sentence.core):
        # "so you're fed up?": a statement said with a rising voice, which MITI codes as a reflection
        out.append("declarative?")
    return out


# Features only the form-only push model reads (`form_only`); the twelve-code and depth models never see them
# (`without_push_form`).  Held out by rounds of writers they gave the push model what a push is made of
# beyond its words: how much the sentence brings that the client never said (a solution, a resource: "have
# you tried melatonin?" after "I literally could not sleep"), a question about nothing the client said, and
# how the sentence opens ("have you…", "i'm sure…").  Macro-F1 0.781 -> 0.782, false confronting 0.92 % ->
# 0.87 %, recall 0.745 -> 0.751; as features of the twelve-code model the new-word count had cost depth κ.
PUSH_FORM = "push:"


def _push_form(seq: Sequence[str], sentence: Sentence, said: frozenset[str]) -> list[str]:
    mine = content_words(sentence.core)
    new = len(mine - said)
    out = [f"{PUSH_FORM}new={min(new, 4)}"]
    if sentence.asks and new and not mine & said:
        out.append(f"{PUSH_FORM}asks_new")
    if len(seq) > 3:
        out.append(f"{PUSH_FORM}opens={seq[1]}_{seq[2]}")
    return out


def features(sentences: Sequence[Sentence], context: str, norm: str, rule_code: str,
             rule_confidence: float, heard: Listening, own_voice: Sequence[str]) -> list[str]:
    """Sparse binary features of one trainee turn.  `own_voice` names the confronting cue
    families the rules found in the trainee's own voice."""
    said = content_words(context) if context else frozenset()
    out: list[str] = []
    for sentence in sentences:
        out.extend(_sentence_features(sentence, said))
    out.append(f"n={min(len(sentences), 3)}")
    words = len(norm.split())
    out.append(f"len={'1' if words <= 2 else '2' if words <= 6 else '3' if words <= 15 else '4'}")
    out.extend(f"cue:{name}" for name in own_voice)
    out.extend(f"cue:{name}" for name, family in _ANY_VOICE if family.search(norm))
    band = "hi" if rule_confidence >= 0.85 else "mid" if rule_confidence >= 0.65 else "lo"
    out.append(f"rule={rule_code}")
    out.append(f"rule={rule_code}:{band}")
    out.append(f"link={heard.link.value}")
    if heard.echo:
        out.append("echo")
    if context:
        out.append("<ctx>")
        mine = content_words(" ".join(s.core for s in sentences))
        if mine:
            out.append(f"ov={min(int(4 * len(mine & said) / len(mine)), 3)}")
        if cues.CLIENT_ASKED.search(context.lower()):
            out.append("<asked>")
        if "?" in context:
            out.append("<ctx?>")
    return out


def depth_features(feats: Sequence[str], text: str, context: str) -> list[str]:
    """The turn's features and two more for how far a reflection goes beyond the client's words: how
    many of its content words are new, and how long it is."""
    said = content_words(context) if context else frozenset()
    new = len(content_words(text) - said)
    return [*without_push_form(feats), f"dnew={min(new, 6)}", f"dlen={min(len(text.split()) // 4, 6)}"]


_RULES_SAY = ("cue:", "rule=")


def form_only(feats: Sequence[str]) -> list[str]:
    """The features that say nothing of what the rules decided: the shape of the words, the
    listening measure and the context.  A second opinion built on the rules' own output would
    repeat their mistakes; one built on form alone disagrees with them where they are wrong."""
    return [f for f in feats if not f.startswith(_RULES_SAY)]


def without_push_form(feats: Sequence[str]) -> list[str]:
    """The features of the twelve-code and depth models: all but those kept for the push model."""
    return [f for f in feats if not f.startswith(PUSH_FORM)]
