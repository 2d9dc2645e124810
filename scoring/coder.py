"""Code one trainee message with a MITI 4.2.1 behaviour code, a stance and a human reason.

Three voices decide.  Hand-written cue rules code each sentence and combine them by MITI's
precedence (Confront over Persuade over Question; Emphasize over Seek over Affirm; a reflection
that only checks itself stays a reflection); they name the words that caused the code.  A small
word model (`scoring.model`) catches wordings no rule was written for.  A second, form-only model
gives an independent opinion on whether the turn pushes at all, and can overrule a confronting cue
or admit a push no cue names, and its log-odds weigh every cued push (`PUSH_VETO`, `PUSH_OPENS`,
`PUSH_WEIGHT`).  The final code is the word model's tempered log-probability plus the rules'
weighted vote (see `vote`), and its reason is the rule's cue, or the cue for the model's code, or
what the move did.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Any

from scoring import cues
from scoring.codes import QUESTIONS, RANK, REFLECTIONS, STANCE, Code, Flag, Stance
from scoring.features import OWN_VOICE_FAMILIES, depth_features, features, form_only
from scoring.listening import Link, Listening, asks_back, flip_person, is_echo, listening, quotes
from scoring.matcher import CueSet
from scoring.model import shipped, shipped_depth, shipped_pushing
from scoring.text import Sentence, content_words, normalise, split_sentences, stem, surface_words
from scoring.wording import pushes_in_words


@dataclass(frozen=True, slots=True)
class CodedSentence:
    """The code one sentence of a message earned, and the cue that earned it."""

    text: str
    code: Code
    reason: str
    confidence: float
    is_check: bool = False  # a question that only checks a reflection ("is that right?")

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "code": self.code.value, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class CodedTurn:
    """One coded trainee message: the unit the rest of the product counts and explains."""

    text: str
    code: Code
    stance: Stance
    confidence: float
    reason: str
    utterances: tuple[CodedSentence, ...]
    flags: tuple[Flag, ...] = field(default_factory=tuple)
    # joining / neutral / confronting, summing to 1: an unsure confrontation can be treated softly
    stance_probs: dict[str, float] = field(default_factory=dict)
    link: str = Link.NONE.value  # specific / generic / none: does it connect to what the client said?
    echo: bool = False  # mostly the client's own words handed back verbatim
    picked_up: tuple[str, ...] = ()  # the client's words it connects to

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "code": self.code.value,
            "stance": self.stance.value,
            "confidence": round(self.confidence, 2),
            "reason": self.reason,
            "flags": [f.value for f in self.flags],
            "stance_probs": {k: round(v, 3) for k, v in self.stance_probs.items()},
            "link": self.link,
            "echo": self.echo,
            "utterances": [u.to_dict() for u in self.utterances],
        }


def _quote(match: re.Match[str]) -> str:
    words = match.group(0).strip(" ,").split()
    return " ".join(words[:6]) + ("…" if len(words) > 6 else "")


# A noun phrase just before "you have to…" makes it a relative clause ("I've made this feel like a test you have
# to pass", "the one form you need to sign"); "the thing is you have to…" still tells.
_WHAT_TO_DO = re.compile(r"\s+(?:do|try|remember)\b,?\s+(?:now\s+)?is\b")  # "the one thing you have to do is…" tells
_MUST = re.compile(r"you (?:\w+ )?(?:have to|need to|got to)$")
_RELATIVE_BEFORE = re.compile(r"\b(?:a|an|the|this|these|those|every|each|another|any|one more)\s+"
                              r"(?:[\w'-]+\s+){0,2}(?!(?:is|was|are|were|that|so|and|but|then|now|if|because|"
                              r"when|why|how|where|what|point|stage|time|day|moment|sign|reason|way|chance|end)\s+$)"
                              r"[\w'-]+\s+$")


# "it sounds like you're in denial": the trainee's own inference put as a reflection; a label in it is theirs
# ("you feel like you're a failure" reports the client's own word, and stays theirs).
_INFERRED = re.compile(r"^(?:so |and |but )?(?:it |that |this )?(?:sounds|seems|looks) (?:to me )?"
                       r"(?:like|as if|as though) (?:maybe |perhaps )?"
                       r"(?:you(?:'ve| have) (?:turned yourself into|become|been) |"
                       r"you(?:'re| are) (?:being |becoming )?)?$")


# What "it sounds like you're…" may go on to say that is the trainee's verdict on the person: a character label.
# A behaviour after it ("…you're wasting your time there", "…you're not listening to your body") reflects.
_CHARACTER = re.compile(r"\b(?:in denial|alcoholic|addict|drunk|liar|junkie|abuser|bully|hypochondriac|narcissist|"
                        r"enabler|coward|hypocrite|drama queen|stubborn|selfish|lazy|irresponsible|dishonest|"
                        r"manipulative|paranoid|dramatic|childish|immature|ungrateful|defensive|making excuses|"
                        r"kidding yourself|fooling yourself|playing the victim|martyr|doormat|pushover|"
                        r"control freak)\b")


def _inferred_label(core: str) -> bool:
    """A label the trainee infers behind "it sounds like" ("…you've turned yourself into a bit of a martyr"): the
    form model reads the frame as a reflection, and its doubt must not close the gate on the label in it."""
    label = cues.LABELLING.search(core)
    return label is not None and bool(_INFERRED.match(core[:label.start()]))


def _unreported(pattern: CueSet, text: str, context: str = "") -> re.Match[str] | None:
    """A match that is the trainee's own move: not a report of what someone else thinks, and not
    the client's own words handed back ("can't keep going like this" after they said it)."""
    if cues.REPORTED_SENTENCE.match(text):
        return None
    theirs = flip_person(context).replace(",", "") if context else ""
    for match in pattern.finditer(text):
        # the client's own plan handed back ("cut down, and pull in for a kip" after "I'll cut down"):
        # a one-word cue is judged with the word after it
        # and a cue that ends on its modal with the verb after it ("you should try…" after "i know i should exercise")
        cue = match.group(0).split()
        words = (match.group(0) + text[match.end():]).split()[:max(2, len(cue) + (cue[-1] in _MODAL_END))]
        said = " ".join(words).replace(",", "").strip()
        if theirs and said in theirs and not _turned(text[:match.start()], theirs[:theirs.index(said)]):
            continue
        if match.re.pattern in cues.DIAGNOSIS_SOURCES and stem(match.group(0).split()[-1]) in {
                stem(w) for w in theirs.split()}:
            continue  # "it sounds like depression is the word you'd use" after "I think I might be depressed"
        before = text[: match.start()]
        if (_EMBEDDED.search(before) and _YOU_MODAL.match(match.group(0))
                and not _WHAT_TO_DO_IS.match(text, match.end())):
            continue  # "everyone tells you how you should feel", "whether you should": a clause, not a directive
        if cues.CLEFT_ASK.search(before):
            continue
        if match.group(0).startswith("instead") and cues.ASKS_OWN_IDEA.search(before):
            continue
        if (_MUST.match(match.group(0)) and _RELATIVE_BEFORE.search(before)
                and not _WHAT_TO_DO.match(text, match.end())):
            continue  # "a test you have to pass": what the thing is, not what the client must do
        if cues.OWN_VIEW.search(before) or (_INFERRED.match(before) and _CHARACTER.search(match.group(0))) or (
                _SOFTENED.search(before)):
            return match
        # a sentence's own "that" is its subject ("that sounds a lot like denial"), not "…said that" reporting
        # ("the stress, the nights, that sounds like it could be depression": after a comma too)
        reported = cues.REPORTED.search(before) and not _SUBJECT_THAT.search(before)
        if reported or cues.THIRD_PARTY_SPEAKER.search(before) or cues.DISOWNED.search(before):
            continue
        return match
    return None


_SUBJECT_THAT = re.compile(r"(?:^|[,.;:!?] |\b(?:and|but|so) )(?:that|this) ?$")
# "I'm afraid, …" softening the trainee's own correction ("I'm afraid that's not how it works") reports no fear
_SOFTENED = re.compile(r"(?:^|[,.] )(?:(?:well|no|look|so|um|sorry),? )*i'?m afraid,? $")
_EMBEDDED = re.compile(r"\b(?:how|whether|where|when|what|which)\s*$")
_YOU_MODAL = re.compile(r"(?:you|u) (?:\w+ )?(?:should|need to|have to|must|ought to|gotta)\b")
_WHAT_TO_DO_IS = re.compile(r"(?: \w+){0,2} is\b")
_MODAL_END = frozenset({"should", "must", "to", "could", "can", "gotta", "better"})
_NEGATED_JUST_BEFORE = re.compile(r"(?:\b(?:not|never|no)|n't|\bdont|\bdidnt|\bwont|\bcant)(?: \w+)?\s*$")


def _turned(before: str, their_before: str) -> bool:
    """The client's words said back with their "not" taken off or put on ("you really need to check it" after "i don't
    need to check it"): not their words handed back, but the opposite of them."""
    return bool(_NEGATED_JUST_BEFORE.search(before)) != bool(_NEGATED_JUST_BEFORE.search(their_before))


def _rolled_at_them(raw: str) -> re.Match[str] | None:
    """An eye-roll aimed at the client, not one rolled at someone else with them ("ugh, the forms 🙄")."""
    roll = cues.EYE_ROLL.search(raw)
    return None if roll is None or cues.ROLLED_WITH_THEM.search(normalise(raw)) else roll


# Disbelief: a few of the client's own words asked back ("twice a day?", "never?") with a sign that the
# trainee doubts them ("really?", "genuinely", a thinking or raised-eyebrow face, "hmm", "…though?").  The echo
# alone is a simple reflection or a check; a double "??" alone is more often alarm ("blood??") than doubt.
_DOUBT = re.compile("\\breally\\?|\\bgenuinely\\b|\\bseriously\\?|\\bhonestly\\?|\\U0001F914|\\U0001F928|\\U0001F602|"
                    "\\bhm+\\b|\\b(?:though|tho)\\?", re.IGNORECASE)
_GLAD = re.compile(r"\b(?:amazing|great|brilliant|congrat\w*|well done|wow|nice|proud|fantastic|wonderful|"
                   r"awesome|lovely|love that|good for you)\b", re.IGNORECASE)
_ASKS_FRESH = re.compile(r"(?:oh |and |so |but )?(?:what|when|where|why|who|how|which|do|does|did|is|are|was|were|have|"
                         r"has|can|could|would|will|should)\b")  # a question of its own, not the client's words back
_ECHO_ASK = 4  # at most this many words in the question that hands the client's words back


def _doubts_their_claim(raws: Sequence[str], context: str) -> re.Match[str] | None:
    """The client's words asked back, in a turn that doubts them."""
    if not context or len(raws) < 2 or not any(_DOUBT.search(r) for r in raws):
        return None
    if any("!" in raw or _GLAD.search(raw) for raw in raws):
        return None  # "the job? really? that's amazing!": surprise that is glad for them
    theirs = content_words(normalise(context))
    for raw in raws:
        said = normalise(raw).rstrip("?!. ")
        echoed = content_words(said)
        if raw.rstrip().endswith("?") and len(said.split()) <= _ECHO_ASK and not _ASKS_FRESH.match(said) and (
                echoed and echoed <= theirs):
            return re.search(r"\S.*", raw)  # the words asked back, for the reason to quote
    return None


def _sarcasm(text: str, context: str, raws: Sequence[str]) -> re.Match[str] | None:
    """Sarcasm in the trainee's own voice, unless the turn carries warmth no sarcasm comes with
    ("of course you do 💜" agrees with the client) or an apology ("no, of course you do, sorry, I
    didn't mean…" takes a misstep back)."""
    if any(cues.WARM.search(raw) for raw in raws) or cues.APOLOGY.search(text):
        return None
    match = _unreported(cues.SARCASM, text, context)
    if match and cues.EYE_ROLL.match(match.group(0)):
        match = None  # asked below of the raw text, whether it was rolled at the client
    match = match or next((found for raw in raws if (found := _rolled_at_them(raw))), None)
    match = match or next((found for raw in raws if (found := cues.MOCKING_NOTE.search(raw))), None)
    if match and match.group(0).lstrip("? ").lower().startswith("really") and any(_GLAD.search(r) for r in raws):
        match = None  # "the job? really? that's brilliant": glad surprise
    if match and match.group(0).startswith("of course") and any(cues.GLAD_OF_COURSE.match(r.lower()) for r in raws):
        match = None  # said with an exclamation mark, it is glad for them
    if match and _grants_their_request(match, text, context):
        return None
    match = match or _doubts_their_claim(raws, context) or _scoffed_echo(raws, context)
    if match and cues.PRAISE_WORD.match(match.group(0)) and context and cues.CLIENT_DID.search(normalise(context)):
        return None  # "Oh, great. Great." after "I did the worksheet thing. All of it." is glad, not sarcastic
    return match


def _grants_their_request(match: re.Match[str], text: str, context: str) -> bool:
    """"Yeah, sure." as the whole first sentence, after the client asked for something ("could you just tell me what
    you'd do?"), says yes to them; sarcasm's "yeah, sure" runs on into its point ("yeah sure, because…")."""
    if match.start() > 0 or not context or not re.match(r"(?:oh|yeah|sure),? (?:sure|right)$", match.group(0)):
        return False
    said = normalise(context)
    return text[match.end():match.end() + 1] in (".", "!") and ("?" in said or bool(cues.CLIENT_ASKED.search(said)))


# what makes a client's line a claim to be believed or not: "only", "just", "honestly", "never", "because"
_PLEADS = re.compile(r"\b(?:only|just|never|not|no|nothing|honestly|honest|swear|promise|because|cause|fine|"
                     r"basically|totally|realistic|always|every)\b|n't\b")
