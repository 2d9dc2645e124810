"""How a simulated client answers a coded trainee move: openness, state, reply, explanation.

The dynamics follow the clinical picture.  Listening is what opens a client: a move earns its full
weight only when it connects to what this client said, warm words that would fit anyone earn a
little and then nothing, and the same words again earn nothing and are noticed.  Each type of
resistance wants its own approach (the persona's `approach` moves).  Confrontation that piles up
strains and then breaks the alliance in a way the trainee can see, and a rupture can be repaired;
raising painful material the client has not brought up makes them back off; a people-pleaser
agrees with advice while nothing opens; neutral moves alone never lift a client past the middle
band.  The reply answers what was asked (the persona's topics) at the client's current openness,
never from a deeper band.  Every change is explained, so the trainee sees which move did it.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Sequence
from dataclasses import MISSING, dataclass, field, fields, replace
from functools import lru_cache
from typing import Any

from personas.machine import BREAKTHROUGH, MACHINE, TERMINAL, WALKED_OUT
from personas.models import BAND_FLOOR, ApproachMove, Band, Persona, ResistanceType, Topic, band_of
from personas.words import (
    fill_quotes,
    flipped,
    is_confusing,
    is_filler,
    overlap,
    phrase_pattern,
    stems,
    talks_technique,
)
from scoring import cues
from scoring.coder import CodedTurn, code_turn
from scoring.codes import QUESTIONS, REFLECTIONS, Code, Flag, Stance
from scoring.listening import LEAD_IN, STOCK, hands_back, meaningful, related, tailed, templated
from scoring.moves import about_process, answers_process, asks_process
from scoring.recital import can_match, read_recital, stock_sentences
from scoring.session import question_run_after
from scoring.text import content_words, normalise, stem, surface_words

NAMES: dict[Code, str] = {
    Code.QUESTION_OPEN: "open question", Code.QUESTION_CLOSED: "closed question",
    Code.REFLECTION_SIMPLE: "simple reflection", Code.REFLECTION_COMPLEX: "complex reflection",
    Code.AFFIRM: "affirmation", Code.SEEKING_COLLABORATION: "seeking collaboration",
    Code.EMPHASIZING_AUTONOMY: "emphasizing autonomy", Code.GIVING_INFORMATION: "information",
    Code.PERSUADE: "advice without permission", Code.PERSUADE_WITH_PERMISSION: "advice with permission",
    Code.CONFRONT: "confrontation", Code.OTHER: "uncoded talk",
}
FLAG_NAMES: dict[Flag, str] = {
    Flag.STACKED_QUESTIONS: "several questions at once", Flag.QUESTION_RUN: "question run",
    Flag.RIGHTING_REFLEX: "jumping to fix it", Flag.PREMATURE_REASSURANCE: "premature reassurance",
    Flag.LABELLING: "a label", Flag.WHY_DONT_YOU_JUST: "\"why don't you just…\"",
    Flag.WHY_NOT: "a \"why haven't you…?\" question",
    Flag.SARCASM: "sarcasm or irritation", Flag.NORMALISING: "normalising",
    Flag.DEMAND_FEELING: "a demand to name feelings", Flag.APOLOGY: "an apology",
    Flag.RISK_CHECK: "a question about risk to life",
}
MIDDLE_CEILING = BAND_FLOOR[Band.ENGAGED] - 1  # neutral moves never lift a client past this
SENSITIVE_BELOW = BAND_FLOOR[Band.ENGAGED]  # painful material the client has not raised costs below this
REPEAT_FACTOR = (1.0, 0.6, 0.35, 0.2)
# Confrontation only works when built on plenty of joining: after this many listening turns in a
# row, a push costs half and strains the alliance half as much.
CUSHION_AFTER = 3
RUN_COST = 2  # per question beyond the second in a row without a reflection
RUPTURE_COST = 8
REPAIR_GAIN = 5
REPAIR_TURN_CAP = 12  # the most a repairing turn gains, the repair included
TOO_FAST_COST = 6
# How much a move is worth by how well it listened (the coder's link, then the engine's own checks).
LISTEN_SPECIFIC, LISTEN_ONE_WORD, LISTEN_EARLIER, LISTEN_REFERRAL = 1.0, 0.75, 0.6, 0.5
LISTEN_TOPIC, LISTEN_GENERIC, LISTEN_NONE = 0.45, 0.25, 0.2
LISTEN_PARAPHRASE = 0.45  # the coder's link says "specific" though no word of the client's is in it
# ... and the coder is sure it is a complex reflection that joins them: a skilled counsellor's own words for what
# the client meant ("Coming here wasn't your idea, and sitting with a stranger feels exposing").  Two helper
# rounds saw these paid less than half of a parrot's echo; they listen as well as one picked-up word does.
LISTEN_PARAPHRASE_SURE = 0.75
LISTENED = LISTEN_EARLIER  # at or above this a turn counts as listening
# All the openness that stock moves (ones about nothing in this client's life) can earn in a session.
STOCK_BUDGET = 10.0
# Parroting: the client's own words handed back, turn after turn, feels mechanical.  An echo is a
# simple reflection at best; from the third echo in ECHO_WINDOW turns it earns nothing and the
# client says so, and echoes together earn at most ECHO_BUDGET in a session.
ECHO_WINDOW = 5
ECHOES_NOTICED = 3
ECHO_BUDGET = 12.0
# Trainee turns whose frames are compared with the next one: the whole session, as the session score
# does.  At 5, a gamer helper's bot rotating 6-8 sentence frames with two of the client's words slotted
# in never met an earlier frame, and took 26 of 28 sessions to engaged; of 8,612 real counsellor turns
# 34 (0.4 %) meet an earlier frame of theirs within a session (7 within five turns).
FRAMES_KEPT = 30
ANSWERED_KEPT = 8  # the client's answered questions remembered, so none of them is asked again
MOVE_SUBSTANCE = 2  # meaningful words, beyond the move's own, that make a named move a made one
ECHOED_NEED = 0.5  # what a need's words earn beside the client's own words handed back
# What moves can earn in a session when the only sign of listening is the coder's word that the turn
# follows the client "in other words" (no word of theirs, no topic of theirs): rotations of MI stock
# lines ("part of you wants…, and part of you…", "only you can decide") read that way.
PARAPHRASE_BUDGET = 15.0
# ... and what such turns can earn when the coder is sure each was a complex reflection that joins: a skilled
# counsellor reflects in their own words all session (a helper's ran out by mid-session, while parroting did not)
PARAPHRASE_SURE_BUDGET = 35.0
# How sure the coder must be that a complex reflection in other words joins, to open a band.  0.9 until a helper's
# round 13: "The more she tries to take them off you, the more determined you get to keep going." (87 %) after "She
# hides my lighters. I buy more lighters." was paid less than half of the echo, and held Kofi short of a band.
PARAPHRASE_SURE = 0.85
# Not the choice handed back, however specific the coder reads it: "whatever u decide is up to u, ur in charge here",
# turn after turn, would earn the need in full each time
_OWN_WORDS_CODES = frozenset({Code.REFLECTION_COMPLEX})
# What turns made of the client's words and a clause that names nothing of theirs can earn in a session
# ("That's your secret, and it's not the whole story."): such a clause may be the meaning a reflection
# adds or a line that fits anyone, which words alone cannot tell; rotated, twenty of them took 26 of
# 28 gamer sessions to engaged or further.
TAIL_BUDGET = 25.0
# What the type's needs can earn on their third and later uses in a session.  The hand-written
# type-approach sessions earn 2-15 that way; a bot rotating the type's phrases earned without limit.
AGAIN_BUDGET = 15.0
RETOLD_WORDS, RETOLD_SHARE = 3, 0.6  # a line this much like the disclosure beside it is left unsaid
RETOLD_WITHIN = 3  # nor one that retells any of the client's last three lines, nor a cue one of them showed
RETOLD_RUN = 5  # ... nor one that says again a run of this many of their words (`_same_run`)
_RUN_WORD = re.compile(r"[a-z0-9']+")
OPEN_ON_THEIR_WORDS = 1.3  # an open question about what the client raised, over a stock one
_TRAINEES_OWN = re.compile(r"\b(?:my|our) $")
REPEAT_SHARE = 0.8  # content-word overlap with an earlier trainee turn that makes it "the same again"
REPEAT_COST = 1
CONFUSION_COST = 2
RECENT_LINES = 4  # the client line a turn answers plus three before it (the coder's window)
RECITED = 0.25  # what a second (third…) approach move in the same turn earns, of its gain
VARIETY_WINDOW = 30  # no spoken line comes back within this many lines
RECALLED_LINES = 8  # how far back a turn with no trigger can refer to the client's own words
_BAND_NAMES = frozenset(b.value for b in Band)
# Joining turns that listened, needed before a breakthrough: harder clients need a longer run.
JOINING_FOR_BREAKTHROUGH = {1: 6, 2: 8, 3: 9}
# Difficulty sets how fast a rupture turns into a walk-out, never whether it is visible first.
PUSHES_TOLERATED = 1  # confronting moves a ruptured client sits through (a label or sarcasm: none)
PATIENCE = {1: 4, 2: 3, 3: 2}  # turns a ruptured client waits for a repair
NEVER_REPAIRED = "the rupture was never repaired"  # the reason of a walk-out that waited out its patience
REPAIRS_NEEDED = {1: 1, 2: 1, 3: 2}
REPAIR_DOUBT = 0.25  # a turn at least this likely to be a push (the coder's stance probability) mends nothing
APOLOGY_DOUBT = 0.4  # nor does an apology this likely to come with a push
_PUSH_FLAGS = frozenset({Flag.WHY_DONT_YOU_JUST, Flag.WHY_NOT, Flag.RIGHTING_REFLEX, Flag.LABELLING})
PUSH_SURE = 0.75  # how sure a confronting code must be before the client treats it as a push
_REPAIRING = {Code.REFLECTION_SIMPLE, Code.REFLECTION_COMPLEX, Code.EMPHASIZING_AUTONOMY,
              Code.SEEKING_COLLABORATION}
DEFAULT_CONFUSED = ["...what?", "Sorry, what?", "I don't follow.", "Is that meant to mean something?"]
# The very words the client quoted as what the others said ("Every one of them said 'that must be hard'"),
# said to them now: the trainee has joined the people the client is sure will get it wrong.
DEFAULT_CLICHE = ["And there it is.", "That's exactly what the others said.", "[half a laugh] Right. That one.",
                  "Yep. Same line as the rest of them."]
CLICHE_COST = 3
# Words in quote marks, the marks not apostrophes ("didn't", "the others'", "'cause", "'em").
_QUOTED = re.compile(r"(?:(?<=\s)|^)[\"'\u2018\u201c](?!(?:cause|cos|coz|em|til|till|bout|round|n)\b)"
                     r"([a-z][^\"\u201d\u2019]{3,80}?[a-z?.!,])[\"'\u2019\u201d]"
                     r"(?=[\s.,!?;:]|$)")
_EDGE_QUOTE = re.compile("[\"'\u2018\u2019\u201c\u201d](?=\\s|$)|(?:(?<=\\s)|^)[\"'\u2018\u2019\u201c\u201d]")
# Said about the quote, not in its place: "they all said 'that must be hard' to you" reflects the complaint.
_ABOUT_THE_QUOTE = re.compile(r"\b(?:said|say|says|saying|told|tell|everyone|everybody|they|others|other|them|"
                              r"line|heard|hear)\b")
# The same stock line however it is dressed: "that sounds really hard for you", "it sounds like that's so hard" and
# "that must be hard" are the one line Camila heard from every therapist (a helper's round 13: "It sounds like that's
# really hard for you." had opened her further)
_INTENSIFIERS = re.compile(r"\b(?:really|so|very|incredibly|super|truly|quite|pretty|awfully|just) ")
_STOCK_FRAME = re.compile(r"\b(?:it sounds like that's|it sounds like that is|sounds like that's|that sounds|it sounds|"
                          r"that's|that is|it must be|it must have been|that must have been|must have been)\b")


def _stock_form(text: str) -> str:
    """A stock line in one wording: intensifiers and "for you" gone, "sounds"/"that's" read as "that must be"."""
    text = re.sub(r"\s+for (?:you|u)\b", "", _INTENSIFIERS.sub("", text))
    return re.sub(r"\s+", " ", _STOCK_FRAME.sub("that must be", text)).replace("that must be must be", "that must be")


DEFAULT_MISQUOTED = ["I never said that.", "That's not what I said.", "When did I say that?",
                     "Don't put words in my mouth."]
# "You told me a minute ago that you've been drinking before shifts": words put in the client's mouth.
# The claim runs to the end of its clause; "you said it like it's been heavy" describes how.
# ... or wrote, or the trainee remembers it from what they wrote ("I remember from your email how proud you were of…",
# "I know from what you wrote that your father…": a sixteenth helper round's gamer invented both, unchallenged)
_ATTRIBUTED = re.compile(r"\b(?:you (?:told me|said|mentioned|were saying|were telling me|wrote)|"
                         r"i (?:remember|recall|know) from (?:your|the) (?:referral (?:letter|form|notes?)|"
                         r"email|e-mail|form|message|letter|notes?|referral)"
                         r"(?: how)?|(?:i (?:remember|recall|know) )?from what you (?:wrote|told me|said)"
                         r"(?:,? i (?:know|remember))?)"
                         r"\b(?: (?:earlier|before|"
                         r"a minute ago|last time|just now|last week|last session|the other day|yesterday|earlier on|"
                         r"at the start|a while ago|once))?,? (?:that )?(?!it (?:like|as if|as though)\b)"
                         r"([^.,;:!?]+)")
MISQUOTE_COST = 3
# What a turn says it is about, just before a topic's trigger: "…about the farm", "what about your son"
_ABOUT = re.compile(r"\babout (?:the |your |that |this |those |all )?$")
# The client asked who hears what they say and the turn moved on without an answer or a word about the
# question: to a guarded client the silence is the answer.
DODGE_COST = 2
# ... and a straight answer to it is what any client who asks needs, where the persona names no move for it
ANSWER_GAIN = 3
DEFAULT_DODGED = ["You didn't answer my question.", "So that's a yes, then.", "I asked you something.",
                  "Right. Not gonna say, then."]
# Facts of a life a trainee may not assume.  A reflection that names one the client never said, and the
# referral does not give, puts it in their mouth as surely as "you said…" does: "And the drinking has been
# going on since your divorce" to a client who had mentioned neither had earned a complex reflection's worth.
_LOADED_WORDS = (
    "divorce divorced separated separation affair cheating cheated drinking drunk alcohol alcoholic booze drugs "
    "cocaine heroin overdose gambling gambler debt debts abuse abused abusive assault assaulted rape raped ptsd "
    "trauma traumatised traumatized depression depressed bipolar cancer miscarriage prison jail arrested fired "
    "sacked redundant redundancy bankrupt evicted eviction homeless widow widower "
    # the people of a life: "losing your uncle to this really shook you" to a client who had named no uncle
    "uncle aunt auntie aunty cousin brother sister wife husband girlfriend boyfriend fiance fiancee son daughter "
    "grandson granddaughter grandma grandmother gran granny nan nana grandad granddad grandfather grandpa "
    "stepdad stepmum stepfather stepmother nephew niece"
)
_LOADED = frozenset(stem(w) for w in _LOADED_WORDS.split())
# The client's own place beside the people they named: whoever speaks of their father is a son or a daughter, of their
# wife a husband, of their brother a brother or sister, of grandchildren a grandparent (an eighteenth helper round's
# "I imagine there's a son who is losing his dad slowly" to Eugene was read as a son he never mentioned: -3, not +17)
_ROLES = (
    ("father dad mother mum mom parents parent", "son daughter"),
    ("wife", "husband"), ("husband", "wife"),
    ("brother sister", "brother sister"),
    ("grandson granddaughter grandkids grandchildren", "grandma grandmother gran granny nan nana grandad granddad "
                                                       "grandfather grandpa"),
)
_THEIR_ROLE = tuple((frozenset(stem(w) for w in named.split()), frozenset(stem(w) for w in theirs.split()))
                    for named, theirs in _ROLES)
# How clients name their drinking without the word: "a few pints", "whisky", "cans" tell of it too.
_DRINK_WORDS = "pint pints whisky whiskey cans wine beer vodka gin cider lager booze"
_DRINK = frozenset(stem(w) for w in _DRINK_WORDS.split())
_DRINKING = frozenset(stem(w) for w in ("drinking", "alcohol"))
# A number of years, months or times said of the client's life, and the numbers anyone has said (words or digits).
_NUMBER = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
           r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
           r"a hundred|hundred)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?")
_SPAN = re.compile(rf"\b({_NUMBER}) (?:whole )?(?:years?|decades?|months?|years running|times? a (?:week|day|night))\b")
_NUMBER_WORD = re.compile(rf"\b{_NUMBER}\b")


def _number_stem(number: str) -> str:
    """A number as it is compared: its first word ("thirty" for "thirty-four", the "four" being another claim)."""
    return re.split(r"[- ]", number)[0]


def _numbers(text: str) -> list[str]:
    return [_number_stem(m.group(0)) for m in _NUMBER_WORD.finditer(text)]


DEFAULT_TECHNIQUE = ["What are you on about?", "Is that out of a textbook?", "Say that in normal words.",
                     "Is that how they teach you to talk?"]
DEFAULT_REPEATED = ["You said that already.", "You keep saying that.", "Same thing again, huh.",
                    "Are you reading that off a card?"]
DEFAULT_BACKCHANNELS = ["Mm.", "Yeah.", "Hm.", "...", "I guess."]
DEFAULT_PARROTED = ["Why do you keep saying back what I say?", "Yeah. That's what I said.",
                    "You're just repeating me.", "Are you going to say anything of your own?"]
# A yes/no question gets an answer first; these commit to no fact the persona has not said.
DEFAULT_ANSWERS: dict[Band, list[str]] = {
    Band.CLOSED: ["Why?", "Does it matter?", "Why do you ask?"],
    Band.GUARDED: ["Sort of.", "Depends.", "Maybe."],
    Band.AMBIVALENT: ["Yes and no.", "Kind of.", "Sort of, I suppose."],
    Band.ENGAGED: ["Kind of, yeah.", "I suppose so.", "Sometimes, yeah."],
    Band.OPEN: ["Honestly? Yeah.", "Yeah. I think so.", "More than I'd like to admit."],
}
# Answers to a request for permission: a real client says yes or no to being asked, in their own
# way at each openness, before whatever else is on their mind.
DEFAULT_CONSENT: dict[Band, list[str]] = {
    Band.CLOSED: ["If you have to.", "Do I have a choice?", "Whatever."],
    Band.GUARDED: ["I suppose.", "Fine. Quickly.", "If you want."],
    Band.AMBIVALENT: ["Okay.", "Go on, then.", "Alright."],
    Band.ENGAGED: ["Yeah, go on.", "Okay, yeah.", "Sure."],
    Band.OPEN: ["Yes, please.", "Go on.", "Yeah, I'd like that."],
}
# The client's answer to the trainee's reply to a breakthrough, the session's last turn: what was
# disclosed met, missed, or pushed back on.
DEFAULT_CLOSING: dict[str, list[str]] = {
    # "Yes. That's it." confirms a reflection; after a question it answers nothing ({after:told})
    "heard": ["{after:told} [quiet for a moment] Yes. That's it.",
              "{after:told} Thank you. I've never said that out loud before.",
              "{after:told} [nods slowly] Yeah. Exactly that.",
              # more than three, so sessions seldom end on the same words (a seventeenth helper round heard "Yeah.
              # Exactly that." close three different sessions)
              "{after:told} [breathes out] I didn't think I'd say that in here.",
              "{after:told} [a long pause] Yes. That's the bit I don't say.",
              "{after:told} [looks up] You got that. Okay.",
              # "I don't know yet" answers a question; after "I want to stop, for me, my way." reflected back it
              # steps backwards (a helper heard it close Kofi's and Maricel's breakthroughs alike)
              "{after:asked} [thinks about it] I don't know yet. But I want to keep talking about it.",
              # more than one answer to a closing question (a nineteenth helper round heard "Yes. That's it." answer
              # "where would you want to start with that", the one asked line having been used)
              "{after:asked} [a long breath] With that. What I just said. I'd want to start there.",
              "{after:asked} I'm not sure. Somewhere small. But not with pretending it's fine.",
              "{after:asked} [looks at you for a moment] Can we start there next time? I need to sit with it."],
    "missed": ["[a pause] ...Yeah. Anyway.", "Mm. I think that's enough for today.", "Right. Okay."],
    "pushed": ["[the moment closes] I should go.", "I knew I shouldn't have said anything.", "Forget I said it."],
    # asked straight about safety after a disclosure: a client answers it, in words that commit the
    # persona to no fact its author did not write
    "safety": ["[a long pause] Not like that. But... thank you for asking me straight.",
               "[looks at you properly] No. Not like that. It's more that I'm tired of carrying it."],
}
# The answers to a question about risk to life when the persona has none of its own, as `_safety_line`
# reads them: the first question about thoughts, a question about plans, any question after.  They
# commit the persona to nothing its author did not write, and they never say yes by accident (a yes/no
# question otherwise gets "Yeah. I think so.").
DEFAULT_SAFETY = ["[a pause] No. Not like that. I'm tired, that's all.",
                  "No. No plans, nothing like that. I wouldn't.",
                  "I've told you. I'm not going to do anything."]
SAFETY_WHY = "asked straight about risk to life: the client answers, and openness stays where it was"
# After a breakthrough, how many questions about risk to life keep the session open for a turn that follows it up.
SAFETY_FOLLOW_UPS = 1
# A question about risk to life, asked straight: after a disclosure that is meeting it, whatever
# the question's form.
_SAFETY_QUESTION = re.compile(
    r"\b(?:thoughts? (?:of|about) (?:suicide|killing yourself|ending (?:it|your life|things)|not (?:wanting to )?"
    r"(?:be|being) (?:here|around|alive)|hurting yourself|harming yourself)|(?:thinking|thought) (?:about|of) "
    r"(?:suicide|killing yourself|ending (?:it|your life|things)|hurting yourself|harming yourself)|"
    r"(?:want|wanting|wanted) to (?:die|end (?:it|your life|things))|suicidal|safe (?:right now|tonight|at the moment)|"
    r"keep yourself safe|(?:'d|would) rather (?:not (?:be (?:here|around|alive)|wake up)|be dead))\b"
)
# A part of a reply that already ends a sentence (or is a stage direction in brackets); one that
# does not gets a full stop before the next, so "then show" and "i haven't been" stay two thoughts.
_ENDED = re.compile(r"[.!?…\]\)\-—\"']\s*$")
# A question a yes or no can answer: it opens with the verb ("do you…", "is it…"), not "how many".
_YES_NO = re.compile(r"^(?:so |and |but |okay,? |ok,? )?(?:do|does|did|is|are|was|were|have|has|had|can|could|"
                     r"would|will|should|shall|am|may|might)(?:n't)? (?!you know\b|you realise\b|you realize\b)")
# A yes/no question about a plain fact of the client's life ("do u have kids?", "are you married?"): the
# stock answers ("Maybe.", "Sort of.") would be absurd, so only the line that follows answers it.
_FACT_QUESTION = re.compile(
    r"\b(?:do|did|does) (?:you|u) (?:have|own|live|drive|rent|work (?:at|in|for|nights|shifts))\b|"
    r"\b(?:are|r) (?:you|u) (?:married|single|divorced|working|employed|renting|still (?:at|in|with))\b|"
    r"\bhave (?:you|u) got (?:any|a|kids|children)\b|\bis (?:that|this|he|she|it) your\b")
# A reply that is only "Yes." or "No." answers a yes/no question and nothing else: "which lessons
# are the worst?" never gets "Yes.".
# A bare yes or no, or both at once ("Yes. No. Next question?"): it answers a yes/no question only.
_BARE_YES_NO = re.compile(r"^(?:yes|no|yeah|yep|nope|nah|aye)[.!]?$|^(?:yes|yeah|aye)[.,!]? no\b", re.IGNORECASE)
# The reply pools that answer the turn itself; anything else (a reaction, a refusal) already does.
_CONTENT_POOLS = ("topics.", "lines.", "reactions.joined")
_UNBRACKETED = re.compile(r"[\[\]]")  # a stage direction's brackets, so its words can be read
_PRAISES_LISTENING = re.compile(r"\blisten(?:s|ed|ing)?\b|\bbetter than (?:most|the others|the last)\b",
                                re.IGNORECASE)
LISTENING_RECORD = 3  # turns that listened before a client remarks on the trainee's listening
# ... or owned a misstep: "Not many people own it" thanks an admission no validation made
_THANKS_FOR_SORRY = re.compile(r"\b(?:you (?:said )?sorry|apologi[sz]ed|say sorry|admit(?:s|ted|ting)?\b(?: it)?|"
                               r"own(?:s|ed|ing)? (?:it|up|that)|naming it|(?:a|that) (?:\w+ )?correction)\b",
                               re.IGNORECASE)
# Reply pools whose lines the client did not volunteer: they do not count as having raised a topic.
_NOT_VOLUNTEERED = frozenset({"reactions.too_fast", "refuse", "rupture", "walk_out", "warning",
                              "confused", "reactions.repeated", "reactions.technique",
                              "reactions.misquoted", "reactions.dodged", "reactions.cliche"})
# Reply pools that push back on the turn: said with the body language of a client no further open than
# guarded, whatever the band ("[looks at you properly] Sorry, how is this helping?" contradicts itself).
_PUSHBACK_POOLS = frozenset({"reactions.too_fast", "refuse", "rupture", "warning", "reactions.questioned",
                             "reactions.advised", "reactions.confronted", "reactions.reassured",
                             "reactions.repeated", "reactions.technique", "reactions.misquoted",
                             "reactions.parroted", "reactions.dodged", "reactions.cliche", "confused"})
_BANDS = list(Band)


@dataclass
class ClientState:
    """Everything that changes during a session: small, JSON-serialisable, and the model
    the shared state machine moves (transitions adds its `respond` trigger to it).  Fields added
    later have defaults, so snapshots stored before them still restore."""

    persona_id: str
    seed: int
    openness: int
    state: str
    turn: int = 0
    confront_points: float = 0.0
    ruptured: bool = False
    ruptures: int = 0
    repairs: int = 0
    too_fast: int = 0
    question_run: int = 0
    joining_turns: int = 0
    disclosed: int = 0
    listened_turns: int = 0
    streak: int = 0  # joining turns in a row that listened
    repeats: int = 0
    confusions: int = 0
    strained: bool = False
    rupture_turns: int = 0  # since the rupture, and pushes since; repairs still owed
    rupture_pushes: int = 0
    repair_left: int = 0
    stock_gain: float = 0.0  # what moves that did not listen have earned
    echo_gain: int = 0  # what the client's own words handed back have earned (whole points)
    paraphrase_gain: float = 0.0  # what turns read as "in other words than theirs" have earned
    paraphrase_sure_gain: float = 0.0  # ... and what complex reflections surely in the trainee's own words have
    echoes: int = 0  # the last few turns as bits, newest lowest: was it an echo?
    tail_gain: float = 0.0  # what their words with a clause naming nothing of theirs have earned
    needs_again: float = 0.0  # what the type's needs have earned on their third and later uses
    topic: str | None = None  # the client's own current topic
    # Sequences are tuples: a snapshot (one per turn, for /retry) shares them instead of copying.
    recent_codes: tuple[str, ...] = ()
    used_lines: tuple[str, ...] = ()
    # what the client has said: the lines a turn answers, every stem, what it raised itself
    recent: tuple[str, ...] = ()
    heard: tuple[str, ...] = ()
    mentioned: tuple[str, ...] = ()
    raised: tuple[str, ...] = ()
    # what the trainee has said and done
    said_before: tuple[str, ...] = ()
    frames: tuple[str, ...] = ()  # the last few trainee turns with the client's words as slots
    moves: tuple[str, ...] = ()
    closed: bool = False  # after a breakthrough: the trainee has answered it, and the session is over
    owed_answer: bool = False  # the client asked who hears what they say, and no turn has answered yet
    cliches: tuple[str, ...] = ()  # words the client quoted as what others said ("'that must be hard'")
    answered: tuple[str, ...] = ()  # the client's questions the trainee has answered, as their meaningful words
    safety_answers: int = 0  # after a breakthrough: questions about risk to life answered, keeping the session open

    # Set by the engine just before firing `respond`; read by the machine's conditions.
    def _pending(self) -> _Verdict:
        return self.__dict__["_verdict"]  # type: ignore[no-any-return]

    def walks_out(self) -> bool:
        return self._pending().walk_out

    def breaks_through(self) -> bool:
        return self._pending().breakthrough

    def lands_in_closed(self) -> bool:
        return band_of(self._pending().openness) is Band.CLOSED

    def lands_in_guarded(self) -> bool:
        return band_of(self._pending().openness) is Band.GUARDED

    def lands_in_ambivalent(self) -> bool:
        return band_of(self._pending().openness) is Band.AMBIVALENT

    def lands_in_engaged(self) -> bool:
        return band_of(self._pending().openness) is Band.ENGAGED

    def lands_in_open(self) -> bool:
        return band_of(self._pending().openness) is Band.OPEN

    @property
    def ended(self) -> bool:
        return self.state in TERMINAL

    def snapshot(self) -> dict[str, Any]:
        """A JSON-ready copy, stored after every turn and kept with every turn for /retry: so built
        directly (not via asdict), sharing the immutable tuples, and holding only the fields that
        differ from their defaults (most counters are zero most of the time, and a smaller dict is
        most of what 10,000 live sessions weigh).  `restore` puts the defaults back."""
        full = {
            "persona_id": self.persona_id, "seed": self.seed, "openness": self.openness,
            "state": self.state, "turn": self.turn, "confront_points": self.confront_points,
            "ruptured": self.ruptured, "ruptures": self.ruptures, "repairs": self.repairs,
            "too_fast": self.too_fast, "question_run": self.question_run,
            "joining_turns": self.joining_turns, "disclosed": self.disclosed,
            "recent_codes": self.recent_codes, "used_lines": self.used_lines,
            "recent": self.recent, "heard": self.heard, "mentioned": self.mentioned,
            "raised": self.raised, "topic": self.topic, "said_before": self.said_before,
            "stock_gain": self.stock_gain, "moves": self.moves,
            "listened_turns": self.listened_turns, "streak": self.streak, "repeats": self.repeats,
            "confusions": self.confusions, "strained": self.strained,
            "rupture_turns": self.rupture_turns, "rupture_pushes": self.rupture_pushes,
            "repair_left": self.repair_left, "echo_gain": self.echo_gain, "echoes": self.echoes,
            "tail_gain": self.tail_gain, "needs_again": self.needs_again,
            "closed": self.closed, "paraphrase_gain": self.paraphrase_gain,
            "paraphrase_sure_gain": self.paraphrase_sure_gain, "frames": self.frames,
            "owed_answer": self.owed_answer, "cliches": self.cliches, "answered": self.answered,
            "safety_answers": self.safety_answers,
        }
        return {k: v for k, v in full.items() if k not in _STATE_DEFAULTS or v != _STATE_DEFAULTS[k]}

    @classmethod
    def restore(cls, data: dict[str, Any]) -> ClientState:
        fresh: dict[str, Any] = {k: (tuple(v) if isinstance(v, list | tuple) else v) for k, v in data.items()}
        return cls(**fresh)


# What `snapshot` leaves out: every field still at its default.
_STATE_DEFAULTS: dict[str, Any] = {f.name: f.default for f in fields(ClientState) if f.default is not MISSING}


@dataclass(frozen=True, slots=True)
class _Verdict:
    openness: int
    walk_out: bool
    breakthrough: bool


@dataclass(frozen=True, slots=True)
class Explanation:
    """What the move was and why the client's openness changed."""

    code: str
    stance: str
    openness_before: int
    openness_after: int
    state_before: str
    state_after: str
    reasons: tuple[str, ...]
    events: tuple[str, ...]

    @property
    def delta(self) -> int:
        return self.openness_after - self.openness_before

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "stance": self.stance, "openness_before": self.openness_before,
                "openness_after": self.openness_after, "delta": self.delta,
                "state_before": self.state_before, "state_after": self.state_after,
                # tuples: one is stored with every turn of every live session, and an empty one is free
                "reasons": self.reasons, "events": self.events}

    def render(self) -> str:
        head = (f"{self.code.replace('_', ' ')} · openness {self.openness_before} → "
                f"{self.openness_after} ({self.delta:+d})")
        if self.state_after != self.state_before:
            head += f" · {self.state_before} → {self.state_after}"
        return head + "\n  " + "; ".join(self.reasons)


