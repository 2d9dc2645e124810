"""What the moment calls for: the kind of joining move that fits the client's last words.

A reflection of frustration offered right after "Okay, that helps" contradicts the client; a
simple reflection after "I love him and some days I wish it was over" misses that both sides are
there.  So before any words are chosen, the client's line is read for what it holds (both sides
voiced, a complaint with a feeling under it, pushback, a strength shown, a question, relief) and
the moves are put in the order a supervisor would suggest them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from scoring.cues import FEELINGS as cue_feelings
from scoring.cues import WHEN_YOU_SAY
from scoring.rephrase import CHANGE_TALK, Clause, clause, clauses, has_content, marked_sentences, sentences
from scoring.text import content_words, normalise


class Move(StrEnum):
    SIMPLE = "simple_reflection"
    COMPLEX = "complex_reflection"
    DOUBLE = "double_sided_reflection"
    FEELING = "feeling_under_complaint"
    AUTONOMY = "autonomy"
    OPEN = "open_question"
    AFFIRM = "affirmation"
    INVITE = "inviting_disagreement"
    ANSWER = "straight_answer"
    OWN = "owning_the_misstep"
    PROCESS = "taking_up_the_objection"


# As a trainee would read it in a report or a hint: "try …".
MOVE_NAMES: dict[Move, str] = {
    Move.SIMPLE: "a simple reflection of what they just said",
    Move.COMPLEX: "a complex reflection: their words and the feeling in them",
    Move.DOUBLE: "a double-sided reflection of both things they said",
    Move.FEELING: "a reflection of the feeling under the complaint",
    Move.AUTONOMY: "handing the choice back to them",
    Move.OPEN: "an open question about what they raised",
    Move.AFFIRM: "affirming the strength they showed",
    Move.INVITE: "inviting their own view, including disagreement",
    Move.ANSWER: "a straight answer to their question (what is written down or passed on, and to whom), "
                 "then back to what they said",
    Move.OWN: "owning the misstep they caught (\"you're right, you didn't say that\"), then back to what they did say",
    Move.PROCESS: "taking their objection to how this is going seriously: owning your part and letting them steer",
}
MOVE_WHY: dict[Move, str] = {
    Move.SIMPLE: "Their own words back, said plainly, show you heard them and keep them talking.",
    Move.COMPLEX: "Naming the feeling in their words shows you understood more than the facts.",
    Move.DOUBLE: "They voiced both sides; holding both lets them weigh it instead of defending one.",
    Move.FEELING: "A complaint carries a feeling; naming it lowers the need to keep arguing the case.",
    Move.AUTONOMY: "They pushed back; leaving the choice with them leaves nothing to push against.",
    Move.OPEN: "An open question about their own words hands them the floor on their terms.",
    Move.AFFIRM: "They showed a strength; saying so specifically builds their confidence to change.",
    Move.INVITE: "They agreed on the surface; room to disagree is what lets their own view come out.",
    Move.ANSWER: "A question about what happens to their words is a question about safety; an honest answer "
                 "earns more trust than a reflection of the question.",
    Move.PROCESS: "The complaint is about you and this conversation, not their life; said back as content, it "
                  "sounds like you did not hear it. Owning your part and handing them the lead is what repairs it.",
    Move.OWN: "They caught you getting ahead of them; saying so plainly repairs more than a reflection of their "
              "objection, which can sound like you are still not hearing it.",
}
# The client correcting the counsellor ("I never said that", "that's not what I said"): owed an admission,
# not their objection said back ("You never said that, and that's been on your mind.").
_CORRECTS = re.compile(
    r"\b(?:i (?:never|didn't|did not|didnt) (?:say|said) (?:that|anything like that|those words)"
    r"(?! (?:to|out|before|in)\b)|"
    r"that's not what i (?:said|meant)|did i say that|(?:you're|you are) putting words in my mouth|"
    r"(?:you're|you are) not (?:even )?listening)\b", re.IGNORECASE)
# The client objecting to the conversation itself: it does not help, they feel pushed, they will leave if it
# goes on, it sounds like a script or an echo, they want another subject.  Said back as content ("So it
# doesn't really help.", "You're saying if you keep going there, you'll leave.") it misses that the complaint
# is about the counsellor; the kind decides what owning it sounds like (`frames.PROCESS_FRAMES`).
_OBJECTION_PATTERNS: tuple[tuple[str, str], ...] = (
    ("leave", r"\b(?:if (?:we|you) (?:keep|carry on|go on) (?:going|on|at|with|about|down|pushing)|"
              r"(?:i'll|i will|i'm gonna|i'm going to) (?:leave|walk(?: out)?|go)\b(?! (?:to|and|back|home|with)\b)|"
              r"i'm (?:leaving|out of here|off)\b|get my coat|can i (?:go|leave)\b|that's my cue\b)"),
    # wanting to stop altogether, not only to leave a topic alone
    ("stop", r"\b(?:can we (?:stop|finish|end)\b|"
             r"i (?:should|need to|want to|think i'll|might) (?:go|leave|head off|get going|stop)(?: now| here)?[.!]?$|"
             r"(?:wasn't|isn't|not) the right time for (?:this|therapy|counselling|counseling)|"
             r"(?:shouldn't|should not) have come|not ready for (?:this|therapy)|"
             # falling silent, announced: "I ain't saying another word", "I'm done talking"
             r"(?:ain't|am not|i'm not|not|won't be) (?:saying|gonna say|going to say) (?:another|one more) word|"
             # "I'll sit here till the hour's up but I'll say nothing"
             r"(?:i'll|i will|i'm going to|i'm gonna) (?:say nothing|not say (?:a word|anything))|"
             r"i'm done (?:talking|here)\b)"),
    ("pushed", r"\b(?:i feel (?:pushed|pressured|judged|lectured|interrogated|cornered|got at)|"
               r"you(?:'re| are) (?:pushing|judging|lecturing|interrogating|having a go)|"
               r"stop (?:pushing|lecturing|judging|preaching)|(?:get |getting |being )?preached at|"
               r"don't push|back off|(?:sounds|feels) like a lecture|quit pushing|"
               # the lecture mocked or refused: "everybody is a doctor now", "I'm a grown man"
               r"every(?:body|one)(?:'s| is) (?:a doctor|an expert)|here we go again|not this again|another lecture|"
               r"lecture,? lecture|just like the (?:doctor|gp|others|rest of them)|"
               r"(?:i've|i have) heard (?:it|this|that) all before|"
               r"(?:you|you're|you are) (?:sound|sounding) (?:just )?like (?:my|the|a) "
               r"(?:doctor|gp|wife|husband|mum|mom|dad|teacher|nurse|probation officer|social worker|parent|"
               r"caseworker|case worker|counsellor|counselor|therapist|police|school|others|rest of them)|"
               r"i'm (?:not a (?:child|kid)|a grown (?:man|woman|adult))|don't (?:talk|speak) to me like)\b"),
    # the trainee heard defending or not listening: "You're defending yourself instead of listening."
    # ("you're not listening" after a misquote is a correction, `_CORRECTS`, owed an admission)
    ("unheard", r"\b(?:defending yourself|you (?:don't|do not|never) listen|you didn't (?:even )?listen)\b"),
    # "Another question. You people love questions.", "Is this a quiz?": the interview itself objected to
    ("questioned", r"\b(?:another question|(?:so many|all (?:these|the)|more|twenty|twenty-one|a hundred) questions|"
                   r"love (?:your |their )?questions|is (?:this|it) a quiz|(?:an|the) (?:interview|interrogation)\b|"
                   r"stop asking (?:me )?(?:questions|things)|questions,? questions|with the questions)"),
    ("scripted", r"\b(?:textbook|out of a book|off a card|reading (?:that|this|it) off|script(?:ed)?|"
                 r"that's what (?:everyone|everybody|they all|all of them|every adult) (?:says?|said)|"
                 r"sound(?:s)? like (?:a|every|all the|the other) (?:therapists?|counsellors?|shrinks?))\b"),
    # ("that's what I said" mostly confirms a reflection; it is not an objection)
    ("echoed", r"\b(?:(?:saying|say) back what i|repeating (?:me|what i|everything)|(?:just|keep) repeating|"
               r"parrot(?:ing)?)\b"),
    ("elsewhere", r"\b(?:talk about (?:literally |just )?(?:something|anything) else|change the subject|"
                  r"(?:don't|do not) want to talk about (?:that|this|it)|"
                  r"can we not\b|rather not talk|off limits|drop it)\b"),
    ("own_view", r"\b(?:(?:say|said) anything of your own|your own (?:opinion|view|thoughts)|"
                 r"what do you (?:actually |really )?think\?|"
                 r"you (?:just )?(?:sit|sitting) there (?:nodding|saying nothing))"),
    ("unanswered", r"\b(?:that's a (?:yes|no),? then|(?:you )?didn't answer (?:me|my question|that)|"
                   r"i asked you (?:something|a question)|answer the question)\b"),
    ("unhelpful", r"\b(?:(?:it|that|this|talking|talking about it)(?:'s| is)? (?:doesn't|does not|isn't|is not|won't|"
                  r"not) (?:really |even |gonna |going to )?(?:help|helping|working|going anywhere)|"
                  r"(?:this|it)(?:'s| is) (?:so |really |kinda |kind of |just )?(?:pointless|a waste of time|dumb|"
                  r"stupid|lame|cringe|boring)|waste of (?:my )?time|"
                  r"how is this (?:helping|going to help|meant to help))\b"),
)
_OBJECTIONS = tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _OBJECTION_PATTERNS)


def objection(line: str) -> str | None:
    """What the client objects to in the conversation itself, if their line is such an objection."""
    return next((kind for kind, pattern in _OBJECTIONS if pattern.search(line)), None)


# A direct question about what happens to the client's words: the report, the notes, who is told.
# Reflecting it back ("You're wondering whether that goes in the report") dodges what they need to
# know before they can say more; a real supervisor would have the trainee answer it.
_ASKS_PROCESS = re.compile(
    r"\b(?:(?:is|does|will) (?:that|this|it|any of (?:this|that)) (?:going |gonna |go |get |goes )?"
    r"(?:in|into|on|to|back to) (?:the|my|your|a) "
    r"(?:report|notes?|file|records?|computer|system|database|chart|court|social worker|school|boss|employer|"
    r"gp|doctor)|"
    r"(?:are|will|do|did|would) (?:you|u) (?:going to |gonna |have to )?(?:write|writing|tell|telling|report|"
    r"put|send|share|record|recording|pass|passing|note|noting)\b|"
    r"(?:you|u) (?:gonna|going to|gon) (?:tell|write|report|share|pass|send)\b|"
    r"who (?:sees|reads|gets|will see|will read|else (?:knows|sees|hears))|"
    r"(?:is|are) (?:this|these|that|it|you) (?:confidential|private|recorded|being recorded)|"
    r"what (?:happens|do you do) (?:to|with) (?:what i|this|that|my|it)|"
    r"what (?:are|is) (?:you|u|that) (?:writing|for)|"
    # "I answer, you write. This is how it goes?": how the session works
    r"\bhow (?:it|this) (?:goes|works)\?|"
    # "Is this for the EAP form?": what the session is for, and who asked for it
    r"(?:is|are) (?:this|these|that|it) (?:for|going on|going to) (?:the|my|a|your) [\w' ]{0,20}(?:form|report|file|"
    r"assessment|review|hr|eap|court|employer|boss|school)\b|"
    r"(?:do|does) (?:you|u|anyone) (?:write|note) (?:it |that |this )?down|"
    r"(?:count|be used|go|held) against (?:me|my|us)|get (?:me|us|my \w+) (?:in|into) trouble)",
    re.IGNORECASE)



@dataclass(frozen=True, slots=True)
class Feeling:
    """A feeling that commonly sits under certain words, in the forms the frames need."""

    name: str
    pattern: re.Pattern[str]
    state: str  # after "you're": "worn out"
    weight: str  # a clause about it: "that's wearing you down"
    sounds: str  # after "that sounds": "exhausting"


def _feeling(name: str, pattern: str, state: str, weight: str, sounds: str) -> Feeling:
    return Feeling(name, re.compile(pattern, re.IGNORECASE), state, weight, sounds)


# First match wins, so the more specific readings come first.
FEELINGS: tuple[Feeling, ...] = (
    _feeling("unheard", r"\b(?:nobody|no one|nobody's|no-one)(?: really| ever)? (?:listens|asks|asked|cares|"
             r"understands|gets it)\b|\bhasn't asked\b|\bdoesn't listen\b|\bnot listening\b|\bnever asks?\b|"
             r"\binstead of hearing\b", "feeling unheard", "that's lonely", "lonely"),
    _feeling("told", r"\b(?:everyone|everybody|people|they all) (?:tells? me|keeps? (?:telling|saying|on))\b|"
             r"\bnagg\w*|\bon at (?:me|you)\b|\b(?:keeps?|always|everyone|everybody) tell(?:s|ing)? me what to do\b|"
             r"\b(?:made|makes) me (?:come|do|go|see)\b|"
             r"\b(?:forced|sent) me\b|\bhave to be here\b|\bsame speech\b|\boff by heart\b|\bpush(?:ed|ing|y)\b|"
             r"\bthe pitch\b",
             "tired of being told what to do", "that gets old", "frustrating"),
    _feeling("judged", r"\bjudg\w*|\bpeople (?:will|would) (?:think|talk|say)\b|\bgossip\w*|\bashamed\b|"
             r"\bshame\b|\bembarrass\w*|\bfollow me everywhere\b|"
             r"\bwhat (?:people|they)(?:'ll| will| would) (?:think|say)\b|"
             r"\bpeople talk\b|"
             r"\bwhat kind of (?:woman|man|mother|father|person)\b", "worried about being judged",
             "that's a heavy thing to carry", "isolating"),
    _feeling("worn", r"\b(?:so tired|too tired|tired of|exhausted|knackered|worn out|no sleep|can't sleep|"
             r"not sleeping|drained|emergency mode|running on empty|burn(?:ed|t)? out|tiring)\b", "worn out",
             "that's wearing you down", "exhausting"),
    _feeling("scared", r"\b(?:scared|afraid|frighten\w*|terrif\w*|what if|worried|panic\w*|nervous|"
             r"stomach drops|hands were shaking|dread\w*)\b", "scared", "that's frightening", "frightening"),
    _feeling("humiliated", r"\b(?:made me look (?:stupid|small|an idiot|a fool)|laughing at me|laughed at me|"
             r"made small|in front of (?:everyone|my guys|the drivers|the whole))\b", "humiliated",
             "that's humiliating", "humiliating"),
    _feeling("pointless", r"\b(?:waste of time|pointless|no point|doesn't work|didn't work|never works|"
             r"heard it all|rubbish|nothing works|worksheets?)\b",
             "fed up with things that haven't helped", "that's worn your patience thin", "disheartening"),
    _feeling("guilty", r"\b(?:guilt\w*|selfish|complaining about|shouldn't complain|bad person|a burden|"
             r"let (?:them|her|him|everyone) down|"
             r"causes? trouble|good daughter|good son|good girl|like dirt)\b", "feeling guilty about it",
             "that's a hard thing to admit", "painful"),
    _feeling("alone", r"\b(?:alone|on my own with|by myself|nobody (?:else|to)|no one (?:else|to)|lonely|"
             r"desperate quiet|house is quiet)\b", "on your own with it", "that's a lot to carry alone",
             "lonely"),
    _feeling("loss", r"\b(?:died|dead|death|passed away|funeral|since (?:she|he) went|lost (?:him|her|them)|"
             r"miss (?:him|her|them)|cry for)\b", "grieving", "that's a real loss", "painful"),
    _feeling("stuck", r"\b(?:stuck|no way out|can't (?:stop|get out|seem to)|keep (?:rewriting|going back)|"
             r"piles? up)\b", "stuck", "that's a hard place to be", "draining"),
    _feeling("angry", r"\b(?:angry|furious|fuming|pissed|sick of|fed up|can't stand|annoy\w*|irritat\w*|"
             r"heat in my neck|snap at)\b", "angry about it", "that's got you riled", "maddening"),
    _feeling("stretched", r"\b(?:too much|everyone else's|juggl\w*|three kids and no sleep|double shifts?|"
             r"every day off|on my plate|ring on my day off)\b", "stretched thin",
             "that's a lot on your shoulders", "relentless"),
)

_NEGATION = re.compile(r"\b(?:not|never|no|don't|doesn't|didn't|isn't|wasn't|aren't|won't|can't|nothing)\b"
                       r"((?:\s+\w+){1,3})", re.IGNORECASE)
_POSITIVE = re.compile(
    r"\b(?:that (?:helps|helped|makes sense|is fair|is true|is kind|is different|is right|landed)|"
    r"that's (?:fair|true|kind|different|right|actually|a relief|good|helpful|new|decent)|you're right|fair enough|"
    r"i hadn't thought|not bad|i like that|good point|it helps|relief|that's nice|thank you for|helpful|"
    r"nobody's said that|hadn't thought of it|not sure yet if it's better|a bit different|thank you|thanks|"
    r"actually good|feels good|not a bad idea)\b",
    re.IGNORECASE,
)
# Agreement that costs the client nothing: what a people-pleaser says to advice.
_AGREED = re.compile(r"\b(?:i'll (?:definitely |really )?(?:try|do) (?:that|it)|you're (?:so |absolutely )?right|"
                     r"whatever you think|consider it done|i'll start tomorrow|i should do that|"
                     r"that's a wonderful idea|i'll do better|i'll try harder|"
                     r"(?:that )?makes me feel (?:so much )?better|i'll try to relax|i promise)\b", re.IGNORECASE)
_PUSHBACK = re.compile(
    r"\b(?:i'm not (?:going|coming|doing|talking|interested|having)|"
    r"i don't need (?:this|you|help|therapy|a therapist|to be here|your|to talk|analysing|fixing)|"
    r"you can't make|i won't|"
    r"i'm done|leave me (?:alone|be)|don't bother|forget it|not for today|leave (?:my|him|her|it|that) out|get my coat|"
    r"won't work|doesn't work for me|no way|not happening|i don't want to (?:talk|be here|discuss|do this)|"
    r"back off|"
    r"none of your business|you don't know me|i'm leaving|this is stupid|i'll decide|my business|"
    r"not your (?:business|call)|don't push|i'm not doing|not coming back|i'll go|"
    r"can we change the subject|i'd rather not|let's not|don't want to talk|(?:we'll|i'll) not be|not be discussing|"
    r"not (?:talking|discussing|doing) (?:that|this|about)|out of it|off limits|keep going and i|i walk out|"
    r"i'll walk|i'm out|can i (?:go|leave)|cancel|stop coming|that's private|that's personal|my own affairs|"
    r"prove a point|to spite)\b|"
    r"^(?:no|nope|whatever)[.!]?$",
    re.IGNORECASE,
)
_COMPLAINT = re.compile(
    r"\b(?:everyone|everybody|nobody|no one|they (?:always|never|keep|just)|keeps? (?:nagging|telling|on)|"
    r"on at me|nagg\w*|waste of time|pointless|stupid|rubbish|sick of|fed up|tired of|made me|makes me|forced|"
    r"won't let|doesn't listen|don't listen|annoying|unfair|ridiculous|can't stand|no point|heard it all|"
    r"same speech|off by heart|defending it|advice|worksheets?|tells? me what to do)\b",
    re.IGNORECASE,
)
# Something the client did that took effort or went against their habit: acts, not the routines
# a pleaser or a carer over-functions in (affirming those would reward the problem).
_STRENGTH = re.compile(
    r"\b(?:i|we) (?:still |finally |actually |even )?(?:managed|kept (?:going|at it|it up)|keep going|"
    r"went (?:down|back|to|out)|told (?!you\b)\w+ (?:no|i couldn't|i can't|i wouldn't|i won't|i'm not)|tried|"
    r"got through|finished|stayed|made it|said no|called|picked up|saved|fought|carried on|"
    r"showed up|turned up|haven't missed|never missed|asked (?:for|him|her|them)|booked)\b|"
    r"(?<!only thing )\bi'm good at\b",
    re.IGNORECASE,
)
_SIDE_MARK = re.compile(r"^(?:but|though|although|yet|still|and yet|at the same time|then again)\b[, ]*",
                        re.IGNORECASE)
_INNER_BUT = re.compile(r",?\s+(?:but|though|and yet|yet|and some days|and sometimes)\s+(?=(?:i|i'm|it|that|"
                        r"he|she|they|we|you|part|some|maybe|still|now|then|at)\b)", re.IGNORECASE)
_ALSO = re.compile(r"^\w+(?:'\w+)? also\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Reading:
    """What the client's line holds, and so which moves fit, best first."""

    line: str  # the client line the words come from
    main: Clause | None  # the clause most worth saying back
    sides: tuple[Clause, Clause] | None = None
    feeling: Feeling | None = None  # a feeling under words that do not name it ("nobody asks")
    felt: Clause | None = None  # the clause the feeling sits under
    pushback: bool = False
    complaint: bool = False
    strength: Clause | None = None
    positive: bool = False
    denied: frozenset[str] = frozenset()  # words the client just negated ("I'm not angry")
    agreed: bool = False  # agreement that may be for the counsellor's sake ("I'll try that")
    asks_process: bool = False  # "Is that going in the report?": a question owed a straight answer
    corrects: bool = False  # "I never said that": the counsellor caught getting ahead of them
    objects: str | None = None  # the kind of objection to the conversation itself (`objection`)

    @property
    def moves(self) -> tuple[Move, ...]:
        if self.asks_process:
            return (Move.ANSWER,)
        if self.corrects:
            return (Move.OWN,)
        if self.objects:
            return (Move.PROCESS,)
        if self.main is None:
            return (Move.INVITE,) if self.agreed else ()
        if self.main.question:
            return (Move.SIMPLE, Move.OPEN)
        if self.agreed:
            # saying "that makes you feel better" back to a client who agrees for the counsellor's sake
            # rewards the compliance; room to disagree is what they need
            return (Move.INVITE,)
        if self.positive:
            return (Move.OPEN, Move.SIMPLE)
        order: list[Move] = []
        if self.sides:
            order.append(Move.DOUBLE)
        if self.pushback:
            order.append(Move.AUTONOMY)
        if self.complaint and self.feeling:
            order.append(Move.FEELING)
        if self.strength:
            order.append(Move.AFFIRM)
        if (self.feeling and not self.complaint) or self.meaning:
            order.append(Move.COMPLEX)
        order += [Move.SIMPLE, Move.OPEN]
        return tuple(dict.fromkeys(order))

    @property
    def meaning(self) -> str | None:
        """What the client's own clause says about them beyond the facts: something they want or
        value ("desire"), or something that binds them ("burden"); a complex reflection can name
        it without guessing at a feeling."""
        if self.main is None or self.main.question or self.positive or not _CLIENT.search(self.main.text):
            return None
        text = self.main.text
        if _BURDEN.search(text):
            return "burden"
        return "desire" if _DESIRE.search(text) and not _ESCAPE.search(text) else None