_FLAT_SURE = re.compile(r"^(?:\[[a-z ]+\] ?)?(?:sure|right|okay then|of course)[.!]*$")
_LEAD_IN = re.compile(r"^(?:right|so|oh|ah|mm|okay|ok)[,.]? ")


def _scoffed_echo(raws: Sequence[str], context: str) -> re.Match[str] | None:
    """"Realistic. Sure.", "Two pints. Right.": a word or two of the client's said back on its own, then a flat
    "Sure." in a sentence of its own, after a line of theirs that pleads its case ("only", "honestly", "just"): their
    word not believed."""
    if not context or context.rstrip().endswith("?") or not _PLEADS.search(normalise(context)):
        return None  # "Mondays. Sure." agrees to what they asked for; "Three kids. Right." takes in a plain fact
    theirs = content_words(normalise(context))
    for said, then in pairwise(raws):
        echo = _LEAD_IN.sub("", normalise(said))
        words = content_words(echo)
        sure = _FLAT_SURE.match(normalise(then).strip())
        if sure and words and words <= theirs and len(echo.split()) <= 3:
            return re.search(r".+", f"{echo.strip()} {sure.group(0)}")  # quoted whole in the reason
    return None


_BARE_CURIOUS = re.compile(r"^i(?:'m| am) (?:really |just )?(?:curious|wondering|interested)[ ,.:;-]*$")


# The trainee's own misstep with a tag ("I just did the thing everyone else does, didn't I?"): said to
# themselves, not asked of the client.
_SELF_TAG = re.compile(r"^i\b[^?]*,? (?:didn't|did|haven't|have|wasn't|was|don't|do|am|aren't) i\??$")


# "when you say depressed, what's underneath that?": the clause after the client's word is the question
_WHEN_YOU_SAY = re.compile(cues.WHEN_YOU_SAY + r", (?:(?:um|uh),? )?(?=\w)")


def _question_kind(core: str, asks: bool) -> tuple[Code | None, str]:
    """Open, closed, or not a question at all (reflections may end in "?")."""
    preface = _WHEN_YOU_SAY.match(core)
    if preface and asks:
        return _question_kind(core[preface.end():], asks)
    if (cues.FREE_RELATIVE.match(core) and not asks) or _SELF_TAG.match(core):
        return None, ""
    if cues.CLOSED_AFTER_OPEN.match(core):
        return Code.QUESTION_CLOSED, "asks for a fact or yes/no"
    if cues.OPEN_START.match(core) and (asks or not _BARE_CURIOUS.match(core)):
        # "I'm curious - what else does smoking give you?": the stem alone is no second question
        return Code.QUESTION_OPEN, "invites a wide answer"
    if cues.CLOSED_START.match(core) or (asks and cues.QUESTION_WORD.match(core)):
        return Code.QUESTION_CLOSED, "can be answered yes/no or with a fact"
    if cues.TRAILING_QUESTION.search(core) or (asks and cues.WH_AT_END.search(core)):
        return Code.QUESTION_OPEN, "ends in an open question"
    return None, ""


UNSAID_FEELING = "names a feeling or value the client did not say"
REASSURES = "reassurance, not a codable MI move"


def _unsaid_feeling(core: str, lines: Sequence[str]) -> str | None:
    """The first feeling word in `core` that none of the client's `lines` used."""
    said = {stem(m) for line in lines for found in (cues.FEELINGS, cues.MORE_FEELINGS)
            for m in found.findall(normalise(line))}
    named = cues.FEELINGS.findall(core) + cues.MORE_FEELINGS.findall(core)
    return next((f for f in named if stem(f) not in said), None)


def _reflection(core: str, context: str, asks: bool) -> tuple[Code, str, float]:
    """Simple or complex: does it add meaning beyond the client's words?"""
    words = content_words(core)
    if context:
        said = content_words(context)
        new = words - said
        feeling = _unsaid_feeling(core, (context,))
        if feeling:
            return Code.REFLECTION_COMPLEX, f"{UNSAID_FEELING}: '{feeling}'", 0.75
        marker = cues.COMPLEX_MARKERS.search(core)
        if marker and not content_words(marker.group(0)) <= said:
            return Code.REFLECTION_COMPLEX, f"adds meaning to the client's words: '{_quote(marker)}'", 0.7
        if words and len(new) / len(words) > 0.6 and len(core.split()) >= 7:
            return Code.REFLECTION_COMPLEX, "goes beyond the client's words", 0.6
        if words and len(new) / len(words) > 0.6:  # few words, and not the client's: a short rephrase
            return Code.REFLECTION_SIMPLE, "restates the client's point in a few words", 0.7
        # the client's own words handed back ("'Kinda hard to explain.'"): unmistakably a simple reflection
        sure = STRONG if words and len(new) / len(words) <= 0.2 and len(core.split()) >= 3 else 0.7
        return Code.REFLECTION_SIMPLE, "mostly repeats the client's words", sure
    marker = cues.COMPLEX_MARKERS.search(core)
    if marker:
        cue = f": '{_quote(marker)}'" if content_words(marker.group(0)) else " to what the client said"
        return Code.REFLECTION_COMPLEX, f"adds meaning{cue}", 0.65
    named = cues.FEELINGS.search(core)
    if named and len(core.split()) >= 5:
        return Code.REFLECTION_COMPLEX, f"reflects a feeling: '{named.group(0)}'", 0.6
    return Code.REFLECTION_SIMPLE, "rephrases what the client said", 0.6


_SO_YOU = re.compile(r"^(?:(?:so|and so|okay so|it's like) )?(?:you|you're|your|you've)\b")


def _reflection_shape(core: str) -> bool:
    """Openings only a reflection has: "sounds like…", "so you…", "you're…"."""
    return bool(cues.REFLECTION_STRONG.search(core) or _SO_YOU.match(core))
STRONG = 0.9  # confidence of a rule decided by an unmistakable cue
_ABOUT_CLIENT = re.compile(r"\b(?:you|your|you're|you've|you'd|you'll|yourself)\b")


_DIRECTIVE = re.compile(
    cues.NOT_THEIR_SENSE + cues.NOT_A_REASON
    + r"\b(?:you|u) (?:(?:really|just|definitely|def|defo|deffo|seriously|honestly|absolutely|totally|actually|"
    r"still) )*" + cues.EMPHATIC_DO + r"(?:should|need to|"
    r"have to|must|ought to|'d better|had better|gotta|got to)\b|"
    # "at some point you'll have to let it go", "you're going to have to face it": the directive, deferred
    + cues.NOT_THEIR_SENSE + r"\b(?:you|u)" + cues.DEFERRED_DIRECTIVE + "|"
    # "what you need is to prepare earlier", "u need a break before u burn out": a remedy prescribed
    r"\bwhat (?:you|u) (?:really )?need (?:is|right now is) (?:to|a|some|more)\b|"
    r"(?<!feel )(?<!think )\b(?:you|u) (?:really |definitely |seriously |honestly )?need (?:a|some|more) (?:proper )?"
    r"(?:break|rest|holiday|time off|day off|sleep|breather)\b|"
    # "why don't you ring him?" tells; "why don't you want to ring him?" asks a reason
    rf"\bwhy (?:don't|dont|not) (?:you|u)\b(?! {cues.ASKS_A_REASON})|"
    r"\b(?:my advice|i'd recommend|i recommend|i suggest|if i were you)\b|"
    + cues.SELLS_THE_HELP + "|"
    # "i need you to give me more than that", "i would strongly advise against it", "it would be better for you to…"
    r"\bi (?:really )?need (?:you|u) to\b(?! know)|\bi(?:'d| would)? (?:strongly |really |honestly )*(?:advise|urge)\b|"
    + cues.ADVICE_IN_WORDS + "|"
    r"\b(?:you|u) (?:can't|cannot|mustn't|shouldn't) let (?:it|this|that|them|him|her) (?:get|beat|stop|ruin|win|"
    r"drag|take over|rule|define)\b|"
    # a suggestion asked as a question: "have you considered going part-time?", "how about asking HR?"
    r"^(?:so |and |but |ok |okay )?(?:have|did) (?:you|u) (?:ever )?(?:tried|considered|thought (?:about|of)) "
    rf"(?:just |maybe )?{cues.NOT_SELF_HARM}[a-z]{{2,}}ing\b{cues.NOT_HISTORY}|"
    # "have you tried any relaxation techniques?", "have u tried a sleep app": a remedy named
    r"^(?:so |and |but |ok |okay )?(?:have|did) (?:you|u) (?:ever )?(?:tried|considered) (?:any |some |a |an )"
    rf"(?!thing\b|one\b|bit\b|lot\b|few\b)[a-z]{{3,}}{cues.NOT_HISTORY}|"
    r"^(?:so |and |but |ok |okay )?(?:what|how) about (?:just |maybe )?"
    r"(?!(?:some|any|every|no)?thing\b|being\b|feelings?\b)[a-z]{2,}ing\b|"
    # "when you want a cigarette, think of Alfie": an instruction for the moment itself
    r"^(?:next time|when(?:ever)? (?:you|u)|if (?:you|u))\b[^,?]{0,60}, (?:just |then )?(?:try|take|count|walk away|"
    r"breathe|remember|think (?:of|about)|call|ring|text|go for|leave|step|put|get up|stay|tell)\b"
)
_ANSWER_START = re.compile(r"^(?:no|nope|not really|not at all|actually|well actually)\b")


def _answers_question(core: str, context: str) -> bool:
    """"No, I don't write reports" after "do you write reports?" answers; it does not argue.  So does "it's not
    overkill" after "…or is that overkill.": their own yes-or-no question, asked with or without its mark."""
    if "?" in context and _ANSWER_START.match(core):
        return True
    words = content_words(core)
    return bool(words) and any(words <= content_words(asked) for asked in _THEIR_QUESTIONS.findall(normalise(context)))


# The client's yes-or-no questions about what something is, by their inverted verb: "is that overkill", "am i being
# daft", "or is it too late" (not "can we talk about the dog?", which a "no, we're not doing the dog" refuses)
_THEIR_QUESTIONS = re.compile(r"(?:^|[.?!;] |\bor )((?:is|was|are|am) (?:that|it|this|i|there) [^.?!,;]*)")


# "Three missed sessions in a row isn't bad luck." after "It was just bad luck": the client's own word for it,
# denied.  A statement about something (not about the trainee or the client's feelings) whose last words say
# what it is not.
_NOT_WHAT_THEY_CALLED_IT = re.compile(
    r"^(?!(?:i|i'm|you|you're|u|ur|it's not (?:your|ur) fault)\b)[\w' ]{3,60}?\b(?:isn't|is not|wasn't|was not|aren't|"
    r"are not|'s not|s not|(?<=\bthat)s not|(?<=\bit)s not)\s+(?:just |really |exactly |simply |only )?(?:a |an |the )?"
    r"([\w' ]{3,30})$")
# The last clause of a sentence, where the denial usually comes: "u were late 9 times tho, thats not the boss";
# only a verdict on "that" or "it" counts there ("…, and your own view is that it isn't a problem" reflects).
_LAST_CLAUSE = re.compile(r"(?<=,)\s*(?:(?:so|and|but)\s+)?([^,]+)$")
_VERDICT_START = re.compile(r"(?:that|thats|that's|it|its|it's|this|this's)\b")
# A question ("and on the days when it's not a cold?") or the client's own view ("you think it's not a problem").
_ASKS_OR_THEIRS = re.compile(r"\b(?:what|how|when|where|why|whether|if|think|thought|view|feel|felt|say|said|"
                             r"saying|mean|believe|sure)\b")


# A client's harsh word for themselves, taken away: reassurance, never an argument ("that's not pathetic").
_THEIR_HARSH_WORD = re.compile(
    r"\b(?:silly|stupid|daft|dumb|pathetic|weak|crazy|mad|selfish|lazy|useless|hopeless|worthless|broken|a failure|"
    r"a burden|a bad (?:mum|mom|dad|mother|father|person|parent)|your fault|ur fault|to blame|too late|too old|wrong|"
    r"embarrassing|ridiculous|nothing|dramatic|overreacting|boring|a waste|messed up|a mess|terrible|awful|horrible|"
    r"disgusting|a loser|a joke|gross|weird|abnormal|sad|tragic|shameful|pitiful|rubbish|soft|thick|a coward|"
    r"a disgrace|a fraud|a fake|a hypocrite|needy|clingy|too much|a lost cause|beyond help|a nightmare|a drama queen|"
    r"attention[- ]seeking|a bad (?:son|daughter|wife|husband|friend|brother|sister|partner|nan|grandad|grandma)|"
    r"unlovable|ugly|a let[- ]?down|a disappointment|a mug|an idiot|an embarrassment|a wreck|a write[- ]off|"
    r"a screw[- ]?up|a f\w*k[- ]?up|trash|garbage|neglectful|unfit|a monster|complaining|moaning|whinging|whining|"
    r"a complainer|a moaner|(?:don't|dont|do not) deserve)\b")
# the client's harsh word is about themselves: "I'm rubbish at exams", "they think I'm a failure", "called me soft"
_OF_THEMSELVES = r"\b(?:i|i'm|im|i am|i was|i've been|me|myself)\b[^.?!,;]{0,40}?"


def _takes_their_harsh_word(core: str, context: str) -> bool:
    """"I don't reckon a drought makes anyone a failure", "not sure 'rubbish' is the word I'd use": a "no" to the
    harsh word the client put on themselves lifts them, whatever else the sentence's shape says."""
    if not context or not _POLARITY.search(core):
        return False
    said = normalise(context)
    for found in _THEIR_HARSH_WORD.finditer(core):
        word = re.escape(found.group(0))
        if _POLARITY.search(core[:found.start()]) and re.search(_OF_THEMSELVES + r"\b" + word + r"\b", said):
            return True
    return False