@dataclass(frozen=True, slots=True)
class LineSource:
    """Where a spoken line came from, so tests (and curious authors) can check nothing leaked:
    the pool, the openness band it belongs to (None for reactions, which any band may say) and
    the topic it is about."""

    pool: str
    band: str | None = None
    topic: str | None = None
    index: int = 0


@dataclass(frozen=True, slots=True)
class ClientReply:
    text: str
    explanation: Explanation
    disclosure: str | None = None
    sources: tuple[LineSource, ...] = ()

    @property
    def ended(self) -> bool:
        return self.explanation.state_after in TERMINAL


@dataclass(frozen=True, slots=True)
class _Reading:
    """What the client makes of a turn's wording, before any arithmetic."""

    filler: bool
    confusing: bool
    repeat: bool
    listen: float
    listen_reason: str
    topic: Topic | None
    sensitive: str | None  # a painful phrase the client has not brought up
    moves: tuple[ApproachMove, ...]
    unseen: tuple[str, ...]  # moves worded, but about something the client has not just shown
    words: frozenset[str]
    length: int  # words in the turn
    # the turn noticed what the client just showed (a shrug, a glance at the door): for a client who
    # shows more than he says, that is joining, however the coder files the words
    attuned: bool = False
    # the client's words handed back: the coder's echo, or a whole sentence of theirs quoted inside
    # the turn with a stock phrase beside it ("you're not stupid. only you know what's right here")
    parrot: bool = False
    hollow: tuple[str, ...] = ()  # moves named with nothing in them ("There's a pattern here.")
    frame: str = ""  # the turn with the client's words as slots, to spot a formula next time
    technique: bool = False  # the method's own words said to the client ("rolling with resistance")
    recited: tuple[str, ...] = ()  # moves named only in a sentence said in the same words lately
    # with a line said in the same words lately: the rest of the turn, which alone carries the move
    afresh: str | None = None
    misquoted: bool = False  # says the client said something they never said
    tailed: bool = False  # their words, then a clause that names nothing of theirs
    dodged: bool = False  # the client asked what happens to their words; the turn neither answered nor took it up
    answered: bool = False  # ... and this turn answered it (or a later turn, while the answer was owed)
    owed: bool = False  # asked, now or before, and still not answered after this turn
    cliche: bool = False  # the turn is the very line the client quoted as what the others said
    also: tuple[Topic, ...] = ()  # the other topics the turn named, best first

    @property
    def listened(self) -> bool:
        return self.listen >= LISTENED