def _richness(c: Clause) -> tuple[bool, bool, bool, bool, bool, bool]:
    """Prefer a clause that names something of the client's, then their own talk of change ("maybe
    I'll try the patches"), then not a bare hedge ("I don't know why"), then one about the client
    rather than someone else, then one with a feeling, then one with a wish or a bind of theirs;
    among equals the latest (`read` walks backwards)."""
    return (has_content(c.source), bool(CHANGE_TALK.search(c.source)), not _HEDGE.match(c.text),
            bool(_CLIENT.search(c.text)), bool(cue_feelings.search(c.source.lower())),
            bool(_DESIRE.search(c.text) or _BURDEN.search(c.text)))


_HEDGE = re.compile(r"^(?:so |but )?(?:you don't know(?: \w+)?|you're not sure(?: \w+)?|you don't understand)$")


_COUNSELLOR = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my)\b")
# The client's own wish or bind ("you want", "you can't"), never someone else's ("what I want you to").
_DESIRE = re.compile(r"^(?:so |maybe |and )?you(?:'d)? (?:really |just |still |also |do )?(?:want|wanted|wanna|wish|"
                     r"hope|love|loved|would like|promised|like|love|miss|missed)\b|"
                     r"^(?:so |maybe )?you'd (?:like|love)\b")