def _denied_by_them(named: frozenset[str], said: str) -> bool:
    """The client's word stands under their own negation ("it's not a phase", "i'm not depressed"):
    saying it is not that agrees with them.  A "not" elsewhere in the line ("I'm not a gambler, I just
    like a flutter") leaves their other word theirs to be argued with."""
    words = re.findall(r"[\w']+", said)
    for at, word in enumerate(words):
        if content_words(word) & named and cues.REFUSAL.search(" ".join(words[max(0, at - 4):at])):
            return True
    return False


def _denies_their_word(core: str, context: str) -> re.Match[str] | None:
    """The client's name for what happened, said back as what it is not."""
    match = _NOT_WHAT_THEY_CALLED_IT.match(core)
    if not match and (last := _LAST_CLAUSE.search(core)) and _VERDICT_START.match(last.group(1)):
        match = _NOT_WHAT_THEY_CALLED_IT.match(last.group(1))
    if not match or not context or _THEIR_HARSH_WORD.search(match.group(1)) or _ASKS_OR_THEIRS.search(core):
        return None
    named = content_words(match.group(1))
    said = normalise(context)
    if not named or not named <= content_words(said) or _denied_by_them(named, said):
        return None  # not their word, or they denied it themselves ("it's not a phase")
    return match


# A claim of the client's said back with its polarity turned ("It's not a big deal." -> "it is a big deal";
# "It's normal." -> "it isn't normal"; "there's no rush" -> "there is a rush"): the trainee asserts the opposite of
# what the client just said, in a short plain statement about the thing itself.  Clause by clause on both sides,
# so "i'm not depressed i'm just tired" is two claims, one denied and one made.
_CLAUSE_SPLIT = re.compile(r",|;|\.|\bbut\b|\bbecause\b|\bcause\b|\bso\b|\bjust\b(?= )|\bthough\b|"
                           r"\band\b(?= (?:i|i'm|it's|he's|she's|they|he|she|it|my)\b)")
_POLARITY = re.compile(r"\b(?:not|no|never|nothing|nobody|none|without|nowhere|neither|nor)\b|n't\b")
_CLAIM = re.compile(
    r"^(?:no,? |well,? |but,? )?(?:it|that|this|there|he|she|they|you|nobody|no one|everyone|everybody|"
    r"(?:your|his|her|their|the|a) [\w']+|(?!please|just|so|and|but|you|i)[a-z]+s|"
    r"[a-z]{3,}ing (?:your|the|his|her|their|a) [\w']+)"  # "missing your tablets is a big deal"
    r"(?:'s|'re| (?:is|are|was|were|does|do|did|can|will|has|have|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|"
    r"can't|won't|hasn't|haven't))(?: not)?(?: (?:actually|really|kind of|definitely|literally|still|even|so|very|"
    r"clearly|obviously|absolutely|totally|quite))* (.{2,40}?)(?: (?:though|tbh|mate|honestly|either|too))?$")
# "I don't think he's exaggerating": the trainee's own view, the opposite of the clause after it
_DOUBTED_VIEW = re.compile(r"^i (?:really |honestly |just |actually )?(?:don't|do not) (?:think|believe|reckon) "
                           r"(?:that )?(?!(?:you|u) (?:do|believe|think|really)\b)(.{4,}?)(?: at all)?$")
# The trainee's clause is theirs to hold, not the client's (wants and needs are reflected), nor an instruction.
_NOT_A_CLAIM = re.compile(r"^(?:i|i'm|i've|i'd|we|let's)\b|\b(?:want|wants|wish|need|needs|like|likes|to me|for me|"
                          r"please|be|have to|has to|feel|feels|felt|think|thought|say|said|seem|seems|sound|sounds|"
                          r"maybe|might|perhaps|part of you|if|whether|sure)\b")
# The client's clause runs themselves down, worries or reports another's view: saying otherwise reassures.
_NOT_THEIR_CLAIM = re.compile(r"\?|^(?:what|how|why|who|where|when)\b|\b(?:sorry|worried|worry|afraid|scared|"
                              r"embarrass\w*|ashamed|i know|maybe|probably|feel|feels|think|thought|sounds?|if|"
                              r"whether|sure|says?|said|told|worth|like|likes|love|loves|hate|hates|enjoy|prefer|"
                              r"want|wants|wish|makes? me)\b")
# "you're not X" takes away what the client said of themselves: an argument when X is how well they are doing
# ("you're not fine", "you're not managing"), reassurance when X is a fault ("you're not a mug", "not simple").
_DOING_WELL = re.compile(r"^(?:(?:doing|being|getting|going) )?(?:fine|okay|all right|good|great|alright|managing|"
                         r"coping|winning|up|sober|clean|safe|in control|over (?:it|him|her)|better|happy|sorted|"
                         r"on top of)\b")
# "it does count! don't put yourself down": their claim about themselves turned, to lift them.
_RAISES_THEM = re.compile(r"\b(?:don't|do not|dont) (?:put yourself down|be (?:so )?hard on yourself|"
                          r"sell yourself short)\b")
# "it's not the nights, it's the hours after": the client's own contrast given back, not a denial of it.
_NOT_THIS_BUT_THAT = re.compile(r"\b(?:it's|it is|that's|that is) not [^,]+, (?:it's|it is|that's|but)\b")


@lru_cache(maxsize=4096)
def _clauses(text: str) -> tuple[tuple[str, bool, frozenset[str]], ...]:
    """Each clause with whether it is negated and its content words (the client's line is split once per turn,
    however many of the trainee's sentences are checked against it)."""
    return tuple((part.strip(), bool(_POLARITY.search(part)), content_words(part))
                 for part in _CLAUSE_SPLIT.split(text) if content_words(part))


# The client's claim answered with its verb alone, polarity turned ("it actually doesn't" after "smoking calms me
# down", "you literally are though" after "I'm not an addict"): the trainee keeps only the "no" (or the "yes").
_ELLIPSIS = re.compile(
    r"^(?:(?:well|but|no|um|honestly|sorry|i'm afraid|im afraid|i think|tbh|ngl|lol|oh|mate)[,.]? )*"
    r"(?P<subject>it|that|you|they|he|she)(?: (?:actually|really|literally|definitely|almost certainly|certainly|"
    r"still|so))*(?:'re|'s| are| is| does| do| did| will| was| were| has| have| doesn't| "
    r"don't| isn't| aren't| won't| wasn't| weren't| hasn't| haven't| didn't)(?: (?:actually|really|literally|"
    r"definitely|almost certainly|certainly|still|so|though|mate|hun|not|do|does|is|are|have|has))*$")
# What the client denies of themselves that is good ("I'm not good enough"): said back as a "yes", it lifts them.
_GOOD_OF_THEMSELVES = re.compile(r"\b(?:good|worth|enough|strong|clever|smart|capable|brave|lovable|pretty|normal|"
                                 r"able|allowed|deserve|deserving|fine)\b")


def _answers_with_the_verb_alone(core: str, theirs: Sequence[tuple[str, bool, frozenset[str]]]) -> bool:
    """The turn is only a subject and its verb, with the polarity of one of the client's claims turned: with no
    words of the claim in it, `_CLAIM` cannot see it, and the form model reads a short line as harmless."""
    ellipsis = _ELLIPSIS.match(core)
    if not ellipsis or any(_THEIR_HARSH_WORD.search(clause) for clause, _, _ in theirs):
        return False  # "it's really not" after "it's pathetic, crying over a job" takes their harsh word away
    negated = bool(_POLARITY.search(core))
    about_them = ellipsis.group("subject") == "you"
    for clause, was, _ in theirs:
        if was == negated or clause.startswith(("i ", "i'm ", "im ")) != about_them:
            continue
        if about_them and was and _GOOD_OF_THEMSELVES.search(clause):
            continue  # "you are" after "I'm not good enough" lifts them
        return True
    return False


@lru_cache(maxsize=4096)
def _contradicts_them(core: str, context: str) -> re.Match[str] | None:
    """A short plain claim that says the opposite of a claim in the client's last line (cached: the sentence's
    code, the turn's cues, the kindness check and the form gate each ask it)."""
    if not context or context.rstrip().endswith("?"):
        return None
    theirs = [c for c in _clauses(normalise(context)) if not _NOT_THEIR_CLAIM.search(c[0])]
    if theirs and _answers_with_the_verb_alone(core, theirs):
        return re.search(r"\S.*", core)
    contrast = _NOT_THIS_BUT_THAT.search(core)
    if not theirs or (contrast and content_words(core[contrast.end():]) & content_words(normalise(context))) or (
            _RAISES_THEM.search(core)):
        return None  # the client's own contrast handed back; "that's not careful, that's lucky" is the trainee's
    for whole, negated, _ in _clauses(core):
        part = whole
        view = _DOUBTED_VIEW.match(whole)
        if view:  # "i don't think it's fine": the trainee's claim is the opposite of the clause they doubt
            part, negated = view.group(1), not _POLARITY.search(view.group(1))
        claim = _CLAIM.match(part)
        if not claim or _NOT_A_CLAIM.search(part) or (negated and _THEIR_HARSH_WORD.search(part)):
            continue
        if negated and part.startswith("you") and not _DOING_WELL.match(claim.group(1)):
            continue
        said = content_words(claim.group(1))
        if len(said) * 2 < len(claim.group(1).split()):
            continue  # "you can't get through at eight": one shared word in a longer clause is no contrary claim
        if said and any(said <= words and was != negated for _, was, words in theirs):
            return re.search(re.escape(whole), core)
    return None


def _disbelieves_them(core: str, context: str) -> bool:
    """"I don't think it's fine" after "it's fine": the form model reads "I don't think…" as the opening of
    reassurance ("I don't think you're stupid"), so its doubt must not close the gate on a claim about the thing
    itself, or on how well the client is doing, that the trainee says they do not believe."""
    match = _contradicts_them(core, context)
    view = _DOUBTED_VIEW.match(match.group(0)) if match else None
    return bool(view and _ABOUT_THE_THING.match(view.group(1)))


_ABOUT_THE_THING = re.compile(r"(?:it|that|this|there)(?:'s| is| was| will| does| isn't| doesn't)\b|"
                              r"(?:you're|you are) (?:really |actually )?(?:fine|okay|ok|all right|alright|coping|"
                              r"managing|in control|on top of)\b")


_THEIR_WORD_REFUSED = re.compile(r"\b(?:don't|do not|wouldn't|would not) (?:agree with|use|go with|buy|accept) "
                                 r"(?:that|the|your|this) (?:word|label|description|name)\b")
_RELATIVE_VERDICT = re.compile(r"\b(?:anything|something|what|which|whatever|the (?:part|bit|thing|stuff)s?)\b"
                               r"[^,.;]{0,40}$")


def _kindly_meant(match: re.Match[str], core: str, context: str, turn: str) -> bool:
    """A "no" to the client that the rest of the turn shows was on their side:
    - their low view of themselves or their chances turned, to lift them ("It's not a step backwards! Getting
      there at all is progress.", "that's not true!! you're obviously clever");
    - "that's rubbish" about what happened to them, beside comfort ("…but I'm sure he still loves you");
    - "that's not okay" about what someone else did to them ("…he shouldn't talk to you like that")."""
    said = match.group(0)
    if cues.LIFTS.search(turn) and (_contradicts_them(core, context) or cues.NOT_TRUE.search(said)):
        return True
    if cues.ROUGH_DEAL.search(said) and cues.COMFORT.search(turn):
        return True
    return bool(cues.NOT_OKAY.search(said) and cues.SIDES_WITH_THEM.search(turn))


def _diagnoses(core: str, context: str) -> re.Match[str] | None:
    """A diagnosis of the trainee's own ("that's an eating disorder"), not the client's word for it handed back."""
    match = cues.DIAGNOSIS.match(core)
    if not match:
        return None
    label = content_words(match.group("label"))
    return None if context and label <= content_words(normalise(context)) else match


def _confronts(core: str, context: str, turn: str = "") -> re.Match[str] | None:
    """A confronting cue in the trainee's own voice, unless the sentence only answers the client's
    question with a "no", or the rest of the turn (`turn`, normalised) shows what the "no" was for."""
    match = (_unreported(cues.CONFRONT, core, context) or _denies_their_word(core, context)
             or _contradicts_them(core, context) or _diagnoses(core, context) or _family_lever(core, context))
    if match and turn and _kindly_meant(match, core, context, turn):
        return None
    if match and _takes_their_harsh_word(core, context):
        return None
    if match and turn and _THEIR_WORD_REFUSED.search(core) and _THEIR_HARSH_WORD.search(turn):
        return None  # "you said 'so I'm neglectful'. I don't agree with that word."
    if match and _RELATIVE_VERDICT.search(core[:match.start()]) and match.group(0).startswith(("that", "it")):
        return None  # "anything about the job that's not fine?": which part isn't, asked, not a verdict
    if match and context and len(core.split()) >= 4 and core in flip_person(normalise(context)):
        return None  # "A reason to get up that isn't the dog." after they said it: their words, not a denial
    if match and _answers_question(core, context) and not _unreported(cues.CONFRONT, core[match.end():]):
        return None
    if match and _NO_IT_DIDNT.match(match.group(0)) and context and _POLARITY.search(normalise(context)):
        return None  # "No, it didn't." after "Talking never fixed a tractor.": agreeing with a "never"
    if match and cues.NEGATED_VIEW.search(core[:match.start()]) and not match.group(0).lstrip().startswith("not"):
        return None  # "i don't think you're making excuses" takes the label away
    return match