@dataclass
class _Turn:
    """The running tally of one turn: openness won and lost, why, and what the client shows."""

    gain: float = 0.0
    cost: float = 0.0
    reasons: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)

    def add(self, amount: float, reason: str) -> None:
        if amount > 0:
            self.gain += amount
        else:
            self.cost += amount
        self.reasons.append(reason)

    def within(self, budget: float, spent: float, spent_all: str, what: str | None = None) -> float:
        """Hold the gain to what a session budget has left, saying why when it bites ("only +3 left
        for {what}", or `spent_all`); returns the gain kept, to add to what the budget has spent."""
        left = max(0.0, budget - spent)
        if self.gain > left:
            self.reasons.append(f"only {left:+.0f} left for {what}" if left and what else spent_all)
            self.gain = left
        return self.gain


Pool = tuple[str, Band | None, str | None, list[str]]


def _prob(coded: CodedTurn, stance: Stance) -> float:
    """The coder's probability that the turn took `stance` (a hand-made turn without them is sure)."""
    if not coded.stance_probs:
        return float(coded.stance is stance)
    return coded.stance_probs.get(stance.value, 0.0)


def _weight(coded: CodedTurn, stance: Stance) -> float:
    """How much of a costly move's weight to apply.  Squared, so only a sure code carries nearly
    all of it: a 70 % confrontation is heard as half a confrontation, a 99 % one as a whole one."""
    return _prob(coded, stance) ** 2


def _sure(coded: CodedTurn) -> float:
    """How much of a welcome move's weight to apply: an unsure code moves the client less."""
    return 0.4 + 0.6 * _prob(coded, coded.stance)


def _pushes(coded: CodedTurn) -> bool:
    """A confrontation the coder is fairly sure of: the client reacts to it as one."""
    return coded.stance is Stance.CONFRONTING and _prob(coded, Stance.CONFRONTING) >= PUSH_SURE


def _pts(amount: float) -> str:
    """Points as a trainee adds them up: whole when whole, else to one decimal (+4.5, -8.1)."""
    return f"{amount:+.0f}" if abs(amount - round(amount)) < 0.05 else f"{amount:+.1f}"


def _quote(stems: frozenset[str], text: str) -> str:
    """The trainee's own words behind the matched stems, as a trainee would recognise them."""
    return ", ".join(f"'{w}'" for w in surface_words(stems, text)[:3])