_BURDEN = re.compile(r"^(?:so |and )?you(?:'ve)? (?:just |still |really )?(?:can't|couldn't|never|have to|had to|"
                     r"must|keep having|always end up)\b|^you're not good at\b")
# Wishes that are really escapes ("I want to sleep so the day ends") are not values to affirm.
_ESCAPE = re.compile(r"\b(?:drink|drunk|pills|die|dead|disappear|the day ends|end it|not wake|numb)\b")
_CLIENT = re.compile(r"\b(?:you|your|you're|you've|you'd|you'll|yourself)\b")


def _denied(line: str) -> frozenset[str]:
    """The content words the client just negated ("I'm not angry" -> angry)."""
    return frozenset(w for m in _NEGATION.finditer(line) for w in content_words(m.group(1).lower()))


_NAMED = re.compile(r"\b(?:scared|afraid|frighten\w*|terrif\w*|worried|tired|exhausted|angry|furious|lonely|"
                    r"ashamed|guilty|stuck|sad|hurt|upset|scary)\b", re.IGNORECASE)


def _feeling_in(found: Sequence[Clause], denied: frozenset[str]) -> tuple[Feeling | None, Clause | None]:
    """A feeling under the client's words, and the clause it is under.  Only when the words do not
    already name it: a client who said "I'm scared" gains nothing from hearing "you're scared"."""
    for feeling in FEELINGS:
        for c in found:
            match = feeling.pattern.search(c.source)
            if match and not content_words(match.group(0).lower()) & denied:
                if cue_feelings.search(c.source.lower()) or _NAMED.search(c.source):
                    return None, None  # they named a feeling themselves
                return feeling, c
    return None, None