_NO_IT_DIDNT = re.compile(r"no,? (?:they|it|he|she) (?:don't|doesn't|isn't|aren't|didn't|won't)\b")


def _is_empty(core: str) -> bool:
    words = core.replace(",", " ").split()
    return all(w in cues.EMPTY_WORDS for w in words)


def _code_sentence(sentence: Sentence, context: str, turn: str = "") -> CodedSentence:
    core = sentence.core
    raw = sentence.raw

    def coded(code: Code, reason: str, confidence: float, check: bool = False) -> CodedSentence:
        return CodedSentence(raw, code, reason, confidence, check)

    if not core or cues.BACKCHANNEL.match(core.replace(",", "")) or _is_empty(core):
        return coded(Code.OTHER, "a brief acknowledgement or generic praise, not coded", STRONG)
    if cues.CHECK_QUESTION.search(core) and len(core.split()) <= 8:
        return coded(Code.OTHER, "checks the reflection before it", 0.8, check=True)
    match = cues.MUST_HAVE_FELT.search(core)
    if match:
        # surer than STRONG: the word model, fitted on writers who code the stock "that must be hard" as
        # uncoded sympathy, leans that way for every "that must have been…"
        return coded(Code.REFLECTION_COMPLEX, f"guesses the feeling under it: '{_quote(match)}'", 0.95)
    if cues.THANKS.match(core):
        return coded(Code.OTHER, f"thanks, not a codable MI move: '{' '.join(core.split()[:6])}'", 0.85)
    # not the client's own words handed back ("Just sorry." after "…it would be sorry. Not the clever version. Just
    # sorry.": a seventeenth round's skilled reflection had been coded as sympathy)
    match = _unreported(cues.SYMPATHY, core, context)
    if match:
        return coded(Code.OTHER, f"sympathy ('{_quote(match)}'): warm, but not a codable MI move", 0.85)
    match = cues.APOLOGY.search(core)
    if match:
        # "sorry, I didn't mean to lecture you": a repair, uncoded; what follows it carries the code
        return coded(Code.OTHER, f"an apology that repairs the moment: '{_quote(match)}'", 0.85)
    match = _confronts(core, context, turn)
    if match:
        contrary = _contradicts_them(core, context)
        if contrary and contrary.start() < match.end() and match.start() < contrary.end():
            return coded(Code.CONFRONT, f"says the opposite of what the client just said: '{_quote(match)}'", STRONG)
        return coded(Code.CONFRONT, f"argues with, labels or warns the client: '{_quote(match)}'", STRONG)
    match = _sarcasm(core, context, (raw,)) or _unreported(cues.LABELLING, core, context)
    if match:
        face = cues.EYE_ROLL.match(match.group(0))
        said = cues.FACE_NAMES[face.group(0)] if face else f"'{_quote(match)}'"
        return coded(Code.CONFRONT, f"sarcasm or a label aimed at the client: {said}", STRONG)
    match = cues.GREETING.search(core)
    if match:
        return coded(Code.OTHER, f"{_GREETS}: '{_quote(match)}'", 0.85)
    kind, why = _question_kind(core, sentence.asks)
    match = cues.AUTONOMY.search(core)
    if match and kind is None:
        return coded(Code.EMPHASIZING_AUTONOMY, f"leaves the choice with the client: '{_quote(match)}'", STRONG)
    match = None if cues.DOUBLE_SIDED.search(core) or _takes_their_harsh_word(core, context) else _unreported(
        cues.ADVICE, core, context)
    if match and context and cues.ASKED_IF_REQUIRED.search(normalise(context)):
        return coded(Code.GIVING_INFORMATION, f"answers the client's question about what is required: "
                                              f"'{_quote(match)}'", 0.8)
    if match and cues.OPEN_START.match(core) and not (
        cues.WHY_DONT_YOU_JUST.search(core) or cues.ADVICE_NOT_ASKING.match(core)
    ):
        match = None  # "what might you want to try?" asks; it does not advise
    if not match and not (context and cues.CLIENT_ASKED.search(normalise(context))) and not _asked_the_facts(context):
        match = _unreported(cues.PERSUASIVE_FACTS, core, context)
    if match:
        # "you need to…", "why don't you…", "80% of people who drink like that end up…": unmistakable
        sure = STRONG if (_DIRECTIVE.search(core) or _unreported(cues.IMPERATIVE, core, context)
                          or _unreported(cues.SCARE_FACTS, core)) else 0.8
        return coded(Code.PERSUADE, f"advice or a push to change: '{_quote(match)}'", sure)
    match = cues.SEEK.search(core)
    if match:
        sure = STRONG if cues.CHOICE_OFFERED.search(core) else 0.8
        return coded(Code.SEEKING_COLLABORATION, f"shares power with the client: '{_quote(match)}'", sure)
    if cues.GENERIC_PRAISE.match(core):
        return coded(Code.OTHER, "generic praise names no specific strength", 0.7)
    match = cues.FLATTERY.search(core)
    if match:
        return coded(Code.OTHER, f"praise of the whole person ('{_quote(match)}'), not of something they did: "
                                 "warm, but it names no specific strength", STRONG)
    # "you're not sure if it's a big deal" reports a doubt; it names no strength
    match = None if cues.REPORTED_SENTENCE.match(core) else cues.AFFIRM.search(core)
    if match:
        # a strength or effort named in so many words is unmistakable (0.8 -> STRONG: the same in
        # cross-validation, and "three weeks off was a real achievement" no longer loses to a reflection)
        return coded(Code.AFFIRM, f"recognises a specific strength or effort: '{_quote(match)}'", STRONG)

    if kind is not None:
        return coded(kind, f"{why}: '{' '.join(core.split()[:5])}…'", STRONG if sentence.asks else 0.8)
    if sentence.asks and cues.TAG_QUESTION.search(core):
        bare = cues.TAG_QUESTION.sub("", core)
        code, reason, conf = _reflection(bare, context, True)
        if _reflection_shape(bare):
            conf = max(conf, STRONG)
        return coded(code, reason + " (with a checking tag)", conf)

    match = cues.STRUCTURE.search(core)
    if match:
        return coded(Code.OTHER, f"greeting, thanks, structuring or small talk: '{_quote(match)}'", 0.75)
    # not the client's own "don't worry about me" handed back ("Don't worry about you. You're used to being the one who
    # handles it": a seventeenth helper round)
    match = _unreported(cues.REASSURANCE, core, context)
    if match:
        return coded(Code.OTHER, f"{REASSURES}: '{_quote(match)}'", 0.7)
    match = cues.NORMALISING.search(core)
    if match:  # "it's normal to feel two ways": says the client's experience makes sense
        return coded(Code.REFLECTION_COMPLEX, f"normalises what the client feels: '{_quote(match)}'", STRONG)
    about_client = bool(_ABOUT_CLIENT.search(core)) or bool(cues.REFLECTION_STRONG.search(core))
    echoes = bool(context) and bool(content_words(core) & content_words(context))
    match = cues.INFO.search(core)
    # "you're sick of adults making decisions about your body" reflects a feeling, whatever it names
    if match and not (about_client and (echoes or cues.REPORTED_SENTENCE.match(core))):
        return coded(Code.GIVING_INFORMATION, f"gives information: '{_quote(match)}'", 0.7)
    if about_client or sentence.asks or echoes or cues.FEELINGS.search(core):
        code, reason, conf = _reflection(core, context, sentence.asks)
        if _reflection_shape(core) or cues.NORMALISING.search(core):
            conf = max(conf, STRONG)  # "sounds like…", "so you…", "it makes sense that…"
        if sentence.asks:
            reason += " (ends in a rising '?', a reflection not a question)"
            if echoes:  # a statement built from the client's own words, said with a rising voice
                conf = max(conf, STRONG)
        return coded(code, reason, conf)
    if len(core.split()) >= 6:
        return coded(Code.GIVING_INFORMATION, "a statement of fact, not about the client", 0.5)
    return coded(Code.OTHER, "no codable behaviour", 0.5)


# A question in its word order, which a transcript leaves without its "?" ("okay good, and are you taking the metformin
# every day", "how's your diet"): the form is the question, whatever the word model makes of the missing mark.  Not a
# rhetorical opening ("can you imagine", "would you believe", "do you know what").
_ASKED_IN_FORM = re.compile(
    r"^(?!(?:can|could) (?:you|u) (?:imagine|believe)\b|would (?:you|u) believe\b|do (?:you|u) know what\b)"
    r"(?:(?:do|does|did|are|is|was|were|have|has|can|could|would|will) (?:you|u|your|the|that|this|it|he|she|they|we|"
    r"anyone|anybody|someone|somebody)"
    r"|(?:what|how|why|where|when|who)(?:'s|'ve|'re| (?:do|does|did|are|is|was|were|have|has|would|will|can|could|made|"
    r"makes|happened)))\b")


def _false_start(sentence: CodedSentence, after: CodedSentence | None) -> bool:
    """"What, um, what was going on for you?" or "Does that... how does that sit with you?": a spoken
    false start, one question said once."""
    words = normalise(sentence.text).replace(",", " ").split()
    if not words or after is None:
        return False
    if len(words) <= 2 and normalise(after.text).split()[:1] == words[:1]:
        return True
    trailed = sentence.text.rstrip().endswith(("...", "…", "-", "—"))  # broken off, then asked again
    return trailed and len(words) <= 3 and after.text.rstrip().endswith("?")


# An invitation said as an order ("say more about that", "tell me more"): before a question it is the
# same invitation narrowed, not a second question.
_INVITATION = re.compile(r"^(?:so |and |okay |ok |mm |yeah )?(?:say (?:a bit |a little )?more|"
                         r"tell me (?:a bit |a little )?more|tell me about|talk me through|walk me through|"
                         r"help me understand|go on)\b")


def _one_more_question(sentence: CodedSentence, after: CodedSentence | None) -> bool:
    """Whether a sentence coded as a question counts as one more in the turn: not a false start, not an
    invitation that a question narrows ("Say more about that - what are you testing for?"), and not a
    question held inside a sentence that goes on ("that question - what am I for - hasn't had an answer")."""
    if not sentence.code.value.startswith("question") or _false_start(sentence, after):
        return False
    if after is not None and not sentence.text.rstrip().endswith("?"):
        if after.code.value.startswith("question") and _INVITATION.match(normalise(sentence.text)):
            return False
        if after.text[:1].islower() and not after.text.rstrip().endswith("?"):
            return False
    return True


_CURIOUS_STEM = re.compile(
    r"^(?:(?:so|and|but|okay|ok|um|i guess|i think),? )*(?:i(?:'m| am) (?:really |just |genuinely )?"
    r"(?:curious|wondering|interested)|i wonder|(?:can|could|may) i ask(?: you)?(?: about| something| a question)?|"
    r"i(?:'d| would) (?:really )?(?:like|love) to (?:hear|know|understand))\b")


def _flags(norm: str, sentences: list[CodedSentence], code: Code, context: str = "") -> tuple[Flag, ...]:
    flags: list[Flag] = []
    asked = [s for i, s in enumerate(sentences)
             if _one_more_question(s, sentences[i + 1] if i + 1 < len(sentences) else None)]
    # "I'd like to hear…" / "I'm curious what…" beside a question asks it again in other words, not a second time
    # (an eighteenth helper round: "Informative how? I'm curious what you think the citations do for you." was
    # "several questions at once")
    if len(asked) >= 2:
        asked = [s for s in asked if s.text.rstrip().endswith("?") or not _CURIOUS_STEM.match(normalise(s.text))]
    if len(asked) >= 2:
        flags.append(Flag.STACKED_QUESTIONS)
    if code in (Code.PERSUADE, Code.CONFRONT) and _unreported(cues.ADVICE, norm):
        flags.append(Flag.RIGHTING_REFLEX)
    checks: tuple[tuple[Flag, CueSet], ...] = (
        (Flag.PREMATURE_REASSURANCE, cues.REASSURANCE),
        (Flag.LABELLING, cues.LABELLING),
        (Flag.WHY_DONT_YOU_JUST, cues.WHY_DONT_YOU_JUST),
        (Flag.WHY_NOT, cues.WHY_NOT),
        (Flag.SARCASM, cues.SARCASM),
        (Flag.NORMALISING, cues.NORMALISING),
        (Flag.DEMAND_FEELING, cues.DEMAND_FEELING),
        (Flag.APOLOGY, cues.APOLOGY),
    )
    for flag, pattern in checks:
        if flag in (Flag.LABELLING, Flag.SARCASM) and code != Code.CONFRONT:
            if flag is Flag.LABELLING and code in QUESTIONS and cues.LABEL_QUESTION.search(norm):
                flags.append(flag)  # "do you think you have an anger problem?": the verdict inside the question
            continue
        # "why don't you just ring him?" is advice, flagged as such; the why-not is a question's
        if flag is Flag.WHY_NOT and (code not in QUESTIONS or Flag.WHY_DONT_YOU_JUST in flags):
            continue
        # "i think u should go to AA, lots of ppl find it really helps": other people's experience as proof for
        # the advice, not the client's experience made ordinary (Ramon had paid the advice off with his
        # "normalising" need)
        if flag is Flag.NORMALISING and code in (Code.PERSUADE, Code.CONFRONT):
            continue
        # "you're not sure if it's a big deal or just normal stuff everyone goes through" reports the
        # client's doubt: the reassurance in it is theirs to weigh, not the trainee's
        reported = flag in (Flag.LABELLING, Flag.PREMATURE_REASSURANCE)
        if (_unreported(pattern, norm, context) if reported else pattern.search(norm)):
            flags.append(flag)
        elif flag is Flag.SARCASM and cues.EYE_ROLL.search(norm):
            flags.append(flag)  # the turn confronts, so the eye-roll in it was aimed at the client
    return tuple(flags)