class ClientEngine:
    """One persona's behaviour; the state lives in `ClientState`, so one engine serves many."""

    def __init__(self, persona: Persona) -> None:
        self.persona = persona
        self._sensitive = [(p, pat) for p in persona.sensitive_topics if (pat := phrase_pattern([p]))]
        self._raised_as = {p: pat for p, words in persona.raised_as.items() if (pat := phrase_pattern(words))}
        self._topics = [(t, pat) for t in persona.topics if (pat := phrase_pattern(t.triggers))]
        self._moves = [(m, pat) for m in persona.approach if (pat := phrase_pattern(m.phrases))]
        self._shown = {m.move: pat for m in persona.approach if (pat := phrase_pattern(m.shown_by))}
        self._topic_of_phrase = {
            phrase: topic.id for phrase, pat in self._sensitive for topic, tpat in self._topics
            if tpat.search(normalise(phrase)) or any(pat.search(normalise(t)) for t in topic.triggers)
        }
        v = persona.vignette
        vignette = normalise(f"{v.referral} {v.presenting_problem} {v.what_you_know}")
        self._referral = meaningful(content_words(vignette))
        self._referral_numbers = frozenset(stem(n) for n in _numbers(vignette))

    def new_state(self, seed: int = 0) -> ClientState:
        start = self.persona.start_openness
        return ClientState(self.persona.id, seed, start, band_of(start).value)

    def opening(self, state: ClientState) -> str:
        """The client's first words, before the trainee has said anything."""
        band = Band(state.state)
        rng = random.Random(f"{state.seed}:open:{self.persona.id}")
        line, _ = self._pick(state, rng, [(f"lines.{band.value}", band, None, self.persona.lines.of(band))], "",
                             did=frozenset())
        # nothing has been said or asked yet, so no cue or line marked {if:…} or {after:…} fits
        cues_now = [c for c in self.persona.cues.of(band) if fill_quotes(c, "", frozenset()) == c]
        text = f"{rng.choice(cues_now or ['[sits down]'])} {line}"
        self.hear(state, text)
        return text

    # --- what the client has said -------------------------------------------------------

    def hear(self, state: ClientState, line: str, volunteered: bool = True) -> None:
        """Remember a client line: the next turns answer it, and a painful topic the client raised
        itself can be reflected back without cost.  Replays feed the transcript's own lines here."""
        state.recent = (*state.recent[-(RECENT_LINES - 1):], line)
        new = stems(line) - set(state.heard)
        if new:
            state.heard = tuple(sorted({*state.heard, *(sys.intern(s) for s in new)}))
        quoted = tuple(q for q in (normalise(m.group(1)).strip(" ?") for m in _QUOTED.finditer(line.lower()))
                       if 2 <= len(q.split()) <= 8 and q not in state.cliches)
        if quoted:
            state.cliches = (*state.cliches, *quoted)
        if volunteered:
            self._note_raised(state, line)

    def _note_raised(self, state: ClientState, line: str) -> None:
        """Painful phrases and topics the client brought up itself (compared person-flipped)."""
        said = flipped(line)
        self._note_mentioned(state, said)
        for topic, pattern in self._topics:
            if pattern.search(said):
                if topic.id not in state.raised:
                    state.raised = (*state.raised, topic.id)
                state.topic = topic.id

    def context(self, state: ClientState) -> tuple[str, tuple[str, ...]]:
        """The client line the next turn answers and up to three before it, for the coder."""
        if not state.recent:
            return "", ()
        return state.recent[-1], tuple(state.recent[:-1])

    # --- reading the turn ----------------------------------------------------------------

    def _read(self, state: ClientState, coded: CodedTurn, text: str) -> _Reading:
        norm = normalise(text)
        technique = talks_technique(text)
        confusing = is_confusing(text) or technique
        filler = not confusing and is_filler(text)
        words = content_words(norm)
        repeat = any(overlap(self._said_key(words, norm), frozenset(before.split())) >= REPEAT_SHARE
                     for before in state.said_before)
        recital = read_recital(text, state.heard, state.frames, state.recent[-1] if state.recent else "")
        formula = not repeat and recital.formula
        # A sentence said in the same words as in a recent turn ("Your call, no lectures." every few
        # turns) is a stock line: what it names is recited, not meant, and it listens to nothing.
        fresh, stock = recital.fresh, recital.afresh is not None
        topic, specific, also = self._topic(norm, state)
        listen, why = self._listening(state, coded, content_words(fresh) if stock else words,
                                      topic if specific else None, stock)
        if formula and listen > LISTEN_GENERIC:
            listen, why = LISTEN_GENERIC, "the same sentence as an earlier turn with other words of theirs slotted in"
        said = [(m, " ".join(hit.group(0) for hit in pat.finditer(norm) if not _dangles(norm, hit)))
                for m, pat in self._moves]
        named = [m for m, hits in said if hits]
        # a move said before its time still costs, however little is in it
        hollow = tuple(m.move for m, hits in said if hits and not self._carries(m, words - content_words(hits), listen)
                       and (m.after is None or m.after in state.moves))
        recited = tuple(m.move for m, pat in self._moves if m.gain > 0 and m.move not in hollow
                        and m in named and not pat.search(fresh))
        named = [m for m in named if m.move not in hollow and m.move not in recited]
        moves = tuple(m for m in named if self._shown_now(state, m))
        unseen = tuple(m.move for m in named if m not in moves)
        attuned = next((m for m in moves if m.listens), None)
        if attuned is not None and listen < LISTEN_EARLIER:
            listen, why = LISTEN_EARLIER, f"{attuned.move}: it attends to what the client shows"
        # Naming a painful topic to apologise for having raised it is a repair, not a push.
        # So is naming it to hand the client control of it ("Maureen stays out of it, that's your call").
        sensitive = (None if Flag.APOLOGY in coded.flags or coded.code is Code.EMPHASIZING_AUTONOMY
                     else self._too_early(norm, state))
        parrot = (coded.echo or formula or self._quotes_back(state, norm)
                  or bool(state.recent and hands_back(text, state.recent[-1], state.recent[:-1])))
        tail = bool(state.recent) and not parrot and tailed(text, state.recent[-1], state.recent[:-1])
        asked = bool(state.recent) and asks_process(state.recent[-1])
        # an answer a turn or two late still answers: the client remembers they asked
        answered = (asked or state.owed_answer) and answers_process(text)
        # a reflection of something else, however well it listens, still leaves the question unanswered (a helper's
        # "Is this going in my school file?" went by for a complex reflection, +2)
        dodged = asked and not answered and not filler and not (
            (coded.code in REFLECTIONS or coded.code is Code.OTHER) and about_process(text))
        return _Reading(filler, confusing, repeat, listen, why, topic, sensitive, moves, unseen, words,
                        len(text.split()), attuned is not None, parrot, hollow, recital.shape, technique, recited,
                        recital.afresh,
                        self._misquotes(state, norm) or self._quotes_unsaid(state, text)
                        or self._invents(state, coded, words) or self._invents_a_span(state, coded, norm), tail,
                        dodged, answered,
                        (asked or state.owed_answer) and not answered, self._cliche(state, norm), also)

    @staticmethod
    def _cliche(state: ClientState, norm: str) -> bool:
        """The turn is mostly a line the client quoted as what the others said, said in its place."""
        plain = _stock_form(norm.strip(" .!?"))
        for phrase in map(_stock_form, state.cliches):
            at = plain.find(phrase)
            rest = (plain[:at] + plain[at + len(phrase):]).split() if at >= 0 else []
            if at >= 0 and len(rest) <= 4 and not _ABOUT_THE_QUOTE.search(" ".join(rest)):
                return True
        return False

    @staticmethod
    def _claimed(norm: str) -> frozenset[str]:
        """The content words the turn says the client said ("you told me …", "earlier you said …")."""
        match = _ATTRIBUTED.search(norm)
        return content_words(match.group(1)) if match else frozenset()

    def _quotes_back(self, state: ClientState, norm: str) -> bool:
        """The turn puts the client's own earlier words behind "you said" and adds nothing of its own
        ("Earlier you said part of me wants to sign it."): their words handed back from further back."""
        claimed = self._claimed(norm)
        heard = set(state.heard)
        return bool(claimed) and claimed <= heard and not meaningful(content_words(norm)) - heard - LEAD_IN

    def _misquotes(self, state: ClientState, norm: str) -> bool:
        """The turn reports the client as having said what they never said: most of what follows
        "you told me" / "you said" is words the client has not used."""
        # every content word counts here, the method's own too: "you said earlier that your parents never listen to
        # you" puts "listen" in the client's mouth as surely as "parents" (a gamer's fake quote had cost nothing)
        claimed = self._claimed(norm) - LEAD_IN
        if not meaningful(claimed):
            return False
        unheard = claimed - set(state.heard) - self._referral  # what the referral says they wrote is theirs too
        return len(unheard) >= 2 and len(unheard) * 2 > len(claimed)

    @staticmethod
    def _quotes_unsaid(state: ClientState, text: str) -> bool:
        """Words in quote marks are offered as the client's own ("you feel that 'it's expected, being the
        eldest'"): quoting what they never said puts it in their mouth."""
        for match in _QUOTED.finditer(text.lower()):
            # "'mild' and 'low'" is read as one quote: the marks between its words are not part of them
            quoted = meaningful(content_words(normalise(_EDGE_QUOTE.sub(" ", match.group(1)))))
            unheard = quoted - set(state.heard)
            if len(unheard) >= 2 and len(unheard) * 2 > len(quoted):
                return True
        return False

    def _invents(self, state: ClientState, coded: CodedTurn, words: frozenset[str]) -> bool:
        """A reflection (or a remark of sympathy or praise) that names a fact of the client's life (`_LOADED`)
        nobody has told the trainee: not the client, in these or related words ("drinking" after "a few
        pints"), nor the referral."""
        if coded.code not in REFLECTIONS | {Code.AFFIRM, Code.OTHER}:
            return False  # a question may ask about it ("how much are you drinking?"); information may name it
        loaded = words & _LOADED
        if not loaded:
            return False
        told = frozenset(state.heard) | self._referral
        if told & _DRINK:
            told |= _DRINKING
        for named, theirs in _THEIR_ROLE:  # "a son losing his dad slowly" to a man who spoke of his father: himself
            if told & named:
                told |= theirs
        return bool(loaded - related(told))

    def _invents_a_span(self, state: ClientState, coded: CodedTurn, norm: str) -> bool:
        """A reflection (or praise) that gives the client a span of their life nobody told the trainee: "so you've
        been at the shipyard forty years", "eighteen years on the same ward", "three years running" (a fourteenth
        helper round's gamer had these paid as complex reflections, and the client played along)."""
        if coded.code not in REFLECTIONS | {Code.AFFIRM, Code.OTHER}:
            return False
        spans = [m.group(1) for m in _SPAN.finditer(norm)]
        if not spans:
            return False
        told = self._referral_numbers | set(state.heard)  # the client's words, as stems
        return any(stem(_number_stem(n)) not in told for n in spans)

    @staticmethod
    def _carries(move: ApproachMove, rest: frozenset[str], listen: float) -> bool:
        """Whether a move is made, not just named: the turn says something beyond the phrase that named it
        ("the letters pile up until each one lands at once: a pattern"), or it builds on the client's.
        "There's a pattern here." or "Here's the rationale." alone names a move without making it.
        Noticing what the client shows is checked against what they showed instead (`shown_by`)."""
        if move.gain <= 0 or move.listens or listen >= LISTEN_ONE_WORD:
            return True  # a cost is paid for the words alone ("violence is never…")
        return len(meaningful(rest)) >= MOVE_SUBSTANCE

    def _shown_now(self, state: ClientState, move: ApproachMove) -> bool:
        """Whether the client has just shown what the move names: in the lines the turn answers,
        stage directions included ("[looks at the door, then back]" is what the client showed)."""
        pattern = self._shown.get(move.move)
        return pattern is None or any(pattern.search(normalise(_UNBRACKETED.sub(" ", line))) for line in state.recent)

    def _topic(self, norm: str, state: ClientState) -> tuple[Topic | None, bool, tuple[Topic, ...]]:
        """The persona topic the turn is about (most trigger hits, the client's own topic on a
        tie), whether a trigger it hit names something of this client's rather than a stock
        word ("tired", "feelings"): only then is the turn about a part of their life; and the other
        topics it hit, best first, for when the first has nothing left to say ("The farm was more than a
        job to you, and now the mornings are empty": the mornings' lines spent, the farm answers, not the
        daughter the client spoke of last)."""
        spans = [(topic, hit.start(), hit.end(), hit.group(0)) for topic, pattern in self._topics
                 for hit in pattern.finditer(norm)]
        # A trigger inside a longer one of another topic is that topic's word: "priority housing"
        # (the letter) is not also a hit for "housing" (the move).
        spans = [s for s in spans if not any(o[0] is not s[0] and o[1] <= s[1] and s[2] <= o[2]
                                             and o[2] - o[1] > s[2] - s[1] for o in spans)]
        # the trainee's own ("that's not my job") is not the client's job
        spans = [s for s in spans if not _TRAINEES_OWN.search(norm, 0, s[1])]
        # On as many hits, the hits that name something of the client's decide ("the supervisor" over
        # "what happened"), then what the turn says it is about ("…understand about the farm that the GP's notes
        # leave out?": the farm, not the GP's heart topic the client was on), then the client's own topic, then the
        # longer hits ("the support letter" over "what does Housing need it to say?")
        ranked: list[tuple[tuple[int, int, bool, bool, int], int, Topic, list[str]]] = []
        for order, (topic, _) in enumerate(self._topics):
            hits = [text for owner, _, _, text in spans if owner is topic]
            if hits:
                about = any(_ABOUT.search(norm, 0, start) for owner, start, _, _ in spans if owner is topic)
                size = (len(hits), sum(bool(meaningful(content_words(hit))) for hit in hits), about,
                        topic.id == state.topic, sum(map(len, hits)))
                ranked.append((size, -order, topic, hits))  # on a full tie, the topic listed first
        if not ranked:  # "so the phone laughing thing?": the topic of the client's own line it refers to
            return self._topic_said(meaningful(content_words(norm)), state), False, ()
        ranked.sort(key=lambda entry: entry[:2], reverse=True)
        _, _, best, found = ranked[0]
        return best, bool(meaningful(content_words(" ".join(found)))), tuple(entry[2] for entry in ranked[1:])

    def _topic_said(self, words: frozenset[str], state: ClientState) -> Topic | None:
        """The topic of the most recent topic line the client said that shares a word with the turn."""
        if not words:
            return None
        by_id = {t.id: t for t in self.persona.topics}
        for name in reversed(state.used_lines[-RECALLED_LINES:]):
            kind, topic_id, band, index = ([*name.split("."), "", "", ""])[:4]
            topic = by_id.get(topic_id) if kind == "topics" else None
            if topic is None or band not in _BAND_NAMES or not index.isdigit():
                continue
            lines = topic.lines.of(Band(band))
            if int(index) < len(lines) and words & meaningful(content_words(normalise(lines[int(index)]))):
                return topic
        return None

    def _note_mentioned(self, state: ClientState, said: str) -> None:
        """Painful phrases the client has now said itself (`said` person-flipped): the trainee may name them."""
        for phrase, pattern in self._sensitive:
            other = self._raised_as.get(phrase)
            if phrase not in state.mentioned and (pattern.search(said) or (other and other.search(said))):
                state.mentioned = (*state.mentioned, phrase)

    @staticmethod
    def _said_key(words: frozenset[str], norm: str) -> frozenset[str]:
        """What makes two turns the same: their content words, or the whole wording when a turn
        has none ("That's so sad." twice is still the same thing twice)."""
        return words or frozenset({"=" + "_".join(norm.replace(".", " ").split())}) if norm else words

    def _too_early(self, norm: str, state: ClientState) -> str | None:
        """A painful phrase the trainee brought up before the client did (compared person-flipped)."""
        if state.openness >= SENSITIVE_BELOW:
            return None
        for phrase, pattern in self._sensitive:
            found = pattern.search(norm)
            if found and phrase not in state.mentioned and (
                self._topic_of_phrase.get(phrase) not in state.raised
            ) and not _WITHDRAWN.search(norm[:found.start()]):
                return phrase
        return None

    def _listening(self, state: ClientState, coded: CodedTurn, words: frozenset[str],
                   topic: Topic | None, stock: bool = False) -> tuple[float, str]:
        """How much the turn connects to this client: the coder's link to the last few lines first,
        then anything the client said earlier, the referral, or a part of their life."""
        picked = meaningful(frozenset(coded.picked_up)) if coded.link == "specific" else frozenset()
        if stock:  # only what the turn says afresh can show it listened
            picked &= words
        if picked:
            # Only words that could come from this client count: sharing "lately" is not listening.
            if len(picked) >= 2 or coded.echo:
                return LISTEN_SPECIFIC, f"picks up the client's words ({_quote(picked, coded.text)})"
            return LISTEN_ONE_WORD, f"picks up one of the client's words ({_quote(picked, coded.text)})"
        # line by line: a client's lines recur across sessions, so their words come from the cache
        theirs = frozenset().union(*(content_words(normalise(line)) for line in state.recent))
        shared = words & theirs if coded.link == "specific" else frozenset()
        if len(shared) >= 2 and coded.code in REFLECTIONS:
            # A reflection built on the client's own everyday words ("working is the measure that
            # matters to you" after "working is what matters") listened, even if the words are common.
            return LISTEN_ONE_WORD, f"builds on the client's own words ({_quote(shared, coded.text)})"
        if coded.link == "generic" and templated(coded.text):
            # their words slotted into a template, or praise of the whole person: however many of their
            # words it holds, it would fit anyone
            return LISTEN_GENERIC, "a template that would fit any client, whatever words are slotted in"
        own = meaningful(words)
        earlier = own & set(state.heard)
        if len(earlier) >= 2 or any(len(w) >= 5 for w in earlier):
            said = _quote(frozenset(earlier), coded.text)
            return LISTEN_EARLIER, f"goes back to what the client said earlier ({said})"
        if self._in_own_words(coded, stock):
            # before the referral and their topics: a reflection that also names the referral's "retirement" or the
            # "lungs" of a topic they have not raised had been paid less than one that named neither (a helper's
            # round 13: "…and retirement quietly took away the part of you that was useful" earned nothing)
            return LISTEN_PARAPHRASE_SURE, "follows what the client said, in words of the trainee's own"
        if own & self._referral:
            return LISTEN_REFERRAL, f"uses what the referral says ({_quote(own & self._referral, coded.text)})"
        if topic is not None and topic.id in state.raised:
            # "I'll have it ready this afternoon" after "once the letter's done": their subject, in other words
            return LISTEN_EARLIER, f"goes back to their {topic.id.replace('_', ' ')}, which they raised"
        if topic is not None:
            # a question asks into it; a reflection or a statement brings it up
            verb = "asks into" if coded.code in QUESTIONS else "brings up"
            return LISTEN_TOPIC, f"{verb} their {topic.id.replace('_', ' ')}, which they have not raised"
        if coded.link == "specific":
            # The coder reads it as following this client (a paraphrase: "being here wasn't your
            # idea" after "my wife thinks this could be good"), but no word of theirs carries it.
            return LISTEN_PARAPHRASE, "follows what the client said, in other words than theirs"
        if coded.link == "generic":
            return LISTEN_GENERIC, "stock words that would fit any client"
        return LISTEN_NONE, "nothing the client said"

    @staticmethod
    def _in_own_words(coded: CodedTurn, stock: bool) -> bool:
        """A complex reflection the coder is sure follows this client, in the trainee's own words."""
        return (coded.link == "specific" and coded.code in _OWN_WORDS_CODES and not stock
                and coded.stance_probs["joining"] >= PARAPHRASE_SURE)

    # --- the dynamics -------------------------------------------------------------------

    def _move_value(self, state: ClientState, coded: CodedTurn, r: _Reading, t: _Turn) -> None:
        """The move's own weight for this persona, scaled by listening and by how sure the code is."""
        persona = self.persona
        code = shown = coded.code
        base = persona.sensitivity(code)
        if r.parrot and code is Code.REFLECTION_COMPLEX:
            base = min(base, persona.sensitivity(Code.REFLECTION_SIMPLE))
            shown = Code.REFLECTION_SIMPLE  # not "…a simple reflection at most; complex reflection, worth…"
            t.reasons.append("the client's words handed back: a simple reflection at most")
        name = persona.name.split()[0]
        # Each step reads "what the move is worth to this client, what scaled it → what it earned",
        # so a trainee can add the steps up to the turn's change.
        worth = (f"{NAMES[shown]}, worth {base:+d} to {name}" if base
                 else f"{NAMES[shown]}: {name} does not move at this")
        if base <= 0:
            # An unsure confrontation costs in proportion to how likely it was one, and the chance
            # that it was a joining move after all counts as one.
            sure = _weight(coded, coded.stance)
            t.add(base * sure, worth + (f", {_prob(coded, coded.stance):.0%} sure (×{sure:.2f}) → {_pts(base * sure)}"
                                        if base and sure < 0.995 else ""))
            if base < 0 and state.streak >= CUSHION_AFTER:
                relief = -base * sure / 2
                t.add(relief, f"after {state.streak} turns of listening it stings less → {_pts(relief)}")
            maybe = _prob(coded, Stance.JOINING) if coded.stance is not Stance.JOINING else 0.0
            if maybe >= 0.2:
                value = maybe * persona.sensitivity(Code.REFLECTION_SIMPLE) * r.listen
                t.add(value, f"it may have been a joining move ({maybe:.0%}) → {_pts(value)}")
        else:
            sure = _sure(coded)
            value = base * sure * r.listen
            scaled = [f"×{r.listen:.2g}"]
            if sure < 0.995:
                scaled.append(f"{_prob(coded, coded.stance):.0%} sure ×{sure:.2f}")
            if code is Code.QUESTION_OPEN and r.listen >= LISTEN_ONE_WORD:
                value *= OPEN_ON_THEIR_WORDS
                scaled.append(f"about their own words ×{OPEN_ON_THEIR_WORDS}")
            repeats = state.recent_codes[-3:].count(code.value)
            # the same stock move again wears thin, and so does one only the coder's "in other words" links
            # to the client: four "it's your call"s in a row had each earned Kofi's autonomy need in full.  Not a
            # reflection in other words, though: a skilled counsellor reflects turn after turn, each time about
            # something new ("part of u wants this over with…" had earned Crystal a third of its worth), and what
            # such turns can earn is capped on its own (PARAPHRASE_BUDGET)
            paraphrased = r.listen in (LISTEN_PARAPHRASE, LISTEN_PARAPHRASE_SURE) and code in REFLECTIONS
            if repeats and r.listen <= LISTEN_PARAPHRASE and not paraphrased:
                value *= REPEAT_FACTOR[min(repeats, 3)]
                scaled.append(f"same move again ×{REPEAT_FACTOR[min(repeats, 3)]}")
            t.add(value, f"{worth}; {r.listen_reason} ({', '.join(scaled)}) → {_pts(value)}")
        doubt = _weight(coded, coded.stance) if coded.stance is Stance.CONFRONTING else 1.0
        for flag in coded.flags:
            weight = persona.flag_weight(flag)
            if weight:
                # A pattern flagged on a turn the coder doubts was a push at all is doubtful too.
                factor = r.listen if weight > 0 else doubt
                amount = weight * factor
                t.add(amount, f"{FLAG_NAMES[flag]}, worth {weight:+d}"
                      + (f" (×{factor:.2g}) → {_pts(amount)}" if abs(factor - 1) > 0.005 else ""))

    def _valued(self, state: ClientState, coded: CodedTurn, r: _Reading, t: _Turn) -> CodedTurn:
        """The move the turn is worth: with a line said in the same words a turn or two ago ("Your
        call, no lectures." bolted on each time), what the rest of the turn makes; the recited line
        earns nothing again."""
        if r.afresh is None:
            return coded
        if not r.afresh.strip():
            t.reasons.append("every line of it said in the same words lately")
            return replace(coded, code=Code.OTHER, stance=Stance.NEUTRAL,
                           stance_probs={"joining": 0.0, "neutral": 1.0, "confronting": 0.0})
        rest = code_turn(r.afresh, *self.context(state))
        if rest.code is coded.code:
            return coded
        t.reasons.append(f"a line said before left aside, the rest is {NAMES[rest.code]}")
        return rest

    def _approach(self, state: ClientState, coded: CodedTurn, r: _Reading, t: _Turn) -> float:
        """What this type of client needs: each move counts fully once and half the second time;
        after that only when the turn also listened (half again), so the words alone wear out.  A move
        that has to wait for another costs instead.  Returns the gain, for the stock budget."""
        earned: list[tuple[float, str]] = []
        for name in r.unseen:
            t.reasons.append(f"{name}: but the client has not shown that just now")
        for name in r.hollow:
            t.reasons.append(f"{name}: named, but with nothing of this client's in it")
        for name in r.recited:
            t.reasons.append(f"{name}: in the same words as a recent turn; said again it earns nothing")
        spoiled = {name: m.move for m in r.moves if m.gain < 0 for name in m.spoils}
        for move in r.moves:
            if move.joining_only and coded.stance is not Stance.JOINING and coded.code not in move.also:
                continue
            if move.gain > 0 and move.move in spoiled:
                t.reasons.append(f"{move.move}: undone by {spoiled[move.move]} in the same breath")
                continue
            if move.gain > 0 and _pushes(coded):
                # "real talk, you're throwing away your grades… no lectures": what the client needs, said
                # inside a push, is not given (found by a supervisor helper: it earned Duy's +4.9)
                t.reasons.append(f"{move.move}: inside a push, so not given")
                continue
            if move.after is not None and move.after not in state.moves:
                if move.too_soon:
                    t.add(move.too_soon, f"{move.move} before {move.after} → {move.too_soon:+d}")
                    t.events.append("too_soon")
                continue
            done = state.moves.count(move.move)
            state.moves = (*state.moves, move.move)
            if move.gain < 0:
                t.add(move.gain, f"{move.move} → {move.gain:+d}")
            elif done < 2 or (r.listened and not r.parrot):
                # Bolted onto the client's own words handed back, a need's words earn half, and never
                # past their second use: echo, then "up to you", rotated, is a formula.
                # nor in full inside a template that would fit any client ("on the one hand, work; on the
                # other hand, family": a helper's gamer had earned Maricel's need for both sides with it)
                stock = r.listen <= LISTEN_GENERIC and coded.link == "generic"
                value = (move.gain * (0.5 if done else 1.0) * (ECHOED_NEED if r.parrot or stock else 1.0)
                         * _sure(coded))
                if done >= 2:
                    # Third and later uses share a session budget: a gamer helper's bot adding one of the
                    # type's phrases to every turn had earned half the gain each time, for ever.
                    left = max(0.0, AGAIN_BUDGET - state.needs_again)
                    if left < 0.05:
                        t.reasons.append(f"{move.move}: met often enough this session; saying it again earns nothing")
                        continue
                    value = min(value, left)
                    state.needs_again += value
                earned.append((value, f"{move.move}: what {self.persona.name.split()[0]} needs"
                               + (" (again: half)" if done else "")
                               + (" (beside their own words handed back: half)" if r.parrot else "")
                               + (" (in a template that would fit anyone: half)" if stock and not r.parrot else "")))
        if r.answered and not earned and not _pushes(coded):
            earned.append((ANSWER_GAIN * _sure(coded),
                           "a straight answer to their question about who hears what they say"))
        # One turn meets one need: the best move counts in full, any others beside it a quarter, so
        # the client's needs recited in one breath ("anyone would, your call, you pick, I'll read you
        # the summary") are heard as the recital they are.
        gained = 0.0
        for i, (value, why) in enumerate(sorted(earned, key=lambda e: -e[0])):
            value *= 1.0 if i == 0 else RECITED
            gained += value
            t.add(value, f"{why}" + (" (one of several in one turn: a quarter)" if i else "") + f" → {_pts(value)}")
        return gained

    def _pressure(self, state: ClientState, coded: CodedTurn, r: _Reading, t: _Turn) -> None:
        """Costs that do not depend on the move's code: question runs, long speeches, painful
        material raised before the client did."""
        persona = self.persona
        code = coded.code
        state.question_run = question_run_after(state.question_run, coded)
        if code in QUESTIONS and state.question_run >= 3 and not r.listened:
            # Questions that follow the client's own answers are a conversation, not a grilling.
            cost = min(RUN_COST * (state.question_run - 2), 2 * RUN_COST)
            t.add(-cost, f"question {state.question_run} with no reflection between them -{cost}")
            t.events.append("interrogated")
        if persona.long_turns and r.length > persona.long_turns.words:
            t.add(persona.long_turns.cost, f"a long speech (over {persona.long_turns.words} words) "
                  f"{persona.long_turns.cost:+d}")
        if r.dodged:
            t.add(-DODGE_COST, f"their question about who hears what they say went unanswered -{DODGE_COST}")
            t.events.append("dodged")
        if r.sensitive:
            cost = TOO_FAST_COST * (2 if persona.type is ResistanceType.PREMATURE_TERMINATION else 1)
            state.too_fast += 1
            t.add(-cost, f"'{r.sensitive}' raised before the client brought it up or trusted you -{cost}")
            t.events.append("too_fast")

    def _limits(self, state: ClientState, coded: CodedTurn, r: _Reading, t: _Turn, approach: float) -> None:
        """What a turn cannot earn, however it was coded: filler, confusion, the same words again,
        stock warmth beyond its budget, advice to a people-pleaser."""
        if r.confusing:
            t.gain = 0.0
            t.events.append("technique" if r.technique else "confused")
            t.reasons.append("the method's own words said to the client: technique, not a person talking"
                             if r.technique else "the client could not tell what that meant")
            if state.confusions:
                t.add(-CONFUSION_COST, f"more of it -{CONFUSION_COST}")
            return
        if r.cliche:
            t.gain = 0.0
            t.events.append("cliche")
            t.add(-CLICHE_COST, f"the very line the client said the others gave them, so none of the above counts, "
                                f"-{CLICHE_COST}")
            return
        if r.misquoted:
            t.gain = 0.0
            t.events.append("misquoted")
            t.add(-MISQUOTE_COST, f"words put in the client's mouth: they never said that, so none of the above "
                                  f"counts, -{MISQUOTE_COST}")
            return
        if r.filler:
            if t.gain:
                t.reasons.append("filler keeps the door open; it does not open it")
            t.gain = 0.0
            return
        if r.repeat:
            t.gain = 0.0
            t.events.append("repeated")
            state.repeats += 1
            t.reasons.append("the same words as an earlier turn earn nothing the second time")
            if state.repeats > 1:
                t.add(-REPEAT_COST, f"and the client feels processed -{REPEAT_COST}")
            return
        if r.parrot and not self._parroting(state, t):
            return
        if r.tailed and t.gain > 0:
            state.tail_gain += t.within(
                TAIL_BUDGET, state.tail_gain,
                "their words with a line that names nothing of theirs have done all they can this session",
                "their words with a line that names nothing of theirs")
        # Each kind of line in other words has its own cap: sure reflections in the trainee's own words used to
        # count against the smaller cap of lines only linked to the client, so a skilled session's first few
        # paraphrases left its open questions earning nothing (my own play with Seamus, twenty-fourth session)
        if r.listen == LISTEN_PARAPHRASE_SURE and r.listen_reason.startswith("follows") and t.gain > 0:
            state.paraphrase_sure_gain += t.within(
                PARAPHRASE_SURE_BUDGET, state.paraphrase_sure_gain,
                "reflections in the trainee's own words have done all they can this session",
                "reflections in the trainee's own words")
        elif r.listen == LISTEN_PARAPHRASE and r.listen_reason.startswith("follows") and t.gain > 0:
            state.paraphrase_gain += t.within(
                PARAPHRASE_BUDGET, state.paraphrase_gain,
                "lines in other words than the client's have done all they can this session",
                "lines in other words than theirs")
        if r.listen < LISTEN_TOPIC and t.gain > 0:
            state.stock_gain += t.within(STOCK_BUDGET, state.stock_gain,
                                         "warm words that did not listen have done all they can this session",
                                         "moves that did not listen")
        if self.persona.agrees_with_advice and coded.code in (Code.PERSUADE, Code.PERSUADE_WITH_PERMISSION):
            t.events.append("agreed")
            if t.gain > 0:
                t.reasons.append("agrees on the surface; nothing opens")
                t.gain = max(0.0, min(t.gain, approach))

    @staticmethod
    def _parroting(state: ClientState, t: _Turn) -> bool:
        """Whether an echo still earns anything (False: the client has noticed the parroting)."""
        echoes = (state.echoes & (1 << (ECHO_WINDOW - 1)) - 1).bit_count() + 1
        if echoes >= ECHOES_NOTICED:
            t.events.append("parroted")
            t.reasons.append("the client's words handed back again: it has started to feel mechanical")
            t.gain = min(t.gain, 0.0)
            if echoes > ECHOES_NOTICED:  # they said so, and it went on
                t.add(-REPEAT_COST, f"after the client said so, it grates -{REPEAT_COST}")
            return False
        if t.gain > 0:
            state.echo_gain += round(t.within(ECHO_BUDGET, state.echo_gain,
                                              "echoes of the client's words have done all they can this session"))
        return True

    @staticmethod
    def _unheard_stays(state: ClientState, coded: CodedTurn, r: _Reading, delta: int, t: _Turn,
                       approach: float) -> int:
        """A turn that did not listen may warm the client within their band, but never carries them
        into the next one: what a client says at a deeper band is told to someone who showed they
        heard (a gamer helper's stock "It sounds like you feel frustrated." had drawn Alasdair's first
        admission).  What the type needs opens on its own terms, and so does a complex reflection the
        coder is sure follows the client in other words ("Hoping feels risky, like it sets you up to be
        let down again.": two helpers' skilled counsellors had been held at a band's edge by it)."""
        in_other_words = r.listen == LISTEN_PARAPHRASE and ClientEngine._in_own_words(coded, False)
        if delta <= 0 or r.listened or approach > 0 or in_other_words:
            return delta
        above = next((b for b in Band if BAND_FLOOR[b] > state.openness), None)
        if above is not None and state.openness + delta >= BAND_FLOOR[above]:
            # said so the trainee can act on it (a helper: "band" was never explained)
            t.reasons.append(f"a turn that did not listen does not open the next band: the client stays short of "
                             f"{above.value} ({BAND_FLOOR[above]}) until a turn takes up what they said")
            return max(0, BAND_FLOOR[above] - 1 - state.openness)
        return delta

    def _ceilings(self, state: ClientState, coded: CodedTurn, delta: int, t: _Turn, approach: float) -> int:
        """Neutral moves stop at the middle band (what the type needs still counts, however it was
        phrased); a type's key move opens the bands above it."""
        before = state.openness
        if coded.stance is not Stance.JOINING and delta > 0:
            allowed = max(MIDDLE_CEILING - before, round(approach), 0)
            if delta > allowed:
                t.reasons.append("a neutral move's own weight cannot open this client further"
                                 if before >= MIDDLE_CEILING else "neutral moves alone stop at the middle band")
                delta = allowed
        for move in self.persona.approach:
            if move.unlocks is not None and move.move not in state.moves and delta > 0:
                ceiling = move.unlocks - 1
                if before + delta > ceiling:
                    delta = max(0, ceiling - before)
                    hint = f" ({move.hint})" if move.hint else ""
                    t.reasons.append(f"stays below {move.unlocks} until {move.move}{hint}")
        return delta

    def _alliance(self, state: ClientState, coded: CodedTurn, r: _Reading, t: _Turn, after: int) -> bool:
        """Strain, rupture, repair and walk-out; returns True when the client leaves.  A walk-out
        only ever follows a rupture the trainee saw, with at least a turn to repair it."""
        persona = self.persona
        confronting = _pushes(coded) and not r.confusing
        pushed = confronting or "too_fast" in t.events or "too_soon" in t.events
        if coded.stance is Stance.CONFRONTING and not r.confusing:
            weight = (1.0 if coded.code is Code.CONFRONT else 0.5) * (0.5 if state.streak >= CUSHION_AFTER else 1.0)
            state.confront_points += weight * _weight(coded, Stance.CONFRONTING)
        elif coded.stance is Stance.JOINING and r.listened:
            state.confront_points = max(0.0, state.confront_points - 0.5)
            if not state.confront_points:
                state.strained = False
        if state.ruptured:
            return self._while_ruptured(state, coded, r, t, pushed)
        premature = persona.type is ResistanceType.PREMATURE_TERMINATION and "too_fast" in t.events
        if state.confront_points >= persona.rupture_after or premature or (confronting and after <= 3):
            state.ruptured = True
            state.ruptures += 1
            state.rupture_turns = state.rupture_pushes = 0
            state.repair_left = REPAIRS_NEEDED[persona.difficulty]
            t.add(-RUPTURE_COST, f"rupture: the client is close to leaving -{RUPTURE_COST}")
            t.events.append("rupture")
        elif confronting and not state.strained and state.confront_points >= persona.rupture_after / 2:
            state.strained = True
            t.events.append("strained")
            t.reasons.append("strain: the client is bristling")
        return False

    def _while_ruptured(self, state: ClientState, coded: CodedTurn, r: _Reading, t: _Turn, pushed: bool) -> bool:
        """A ruptured client waits for a repair (a reflection, autonomy, collaboration, an apology,
        or any joining move that shows it listened); pushing again, or a label or sarcasm, ends it."""
        persona = self.persona
        # the client's jab handed back ("Lecture, lecture. How is that for you?") mends nothing: only an apology,
        # or a joining move with something of the trainee's own in it, does
        # nor does a turn the coder doubts is joining at all: "What do you think your kids would say if I asked them
        # how they felt that night?" is shaped as an open question and lands as a guilt-trip (a helper's round 13
        # saw it paid as the repair, and the client thanked them for owning it)
        # an apology with a fix in the same breath ("sorry!! i keep doing that. ok what if u just asked for one day
        # off?") is the push again (a nineteenth helper round saw it paid as the repair, and the client said "no more
        # suggestions")
        sorry = Flag.APOLOGY in coded.flags and not (set(coded.flags) & _PUSH_FLAGS) and (
            coded.stance_probs.get(Stance.CONFRONTING.value, 0.0) < APOLOGY_DOUBT)
        repairing = sorry or (
            (coded.code in _REPAIRING or (coded.stance is Stance.JOINING and r.listened))
            and not (r.parrot or r.tailed) and coded.stance_probs.get(Stance.CONFRONTING.value, 0.0) < REPAIR_DOUBT)
        if repairing and not pushed:
            state.repair_left -= 1
            if state.repair_left > 0:
                t.reasons.append("a start on the repair; the client needs a little more")
                t.events.append("mending")
                return False
            state.ruptured = state.strained = False
            state.repairs += 1
            state.confront_points = 0.0
            t.add(REPAIR_GAIN, f"repair after the rupture +{REPAIR_GAIN}")
            t.events.append("repair")
            return False
        if pushed:
            state.rupture_pushes += 1
            contempt = Flag.LABELLING in coded.flags or Flag.SARCASM in coded.flags
            own_trigger = persona.type is ResistanceType.PREMATURE_TERMINATION and "too_fast" in t.events
            if contempt or own_trigger or state.rupture_pushes > PUSHES_TOLERATED:
                t.reasons.append("pushed again after the alliance broke")
                t.events.append("walked_out")
                return True
            t.reasons.append("pushed again after the rupture: one more and the client goes")
            t.events.append("last_warning")
            return False
        state.rupture_turns += 1
        left = PATIENCE[persona.difficulty] - state.rupture_turns
        if left <= 0:
            t.reasons.append(NEVER_REPAIRED)
            t.events.append("walked_out")
            return True
        # The wait is shown, so a walk-out never comes out of a quiet turn: a supervisor helper's novice asked two
        # mild questions after a rupture and Crystal left on the second, with nothing said in between.
        if left == 1:
            t.reasons.append("the rupture is still open: one more turn without a repair and the client goes")
            t.events.append("last_warning")
        else:
            t.reasons.append("the rupture is still open: the client is waiting for a repair")
        return False

    def respond(self, state: ClientState, coded: CodedTurn, text: str, remember: bool = True) -> ClientReply:
        """Apply one coded trainee turn to `state` (in place) and answer in character.  With
        `remember`, the reply becomes what the next turn answers; a replay passes False and feeds
        the transcript's own client lines to `hear` instead."""
        if state.ended:
            raise ValueError("the session has ended")
        persona = self.persona
        text = text or coded.text
        if Flag.RISK_CHECK in coded.flags:
            return self._safety(state, coded, text, remember)
        before, state_before = state.openness, state.state
        r = self._read(state, coded, text)
        t = _Turn()
        if r.parrot:
            t.events.append("echo")  # the client's words handed back, or a formula with theirs slotted in
        self._move_value(state, self._valued(state, coded, r, t), r, t)
        approach = self._approach(state, coded, r, t)
        self._pressure(state, coded, r, t)
        self._limits(state, coded, r, t, approach)
        delta = self._ceilings(state, coded, round(t.gain + t.cost), t, approach)
        delta = self._unheard_stays(state, coded, r, delta, t, approach)
        passed_over = self._passed_over(state, coded, r)
        if delta > 0 and passed_over:
            # what they had just told is the point of the session; a turn that goes past it is not a step closer
            t.reasons.append("let what the client had just disclosed go by: they open no further")
            t.events.append("passed_over")
            delta = 0
        was_ruptured = state.ruptured
        walk = self._alliance(state, coded, r, t, max(0, before + delta))
        if was_ruptured and state.ruptured and delta > 0 and "mending" not in t.events:
            # a broken alliance opens to a repair, not to what would have opened it before the rupture
            t.reasons.append("the alliance is broken: nothing opens the client until it is repaired")
            delta = 0
        if "rupture" in t.events:
            delta -= RUPTURE_COST
        if "repair" in t.events:
            # a mended alliance is a step back, not the way back in one turn: a seventeenth helper round's apology
            # with autonomy and choices stacked on it took Duy from 0 to 23 ("This is so dumb." a turn before)
            delta = min(delta + REPAIR_GAIN, REPAIR_TURN_CAP)
        after = max(0, min(100, before + delta))
        joining = (coded.stance is Stance.JOINING or (r.attuned and coded.stance is Stance.NEUTRAL)) and not (
            r.filler or r.confusing or r.repeat)
        if joining:
            state.joining_turns += 1
            state.listened_turns += r.listened
        state.streak = state.streak + 1 if joining and r.listened else 0
        state.confusions = state.confusions + 1 if r.confusing else 0
        disclosure = self._disclosure(state, coded, r, after, walk, t, passed_over)
        breakthrough = (
            not walk and joining and r.listened and after >= persona.breakthrough_at
            and state.disclosed == len(persona.disclosures)
            and state.listened_turns >= JOINING_FOR_BREAKTHROUGH[persona.difficulty]
        )
        if breakthrough:
            t.events.append("breakthrough")
        self._fire(state, _Verdict(after, walk, breakthrough))
        state.openness = after
        state.turn += 1
        state.recent_codes = (*state.recent_codes[-2:], coded.code.value)
        state.echoes = ((state.echoes << 1) | r.parrot) & ((1 << (ECHO_WINDOW - 1)) - 1)
        state.owed_answer = r.owed
        key = self._said_key(r.words, normalise(text))
        if key:
            state.said_before = (*state.said_before, " ".join(sorted(key)))
        answered = _answered(state.recent[-1] if state.recent else "", normalise(text))
        if answered:
            state.answered = (*state.answered[-(ANSWERED_KEPT - 1):], answered)
        # interned: stock lines recur across sessions; a frame too short to match or to be a stock line is not kept
        # ("It's your choice." is kept: the fourth one bolted on had earned Kofi autonomy's full worth)
        state.frames = (*state.frames[-(FRAMES_KEPT - 1):], sys.intern(r.frame if _worth_keeping(r.frame) else ""))
        # interned: the same step ("uncoded talk: Ramon does not move at this") recurs across sessions
        explanation = Explanation(coded.code.value, coded.stance.value, before, after,
                                  state_before, state.state, tuple(sys.intern(r) for r in t.reasons), tuple(t.events))
        text_out, sources = self._compose(state, coded, r, t.events, disclosure, text, cooled=after < before)
        if remember:
            volunteered = sources[0].pool not in _NOT_VOLUNTEERED
            self.hear(state, text_out, volunteered)
            if disclosure and not volunteered:
                self._note_raised(state, disclosure)
        return ClientReply(text_out, explanation, disclosure, sources)

    def closing(self, state: ClientState, coded: CodedTurn, text: str) -> ClientReply:
        """The client's answer to the trainee's reply to a breakthrough: the session's last turn.
        Openness no longer moves; what the client says shows whether what it had just disclosed
        was met (a joining move that listened), missed, or pushed back on.

        A question about risk to life is answered and leaves the session open for one more turn: a
        seventeenth helper round saw Alasdair's "some nights I think it wouldn't matter much if I didn't wake
        up" end the session, with no turn left to follow it up.  Only once, so a session still ends."""
        if state.state != BREAKTHROUGH or state.closed:
            raise ValueError("only the turn after a breakthrough closes it")
        r = self._read(state, coded, text or coded.text)
        safety = Flag.RISK_CHECK in coded.flags or bool(_SAFETY_QUESTION.search(normalise(text or coded.text)))
        kind, why = (("safety", "asked straight about safety: what a disclosure like that calls for") if safety else
                     ("pushed", "pushed back on what the client had just disclosed") if _pushes(coded) else
                     ("heard", "met what the client had just disclosed")
                     if (coded.stance is Stance.JOINING or coded.code in QUESTIONS) and r.listened
                     and not (r.filler or r.repeat) else
                     ("missed", "did not take up what the client had just disclosed"))
        if kind == "safety" and state.safety_answers < SAFETY_FOLLOW_UPS:
            state.safety_answers += 1  # the answer is theirs to follow up: the session stays open
        else:
            state.closed = True
        state.turn += 1
        own = (getattr(self.persona.closing, kind) if self.persona.closing and kind != "safety"
               else self._safety_pool(state, text or coded.text) if kind == "safety" and self.persona.safety
               else DEFAULT_CLOSING[kind])
        rng = random.Random(f"{state.seed}:{state.turn}:{self.persona.id}:closing")
        line, source = self._pick(state, rng, [(f"closing.{kind}", None, None, own)], text,
                                  did=_did(coded, r.repeat, state.question_run))
        explanation = Explanation(coded.code.value, coded.stance.value, state.openness, state.openness,
                                  state.state, state.state, (f"after the breakthrough: {why}",), ("closing", kind))
        self.hear(state, line, volunteered=False)
        return ClientReply(line, explanation, None, (source,))

    def _disclosure(self, state: ClientState, coded: CodedTurn, r: _Reading, after: int, walk: bool,
                    t: _Turn, passed_over: bool) -> str | None:
        """The next disclosure, once openness has reached it, on a turn that could have earned it
        (`passed_over`: the turn went past the one the client had just told)."""
        persona = self.persona
        if walk or r.filler or r.confusing or r.repeat or coded.stance is Stance.CONFRONTING:
            return None
        if state.disclosed < len(persona.disclosures) and after >= persona.disclosures[state.disclosed].at:
            if passed_over:
                # "I cried at an advert on the bus" does not follow a turn that let "my eyes are wet, I say
                # it's sweat" go by: a client who is not heard says no more until they are
                t.reasons.append("let what the client had just disclosed go by: nothing more is told yet")
                return None
            state.disclosed += 1
            t.events.append("disclosure")
            return persona.disclosures[state.disclosed - 1].text
        return None

    def _passed_over(self, state: ClientState, coded: CodedTurn, r: _Reading) -> bool:
        """The client's last line told a disclosure, and this turn did not take it up."""
        told = self.persona.disclosures[state.disclosed - 1].text if state.disclosed else ""
        return bool(told and state.recent and told in state.recent[-1]) and not self._meets(told, coded, r, state)

    @staticmethod
    def _meets(told: str, coded: CodedTurn, r: _Reading, state: ClientState) -> bool:
        """Whether a turn takes up what the client has just disclosed: it listened, and either speaks
        of the disclosure (its words or their relatives) or answers it as a reflection or sympathy
        would ("That must have hurt.").  A question or reflection that picks up words from further back
        ("What would you want HR to understand about those eight months?") lets it go by."""
        told_words = content_words(normalise(told))
        if coded.code in REFLECTIONS | {Code.AFFIRM} and len((told_words - STOCK) & r.words) >= 2:
            # "you managed three whole weeks once…" after "I tried once… Three weeks.": an affirmation of what they
            # told, in words too common for the listening measure to count as theirs
            return True
        if not r.listened:
            return False
        theirs = related(meaningful(told_words))
        if theirs & r.words:
            return True
        if coded.code in REFLECTIONS and (told_words - STOCK) & r.words:
            return True  # "talked down to, like you're less than" after "he talks real slow to me": in other words
        # a reflection that picks up other words of theirs ("the game is the part of the day that's yours"
        # after "I just sit behind the gym") has gone back to something else
        before = frozenset().union(*(content_words(normalise(line)) for line in state.recent[:-1]))
        elsewhere = bool((meaningful(frozenset(coded.picked_up)) & before) - theirs)
        return coded.code in REFLECTIONS | {Code.AFFIRM, Code.OTHER} and not elsewhere

    @staticmethod
    def _fire(state: ClientState, verdict: _Verdict) -> None:
        """Fire the shared machine's event for this model without registering it: nothing is bound
        to the state object, so thousands of sessions share one machine."""
        state.__dict__["_verdict"] = verdict
        try:
            MACHINE.events["respond"].trigger(state)
        finally:
            state.__dict__.pop("_verdict", None)

    # --- the words ----------------------------------------------------------------------

    def _reaction(self, state: ClientState, coded: CodedTurn, r: _Reading, events: list[str]) -> list[Pool]:
        """The reply to what just happened in the relationship, when something did."""
        p = self.persona
        rx = p.reactions
        warning = p.warning or rx.confronted
        if "too_fast" in events or "too_soon" in events:
            # A threat to leave is itself the visible rupture for a client who bolts.
            refuse = r.topic.refuse if r.topic and "too_fast" in events else []
            return [("refuse", None, r.topic.id if r.topic else None, refuse),
                    ("reactions.too_fast", None, None, rx.too_fast), ("rupture", None, None, p.rupture)]
        if "rupture" in events or "last_warning" in events:
            return [("rupture", None, None, p.rupture), ("warning", None, None, warning)]
        if "repair" in events:
            # "You apologised" only after an apology: a client thanks the trainee for what happened.
            said_sorry = Flag.APOLOGY in coded.flags
            return [("repair", None, None, [line if said_sorry or not _THANKS_FOR_SORRY.search(line) else ""
                                            for line in p.repair])]
        if "strained" in events:
            return [("warning", None, None, warning)]
        if "parroted" in events:
            return [("reactions.parroted", None, None, rx.parroted or DEFAULT_PARROTED)]
        if "misquoted" in events:
            return [("reactions.misquoted", None, None, rx.misquoted or DEFAULT_MISQUOTED)]
        if "cliche" in events:
            return [("reactions.cliche", None, None, rx.cliche or DEFAULT_CLICHE)]
        if "dodged" in events:
            return [("reactions.dodged", None, None, rx.dodged or DEFAULT_DODGED)]
        if "repeated" in events and state.repeats <= 3:
            return [("reactions.repeated", None, None, rx.repeated or DEFAULT_REPEATED)]
        if "confused" in events:
            return [("confused", None, None, p.confused or DEFAULT_CONFUSED)]
        if "technique" in events:
            return [("reactions.technique", None, None, rx.technique or DEFAULT_TECHNIQUE)]
        if "agreed" in events:
            return [("reactions.agreed", None, None, rx.agreed)]
        if coded.code is Code.CONFRONT and _pushes(coded):
            return [("reactions.confronted", None, None, rx.confronted)]
        if coded.code is Code.PERSUADE and _pushes(coded):
            return [("reactions.advised", None, None, rx.advised)]
        if Flag.PREMATURE_REASSURANCE in coded.flags:
            return [("reactions.reassured", None, None, rx.reassured)]
        if "interrogated" in events or Flag.STACKED_QUESTIONS in coded.flags:
            return [("reactions.questioned", None, None, rx.questioned)]
        return []

    def _pools(self, state: ClientState, coded: CodedTurn, r: _Reading, events: list[str],
               cooled: bool = False) -> list[Pool]:
        """Where the reply may come from, first choice first; every pool is at or below the
        client's band (reactions are shallow by design), so nothing deep leaks.  A turn that cooled
        the client (openness fell) never gets a nod to being heard ("You listen better than most"):
        the words would contradict what the client just did."""
        p = self.persona
        if state.state == WALKED_OUT:
            return [("walk_out", None, None, p.walk_out)]
        if state.state == BREAKTHROUGH:
            return [("breakthrough", Band.OPEN, None, [p.breakthrough])]
        band = Band(state.state)
        pools = self._reaction(state, coded, r, events)
        if "mending" in events or (state.ruptured and not pools):
            return [*pools, (f"lines.{Band.CLOSED.value}", Band.CLOSED, None, p.lines.of(Band.CLOSED))]
        if (r.filler or (r.repeat and state.repeats > 3)) and state.turn % 2:
            return pools  # says less: a backchannel or a cue
        if r.topic is not None and not r.confusing:
            pools += [(f"topics.{t.id}.{band.value}", band, t.id, t.lines.of(band)) for t in (r.topic, *r.also)]
        elif coded.code is Code.QUESTION_CLOSED and not cues.HOW_ARE_YOU.search(normalise(coded.text)):
            # "how are you today?" is a greeting: "Sorry, is this going somewhere?" does not answer it
            pools.append(("reactions.questioned", None, None, p.reactions.questioned))
        # nor does their own line handed back ("That lands more than I expected it to." after a verbatim echo: a
        # sixteenth helper round)
        heard = r.listened and not cooled and not r.parrot
        joined = self._joined(state)
        if coded.code in REFLECTIONS and heard and state.turn % 3 == 0:
            pools.append(("reactions.joined", None, None, joined))
        current = next((t for t in p.topics if t.id == state.topic), None)
        if coded.code in QUESTIONS and r.topic is None and not meaningful(frozenset(coded.picked_up)):
            current = None  # "What job do you do?" asks about something new: the last subject does not answer it
        if current is not None and current is not r.topic and current not in r.also:
            pools.append((f"topics.{current.id}.{band.value}", band, current.id, current.lines.of(band)))
        if coded.stance is Stance.JOINING and heard and (r.topic or current) and coded.code not in QUESTIONS:
            # The topic has nothing new at this openness: a nod to being heard reads better than
            # a change of subject.
            pools.append(("reactions.joined", None, None, joined))
        pools.append((f"lines.{band.value}", band, None, p.lines.of(band)))
        return pools

    def _joined(self, state: ClientState) -> list[str]:
        """The client's nods to being heard; one that credits a record of listening ("You listen better
        than most") only once the trainee has one (a gamer helper's twelve "Mm."s and one reflection
        had earned it).  Blanked, not dropped, so each line keeps its index."""
        record = state.listened_turns >= LISTENING_RECORD
        return [line if record or not _PRAISES_LISTENING.search(line) else ""
                for line in self.persona.reactions.joined]

    def _pick(self, state: ClientState, rng: random.Random, pools: list[Pool],
              trainee_text: str, asked_yes_no: bool = False,
              did: frozenset[str] | None = None) -> tuple[str, LineSource]:
        """A line not spoken in the last VARIETY_WINDOW lines, from the first pool that has one;
        when every pool has run out, a backchannel: the client says less, never something deeper."""
        recent = set(state.used_lines[-VARIETY_WINDOW:])
        for name, band, topic, lines in pools:
            fresh = [(i, filled) for i, line in enumerate(lines) if line and f"{name}.{i}" not in recent
                     and (asked_yes_no or not _BARE_YES_NO.match(line))
                     and (filled := fill_quotes(line, trainee_text, did)) is not None
                     # "I'm scared I'm not okay…" just said as a disclosure is not said again as a line
                     and not any(_retells(filled, said) for said in state.recent[-RETOLD_WITHIN:])
                     # nor "Can you write the letter or not?" once the trainee has said they will
                     and not _asked_and_answered(filled, state.answered)]
            if fresh:
                i, line = fresh[rng.randrange(len(fresh))]
                state.used_lines = (*state.used_lines, sys.intern(f"{name}.{i}"))
                return line, LineSource(name, band.value if band else None, topic, i)
        backchannels = self.persona.backchannels or DEFAULT_BACKCHANNELS
        i = rng.randrange(len(backchannels))
        return backchannels[i], LineSource("backchannel", None, None, i)

    def _safety_pool(self, state: ClientState, text: str) -> list[str]:
        """The persona's `safety` lines with only the one `_safety_line` picks left to say: the question
        after a breakthrough is answered as it would be at any other time, not with a line at random."""
        i = _safety_index(state, self.persona.safety, text)
        return [line if j == i else "" for j, line in enumerate(self.persona.safety)]

    def _safety(self, state: ClientState, coded: CodedTurn, text: str, remember: bool) -> ClientReply:
        """A question about suicide, self-harm or safety gets a straight answer in the client's words
        (the persona's `safety` line `_safety_line` picks), and openness stays
        where it was: a counsellor asks whenever there are signs, whatever the client's mood, so the
        check is never scored as a move for or against them, nor answered with a stock "yes"."""
        lines = self.persona.safety or DEFAULT_SAFETY
        i = _safety_index(state, lines, text)
        line = fill_quotes(lines[i], text, frozenset()) or DEFAULT_SAFETY[min(i, len(DEFAULT_SAFETY) - 1)]
        state.used_lines = (*state.used_lines, sys.intern(f"safety.{i}"))
        state.turn += 1
        state.recent_codes = (*state.recent_codes[-2:], coded.code.value)
        explanation = Explanation(coded.code.value, coded.stance.value, state.openness, state.openness,
                                  state.state, state.state, (SAFETY_WHY,), ("safety",))
        if remember:
            self.hear(state, line, volunteered=False)
            # what the answer named ("i wouldn't do that to my mum") is theirs now: a safety plan may name it
            self._note_mentioned(state, flipped(line))
        return ClientReply(line, explanation, None, (LineSource("safety", None, None, i),))

    def _compose(self, state: ClientState, coded: CodedTurn, r: _Reading, events: list[str],
                 disclosure: str | None, trainee_text: str, cooled: bool = False) -> tuple[str, tuple[LineSource, ...]]:
        rng = random.Random(f"{state.seed}:{state.turn}:{self.persona.id}")
        did = _did(coded, r.repeat, state.question_run)
        line, source = self._pick(state, rng, self._pools(state, coded, r, events, cooled), trainee_text,
                                  _asks_yes_no(coded), did)
        if source.topic is not None and source.pool.startswith("topics."):
            state.topic = source.topic
        band = Band(state.state) if state.state not in TERMINAL else (
            Band.OPEN if state.state == BREAKTHROUGH else Band.CLOSED)
        parts = []
        visible = {"rupture", "last_warning", "strained", "too_fast", "too_soon", "walked_out"}
        own_direction = line.lstrip().startswith("[")  # "[quiet for a long moment] Every time…"
        if not own_direction and (rng.random() < 0.6 or visible & set(events) or source.pool == "backchannel"):
            last = state.recent[-1] if state.recent else ""
            shown = band
            if (source.pool in _PUSHBACK_POOLS or cooled) and _BANDS.index(band) > _BANDS.index(Band.GUARDED):
                shown = Band.GUARDED  # a pushback, or a turn that cooled the client, is not met with warmth
            # a cue may be marked like a reaction ("{if:what|how|…} [answers before you finish asking]")
            fitting = [f for c in self.persona.cues.of(shown) if (f := fill_quotes(c, trainee_text, did)) is not None]
            # "[closes the notebook]" once: not again while the last few lines still show it
            shown_lately = " ".join(state.recent[-RETOLD_WITHIN:])
            fresh = [c for c in fitting if c not in shown_lately] or [c for c in fitting if c not in last] or fitting
            if fresh:
                parts.append(rng.choice(fresh))
        answer = self._answer(coded, source, band, rng)
        if answer:
            parts.append(answer)
        sources = [source]
        if disclosure:
            at = self.persona.disclosures[state.disclosed - 1].at
            sources.append(LineSource("disclosures", band_of(at).value, None, state.disclosed - 1))
        # the breakthrough speaks of what the client has just disclosed ("Kwabena thought he was the
        # boss too"), so on the turn both come, the disclosure is said first
        if disclosure and source.pool == "breakthrough":
            parts += [disclosure, line]
        elif disclosure and _retells(line, disclosure):
            # "He asked me what I work on. Twice…" and then the disclosure telling the same visit: say it once
            parts.append(disclosure)
            sources = sources[1:]
        else:
            parts += [line, disclosure] if disclosure else [line]
        parts = [p if i == len(parts) - 1 or _ENDED.search(p) else p + "." for i, p in enumerate(parts)]
        return " ".join(parts), tuple(sources)

    def _answer(self, coded: CodedTurn, source: LineSource, band: Band, rng: random.Random) -> str:
        """"Do you want to quit?" gets "Sort of." before the line, and "would it be okay if I shared
        something?" gets "Go on, then.": a real client answers a yes/no question or a request for
        leave, even when what follows is what is on their own mind."""
        if not source.pool.startswith(_CONTENT_POOLS) or not (_asks_yes_no(coded) or _asks_leave(coded)):
            return ""
        if coded.code is Code.SEEKING_COLLABORATION and _leave_for_the_trainee(coded):
            own, defaults = self.persona.consent, DEFAULT_CONSENT  # "would it be okay if I shared…?" asks leave
        elif coded.code is Code.SEEKING_COLLABORATION:
            # "could you manage that? just for me" asks the client to promise, not leave: a yes or no, in their way
            # (an eighteenth helper round heard a pleaser answer it "Fine. Quickly.")
            own, defaults = self.persona.answers, DEFAULT_ANSWERS
        elif coded.code is Code.QUESTION_CLOSED and Flag.STACKED_QUESTIONS not in coded.flags:
            if _FACT_QUESTION.search(normalise(coded.text)):
                return ""  # "do u have kids?" is not answered "Maybe.": the line says what it says
            own, defaults = self.persona.answers, DEFAULT_ANSWERS
        else:
            return ""
        return rng.choice(own.of(band) if own else defaults[band])