SIDE_WORDS = 6
_NOT_A_SIDE = re.compile(r"^(?:no offence|that one|although|though|i mean|anyway|sorry)\b", re.IGNORECASE)
# What others think or want is not a side the client holds: "Nobody wants to hear that, but I enjoy it." is one
# side and an audience (my own play: the coach offered "On the one hand nobody wants to hear that, and on the
# other, you enjoy it.")
_OTHERS = re.compile(r"^(?:(?:and|but|well|so),? )?(?:nobody|no one|noone|everybody|everyone|people|they|"
                     r"my (?:wife|husband|mum|mom|dad|doctor|gp|boss|family|kids|partner)|the doctors?)\b",
                     re.IGNORECASE)


def _sides(line: str) -> tuple[Clause, Clause] | None:
    """Two things held at once: "X. But Y.", "X, but Y", "X. I also Y. Both."."""
    typed = [(r, s) for r, s in marked_sentences(line) if not s.endswith("?") and s.lower() != "both."]
    said = [s for _, s in typed]
    # the mark is read off the sentence as typed: cleaning drops a leading "But", and with it the second side.
    # Only two short sides ("Better money. But no pension, no security."): a "but" between two longer stretches of
    # story ("We had soup kitchens then. But that were different.") is narrative, not two sides held at once.
    for (_, first), (raw_second, second) in itertools.pairwise(typed):
        short = (len(first.split()) <= SIDE_WORDS and len(second.split()) <= SIDE_WORDS and not _NOT_A_SIDE.match(first)
                 and len(content_words(first.lower())) >= 2 and len(content_words(second.lower())) >= 2)
        if (_SIDE_MARK.match(raw_second) and short) or _ALSO.match(second):
            a, b = clause(first), clause(second, need_content=False)
            if a and b and _both_theirs(first, second):
                return a, b
    for first, second in itertools.pairwise(said):
        if _contrast(first, second):
            a, b = clause(first, need_content=False), clause(second, need_content=False)
            if a and b and _both_theirs(first, second):
                return a, b
    for s in said:
        parts = _INNER_BUT.split(s.rstrip("."), maxsplit=1)
        if len(parts) == 2:
            a, b = clause(parts[0] + "."), clause(parts[1] + ".", need_content=False)
            if a and b and _both_theirs(*parts):
                return a, b
    return None