_GOT_THROUGH = re.compile(r"(?:you|u) (?:still )?(?:got through|made it|did it|managed|coped|survived|kept going)\b")


def _labels(sentence: CodedSentence) -> bool:
    """A confronting sentence with a label in it (read only for confrontations: it breaks their ties)."""
    return sentence.code is Code.CONFRONT and bool(cues.LABELLING.search(normalise(sentence.text)))


def _answered(norm: str) -> re.Match[str] | None:
    """"Okay, but…", "Sure, some people do, but…": the client's point granted only to be answered; not when what
    follows the "but" lifts them ("yeah it was a hard week but you got through it")."""
    ack = cues.ACK_BUT.search(norm)
    if ack is None:
        return None
    rest = norm[ack.end():]
    lifts = cues.LIFTS.search(rest) or cues.AFFIRM.search(rest) or cues.REASSURANCE.search(rest)
    return None if lifts or _GOT_THROUGH.match(rest) else ack


def _heard_only_to_answer(norm: str, sentences: Sequence[CodedSentence]) -> bool:
    """"Yeah, but it's your health": the client's point acknowledged only to be answered with the trainee's own
    case; not a "but" that asks ("ok but do you think…?") or hands back the client's own fear."""
    return (bool(_answered(norm)) and not cues.FEAR_IS_THEIRS.search(norm)
            and not sentences[-1].text.rstrip(" )\"'").endswith("?")
            and all(s.code not in QUESTIONS for s in sentences))


@lru_cache(maxsize=1024)
def _defends(norm: str, context: str) -> re.Match[str] | None:
    """The trainee argues for themselves or the service after the client criticised the help (asked by the rules,
    the cue gate and the push gate of one turn: cached)."""
    said = normalise(context) if context else ""
    if not said or cues.SINCERE_ASK.match(said.strip()):
        return None
    if cues.CRITICISES_YOU.search(said):
        return cues.DEFENDS_HELP.search(norm) or cues.NOT_FAIR.search(norm)
    return cues.DEFENDS_HELP.search(norm) if cues.CRITICISES_SERVICE.search(said) else None


@lru_cache(maxsize=1024)
def _pitched(norm: str) -> re.Match[str] | None:
    """"Have you spoken to your GP? They could give you something for it": an action asked about, then sold in a
    sentence that is not itself a question (a follow-up like "is it worse at night?" still only asks)."""
    asked = cues.ASKS_IF_TRIED.search(norm)
    if asked is None:
        return None
    for sentence in re.split(r"(?<=[.!?])\s+", norm[asked.end():]):
        pitch = cues.PITCH.search(sentence)
        if pitch and not sentence.rstrip(" )\"'").endswith("?"):
            return pitch
    return None


def _combine(sentences: list[CodedSentence], norm: str, context: str) -> tuple[Code, CodedSentence]:
    """The message code by MITI precedence, with the sentence that decided it."""
    # the surest sentence of the code; between equals, the one with a label in it, which is what the trainee must see
    # ("You're in denial…", not the "With respect," before it: a helper's report quoted only the latter)
    best = min(sentences, key=lambda s: (RANK[s.code], -s.confidence, not _labels(s)))
    if best.code is Code.CONFRONT:
        return best.code, best
    defends = _defends(norm, context)
    if defends:
        why = f"defends the trainee or the service against what the client said about it: '{_quote(defends)}'"
        return Code.CONFRONT, CodedSentence(best.text, Code.CONFRONT, why, STRONG)
    sarcasm = _sarcasm(norm, context, [s.text for s in sentences])  # "twice a day? really?" spans two
    if sarcasm:
        doubt = _doubts_their_claim([s.text for s in sentences], context)
        why = "asks the client's own words back as if not believing them" if doubt else "sarcasm aimed at the client"
        return Code.CONFRONT, CodedSentence(best.text, Code.CONFRONT, f"{why}: '{_quote(doubt or sarcasm)}'", STRONG)
    yes_but = cues.YES_BUT.search(norm)  # "I do get it. But two weeks is really fast."
    if yes_but:
        return Code.CONFRONT, CodedSentence(
            best.text, Code.CONFRONT,
            f"acknowledges the client's view only to argue with it: '{_quote(yes_but)}'", STRONG)
    ack = _answered(norm)
    if ack and _heard_only_to_answer(norm, sentences):
        advice = (_unreported(cues.ADVICE, norm, context) or cues.SUGGESTION.search(norm)
                  or _unreported(cues.PERSUASIVE_FACTS, norm))
        code = Code.PERSUADE if advice else Code.CONFRONT
        why = f"hears the client out only to argue back: '{_quote(ack)}…'"
        return code, CodedSentence(best.text, code, why, STRONG)
    permitted = bool(cues.PERMISSION.search(norm)) or (
        bool(context) and bool(cues.CLIENT_ASKED.search(normalise(context)))
    )
    pitch = None if permitted or best.code is Code.PERSUADE else _pitched(norm)
    if pitch:
        why = f"asks whether the client has tried something, then sells it: '{_quote(pitch)}'"
        return Code.PERSUADE, CodedSentence(best.text, Code.PERSUADE, why, STRONG)
    if best.code is Code.PERSUADE:
        codes = {s.code for s in sentences}
        if permitted or codes & {Code.EMPHASIZING_AUTONOMY, Code.SEEKING_COLLABORATION}:
            return Code.PERSUADE_WITH_PERMISSION, best
        return best.code, best
    if permitted and (cues.SUGGESTION.search(norm) or _unreported(cues.ADVICE, norm, context)):
        return Code.PERSUADE_WITH_PERMISSION, best
    if best.code is Code.QUESTION_OPEN and cues.ASK_VIEW.search(norm) and any(
        s.code is Code.GIVING_INFORMATION for s in sentences
    ):
        return Code.SEEKING_COLLABORATION, best
    return best.code, best


_PERMISSION_REASON = "advice offered with permission or as optional"

_DESCRIBE: dict[Code, str] = {
    Code.QUESTION_OPEN: "an open question: it invites the client to say more in their own words",
    Code.QUESTION_CLOSED: "a closed question: it asks for a yes/no or a fact",
    Code.REFLECTION_SIMPLE: "a simple reflection: it gives the client's point back",
    Code.REFLECTION_COMPLEX: "a complex reflection: it adds meaning to what the client said",
    Code.AFFIRM: "an affirmation: it recognises something the client did or is",
    Code.SEEKING_COLLABORATION: "seeking collaboration: it shares the decision with the client",
    Code.EMPHASIZING_AUTONOMY: "emphasizing autonomy: it leaves the choice with the client",
    Code.GIVING_INFORMATION: "information, given without pushing",
    Code.PERSUADE: "advice or persuasion the client did not ask for",
    Code.PERSUADE_WITH_PERMISSION: "advice offered with permission or as optional",
    Code.CONFRONT: "confrontation: it argues with, corrects or labels the client",
    Code.OTHER: "not a codable MI move (an acknowledgement, sympathy or small talk)",
}
_CUES_FOR: dict[Code, tuple[CueSet, ...]] = {
    Code.CONFRONT: (cues.CONFRONT, cues.SARCASM, cues.LABELLING), Code.PERSUADE: (cues.ADVICE, cues.SUGGESTION),
    Code.PERSUADE_WITH_PERMISSION: (cues.PERMISSION, cues.SUGGESTION),
    Code.EMPHASIZING_AUTONOMY: (cues.AUTONOMY,), Code.SEEKING_COLLABORATION: (cues.SEEK, cues.ASK_VIEW),
    Code.AFFIRM: (cues.AFFIRM,), Code.GIVING_INFORMATION: (cues.INFO,),
    Code.REFLECTION_COMPLEX: (cues.COMPLEX_MARKERS,), Code.REFLECTION_SIMPLE: (cues.REFLECTION_STRONG,),
    Code.OTHER: (cues.SYMPATHY, cues.REASSURANCE, cues.GREETING),
}
CONFRONTING = frozenset({Code.CONFRONT, Code.PERSUADE})


def code_turn(text: str, context: str = "", history: Sequence[str] = ()) -> CodedTurn:
    """Code one trainee message; `context` is the client line it answers, if known, and
    `history` up to three client lines before that (oldest first), for the listening measure."""
    return _code_turn_cached(text, context or "", tuple(history)[-3:])


def _model_reason(code: Code, norm: str, heard: Listening) -> str:
    """A sentence a trainee can use: the cue phrase if there is one, else what the move did."""
    for family in _CUES_FOR.get(code, ()):
        match = family.search(norm)
        if match and content_words(match.group(0)):  # a lone "and" or "which" tells a trainee nothing
            return f"{_DESCRIBE[code].split(':')[0]}: '{_quote(match)}'"
    reason = _DESCRIBE[code]
    if heard.picked_up and code in (Code.REFLECTION_SIMPLE, Code.REFLECTION_COMPLEX, Code.QUESTION_OPEN,
                                    Code.QUESTION_CLOSED, Code.AFFIRM):
        words = ", ".join(f"'{w}'" for w in surface_words(heard.picked_up, norm)[:3])
        reason += f" (it picks up the client's {words})"
    return reason


@dataclass(frozen=True, slots=True)
class RuleVerdict:
    """What the rules alone say about a message, before the word model votes."""

    code: Code
    confidence: float
    reason: str
    sentences: tuple[CodedSentence, ...]
    decider: CodedSentence | None
    norm: str
    split: tuple[Sentence, ...] = ()  # the message's sentences, for the word model


_GREETS = "greeting or housekeeping"


def rule_verdict(text: str, context: str = "") -> RuleVerdict:
    """The rules' code for a message: sentence codes combined by MITI precedence."""
    sentences = split_sentences(text)
    if not sentences:
        empty = CodedSentence(text, Code.OTHER, "empty message", 1.0)
        return RuleVerdict(Code.OTHER, 1.0, "empty message", (empty,), None, "", ())
    norm = normalise(text)
    coded = [_code_sentence(s, context, norm) for s in sentences]
    if coded[0].reason.startswith(_GREETS):
        # "hi seamus, how are you today?": the pleasantry of a greeting, not a question about the client
        coded = [CodedSentence(c.text, Code.OTHER, f"{_GREETS}: '{' '.join(s.core.split()[:4])}…'", 0.85)
                 if c.code in QUESTIONS and cues.PLEASANTRY.match(s.core) else c
                 for c, s in zip(coded, sentences, strict=True)]
    # "…, is that right?" after a reflection: the check does not turn it into a question.
    if any(s.is_check for s in coded):
        coded = [s for s in coded if not s.is_check] or coded
    norm = normalise(text)
    code, decider = _combine(coded, norm, context)
    reason = decider.reason if code is decider.code else _PERMISSION_REASON
    confidence = decider.confidence
    if code is Code.PERSUADE_WITH_PERMISSION and context and cues.CLIENT_ASKED.search(normalise(context)):
        confidence = STRONG  # the client asked for it: advice now is what they wanted
    return RuleVerdict(code, confidence, reason, tuple(coded), decider, norm, tuple(sentences))


def confronting_cues(verdict: RuleVerdict, context: str = "") -> frozenset[str]:
    """The confronting moves the trainee made in their own voice.  Only these may make a turn
    confront or persuade: topic words and function words alone never do."""
    norm = verdict.norm
    raw = " ".join(s.raw for s in verdict.split)
    if context and is_echo(raw, context) and not _answered(norm) and not cues.MOCKING_NOTE.search(raw) and (
            not _doubts_their_claim([s.raw for s in verdict.split], context)) and not _turns_their_words(norm, context):
        return frozenset()  # the client's own words handed back push nothing; "yes but" + their words argues
    found = {name for name, family in OWN_VOICE_FAMILIES if name != "confront" and _unreported(family, norm, context)}
    theirs = bool(cues.FEAR_IS_THEIRS.search(norm))  # the danger named is the client's own fear
    if any(_confronts(s.core, context, norm) for s in verdict.split) and not theirs:
        found.add("confront")
    if _sarcasm(norm, context, [s.raw for s in verdict.split]) or cues.WHY_DONT_YOU_JUST.search(norm):
        found.add("confront")
    if _defends(norm, context):
        found.add("confront")
    if _answered(norm) and not theirs:  # "okay, but…": heard only to be answered
        found |= {"confront", "advice"}
    asks_first = bool(cues.PERMISSION.search(norm))  # "can I suggest something?" asks; it does not push
    # facts the client asked for or agreed to hear ("go on", "what does it do to you?") inform; unasked, they argue
    if cues.WHY_DONT_YOU_JUST.search(norm) or (cues.SUGGESTION.search(norm) and not asks_first) or (
            _pitched(norm) and not asks_first) or (_unreported(
        cues.PERSUASIVE_FACTS, norm, context
    ) and not _permitted(norm, context) and not _asked_the_facts(context)):
        found.add("advice")
    if verdict.code is Code.CONFRONT and not theirs:
        found.add("confront")
    if verdict.code in (Code.PERSUADE, Code.PERSUADE_WITH_PERMISSION):
        found.add("advice")
    elif cues.DOUBLE_SIDED.search(norm) or (context and cues.ASKED_IF_REQUIRED.search(normalise(context))):
        found.discard("advice")  # the client's own side held up, or their question answered
    elif theirs and not _DIRECTIVE.search(norm):
        found.discard("advice")  # "…you could crash one night. and that's the part that frightens you"
    return frozenset(found)


def _turns_their_words(norm: str, context: str) -> bool:
    """The client's words said back with the opposite polarity ("you really need to check it" after "i don't need to
    check it"): an echo in its words, a contradiction in its sense."""
    theirs = _clauses(normalise(context))
    return any(negated != was and len(words & their_words) >= 2
               for _, negated, words in _clauses(norm) for _, was, their_words in theirs)