# The small words a phrase of a move can end on that need more after them: "part of you" wants a verb
# ("part of you wants to stop"), "makes sense that you" a clause; "up to you", "proud of you" and "just
# that" are whole.
_OPEN_ENDED = re.compile(r"(?:\b(?:the|of|to|and|a|an|your|if|about|because)|\bpart of you|\bthat you)$")
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:!?\u2014-]|$)")


def _dangles(norm: str, hit: re.Match[str]) -> bool:
    """Whether a move's phrase stops where it needs to go on ("…, and part of you." or "; makes sense
    that you."): slotted onto a turn as a stock tail, it names the move without making it."""
    return bool(_OPEN_ENDED.search(hit.group(0))) and bool(_CLAUSE_ENDS.match(norm, hit.end()))


# A question the client asks: its own sentence, ending in a question mark.
_QUESTION = re.compile(r"[^.?!\]]*\?")
# A plain yes or no at the start of the trainee's turn ("ya ofc!!", "yes i can", "no, it won't go to your boss")
_YES_OR_NO = re.compile(r"^(?:(?:oh|um|ok|okay|well),? )*(?:yes|yeah|yep|ya|yea|yup|of course|ofc|sure|absolutely|"
                        r"definitely|no|nope|not at all)\b")


def _question_words(text: str) -> frozenset[str]:
    """The meaningful words of the questions in a client line (its sentences that end in a question mark)."""
    asked = " ".join(_QUESTION.findall(text))
    return meaningful(content_words(normalise(asked))) if asked else frozenset()