def _both_theirs(first: str, second: str) -> bool:
    """Neither side is what other people think or want."""
    return not (_OTHERS.match(first.strip()) or _OTHERS.match(second.strip()))


_STANCE = re.compile(
    r"^(?:(?:some of it|part of me(?: is)?|the other half|half of (?:it|me)),? )?(?:maybe )?"
    r"i(?:'m| am| do| can| could| will| would| really| just)?(?: not| don't| can't| won't| never| really)*\s*"
    r"(want|wanna|love|like|agree|know|need|can|could|care|mind|hate|trust|believe|miss|tell|talk|understand)\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:not|never|don't|doesn't|didn't|isn't|wasn't|can't|won't|no)\b", re.IGNORECASE)


def _contrast(first: str, second: str) -> bool:
    """The client's own stance said yes and no about the same thing: "I want to cut back. And I
    can't imagine cutting back.", "Some of it I want to talk about. Some of it I really don't.",
    or a wish and the fear of it: "I want to sign it. I'm scared of wanting it this much."."""
    if first.lower().startswith("part of me") and second.lower().startswith("part of me"):
        return True
    if re.match(r"^i (?:really |just )?want\b", first, re.IGNORECASE) and _AFRAID.search(second):
        return True
    a, b = _STANCE.match(_SIDE_LEAD.sub("", first)), _STANCE.match(_SIDE_LEAD.sub("", second))
    if not (a and b):
        return False
    if a.group(1).lower() != b.group(1).lower() and not {"can", "could"} & {a.group(1), b.group(1)}:
        return False
    return bool(_NEGATED.search(first)) != bool(_NEGATED.search(second))