# "research is pretty clear that…", "the stats say…": the evidence the trainee cites, not someone else's view reported
_EVIDENCE_LEAD = re.compile(r"\b(?:research|evidence|studies|stats|statistics|science|data|literature)\b[^.?!]{0,30}"
                            r"\b(?:is|are|shows?|says?|suggests?|tells? us|found)\b[^.?!]{0,20}$")


def _lever_fact(norm: str, context: str) -> bool:
    """A fact used as a lever (`cues.SCARE_FACTS`) in the trainee's own voice, or put in the evidence's mouth."""
    if _unreported(cues.SCARE_FACTS, norm, context):
        return True
    found = cues.SCARE_FACTS.search(norm)
    return found is not None and bool(_EVIDENCE_LEAD.search(norm[:found.start()]))


def _family_lever(norm: str, context: str) -> re.Match[str] | None:
    """The family's worry put to the client as a reason (`cues.FAMILY_LEVER`), when the client had not spoken of that
    person: "So your wife's worried, and you don't see it the same way" after "My wife… thinks I drink too much"
    reflects what they said."""
    found = cues.FAMILY_LEVER.search(norm)
    if found is None or not context:
        return found
    theirs = {m.group(1) for m in cues.THEIR_FAMILY.finditer(normalise(context))}
    return None if found.group(1) in theirs else found


@lru_cache(maxsize=1024)
def _asked_the_facts(context: str) -> bool:
    """The client asked whether something is bad, safe or true: the facts in reply answer them, bad news or not."""
    return bool(context) and bool(cues.ASKS_THE_FACTS.search(normalise(context)))


def _permitted(norm: str, context: str) -> bool:
    """Advice here would be given with permission: the trainee asked or framed it as optional, the
    client asked for it, or the client's whole reply agreed to hear it ("go on", "ok", "if you want")."""
    if cues.PERMISSION.search(norm):
        return True
    said = normalise(context) if context else ""
    return bool(said) and (bool(cues.CLIENT_ASKED.search(said) or cues.ASKS_ADVICE.search(said)) or (
        len(said.split()) <= 10 and bool(cues.ASSENT.match(said)) and not cues.REFUSAL.search(said)))


def _allowed(found: frozenset[str]) -> frozenset[Code]:
    allowed = set(Code) - CONFRONTING
    if found & {"confront", "labelling"}:
        allowed.add(Code.CONFRONT)
    if found & {"advice", "confront", "labelling"}:
        allowed.add(Code.PERSUADE)
    return frozenset(allowed)


# The rules' code gets a vote on top of the model's log-probability, weighted by the rules'
# confidence: a textbook "so you…?" reflection stays a reflection even where the model, trained on
# transcripts whose coders often called such turns questions, leans the other way.  First chosen on
# the development split (tests/data/dev.csv) with the textbook cases as constraints at 1.5; with 132
# whole sessions to learn from, cross-validation preferred trusting the word model more (0.75: macro-F1
# +0.006, the same false confronting), and the rules were written while reading those sessions, so on
# fresh talk they earn less trust still.
RULE_WEIGHT = 0.75
RULE_WEIGHT_CONFRONTING = 3.0  # an explicit argument, label, warning or directive is what the code means
CLEAR_CUE = 0.85  # only an unmistakable cue votes; a weak rule guess is just one of the features
# The vote's weight, times this, when one unmistakable move stands beside uncodable asides ("You're
# keeping your eyes on the floor. That's okay."): neutral in cross-validation, and it keeps such a
# reflection from being outvoted by the word model's reading of "that's okay".
ASIDE = 2.0

# A second opinion on the confronting cues, from a model that sees only the form of the turn
# (`scoring.features.form_only`: never the cues or the rules' verdict) and learned from every
# tuning turn whether it pushed.  Cue rules written from our own sentences fire on wordings that
# only look like a push ("you're lying awake at two", "you should be proud of yourself") and miss
# pushes nobody wrote a rule for ("could you have a low-alcohol beer at the football?").  A cue
# stands unless the form makes a push very unlikely; a turn with no cue is still read as a push
# when its form plainly is one.  The veto thresholds were chosen on the round-3 set while it was
# still unseen by the model, and checked by cross-validation (README, "Scoring" and "Accuracy").
PUSH_VETO = 0.2  # for advice cues: advice is a form ("you could…", "have you tried…"), which the model reads
PUSH_VETO_CONFRONT = 0.05  # a label or argument is often one word ("denial") the form model cannot see
# 0.7 until the sixth round of data; 0.75 scores the same in cross-validation (0.05 points of
# false confronting fewer, 0.002 recall less) and no longer admits "You looked up just then,
# quickly. I noticed." (0.70, found by replaying Femi) as a confrontation.
PUSH_OPENS = 0.75
# 0.95 until round 11 joined the tuning files; the refitted form model read "You shrugged when I said that.
# Like maybe. Or maybe not." (Femi, replayed) at 0.96.  0.98 scores the same when whole rounds are held
# out (recall 0.758 -> 0.757, the same false confronting).  0.8 was tried in the twenty-second session (the rules
# read nearly any "you…" statement as a reflection, and 0.98 shuts the gate on arguments such as "ur not up tho,
# u told me u lost 3k"): held out by rounds it caught 13 more pushes for 2 more false confrontations, but it
# read "You did leave the room before you said anything, though." (0.95), praise for keeping calm, as blame.
# The form cannot tell what the client did well from what they did wrong, so a reflection keeps this bar.
PUSH_OPENS_REFLECTION = 0.98
# Beyond the gate, the form model's log-odds are added to a cued push's confronting codes (a product
# of two experts): a cued push whose form is plainly a push is surer, one whose form says otherwise
# less sure.  A push admitted only by the form model gets nothing more: its odds opened the gate.
# In cross-validation on 132 held-out sessions this raised confronting recall and lowered false
# confronting (README, "Scoring"); adding the odds to admitted pushes too caught more, but crossed
# 1 % false confronting.  A directive in so many words, an argument or a label is never marked
# down (see `vote`).
PUSH_WEIGHT = 1.0
# The words model (`scoring.wording`) opens the gate for a turn no cue named when it is at least this sure the
# turn pushes, and its log-odds are added to the confronting codes as the form model's are to a cued push.
# Held out by rounds of writers (every model refitted per fold) it caught 13 more pushes at 0.9 (4 in the sessions, 9
# on the must list) for no more false confrontations; at 0.8, 4 more in the sessions for 7 more false confrontations.
WORDING_OPENS = 0.9
WORDING_WEIGHT = 1.0


@dataclass(frozen=True, slots=True)
class ModelInput:
    """Everything the word model and the vote need for one turn (also what training fits on)."""

    features: list[str]
    allowed: frozenset[Code]  # the codes the turn's cues allow (confronting ones need a cue)
    rule: Code
    rule_confidence: float
    push: float | None = None  # the form-only model's probability that the turn pushes
    opened: bool = False  # a push is allowed only because the form model saw one (no cue)
    aside: bool = False  # one unmistakable move with only uncodable asides beside it
    # the push is in the words, not only the form: a directive ("you need to…") or a cue of arguing or
    # labelling, which the form model often cannot see; its doubt never marks such a push down
    worded: bool = False
    wording: float | None = None  # the words model's probability, when it opened the gate (`scoring.wording`)


def vote(log_probs: dict[Code, float], entry: ModelInput) -> dict[Code, float]:
    """Model log-probabilities plus the rules' weighted vote, over the codes the cues allow."""
    scores = {c: v for c, v in log_probs.items() if c in entry.allowed}
    if entry.rule in scores and entry.rule_confidence >= CLEAR_CUE:
        weight = RULE_WEIGHT_CONFRONTING if entry.rule in CONFRONTING else RULE_WEIGHT * (ASIDE if entry.aside else 1)
        scores[entry.rule] += weight * entry.rule_confidence
    if entry.push is not None and not entry.opened:  # an opened push was admitted on these odds already
        odds = PUSH_WEIGHT * math.log(max(entry.push, 1e-6) / max(1.0 - entry.push, 1e-6))
        if entry.worded:  # "do you have any idea what this is doing to…": only advice, a form, is marked down
            odds = max(odds, 0.0)
        for c in CONFRONTING & scores.keys():
            scores[c] += odds
    if entry.wording is not None:  # its words opened the gate: their odds weigh the push
        odds = WORDING_WEIGHT * math.log(max(entry.wording, 1e-6) / max(1.0 - entry.wording, 1e-6))
        for c in CONFRONTING & scores.keys():
            scores[c] += odds
    return scores


def stance_distribution(scores: dict[Code, float], temperature: float = 1.0) -> dict[str, float]:
    """The vote's softmax (tempered) summed per stance: how sure the coder is that the move joined,
    stayed neutral or pushed.  The temperature is fitted on data the model never saw."""
    top = max(scores.values())
    weights = {c: math.exp((v - top) / temperature) for c, v in scores.items()}
    total = sum(weights.values())
    probs = dict.fromkeys((s.value for s in Stance), 0.0)
    for c, w in weights.items():
        probs[STANCE[c].value] += w / total
    return probs


def model_input(text: str, context: str = "", history: Sequence[str] = ()) -> ModelInput:
    """The model's features for one turn, the codes its cues allow and the rules' verdict."""
    verdict = rule_verdict(text, context)
    heard = listening(text, context, history, verdict.code.value)
    return _model_input(verdict, heard, context)


def _rising_statement(verdict: RuleVerdict) -> bool:
    """"so you're fed up?": one sentence in a reflection's unmistakable form, said with a rising
    voice.  MITI codes it as the reflection it is (tests/data/LABELLING.md), never a question."""
    return (len(verdict.split) == 1 and verdict.split[0].asks and verdict.code in REFLECTIONS
            and verdict.confidence >= STRONG)


# "yes, …" / "no, …" first: the trainee answers; and the client's last sentence a question that wants an answer
# ("is exercise?", "so I come back in three months?"), not a rhetorical one ("what's the point?", "why should I…?")
_ANSWER_FIRST = re.compile(r"^(?:(?:oh|ah|um|uh|well|okay|ok),? )?(?:yes|yeah|yep|yup|no|nope|nah|sure|of course|"
                           r"absolutely|definitely|that's right|correct)\b(?! (?:way|idea|wonder|problem)\b)")
_SORRY = re.compile(r"\b(?:sorry|apologi[sz]e)\b")
_LAST_ASKED = re.compile(r"(?:^|[.!?] )(?!(?:what|why|how|who|where|when)\b)[^.!?]{2,}\?\s*$")


def _answers_their_question(verdict: RuleVerdict, context: str) -> bool:
    """The trainee answers a question the client asked ("yes, that definitely counts, being active at work helps…"
    after "…is exercise?"): an answer is information or advice, never a reflection, however many of the client's
    words it repeats.  (A fresh set of spoken sessions: such answers were coded complex reflections.)  An apology in
    the turn is a repair after a challenge ("Are you telling me this is my fault?" "No! God, no, … You told someone in
    March…"), where the reflection is the move."""
    if not context or not _LAST_ASKED.search(normalise(context)) or _SORRY.search(verdict.norm):
        return False
    return bool(verdict.split) and bool(_ANSWER_FIRST.match(verdict.split[0].norm))


def _their_question(context: str) -> str:
    """The client's question, its last eight words at most, for a reason."""
    found = _LAST_ASKED.search(normalise(context))
    words = (found.group(0) if found else context).strip(" .!").split()
    return ("…" if len(words) > 8 else "") + " ".join(words[-8:])


_GUESSES = re.compile(r"\b(?:i'm guessing|i am guessing|i imagine|i'd guess|my guess is|i'd imagine)\b")


def _asked_beside_asides(verdict: RuleVerdict) -> bool:
    """A question in its word order with nothing codable beside it ("oh that's great to hear, um, so are you still
    smoking at all", "how's your diet"): MITI codes the question, whether or not a "?" was typed.  A transcript
    leaves the mark out, and the word model, which leans on it and on the warm words before it, had coded such turns
    as uncoded talk or reflections (a fresh set of spoken sessions, 2026-12-05)."""
    asked = [i for i, s in enumerate(verdict.sentences) if s.code in QUESTIONS]
    if not asked or len(verdict.split) != len(verdict.sentences):
        return False
    # "and how's your diet, are you eating a lot of bread" asks twice; not "can I get you a cup of tea?", an offer
    if not all(_ASKED_IN_FORM.match(verdict.split[at].core) for at in asked):
        return False
    return all(s.code is Code.OTHER and not s.is_check for i, s in enumerate(verdict.sentences) if i not in asked)


def _beside_an_aside(verdict: RuleVerdict) -> bool:
    """An unmistakable move with only uncodable asides beside it ("You're keeping your eyes on the
    floor. That's okay."): MITI codes the message by that move, so the rules' vote counts double."""
    codable = [s for s in verdict.sentences if s.code is not Code.OTHER]
    return (len(verdict.sentences) > 1 and len(codable) == 1 and codable[0].confidence >= CLEAR_CUE
            and codable[0].code not in CONFRONTING)


def _directs(verdict: RuleVerdict, context: str) -> bool:
    """A directive in so many words, in whichever sentence it comes ("…? Have you tried getting out
    walking?"), or a sentence of the trainee's own that opens on a command ("def ring the clinic")."""
    return bool(_DIRECTIVE.search(verdict.norm)) or any(
        _DIRECTIVE.search(s.core) or _unreported(cues.IMPERATIVE, s.core, context)
        or _unreported(cues.IMPERATIVE, s.norm, context) for s in verdict.split)