def _answered(last: str, norm: str) -> str:
    """The meaningful words of the client's last question, when the trainee's turn answers it: with a yes or a no, or
    by taking up its own words without asking it back ("yes i can write it" after "can you write the letter or
    not?").  A turn that only asks ("do u need it by friday?") answers nothing."""
    words = _question_words(last)
    yes_or_no = bool(_YES_OR_NO.match(norm))
    if not words or (norm.rstrip().endswith("?") and not yes_or_no):
        return ""
    return " ".join(sorted(words)) if yes_or_no or words & content_words(norm) else ""


def _asked_and_answered(line: str, answered: Sequence[str]) -> bool:
    """A question of the client's that one they have had answered already asks again (half its words or more)."""
    if not answered:
        return False
    words = _question_words(line)
    return bool(words) and any(len(words & set(a.split())) * 2 >= len(words) for a in answered)


def _worth_keeping(frame: str) -> bool:
    """A turn's frame that a later turn could repeat: the same shape, or a sentence said again in the same words."""
    return can_match(frame) or bool(stock_sentences([frame]))


def _safety_index(state: ClientState, lines: Sequence[str], text: str) -> int:
    """The `safety` line that answers `text`, given the ones this session has said already."""
    said = {name for name in state.used_lines if name.startswith("safety.")}
    return _safety_line(lines, said, bool(cues.RISK_PLAN.search(normalise(text))))