_AFRAID = re.compile(r"^i'm (?:so |really |also )?(?:scared|afraid|frightened|worried|terrified)\b", re.IGNORECASE)
_SIDE_LEAD = re.compile(r"^(?:and|but|so|yet)\s+", re.IGNORECASE)


# Words of an answer about what happens to what the client says: who is told, what is written, the limits.
_ANSWERS_PROCESS = re.compile(
    r"\b(?:confidential\w*|private|privacy|between (?:us|you and me)|stays? (?:here|in (?:this|the) room)|"
    r"(?:won't|wont|will not|don't|dont|do not|wouldn't|never|only|would) (?:\w+ )?"
    r"(?:tell|share|pass|send|report|write)|"
    r"(?:i|we) (?:write|share|tell|pass|send|keep|record|note|have to)|notes?|records?|written|write down|"
    r"only if|unless|safe(?:ty)?|the law|attendance|summary|goes back|go back to|sees? (?:it|this|them)|"
    r"(?:nothing|it|this|that) goes (?:to|back|in|on)|only (?:\w+ )?(?:knows?|sees?|gets?|hears?)|"
    r"(?:nobody|no one|nobody else|no one else) (?:\w+ )?(?:sees?|hears?|knows?|reads?|gets?))\b")


# "when you say do you write it all down, …" quotes their question back; it answers nothing
_QUOTING_THEM = re.compile(WHEN_YOU_SAY + r",? ?")