def _model_input(verdict: RuleVerdict, heard: Listening, context: str) -> ModelInput:
    found = confronting_cues(verdict, context)
    feats = features(verdict.split, normalise(context), verdict.norm, verdict.code.value,
                     verdict.confidence, heard, sorted(found))
    allowed = _allowed(found)
    push = pushes(feats)
    # "you need to…", "why don't you…", "just focus on getting her in": a push whatever the form says
    directive = _directs(verdict, context) or bool(_pitched(verdict.norm))
    argues = bool(found & {"confront", "labelling"})
    # an eye-roll is a push the form model cannot see: the words beside it can read as anything ("and u wonder
    # why they stopped calling 🙄")
    rolled = any(_rolled_at_them(s.raw) or cues.MOCKING_NOTE.search(s.raw) for s in verdict.split)
    # a defence of the trainee or the service, after criticism, argues whatever its form ("I've had loads of training")
    rolled = rolled or bool(_defends(verdict.norm, context))
    # a lever in so many words (a correction, the harm creeping up, guilt, the family's worry), or a fact used as one
    # that the client did not ask for: a statistic with a bad end in it, a story from the caseload, what the judge
    # will think (leave asked in the same breath is not leave given: "Is it okay if I share something? Research is
    # pretty clear that people who keep switching therapists rarely get better…", my own gamer's play)
    sure = bool(_unreported(cues.LEVERS, verdict.norm, context) or _family_lever(verdict.norm, context)) or (
        _lever_fact(verdict.norm, context) and not _permitted("", context) and not _asked_the_facts(context)) or (
        directive and _leave_only_asked(verdict.norm, context))
    # and the other pushes in so many words, and "yeah, but…", a push in its first two words whatever shape the rest has
    rolled = rolled or sure or bool(_unreported(cues.SURE_PUSH, verdict.norm, context)) or _heard_only_to_answer(
        verdict.norm, verdict.sentences) or any(
        _disbelieves_them(s.core, context) or _inferred_label(s.core) for s in verdict.split)
    veto = 0.0 if directive or rolled else PUSH_VETO_CONFRONT if argues else PUSH_VETO
    if push is not None and allowed & CONFRONTING and push < veto:
        allowed -= CONFRONTING  # the cue's words are there, the shape of a push is not
    if not _permitted(verdict.norm, context):
        # unasked advice is never "with permission" because it was softly put ("maybe you could try…")
        allowed -= {Code.PERSUADE_WITH_PERMISSION}
    if sure and allowed & CONFRONTING and not _hands_back(verdict, context):
        # the warm words round it do not outvote it: "Ten-hour shifts… I had another mum on nights last year in the same
        # spot; … her case ended up going to court" (a seventeenth helper round); on the tuning turns every such push
        # was one already.  Nor does a "sorry" said first ("Sorry! Is it okay if I share some thoughts? … Your blood
        # pressure is rising and that's how strokes happen.")
        allowed &= CONFRONTING
    # The form opens the gate on what the rules read, unmistakably, as a reflection only when it is near
    # certain: "You shrugged when I said that. Like maybe. Or maybe not." (0.92, found replaying Femi
    # after the round-8 refit) is noticing, not a push.
    reflects = verdict.code in REFLECTIONS and verdict.confidence >= CLEAR_CUE
    # nor when the danger it names is handed back as the client's own fear ("…and that's the part that
    # frightens you"): the rules closed that gate on purpose
    # nor on a question about how the two of them go on ("Do we need to slow down a bit?"), which shares the
    # decision rather than pushing one
    # nor on a turn that lifts the client against their own harsh word ("I don't buy that you're just a lazy kid.
    # Someone who sweeps the salon every weekend isn't lazy."), whose form is an argument's
    # nor on a turn that owns the trainee's own misstep ("I just did the thing everyone else does, didn't I?")
    # (read once: it reads every sentence for a harsh word of the client's, and both gates below ask it)
    closed = not allowed & CONFRONTING and not _owns_or_hands_back(verdict, context)
    opened = closed and push is not None and push > (PUSH_OPENS_REFLECTION if reflects else PUSH_OPENS)
    # the same gate, on the turn's own words: "a hangover is worse than awkward, surely" has no cue and no push's form
    wording = None
    if not opened and closed:
        said = pushes_in_words(verdict.norm, context)
        if said is not None and said >= WORDING_OPENS:
            opened, wording = True, said
    if opened:
        allowed |= CONFRONTING  # no rule was written for this wording, but it plainly pushes
    if _answers_their_question(verdict, context) and allowed - REFLECTIONS:
        allowed -= REFLECTIONS
    if cues.CHOICE_OFFERED.search(verdict.norm) and Code.SEEKING_COLLABORATION in allowed:
        allowed -= QUESTIONS  # "…, or we could start somewhere else first. Which would you prefer?" asks for the choice
    if _rising_statement(verdict):
        allowed -= {Code.QUESTION_CLOSED, Code.QUESTION_OPEN}
    elif verdict.code in REFLECTIONS and _GUESSES.search(verdict.norm) and not cues.GREETING.search(verdict.norm):
        # "…and I'm guessing that's not a great feeling, being told": a guess at what it is like for them is a
        # reflection, whatever the word model makes of "I'm" and "great" (my own play: it had been uncoded talk, +0)
        allowed -= {Code.OTHER}
    elif _asked_beside_asides(verdict) and allowed & QUESTIONS:
        # a question, or leave asked; uncoded talk only when it is the pleasantry of a greeting ("hey! how r u")
        keep = QUESTIONS | CONFRONTING | {Code.SEEKING_COLLABORATION, Code.PERSUADE_WITH_PERMISSION}
        if any(cues.PLEASANTRY.match(s.core) or cues.GREETING.search(s.core) for s in verdict.split):
            keep |= {Code.OTHER}
        allowed &= keep
    return ModelInput(feats, allowed, verdict.code, verdict.confidence, push, opened, _beside_an_aside(verdict),
                      directive or argues, wording)


def _leave_only_asked(norm: str, context: str) -> bool:
    """Leave asked in the same breath as the push, and nothing else making room for it: "Is it okay if I share
    something? … so you need to put the phone away at ten" goes on before the client could say no, so the push is
    unasked (an eighteenth helper round: +4 with the opener, -6 without it, at the same moment of one session)."""
    return bool(cues.ASKS_LEAVE.search(norm)) and not _permitted(cues.ASKS_LEAVE.sub(" ", norm), context)


def _owns_or_hands_back(verdict: RuleVerdict, context: str) -> bool:
    """What no model's doubt may read as a push: the danger handed back as the client's own fear, an apology,
    their harsh word about themselves taken away, a question about how the two of them go on."""
    return bool(cues.APOLOGY.search(verdict.norm)) or _hands_back(verdict, context)


def _hands_back(verdict: RuleVerdict, context: str) -> bool:
    """`_owns_or_hands_back` without the apology: a push in so many words is one after a "sorry" too."""
    norm = verdict.norm
    return bool(cues.FEAR_IS_THEIRS.search(norm) or cues.LABEL_TAKEN_AWAY.search(norm)
                or cues.LIFTS_HARSH_WORD.search(norm) or any(_takes_their_harsh_word(s.core, context)
                                                             for s in verdict.split)
                or any(s.asks and cues.WE_QUESTION.match(s.core) for s in verdict.split))


def pushes(feats: Sequence[str]) -> float | None:
    """How likely the turn's form alone says it pushes (confront or persuade), if the model is
    shipped."""
    model = shipped_pushing()
    return None if model is None else model.label_probs(form_only(feats))["yes"]


# A push that no cue named (the form model opened the gate) needs at least UNSURE_PUSH of the
# stance probability: one that wins among twelve codes by a thin plurality while joining and neutral
# readings together far outweigh it ("they might surprise you!": reassurance or a push?) gives way
# to the best other code, and `stance_probs` still shows the doubt, so clients and feedback can
# treat it softly.  At 0.5, or applied to cued pushes too, it cost 0.015-0.024 confronting recall
# in cross-validation for no fewer false confrontations; 0.4 cost 0.003.
UNSURE_PUSH = 0.4


# A reflection the model cannot place as simple or complex splits its probability in two, and a third code
# ("other", information) wins on a plurality although a reflection was the likelier move.  So the coder
# first asks whether the turn is a reflection at all (both depths together against the best other code,
# which needs 1.25 times their weight to win), then which.  Held out by rounds of writers, with the push
# gate below: reflection F1 0.905 -> 0.907, 4-way 0.897 -> 0.899, the three latest rounds' macro-F1 +0.002
# to +0.006, false confronting 0.96 % -> 0.95 %; 53 more reflections found in the sessions for 47 more
# turns wrongly read as one.  A plain group vote (1.0) gained a little less.
REFLECTION_FIRST = 0.8
# Not when the form model suspects a push: a neutral code is a kinder miss than a joining one, which the client
# rewards and the report praises.  Ungated, held-out pushes read as joining rose 1,501 -> 1,633 (mostly on the
# lists of hard pushes); gated at 0.4, 1,574, and one more in the sessions (86 -> 87).
REFLECTION_FIRST_PUSH = 0.4


def _asked_for_it(context: str) -> bool:
    """The client asked for the trainee's view or a way forward ("where can I get bloodwork done?", "just tell me what
    you'd do"), not a question that only sounds like one ("how do I sleep, then?")."""
    return bool(context) and cues.ASKS_ADVICE.search(normalise(context)) is not None


def _with_their_leave(scores: dict[Code, float]) -> dict[Code, float]:
    """Advice the client asked for is given with their leave, however plainly put ("get a full panel"), so the
    weight of reading it as unasked advice goes to advice with permission; an argument is still a confrontation."""
    joined = dict(scores)
    unasked = joined.pop(Code.PERSUADE)
    top = max(unasked, joined[Code.PERSUADE_WITH_PERMISSION])
    joined[Code.PERSUADE_WITH_PERMISSION] = top + math.log(
        math.exp(unasked - top) + math.exp(joined[Code.PERSUADE_WITH_PERMISSION] - top))
    return joined


def _decide(scores: dict[Code, float], stance_probs: dict[str, float], opened: bool,
            push: float | None = None, reassures: bool = False) -> Code:
    final = max(scores, key=scores.__getitem__)
    # nor beside a sentence of reassurance, where the model's "other" reads the whole turn ("dont be so hard on
    # urself. it was just a kit bag" is told not to feel it, whatever the second sentence repeats).  Only in a
    # turn of two sentences or more: held out by rounds, a one-sentence turn it moved was a reflection the rules
    # had misread as reassurance ("Experience has taught you… not to assume you'll be listened to")
    if (final not in REFLECTIONS and REFLECTIONS & scores.keys() and (push is None or push < REFLECTION_FIRST_PUSH)
            and not (reassures and final is Code.OTHER)):
        top = max(scores.values())
        reflecting = sum(math.exp(scores[c] - top) for c in REFLECTIONS & scores.keys())
        if reflecting > REFLECTION_FIRST * math.exp(scores[final] - top):
            final = max(REFLECTIONS & scores.keys(), key=scores.__getitem__)
    if opened and final in CONFRONTING and stance_probs[Stance.CONFRONTING.value] < UNSURE_PUSH:
        others = [c for c in scores if c not in CONFRONTING]
        if others:
            final = max(others, key=scores.__getitem__)
    return final


def _depth(final: Code, feeling_new: bool, feats: Sequence[str], text: str, said: Sequence[str],
           quoted: str | None = None) -> Code:
    """Simple or complex, for a turn the coder has read as a reflection (`final`); `said` is the client's
    line before it and up to three earlier ones, and `feeling_new` says the rules found a feeling in the turn
    that none of them named (`_feeling_new`).

    - A feeling the client did not name ("you feel trapped?" after "my mum won't let me go anywhere")
      stays complex, as MITI has it.
    - Otherwise the model fitted on reflections alone decides, when one is shipped.  The twelve-code
      model weighs depth against every other code and learns it from every turn; asked on its own, held
      out by rounds of writers, depth κ rose 0.555 -> 0.613 and macro-F1 0.776 -> 0.781.  Keeping the
      unnamed feeling complex costs 0.016 of that (0.597), our labellers having called a fifth of such
      turns simple, and keeps the textbook reflections' depth.
    - One of the client's lines said back word for word, behind a lead-in or not, adds nothing: a simple
      reflection at most ("Earlier you said on your days off you do the laundry and sleep."); `quoted` is the turn
      without the praise beside it, which adds nothing of theirs either."""
    if empty_feeling(text, said):
        return Code.REFLECTION_SIMPLE
    if feeling_new:
        return Code.REFLECTION_COMPLEX
    model = shipped_depth()
    if model is not None:
        probs = model.label_probs(depth_features(feats, text, said[0]))
        final = Code(max(probs, key=probs.__getitem__))
    quoted = quoted or text
    if final is Code.REFLECTION_COMPLEX and (any(quotes(quoted, line) for line in said) or one_side_twice(text)):
        return Code.REFLECTION_SIMPLE
    return final


_OTHER_SIDE = re.compile(r"\b(?:(?:and|but),? )?(?:on the other(?: hand)?|"
                         r"(?:and|but) (?:at the same time|part of (?:you|u)))\b")
_ONE_SIDE = re.compile(r"\bon (?:the )?one hand\b|\bpart of (?:you|u)\b|\bat the same time\b|\btoo\b|\balso\b")


# "you feel a lot of feelings about that", "there's a lot of emotion around that for you": a feeling promised, not named
_EMPTY_FEELING = re.compile(
    r"^(?:(?:so|and|i'm sorry|sorry|okay|ok|yeah)[,.]? )*"
    r"(?:(?:it )?(?:sounds|seems|feels) like |i(?:'m| am) hearing (?:that )?)?"
    r"(?:you (?:feel|have|'ve got|have got|are feeling|'re feeling|hold|carry) |there(?:'s| is| are) "
    r"(?:(?:really|so|quite) )?)(?:(?:a lot|lots|so much|a great deal|a whole lot|quite a lot|a lot going on) (?:of )?"
    r"|(?:some|many|big|strong|complicated|mixed|complex) )(?:feelings?|emotions?|stuff going on)"
    r"(?: (?:about|around|with|there|in there|for you|on) ?(?:that|this|it|all (?:of )?(?:that|this)|[\w' ]{0,40})?)?$")