def _safety_line(lines: Sequence[str], said: set[str], about_plans: bool) -> int:
    """Which `safety` line answers: the first for the first question about thoughts of suicide, the
    second for a question about plans or means, the third whenever the question has been answered
    already; a fourth, if the persona has one, answers a second question about thoughts after a first
    answer that hinted at more ("i just want to sleep for a long time", then "like not wake up?")."""
    def fresh(i: int) -> bool:
        return i < len(lines) and f"safety.{i}" not in said

    if about_plans:
        return 1 if fresh(1) else min(2, len(lines) - 1)
    for i in (0, 3):
        if fresh(i):
            return i
    return min(2, len(lines) - 1)


def _retells(line: str, told: str) -> bool:
    """Whether a line tells what another already tells (the disclosure beside it, or a recent line of
    the client's), in much the same words: most of the shorter one's content words are in the other
    (a supervisor helper heard Eugene tell one phone call twice in one reply)."""
    a, b = stems(_UNBRACKETED.sub(" ", line)), stems(told)
    shared = len(a & b)
    return (shared >= RETOLD_WORDS and shared >= RETOLD_SHARE * min(len(a), len(b))) or _same_run(line, told)


def _same_run(line: str, told: str) -> bool:
    """A run of RETOLD_RUN words said again, two of them content words: "I kept that land for him forty years…" a
    few lines after "Forty years I kept that land for him and he's in Perth" (a twenty-sixth session's play), told
    in other order round it, is still the same thing told twice."""
    return any(len(content_words(" ".join(run))) >= 2 for run in _runs(line) & _runs(told))