# Secrecy promised without its limits ("everything u say here is totally confidential!", "I won't tell anyone, I
# promise"): no counsellor can promise it, so it is no straight answer to who hears what.
_SECRECY_PROMISED = re.compile(
    r"\b(?:totally|completely|100 ?%|always|fully|strictly) (?:confidential|private|secret)\b|"
    r"(?<!can't )(?<!cannot )(?<!not )\b(?:promise|swear)\b(?! (?:you )?(?:no|not to (?:make|give|lecture)))|"
    r"\b(?:never|won't|will not) tell (?:anyone|anybody|a soul)\b|"
    # "everything u say here is pretty much between us": all of it, kept, with no word of when it would not be
    r"\beverything (?:you|u) (?:say|tell me)\b[^.?!]{0,30}\b(?:between us|stays|private|confidential|secret)\b|"
    r"\b(?:just|all|pretty much) between (?:us|you and me)\b")
_LIMITS = re.compile(r"\b(?:unless|except|only if|apart from|safe|safety|danger|at risk|harm|hurt)\b")


def answers_process(text: str) -> bool:
    """The turn says what happens to the client's words: who is told, what is written, the limits.
    Only what it states counts: a question ("what's underneath that?", "do you want me to write it
    down?") or their own question quoted back tells them nothing, and nor does secrecy promised with no
    limits."""
    norm = normalise(text)
    if _SECRECY_PROMISED.search(norm) and not _LIMITS.search(norm):
        return False
    stated = []
    for sentence in re.split(r"(?<=[.!?])\s+", norm):
        sentence = _QUOTING_THEM.sub("", sentence)
        if sentence.rstrip().endswith("?"):
            # "nothing goes to your mum, okay?": the statement before a tag or a last question still says it
            head, _, _ = sentence.rpartition(", ")
            sentence = head
        stated.append(sentence)
    return bool(_ANSWERS_PROCESS.search(" ".join(stated)))


# A word about the worry behind such a question, said back ("you want to know who hears this first"): it takes
# the question up, where moving on leaves it unanswered.
_ABOUT_PROCESS = re.compile(r"\b(?:hear|hears|know|knows|tell|told|see|sees|read|reads|write|written|file|"
                            r"report|share|shared|who|trust|safe|private|happens to|"
                            r"(?:you|u) (?:say|said|tell|told) (?:here|in here|me))\b")