EMPTY_FEELING = ("a feeling promised but none named ('a lot of feelings'): it would fit any client, so it adds nothing "
                 "to what they said")


def empty_feeling(text: str, said: Sequence[str]) -> bool:
    """A reflection whose only addition is a feeling promised and not named ("It sounds like the young fella who bought
    it is from Dublin. It sounds like you feel a lot of feelings about that.": an eighteenth helper round's gamer had it
    paid as complex), the rest the client's own words or nothing."""
    split = split_sentences(text)
    empty = [s for s in split if _EMPTY_FEELING.match(s.core)]
    if not empty:
        return False
    rest = " ".join(s.raw for s in split if s not in empty and not (
        cues.APOLOGY.search(s.core) or cues.SYMPATHY.search(s.core) or _is_empty(s.core)))
    return not content_words(normalise(rest)) or any(quotes(rest, line) for line in said if line)


ONE_SIDE_TWICE = ("the frame of a double-sided reflection with the same thing on both sides: nothing is set against "
                  "anything, so it adds nothing to what the client said")


def _without_praise(split: Sequence[Sentence]) -> str:
    """The turn without its sentences of praise, which add nothing of the client's to a reflection beside them ("They
    all had a method, and none of them had a clue. You're amazing for seeing that so clearly.": my own gamer's play)."""
    return " ".join(s.raw for s in split if not (cues.FLATTERY.search(s.core) or cues.GENERIC_PRAISE.match(s.core)))


def one_side_twice(text: str) -> bool:
    """A double-sided reflection with the same thing on both sides ("on one hand things are fine, and on the other
    hand, things are fine too"): the frame of one, with nothing set against anything, adds no meaning, whatever praise
    is said beside it ("…and on the other hand you should be fine. You're such an incredibly kind person.")."""
    if _OTHER_SIDE.search(normalise(text)) is None:
        return False
    norm = normalise(_without_praise(split_sentences(text)) or text)
    split = _OTHER_SIDE.search(norm)
    if split is None:
        return False
    one, other = (_ONE_SIDE.sub(" ", side) for side in (norm[:split.start()], norm[split.end():]))
    if not content_words(one):  # "on one hand it isn't for you, and on the other it isn't for you either"
        return _side_words(one) == _side_words(other)
    return content_words(other) <= content_words(one)


def _side_words(side: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z']+", side)) - {"and", "but", "either", "hand", "the", "other", "on", "so"}


def _feeling_new(verdict: RuleVerdict, said: Sequence[str]) -> bool:
    """The rules read a reflection as complex for a feeling the client did not name, and the client did
    not name it two or three lines back either ("boring", said before the trainee's apology, is theirs)."""
    return (verdict.code is Code.REFLECTION_COMPLEX and verdict.reason.startswith(UNSAID_FEELING)
            and _unsaid_feeling(verdict.norm, said) is not None)


@lru_cache(maxsize=4096)
def _code_turn_cached(text: str, context: str, history: tuple[str, ...] = ()) -> CodedTurn:
    verdict = rule_verdict(text, context)
    heard = listening(text, context, history, verdict.code.value)
    code, confidence, reason = verdict.code, verdict.confidence, verdict.reason
    coded = list(verdict.sentences)
    model = shipped()
    stance_probs = {s.value: float(s is STANCE[code]) for s in Stance}
    if model is not None and verdict.decider is not None:
        entry = _model_input(verdict, heard, context)
        scores = vote(model.log_probs(entry.features), entry)
        if Code.PERSUADE in scores and Code.PERSUADE_WITH_PERMISSION in scores and _asked_for_it(context):
            scores = _with_their_leave(scores)
        stance_probs = stance_distribution(scores, model.stance_temperature)
        final = _decide(scores, stance_probs, entry.opened, entry.push,
                        len(verdict.sentences) > 1 and any(s.reason.startswith(REASSURES) for s in verdict.sentences))
        said = (context, *history)
        feeling_new = _feeling_new(verdict, said)
        if final in REFLECTIONS:
            # the client's line quoted is judged without the praise beside it ("They all had a method, and none of them
            # had a clue. You're amazing for seeing that so clearly.": my own gamer's play)
            final = _depth(final, feeling_new, entry.features, text, said, _without_praise(verdict.split) or text)
        confidence = 1.0 / sum(math.exp(v - scores[final]) for v in scores.values())
        # the rules' reason named a feeling as new that the client had said a line or two before
        stale = verdict.reason.startswith(UNSAID_FEELING) and not feeling_new
        if final is not code or stale:
            reason = _model_reason(final, verdict.norm, heard)
            if final is Code.GIVING_INFORMATION and _answers_their_question(verdict, context):
                reason = f"answers the question the client asked: '{_their_question(context)}'"
            if final is Code.REFLECTION_SIMPLE and one_side_twice(text):
                reason = ONE_SIDE_TWICE
            elif final is Code.REFLECTION_SIMPLE and empty_feeling(text, said):
                reason = EMPTY_FEELING
            coded = _relabel(coded, verdict.decider, final, reason)
            code = final
        elif feeling_new and final is Code.REFLECTION_COMPLEX:
            # the feeling the rules named from the last line ("mad") may be one the client said two lines back; name
            # the one none of their lines used (a helper's round 13: "…did not say: 'mad'" after "I am not mad")
            unsaid = _unsaid_feeling(verdict.norm, said)
            if unsaid is not None and f"'{unsaid}'" not in reason:
                reason = f"{UNSAID_FEELING}: '{unsaid}'"
                coded = _relabel(coded, verdict.decider, final, reason)
    found = _jab(verdict, context) if model is not None and code not in CONFRONTING else None
    if found is not None:
        # "Sixty acres, sold at the mart. That's a life's work. Of course, you know deep down that's not how a
        # sensible man grieves": the push keeps its code beside the warm words round it (Confront beats the rest)
        at, jab = found
        code, confidence, reason, stance_probs = jab.code, jab.confidence, jab.reason, dict(jab.stance_probs)
        coded = [CodedSentence(s.text, jab.code, jab.reason, s.confidence, s.is_check) if i == at else s
                 for i, s in enumerate(coded)]
    flags = _flags(verdict.norm, coded, code, context)
    asking = _risk_check(verdict.sentences, verdict.norm, (context, *history))
    if asking is not None and any(s.code in CONFRONTING for i, s in enumerate(verdict.sentences) if i != asking):
        asking = None  # "you're being ridiculous. any thoughts of suicide?": the push is not hidden by the check
    if asking is not None:
        # whatever the model made of "have you thought about how, or made any plans?", it is a question
        code = verdict.sentences[asking].code
        code = code if code in QUESTIONS else Code.QUESTION_CLOSED
        reason = RISK_REASON
        coded = [CodedSentence(s.text, code, reason, STRONG, s.is_check) if i == asking else s
                 for i, s in enumerate(coded)]
        flags = (*(f for f in flags if f is not Flag.STACKED_QUESTIONS), Flag.RISK_CHECK)
        stance_probs = {s.value: float(s is STANCE[code]) for s in Stance}
        confidence = STRONG
    if asking is None and asks_back(text, context):
        code, reason, confidence = Code.OTHER, ASKED_BACK, STRONG
        coded = [CodedSentence(s.text, code, reason, STRONG) for s in coded]
        stance_probs = {s.value: float(s is STANCE[code]) for s in Stance}
    stance = STANCE[code]
    if stance is Stance.NEUTRAL and Flag.NORMALISING in flags:
        stance = Stance.JOINING
    return CodedTurn(text, code, stance, round(min(confidence, 0.99), 2), reason, tuple(coded), flags,
                     stance_probs, heard.link.value, heard.echo or _echo_in_a_frame(verdict, text, context),
                     heard.picked_up)


def _echo_in_a_frame(verdict: RuleVerdict, text: str, context: str) -> bool:
    """The client's line handed back with praise beside it ("The heart's fixed. They put a stent in. Done. You're
    clearly a very wise and strong man.") or set on both sides of an empty double-sided frame ("On one hand the heart's
    fixed, and on the other hand the heart's fixed too"): still an echo, which the client hears as one (my own gamer's
    play: each had warmed Seamus by +4)."""
    if not context:
        return False
    bare = _without_praise(verdict.split)
    if bare and bare != text and is_echo(bare, context):
        return True
    return one_side_twice(text) and bool(content_words(verdict.norm) & content_words(normalise(context)))


# How sure the coder must be of a push said alone for it to code the turn it sits in (`_jab`): at 0.5, "…though your
# family might need something different", after a suggestion the client had asked for, read as one.
JAB_SURE = 0.6
# The turn from the client's side to the trainee's own: "though, …", "mind you, …", "of course, …", "…, mind."
_PIVOT = re.compile(r"^(?:(?:and|but|so|well|look|now|um|uh|yeah|i mean|ok|okay),? )*(?:though|tho|of course|mind you|"
                    r"frankly|still|that said|having said that|with (?:all due )?respect|to be fair|"
                    r"just so (?:you know|we're clear)|i'd (?:gently |just |only )?(?:say|add|note)|i have to say|"
                    r"honestly,? (?:though|tho)|but honestly|let's be honest|although|(?:the )?(?:thing|problem) is)\b"
                    r"|,? mind\.?$")


def _jab(verdict: RuleVerdict, context: str) -> tuple[int, CodedTurn] | None:
    """A push in a later sentence of a turn, after a turn word from the client's side to the trainee's own ("That's a
    life's work. Of course, …", "Part of you…, and part of you…. Frankly, with respect, …", "…, mind."): the coder,
    reading that sentence alone, codes it a push.  Read with the whole turn, the warm words round it had made the
    form model doubt the push and the twelve-code model hear the reflection; a supervisor helper's sixteenth round
    gained openness with a dozen such jabs.  Without the turn word, sentences read alone misread turns the whole
    turn explains ("You did that." in an affirmation: 23 tuning turns); a question is left alone ("so the problem is
    the time off, not the treatment?" asks), as is a sentence the rules, with the whole turn in view, are sure joins
    the client, and advice the turn or the client made room for."""
    if len(verdict.split) < 2 or len(verdict.split) != len(verdict.sentences):
        return None
    for at, (before, sentence, ruled) in enumerate(zip(verdict.split, verdict.split[1:], verdict.sentences[1:],
                                                       strict=False), start=1):
        # the pivot may be a sentence of its own before it ("And just so you know how these things go — men who…")
        pivots = _PIVOT.search(sentence.norm) or (_PIVOT.search(before.norm) and len(before.norm.split()) <= 12)
        if not pivots or sentence.asks or (STANCE[ruled.code] is Stance.JOINING and ruled.confidence >= STRONG):
            continue
        alone = _code_turn_cached(sentence.raw, context)
        if alone.code is Code.PERSUADE and _permitted(verdict.norm, context):
            continue  # advice the turn or the client made room for: alone, the sentence had lost its leave
        if alone.code in CONFRONTING and alone.stance_probs[Stance.CONFRONTING.value] >= JAB_SURE:
            return at, alone
    return None


ASKED_BACK = "the client's own question said back to them: it neither answers nor reflects it"
RISK_REASON = "asks straight about risk to life: a check to make whenever there are signs, never a push"


def _risk_check(sentences: Sequence[CodedSentence], norm: str, said: Sequence[str] = ()) -> int | None:
    """Which sentence asks about suicide, self-harm or safety, if one does: it names the risk
    ("any thoughts of ending your life?"), or asks after a plan where the turn or one of the client's
    last lines (`said`) names it ("you said yes to my question about ending your life… have you thought
    about how, or made any plans?")."""
    # the plan question first: it is rare, and reading the client's lines for a hint is not free
    plan = next((i for i, sentence in enumerate(sentences) if sentence.text.rstrip().endswith("?")
                 and cues.RISK_PLAN.search(normalise(sentence.text))), None)
    if plan is not None and any(line and cues.CLIENT_RISK.search(normalise(line)) for line in said):
        return plan
    if not cues.RISK_TALK.search(norm):
        return None
    named = False  # the sentence before named the risk: "…not wanting to be here. Has that been true for you?"
    for i, sentence in enumerate(sentences):
        words = normalise(sentence.text)
        asks = sentence.text.rstrip().endswith("?") or sentence.code in QUESTIONS
        risk = bool(cues.RISK_TALK.search(words))
        if asks and (risk or named or cues.RISK_PLAN.search(words)):
            return i
        named = risk
    return None


def _relabel(coded: list[CodedSentence], decider: CodedSentence, code: Code,
             reason: str) -> list[CodedSentence]:
    """Show the message's final code on the sentence that carried the decision, unless a sentence
    already has it: "the letter is what you need. what would you want it to say?" is one question
    (the word model's `question_open` is the second sentence), not two."""
    if any(s.code is code for s in coded):
        return coded
    if code in CONFRONTING and decider.code in _ASIDES:
        # "Thank you for being honest. 30 a day is quite a lot…", "No. Okay so for next week just try…":
        # the push is in the sentence with something to say, not in the thanks or the "No."
        decider = max(coded, key=lambda s: (s.code not in _ASIDES, len(s.text.split())))
    return [
        CodedSentence(s.text, code, reason, s.confidence, s.is_check) if s is decider else s
        for s in coded
    ]


_ASIDES = frozenset({Code.OTHER, Code.AFFIRM})