@lru_cache(maxsize=4096)
def _runs(text: str) -> frozenset[tuple[str, ...]]:
    """The runs of RETOLD_RUN words in a line (a persona's lines recur all session: read once)."""
    words = _RUN_WORD.findall(normalise(_UNBRACKETED.sub(" ", text)))
    return frozenset(tuple(words[i:i + RETOLD_RUN]) for i in range(len(words) - RETOLD_RUN + 1))


def _did(coded: CodedTurn, repeated: bool, question_run: int = 0) -> frozenset[str]:
    """What the turn did, for lines marked `{after:…}`: "told" when it stated something (a reflection,
    advice, information, an argument) rather than only asking, greeting or nodding ("That's your
    opinion." answers a statement, not "What brings you in?"); "asked" when it asked a question ("I don't
    know yet." answers one, not a reflection); "repeated" when it said or asked what
    an earlier turn had ("You've asked me that before."); "asked_again" when it is a question after a
    question ("Another question.")."""
    told = coded.code not in QUESTIONS and coded.code is not Code.OTHER and not coded.text.rstrip().endswith("?")
    again = coded.code in QUESTIONS and question_run >= 2
    asked = coded.code in QUESTIONS or coded.text.rstrip().endswith("?")
    return frozenset(kind for kind, done in (("told", told), ("asked", asked), ("repeated", repeated),
                                             ("asked_again", again)) if done)


def _asks_yes_no(coded: CodedTurn) -> bool:
    """Whether the turn ends in a yes/no question ("do you…", "is it…"), so a bare "Yes." answers it."""
    last = coded.utterances[-1].text if coded.utterances else coded.text
    return bool(_YES_NO.match(normalise(last)))


def _asks_leave(coded: CodedTurn) -> bool:
    """"would it be ok if i shared something? you can tell me if it doesn't fit": leave asked, then the client's
    freedom to refuse it said; the request still wants its yes or no (a supervisor helper's Kofi never gave one)."""
    if coded.code is not Code.SEEKING_COLLABORATION:
        return False
    asked = _last_question(coded)
    return asked is not None and bool(_YES_NO.match(normalise(asked)))


def _last_question(coded: CodedTurn) -> str | None:
    """The turn's last sentence that ends in a question mark, if any."""
    asked = [u.text for u in coded.utterances if u.text.rstrip().endswith("?")]
    return asked[-1] if asked else None


# The topic named only to promise to leave it alone: "i won't bring up your parents again" (my own novice play: the
# repair had cost -6 as the parents raised too early)
_WITHDRAWN = re.compile(r"\b(?:won't|will not|wont|not going to|not gonna|never|no more|stop|not) (?:\w+ ){0,2}"
                        r"(?:bring(?:ing)? up|mention(?:ing)?|ask(?:ing)? about|talk(?:ing)? about|rais(?:e|ing)|"
                        r"go(?:ing)? on about|say(?:ing)? anything about|push(?:ing)?)\b[^.?!]{0,20}$")
# Leave for something the trainee would do: "can I share…", "would it be okay if I…", "do you want me to…"
_FOR_THE_TRAINEE = re.compile(r"\b(?:can|could|may|might|shall) i\b|\bif i\b|"
                              r"\b(?:would|do) (?:you|u) (?:like|want) me to\b|\bme to\b")


def _leave_for_the_trainee(coded: CodedTurn) -> bool:
    """Whether the question asks leave for the trainee's own next step, not a promise from the client."""
    return bool(_FOR_THE_TRAINEE.search(normalise(_last_question(coded) or coded.text)))


_ENGINES: dict[int, tuple[Persona, ClientEngine]] = {}


def engine_for(persona: Persona) -> ClientEngine:
    """One engine per persona object, shared by every session with that client (an engine holds
    compiled patterns, so building one per session would cost time and memory)."""
    cached = _ENGINES.get(id(persona))
    if cached is None or cached[0] is not persona:
        if len(_ENGINES) > 256:
            _ENGINES.clear()
        cached = (persona, ClientEngine(persona))
        _ENGINES[id(persona)] = cached
    return cached[1]