def about_process(text: str) -> bool:
    """The turn speaks of who hears, knows or is told what the client says."""
    return bool(_ABOUT_PROCESS.search(normalise(text)))


def asks_process(line: str) -> bool:
    """A question in the line about what happens to the client's words."""
    return any(_ASKS_PROCESS.search(part) for part in re.split(r"(?<=[.!])\s+", line) if "?" in part)


_GRADES_YOU = re.compile(r"^(?:that|this|it)(?:'s| is| was) (?:kinda |kind of |quite |pretty |a bit |actually |"
                         r"fairly )*(?:fair|better|nice|kind|okay|ok|true|right|decent|not bad|good of you)"
                         r"(?: enough)?\W*$",
                         re.IGNORECASE)
_OWNS_THEIR_PART = re.compile(r"^(?:i|you) (?:was|were|got|might have been|may have been|might've been) "
                              r"(?:maybe |a bit |a little |bit |being |too )*(?:sharp|rude|short|snappy|harsh|grumpy|"
                              r"out of line|a bit much)(?: (?:myself|yourself|too|as well|there))?\W*$", re.IGNORECASE)
_KNEW_IT = re.compile(r"^(?:you|i) (?:just |always |totally )?(?:knew|know|thought|guessed|figured|called|said|told "
                      r"(?:you|me))(?: it| that| so| this)?$")
# Clauses with no point of the client's in them to say back:
# - "I knew it." after "This is so dumb.": a knowing about nothing named ("It's your call: you knew it, and I won't
#   push." had been offered as a repair);
# - "That was kinda fair." after the trainee owned a push: a verdict on the trainee's words ('Try: "Mm. That was kinda
#   fair."' had handed it back, a seventeenth helper round);
# - "Alright. I was maybe sharp myself.": the client owning their part in the exchange; said back, it rubs it in.
_NOTHING_TO_SAY_BACK = (_KNEW_IT, _GRADES_YOU, _OWNS_THEIR_PART)
# The client confirming what the trainee just said ("Yeah. That's... actually pretty accurate.", "exactly"): there is
# nothing of theirs to say back ("Mm. Actually pretty accurate." had been offered as the better reply).
_CONFIRMS = re.compile(
    r"^(?:(?:yeah|yes|yep|yup|mm+|hm+|well|so|right|oh|i mean|i guess|i suppose)[.,!…]* )*(?:(?:that's|that is|it's|"
    r"it is|you're|you are)[.,…]* )?(?:(?:actually|pretty|quite|so|really|very|totally|absolutely|dead|probably|"
    r"kind of|sort of|about)[.,…]* )*(?:accurate|true|right|correct|fair|exactly|spot on|it|bang on|on the nose|"
    r"the thing)(?:,? (?:actually|really|i guess|i suppose|yeah))?[.!…]*$")


def read(lines: Sequence[str]) -> Reading:
    """Read the client's last line (`lines` oldest first).  Only the last: the earlier ones were
    answered already, and saying them back now would miss what the client just said; a line with
    nothing to say back ("Hm.", "...", "Thanks") gets no words, only the move."""
    if not lines:
        return Reading("", None)
    last = lines[-1]
    agreed = bool(_AGREED.search(last))
    found = [] if _CONFIRMS.match(normalise(last)) else clauses(last)
    if not found and agreed:
        found = [c for s in sentences(last) if (c := clause(s, need_content=False))]
    if not found:
        # A plain statement without content words ("I don't think I'm very good at this") is
        # still what the client just said.
        found = [c for s in sentences(last) if (c := clause(s, need_content=False)) and c.words >= 4]
    # A generic "you can't" comes back as "I can't": not the client's to hear.
    found = [c for c in found if not _COUNSELLOR.search(c.text) or _CLIENT.search(c.text)]
    found = [c for c in found if not any(said.match(c.text) for said in _NOTHING_TO_SAY_BACK)]
    if not found:
        return Reading(last, None, agreed=agreed, asks_process=asks_process(last),
                       corrects=bool(_CORRECTS.search(last)), objects=objection(last))
    statements = [c for c in found if not c.question] or found
    main = max(reversed(statements), key=_richness)
    denied = _denied(last)
    strength = next((c for c in found if not c.question and _STRENGTH.search(c.source)
                     and not _NEGATION.search(c.source)), None)
    feeling, felt = _feeling_in(statements, denied)
    return Reading(last, main, _sides(last), feeling, felt, bool(_PUSHBACK.search(last)),
                   bool(_COMPLAINT.search(last)), strength, bool(_POSITIVE.search(last)) and not agreed, denied,
                   agreed, asks_process(last), bool(_CORRECTS.search(last)), objection(last))
