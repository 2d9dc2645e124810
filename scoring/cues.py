"""Lexical cues for each behaviour code, written against normalised text (see `text.py`).

Each cue family is one compiled alternation, so a sentence is scanned once per family; the
matched words become the human reason ("advice without asking permission: 'you should'").
"""

from __future__ import annotations

import re

from scoring.matcher import CueSet


def _rx(*parts: str) -> CueSet:
    return CueSet(*parts)


YOU_ARE = r"\b(?:you're|you are|you've been|you have been|you were)"
# "…not a small thing to swallow every shift" weighs what the client bears; it praises nothing
WEIGHT_BORNE = r"(?! to (?:swallow|carry|live with|bear|hear|sit with|deal with|put up with|take|stomach|go through))"
# "when you say depressed, …" / "when you asked do you write it down, …": the client's words quoted before
# the turn's own question or statement
WHEN_YOU_SAY = (r"^(?:(?:so|and|okay|ok|mm|um),? )*when (?:you|u) (?:say|said|ask|asked|mention|mentioned|talk about|"
                r"call it|use the word)\b[^,?]*")
# Verbs after "why don't you" that ask a reason rather than tell ("why don't you want to go?", not
# "why don't you go?"), shared by the advice cues and the coder's directive test.
ASKS_A_REASON = r"(?:want|like|feel|think|know|trust|believe|agree|remember|mind|care|enjoy|understand|need|see it)\b"
# "you're here because you have to be" gives a reason for the client; it tells them nothing.
# "you need to know that what you say in here stays yours": the client's rights told, not a directive
RIGHTS_TOLD = (r"know (?:that )?(?:what you (?:say|tell)|anything you|everything you|this (?:stays|is yours)|"
               r"it stays|you can|you don't have to|you're (?:not|free|safe|allowed)|you are (?:not|free|safe|allowed))")
NOT_A_REASON = (r"(?<!because )(?<!cause )(?<!since )(?<!unless )"
                # "it's always before you have to show your work": when it happens, not a directive
                r"(?<!before )(?<!whenever )(?<!until )(?<!till )(?<!every time )")
# The client's own sense of what they should do, reflected ("lying there knowing you should be somewhere",
# "you feel like you have to hold it together"): not the trainee's advice.
NOT_THEIR_SENSE = (r"(?<!knowing )(?<!you feel like )(?<!you felt like )(?<!feeling like )(?<!you think )"
                   r"(?<!u think )(?<!you thought )(?<!you believe )(?<!you feel )(?<!u feel )")
# "…before?", "…in the past?": a question about what has been tried, never a suggestion.
# "before" as a time of day ("a warm bath before bed?", "before work?") dates the suggestion, not the trying.
NOT_HISTORY = (r"(?![^.?!]{0,40}\b(?:before(?! (?:bed|bedtime|sleep|sleeping|work|school|uni|college|class|"
               r"lunch|dinner|breakfast|tea|meals?|you go|going|the (?:meeting|shift|exam|session|appointment)|"
               r"(?:meetings|shifts|exams|sessions|appointments|presentations|interviews)))|"
               r"in the past|previously|already)\b[^.?!]{0,12}(?:\?|$))"
               # what was agreed last time, checked on: "any of the exercises from last week?"
               r"(?![^.?!]{0,50}\b(?:(?:from|since) (?:last|our) (?:week|time|session|visit|appointment)|"
               r"we (?:talked about|discussed|went through|practised|practiced|agreed)|i (?:gave|showed) you)\b)")
# "you should see some small changes before that": what to expect, not what to do
SHOULD_EXPECT = (r"(?: see (?:mine|the state of (?:mine|my \w+)|my (?:desk|house|kitchen|car|garden|room|flat|office|"
                 r"handwriting))\b|"  # "you should see mine": a joke at the trainee's own expense
                 r" (?:probably |hopefully |start to |begin to |already )?(?:see|notice|feel|get|start (?:to )?(?:see|notice|feel)) "
                 r"(?:some |a |any |the |real |small |big |much |more |less |an? )*(?:changes?|difference|improvements?|"
                 r"results?|benefits?|progress|effects?|side effects|letter|reply|answer|date)\b|"
                 # "you should get to decide", "you should not have to trust me straight away": what they are owed
                 r" (?:not|never) (?:have|need) to\b| (?:get|be allowed) to\b| have (?:a say|the right|the chance|a choice)\b)")
# What follows "have you thought about…" in a risk question ("…hurting yourself?"), never a suggestion.
NOT_SELF_HARM = r"(?!hurting|harming|killing|ending)"
# Risk to life named in so many words: suicide, self-harm, not wanting to be alive, being safe.  Asked
# as a question, it is the check every counsellor makes when there are signs, never a push.  "kill" or
# "hurt yourself" counts only as a thought or an urge ("thoughts of hurting yourself"), so the warning
# "are you trying to kill yourself with that stuff?" is not read as a check.
_SELF = r"(?:yourself|urself|your ?self)"
RISK_TALK = re.compile(
    r"\b(?:suicid\w*|self[- ]?harm\w*|end(?:ing|ed)? (?:your|ur) (?:own )?life|end(?:ing)? it all|take (?:your|ur) (?:own )?life|"
    r"(?:thoughts?|thinking|thought|urges?|feel(?:ing)? like|want(?:ed|ing)? to|wish(?:ed|ing)? (?:you|u) could) "
    r"(?:of |about |to )?(?:kill(?:ing)?|hurt(?:ing)?|harm(?:ing)?|cut(?:ting)?) " + _SELF + r"|"
    r"(?:not )?(?:wanting|want(?:ed)?|wish(?:ed|ing)?) (?:not )?to (?:be (?:here|around|alive)|wake up|live|go on|die|"
    r"disappear)|(?:think|thinking|thought|thoughts) (?:about|of) (?:dying|death|not (?:being here|waking up))|"
    r"(?:^|like |as in |you mean |meaning )(?:not|never) (?:wake|waking) up|"
    # "is it ever like wishing you just wouldn't wake up?", "would you rather not wake up?"
    r"(?:wish(?:ed|ing)?|want(?:ed|ing)?|hop(?:e|ed|ing)|rather)(?: (?:that )?(?:you|u))?(?: (?:just|could|would|'d))? "
    r"(?:wouldn't|wouldnt|would not|didn't|didnt|did not|won't|wont|not|never) (?:wake|waking) up|"
    r"not (?:wanting|want) to (?:be|live|go on)\b|better off (?:dead|without (?:you|u|me))|"
    # "were you thinking you'd rather not be here?" (a nineteenth helper round's risk question went unrecognised)
    r"(?:'d|would) rather (?:not (?:be (?:here|around|alive)|wake up)|be dead)|"
    r"(?:do|doing) (?:anything|something) (?:silly|stupid|daft|drastic|dumb)|"
    # "some people start to feel they can't go on": the everyday words for it
    r"(?:can't|cannot|couldn't|could not) (?:go on|carry on)\b(?! (?:with|like|at|in|doing|working)\b)|"
    r"(?:life|living) (?:isn't|is not|wasn't|was not|not|is no longer) worth (?:living|it)|"
    r"no (?:reason|point) (?:to|in) (?:live|living|going on|carrying on)|"
    r"(?:like |as in |you mean |meaning )(?:hurting|harming|killing|cutting) (?:yourself|urself)|"
    r"(?:(?:are|r) (?:you|u) (?:feeling )?|feel(?:ing)? )safe (?:tonight|right now|at the moment|now)|"
    r"keep(?:ing)? (?:yourself|urself) safe)\b"
)
# A risk question put so the client can only say no, or laughed off or apologised for ("ur not thinking of
# doing anything silly right?", "…its totally normal lol", "sorry, we have to ask everyone"): asked, but
# in a way that tells the client which answer the trainee can bear to hear.
CLUMSY_RISK = re.compile(
    r"\b(?:silly|stupid|daft|dumb)\b|\b(?:not|never|n't) (?:\w+ ){0,3}(?:thinking|planning|going)\b[^?]*"
    r"\b(?:right|are you|r u|yeah|is it)\s*\?|\byou wouldn't\b[^?]*\?|\b(?:lol|lmao|haha\w*)\b|"
    r"\b(?:totally|completely|perfectly) normal\b|\bhave to ask everyone\b|\bjust (?:a formality|routine|a tick ?box)\b"
)
# The client voicing it ("some nights I think it wouldn't matter if I didn't wake up"): a question about
# a plan that follows is a risk check too.
CLIENT_RISK = re.compile(
    r"\b(?:kill(?:ing)? myself|end(?:ing)? (?:it all|my life)|suicid\w*|better off (?:dead|without me)|"
    r"(?:don't|do not|didn't) want to (?:be (?:here|alive|around)|live|wake up|go on)|want(?:ed)? to die|"
    r"(?:wouldn't|would not|won't) (?:matter|be the worst thing)[^.?!]{0,30}\b(?:didn't|did not|don't|never|not to) wake up|"
    r"(?:no|not any) point (?:in )?(?:living|going on|being here)|"
    r"(?:can't|cannot|cant) go on\b(?! (?:with|like|at|in|doing|working)\b)|(?:life|living) (?:isn't|is not|isnt) worth|"
    r"(?:want|wanna|wish i could|like to) (?:to )?(?:go to )?sleep (?:for a (?:long|very long) time|forever|and not wake up)|"
    r"(?:wouldn't|would not) (?:mind|care) if i (?:didn't|did not|never) wake up|"
    # a nineteenth helper round: "wondering what the point of me is now", "I'm not sure I wanted to ring" (after chest
    # pain, sitting a good while before ringing anyone)
    r"(?:what|wondering what) (?:the|is the) point of me\b|the point of me (?:is|anymore|any more)|"
    r"(?:not sure|wasn't sure|didn't know if|don't know if) i (?:even )?wanted to (?:ring|call|phone)(?: (?:anyone|anybody|"
    r"for help|an ambulance|999|911))?(?=\s*(?:$|[.,;!?])))\b"
)
# What a client says in passing that a supervisor would want named after the session, though it needs no action in the
# first one (an eighteenth helper round: "Before the stroke he had a temper. Forty years I kept it inside the house.",
# "My daughter went in her room and locked the door.", "Some weeks I sleep maybe three hours a night. I'm scared I'm
# not okay." never reached a report).  Each kind with what to hold in mind; risk to life has its own check.
SAFEGUARDING: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("possible harm at home: come back to how safe home is when they are ready, and know your service's "
     "safeguarding route", re.compile(
         r"\b(?:had|has|have|got) (?:a (?:bad |real |terrible |nasty |short )?temper|a temper on (?:him|her))\b|"
         r"\bkept it (?:inside|in) the house\b|\b(?:he|she|they) (?:hits?|hit|shoves?|shoved|grabs?|grabbed|slaps?|"
         r"slapped|hurts?) (?:me|us|the kids|my (?:kids|son|daughter|children))\b|"
         r"\b(?:scared|afraid|frightened|terrified) of (?:him|her|my (?:husband|wife|partner|dad|father|mum|mother|son|"
         r"boyfriend|girlfriend))\b|\blocked (?:the|her|his|my) (?:bedroom |room )?door\b|"
         r"\b(?:lost it|yelling|screaming|shouting) (?:at (?:home|the kids|my (?:kids|wife|husband|partner|daughter|son))|"
         r"at them)\b|\b(?:was|is) a (?:yeller|hitter|drinker and a)\b")),
    ("children who may be left without care: ask who looks after them, and know your service's safeguarding route",
     re.compile(r"\bleft (?:them|the kids|my kids|the children|my children|her|him|the baby) (?:alone|on (?:their|his|her) "
                r"own|home alone|by (?:themselves|himself|herself)|with the (?:tv|telly))\b|"
                r"\b(?:kids|children|they) (?:were|are) (?:home )?(?:alone|on their own)\b")),
    ("not coping: sleep, food or their own words say so; ask how they are looking after themselves",
     re.compile(r"\b(?:scared|afraid|worried|frightened) (?:that )?i(?:'m| am) not (?:okay|ok|alright|all right|coping)\b|"
                r"\b(?:sleep|slept|sleeping|get) (?:maybe |about |only |like |barely )?(?:one|two|three|1|2|3) hours?\b|"
                r"\bi (?:don't|do not|can't|cannot|haven't been able to) (?:eat|sleep)\b(?! (?:meat|much of|that|it)\b)|"
                r"\band i don't eat\b|\bi(?:'ve| have) (?:lost|dropped) (?:a lot of |so much )?weight\b")),
    ("hopelessness: come back to it, and ask straight about thoughts of ending their life if it grows",
     re.compile(r"\b(?:there's|there is|theres|there isn't|there's not) (?:no |any )?point (?:in (?:anything|trying|any of "
                r"it|me)|anymore|any more)\b|\bwhat's the point (?:of (?:anything|trying|me)|anymore|any more)\b|"
                r"\bnothing (?:will|is going to|ever) (?:change|get better)\b|\b(?:given|give) up on (?:everything|"
                r"myself|life)\b|\b(?:i(?:'m| am)|i feel like|i feel) (?:just )?a burden\b")),
)
# The follow-up a risk check needs ("have you thought about how, or made any plans?"): about a plan or the
# means, asked where the turn names the risk.
RISK_PLAN = re.compile(
    r"\b(?:(?:made|make|have|got|had) (?:any |a )?plans?(?! (?:for|with|on|this|next|to (?!do it|act on it)))|thought about how|"
    r"how (?:you|u) (?:might|would|could|'d|will) (?:do it|go about it|end it)|done anything to (?:get ready|prepare)|"
    r"(?:any )?plans? or steps|stockpil\w*|how (?:you|u) (?:would|might|'d) (?:do|go about) it|"
    r"(?:the )?means to|access to (?:pills|tablets|a gun|guns|weapons|medication)|tried (?:it )?before|acted on)\b"
)

# Text just before a cue that turns it into a report of someone's view ("you feel like you
# should…", "your wife says you're an alcoholic"): then it is a reflection, not advice or a label.
REPORTED = re.compile(
    r"(?:\b(?:feel|feels|felt|feeling|think|thinks|thought|believe|believes|told|tell|tells|telling|"
    r"say|says|said|saying|call|calls|called|like|worried|worry|worries|afraid|scared|pressure|"
    r"expects?|expected|wants?|wanted|keeps? saying|as if|as though|accuse[sd]?|sure|convinced|thinking|imagining|picturing|"
    r"insists?|decided|if|that|whether|hear|hearing|heard|the idea)\b(?: (?:you|me|him|her|them|us|u))?(?: that)?,?"
    r"(?: like)? ?|\bto (?:you|u),? ?)$"
)
# A sentence that reports the client's own fear, wish or thought ("you're worried that if it
# carries on you could lose them", "you keep thinking you should have seen it"): whatever
# warning or "should" it holds is theirs, reflected, not the trainee's push.
REPORTED_SENTENCE = re.compile(
    r"^(?:and |so |but |like )?(?:you're|you are|ur|you've been|you were|you|u|part of you(?:'s| is)?) "
    r"(?:really |so |just |kind of |still |also |always |kinda |a bit )?(?:worried|scared|afraid|frightened|terrified|"
    r"anxious|concerned|thinking|wondering|feeling|feel|felt|think|thought|believe|fear|dread|sick of|tired of|"
    r"fed up|furious|angry|annoyed|frustrated|upset|hurt|keep (?:thinking|telling yourself|wondering|hearing)|"
    r"tell yourself|telling yourself|wish|hope|imagine|picture|worry|hate|can't stand|resent|"
    r"(?:not|never) (?:quite |really |totally )?sure (?:if|whether)|unsure (?:if|whether)|"
    r"(?:don't|do not|can't|cannot) (?:quite |really )?(?:know|tell|decide) (?:if|whether))\b"
    r"(?! (?:that's|thats|that|this|it's) (?:is )?(?:gonna|going to)\b)"
)
# A turn that ends by handing a danger back to the client as their own fear ("…you might not wake up
# one day. that's the bit that scares you"): the warning in it is theirs, reflected.
# A reflection that holds both sides ("you could probably find a way, and at the same time it
# bothers you"): the "you could" in it is the client's side, not advice.
DOUBLE_SIDED = re.compile(
    r"\b(?:and|but) (?:at the same time|on the other hand|yet)\b|\bpart of (?:you|u)\b|\bon (?:the )?one hand\b"
)
FEAR_IS_THEIRS = re.compile(
    r"\b(?:that's|thats|that is|which is|it's|its|and that's) (?:the (?:bit|part|thing|piece)|what) (?:that )?"
    r"(?:really |most )?(?:scares|worries|frightens|terrifies|bothers|haunts|gets to|keeps) (?:you|u)\b"
)
# "the rent is a real problem, not an excuse": the label taken away, agreeing with the client; the
# form model may not open the gate on it (its words are a label's words)
LABEL_TAKEN_AWAY = re.compile(
    r"\b(?:real|genuine|proper|valid|fair) (?:problem|issue|reason|worry|concern|struggle)s?,? (?:and )?"
    r"not (?:an? |just an? )?(?:excuse|excuses|cop-out)\b"
)
# "I get that, but…": the client's view acknowledged only to argue against it.  A double-sided
# reflection ("I hear you, but part of you also…") or a question ("…but what would you lose?") is not.
# "is it the money that's the problem?": a question about what the trouble is, not a verdict on it.
# not "is it possible you were angrier than you're letting on?", a hypothesis put to them, not a cleft
CLEFT_ASK = re.compile(r"\b(?:is|was|could|would|might|maybe|perhaps) (?:it|that)(?: be)? (?!possible\b)(?:[\w']+ ){1,4}$")
YES_BUT = re.compile(
    r"(?:\bi (?:do |totally |completely |really |can )?(?:(?:get|hear|understand) (?:that|it|you|what you're saying)"
    r"(?: [\w']+){0,5}?|know (?:that|it|you|what you're saying)|"
    # "I can see why, but…", "I appreciate that, but…", "I respect that, but…"
    r"(?:see|appreciate|respect) (?:that|it|this|why|where you're coming from|what you mean|what you're saying))|"
    r"^(?:and )?(?:that's|that is|it's) (?:totally |completely |very |really |perfectly )?(?:understandable|"
    r"reasonable|a fair point|a good point|valid))[.,!]? (?:but|though)\b,?(?! (?:i (?:also|'m also|am also|wonder|'m wondering|'m curious|'m not here)|part of (?:you|u)|"
    r"at the same time|on the other hand|(?:you|u) also|it also|it sounds|maybe|what|how|i'd|i would|"
    r"can i|could i|would you|do you)\b)"
)
# A bare acknowledgement, then "but" and the counsellor's own case ("Okay, but it might be worth adding it
# up", "Mm-hmm. But the thing is, the carers could really help"): the client's point is heard only to be
# answered.  It opens the gate to both confronting codes; the word model picks which (scoring.coder).
# Not a "but" that turns to the client's other side, a question, or "but still, well done".
ACK_BUT = re.compile(
    r"^but,? (?:um,? )?the thing is\b|"  # "mm-hmm." is gone once fillers are dropped
    r"^(?:(?:yeah|yes|ok|okay|mm-hmm|mm|sure|totally|of course|that's (?:good|great|fair|ok|okay|true)|fair enough|"
    r"i know|right)[.!,]*|"
    # "Sure, some people do, but…", "Well, yeah, everyone forgets, but…": their point granted in a few words, then
    # answered
    r"(?:well,? )?(?:yeah|yes|sure|ok|okay),? (?:and )?(?:[a-z']+ ){0,5}[a-z']+,?) but,? (?:um,? |uh,? )?"
    r"(?!i(?:'m| am| wonder| was| just wonder)\b|what\b|how\b|can\b|"
    r"could i\b|would you\b|do you\b|is\b|are\b|part of\b|at the same time\b|also\b|still\b|like,? [a-z]+\?|"
    r"on the other hand\b|you also\b|it sounds\b|maybe\b)"
)
# "That must have been frightening": a guess at the feeling under what the client told, a complex
# reflection.  Not the stock "that must be hard/awful", which the model reads (writers code it either way).
MUST_HAVE_FELT = re.compile(
    r"^(?:oh,? |aw,? |wow,? |gosh,? )?(?:that|it|this) must (?:have been|be|feel|have felt) (?:so |really |very |"
    r"pretty |incredibly |quite |a bit |kind of |such an? )?(?:frightening|terrifying|scary|upsetting|embarrassing|"
    r"humiliating|exhausting|stressful|frustrating|lonely|isolating|infuriating|heartbreaking|confusing|"
    r"overwhelming|disappointing|painful|worrying|unsettling|shocking|maddening|draining|disorienting)\b"
)
# A question about how counsellor and client go on together ("do we need to slow down?", "shall we leave
# it there?"): it shares a decision; the form model may not read it as a push (scoring.coder).
WE_QUESTION = re.compile(r"(?:do|does|did|shall|should|can|could|would|will|are|is) we\b|would it help if we\b")
# A short client line that agrees to hear something ("go on", "ok", "if you want", "might as well"):
# advice that follows is given with permission (scoring.coder._permitted).  "you go on" is how "ya go on"
# normalises.
ASSENT = re.compile(
    r"^(?:okay|yes|yeah|you go on|go on|go ahead|sure|fine|alright|all right|if you (?:want|like)|"
    r"might as well|why not|i guess|i suppose|go for it|tell me|fire away|sounds good|cool|please)\b"
)
REFUSAL = re.compile(r"\b(?:but|no|not|don't|won't|nah|can't)\b")
OWN_VIEW = re.compile(
    r"\bi (?:really |honestly |just |kind of |sort of |actually )?(?:don't |do not )?(?:think|believe|feel like|"
    r"reckon|guess|suspect|bet|'m not sure|am not sure|feel)(?: that)?(?: like)? ?$"
)
# The trainee's own view, negated, just before a label ("i dont think ur making excuses"): the label
# taken away, not put on.
NEGATED_VIEW = re.compile(
    r"\bi (?:really |honestly |just |actually )?(?:don't|do not|never) (?:think|believe|reckon|feel like|see)(?: that)?,? ?$"
)
THIRD_PARTY_SPEAKER = re.compile(
    r"\b(?:they|he|she|everyone|everybody|people|your (?:\w+ ){0,2}(?:says?|said|thinks?|calls?)|"
    r"the (?:court|judge|doctor|school|teacher|boss|police))\b[^.]*\b(?:say|says|said|think|thinks|"
    r"call|calls|called|told|tell|believe|believes)\b"
    # "your cardiologist's told you if you keep on…": what someone else warned, handed back
    r"|\b(?:your|the) [\w']+(?: [\w']+)?(?:'s| has| had| have)? (?:told|warned|tells|warns) (?:you|u)\b"
    # "I'd disagree with anyone who says this is just you being lazy": the label is theirs, and it is answered
    r"|\b(?:anyone|anybody|whoever) who (?:says?|said|thinks?|calls?)\b"
)

# "you do need to…": the stressed directive (a lookahead, so "you do" alone stays a statement)
EMPHATIC_DO = r"(?:do (?=need to|have to))?"
# "…'ll have to…", "…'re going to need to…": the directive deferred, after its "you"
DEFERRED_DIRECTIVE = (r"(?:'ll| will|'re going to|'re gonna| are going to| are gonna) (?:really |just |definitely |"
                      r"eventually |still )?(?:need to|have to)\b")


def _their_sense_after(you: str) -> str:
    """`NOT_THEIR_SENSE` checked just after the word `you` rather than before it."""
    return "".join(f"(?<!{before}{you})" for before in re.findall(r"\(\?<!([^)]*)\)", NOT_THEIR_SENSE))


# The pushes a seventeenth helper round found paid as reflections or information because of the warm words round
# them: a correction of the client's facts, the harm named as creeping up, a guilt trip, a diagnosis pronounced.
# They are among the sure pushes below, and unlike the rest (whose wording can also amplify: "you want it to work
# more than you've been letting on") no vote of the models outweighs them (`scoring.coder`).
# A diagnosis pronounced ("that sounds like it could be depression"): a lever, unless it is the client's own word
# said back (`scoring.coder._unreported` reads the pattern that matched)
DIAGNOSES = (
    r"\b(?:sounds like|sounds a lot like|could be|might be|may be|probably|looks like|classic) (?:it (?:could|might|may) be )?"
    r"(?:clinical |some |a bit of |mild )?(?:depression|an anxiety disorder|ptsd|adhd|ocd|bipolar|an addiction|alcoholism|"
    r"a drinking problem|an eating disorder)\b",
)
DIAGNOSIS_SOURCES = frozenset(p.removeprefix("\\b") for p in DIAGNOSES)
_LEVERS: tuple[str, ...] = (
    # the client's facts corrected in so many words (a seventeenth round): "that claim… isn't accurate", "I'm not sure
    # two pints quite adds up", "better's not really the word", "so it is hurting you a bit"
    # (each opens on its own words, so the matcher only tries it on sentences that have them; "you think it isn't
    # accurate" is the client's view, which `_unreported` leaves alone)
    r"\b(?:that|it|this|which) (?:isn't|is not|'s not) (?:quite |entirely |strictly |actually |really )?(?:accurate|correct)\b"
    r"(?! (?:for|about|of) (?:you|u)\b)",
    r"\bthat (?:claim|idea|figure|number) (?:isn't|is not|'s not) (?:quite |entirely |strictly |actually |really )?"
    r"(?:accurate|correct)\b",
    r"\b(?:doesn't|does not|don't) (?:quite |really )?adds? up\b(?! (?:for|to) (?:you|u)\b)",
    r"\bnot sure (?:\w+ ){1,4}(?:quite |really )?adds? up\b(?! (?:for|to) (?:you|u)\b)",
    r"\bnot really the word\b",
    r"\b(?:it|that|this) (?:is|was) (?:still |actually )?(?:hurting|harming|damaging) (?:you|your)\b",
    # a seventeenth helper round's pushes through facts and feelings: the harm named as creeping up on them ("that's
    # exactly how COPD creeps up on people, mind"); "I don't want you to end up back in hospital"; "they'll know if
    # you're drinking more"; "r u sure u cant stay w family?"; guilt ("u dont want to let her down rite?"); a
    # diagnosis pronounced ("a textbook PTSD symptom"); "u def need them"
    r"\bthat's (?:exactly |just |precisely )?how (?:it|this|that|[a-z]+(?: [a-z]+)?) (?:creeps up|sneaks up|takes hold|"
    r"gets (?:a )?hold|spirals|escalates)\b|\bthat'?s (?:exactly |usually )?how (?:strokes?|heart attacks?|overdoses?|"
    r"relapses?|accidents|fires|falls) (?:happen|start)\b",
    r"\bi (?:just )?(?:don't|do not) want (?:you|u) to (?:end up (?!feeling|doing|saying|thinking)|wind up|lose (?:your|ur|the)|"
    r"die|get (?:hurt|sick|ill|worse)|go back (?:in|to))",
    r"\b(?:they|he|she|the (?:gp|doctor|court|test|tests|judge|nurse|lab|bloods))(?:'ll| will| would| can)? (?:know|find out|"
    r"see|show) (?:if|when) (?:you're|you are|you|u|ur|your (?=drinking|using|smoking|lying|not|still))\b",
    r"^(?:(?:but|like|so|and|ok|okay),? )*(?:are|r) (?:you|u) sure (?:you|u) (?:can't|cannot|couldn't)\b",
    r"\b(?:you|u) (?:don't|do not|wouldn't|would not) want to let (?:her|him|them|[a-z]+ [a-z]+|anyone|everyone) down,? "
    r"(?:right|rite|do you|would you|eh|yeah|now|surely)\b",
    r"\b(?:is |a |it's |that's |sounds like )(?:a )?textbook (?:ptsd|depression|anxiety|addict|addiction|alcoholic|"
    r"alcoholism|denial|avoidance|codependen\w*|narcissis\w*|burnout|trauma|ocd|adhd|case|symptom|sign)\b",
    NOT_THEIR_SENSE + r"\b(?:you|u) (?:really |definitely |def |defo |deffo |clearly |obviously |totally )need (?:them|it|"
    r"this|that|these|those|the (?:meds|tablets|pills|medication|inhaler)|(?:your|ur) (?:meds|tablets|pills|medication|"
    r"inhaler))\b",
    # an eighteenth helper round's blame, hindsight, luck, diagnosis and threat said without a "but" to give them away:
    # "you're the parent, so it was still kind of on you", "that could've been the difference on that night", "ya but
    # thats just luck", "that sounds like it could be depression", "and then ur parents might find out" (asked, "do you
    # think you might be depressed?" asks the client's view: a question)
    r"\b(?:it's|it is|it was|that's|that is|that was|its|thats) (?:still |really |partly |ultimately |kind of |sort of |"
    r"kinda |a bit |at least partly )*(?:on (?:you|u)|(?:your|ur) (?:fault|doing))\b",
    r"\b(?:you're|you are|ur) the (?:parent|adult|grown-up|grown up|mum|mom|dad)(?: here)?,? so\b",
    r"\b(?:that|it|this) (?:could|might|would)(?:'ve| have) (?:been|made) (?:the|all the) difference\b",
    r"\b(?:that's|thats|that is|it's|its|it was|that was) (?:just |only |pure |mostly )(?:luck|a fluke|lucky)\b",
    *DIAGNOSES,
    r"\b(?:that's|thats|that is) (?:exactly |just |basically |classic |textbook )?(?:what )?(?:avoidance|denial|"
    r"self-sabotage|self sabotage|codependency|enabling|learned helplessness)(?: is| looks like)?\b",
    r"\b(?:your|ur) (?:parents|mum|mom|dad|boss|wife|husband|partner|family|school|employer|teachers?|kids|manager)"
    r"(?: might| will| could| would| are going to| is going to|'ll|'re going to) (?:find out|hear about (?:it|this)|"
    r"have to be told|get told)\b",
)
LEVERS = _rx(*_LEVERS)


# The family's worry used as the lever (my own novice play): "ur daughter is rly worried", "ur daughter would be
# devastated".  Not when the client spoke of that person first ("My wife thinks I drink too much." — "So your wife's
# worried, and you don't see it the same way" reflects): `scoring.coder` checks the client's line for THEIR_FAMILY.
FAMILY = r"(daughter|son|wife|husband|partner|kids|children|mum|mom|dad|family|grandkids|girlfriend|boyfriend)"
FAMILY_LEVER = re.compile(
    r"\byour" + _their_sense_after("your") + r" " + FAMILY + r"(?: is|'s| are| would be| will be) "
    r"(?:really |rly |so |very |just |absolutely |)"
    r"(?:worried|worried sick|scared|frightened|devastated|heartbroken|gutted|crushed|beside (?:herself|himself))\b"
    r"(?! about\b)(?![^.!?]*\?)")
THEIR_FAMILY = re.compile(r"\b(?:my|our) " + FAMILY + r"\b")


# Pushes in so many words, whatever shape the rest of the turn has: irritation at the client's answers,
# moralising about what others are owed, a warning of who will be told, the client's words set against the
# trainee's reading, what the client must want.  They confront in the rules, and the form model's doubt never
# closes the gate on them (`scoring.coder`): the form of "I just feel like we're going round in circles" is a
# feeling, and the push is in the words.
_SURE_PUSH: tuple[str, ...] = (
    # shame and threat as questions or worries (a fourteenth helper round): "how do your family feel when they hear
    # you've been sent here?", "how many more chances do you think they'll give you?", "HR will read my summary and
    # wonder whether…", "the first step is usually admitting there's a problem"
    r"\b(?:how|what) (?:do|does|would|will|did) (?:you think )?(?:your) (?:family|kids|children|mum|mom|dad|wife|"
    r"husband|partner|son|daughter|parents)\b[^?.]{0,25}\b(?:feels?|thinks?|says?)\b[^?.]{0,15}\bwhen (?:they|he|she) "
    r"(?:hear|find out|see|learn|know)\b",
    r"\bhow many more (?:chances|warnings|goes|times) (?:do you think )?(?:they|he|she|you)(?:'ll| will| are going to)\b",
    r"\b(?:will|'ll|might|may|could) read (?:my|the|your) (?:summary|report|notes|file)\b[^.]{0,40}\b(?:wonder|think|"
    r"question|conclude|decide)\b",
    r"\bthe first step is (?:usually |always |really |often )?(?:admitting|accepting|recogni[sz]ing|owning)\b",
    # the fault turned back on the client as a question: "is it possible your own behaviour contributes?", "are you
    # sure you're not part of it?"
    r"\b(?:your|ur) own (?:behaviou?r|part|role|actions|attitude|choices)\b[^?]{0,40}\b(?:contribut|caus|play|led|lead|"
    r"part)|\b(?:sure|certain) (?:you're|you are) not (?:part of|to blame|the (?:problem|one)|partly)\b",
    # their word doubted: "doesn't sound fine to me", "you wouldn't be here if nothing was wrong", "more stressed
    # than you're admitting", "or is it going to be like last month?"
    r"\b(?:doesn't|does not|don't|do not) (?:sound|seem|look) (?:fine|ok|okay|like nothing|like no big deal|that simple|"
    r"right|true) to me\b",
    r"\b(?:you) (?:wouldn't|would not) be (?:here|sat here|sitting here|in this room|talking to me) if\b",
    r"\bthan (?:you're|you are|you've been|you have been) (?:admitting|letting on|saying|telling me|making out)\b",
    r"\bor (?:is it|will it be) (?:gonna |going to )?(?:be )?like (?:last|every|the last) (?:time|month|week|year)\b",
    # blame for being sent, for silence, for tone: "the court sent you for a reason", "can't help you if you don't
    # talk", "bit of attitude there"
    r"\b(?:sent|referred|put|brought|got) (?:you)(?: here| in)? for a (?:good )?reason\b",
    r"\b(?:can't|cannot) help (?:you) (?:if|unless) (?:you) (?:don't|do not|won't|will not)\b",
    r"\b(?:bit of|less of the|lose the|with the|watch your|drop the) attitude\b",
    # pressure dressed as concern: "for your own good", "I'd hate for you to lose the kids over this", "be careful
    # how you come across", "what might have happened if there'd been a fire?", "what would your kids say if they
    # knew?", "I'm sure you can see why that worries people"
    r"\bfor (?:your|ur) own good\b",
    r"\bi(?:'d| would) hate (?:for )?(?:you) to (?:lose|end up|get (?:hurt|sacked|fired|arrested|sent)|throw|ruin|waste|"
    r"go back)\b",
    r"\b(?:careful|watch) (?:how|what) (?:you) (?:come across|say|sound)\b",
    r"\bwhat (?:might|could|would) have happened if (?:there'd|there had|there was|something had|somebody had|someone "
    r"had|he'd|she'd|they'd|the)\b",
    r"\bwhat (?:do you think )?(?:would )?(?:your) (?:kids|children|son|daughter|mum|mom|dad|wife|husband|partner|"
    r"family|nan|gran|boss) (?:would )?(?:say|think|feel) if (?:i|they|she|he) (?:asked|saw|knew|found out|heard)\b",
    r"\bi'm sure (?:you) (?:can|could) (?:see|understand|appreciate) (?:why|that|how)\b",
    r"\b(?:sounds|looks|seems) (?:a lot |a bit |very much |to me )?like (?:denial|an excuse|excuses|addict thinking)\b",
    # others who coped with worse, and others who said the same just before it went wrong: "loads of people cope with
    # way worse", "many people say exactly that before it gets out of hand"
    r"\b(?:loads of|lots of|plenty of|many|other|most) (?:people|folk|kids|parents) (?:\w+ )?(?:cope|deal|manage|live|"
    r"get through|go through|have it) (?:with )?(?:way |much |far |a lot )?worse\b",
    r"\b(?:people|folk|clients|everyone) (?:\w+ ){0,3}(?:say|said|tell me|told me) (?:exactly |just )?(?:that|the same)"
    r"(?: thing)? (?:before|right before|until|just before)\b",
    # the client measured against others who coped: "most people in your shoes would've sorted it by now", "I've had
    # other clients in that chair who managed to cut down"
    r"\b(?:most|other|plenty of|lots of|loads of|a lot of|many) [a-z]+(?: in your (?:position|shoes|situation))? "
    r"(?:would|'d) (?:have|'ve) (?!given up|gone under|quit|walked|stopped|thrown|packed|broken|crumbled|cracked|lost|"
    r"fallen|collapsed|snapped|caved|run)[a-z]+(?: [a-z']+){0,4}? by now\b",
    r"\b(?:i've|i have) (?:had|seen|worked with|known) (?:other|lots of|plenty of|loads of|so many|many) [a-z]+\b"
    r"[^.?!]{0,40}\bwho (?:managed|were able|could|did it|got|cut|stopped|quit|gave up|turned it round)\b",
    # a warning in passing: "that's usually how people end up signed off"
    r"\b(?:that's|that is|this is) (?:usually |exactly |normally |often |typically |generally )?how (?:people|folk|"
    r"most people|a lot of people|someone|you) (?:end up|wind up)\b",
    # irritation at the client's answers: "we're going round in circles", "you've said no to every one"
    r"\b(?:we're|we are|we keep|this is|we've been|we just keep) going (?:round|around) in circles\b",
    r"\b(?:you've|you have|you|and) (?:said no to|shot down|knocked back|rejected|batted away) (?:every|each|all)"
    r"(?: single)?(?: one| thing| idea| suggestion| of them)?\b",
    # moralising about what others are owed: "it's not really fair on the kids", "your patients deserve…"
    r"\b(?:it's|it is|that's|that is) (?:really |just |hardly )*(?:not )?(?:really )?(?:fair|right) (?:on|to) "
    r"(?:the (?:kids|children|baby|family)|your (?:kids|children|son|daughter|wife|husband|partner|family|mum|dad|"
    r"baby|patients|team))\b",
    r"\b(?:your|the) (?:kids|children|son|daughter|wife|husband|partner|family|patients|baby) deserves? "
    r"(?:a|an|better|more|to|someone|somebody)\b",
    # a warning of who will be told: "the caseworker will hear about this attitude"
    r"\b(?:the|your) (?:caseworker|case worker|court|judge|social worker|probation officer|manager|boss|school|gp)"
    r" (?:will|is going to|'ll) (?:hear|know|be told|find out|get to hear) (?:about|of)\b",
    r"^being (?:so |this |that )?(?:defensive|difficult|stubborn|rude|awkward|like this|negative)\b "
    r"(?:won't|isn't going to|doesn't|will not|is not going to|never)\b",
    # the client's words set against the trainee's reading of them: "you're saying X, but really you're…"
    r"\b(?:you're saying|you say|you said|you keep saying)\b[^.?!]{0,60}\bbut (?:really|actually|deep down|the truth is)"
    r",? (?:you're|you are|you|it's)\b",
    # telling the client what they must want, or doubting that they want anything: "so part of you must want it"
    r"\bpart of (?:you|u) must (?:want|know|see|realise|realize|feel|agree)\b",
    r"\bdo (?:you|u) (?:actually|even|really|honestly) want (?:things |anything |it |this )?to (?:change|get better|"
    r"stop|improve|work)\b",
    # the trainee's own disappointment in the client: "honestly, I'm a bit disappointed."
    # (not sympathy with a let-down the client had: "I'm so disappointed for you", "I'm really disappointed, they
    # should have told you")
    r"\bi(?:'m| am) (?:(?:a bit |a little |quite |really |so |honestly |pretty |kind of )?disappointed (?:in|with) "
    r"(?:you|u)\b|(?:a bit|a little|kind of|honestly a bit) disappointed(?=[.!]|$))",
    # a warning hung on the end of a suggestion: "…, otherwise you'll burn out"
    # blame in so many words: "you've only got yourself to blame"
    r"\bonly (?:got|have|has) (?:yourself|urself) to blame\b",
    # "whatever you say": agreement that means the opposite, which the form model reads as assent
    r"^(?:(?:oh|yeah|ok|okay|right|mm)[,.]? )*whatever you say\b",
    # doubt of the client's honesty asked outright: the form model reads only a question
    r"\bare (?:you|u) being (?:completely |totally |entirely |really |100% |one hundred percent )?(?:straight|honest|"
    r"truthful) with (?:me|us)\b",
    # "…whether you like it or not": the trainee's view imposed in so many words
    r"\b(?:whether (?:you|u) like it or not|like it or not)\b",
    # a warning of harm the client will do ("one of these nights you're gonna kill somebody"), not the limits of
    # confidentiality ("…if you tell me you're going to hurt yourself") nor the client's own fear of it
    r"(?<!me )(?<!if )(?<!that )(?<!worried )(?<!scared )(?<!afraid )\b(?:you're|you are)(?: really)? (?:going to|gonna) "
    r"(?:end up )?(?:kill|killing|hurt|hurting|injure|injuring) (?:someone|somebody|a kid|a child|people|some\w+)\b",
    # a moral verdict on what the client did to others ("that's disrespectful to the group"), and what others are
    # owed ("they deserve better", "after everything she's done for you"); "not fair on you" sides with them
    r"\b(?:it's|that's|it is|that is|it was|that was) (?:really |quite |a bit |pretty |kind of |so |very )?(?:disrespectful|"
    r"inconsiderate|selfish|rude|hurtful|ungrateful|irresponsible) (?:to|towards|on)\b(?! (?:you|u)\b)",
    r"\bafter (?:everything|all) (?:they've|he's|she's|they have|he has|she has|your \w+(?:'s| has| have)) done for "
    r"(?:you|u)\b",
    r"\b(?:they|he|she) deserves? (?:more|better|an apology|the truth|to know)\b",
    r"\b(?:or|otherwise|or else) (?:you'll|you will|you're going to|you're gonna|you are going to) (?:burn out|end up|"
    r"lose (?:your|the|them|her|him|everything)|get (?:ill|sick|worse|hurt|sacked|fired|kicked out)|"
    r"make (?:it|things) worse|regret it)\b",
    # one other person as the lesson: "had a bloke in here last spring, same story…", "the last lady who told me that",
    # "he said the same, and now…"
    r"\b(?:i(?:'ve)? )?(?:had|knew|know|got) (?:a|this|one) (?:fella|guy|bloke|lad|man|woman|lady|girl|client|patient|dad|"
    r"mum|mom|member|student|soldier|chap|gentleman|partner|fellow|kid|young (?:man|woman|lad)) (?:[\w',-]+ ){0,6}?(?:who|"
    r"that|last (?:week|month|year|yr|spring|summer|winter|autumn)|in here|like (?:you|u)|same|similar|said)\b",
    r"\b(?:said|says|thought|told me) (?:exactly )?the same(?: thing)?,? (?:and|then) (?:he|she|they|now|look|he's|she's|"
    r"they're|guess)\b",
    r"\b(?:the )?last (?:bloke|guy|fella|man|woman|lady|client|patient|person|lad|girl|one|fellow) (?:who|that|to) "
    r"(?:said|told me|thought|tried|did)\b",
    # what the trainee claims both of them know, a dare to do it again, regret foretold, a warning left on record
    r"\bwe both know\b|\bdon'?t say (?:nobody|no one|i didn't|we didn't) (?:told|tell|warned|warn)\b",
    r"\b(?:do|try|pull) (?:that|it|this) again and\b",
    r"\b(?:you'd|you would|u'd|ud|u would) (?:soon |so |really |quickly )?regret (?:it|that|this)\b",
    r"\bi(?:'d| would) hate to see (?:you|u)\b",
    r"\bwhen has (?:that|it|this) (?:ever|actually|really)\b",
    r"\bhardly fair\b",
    # it could be worse: others' hardship set against theirs
    r"\b(?:it|things) could (?:always )?be (?:a lot |much |so much |far |way )?worse\b",
    r"\b(?:people|others|folk|kids) (?:out there )?(?:who are |who're |are |much |far |way |a lot )*worse off\b",
    # a disagreement announced: "with respect, …", "I'll be frank, …"
    r"^(?:with (?:all )?(?:due )?respect|respectfully|no offence)\b",
    r"\bi(?:'ll| will|'m going to) be (?:frank|blunt)\b|\bto be (?:frank|blunt)\b|\bif (?:you|u) don'?t mind me saying\b",
    # a scare left hanging ("…just saying."), a claim waved off ("nice try"), a verdict insisted on ("it very much is")
    r"\bjust (?<!i'm just )(?<!im just )(?<!was just )(?<!i just )(?:saying|sayin'?)[.!]*$",
    r"\bnice try\b|\bno[- ]brainer\b",
    r"\b(?:it|that|this)(?:'s| is) very much (?:an issue|a problem|a thing|(?:their|my|our|your|the \w+'s) business)\b|"
    r"\b(?:it|that) very much (?:is|does|will)\b",
    r"\b(?:that's|thats|that is) what (?:the|a lot of|lots of|loads of|most|every|all the|plenty of) [\w ]{0,25}?(?:said|say|"
    r"says|told me) (?:too|as well|and|then|before|right before|just before|every time)\b",
    r"\bby the time (?:you|u|they|your|ur|it|you're|ur|the)\b[^.?!]{0,40}\b(?:already|too late)\b",
    r"\bif (?:you|u) (?:had|'d) (?:listened|been listening|paid attention|read)\b",
    r"\b(?:very |really |pretty |quite )?common way (?:for [\w ]{1,20} )?to (?:justify|excuse|explain (?:it )?away)\b",
    r"\bi'?ll (?:be )?expect(?:ing)? (?:you|u) (?:on|at|next|back|to)\b|\b(?:kindly|please) (?:note|do the needful)\b",
    r"\bdon'?t wait (?:for|until|till) (?:that|it gets|then|the)\b",
    r"\bi doubt (?:every|many|most|all)\b",
    r"\bhow(?:'d| did| has) (?:that|it) (?:go|work out|turn out|worked out|turned out) for (?:him|her|them)\b",
    *_LEVERS,
    # "I'm not lecturing, I'm only saying…": the push disowned in the act
    r"\bi'?m not (?:trying to )?(?:lecture|lecturing|preach|preaching|nag|nagging|having a go)\b[^.?!]{0,30}\b(?:just|only|"
    r"but)\b",
)
SURE_PUSH = _rx(*_SURE_PUSH)


# Doubt with the trainee's evidence against the client's account, blame laid on the client for what happened
# to them, and verdicts on the client's character.  Each was missed on the tuning half of the must-confront
# list; each wording was checked against every tuning turn for joining or neutral uses first ("you were the
# one who found him" reflects, so "you were the one who" alone is not blame).
_DOUBTS_AND_BLAMES: tuple[str, ...] = (
    r"\b(?:suggest|suggests|say|says|show|shows|tell|tells|said|showed) otherwise\b",
    r"\b(?:doesn't|does not|don't|do not|doesnt|dont) (?:really |quite |exactly )?back (?:that|this|it|you|u) up\b",
    # what grown men, good parents or decent people do or don't: "Grown men don't scream at their bosses."
    r"^(?:(?:well|look|come on|honestly|i mean),? )*(?:grown (?:men|women|adults|ups)|adults|real men|decent people|"
    r"good (?:dads|parents|mums|moms|fathers|mothers)|responsible (?:people|adults|parents)) (?:don't|do not|shouldn't|"
    r"should not|never|have to|need to)\b",
    r"\bi(?:'m| am)? (?:finding|find) (?:that|it|this) (?:quite |really |a bit |very |pretty |a little )?(?:hard|difficult) "
    r"to (?:believe|square)\b|\b(?:hard|difficult) to square (?:that|this|it) with\b",
    r"\bi'?ll believe (?:it|that) when\b",
    r"\b(?:that|this|it) (?:seems|sounds) (?:a bit |rather |quite |pretty |very |highly )?(?:unlikely|far-fetched|"
    r"implausible|convenient)\b",
    r"\b(?:not|n't) (?:sure (?:that's|that is|it's|this is) |(?:been )?telling (?:me |us )?)(?:the )?whole "
    r"(?:truth|story)\b",
    r"^(?:well|but|i mean|to be fair),? (?:you|u) (?:were|was) the one (?:who|that)\b",
    r"\b(?:you|u) (?:were|was) the one (?:who|that)\b[^.?!]*,? (?:though|tho)\b",
    r"\b(?:that's|that is|this is|it's|thats) (?:just )?what happens when (?:you|u) (?:don't|didn't|do not|dont|stop|"
    r"skip|ignore|miss|won't|keep)\b",
    r"\b(?:some|part|much|most|a lot|half) of (?:this|that|it) (?:is|was) (?:down to (?:you|u)|on (?:you|u)|yours to)\b",
    r"\bthat'?ll be why\b",
    # the trainee's view of what the client really thinks: "I don't think it's fine, and I don't think you do either"
    r"\bi (?:don't|do not) think (?:you|u) (?:do|believe (?:it|that)|think so|really believe (?:it|that)) either\b",
    r"\b(?:that's|thats|that is|it's) (?:just )?(?:your|the) (?:stubborn streak|stubbornness|pride|ego|addiction|"
    r"denial) talking\b",
    r"\bspoken like a (?:true|real)\b",
    r"\bwhat (?:an? )?(?:problem |heavy |compulsive |binge )?(?:drinker|gambler|addict|alcoholic|user|junkie)s? "
    r"(?:would|always|tend to|usually|all|often) say\b",
)

CONFRONT = _rx(
    *_DOUBTS_AND_BLAMES,
    # the directive deferred, which argues the client's own plan away: "at some point you'll have to let it go",
    # "you're going to have to face it"
    # (the "their sense" check follows the "you", so the pattern opens on a literal the engine scans for fast:
    # opening on lookbehinds, it had cost every sentence with a "you" 20 microseconds; "u" is normalised to "you")
    r"\byou" + _their_sense_after("you") + DEFERRED_DIRECTIVE + r"(?! (?:deal|live|cope|put up|carry|go through|wait|see|"
    r"be (?:\w+ )?(?:kind|gentle|patient|easy)|forgive|look after|take care|give (?:yourself|urself)|trust me|"
    # a request of the trainee's own ("you'll have to help me understand"), not one of the client
    r"help me|tell me|explain|bear with|excuse|remind me|walk me|let me|fill me in)\b)",
    rf"{YOU_ARE} (?:just |clearly |obviously |being |so |really |such |totally |acting )*"
    r"(?:in denial|an? (?:alcoholic|addict|drunk|liar|junkie|abuser|bully|failure|hypochondriac|"
    r"narcissist|enabler|baby|child|victim|coward|hypocrite|mess|drama queen)|lying(?! (?:there|here|in|on|awake|down|around|about|still|flat|next|back|low|up)\b)|kidding yourself|"
    r"fooling yourself|making excuses|(?:a bit of an? )?(?:ridiculous|stubborn|defensive|difficult|dramatic|childish|"
    r"resistant|defiant|obstructive|precious|dinosaur|"
    r"selfish|lazy|irresponsible|dishonest|silly|unreasonable|naive|paranoid|manipulative|"
    r"hysterical|immature|ungrateful|overreacting|exaggerating|playing the victim|"
    r"not being (?:honest|serious|realistic|straight)|not (?:listening|trying|taking (?:this|it|"
    r"things|me) seriously)|avoiding (?:the|responsibility)|wasting (?:my|our|your) time)\b)",
    r"\b(?:that's|it's|this is|those are|these are|that is|it is|all) (?:just |all |only |a |an |"
    r"another |such |total |complete |pure |more )*(?:excuses?|nonsense|ridiculous|not true|bs|"
    r"bullshit|a cop-out|cop out|denial|a lie|lies|absurd|rubbish|garbage|crazy talk|"
    r"not (?:the point|an excuse|how (?:it|this|that) works|what happened|okay|acceptable|right(?! for)))\b",
    r"\bbe (?:honest|real|serious|realistic) (?:with (?:me|yourself)|here|now)\b",
    # a judgement put as a question ("why are you so negative about everything?"); "so tired" asks
    r"\bwhy (?:are|r) (?:you|u) (?:always |being |getting |acting )?(?:so |this |that )(?:negative|defensive|angry|"
    r"aggressive|stubborn|difficult|hostile|touchy|rude|dramatic|resistant|pessimistic|cynical|worked up|"
    r"wound up|uptight|against (?:it|this|everything|everyone)|closed off|sensitive|lazy|selfish)\b",
    # the client's account corrected with a leading tag ("you did send two off, didn't you"); "you did use a
    # condom, though" after self-blame affirms, so "though" alone is no cue
    r"^(?:you|u) did (?!say\b|mention\b|tell\b|come\b|make it\b|try\b|manage\b|get here\b|well\b|good\b)[a-z]+"
    r"[^.?!]*?, didn't (?:you|u)$",
    # a warning of the harm the client might have done ("you could of hurt someone")
    r"\b(?:you|u) (?:could|might) (?:have|of|'ve) (?:really |seriously |easily )?(?:hurt|killed|injured|harmed|"
    r"seriously hurt) (?:someone|somebody|anyone|people|a kid|a child|him|her|them|yourself)\b",
    # "calm down" said to an angry client is a put-down, not help
    r"(?:^|[,.!] )(?:(?:ok|okay|woah|whoa|hey|right|look|just|please|so|alright|mate),? )*calm (?:down|yourself)\b",
    # the exclamation ("come on, you know that's not true"), not the verb ("you wouldn't have come on your own", "the
    # fear has come on strong")
    r"(?<!\bhave )(?<!\bhas )(?<!\bhad )(?<!'ve )(?<!\bit'll )(?<!\bit )(?<!\bthey )(?<!\bwould )(?<!\bwill )(?<!\bto )"
    r"(?<!\bdid )(?<!\bdidn't )(?<!\bi )(?<!\bwe )\bcome on\b(?!,? (?:in|through|over|up|back|down|round|around|inside|then|let's|your own|"
    r"my own|his own|her own|their own|strong|stronger|so|too|quick|quickly|fast|slowly|gradually|suddenly|like|at|as|"
    r"when|after|before|during|since|by|to|the|a|board)\b)",
    r"\blet's be (?:honest|real|realistic)\b",
    r"\byou (?:just |simply |clearly |obviously )?(?:don't|won't|refuse to|never) "
    r"(?:want to |seem to |even )?(?:change|listen|try|take responsibility|admit|see it|get it|"
    r"learn|follow through|do anything|stick to|care)\b",
    r"\byou (?:always|never) (?:do|say|make|blame|have an excuse|find|come up|complain|"
    r"listen|follow|turn|play|act|get)\b",
    r"\bi (?:don't|can't|do not|cannot) believe (?:you|that|this|a word)\b",
    r"\byou (?:can't|cannot|don't|do not) (?:really |seriously |honestly |actually )?(?:believe|expect (?:me|us|anyone|people)|mean|"
    r"tell me|think that)\b",
    r"\bthat (?:doesn't|does not|makes no|don't) (?:make )?(?:any )?sense\b",
    r"^(?:actually|well actually),? (?:that's|it's|you're|it isn't|that isn't|you aren't|that is not|you don't)\b"
    r"(?! (?:not|okay|ok|fine|all right|alright|a burden|no bother)\b)(?!.{0,30}\bwhat i (?:meant|mean|said)\b)",
    r"\b(?:that's|that is|it's|you're|you are) (?:not (?:true|right|accurate|the case)|wrong|"
    r"mistaken)\b",
    r"\bthe (?:reality|truth|fact|problem) (?:is|here is)\b",
    r"\b(?:face|accept|admit) (?:it|the facts|reality|the truth|that you)\b",
    r"\b(?:if|unless) you (?:keep|don't|do not|continue|carry on|won't|go on|stay|refuse)\b.*"
    r"\b(?:you'll|you will|you could|you might|you're going to|you are going to|it'll|it will) "
    r"(?:lose|end up|die|kill|be (?:dead|sorry|in|back|alone|fired)|get (?:fired|arrested|worse|sick)|"
    r"hurt|ruin|go (?:to|back)|regret|never|wreck|destroy)",
    r"\b(?:you'll|you will|you're going to|you are going to) (?:end up|lose (?:your|everything|them|her|"
    r"him)|die|kill (?:yourself|someone)|ruin|regret|wreck|destroy|be (?:dead|sorry|in prison|in jail))",
    r"\b(?:stop|quit) (?:making excuses|blaming|whining|complaining|feeling sorry|lying|playing|"
    r"pretending|being so|acting|kidding|fooling)\b",
    # "grow up" told ("just grow up", "you need to grow up"), not "she'll grow up without any memories of
    # her" nor "where did u grow up?"
    r"(?:^|[,.!?;:] |\b(?:just|need to|have to|got to|gotta|should|please|time to|oh) )grow up\b",
    r"(?<!will )(?<!'ll )(?<!to )(?<!they )(?<!she )(?<!he )(?<!kids )(?<!children )"
    r"\b(?:man up|get over it|get a grip|snap out of it|toughen up|pull yourself together)\b",
    r"(?<!wondering )(?<!wonder )(?<!asking yourself )\bwhat(?:'s| is) wrong with you\b",
    r"\bshould (?:be ashamed|know better)\b",
    r"\b(?:shame on you|how could you|what were you thinking|what did you expect)\b",
    r"\b(?:it's|that's|it is|that is) (?:all |partly |kind of |a bit |mostly |largely |at least partly )?"
    r"your (?:own )?fault\b",
    r"\bmaybe if you (?:stopped|didn't|did|were|weren't|had|hadn't|started|tried)\b",
    # "you did this to yourself", "you brought all this on yourself", "bringing it on yourself"
    r"\b(?:you (?:did|brought)|(?:brought|bring|brings|bringing)) (?:this|it|that|all (?:this|that)) (?:on|to) "
    r"yourself\b",
    # "nobody made you drink" blames; "you logged off on your own, nobody made you" gives the credit
    r"\b(?<!own, )(?<!own )(?<!yourself, )(?:nobody|no one) (?:forced|made|is forcing|put a gun)\b",
    r"\bhow many (?:more )?times (?:do|have|must|will|am|did|should|does) i\b|\bhow many (?:more )?times (?:are|is) (?:you|this|it) going to\b",
    r"\bwhatever you say\b",
    r"\b(?:oh|yeah|sure),? (?:sure|right|great|because|cause)\b(?!,? (?:thanks|thank you|that's (?:great|good)|to hear|news|job|idea|that you)|(?<=right)[.!,] (?:so |and |um |ok |okay )?(?:i|it|they|there|you|we|that|the|[a-z]+ (?:is|are|do|does|can|let|lets|have|has)\b))|\byeah,? yeah\b(?!,? (?:i|that|it|you|they|they're|we|we're|he|he's|she|she's|there|there's|so|no|ok|okay|"
    r"exactly|absolutely|definitely|totally|of course|for sure|um|uh|mm)\b)",
    r"\b(?:worked|working|going|turned out) (?:out )?(?:so |really |just )?(?:great|well|brilliantly|"
    r"wonderfully) (?:for you )?(?:so far|hasn't it|has it|right|then)\b",
    r"\bi(?:'m| am) (?:getting )?(?:tired|sick) of\b",
    r"\b(?:that's|that is|this is|there's) (?:exactly |precisely )?(?:the|your) (?:problem|issue)\b",
    r"\b(?:that's|it's|it is|that is) (?:wrong|not okay|unacceptable|irresponsible|selfish|"
    r"dangerous|stupid|crazy|pathetic|disgusting|shameful) (?:to|that|of you)\b",
    r"\byou (?:do )?(?:need|have|got) to (?:face|accept|admit|own|take (?:some |more |full )?(?:responsibility|ownership)|stop "
    r"(?:blaming|lying|making|pretending|kidding))\b",
    r"(?<!why )\b(?:don't|do not) you (?:think|care|see|realize|realise|want|know)\b",
    r"(?<!what )(?<!how )\bdo you (?:really|honestly|seriously|actually) (?:think|believe|expect)\b(?!,? (?:though|tho|about it|yourself)?\s*[?]?$)",
    r"\b(?:you do|do you(?: even)?) reali[sz]e\b",
    # not "why would you want to make this change?", MI's own question for the client's reasons to change
    r"\bwhy (?:would|can't|won't|couldn't|wouldn't) you (?:just )?(?:do|even|ever|be|listen|"
    r"want(?! to (?:make (?:this|that|a|the) change|change|stop|quit|cut (?:down|back)|give (?:it|that) up))|"
    r"stop|try|admit|see|do that)\b",
    r"\bwhy (?:on earth|the hell|would anyone)\b",
    r"(?<!how )\b(?:obviously|clearly|seriously),? (?:you|it's|that's|this)\b",
    r"\bwho (?:are you kidding|do you think you're)\b",
    r"\byou (?:brought|bring) it on\b",
    r"\bnot (?:my|our) (?:problem|fault)\b",
    r"\b(?:you|they) (?:deserve|deserved) (?:it|what)\b",
    r"\bi(?:'ve| have) (?:heard (?:it|that|this) (?:all )?before|told you)\b",
    r"\byou (?:should|ought to) (?:be|feel) (?:grateful|ashamed|embarrassed|thankful)\b",
    r"\bthat's (?:on you|your choice to make excuses)\b",
    # not what they keep going for others: "you're the one who keeps everything going for him" is praise (a helper's
    # Harjit, coded confront and -12)
    r"\byou(?:'re| are) (?:the one|only) (?:who|that) (?:keeps(?! [^.?!]{0,25}\b(?:going|together|running|afloat|"
    r"ticking|fed|safe|showing up|turning up)\b)(?! (?:showing|turning|coming) (?:up|back))|messed|chose|made|caused)\b",
    r"\byou (?:chose|made) (?:this|that)\b(?! (?:decision|choice|call|change|effort|step|work|list|plan|happen for))",
    r"\b(?:typical|classic) (?:addict|denial|excuse)\b",
    # "really? you think that?" doubts; "something that's not really you" reflects
    r"(?:^|[.!?] )(?:oh |but |and )?(?:seriously|really)\??,? (?:you|that)\b",
    r"\b(?:you(?:'re| are)|that's) (?:just )?(?:making|being) (?:this|it|things) (?:harder|worse|difficult)\b",
    r"\b(?:blaming|blame) (?:everyone|everybody|everything|other people|others|your)\b",
    r"\bi (?:don't|do not) think you(?:'re| are) (?:being )?(?:honest|serious|trying|listening|ready)\b",
    r"\bi(?:'m| am) not (?:sure|convinced) you (?:actually |really |even )?(?:want|care|are|mean)\b",
    r"\b(?:kidding|fooling|lying to) yourself\b",
    # "that's the drink talking"; not "a room that's all talk"
    r"\bthat's (?:the )?(?!all |just |only |mostly |mainly )(?:\w+(?:'s)? )?(?:talk|talking)\b",
    r"(?<!you )(?<!u )\b(?:deserve|deserves) better\b",  # "you deserve better" takes the client's side
    r"\b(?:you're|you are|ur|that's|that is|it's|how|so|being|plain|just) (?:so |really |being |just |very |pretty )?"
    r"(?:irresponsible|selfish|pathetic|reckless|immature|lazy|shameful|disgraceful|unacceptable)\b",
    r"\b(?:be|feel|being) grateful\b",
    r"\bwould be grateful\b",
    r"\bfrankly\b",
    r"\bi(?:'m| am) (?:getting |starting to get )?(?:a bit |really |quite |pretty |so )?(?:frustrated|annoyed|fed up|irritated)\b",
    r"\bnothing (?:ever )?(?:changes|happens|gets done)\b",
    r"\byou keep (?:saying|telling|promising|making|coming)\b",
    r"\byou said (?:that|the same)(?: thing)? (?:last|before|every|the)\b",
    r"\ba (?:good|real|decent|responsible) (?:parent|mother|mum|mom|father|dad|person|man|woman|husband|wife) "
    r"(?:would|wouldn't|does|doesn't|knows|would never)\b",
    # a verdict on the client ("that's a bit much"), not their own view handed back ("it seems a bit much
    # that the doctor made such a thing of it")
    r"(?<!seems )(?<!seem )(?<!seemed )(?<!feels )(?<!feel )(?<!felt )(?<!sounds )(?<!all )(?<!like )(?<!getting )(?<!a )"
    r"(?<!gets )(?<!get )\b(?:a bit rich|(?:a )?bit much)\b"
    r"(?! that (?:the|they|he|she|your|everyone|people)\b)",
    r"\bi (?:don't|do not) (?:agree|buy (?:it|that))\b",
    r"\b(?:isn't|is not|aren't|are not|it's not|that's not) (?:really )?(?:harmless|true|the point|the issue|that simple)\b",
    r"\bit(?:'s| is) not (?:really )?about what (?:he|she|they|others|other people) did\b",
    r"\b(?:i'll|i will) have to (?:breach|report you|tell the court|send)\b",
    r"\b(?:isn't|is not|won't|will not) (?:going to )?get you (?:out(?! of bed)|anywhere|off)\b",
    r"\byou(?:'re| are) not (?:willing|ready|prepared|interested) to (?:do|change|try|listen)\b",
    r"\byou say you (?:want|will|are)\b.*\bbut\b",
    r"\bso (?:you're saying )?(?:it's|its) (?:all )?(?:everyone|everybody|somebody|someone) else's fault\b",
    r"\bdo you even\b",
    # "it won't go away by itself" warns; "using by itself isn't something I report" informs
    r"\b(?:won't|will not|isn't going to|doesn't|does not|never|not just|don't|do not) [^.?!]{0,40}"
    r"\b(?:by (?:itself|themselves|magic)|of their own accord)\b",
    r"\b(?:only|one) (?:person|one) in the (?:world|universe)\b",
    r"\bit(?:'s| is) always (?:next|the|someone|something)\b",
    r"\byou (?:know|realise|realize|understand) (?:that )?\w+(?: \w+){0,3} (?:is|are) (?:harming|hurting|killing|bad|damaging|dangerous)\b",
    r"\b(?:it's|its|it is) not (?:your|the) (?:friends|boss|wife|husband|job|kids|parents|family)\b.*\b(?:it's|its) (?:you|your)\b",
    r"\bif you (?:just |only )?(?:listened|actually listened|actually tried)\b",
    r"\byou cho(?:o)?se to\b",
    r"\bthis is (?:exactly )?why\b",
    r"\bthere(?:'s| is) no such thing\b",
    r"\b(?:stop|quit) hiding\b",
    r"\byou can't (?:intellectuali[sz]e|hide|run|blame|talk|think) (?:your way|from)\b",
    r"\byou can't (?:keep|just keep) (?:blaming|doing|saying|making|pretending|hiding)\b",
    # doubt of what the client will do ("you're not going to stop, are you?"), not reassurance about what will befall
    # them ("you're not going to shock anyone", "…get in trouble for telling me")
    r"\byou(?:'re| are) (?:not|never) (?:actually |even |really )?(?:doing|trying|going to)\b(?! (?:shock|surprise|"
    r"offend|upset|bother|scare|frighten|bore|burden|lose (?:your|ur) (?:place|kids|children|job|benefits|licence)|"
    r"get (?:in|into) (?:any )?trouble|get (?:judged|told off|kicked|thrown|sent|arrested|punished|blamed|struck off)|"
    r"be (?:judged|in (?:any )?trouble|the first|the only|alone|on your own|a burden|kicked|thrown|arrested|punished|"
    r"blamed|told off|struck off|marked down|sent)|have to (?:do (?:this|it)|go through (?:this|it)|face (?:this|it)) "
    r"(?:alone|on your own|by yourself)|regret (?:telling|saying|asking)|scandalise|faze|put (?:me|us|anyone) off)\b)",
    r"\b(?:need to|have to|got to|gotta|going to have to|actually|just) do the work\b",
    r"\b(?:yeah|yes),? right\b",
    r"\bhear yourself\b",
    r"\bto be fair,? (?:you|u|ur|you're|it was you)\b",
    r"\b(?:it|that|this|they|there|he|she)(?:'s| is| does| do| did| are| was|s)? (?:actually|still|really do|really does)\b"
    r"(?! (?:hard|tough|difficult|rough|a lot|scary|awful|painful|horrible|sad|lonely|there|with you|yours)\b)[^.?!]{0,60}\b(?:though|tho)\s*$",
    r"\bnot (?:really |exactly )?(?:something|anything) to (?:laugh|joke|smile) about\b",
    # a contradiction with "though": "instagram isn't real life, though", "its not legal here tho"
    r"^(?!(?:do|does|did|is|are|was|were|have|has|can|could|would|will|how|what|why)\b).*?"
    r"(?<!might )(?<!may )(?<!could )(?<!if )(?<!or )\b(?:isn't|isnt|is not|aren't|arent|are not|not|doesn't|doesnt|don't|dont)\b(?! (?:easy|nothing|your fault|"
    r"ur fault|alone|weak|stupid|crazy|a bad|wrong to|the only|that bad|silly|mad|on your own|you|"
    # contradicting the client's harsh view of themselves is reassurance: "ur not the bad guy tho!"
    r"the bad|to blame|that far|far off|a failure|a burden|useless|hopeless|too late|too old|broken|worthless)\b)"
    r"[^.?!]{0,50}\b(?:though|tho)\s*$",
    r"\b(?:doesn't|does not|don't|dont|doesnt) (?:mean|make) (?:it(?:'s| is) |it |its |you(?:'re| are) )?(?:safe|okay|ok|fine|"
    r"healthy|harmless|good for you|right|legal)\b",
    r"\b(?:it's|its|it is|that's|that is) still (?:your|ur) (?:own )?(?:responsibility|fault|problem|job)\b",
    r"^see,? (?:that's|thats|this is|that is)\b",
    r"\bbut (?:you|u) (?:can't|cannot|cant) just\b",
    r"(?<!you )(?<!i )(?<!they )(?<!we )(?<!he )(?<!she )(?<!to )(?<!u )(?<!ever )(?<!never )\bwake up\b(?! (?:in|at|on|with|early|late|every|each|the|and|feeling|tired)\b)",
    r"\bwhat(?:'s| is) (?:the|your) excuse\b",
    r"\b(?:could|might|will) lose (?:your|the) (?:feet|foot|job|kids|licen[cs]e|house|family|life|leg|eyes|sight)\b",
    # a cautionary "I've seen it happen", not the normalising "I've seen this happen to so many people, and it's not
    # your fault"
    r"\bi(?:'ve| have) seen (?:it|this) happen\b(?![^.?!]*\b(?:not (?:your|ur) fault|not alone|normal|common|"
    r"understandable|blame (?:yourself|urself))\b)",
    r"\b(?:will|'ll) (?:send|put) you (?:back|to)\b",
    # "try listening for once" scolds; "your laziness is on your side for once" jokes along with the client
    # blame and verdicts in everyday words: "that's definitely not helping", "you could have killed someone",
    # "you know deep down it's not right", "the thing is, though, …"
    r"\b(?:that's|thats|that is|it's|its|this is) (?:definitely |really |obviously |probably |clearly )?not helping\b(?! (?:me|us)\b)",
    r"\b(?:you|u) could(?:'ve| have) (?:killed|hurt|died|lost (?:your|ur|the))\b",
    r"(?<!what )(?<!that )\b(?:you|u) (?:know|knew),? deep down\b|(?<!that )(?<!what )\bdeep down,? (?:you|u) (?:know|knew|"
    r"realise|realize),? (?:that )?(?:(?:it's|that's|this is|it is|that is|this isn't|it isn't|that isn't) (?:not|wrong|no)\b|"
    r"(?:you|u) (?:need|have|should|can't|cannot|must|ought)\b)",
    # another's fate as the warning: "men who skip sessions usually don't get the job back", "staff who… are the
    # ones who end up off sick"
    r"\b(?:are|were) (?:usually |always |often )?the ones? (?:who|that) (?:end|ends) up (?:off|in|back|losing|worse|alone|"
    r"sacked|fired|inside)\b|\b(?:usually|generally|often|never) (?:don't|do not|doesn't|does not|dont) get (?:[\w-]+ ){0,3}back\b",
    r"^the thing is,? (?:though|tho)\b",
    # taking the other side's part: "but ur parents just want whats best for u tho, they love u"
    r"^(?:but|well|honestly|i'm sure|im sure|i mean)\b,? (?:\w+ ){0,3}(?:just |only |really )?wants? (?:what's|whats|what is) "
    r"best for (?:you|u)\b|\bwants? (?:what's|whats|what is) best for (?:you|u),? (?:tho|though)\b",
    # a flat contradiction of the client's comparison: "its not the same thing at all tho, …"
    r"^(?:(?:well|no|but|nah|i mean|honestly|ok|okay|yeah),? )*(?:it's not|its not|it is not|that's not|thats not|that is not|"
    r"it isn't|it isnt|that isn't) (?:really |actually |even )?the same(?: thing)?(?:(?: at all)?,? (?:tho|though)\b| thing at all\b)",
    # doubt put as a bare question: "are you though?", "was it tho", "did u tho?" after the client's account
    r"^(?:but |and |well |oh |ok |okay )?(?:is|are|was|were|did|do|does|have|has|had|can|will)(?:n't)? "
    r"(?:you|he|she|they|it|that|we)(?: really)?,? (?:though|tho)$",
    # or with the client's own word in it: "but is it really easier tho??", "is it actually worth it though?"
    r"^(?:but |and |well |ok |okay |so )?(?:is|are|was|were|does|do|did)(?:n't)? (?:it|that|this|they|he|she|you) "
    r"(?:really|actually|honestly|rly) (?:\w+ ){1,3}(?:though|tho)$",
    # the client's claim contradicted with an emphatic verb: "it is tho", "it literally does tho", "some
    # shops do though"; not praise ("that's really good though") or the client's own say ("it's your body, though")
    r"^(?:well,? |no,? |but,? |i mean,? )*(?:it|that|this|they|those|some \w+)(?: literally| really| actually| definitely)?"
    r"(?:'s| is| are| was| were| does| do| did| will| can)(?: literally| really| actually| definitely| still)?"
    r"(?! (?:hard|tough|difficult|rough|scary|awful|painful|horrible|sad|lonely|a lot to|really good|good|great|"
    r"brilliant|amazing|wonderful|lovely|okay|ok|fine|normal|understandable|"
    r"(?:(?:totally|entirely|completely|still|all|really|100%) )?(?:(?:your|ur) (?:body|life|call|choice|decision|own)|"
    r"up to (?:you|u)))\b)"
    r"(?: [\w']+){0,4},? (?:though|tho)\b",
    r"\b(?:you|u|try|start|just) (?:\w+ )?\w+\b.{0,40}\bfor once\b|\bonce and for all\b",
    r"\b(?:only|just) (?:making|hurting) (?:it|things|yourself)(?: \w+)? (?:worse|harder|more difficult)\b",
    r"\bit(?:'s| is) about what you did\b",
    r"\bnot (?:at|in) your (?:age|state|condition)\b",
    r"\b(?:you're|you are) (?:the )?(?:problem|one to blame)\b",
    r"\bjust don't want to\b",
    r"\bthe (?:\w+ )?talking,? not you\b",
    # warnings of consequences
    r"\b(?:if|unless) you (?:don't|do not|keep|continue|carry on|won't|go on|refuse|ignore|stop taking|"
    r"miss)\b.*\b(?:you'll|you will|you're going to|it'll|it will|they'll|they will|she'll|he'll|"
    r"she will|he will|the \w+ will|you could|you might|there'll)\b",
    r"\b(?:they|he|she|the court|the judge|your wife|your husband|your kids|your boss|social services)"
    r"(?:'ll| will| is going to| are going to| could| might) (?:take|leave|send|lock|kick|fire|stop|"
    r"remove|breach|revoke|cut you off|throw you out|divorce)\b",
    # doubting honesty
    r"\b(?:are you sure about that|i find (?:that|it|this) hard to believe|(?:that's|it's) hard to believe|"
    r"i doubt (?:it|that|you)|somehow i doubt|pull the other one|tell me another|you expect me to believe|"
    r"is that (?:really|actually|honestly) (?:true|the case|all|it|what happened)|"
    r"i'm not buying|not buying (?:it|that)|come off it|give me a break)\b",
    r"(?:^|\s)(?:really|seriously)\?(?=\s|$)",  # outside the \b group: nothing word-like follows a "?"
    r"^(?:are )?you sure(?: about that)?\?",
    r"\bi(?:'m| am) not convinced\b|\b(?:difficult|hard) to square\b",
    r"\bthat's not what (?:the|your) (?:\w+ )?(?:report|letter|notes?|test|results?|records?) (?:says|said|shows|showed)\b",
    r"\bare you being (?:completely |totally |entirely |fully |really )?(?:honest|straight|truthful)\b",
    # moralising
    r"\b(?:it's|that's|it is|that is) not (?:fair|right|okay) (?:on|to|for) (?:your|them|her|him|the)\b",
    r"\bthink (?:about|of) (?:your|the) (?:kids|children|family|wife|husband|mother|mum|baby|son|daughter)\b",
    r"\bwhat about your (?:kids|children|family|wife|husband|baby|responsibilities)\b",
    r"\bwhat kind of (?:example|parent|father|mother|husband|wife|person|message)\b",
    r"\byou owe (?:it|them|her|him)\b",
    r"(?<!n't be )(?<!not be )(?<!n't )(?<!not )\b(?:disappointed in you|let (?:everyone|them|your family|your kids|your children|yourself) down)\b",
    # "nothing to be ashamed of" / "don't be ashamed" reassure ("should be ashamed" is above); "ashamed of
    # yourself" judges whoever says it first
    r"(?<!feel )(?<!feels )(?<!felt )(?<!feeling )(?<!more )(?<!so )(?<!bit )(?<!little )(?<!'re )(?<!'m )(?<!are )(?<!am )(?<!was )(?<!were )(?<!be )(?<!being )\b(?:ashamed|shameful|disgraceful|appalling|wrong of you)\b",
    r"(?<!not )(?<!n't )(?<!no need to )(?<!nothing to )(?<!never )\bbe ashamed of (?:yourself|your ?self)\b",
    # "that was a terrible thing to do"; "a terrible thing to be told" is sympathy
    r"\b(?:a|such a) terrible thing (?:to do|to say|you did)\b|\bdid (?:a|such a) terrible thing\b",
    # disagreeing and correcting
    r"\bi (?:disagree|beg to differ)\b",
    r"\b(?:that's|that is|it's|it is) not (?:how|what|the way) (?:it|that|this|things)\b",
    r"^(?:actually|well actually|not really),? (?!.{0,30}\bwhat i (?:meant|mean|said)\b)(?!(?:it's|that's|it is|that is) (?:okay|ok|fine|all right|alright)\b|"
    r"(?:you're|you are|ur|you) (?:not|aren't|don't|didn't|haven't)\b|i'm (?:glad|sorry|not)\b|that was (?:me|my)\b|"
    r"that (?:sounds|must|seems)\b|that's (?:so |really )?(?:awful|terrible|horrible|rough|hard|sad|tough)\b)"
    r"(?:it|that|you|the|there|they|i|alcohol|smoking|cannabis|weed)\b",
    r"\b(?:it|that) (?:doesn't|does not|don't) work (?:like|that way)\b",
    r"\b(?:with (?:all due )?respect|you're missing the point|that's beside the point|that's not the point)\b",
    r"\b(?:that's|it's|that is) (?:just )?(?:not )?(?:realistic|unrealistic|naive|wishful thinking|a myth|"
    r"an old wives' tale|a fantasy)\b",
    # blaming
    r"\b(?:it's|that's|it is|that is) (?:your|all your) (?:fault|doing|own making|own doing)\b",
    r"\byou (?:caused|started|created) (?:this|it|the|all)\b",
    r"\bbecause of you\b",
    r"\byou (?:made|make) (?:her|him|them|everyone) (?:feel|do|leave|cry|angry|upset)\b",
    # sarcasm and irritation
    r"\b(?:oh|(?<!as )well),? (?:great|brilliant|wonderful|fantastic|lovely|perfect|sure|yes|really)\b",
    r"\bhow (?:convenient|nice for you|lovely for you)\b",
    r"\bmust be nice\b",
    r"\b(?:real|very|so) mature\b(?! for (?:your age|a|an|\d+|someone|somebody))",
    r"\b(?:thanks a lot|good luck with that|sure,? sure)\b",
    *_SURE_PUSH,
    r"\bwe(?:'ve| have) (?:been|gone) (?:over|through) this\b",
    r"\b(?:already|again) told you\b",
    r"\bi(?:'ve| have) (?:said|told you) (?:this|that|it|before|already|a hundred|many)\b",
    r"\b(?:hundredth|millionth|thousandth) time\b",
    r"\b(?:not this again|here we go again)\b",
    r"^(?:enough|whatever)(?:\s*[,.!]|\s*$)",
    # rhetorical challenges
    r"(?<!what )(?<!how )\b(?:do|did) you (?:really|honestly|seriously|actually|genuinely) (?:think|believe|expect|want me)\b",
    r"\bwhat did you (?:expect|think (?:would|was going to) happen)\b",
    r"\bhow(?:'s| is) that (?:working|going) (?:out )?for you\b",
    r"\b(?:isn't|wasn't) (?:it|that) (?:obvious|clear)\b",
    r"\bcan't you see\b",
    r"\bwhy (?:can't|won't|don't) you (?:just )?(?:see|admit|accept|listen|understand|get it|take)\b",
    r"\bwhat(?:'s| is) the point (?:of|in) (?:you|even|coming|me)\b",
    r"\bis it (?:really )?worth (?:losing|it\?)\b",
    # labels and diagnoses thrown at the client
    r"\b(?:that's|this is|it's) (?:just )?(?:classic |typical |textbook )?(?:denial|addict thinking|"
    r"addictive thinking|codependent|narcissistic|the addiction|your disease|the drink|the alcohol|"
    r"the booze|the drugs|the gambling) ?(?:talking|speaking)?\b",
    r"\b(?:classic|typical|textbook) (?:\w+ )?(?:behaviou?r|denial|excuse|addict|alcoholic|avoidance|"
    r"teenager|response)\b",
    r"\byou(?:'ve| have) (?:got )?a (?:\w+ )?(?:drinking|gambling|drug|anger|eating|spending|"
    r"serious|real|big) problem\b",
    r"\b(?:just )?admit it\b",
    r"\byou(?:'re| are) (?:not|no) (?:the |a )?victim\b",
    r"\b(?:act|behave) like (?:one|an adult|a grown|a man|a woman|a parent)\b",
    # "you're a grown man", "a grown man who can't manage one worksheet?": a rebuke; "fussing over a grown man who has
    # run his own life" takes the client's side
    r"\b(?:you're|you are|ur) a grown (?:man|woman|adult)\b",
    r"\ba grown (?:man|woman|adult) who (?:can't|cannot|couldn't|won't|doesn't|does not|still can't)\b",
    r"\byou (?:don't|do not) (?:actually |even |really )?know what(?:'s| is) (?:good|best|right)\b",
    r"\bwhat an? \w+ would say\b",
    r"\bdo you have any idea\b",
    r"^what part of\b",
    r"\bhardly a (?:mystery|surprise|shock)\b",
    r"\bwhatever you tell yourself\b",
    r"(?<!than )\b(?:other|most) (?:people|parents|clients|men|women|lads|guys) (?:in|on|at|here)? ?\w* ?manage\b",
    r"(?<!not )(?<!n't )\bwasting (?:both )?(?:our|my|your|everyone's) time\b",
    r"\bwriting you up\b",
    r"\blet me be (?:clear|blunt|honest|straight)\b",
    r"\bback to square one\b",
    r"\b(?:we've|we have) (?:literally |already )?been over this\b",
    r"\b(?:keep going|carry on|go on) like this\b",
    r"\bnot ready to be helped\b",
    r"\b(?:isn't|is not|won't|doesn't) (?:going to )?care about your\b",
    r"\bisn't the one with the problem\b",
    r"\byou always have (?:a|an|some)\b",
    r"\byou never (?:finish|follow|do|stick|listen|try|turn|show)\b",
    r"\byou(?:'ve| have) been saying\b",
    r"\byou (?:don't|do not) get to\b",
    r"\bwhat your problem is\b",
    r"\b(?:lads|people|guys|men|women|kids) like you\b",
    r"\bif you (?:were|was) (?:serious|really serious|committed)\b",
    r"\bcall yourself a\b",
    r"\b(?:that|it) (?:isn't|is not) how (?:it|this|that) works\b",
    r"\byou can't just (?:drop|stop|quit|skip|ignore|expect|decide)\b",
    r"\b(?:seriously|really|again)\?",
    r"\bexpect (?:everyone|everybody|us|me|others) (?:else )?to\b",
    r"\bthat's (?:not|hardly) (?:cutting (?:down|back)|quitting|stopping|sober|progress)\b",
    r"\bthat's not what your\b",
    r"\bthe same story\b",
    # "…a real problem, not an excuse" takes the label away; "that's not an excuse" is matched above
    r"(?<!\bnot )\b(?:an?|another|more|just an?|your) (?:lame |poor |convenient |easy )?(?:excuse|excuses|cop-out)\b",
    r"\b(?:is|was|'s|are|isn't|is not) (?:no|not an|not a good) excuse\b",
    r"\bwho(?:'s|se| is) fault (?:is (?:that|it)|was (?:that|it))\b",
    r"\b(?:everyone|everybody|everything|someone|somebody) else'?s fault\b",
    r"\bi (?:don't|do not|can't|cannot) (?:accept|buy) (?:that|it|this|your)\b",
    r"\bi(?:'m| am) not (?:sure|convinced) i (?:believe|buy)\b",
    r"\bi find it (?:hard|difficult) to (?:believe|see how you)\b",
    r"\byou(?:'re| are) (?:just |really |clearly )?(?:minimi[sz]ing|downplaying|deflecting|dodging|"
    r"avoiding the (?:question|issue|point)|twisting)\b",
    r"\bif you(?:'d| had) (?:actually |just |only |really )?(?:listened|told|done|tried|taken|gone|stopped|"
    r"turned up|shown up|been honest|followed)\b.*\b(?:wouldn't|would not|would never)\b",
    r"\b(?:say|says|said|show|shows|tell|tells) (?:something |a )?(?:quite |very |completely |totally )?"
    r"(?:different|otherwise|another story)\b",
    r"\b(?:you're|you are|that's|that is|your (?:story|account|version)(?: is)?|it's) (?:being |a bit |quite |very )?"
    r"(?:inconsistent|contradictory)\b|\byou(?:'ve| have| just)? contradict(?:ed|ing)? yourself\b|"
    r"\b(?:doesn't|does not|don't) add up\b",
    r"\bwhy (?:are you|you're|ur|r you|are u) (?:even )?(?:here|bothering|coming)\b.*\bif\b",
    r"\bif (?:it's|it is|that's) not a problem,? (?:then )?why\b",
    r"\bpeople who (?:really|actually|truly|genuinely) (?:wanted?|cared?|mean)\b",
    r"\bi (?:think )?i know what(?:'s| is) best\b",
    r"\b(?:it's|it is) (?:that|really that|very) simple\b",
    r"\byou (?:say|said) that (?:every|each|all the) (?:week|time|session|day)\b",
    r"\bi(?:'ll| will) have no choice\b",
    r"\b(?:is|was|that's|that was|it's|it was) (?:very |so |really |just |pretty |plain )?(?:illegal|selfish|irresponsible|"
    r"reckless|unacceptable|disgraceful|out of order)\b",
    r"\band (?:you|u) know it\b",
    # arguing with the client's account: a counter-fact, a rhetorical tag, their word in scare quotes
    r"\b(?:though|tho),? (?:is it|isn't it|are they|aren't they|does it|doesn't it|do they|did you|didn't you|"
    r"have you(?! (?:ever )?(?:thought|considered|tried|looked))|was it|wasn't it|right|eh)\b",
    r"\b(?:isn't|is not|aren't|wasn't|doesn't|don't|not) (?:really |exactly |just |quite )?(?:fine|only|a bit|"
    r"a few|social|cutting down|trying|moderate|normal|the (?:point|issue|problem))\b.{0,40}\b(?:though|tho|is it|"
    r"that's|thats|basically)\b",
    # scare quotes argue ("that isn't 'a few'"); "it is not 'only running' to you" speaks for the client
    r"\b(?:isn't|is not|aren't|not|isnt) '[^']{2,30}'(?!,? (?:to|for) (?:you|u)\b)",
    r"\bthat's not an? '?[\w ]{2,20}'?,? (?:that's|thats|it's) (?:an?|the)\b",
    r"(?<!people who )(?<!those who )(?<!anyone who )(?<!someone who )\b(?:is|are|'s|s) (?:still|literally(?: still)?) (?:a |an )?(?:smoking|drinking|gambling|using|nicotine|alcohol|"
    r"a pack|a problem|sugar|an? addiction|the same)\b",
    r"\bstill (?:contains|has|means|counts)\b",
    r"\bi(?:'m| am) not sure (?:that|this|it) (?:counts|is|was)\b",
    r"\bi (?:wouldn't|would not|don't|do not) (?:really )?call (?:that|it|this)\b",
    r"\b(?:would|'d) (?:all )?(?:call|say) (?:that|it) (?:is )?(?:a|an)\b",
    r"\b(?:would|'d|will) be a (?:big |huge |real )?mistake\b",
    r"\bi think (?:you|u) know (?:that|it)\b",
    r"\b(?:can|could) (?:you|u) (?:really )?blame (?:her|him|them|anyone)\b",
    r"\b(?:would|might) (?:disagree|beg to differ)\b",
    r"\blet's not pretend\b",
    r"\b(?:or|and) (?:didn't|did not|don't) want to\?",
    r"\bhow(?:'s| is| has| have)? (?:\w+ ){0,5}(?:been )?working out\b",
    r"\bcommon factor\b",
    r"\b(?:and )?(?:you|u) (?:really |honestly |actually )?think (?:that's|thats|that is|this is|that|it's) (?:gonna|going to)\b",
    r"\bif (?:you|u) know (?:it|that|this),? (?:then )?why\b",
    r"\bwhy (?:are|r) (?:you|u) (?:still )?(?:failing|doing it|still drinking|still smoking|still using|late again)\b",
    r"\bhow many (?:\w+ ){0,3}(?:is that now|actually)\b",
    r"\bthink (?:about|of|how) (?:her|his|their|the (?:kids|children|baby)|your (?:kids|children|family|wife|husband|mum|"
    r"son|daughter|partner|baby))\b",
    r"\b(?:convenient(?:ly)?|funny) how\b",
    r"\b(?:that'll|that will|that's gonna) go (?:down )?(?:well|great|brilliantly)\b",
    r"^(?:great|good|brilliant|nice|fantastic|solid) (?:plan|idea|thinking)\b",
    r"\benjoy (?:\w+ing|being|going|the) .{0,40}\bthen\b",
    r"\b(?:simple as|end of)$",
    r"\b(?:you're|ur|you are|u r) (?:gonna|going to) (?:fail|lose|die|end up|get (?:kicked|sacked|fired|arrested|sick))\b",
    r"\b(?:is|'s) (?:gonna|going to) give out\b",
    r"\bwill end up (?:destroying|ruining|killing|costing|wrecking|hurting)\b",
    r"\b(?:miss|skip|fail) (?:it|one|another|this)(?: again)? and (?:you're|ur|you'll|you are|you will|it's)\b",
    r"\byou(?:'ll| will) (?:really )?(?:be in (?:trouble|prison|jail|court)|have to accept)\b",
    r"\bthat's (?:kind of |basically |literally )?what an? \w+ is\b",
    r"\bthat(?:'s| is) (?:a|an) (?:anger|drinking|gambling|drug|spending|money) problem\b",
    r"\b(?:you're|ur|you are) (?:doing it|bringing it|bringing this) (?:to|on) yourself\b",
    r"\bnobody (?:deserves|has to|needs to)\b",
    r"\b(?:that's|thats|it's|its) not (?:really )?(?:how|what) (?:it|that|this|diabetes|addiction|money|the law) (?:works|means)\b",
    r"\bnot (?:everybody|everyone) (?:drinks|smokes|uses|gambles|needs|does that|has|gets|can|would)\b",
    r"\b(?:you|u) (?:did|have|had) (?:miss|skip|lie|spend)\w*\b.{0,30}\b(?:so|though|tho)\b",
    r"\b(?:you|u) (?:told|said to) me (?:you|u|last)\b.{0,80}\b(?:though|tho|so|not|isn't|wasn't)\b",
    # "you need to be honest with me", not the trainee's duty to be open ("I need to be honest with you, I have to
    # tell…"); "I'll be honest, …" still prefaces a push
    r"(?<!i need to )(?<!i have to )(?<!i've got to )(?<!i got to )(?<!i must )(?<!i gotta )\bbe honest\b",
    # "that doesn't help, does it?" challenges; "it doesn't stop, does it?" feels the weight with the client
    r"\b(?:doesn't|don't|isn't|aren't|wasn't|won't|can't|didn't|isnt|doesnt|dont|wasnt|wont|cant|didnt)\b"
    r"(?! (?:stop|end|let up|go away|ease|quit|get (?:any )?easier)\b).{3,80}(?:,|(?<!\bto)) (?:does|do|is|are|was|will|can|did) "
    r"(?:it|they|he|she|that|this)$",
    r"\b(?:isn't|won't|is not|will not|ain't) (?:going to |gonna )?(?:bring (?:him|her|them|it) back|fix (?:it|anything|"
    r"this)|solve (?:it|anything|this))\b",
    r"\b(?:any more|one more|another) (?:missed|late|positive|failed|slip|excuse)\w*\b.*\b(?:and|then)\b",
    # arguing and correcting ("that's not the same as choosing it" draws a line for the client as
    # often as against them: it is left to the form model)
    r"\b(?:that's|thats|that is|it's|its|it is) (?:just |simply |actually |really |still |so )?(?:wrong|a myth|not (?:fine|true|"
    r"okay|ok|right|healthy|normal|safe|social|moderate|a lot)|never (?:okay|ok|acceptable|fine)|"
    r"(?:still )?(?:illegal|against the law))\b",
    r"\b(?:it|that) (?:is|'s) (?:a (?:big deal|problem|serious)|serious|dangerous)\b(?!\s+(?:to|for) you\b)",
    r"\b(?:doesn't|does not|don't|dont|doesnt) matter (?:who|what|why|whether|if|how)\b",
    r"\b(?:isn't|is not|wasn't|aren't) (?:broken|the problem|the issue|how it works|true)\b",
    r"\byou (?:can't|cannot|cant) (?:really |actually )?(?:know|say|be sure|tell me) (?:that|for sure)\b",
    r"\b(?:never|not ever) (?:okay|ok|acceptable|an excuse|the answer)\b",
    r"\bi (?:didn't|did not|never) say that\b",
    r"\b(?:far )?too (?:much|many|often|high|heavy|young|old)\b.*\b(?:still|though|honestly)\b|\bstill (?:far |way )?too (?:much|many|high)\b",
    # labels
    r"\b(?:you're|you are|ur|you were) (?:basically |literally |clearly |obviously |just |a )?(?:a |an )?"
    r"(?:heavy |functioning |real |total |sugar |chronic |serial )?(?:addict|alcoholic|smoker|criminal|drunk|abuser|"
    r"junkie|liar|obese|overweight|gambler|stoner|cheat|bully)\b",
    r"\b(?:that's|thats|that is) (?:literally |basically |just |classic |textbook )?(?:what )?(?:controlling|abuse|"
    r"abusive|addiction|stalking|denial|resistance|manipulation)\b",
    r"\b(?:classic|typical|textbook) (?:resistance|avoidance|behaviou?r|you|excuse|addict thinking)\b",
    # blame
    r"\byou did (?:this|that)(?: to yourself)?\b",
    r"\bmade your (?:own )?bed\b",
    r"\b(?:that's|thats|which is) (?:why|how) (?:you|they|he|she|u)\b(?:'ve| have| ended| lost| got| took| left)",
    r"\bthe (?:result|consequence) of (?:your|you|ignoring|not)\b",
    r"\b(?:you|u) (?:betrayed|put (?:him|her|them|someone) in|broke (?:her|his|their) trust)\b",
    r"\bbecause (?:you|u) (?:kept|keep|didn't|wouldn't|won't|refused)\b",
    # doubt
    r"\bi (?:don't|do not|dont) (?:know if|really|quite) (?:i )?(?:believe|buy)\b",
    r"\b(?:you|u) clearly (?:do|are|did|have|want|don't)\b",
    r"\bor (?:you|u) wouldn't\b",
    # irritation
    r"\b(?:we've|we have|we) (?:been|gone) (?:over|round|around|through) (?:this|that)\b",
    r"\bthis is (?:becoming|getting) (?:very |really |quite |a bit )?(?:frustrating|tiresome|ridiculous)\b",
    r"\bi can't help you if you (?:won't|don't|will not|do not)\b",
    r"\bwe're not getting anywhere\b",
    r"\bif you're not (?:going to|gonna) take (?:this|it) seriously\b",
    r"\bother people are waiting\b",
    r"\brunning out of (?:ways|patience)\b",
    r"\bhow (?:are|am|is) (?:we|i) (?:supposed|meant) to\b",
    r"\bwhy (?:am i|do i|should i|would i) (?:even |still )?(?:bother|bothering)\b",
    r"\bwhat(?:'s| is|s) the point (?:of|in) (?:me|us|my|coming|doing)\b",
    r"\bwith you,? (?:is it|isn't it)\b",
    r"\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) time (?:you've|you have|this|you)\b",
    r"\bif (?:you|u) (?:can't|cant|won't|wont) be bothered\b",
    # warnings
    r"\b(?:you|u) (?:could|might|will|'ll|would) (?:end up|die|kill|lose (?:your|the|them|her|him))\b",
    r"\b(?:someone|somebody|you|u|people) (?:could|might|will|are going to|is going to) (?:die|get (?:hurt|killed))\b",
    r"\bpeople (?:are|have been) dying\b",
    r"\b(?:you|u) need to hear (?:this|that|it)\b",
    r"\bit(?:'s| is|s) (?:really |very |so )?(?:damaging|hurting|harming) (?:them|him|her|you|the)\b",
    r"\b(?:really |very |so )?dangerous,? (?:right|you know|isn't it|yeah)\b",
    r"\bwon't (?:be|last) (?:for )?long if\b",
    r"\bif (?:you|u) keep (?:\w+ing|on|this up|going)\b",
    # "if you let it control you it can cost you your job": a consequence held over the client
    r"\bif (?:you|u) let (?:it|this|that|them|the \w+) (?:\w+ )?(?:control|take over|rule|run|get to) (?:you|u|your)\b",
    r"\b(?:it|this|that|drinking|gambling|smoking|the \w+) (?:can|could|will|might|would|is going to|'s going to|"
    r"is gonna|'s gonna) (?:end up )?cost(?:ing)? (?:you|u) (?:your|ur|the|everything)\b",
    r"\b(?:he'll|she'll|they'll|you'll) (?:fall|get) (?:so |way |really )?(?:far |further )?behind\b",
    r"\b(?:you'll|you will) have to live with (?:that|it|the)\b",
    r"\bget yourself (?:killed|hurt|arrested|sacked|fired|kicked out|banned)\b",
    # doubt, in the words people use for it
    r"\b(?:not sure|don't think) i (?:believe|buy) (?:that|it|you)\b",
    r"\bi (?:want|would like|'d like) to believe you,? but\b",
    r"\bi(?:'m| am) (?:a bit |a little |slightly |rather )?(?:sceptical|skeptical)\b",
    r"\bisn't that what you said (?:last|the last|before|at the end)\b",
    r"\bwhen has (?:that|it|this) ever (?:worked|helped|happened)\b",
    r"\bsurely you (?:can|must|know|see|realise|realize|understand)\b",
    # a verdict, a label, a diagnosis handed down
    r"\bplain and simple\b|\bwhether you (?:want to |like to )?call it that or not\b",
    r"\bwhat you(?:'re| are) describing is (?:an? |the )?(?:\w+ )?(?:addiction|disorder|dependence|dependency|"
    r"codependency|abuse|denial)\b",
    r"\b(?:that's|that is) (?:a |an )?(?:victim mentality|codependency|obsessive behaviou?r)\b",
    r"\b(?:you're|you are) (?:a |an )?(?:compulsive|functioning|nicotine|gambling|food|shopping) "
    r"(?:gambler|alcoholic|addict|eater|shopper)\b|\byou're hooked\b",
    r"\bthat's (?:pretty much |literally |basically )?the (?:very )?definition\b",
    r"\bnot the word i(?:'d| would) use\b|^with (?:all )?(?:due )?respect\b",
    r"^no,? (?:they|it|he|she) (?:don't|doesn't|isn't|aren't|didn't|won't)\b",
    r"\b(?:that|it|this) (?:isn't|is not|wasn't|was not) (?:really )?fair (?:on|to)\b(?! (?:you|u)\b)|\bnot a good look\b",
    r"\b(?:textbook|classic) (?:\w+ )?(?:control|avoidance|denial|addiction|addict|case|behaviou?r)\b",
    r"\bthat's what every (?:\w+ )?says\b",
    rf"{YOU_ARE} (?:just |clearly |obviously |really |such |totally |basically |a total |a real )*"
    r"(?:an? )?(?:people pleaser|comfort eater|control freak|avoider|addict with a prescription)\b",
    # blame put back on the client
    r"\bis it any wonder\b|\bhardly surprising\b",
    # the client's misdeed said with an emphatic "did" ("well, you did miss three appointments", "i mean u did
    # steal from them"); an emphatic "did" on what the client got right ("you did walk away") affirms
    r"^(?:(?:well|i mean|but|tbh|tbf|to be fair|uh|um|so|and)[, ]+)*(?:you|u) did (?:miss|ignore|steal|skip|fall out|"
    r"gamble|spend|blow|forget|lie|cheat|jump|send|throw|hit|punch|smash|drive (?:over|after|drunk|home)|"
    r"turn up (?:late|drunk|high|hammered|wasted)|show up (?:late|drunk|high)|put (?:most|all|half)|choose|go at|"
    r"leave (?:him|her|them|the kids|the baby|your kids|ur kids|the kid)(?: on (?:his|her|their) own| alone| with| at| in)|stop (?:paying|answering|going|replying|turning up|showing up|coming|taking)|"
    r"break (?:the|your|ur|his|her|their)|run (?:the|a|off))\w*\b",
    # a warning put as a dare: "keep that up and you'll be hooked by Christmas", "miss one more and you're off"
    r"^(?:(?:well|look|honestly|but)[, ]+)*(?:(?:you|u) )?(?:keep (?:that|this|it|doing that|doing this|going like this|on)(?: up)?|"
    r"carry on(?: like (?:this|that))?|(?:miss|skip) (?:one|another|any)(?: more)?(?: one)?|do (?:that|it) again|one more)"
    r"(?:,)? (?:and|n) (?:you|u|ur|they|she|he)(?: won't| wont|(?:'re| are| r) (?:off|out|done|finished|back)|"
    r"(?:'ll| will|'re| are| r) (?:be |end up |get )?(?:\w+ )?"
    r"(?:hooked|dead|sacked|fired|kicked|banned|barred|in trouble|in hospital|inside|"
    r"locked up|breached|suspended|excluded|expelled|homeless|broke|alone|losing|lose|crash|hurt|sorry|regret))\b",
    # the client's earlier words used to catch them out: "No. You told me on Friday it was twice a week."
    r"^no[.,!]* (?:you|u) (?:told|said to) me\b|^no[.,!]* (?:you|u) said\b",
    # a verdict on what the client said: "that's what alcoholics tend to say"
    r"\b(?:that's|thats|that is|it's) (?:exactly )?what (?:every |most |all )?(?:alcoholics|addicts|drinkers|gamblers|"
    r"users|junkies|abusers|smokers|people in denial)(?: \w+)? (?:say|tell)\b",
    r"\b(?:that's|thats|that is|this is|it's|its|sounds like) (?:just |basically |classic |textbook )?(?:an? )?"
    r"(?:anger issues?|addiction|dependency|drug diversion|neglect|child neglect|denial|self-pity|victim mentality)\b"
    r"(?! (?:to|that) (?:you|u)\b)",
    # a diagnosis handed down as the trainee's own verdict: "that sounds like depression to me, not just tiredness"
    r"\b(?:that|it|this|that's|thats|it's) (?:sounds|seems|looks) (?:a lot )?like (?:clinical |classic )?(?:depression|"
    r"an? (?:anxiety|eating|personality) disorder|ptsd|burnout|ocd|adhd|an addiction|alcoholism|bipolar)"
    r"(?: \w+)? to me\b",
    r"\bthat's what happens when you\b",
    r"\b(?:doesn't|does not) excuse\b|\bno excuse for\b",
    r"\b(?:you|he|she|they) (?:may|might|will) come to regret\b",
    r"\bi(?:'m| am) not (?:sure|convinced) (?:that's|that is) (?:the case|accurate|true|right|fair)\b",
    # irritation with the client
    r"\b(?:we've been|we have been|we keep going|we're going|we are going|we go) (?:round|around|over) "
    r"(?:this|the same|that) (?:exact |same )?(?:loop|circle|ground)\b",
    r"\byou (?:keep |kept |always |just )?(?:change|changing|changed) the subject\b",
    r"\byou (?:just |always )?(?:shoot|shot|knock) down everything\b",
    r"\bcan we (?:actually|please|just) get somewhere\b",
    # a correction, blame handed back, a warning, a moral verdict on what the client did
    r"\b(?:that|it|this) (?:simply |just )(?:isn't|is not|wasn't|was not) (?:true|the case|accurate)\b",
    r"\b(?:it was|it is|it's|its|that's|thats|that was) (?:probably |partly |kinda |kind of |really |actually |"
    r"literally |all |totally |obviously )?(?:ur|your) (?:own )?fault\b",
    r"\bthat'?s how (?:accidents|people get hurt|people die|kids get hurt|fires start)\b",
    # a warning of what will follow if the client goes on ("if you don't look after yourself you won't be
    # able to look after her"): 11 of 13 such turns in the tuning files push; the other two are the
    # client's own fear or a doctor's words handed back, which the reported-speech and fear checks keep
    r"\bif (?:you|u) (?:don't|dont|do not|keep|carry on|continue|won't|wont|never)\b[^.?!]{0,60}\b(?:you|u)"
    r"(?:'ll| will|ll| won't| wont| will not| could| might| may)\b",
    r"\b(?:cruel|selfish|unfair|nasty|dishonest|irresponsible|reckless|sneaky|cowardly|shameful) thing to do\b"
    r"(?! to (?:you|u|a kid|a child)\b)",
    r"(?<!doesn't )(?<!doesnt )(?<!does not )(?<!don't )(?<!dont )\b(?:that|you|u) (?:sound|sounds|seem|seems) "
    r"(?:quite |a bit |a little |really |pretty |very |kinda |kind of )?(?:paranoid|selfish|lazy|irresponsible|"
    r"childish|dramatic|defensive|naive|immature|entitled|unreasonable)\b",
    # a correction, however politely put: "that one's an old wives' tale", "it doesn't really work like that round",
    # "the forms aren't optional", "you've got it a bit backwards"
    r"\b(?:that's|thats|that is|it's|its|it is) (?:just |sadly |unfortunately |actually )?(?:a |an )?(?:bit of a |total |"
    r"complete |popular |common |old |big )*(?:myth|wives' tale|misconception)\b",
    r"^(?:(?:well|no|look|um|so),? )*i'?m afraid (?:the|your|that|it|this|those|these) (?:[\w']+ ){0,3}(?:isn't|is not|"
    r"aren't|are not|wasn't|doesn't|does not|don't|won't|can't)\b",
    r"\b(?:it|that|this) (?:doesn't|does not|don't|dont|doesnt) (?:usually |really |quite |actually )?work (?:that way|"
    r"like that)\b",
    r"\b(?:isn't|is not|isnt|aren't|are not|it's not|that's not|its not|thats not|this is not|it is not) (?:really |"
    r"actually )?optional\b(?! (?:for|on) (?:me|us|my part|our part))",
    r"\b(?:that's|thats|that is|it's|its|you've got (?:it|that)) (?:a bit |kinda |kind of |rather |a little |completely |"
    r"totally )?(?:backwards|the wrong way round|back to front)\b",
    # the same promise heard before, and where it went: "you told me that one at christmas", "we know how it ended"
    r"\b(?:heard|had) that (?:one|line|excuse) before\b",
    r"\b(?:that's|thats|that is) (?:exactly )?what (?:you|u) said (?:last|about|before|after|in|at|the)\b",
    r"\b(?:you|u) said (?:that|the same)(?: thing)? (?:after|about|in|at|when)\b",
    r"\bwe (?:both|all) know how (?:that|this|it) (?:ended|ends|goes|went|turned out)\b",
    r"\b(?:you|u) know (?:how (?:this|that|it) (?:ends|goes|turns out)|where (?:that|this|it|patterns?) (?:leads?|goes|"
    r"ends))\b",
    r"\blook where (?:that|it|this) (?:got|has got|'s got|left) (?:you|u)\b",
    r"\bhow(?:'s| is| did| has) (?:that|it) (?:worked|working|work) out (?:for (?:you|u)|so far)\b",
    # a verdict in a saying: "should've thought of that earlier", "you've made your bed"
    r"\bshould(?:'ve| have|ve|a) thought (?:about|of) that (?:before|earlier|first|sooner)\b",
    r"\bbeggars can'?t be choosers\b|\brob(?:bing|s)? peter to pay paul\b|\b(?:you've|you have) made your (?:own )?bed\b",
    r"\b(?:you're|you are|ur|youre) not (?:18|eighteen|19|twenty|21|a kid|a teenager|a child|a student|at school) "
    r"(?:any ?more|now)\b",
    # siding with the other party against the client: "well, your sister's right", "she's probably got a point"
    r"(?<!think )(?<!thinks )(?<!feel )(?<!maybe )\b(?:your|ur) (?:mum|mom|dad|wife|husband|partner|girlfriend|boyfriend|"
    r"teacher|boss|doctor|gp|coach|nan|gran|sister|brother|ex|manager|probation officer|social worker|mate|friend)(?:'s| is| "
    r"was) (?:probably |actually |totally |kinda |kind of |dead |spot on |absolutely )?(?:right|got a point|not wrong|"
    r"onto something|spot on)\b",
    # or as a defence of them: "she's only trying to keep you alive", "they're just looking out for you"
    r"(?<!you said )(?<!you feel like )(?<!you think )(?<!part of you knows )\b(?:she|he|they)(?:'s|'re| is| are) "
    r"(?:only|just) (?:trying to (?:help|keep you|look after|protect|do (?:right|the best|her best|his best|their best))|"
    r"looking out for (?:you|u)|worried about (?:you|u)|doing (?:her|his|their) (?:job|best))\b(?![^.?!]*,? (?:and|but) "
    r"(?:it|you|u|that|still)\b)",
    # a threat of the record: "don't make me log it", "I'll have to write this up"
    r"\bdon'?t make me (?:write|report|call|ring|tell|put|send|mark|log|record|escalate)\b",
    r"\bi(?:'ll| will|'m going to| am going to) (?:have to|need to) (?:write (?:it|this|you) up|mark (?:you|it)|log (?:it|this)|"
    r"record (?:this|it) as|escalate)\b",
    # the client told to hear their own words: "read that back", "listen to what you just said"
    r"\bread (?:that|it|what you (?:just )?(?:wrote|said)) back\b|\blisten to (?:yourself|urself|what (?:you|u) "
    r"(?:just )?said)\b",
    r"\b(?:i'll|i will|ill) let (?:you|u) do the maths?\b",
    r"\bi'?m not the one (?:who|that)\b|\b(?:just )?(?:to|let me|i'll|can i|i have to|i need to) correct (?:you|u|that)\b",
    r"^(?:(?:oh|yeah|right|sure),? )*(?:i'm sure|sure|yeah right)\b[^.?!]{0,40}\b(?:fixes|solves|cures|sorts) (?:everything|it "
    r"all|all that)\b",
    r"\bi'?m afraid (?:it's|that's|it is|that is) (?:a )?(?:different story|another story|not the same|another matter)\b",
)

# A label offered as a question ("do you think you have an anger problem?", "would you say you're an alcoholic?"):
# MITI codes the question, but the client hears the verdict in it, so it carries the labelling flag.
LABEL_QUESTION = _rx(
    r"\b(?:do|would|could) (?:you|u) (?:think|say|agree|accept|admit) (?:that )?(?:you|u)(?:'ve got| have| might have| may "
    r"have|'re| are| might be| may be| could be) (?:got )?(?:a |an |some )?(?:bit of an? )?(?:\w+ )?(?:problem|issue|"
    r"addiction|alcoholic|addict|in denial)\b",
    r"\b(?:are|r) (?:you|u) (?:an? )?(?:alcoholic|addict|in denial)\b",
    r"\bhave (?:you|u) (?:ever )?(?:thought|considered|wondered) (?:that |whether |if )?(?:you|u)(?:'re| are| might be| "
    r"have| might have) (?:an? )?(?:\w+ )?(?:problem|addiction|alcoholic|addict|in denial)\b",
)

LABELLING = _rx(
    # a clinical name for how they talk: "intellectualising may be a way of avoiding your emotions"
    r"\b(?:your |this |that |the )?intellectuali[sz](?:ing|ation)\b",
    # a name for the kind of person the client is: "you've turned yourself into a bit of a martyr", "bit of a doormat,
    # then"; said of someone else ("your boss sounds like a control freak") it sides with the client
    r"(?:\byou(?:'re| are|'ve been| have been|'ve become| have become|'ve turned yourself into| have turned yourself "
    r"into| sound like| seem like| come across as)|^) (?:literally |basically |just |totally |such )?(?:a bit of an?|such an?|an?|something of an?) "
    r"(?:martyr|doormat|pushover|snowflake|control freak|people[- ]pleaser|soft touch)\b",
    r"^(?:bit of an?|such an?) (?:martyr|doormat|pushover|snowflake|control freak|people[- ]pleaser|soft touch)\b",
    rf"{YOU_ARE} (?:just |clearly |obviously |really |such |totally |basically )*(?:in denial|"
    r"an? (?:alcoholic|addict|drunk|liar|junkie|abuser|bully|failure|hypochondriac|narcissist|binge drinker|"
    r"problem drinker|problem gambler|"
    r"enabler|baby|child|victim|coward|hypocrite|mess|drama queen)|(?:stubborn|lazy|selfish|"
    r"defensive|irresponsible|immature|dramatic|paranoid|naive|manipulative|hysterical))\b",
    r"\b(?:typical|classic) (?:addict|denial|alcoholic)\b",
    # a diagnosis handed down: "classic people-pleaser", "that's textbook codependency"; not "a classic
    # sign of…", which explains a pattern, or "a typical day", which asks about one
    # "the textbook doesn't stop it" is the book, and "textbook, and still…" the client's own word
    r"(?<!the )(?<!your )(?<!my )\b(?:classic|textbook)\b"
    r"(?! (?:example|sign|case|symptom|way|story|film|car|rock|music|song|novel|book)s?\b)"
    r"(?! (?:doesn't|does|did|didn't|says|said|is|isn't|was|wasn't|has|and|or|of|to|in|on|but|though|answer)\b)"
    r" (?:[a-z-]+ )?[a-z-]+",
    r"\b(?:addicts|alcoholics|people like you) (?:always|never|like you)\b",
    r"\bis what (?:problem |heavy |compulsive |binge )?(?:drinkers|gamblers|addicts|alcoholics|users|junkies) do\b",
)

# A diagnosis handed down as the trainee's verdict on what the client does ("that's a food disorder, pure and simple",
# "sounds like codependency to me", "you're controlling, that's the issue"); the coder lets it stand only
# when the client did not use the word first ("you're wondering if it's OCD" after "is this OCD?" reflects).
DIAGNOSIS = re.compile(
    r"^(?:(?:you know|u know|i mean|honestly|tbh|well|mm|so),? )*(?:(?:that's|thats|that is|this is|it's|its|"
    r"(?:that |it )?sounds like(?: (?:you're|you are|ur|you've got|you have|it's|this is))?|what (?:you're|you are|ur) "
    r"describing is|you're|you are|youre|ur|u r|you've got|you have|u have|you've become) |(?=(?:denial|"
    r"self[- ]sabotage|codependency|avoidance|avoidant)[.!]*$))(?:(?:literally|basically|clearly|just|textbook|classic|really|obviously|"
    r"definitely|totally|actually|pure|full-blown|a bit|being)[,.]? )*"
    r"(?P<label>denial|binge drinking|an? eating disorder|disordered eating|ocd|codependen(?:cy|t)|self[- ]sabotage|avoidan(?:t|ce)|"
    r"obsessive(?: behaviou?r)?|an? perfectionist|controlling|addicted|an? addiction|abusive|emotionally shut down|"
    r"(?:an? )?(?:gambling|drinking|anger|gaming|drug|eating|food) (?:problem|disorder|issues?))\b"
)
# What shows a "no" to the client was said to lift them (`scoring.coder._kindly_meant`): praise of what they did or
# are, "don't put yourself down", "I'm sure he still cares", progress named, a flexed arm.
# their harsh word about themselves denied: "someone who sweeps the salon every weekend isn't lazy"
HARSH_WORD_DENIED = (r"\b(?:isn't|is not|aren't|are not|wasn't|was not|not) (?:being )?(?:lazy|weak|stupid|useless|a failure|"
                     r"worthless|pathetic|skiving|crazy|mad|a loser|hopeless|a bad (?:mum|mom|dad|parent|person|son|"
                     r"daughter))\b|"
                     # ... or the people who call them it disagreed with: "I'd disagree with anyone who says this is
                     # just you being lazy"
                     r"\bdisagree with (?:anyone|anybody|whoever|people|them|those|everyone|everybody) who\b")
LIFTS_HARSH_WORD = re.compile(HARSH_WORD_DENIED)
LIFTS = re.compile(
    r"\b(?:don't|do not|dont) (?:put yourself down|be (?:so |too )?hard on yourself|sell yourself short)\b|"
    # someone else's care for them ("I'm sure she still loves you"); "I'm sure you could…" is a push
    r"\bi(?:'m| am) sure (?:he|she|they)\b[^.?!]{0,30}\b(?:loves?|cares?|understands?|knows?|appreciates?|misses?)\b|"
    r"\b(?:is|that's|that is|it's|still|real|huge|big) progress\b|\bshows (?:you're|you are|that you|how)\b|"
    r"\b(?:you're|you are|you've been) (?:obviously |clearly |really |so |such )?(?:clever|capable|strong|brave|smart|"
    r"talented|resilient|a good (?:dad|mum|mom|parent|friend|person|worker))\b|"
    r"\b(?:amazing|well done|proud of you|brilliant|fantastic|incredible|a good start)\b|\U0001F4AA|"
    # what they have kept doing, set against their harsh word: "you've shown up every single week"
    r"\byou've (?:shown up|turned up|kept (?:going|at it|coming)|been (?:straight|honest) with me)\b|"
    r"\b(?:that's|that is) not (?:someone|somebody|a man|a woman|a person) who\b|" + HARSH_WORD_DENIED)
NOT_TRUE = re.compile(r"\bnot true\b|^i (?:don't|do not) (?:buy|believe) (?:that|it)\b|^(?:(?:well|no|oh|but),? )*(?:it's|it is|that's|that is|you're|you are) not\b")
# "that's rubbish" about what befell the client, said beside comfort, is sympathy ("…I'm sure he still loves you")
ROUGH_DEAL = re.compile(r"\b(?:rubbish|garbage)$")
COMFORT = re.compile(r"\b(?:don't|dont|do not) worry\b|\bi(?:'m| am) (?:so )?sorry\b|\bi(?:'m| am) sure (?:he|she|they)\b|"
                     r"\b(?:aw+|oh no)\b")
# "that's not okay" about what someone else did to the client sides with them ("he shouldn't say that to you")
NOT_OKAY = re.compile(r"\bnot (?:okay|ok|right|acceptable|fair)\b")
SIDES_WITH_THEM = re.compile(
    r"\bnot (?:okay|ok|right|fair|on|acceptable) (?:of|from) (?:him|her|them|your|that)\b|"
    r"\b(?:nobody|no one) (?:should|deserves|has (?:the|any) right)\b|"
    r"\b(?:he|she|they|someone|nobody|no one|(?:your|ur|the|that) (?!own\b)[a-z]+) (?:shouldn't|should not|should never|"
    r"had no right|has no right|have no right|can't just|cannot just|shouldn't have|should not have)\b")

# What the client says they did ("I did the worksheet thing. All of it."), after which "oh, great" is glad
CLIENT_DID = re.compile(r"\bi (?:did|done|finished|managed|went|tried|stopped|cut|quit|made it|got through|called|rang|"
                        r"booked|told|asked|wrote|signed|handed)\b|\bi(?:'ve| have) (?:done|finished|managed|stopped|cut|"
                        r"started|booked|called|rung|told|signed)\b")
PRAISE_WORD = re.compile(r"^(?:oh|yeah|sure),? (?:great|good|brilliant|amazing|lovely)\b")
SARCASM = _rx(
    r"\b(?:oh|yeah|sure),? (?:sure|right|great|because|cause)\b(?!,? (?:thanks|thank you|that's (?:great|good)|to hear|news|job|idea|that you)|(?<=right)[.!,] (?:so |and |um |ok |okay )?(?:i|it|they|there|you|we|that|the|[a-z]+ (?:is|are|do|does|can|let|lets|have|has)\b))|\byeah,? yeah\b(?!,? (?:i|that|it|you|they|they're|we|we're|he|he's|she|she's|there|there's|so|no|ok|okay|"
    r"exactly|absolutely|definitely|totally|of course|for sure|um|uh|mm)\b)",
    r"\b(?:worked|working|going|turned out) (?:out )?(?:so |really |just )?(?:great|well|brilliantly|"
    r"wonderfully) (?:for you )?(?:so far|hasn't it|has it|right|then)\b",
    r"\bwhatever you say\b",
    # praise said as its opposite: "that's a grand plan then", "you're a great man for torturing yourself"
    r"\b(?:that's|that was|thats) (?:a )?(?:grand|great|brilliant|genius|fantastic|cracking|top) (?:plan|idea|move|one|"
    r"strategy)(?: altogether)?,? then\b|\b(?:you're|you are|ur) a great (?:man|one|woman|lad|girl) for \w+ing "
    r"(?:yourself|urself)\b",
    # pity for being cared about: "must be awful having someone care"
    r"\bmust be (?:so |really |just )?(?:awful|terrible|dreadful|horrible|unbearable|such a burden) (?:having|to have) "
    r"(?:someone|somebody|people|anyone|a \w+|your \w+) (?:who )?(?:care|cares|caring|love|loves|loving|look(?:s|ing)? out)\b",
    r"\bhow many (?:more )?times (?:do|have|must|will|am|did|should|does) i\b|\bhow many (?:more )?times (?:are|is) (?:you|this|it) going to\b",
    r"\bi(?:'m| am) (?:getting )?(?:tired|sick) of\b",
    r"\b(?:good|nice|great) (?:luck|one) with that\b",
    r"\byeah,? right\b",
    # "Right, because a holiday would be such a terrible idea.": the client's reason mocked by its opposite
    r"(?:^|[.!?] )(?:right[.,] |oh,? |yeah,? )?because\b[^.?!]*\b(?:would be|is|was|'d be) (?:such|so) (?:a |an )?"
    r"(?:terrible|awful|bad|crazy|dangerous|disastrous|outrageous|shocking|wild|unthinkable)\b",
    # "Oh, I'm sure the neighbours are the real problem there."
    r"^(?:oh,? |yeah,? |right,? )?i(?:'m| am) sure (?:[a-z']+ ){1,4}(?:is|are|was|were|'s|'re) the (?:real|actual) "
    r"(?:problem|issue|villain|one to blame)\b",
    # "Because the whole place would obviously fall apart without you.": the client's reason handed back, mocked
    r"(?:^|[.!?] )(?:right[.,] |oh,? |yeah,? )?because\b[^.?!]*\b(?:would|will|could|can|is|are|was|were) (?:obviously|clearly)\b",
    # "Sure he is.": the client's claim agreed with, flat, in a sentence of its own
    r"^(?:(?:oh|yeah|lol|mm)[, ]+)?sure,? (?:he|she|they|it|you|u) (?:is|are|was|were|did|does|do|will|would|can)[.!]*$",
    r"(?<!i'm )(?<!i am )(?<!pretty )(?<!quite )\bsure you (?:will|are|do|did)\b",
    r"(?<!not so )(?<!not )(?<!so )(?<!i'm )(?<!i am )(?<!pretty )\b(?:sure|yeah|right),? (?:you|u) (?:were|did|are|will|do|have|would)\b",
    # "of course you do." is flat; "Of course you have a plan! What's stopping you?" is glad (`GLAD_OF_COURSE`)
    r"\bof course,? (?:you|u) (?:were|did|are|will|do|have|would)\b",
    # "if only you'd listened" reproaches; "if only you'd bought back then" hands back the client's own regret
    r"\bif only (?:you|u)(?:'d| had| would| could)? (?:just )?(?:listened|tried|bothered|thought|cared|done what|"
    r"paid attention|stopped|told (?:me|us|someone))\b|"
    r"\bif only (?:the (?:whole )?world|everyone|everybody|life|it|things|people) (?:would|were|was|could)\b",
    # "good to know" alone is mostly sincere ("So math is the least bad one. Good to know." read as sarcasm
    # and cost a scripted skilled session with Duy its breakthrough); said after a mocking "great, so…" it
    # is caught above
    r"\b(?:that's|thats) (?:all ?right|alright|fine|okay|ok) then\b",
    r"\b(?:'cause|cause|because) (?:that's|thats) (?:a )?(?:really|so|very) (?:healthy|smart|normal|great)\b",
    # "great, so you'll just drink anyway" mocks; "great, so will you try that this week?" moves on to a plan
    r"^(?:oh )?(?:great|brilliant|perfect|wonderful|fantastic),? so\b(?! (?:at least|you're already|will|would|could|can|shall|should|do|"
    r"what|how|when|which|where|let's|let us|we|maybe|next|for next)\b)",
    r"\?\s*(?:really|seriously)\?",
    r"^(?:lol|haha) (?:sure|right|a |an )",
    r"\b(?:twice|three times|\d+) (?:a day|a week|a night)\? (?:really|seriously|wow)\b",
    r"\bjust what the doctor ordered\b",
    r"\bthird time lucky\b",
    # the last failure recalled as a sentence of its own ("New year, is it. Like last year.") and the
    # promised day asked back as one of many ("which friday would that be then lol")
    r"^(?:just |oh,? |mm,? |yeah,? )?like (?:the |all the )?last (?:(?:few|two|three|four|five|\d+) )?(?:next )?(?:time|times|"
    r"week|weeks|year|years|month|months|christmas|summer|monday|mondays|one|ones)(?:,? and the (?:\w+ )?(?:before|one "
    r"before))?(?:,? (?:huh|eh|right|yeah))?[.!?]*$",
    r"\bvery (?!much\b|well\b)[a-z]+(?: [a-z]+)? indeed[.!]*$",
    r"\b(?:that|this|it)? ?(?:worked|went) (?:out )?(?:so well|really well|great|brilliantly|wonderfully) "
    r"(?:last time|the last time)\b(?!.*\?)",
    r"^(?:(?:right|ok|okay|oh|and|but|lol|mm)[.,]? )*which (?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|week|month|year|new year|january)(?:'s this| is this| would that be| is that)?(?:,? then|,? though|,? "
    r"tho| lol)*\W*$",
    r"^(?:yeah,? |oh,? )?like you (?:\w+ed|did|said|were|had)\b.*\?$",
    # an eye-roll in chat (the coder asks `EYE_ROLL`'s question of it: at the client, or with them?),
    # "the famous Monday", "living the dream": mockery however warm the words
    "[\U0001F644\U0001F643\U0001F60F]",
    r"\bthe famous\b|\bfamous last words\b|\bliving the dream\b",
    r"^(?:oh )?wow,? what (?:discipline|dedication|a plan|a genius|a surprise|a shock)\b",
    r"\band (?:i'm|im|i am) the (?:queen|king|pope)\b|\bpigs (?:might|will|can) fly\b",
    r"\bi'?m sure (?:the|your|ur) [a-z]+ (?:really )?(?:appreciates?|loves?|enjoys?|adores?) (?:that|it|them)\b",
    r"\bthat's a new one\b(?! (?:on|for) me)",
    # "sure, she always is": the client's claim agreed with in a way that says the opposite
    r"^(?:(?:oh|yeah|lol|haha)[, ]+)?(?:sure|of course|yeah|right),? (?:they|he|she|it) (?:always|never) (?:are|is|do|does|did|was|were)\b",
    # "very well indeed", "very diligent of you" after a failure: praise made to mean its opposite
    r"\bvery (?:well|good|nice|impressive|productive|responsible|mature|sensible|clever) indeed\b",
    r"\b(?:that'll|that will|that's going to|that's gonna|it'll|it will) (?:look|go down|read) (?:great|good|lovely|"
    r"brilliant|fantastic|well|really well) (?:in|on|with|to)\b",
    r"^(?:(?:oh|wow|well)[, ]+)+(?:[\w']+,? ){0,4}(?:very|so|super|real) (?:productive|mature|responsible|grown[- ]up|"
    r"sensible|diligent|helpful|clever|smart)\b(?! for (?:your age|a|an|\d+|someone|somebody))",
)
# A transcriber's note of mockery ("[scoffs] Really? Totally fine."): the coder reads it from the raw text, since
# normalising drops every note.
MOCKING_NOTE = re.compile(r"\[(?:scoffs?|scoffing|rolls (?:his |her |their |my )?eyes|eye[- ]?rolls?|tuts?|snorts?|"
                          r"sarcastic(?:ally)?|mocking(?:ly)?)\]", re.IGNORECASE)
GLAD_OF_COURSE = re.compile(r"^(?:\W*\w+\W+)?of course,? (?:you|u) [^.?]*!")
# An eye-roll in chat is mockery of the client when it follows their own claim; rolled at someone else with them
# ("ugh, school forms 🙄 the worst") it joins them.
EYE_ROLL = re.compile("[\U0001F644\U0001F643\U0001F60F]")
# What a trainee is told the face was, in the reason: an upside-down smile and a smirk mock as an eye-roll does
# ("sure it was the printer 🙃", "def def this time? 😏").
FACE_NAMES = {"\U0001F644": "an eye-roll", "\U0001F643": "an upside-down smile", "\U0001F60F": "a smirk"}
ROLLED_WITH_THEM = re.compile(r"\b(?:ugh+|so annoying|the worst|i know right|same|relatable|honestly who|as if)\b")

# Warmth no sarcasm comes with (hearts, a hug, a smile): "of course you do 💙" agrees with the client.
WARM = re.compile("[\u2764\U0001F499\U0001F49A\U0001F49B\U0001F49C\U0001F90D\U0001F917\U0001FAC2\U0001F49E"
                  "\U0001F495\U0001F497\U0001F490\U0001F642\U0001F60A]")

# Advice that opens like a question but asks nothing ("what about trying…", "what you want to do
# is…"): part of ADVICE, and ADVICE_NOT_ASKING keeps the question rules from excusing it.
WHAT_ABOUT_TRYING = (r"(?:(?:what|how) about:? (?:just |maybe |perhaps )?(?!(?:some|any|every|no)?thing\b|morning\b|"
                     r"evening\b|wedding\b|spring\b|ceiling\b|being\b|feelings?\b|sibling\b|darling\b|king\b)"
                     r"[a-z]{2,}ing|(?:what|how) about: [^.?!,]+, [^.?!,]+, \w+)")  # or a plan listed: "how about: a, b, c"
# How to handle someone else, told ("be firm about the mornings", "be stricter with him"): advice, and a
# command in so many words
BE_FIRM = (r"be (?:really |more |a bit more )?(?:firm|firmer|strict|stricter|consistent|tougher|tough|clear|upfront|"
           r"straight) (?:about|with)")
WHAT_YOU_DO_IS = r"what you (?:(?:want|need|have|ought|got) to do is|(?:really )?need (?:is|right now is) (?:to|a|some|more))"

# A sentence that opens on a bare verb of doing something about the problem ("Sell the bike and put the money
# back", "maybe give her some space", "block him, tonight", "contact the landlord in writing"), or the trainee's
# own choice for them ("I'd report him", "I'd quit"): advice in the imperative, whatever the verb.  A fresh
# writer's set of forum replies gave most of its advice so, and a whitelist of a dozen verbs caught few of them.  Not an invitation to talk ("tell me", "walk me through",
# "say more"), a discourse marker ("look, …", "listen, …"), care of the session ("take your time", "take a
# breath") or of the client's feelings ("don't worry", "go easy on yourself"), which are not about the problem.
_ACTION = (r"(?:contact|sell|block|delete|dump|leave (?:him|her|them|it|the|your)|move out|join|apply|appeal|report|"
           r"avoid|consider|stay away|save|pay|cancel|email|visit|buy|return|throw|lock|switch|schedule|"
           r"walk away|say no (?:to|more)|talk to (?:her|him|them|your|a|the|someone)|speak to|tell (?:her|him|them|your)|"
           r"call (?:her|him|them|your|the|a)|ring (?:her|him|them|your|the|a)|text (?:her|him|them|your)|"
           r"go (?:to|and|back|see)|see (?:a|your|the|if)|quit|cut|sign up|reach out|look into|look for|limit|"
           r"ditch|bin|unfollow|mute|document|screenshot|hide|remove|confront|apologise|apologize|forgive|"
           r"ask (?:her|him|them|your|for)|get (?:a|an|help|rid|out|in touch|checked|tested|back|on with|over)|"
           r"find (?:a|an|another|someone|out)|keep (?:copies|receipts|records|away|your distance|a diary|a log)|"
           r"take (?:a (?:break|step back|day off|week off|course|class)|some time off|the (?:job|offer|money)|"
           r"(?:him|her|them) back)|give (?:him|her|them) (?:a|some|time|space|another))")
# Said at the head of a sentence, after at most a few softeners: "maybe", "just", "honestly", "tbh".
_IMPERATIVE_OPEN = (r"^(?:(?:ok|okay|yeah|well|so|and|then|maybe|perhaps|just|honestly|definitely|def|defo|seriously|"
                    r"simply|really|tbh|ngl|personally|also|at least|first|instead)[,.]? )*")
# what it is they are told to do, for the reason the trainee reads
_WHAT = r"(?: (?!and\b|but\b|or\b|so\b|then\b|though\b|tho\b)[a-z'-]+){0,3}"
BARE_IMPERATIVE = (_IMPERATIVE_OPEN + _ACTION + r"\b(?! me\b| us\b|,| (?:would|could|might|will|can|should|is|was|"
                   r"'s|'d)\b)" + _WHAT
                   # not the limits of confidentiality ("the only time I'd tell your parents anything is if…")
                   + r"|(?<!time )(?<!when )(?<!unless )\bi(?:'d| would)"
                   r"(?: (?:just|definitely|honestly|seriously|probably|def|personally|totally))? "
                   r"(?:dump|leave|appeal|report|sell|quit|block|ditch|walk away|complain|cancel|move out|get out|"
                   r"tell (?:her|him|them|your)|go to|go back|call (?:her|him|them|the|your)|ring|"
                   r"take (?:it|him|her|them|the))\b" + _WHAT)

# The service sold to a client who has not asked: "counselling does work for lots of people if you give it a
# chance", "I know what I'm doing", "you can't knock it till you've tried it".  Advice in so many words (`scoring.coder`
# reads it as a directive, whatever the form model makes of it).
SELLS_THE_HELP = (
    r"\b(?:counselling|counseling|therapy|talking|this|it) (?:really |actually |honestly |definitely )?does work\b|"
    r"\b(?:counselling|counseling|therapy|talking|this|it) (?:really |actually |honestly |definitely )?(?:does )?works? "
    r"for (?:lots of|loads of|a lot of|many|most|plenty of|so many) (?:people|folk|clients)\b"
    r"(?![^.]*\b(?:didn't|did not|doesn't|does not|hasn't|won't) for (?:you|u)\b)|"
    r"\bif (?:you|u) (?:just )?give (?:it|this|counselling|therapy|me) a (?:chance|go|try|shot)\b|"
    r"\bi (?:know|kno) what (?:i'm|i am) doing\b|\bi'm a (?:trained|qualified) (?:professional|counsell?or|therapist)\b|"
    r"\b(?:can't|cannot) knock it (?:till|until|til)\b")
# The better course named for them ("it would be more beneficial for you to call regularly"), "you won't know unless
# you try", "it's in your interest to engage": advice in so many words, a directive too (`scoring.coder`)
ADVICE_IN_WORDS = (
    r"\bit(?: really| honestly| probably)?(?: would|'d| will| might| could) (?:probably |really |definitely )?be "
    r"(?:more |much |far |a lot |so much )?"
    r"(?:beneficial|better|wiser|sensible|best|smarter|a good idea|smart|helpful) (?:for (?:you|u) )?(?:to|if (?:you|u))\b|"
    # "it'd be good if you went along to that" (a fresh set of spoken sessions); not an invitation to say more
    r"\b(?:it|that)(?: would|'d) (?:really |so |be )?(?:be )?(?:good|great) if (?:you|u) (?!(?:could |can |would )?(?:tell|say|"
    r"share|talk|explain|help me|let me|walk me|told|said|shared|talked|explained)\b)|"
    # "it'd really help you to open up a bit more", "cutting it out would really help you" (an eighteenth helper round)
    r"(?<!what )(?<!how )(?<!if )\b(?:would|will|'d|'ll) (?:really|honestly|definitely|genuinely|seriously) help (?:you|u)\b"
    r"(?! (?:to )?(?:know|hear|understand|say|tell|talk|remember|think|figure|work out|decide)\b)|"
    # a nineteenth helper round's soft pushes: "you'd be wise to talk to your daughter", "it's important you keep coming"
    r"\b(?:you|u)(?:'d| would) be (?:wise|sensible|smart|well advised|better off) to\b|"
    r"\bit(?:'s| is) (?:really |so |very |super )?(?:important|vital|essential|crucial) (?:that )?(?:you|u) (?:keep|come|go|take|"
    r"stop|start|try|get|make|do|call|talk|see|don't|do not|stick|cut|look after)\b|"
    # "you might want to think about not keeping the whisky in the study"
    r"\b(?:you|u) (?:might|may) (?:want|wish) to (?:think about|consider|look (?:at|into)) (?!(?:what|how|why|whether|if|where|"
    r"when|who)\b)|"
    r"\b(?:you|u) (?:won't|will never|never) know (?:unless|until|if) (?:you|u) (?:try|give)\b|"
    r"\b(?:in|for) (?:your|ur) (?:own )?(?:best )?interests? to\b")
ADVICE = _rx(
    BARE_IMPERATIVE,
    SELLS_THE_HELP,
    ADVICE_IN_WORDS,
    # the remedy as a condition (a seventeenth helper round): "u can totally bring them back up if u just go to class and
    # get some sleep"; not "if you just want to talk", nor an invitation ("if you just sit with that, what comes up?")
    r"\b(?:can|could|will|would|you'll|it'll|you'd|it'd|that'll|that'd|you'll be|you're) [^.?!]{2,60}\bif (?:you|u) "
    r"(?:just|only) (?!want|wanna|need|feel|sit|notice|listen|stay|let yourself|tell|say|talk|let me|give me|"
    r"take a (?:second|sec|moment|minute)|(?:ask|asked|wonder|wondered|mean|meant)\b)[a-z]+",
    # "the leaving part is the right one"
    r"\b(?:is|be|sounds like|seems like) (?:the|your) (?:right|best|obvious) (?:one|choice|option|thing to do|decision|"
    r"answer|way forward)\b",
    # "there must be something you can change": a fix presumed before the client has looked for one
    r"\bthere (?:must|has to|have to|has got to) be (?:something|anything|a way|some way) (?:you|u) (?:can|could) ",
    # stock advice: "you can't pour from an empty cup", "the more you put in, the more you get out"
    r"\b(?:pour from an empty cup|put your own (?:oxygen )?mask on first|the more you put in\b,? the more you)",
    # an argument for facing it, unasked: "avoiding it won't make it go away", "it's important we talk about it"
    r"\b(?:avoiding|ignoring|running (?:away )?from|burying|bottling (?:it )?up|pushing (?:it )?down|not talking about) "
    r"(?:it|this|that|them|things|stuff|the \w+)\b[^.?!]{0,30}\b(?:won't|doesn't|does not|will not|never|"
    r"isn't going to|is not going to|only makes?)\b(?: [\w']+){0,4}",
    r"\b(?:it|this|that) (?:won't|will not|isn't going to|is not going to) (?:just )?(?:make (?:it|this|that|them) )?"
    r"go away (?:on (?:its|it's) own|by itself|if (?:you|we))",
    r"\bit(?:'s| is) (?:really |so |quite |very )?important (?:that )?(?:we|you|u) (?:talk|look|deal|face|address|"
    r"discuss|get|don't|do not|keep|stay|stop|start)\b",
    # a suggestion put as a question of ability ("can u talk to ur manager about the roster?", "couldn't you
    # just ring the carers' centre?"); not "can you tell me…", "could you talk about…" nor "could you see
    # yourself…", which ask the client to say more
    r"(?:^|[.?!] )(?:so |but |and |maybe |ok |okay )?(?:can|could|couldn't|can't) (?:you|u) (?:just |maybe |not |"
    r"try (?:and |to )?)?(?:talk|speak|ask|call|ring|text|email|message|write down|keep a|track|log|note down) "
    r"(?!about\b|more\b|me\b|us\b|it through\b|"
    r"through\b|it over\b)",
    # the argument that the client must look after themselves first ("u cant take care of them if u dont
    # take care of urself first")
    r"\b(?:you|u) (?:can't|cannot|won't be able to) [^.?!]{3,40}? (?:if|unless) (?:you|u) (?:don't|do not|won't|"
    r"can't|cannot)\b",
    # "the part you need to retake", "there's nothing you have to say": a relative clause, no directive
    r"(?<!something )(?<!anything )(?<!everything )(?<!nothing )(?<!what )(?<!places )(?<!place )(?<!where )"
    r"(?<!part )(?<!parts )(?<!bit )(?<!bits )(?<!forms )(?<!form )(?<!list )(?<!thing )(?<!things )(?<!stuff )"
    + NOT_THEIR_SENSE + NOT_A_REASON + r"\byou (?:really |definitely |def |defo |deffo |honestly |seriously |probably |just |also |still |absolutely |"
    r"actually |clearly |certainly |totally |kind of |sort of )?" + EMPHATIC_DO + r"(?:should(?! have been\b| (?:be |feel )?(?:really |so |very |extremely |incredibly |super |truly |hugely )?(?:proud|pleased|glad|chuffed)\b|" + SHOULD_EXPECT + r")|shoud|shld|need to|needs to|have to|"
    r"must(?! (?:really |so |still )?(?:be|have|feel|get|find|know|think|care|love|miss|hate|want|wish|wonder|worry)\b)|"
    r"ought to|got to|better|had better|'d better)\b(?! (?:deal|live|cope|put up|carry|go through|juggle|"
    + RIGHTS_TOLD + r"|"
    r"watch|see|hear|sit (?:with|through|and)|wait|feel|be (?:so |really )?careful about what you say|"
    r"tell (?:the same|it (?:all )?again|everyone|every)|keep (?:telling|explaining|saying|repeating|proving)|"
    r"explain (?:yourself|it (?:all )?again)|repeat|answer to|prove)\b)",
    r"\byou(?:'d| would) (?:be better off|do well to)\b",
    r"\bwouldn't it be (?:wise|better|sensible|smart|a good idea|easier|best) to\b",
    r"\b(?:is|would be|'s) (?:really |honestly |probably |genuinely )?the best thing (?:you can|you could|to) do\b",
    # "why don't you want to go?" asks a reason; "why don't you go?" tells
    rf"\bwhy (?:don't|do not|not) (?:you )?(?!{ASKS_A_REASON})(?:just |at least |try |simply )?",
    rf"\b{WHAT_ABOUT_TRYING}\b",
    rf"\b{WHAT_YOU_DO_IS}\b",
    r"\b(?:it's|it is|it being) (?:high |about |well past )?time (?:for you )?to (?:quit|stop|cut|"
    r"change|get|go|make|start|give|take)\b",
    r"(?<!what )(?<!how )\b(?:have|did) you (?:tried|considered|ever considered|thought (?:about|of) "
    rf"{NOT_SELF_HARM}(?:(?:deep|slow|box|mindful|regular|daily|gentle|some|more|less|cold|brisk) )?(?:\w+ing|getting|going|"
    r"trying|cutting|talking|joining|taking|using|asking|making)|looked into)\b"
    # "have you tried the patches before?" asks what has been tried, it suggests nothing
    + NOT_HISTORY,
    r"^(?:maybe|perhaps|possibly) (?:you |try|just|it would|it might|it'd|consider|start|think)",
    # an option put as a question: "have u thought about agency work too?"
    r"\bhave (?:you|u) (?:thought about|considered|looked (?:at|into)) (?!what|how|why|whether|if|where|when|who)"
    r"[\w' -]{2,30} (?:too|as well|instead)\b",
    # or on its own: "have u thought about a sleep app at all?", "have you looked into a debt charity?" (72 of
    # 76 such tuning questions offer the thing named; "…about the future?" or "…about your options?" do not)
    r"\bhave (?:you|u) (?:ever )?(?:thought about|considered|looked (?:at|into)) (?:like |maybe |even )?"
    r"(?!(?:what|how|why|whether|if|where|when|who|it|that|this|them|him|her|me|us|yourself|anything|something|"
    r"everything|all (?:this|that|of)|(?:the|your|ur) (?:future|options?|choices?|goals?|plans?|next steps?|reasons?)"
    r")\b|[\w']+ing\b)(?:(?:a|an|some|any|the|your|ur) )?[\w'-]+(?: [\w'-]+){0,4}(?: at all| too| as well| instead)?(?:\?|$)",
    r"(?<!everything )(?<!all )(?<!best )(?<!what )(?<!anything )(?<!something )(?<!thing )(?<!as )(?<!or )(?<!how )(?<!when )(?<!where )(?<!if )(?<!whether )\byou (?:could|might) (?:always |just |also |maybe |perhaps |at least |even |still )?(?:want to|"
    r"(?!be\b|for\b|to\b|with\b|about\b|in\b|at\b|on\b|and\b|but\b|or\b|if\b|when\b|because\b|barely\b|hardly\b|only\b|so\b|now\b|then\b|have\b|feel\b|say\b|think\b|see\b|not\b|find\b|get\b|end\b|lose\b|wonder\b|want\b|"
    r"notice\b|well\b|argue\b|decide\b|choose\b|pick\b|already\b|never\b|hear\b|"
    r"imagine\b|picture\b|worry\b|know\b|look like\b|sound\b|seem\b|call it\b|put it\b)[a-z]+)\b",
    r"(?<!something )(?<!anything )(?<!thing )(?<!before )(?<!until )(?<!till )(?<!so )(?<!then )(?<!if )(?<!when )(?<!where )(?<!how )(?<!whether )\byou (?:could|might|can) (?:always |just |also |maybe |perhaps |at least )?(?:try|want to|wanna|"
    r"consider|start|think about|look|talk|go|call|join|get|cut|stop|take|ask|write|use|do|"
    r"make|set|keep|find|put|switch|swap|download|schedule|plan|limit|tell|avoid|drink|eat|skip|"
    r"replace|throw|pour|walk|exercise|reach out|see(?! (?:\w+ )?(?:the|that|how|why|it|what|where|yourself|them|him|her)\b)|"
    r"speak|practise|practice|give)\b(?! me\b|(?: \w+){0,2} (?:anything|whenever|any time|anytime|if you (?:want|like|need)))",
    r"\b(?:it|that|this) (?:really |honestly |probably |definitely )?(?:would|might|could|will|'d|'ll|may) (?:really |definitely |probably |also |"
    r"honestly )?(?:be|help|make)(?: you)? (?:a lot |really |much |so much |way )?(?:good|better|best|"
    r"helpful|worth|wise|smart|useful|great|important|a good idea|sense|easier|healthier|"
    r"safer|help|a difference)\b(?<!sense)(?! (?:for (?:you|u) )?to (?:be|feel)\b)|\b(?:it|that|this) (?:would|might|could|'d) make "
    r"sense\b(?! (?:for (?:you|u) )?to (?:be|feel)\b| (?:that|if) (?:you|u) (?:felt|feel|were|are|'re)\b)",
    r"\b(?:it|that|this)(?:'d| would|'ll| will| might| could| may) (?:really |definitely |probably )?help(?: you)? "
    r"(?:a lot |loads )?(?:if|to)\b(?! (?:know|hear|understand|mention|say|remember that)\b)",
    r"\bit(?:'s| is) (?:really |very |so |super )?(?:important|best|better|crucial|essential|vital|"
    r"a good idea|smart|wise|key) (?:that you|for you to|to|you)\b",
    r"(?<!did )(?<!was )(?<!that's )(?<!doing )(?<!made )\bthe (?:best|only|right|smart) (?:thing|way|option|choice|move)\b"
    r"(?! (?:he|she|they|you|u|i|we) (?:know|knows|knew|had|has)\b)",
    r"\b(?:my )?(?:advice|suggestion|recommendation) (?:is|would be|here)\b",
    r"(?<!can )(?<!could )(?<!may )(?<!if )(?<!might )(?<!time )(?<!whenever )(?<!when )"
    r"\bi(?:'d| would)? (?:really |strongly |honestly |definitely )?(?:suggest|recommend|advise|urge)\b",
    # not the limits of confidentiality told ("the only time I'd tell your parents anything is if…", "then I'd tell you
    # first"): what the counsellor would do, not what the client should
    r"(?<!time )(?<!when )(?<!before )(?<!unless )\bi(?:'d| would) (?:just |probably |definitely |honestly |personally |"
    r"really )*(?:put|get|go|start|stop|"
    r"try|do|ask|tell|keep|book|cut|give|ditch|bin|switch|drop|quit|leave|make|take|call|set|pick|skip|avoid|"
    r"limit|swap|wait|ring|see|talk|write|stick)\b(?! (?:say|agree|guess|imagine|love|like)\b)"
    r"(?! (?:you|u) (?:first|before|beforehand|straight away)\b)(?<!\btell(?= (?:your|ur) (?:parents|mum|mom|dad) anything))",
    r"\bwhat i(?:'d| would) (?:suggest|recommend|do|say)\b",
    r"\byou (?:two|guys|both|all) (?:should|need to|have to|ought to|could try)\b",
    r"\b(?:would|'d) (?:really |definitely |honestly )?be (?:so |really |well )?worth (?:it|doing|trying|a)\b",
    r"\b(?:really|so|well) worth (?:it|doing|trying)\b",
    r"\bworth thinking about (?:how|what)\b",
    r"\bmakes? (?:a|such a) (?:massive|huge|big|real|world of) difference\b",
    r"\bthe sooner you\b",
    r"^(?:stick with|keep going|hang in|get (?:booked|yourself|on|off|rid)|don't give up|give up|"
    r"put (?:the|your|it)|bin (?:the|it)|delete)\b",
    r"\bdon't give up\b",
    r"\bi (?:want|need|'d like|would like|would love) you to\b",
    r"\bif i (?:were|was) you\b",
    r"\bhow about (?:you |we |trying |just |if you |cutting |going |getting |taking |making )",
    r"\bwhat if you (?:just |tried|try|started|stopped|cut|went|took|made|called|talked|gave|told)\b",
    # a command begun mid-sentence, after a comma ("so for next week, like, just try having one pint")
    r", (?:(?:so|and|then|like|maybe|um),? )*just (?:try|stop|cut|quit|call|ring|tell|ask) (?!not\b|to (?:imagine|picture)\b)",
    r"^(?:please )?(?:(?:just|definitely|def|defo|deffo) )?(?:try(?! not to (?:worry|panic|stress|be))|start|stop|quit|cut|go|call|take (?!care|your time|all the time|the time|as long|it at your)|make sure|remember to|consider|"
    r"avoid|drink|eat|get|put|write|keep|stay (?:calm|away|off|strong|busy|positive|active|home|off)|be yourself|think of|ring|skip|don't (?!worry|stress|fret|beat yourself|be (?:so |too )?hard|apologi|feel bad|be sorry|rush|panic|mind)|do not (?!worry)|limit|set|use|find|join|throw|pour|walk|"
    r"exercise|sleep(?!,)|breathe|focus on|think about|switch|swap|download|schedule|reach out|"
    r"book|sign up|cut back|cut down|ask (?:your|him|her|them|for)|talk to (?:your|him|her|them|a)|"
    r"tell (?:your|him|her|them)|speak to|see a|give (?:it|yourself|them|him|her)|try to|"
    r"make (?:a|an|some|time)|have a|write down|go to|get some|get a|stay away|practice|practise|"
    + BE_FIRM + r")\b",
    r"\b(?:once|when|if) you (?:stop|quit|cut|start|get|take|try|exercise|lose)\b.*"
    r"\b(?:you'll|you will|things will|it will|it'll|everything will) (?:feel|be|get|see|notice|"
    r"start) (?:so much |a lot |way )?(?:better|easier|happier|healthier|great|good)",
    r"\byou (?:can't|cannot) (?:keep|go on|continue|just keep)\b",
    # "you can't let it get you down forever" argues the client out of what they feel
    r"\byou (?:can't|cannot|mustn't|shouldn't) let (?:it|this|that|them|him|her|the \w+) (?:get|beat|stop|ruin|"
    r"win|drag|take over|rule|define|get to)\b",
    r"\bthere(?:'s| is) no (?:reason|excuse) (?:not to|why you)\b",
    r"\bi (?:really |honestly |genuinely |do |just |still )?(?:think|believe|feel|reckon) (?:that )?(?:you should|you need|you have|you ought|you must|"
    r"you could|it would|it'd|it might|the best|you'd|you would be)\b",
    # "you got to stop" (must), not "the places you got to be yourself" (were able to)
    r"(?<!places )(?<!place )(?<!where )(?<!when )(?<!time )\byou(?:'ve| have)? (?:gotta|got to)\b",
    r"\bwouldn't it be (?:better|good|nice|easier|smarter)\b",
    r"\bshouldn't you\b",
    r"\b(?:it's|it is) (?:time|high time) (?:you|to|for you)\b",
    r"\b(?:the|your) (?:best|only|smartest|safest) (?:bet|option|choice|move|way forward)\b",
    r"\byou(?:'d| would) (?:feel|be|look|sleep|do) (?:so much |a lot |much |way )?(?:better|healthier|happier)\b",
    r"\b(?:imagine|think) how (?:much )?(?:better|healthier|happier|proud|good)\b",
    r"\b(?:please (?:just )?(?:stop|try|go|call|don't|do not|consider|think about|get|do(?= \w)(?! so\b)|cut|quit|listen|book|make|promise)|i'm asking you to|i'm begging you)\b",
    r"(?<!something )(?<!anything )(?<!everything )(?<!nothing )(?<!what )(?<!like )(?<!as if )(?<!feel )"
    r"(?<!part )(?<!parts )(?<!bit )(?<!bits )(?<!forms )(?<!form )(?<!list )(?<!thing )(?<!things )(?<!stuff )"
    + NOT_THEIR_SENSE + NOT_A_REASON + r"\b(?:you|u) (?:(?:really )?do (?=need to|have to))?(?:should(?! have been| (?:be |feel )?(?:really |so |very |extremely |incredibly |super |truly |hugely )?(?:proud|pleased|glad|chuffed)\b|" + SHOULD_EXPECT + r")|need to|have to|must(?! (?:really |so |still )?(?:be|have|feel|get|find|know|think|care|love|miss|hate|want|wish|wonder|worry)\b))\b(?! (?:deal|live|cope|put up|carry|go through|juggle|watch|sit|wait|"
    + RIGHTS_TOLD + r"|tell (?:the same|it (?:all )?again|everyone|every)|keep (?:telling|explaining|saying|repeating|proving)|"
    r"explain (?:yourself|it (?:all )?again)|repeat|answer to|prove)\b)",
    r"\b(?:let's|let us) (?:get you|start you|set you|put you|book you|sign you|try (?:cutting|stopping|quitting))\b",
    # "u need a break before u burn out": a remedy prescribed
    r"(?<!you feel )(?<!u feel )(?<!you think )(?<!feel like )\b(?:you|u) (?:really |definitely |seriously |honestly )?"
    r"need (?:a|some|more) (?:proper )?(?:break|rest|holiday|time off|day off|sleep|help|support|breather|hobby)\b",
    # "everyone has a view on what you should do" reports; "what you need is rest" tells
    r"(?<!at )(?<!about )(?<!for )(?<!of )(?<!on )(?<!with )(?<!over )(?<!to )(?<!know )(?<!decide )"
    r"(?<!deciding )(?<!telling )(?<!tell )(?<!tells )(?<!told )(?<!says )(?<!said )\bwhat you "
    r"(?:need|should do|have to do|ought to do)\b",
    r"\b(?:do yourself a favou?r|take my advice|listen to me|trust me,? (?:you|it|just))\b",
    # advice put in the counsellor's own shoes: "if it were me I'd come off now", "in your shoes, I'd ring"
    r"\b(?:if i were you|if it(?:'s| is| was| were) me|if i was you|(?:if i (?:was|were) )?in your (?:shoes|position|place),? i)\b",
    r"\bwhy (?:don't|not) you (?:give|try|go|call|ask|tell|think|see|talk|get|start|stop|cut|take|make)\b",
    r"^(?:my|so my) (?:advice|recommendation|suggestion)\b",
    r"\bmy recommendation\b",
    r"\bthe (?:next|first) step (?:for you )?(?:is|would be)\b",
    r"\bremember that\b",
    r"\bi(?:'d| would) (?:probably |honestly |really )?(?:say|encourage|push for|urge|insist)\b",
    r"\bwhat about,? (?:you )?(?:just )?(?:\w+ing|trying|a|an|some)\b",
    r"\byou(?:'d| would) (?:save|be amazed)\b",
    r"^(?:maybe|perhaps) (?:just )?(?:cut|try|stop|start|get|go|call|ask|tell|take|drink|eat|put|keep|write|set|use|have)\b",
    r"\bno better time\b",
    r"\bthe (?:healthiest|safest|smartest|best|wisest|easiest) (?:choice|option|thing|way|move|bet|plan)\b",
    r"^(?:change|mute|block|delete|unfollow|bin|ditch|cancel|swap|switch|drop) (?:your|it|the|his|her|them|that|those)\b",
    r"\bcouldn't you (?:just )?\b",
    r"\bwhat you (?:really )?need (?:is|to do)\b",
    r"\bjust (?:don't|do not) (?:reply|answer|text|call|go|pick|look|open|buy|drink|smoke)\b",
    r"\bone thing that (?:really )?(?:works|helps)\b",
    r"\blet's (?:pick|set|get|book|make|start|sort)\b",
    r"\b(?:would|could) be a (?:great|good|brilliant|sensible|smart) (?:first )?step\b",
    r"\bwouldn't it make sense\b",
    r"\b(?:it|that|this) (?:would|is|'d|'s) (?:be )?(?:advisable|sensible|recommended|wise|prudent|"
    r"the (?:best|sensible|right|wise) (?:thing|idea|course|option|plan))\b",
    r"\byou may (?:wish|want|like) to (?:consider|think about|try|look|contact|speak|cut|reduce)\b",
    r"\bi(?:'d| would) just (?!like\b|love\b|say\b|wonder\b|ask\b)[a-z]+\b",
    r"\bi (?:want|need) you (?:\w+ing|on|off|back)\b",
    r"\b(?:could|couldn't|can|can't) (?:you|u) (?:not )?(?:just|simply)\b",
    r"\bnow(?:'s| is) (?:a good|the|a great|the perfect|the best) time (?:to|for)\b",
    r"\b(?:def|definitely|really|totally) worth (?:a|it|trying)\b",
    r"\bwhat i (?:would|'d) (?:recommend|suggest|do)\b",
    r"\bit(?:'s| is) (?:really |very |so )?important (?:that )?(?:you|u) (?:take|keep|stop|start|go|get|do|try|cut|make|stick)\b",
    r"\bwhy not (?:\w+ )?(?:listen|try|take|get|go|use|have|do|make|join|ask|call|walk|start|put)\b",
    r"\bwould (?:solve|fix|sort|help with) (?:that|it|this)\b",
    r"\b(?:pick|set|choose|book|make) (?:a|the|your) (?:date|time|appointment|plan) (?:now|today|this week)\b",
    r"^(?:so )?(?:just )?(?:don't|dont|do not) (?:get|drink|smoke|go|buy|bet|use|eat|text|call|answer)\b",
    r"(?<!did you )(?<!you )(?<!do you )(?<!to )(?<!easier )\bjust (?:go|do it|start|try|stop|say no|leave)\b(?! without| round| over| back| home)",
    # "and cutting out caffeine? that can really help with bladder stuff"
    r"\b(?:that|this|which) (?:can|could|will) (?:really |rly |actually |honestly )?help (?:with|a lot|loads)\b",
    r"\bcould (?:really |rly |actually )?help (?:tho|though|you|a lot)\b",
    r"\b(?:have|did) (?:you|u) (?:ever )?(?:thought|considered) (?:about,? |of,? )?(?:(?:like|just|maybe|you know|even),? )*"
    rf"{NOT_SELF_HARM}(?:\w+ing|getting|trying|taking)\b",
    # a leading question that carries the advice: "do you think you should tell him?"
    r"(?<!what )(?<!how )(?<!where )\bdo (?:you|u) think (?:you|u) (?:should|need to|ought to)\b",
    # a proposal hedged into a question: "would you maybe at least talk to her?"
    r"\bwould (?:you|u) (?:maybe |perhaps |at least |just |possibly )+(?:try|talk|call|ring|go|cut|give|consider|ask|"
    r"speak|see|book|think about|have|take|look)\b",
    r"\b(?:have|did) (?:you|u) (?:ever )?heard of (?:a |an |the |this |that |something )?\w+",
    # advice asked as a question: "could you maybe sit in the library instead?", "would you be willing to cut down?"
    r"\b(?:could|can|couldn't|can't) (?:you|u) (?:not )?(?:just |maybe |perhaps |possibly |try and |try to )*"
    r"(?!tell|say|explain|describe|share|talk|help|remember|think of a time|imagine|picture|give me|walk me|see yourself|"
    r"rate|put a number|hear|see|feel|believe|understand|be |have |do that|go back|go on|expand|clarify|elaborate|"
    r"say more|tell me|wait|hold on|come|make it|attend|read|sign|fill|send me|email me|let me|bear with|stay on|"
    r"hang on|still|really|actually|ever)[a-z]+\b(?=.*\?|.*\binstead\b)",
    r"\bwould (?:you|u) be (?:willing|open|up for|prepared) to (?!talk|tell|say|share|look at|think|explore|hear|"
    r"come back|meet|carry on|keep talking)\w+",
    r"^or (?:you|u) could\b",
    r"\b(?:people|everyone|everybody) swear by\b",
    r"\b(?:you|u) (?:could|can|might) (?:always |just )?(?:use|buy|get|try|swap|switch|cancel|cut|set)\b(?!.*\?)",
    r"\b(?:could|can) (?:you|u) (?:not )?(?:maybe |perhaps |possibly |just )?(?:try|make|message|text|call|ring|ask|cut|swap|switch|go|put|get|start|stop|"
    r"move|take|leave|drink|eat|walk|set|join|book|delete|block|throw|skip)\b(?!.*\b(?:tell|say|explain|describe)\b)",
    # "…instead?" proposes, unless a question word before it asks the client's own idea (ASKS_OWN_IDEA)
    r"^(?:what|how) about .{1,80} instead$|\binstead\?\s*$",
    r"\b(?:supposed|meant|proven|known) to (?:help|work)\b",
    r"\bthe sooner the better\b",
    r"\bi (?:wouldn't|would not|would never) (?:wait|leave|do|go|keep|let|risk|touch)\b",
    r"\b(?:a good|another|the best) reason to (?:go|try|stop|quit|cut|start|give|keep|take)\b",
    r"\b(?:but|though) (?:you|u) (?:do |really |still )?(?:need|have|got) to\b",
    r"\b(?:you|u) (?:really |honestly |probably |just )?(?:shouldn't|shouldnt|should not)\b(?! (?:have to|have had to|feel|be so hard|blame yourself|have been)\b)",
    r"\bthe (?:longer|more) (?:you|u) (?:wait|leave it|put (?:it|this) off|keep)\b",
    r"\bit (?:can|often|usually) (?:really )?help(?:s)? (?:a lot )?to (?!know|hear|understand)\w+",
    r"\byou(?:'d| would) get (?:a lot |so much |much |way |loads )?more (?:out of|from)\b",
    r"^(?:like,? )?(?:next time|when(?:ever)? (?:you|u|she|he|they|it)|if (?:you|u|she|he|they|it))\b[^,?]{0,60}, "
    r"(?:just |maybe |then )?(?:try|take a|count|walk away|breathe|remember|think (?:of|about)|call|ring|text|go for|"
    r"leave|step (?:away|out|back)|put|get up|stay|tell (?:him|her|them|yourself))\b",
    r"\b(?:that|this|it|which|she|he|they)(?:'d| could| would| might| should|'s| is) (?:be |really )?(?:a |another |your )?(?:good |real |big |great )?"
    r"(?:reason|motivation|reminder) to (?:stop|quit|cut|change|give|try|start|go|get)\b|\b(?:that|this|it|which|she|he|they) "
    r"(?:could|would|should) be your (?:motivation|reason|reminder)\b",
    r"^(?:(?:ok|okay|so|and|then|honestly|but|well|right|also|oh and),? )+(?:please )?(?:just )?(?:try|stay (?:calm|away|"
    r"off|strong|busy|positive|active|home)|be yourself|think (?:of|about) (?:your|the|him|her|them|\w+ when)|"
    r"ring|text|count|cut|skip|avoid|call|go for|take (?:a|the|some)|start|stop|keep|put|make sure|remember to)\b",
    r"\b(?:you|u) (?:can't|cannot|cant) keep (?:using|doing|\w+ing)\b",
    # the trainee's own wish for the client's change ("i just want u to be healthy!!"); not "I want you to
    # know I'm here" or "…to feel safe in here"
    r"\bi (?:just |really |only |honestly )?(?:want|need) (?:you|u) to (?:be (?:healthy|careful|around|sensible|more careful)|"
    r"get (?:help|better|checked|some help|on with)|stop|quit|cut|try|give|take (?:care|it|this|your)|look after|"
    r"think about|consider|start|go to|see a|talk to|keep (?:going|trying|at it|coming))\b",
    # advice as what the trainee would do: "I wouldn't take it personally", "i wouldnt worry about it"
    r"\bi (?:wouldn't|wouldnt|would not) (?:take (?:it|that) (?:personally|to heart)|worry|bother|stress|read (?:too much )?into|"
    r"let (?:it|that|them|him|her) get to)\b",
    # a plea to try what was offered: "if you just give them a real shot…", "give it a go"
    r"(?:^|\bif (?:you|u) (?:just |actually |really |only )?|\bjust )give (?:it|them|this|that|the \w+|him|her|things) a "
    r"(?:real |proper |fair |good |decent )?(?:shot|go|chance|try)\b(?![^?]*\?)",
    # a caution handed over as an instruction: "just be careful not to slip back", "make sure u eat"
    r"^(?:(?:ok|okay|so|and|but|just|honestly|please|well),? )*(?:be (?:really |more |extra )?careful|make sure (?:you|u|that you))\b",
    # the trainee's priorities pressed with "surely": "your health is more important surely?"
    r"\b(?:is|are|'s|matters?) (?:way |much |so much |far )?(?:more important|better for (?:you|u)|worth more)\b[^.?!]{0,40}\bsurely\b|"
    r"\bsurely (?:your|ur|you|u|it's|its|that's|thats)\b[^.?!]{0,40}\b(?:more important|better for (?:you|u)|worth (?:it|more)|"
    r"matters? (?:more|most)|more than)\b",
    # advice in the trainee's conditional: "I'd think hard before you sign", "I would urge you to", "I'd gently remind you"
    r"\bi(?:'d| would|d) (?:think|consider) (?:very |really |long and |extremely )?(?:carefully|hard|twice)\b",
    r"\bi(?:'d| would|d) (?:strongly |really |just |gently |honestly )?(?:encourage|urge|remind|caution|warn) (?:you|u)\b",
    r"\bi(?:'d| would|d) (?:just )?(?:gently )?point out\b",
    # a warning announced as such: "do be aware that…", "might be worth bearing in mind", "not trying to scare you but"
    r"\b(?:please|do|just) be aware (?:that|of)\b|\b(?:it )?(?:may|might|would) be worth (?:remembering|bearing in mind|"
    r"noting|keeping in mind)\b|\bworth remembering\b",
    r"\bnot (?:trying|tryna|tryin|trying|meaning|here) to (?:scare|frighten|worry) (?:you|u)\b",
    r"\bwhat i (?:want|need|would like|'d like|really want) is for (?:you|u) to\b",
    r"\bthe (?:time|moment) to (?:go|act|do (?:it|this|something)|start|stop|get help|sort (?:it|this)|deal with (?:it|this)) "
    r"is (?:now|today|this week|right now|before)\b",
    # what the trainee has watched happen to others, offered as the lesson: "I've seen how that goes"
    r"\bi(?:'ve| have|ve) (?:seen|watched) (?:how (?:that|this|it) (?:goes|ends|turns out)|(?:so many|loads of|plenty of|"
    r"a dozen|dozens of|lots of|too many|hundreds of) (?:people|members|clients|patients|lads|players|guys|kids|students|"
    r"soldiers|women|men) (?:go|end|lose|chase|try|come|fall|get|do))\b",
)

# A fact used as a lever, in so many words: a statistic about people like the client with a bad end in it, or
# what the court will make of it.  Unasked, these persuade whatever shape the rest of the turn has
# (`scoring.coder`): a seventeenth helper round found them coded as plain information.
# People like the client, and a bad end for them: the two halves of a statistic used as a lever (`_SCARE_FACTS`).
_PEOPLE_WHO = (r"(?:the )?(?:people|ppl|men|women|guys|lads|girls|kids|teens|teenagers|young people|students|smokers|"
               r"drinkers|users|patients|clients|folks|parents|mums|dads|those|drivers|gamblers|addicts|alcoholics|"
               r"diabetics|offenders) (?:who|that|which)\b[^.?!]{3,60}?(?<!n't )(?<!not )(?<!never )")
_BAD_END = (r"\b(?:end(?:s)? up (?:in|back|with|losing|dead|homeless|inside|addicted|worse|sick|ill|hooked|relapsing|"
            r"using|drinking|smoking|on|having|needing)\b|wind up|relaps\w*|die|dies|develop\w*|"
            r"get (?:cancer|worse|sick|ill|caught|addicted|hooked|arrested|sacked|fired|nicked|banned|diabetes)\b|"
            r"lose (?:their|the|his|her|a|custody|contact)\b|(?:are|end up|go|come) back (?:in|on) (?:court|prison|"
            r"jail|hospital|rehab|the drink|drugs|the gear|the streets)\b|go back to (?:using|drinking|smoking|prison|"
            r"jail|court|hospital)\b|regret|wish (?:they|he|she)|never (?:get|come) back|don't (?:make it|recover)|"
            r"(?:rarely|never|don't|do not) (?:get better|recover|improve)|become addicted|go on to)")
_SCARE_FACTS: tuple[str, ...] = (
    # "80% of people who drink like that end up with liver problems", "most ppl who stop their meds relapse within a
    # year"; not normalising ("most people who come here feel nervous at first", "…end up feeling numb for a while")
    # nor the harm denied ("most people who use it won't develop psychosis")
    # (in three patterns by how the figure opens, so each is tried only where it can match)
    r"\b(?:half|most|the majority|a lot|loads|lots|plenty|nearly all|almost all|many)(?: of)? " + _PEOPLE_WHO + _BAD_END,
    r"\b(?:one|two|three|four|five|six|seven|eight|nine) (?:out of|in) (?:\d+|ten|a hundred|five|four|three)(?: of)? "
    + _PEOPLE_WHO + _BAD_END,
    r"\d+(?: ?%| per ?cent| (?:out of|in) (?:\d+|ten|a hundred|five|four|three))(?: of)? " + _PEOPLE_WHO + _BAD_END,
    r"\b(?:one|two|three|four|five|six|seven|eight|nine) (?:out of|in) (?:\d+|ten|a hundred|five|four|three) (?:of )?"
    r"(?:the )?[a-z]+ (?:say (?:that )?(?:they )?)?(?:regret|wish (?:they|he|she)|relapse|end up (?:in|back|with)|die)",
    r"\d+(?: ?%| per ?cent| (?:out of|in) (?:\d+|ten|a hundred|five|four|three)) (?:of )?(?:the )?[a-z]+ (?:say "
    r"(?:that )?(?:they )?)?(?:regret|wish (?:they|he|she)|relapse|end up (?:in|back|with)|die)",
    # the harm of what the client does named for them, unasked (a seventeenth helper round): "thats rly bad for ur
    # brain tbh", "weed is terrible for your lungs"; not praise ("not bad for your first week"), not what is
    # allowed ("it's not bad for you to rest"), and not a harm already done ("that's been hard on your sleep")
    # (sympathy for the client's lot is not one: "that's awful for you", "that's murder on your knees, lifting all day")
    NOT_THEIR_SENSE + r"\b(?:(?:that's|it's|this is|that is|it is|that stuff is|those are|they're|they are|these are) "
    r"(?:really |rly |very |so |super |pretty |quite |actually |honestly |seriously |just |genuinely |incredibly |"
    r"also |still )*(?:bad|dangerous|toxic|poison|not good|no good|the worst thing|deadly|damaging|harmful)|"
    r"(?:drinking|smoking|vaping|weed|alcohol|booze|gambling|sugar|cannabis|coke|skunk|fags|cigarettes|vapes|energy drinks) "
    r"(?:is|are) (?:really |rly |very |so |super |pretty |quite |actually |honestly |seriously |just |genuinely |"
    r"incredibly |terribly |also |still )*(?:bad|terrible|awful|horrible|dangerous|toxic|poison|not good|no good|"
    r"the worst(?: thing)?|murder|hell|deadly|damaging|harmful)) (?:for|on) (?:your|ur|the baby|the kids|you)\b(?! to\b)",
    # the same warning put as a doubt: "that can't be good for your heart", "it won't be doing your liver any good"
    NOT_THEIR_SENSE + r"\b(?:that|it|this|which|they|those) (?:can't|cannot|can not|won't|isn't|is not|aren't|are not) "
    r"(?:be )?(?:really |exactly |actually )?(?:(?:good|great|healthy|helping) (?:for|on) (?:your|ur|you|the baby|the kids)\b"
    r"(?! to\b)|(?:be )?doing (?:your|ur) \w+(?: \w+)? (?:any|much) good\b)",
    r"^statistically\b",
    # "people who keep switching therapists rarely get better" (my own gamer's play)
    r"\b(?:people|ppl|those|clients|patients|men|women|kids|smokers|drinkers|users|folk|folks) (?:who|that) "
    r"[^.?!]{3,60}?\b(?:rarely|never|seldom|don't|do not|hardly ever) (?:get better|recover|improve|make it|stay (?:clean|"
    r"sober|well|off it))\b",
    # "your own risk is a good deal higher", "about as bad as driving over the limit", "it gets worse if it's not
    # treated", "ppl who drink after a heart attack r way more likely to have another one"
    r"\b(?:your|ur) (?:own )?(?:risk|chances?|odds) (?:of [a-z]+ )?(?:is|are) (?:[a-z]+ ){0,3}(?:higher|greater|raised)\b",
    r"\bas (?:bad|dangerous|risky|harmful) as (?:drink[- ]?driving|driving (?:drunk|over the limit|under the influence)|"
    r"smoking|being drunk|heroin|crack)\b",
    r"\bgets? (?:worse|harder to treat) if (?:it's|it is) (?:not|left) (?:treated|untreated|alone)|\bgets? worse if (?:you|u) "
    r"(?:leave|ignore|don't treat)\b",
    r"\b(?:people|ppl|men|women|those|smokers|drinkers|kids|guys|anyone|teens) (?:who|that) [^.?!]{3,60}?\b(?:are|r|is) "
    r"(?:like )?(?:way |far |much |a lot |so much )?more likely to (?:have|get|die|end up|relapse|develop|lose|be)\b",
    # a story from the trainee's caseload with a bad end: "I had another mum on nights last year in the same spot; …
    # her case ended up going to court", "I had a driver in here last year… he couldn't manage the stairs"
    r"\bi (?:had|once had|worked with|knew|saw|met) (?:a|an|another|this|one) (?:[a-z]+ ){0,3}(?:in here|last year|once|"
    r"a while (?:back|ago)|recently|like you|in the same|on nights|years ago)\b[^?!]{0,160}?\b(?:end(?:ed)? up|couldn't|"
    r"could not|lost|died|court|hospital|prison|never (?:came|got|made|walked)|too late)\b",
    # what the court or the employer will think of it, unasked: "judges dont tend to look kindly on missed appointments"
    r"\b(?:judges?|courts?|magistrates?|the (?:court|judge|bench|panel|school|dvla|board|magistrates)|employers?|"
    r"probation|social services|the social|insurers?|bosses) (?:don't|do not|won't|will not|doesn't|does not|"
    r"tend not to|never|aren't going to|are not going to|are not|aren't) (?:\w+ )?(?:tend to |usually |generally |"
    r"really |exactly )?(?:look kindly|take kindly|look favourably|see it (?:that way|like that)|like (?:that|it|seeing|"
    r"missed|people)|tolerate|"
    r"accept (?:that|excuses|it)|buy (?:that|it)|keen on)\b",
    # the evidence put as bad news for the client's view: "the evidence, unfortunately, is that…", "the research on
    # relapse is fairly sobering", "the science doesn't back that up"
    r"\b(?:research|evidence|studies|stats|statistics|data|science|literature)\b[^.?!]{0,30}?\b(?:is|are)(?: (?:pretty|"
    r"fairly|really|very|quite))? (?:sobering|damning|grim|worrying)\b|"
    r"\b(?:evidence|research|science|data),? (?:unfortunately|sadly|i'm afraid),? (?:is|says|shows)\b|"
    r"\b(?:evidence|research|science|data) (?:doesn't|does not|don't) (?:really )?(?:support|back)\b",
    r"\b(?:it's|that's|it is|that is|they're|it was) (?:actually |still )?(?:fully )?illegal\b",
    # a cautionary tale from the trainee's own caseload: "in my experience those are the patients who land up in
    # casualty", "nobody I've worked with ever stopped at the fifty", "…what the last guy in ur team said before he
    # was off 3 months"; not normalising ("in my experience most people feel like that at first")
    r"(?:\bin my experience\b|\bi've seen (?:it|this|that|people|lads|guys|clients|folks|kids|so many|too many|loads|"
    r"plenty)\b|\bnobody i've (?:worked with|seen|met)\b|\b(?:every|each) (?:guy|man|lad|person|client|one) "
    r"(?:in this|i've|who)\b|\bthe last (?:guy|person|client|lad|girl|woman|man|fella|bloke) (?:who|in|that|on|i)\b)"
    r"[^.?!]{0,90}?\b(?:land up|end up|ended up|back in|lost|lose|off (?:sick|work|for)|withdrawn|relaps\w*|second "
    r"(?:charge|one|offence)|ever stopped|never stop\w*|casualty|a&e|died|dead|breach\w*|sacked|fired|charged|"
    r"more times than)\b",
)
SCARE_FACTS = _rx(*_SCARE_FACTS)

# One-sided facts pushed at the client ("research shows…", "it raises the risk of…", "you know X,
# right?"): they allow the persuade code; the model decides between it and plain information.
PERSUASIVE_FACTS = _rx(
    # a fact put as a quiz: "do you know smoking is the main cause of COPD?"; "do you know roughly how
    # much you spend?" asks for one
    r"\b(?:do|did) (?:you|u) (?:know|realise|realize) (?:that )?(?!roughly|exactly|how|what|why|where|when|who|"
    r"which|if|whether|any|anyone|anybody|about|of\b)[^?.]{2,60}\b(?:is|are|can|causes?|has|have|was|were|makes?|"
    r"will|raises?|doubles?|kills?|increases?|leads? to)\b",
    r"\b(?:research|studies|the (?:evidence|science|data|research)|science) (?:\w+ )?(?:shows?|says?|suggests?|proves?|is clear)\b",
    r"\bthere(?:'s| is| are) (?:\w+ )?(?:research|evidence|studies)\b",
    r"\b(?:raises?|increases?|cuts?|reduces?|doubles?|lowers?|triples?) (?:the |your |their )?(?:risk|chances?|odds)\b",
    r"\b(?:more|less) likely to (?:get|develop|die|have|end up|relapse)\b",
    r"\b(?:kills?|killed) (?:half|one in|a third|thousands|millions|more)\b",
    r"\bone of the most (?:addictive|dangerous|harmful|deadly)\b",
    # the harm of what the client just said they do, unasked: "cuz that can really mess w ur sleep"
    r"\b(?:that|it|this|they|those|these) (?:can|will|could|might|does|do) (?:really |seriously |actually )?(?:mess "
    r"(?:with|w|up)|wreck|ruin|damage|harm|screw (?:up|with)) (?:your|ur)\b",
    r"\b(?:you|u) (?:do )?(?:know|realise|realize) (?:that )?.{3,80}\b(?:right|yeah|yes)(?:\?|\s*$)",
    # a fact used to argue back: "u know even 1 pint affects ur reaction times tho"
    r"^(?:but |well )?(?:you|u) (?:do )?know (?:that )?(?!what|how|why|where|when|who|if|whether)[^?]{3,80}\b(?:tho|though)\b",
    r"\b(?:is|are) (?:a )?(?:depressant|addictive|toxic|poison|carcinogenic)\b",
    r"\bfyi\b",
    *_SCARE_FACTS,
    # "people who use patches are twice as likely to quit": often what the client asked to know
    r"\b(?:twice|three times|four times|ten times) (?:as likely|more likely)\b",
    r"\d+ times (?:as likely|more likely)\b",
)

SUGGESTION = _rx(
    r"\b(?:one|an|another|a|the other|my|here's (?:one|a|an)|just a|only a) (?:idea|option|possibility|"
    r"thought|suggestion|tip|trick|thing to (?:try|consider)|approach)\b",
    r"\bi(?:'d| would) (?:probably |maybe |perhaps |personally |definitely )?(?:start|try|suggest|go|pick|"
    r"look|consider|have|say|begin|recommend|think about|keep|put|choose|do|ask|leave|get)\b",
    r"\bwhat about (?:\w+ing|trying|you|if|a|the|maybe|just|texting|calling|asking|telling)\b",
    r"\b(?:might|could|may|would) be (?:worth|a (?:decent|good|useful|helpful)|useful|helpful|good)\b",
    r"\bworth (?:a (?:try|go|shot|look|thought)|trying|considering|thinking|looking)\b",
    r"\bsomething (?:that|which)? ?(?:helps|has helped|works|worked|might help|could help|some people)\b",
    r"\b(?:helps|helped|works|worked) (?:for )?(?:some|other|a lot of|many|lots of) (?:people|folks|couples|"
    r"parents|ppl|clients)\b",
    r"\b(?:some|other|a lot of|many|lots of|a couple of|a few) (?:people|ppl|folks|couples|parents|clients|"
    r"smokers|drinkers|people i've worked with|people i work with)\b.*\b(?:find|found|try|tried|"
    r"have found|do|use|set|plan|keep|like|swear by|say)\b",
    r"\b(?:my|just my) (?:two (?:pence|cents)|honest view|view|opinion|take|suggestion|thought)\b",
    r"\bthere(?:'s| is) (?:the|a|this) [\w-]+(?: [\w-]+)? (?:rule|trick|technique|app|approach|method)\b",
    r"\bwhat if (?:you|u|we|the)\b",
    r"\b(?:lots of|a lot of|loads of|plenty of|heaps of|many|most) (?!of\b)\w+ (?:do|try|go for|swear by|use) "
    r"(?:that|it|this|them)\b",
    r"(?<!something )(?<!anything )(?<!thing )\b(?:you|u) (?:could|might|can) (?:try|pick|start|look|keep|set|use|do)\b",
    r"\bif (?:you|u) (?:want|like|feel like) (?:something|an idea|to try)\b",
)

# The trainee defends themselves or the service against the client's criticism ("i've had loads of training
# actually", "it's helped loads of people", "I'm not like them, so give me a chance"): an argument with what the
# client said about the help, however politely put.  Read only after such criticism (`CRITICISES_YOU`, `CRITICISES_SERVICE`), and not
# after a plain question about the helper ("are you qualified?"), which an honest answer answers.
DEFENDS_HELP = re.compile(
    r"\b(?:i've|i have|we've|we have) (?:had |done )?(?:loads of|lots of|a lot of|plenty of|years of|proper|"
    r"specific|specialist)? ?(?:training|qualifications|reading)\b"
    r"|\b(?:i'm|we're|we are|i am) (?:literally |actually |fully |properly |highly )?(?:trained|qualified) (?:for|to|in)\b"
    r"|\b(?:i'm|i am) not like (?:them|the others|that|your last|the last|other)"
    r"|\bgive me a chance\b|\b(?:just |only )?doing (?:my|our) job\b"
    r"|\bi do (?:actually )?(?:understand|know) (?:quite )?(?:a lot|a bit|what i'm)"
    r"|\bhelped (?:loads of|lots of|a lot of|many|plenty of|so many|hundreds of|thousands of) (?:people|others|clients)"
    r"|\bi (?:would |'d )?(?:have to )?disagree\b"
    r"|\b(?:act|acting|work|working) in (?:the|your|their|children's|the child's) best interests?\b"
    r"|\bnot (?:being )?paid to\b|\b(?:it's|it is) (?:my|our) job to\b"
    # years in the job, credentials, the rules being the same for all, and "I never said that": after criticism, each
    # argues the trainee's or the service's case rather than hearing the complaint
    r"|\b(?:i've|i have|we've|we have)(?: been)? (?:doing|coaching|nursing|working|teaching|running|in) (?:this|the job|"
    r"this job|this work|this field|the field|social work|nursing|counselling|coaching|it)?(?: for)? (?:over |nearly |"
    r"almost |about )?(?:\w+[- ])?(?:\w+ )?(?:years|decades)\b"
    r"|\b(?:i'm|i am|we're|we are|they're|they are|our [\w ]{2,20}? (?:are|is)) (?:all )?(?:fully |highly |properly |very )?"
    r"(?:qualified|accredited|registered|experienced|professional)\b"
    r"|\bi can assure (?:you|u)\b|\b(?:to clarify|for the record|to be fair),? (?:i|we)\b"
    r"|\b(?:i|we) never (?:said|promised|told (?:you|u))\b"
    r"|\b(?:we're|we are|were|i'm|i am|im) not (?:judging|here to judge|trying to judge)\b"
    r"|\bnobody(?:'s| is) (?:suggesting|saying|trying to|asking you to)\b"
    r"|\b(?:rule|rules|policy|restrictions?|limits?) (?:applies|apply|is the same|are the same) (?:to|for) (?:everyone|all)\b")
# "that's not fair" defends only against criticism of the trainee; after "my last counsellor never listened" it
# sides with the client
NOT_FAIR = re.compile(r"\b(?:that's|that is|it's|it is) not (?:really |a |very )*fair\b(?! (?:on|to|for) (?:you|u)\b)")
CRITICISES_YOU = re.compile(
    r"\b(?:you|ya) (?:people|lot|guys|counsellors|social workers|volunteers)\b|\bwhat (?:would|do|does|can) (?:you|a \w+) "
    r"(?:actually |even |really )?know\b|\bpaid to\b|\b(?:you) (?:don't|do not|can't) (?:know|understand|get it|help|care)\b"
    r"|\b(?:you're|you are) (?:just|only) a\b|\b(?:you) (?:always|never) \w+|\bact(?:ing)? like (?:you) know"
    # "you say that because you've never smoked", "you're telling me what the doctor told me"
    r"|\b(?:you) (?:say|said) that (?:because|cos|cause|'cause)\b|\b(?:you've|you have) never\b"
    r"|\b(?:you're|you are) (?:just )?(?:telling|saying|doing) (?:me )?(?:what|the same)\b"
    # "you're probably the same", "your advice was useless", "you lot just judge us", "you promised…", "no offence, but…"
    r"|\b(?:you're|you are|ur) (?:probably |all |just )?(?:the same|no different|all the same)\b"
    r"|\b(?:your|ur) (?:advice|rules|course|programme|program|clinic|service|office|unit|team|staff|nurses?|idea|"
    r"suggestion|plan|lot)\b[^.?!]{0,40}\b(?:useless|pathetic|a joke|rubbish|stupid|pointless|didn't work|made (?:me|it|"
    r"things) worse|a waste|ridiculous)\b|\btreat(?:s|ing)? (?:us|me) like\b|\bmade (?:me|us) wait\b"
    r"|\b(?:you|u|they|you lot|y'all) (?:just )?(?:judge|judges|judging) (?:me|us)\b|\b(?:you|u) promised\b"
    r"|^no offen[cs]e,? but\b|\b(?:not|isn't|aren't|is not|are not) (?:even )?qualified\b")
CRITICISES_SERVICE = re.compile(
    r"\b(?:counsell\w*|therap\w*|social work\w*|psycholog\w*|psychiatr\w*|volunteers?|app|service|helpline|sessions?)\b"
    r"[^.?!]{0,40}\b(?:waste of (?:time|money)|useless|pointless|no use|doesn't work|rubbish|placebo|never work)"
    r"|\b(?:this|the) (?:course|programme|program|group|clinic|service|place|office|unit|system|church|school|team|"
    r"welfare office|rules)\b[^.?!]{0,30}\b(?:a joke|a waste|useless|pathetic|a scam|pointless|rubbish|judges?|judging|"
    r"has been useless)\b")
SINCERE_ASK = re.compile(r"^(?:\W*\w+\W+)?(?:are|do|did|have|is|can) you\b[^?]*\?$")

# A suggestion put as a question about what the client has tried ("have you been to your GP about it?"), then
# sold in the next sentence ("they could give you something for it"): the question asks nothing the trainee
# wants to hear; it is advice.  Either half alone is a question or information.
ASKS_IF_TRIED = re.compile(
    r"\b(?:have|did|could|can|would|will) (?:you|u) (?:ever |maybe |not |thought (?:about|of) |considered )?"
    r"(?:tried|spoken|talked|asked|been (?:to|on to|in touch)|rung|called|contacted|looked into|looked at|"
    r"thought (?:about|of)|considered|mentioned|signed up|joined|checked out|heard of|get|go to|gone to)\b[^?]*\?")
PITCH = re.compile(
    r"\b(?:(?:they|it|that|this|those|these|which|she|he)(?:'re| are| is|'s) (?:really |so |actually |super |"
    r"meant to be |supposed to be )?(?:good|great|brilliant|helpful|useful|amazing) (?:with|for|at|about)\b"
    r"|(?:they|it|that|this|which|she|he|those)(?: really| actually| probably| usually| often)? "
    r"(?:can|could|might|may|will|would)(?: probably| really| actually| definitely| usually| even| also)? "
    r"(?:help|be able to|be (?:more|less|really|quite) \w+ than|prescribe|refer|set (?:you |u )?up|sort (?:you|u|it)|"
    r"check|give (?:you|u)|offer (?:you|u)|point (?:you|u)|talk (?:you|u) through|make a (?:big |real |huge )?difference)"
    r"|there(?:'s| is| are)(?: actually)? (?:a |some |loads of |lots of |plenty of |heaps of )?(?:really |actually )?"
    r"(?:good|great|free|brilliant|decent|helpful|loads of|lots of) "
    r"|some (?:people|folk|of my clients) (?:swear by|find (?:it|them|that) (?:really )?help)"
    r"|(?:a lot of|lots of|loads of|most) (?:students|people|parents|men|women|mums|dads) (?:use|find|swear)"
    r"|that's a (?:really |very )?good one|might be worth|worth a (?:go|try|shot)|it (?:really )?helps? (?:a lot|loads)"
    r"|sometimes if (?:you|u) \w+ (?:them|it)\b)")

# "what about a new mattress?" suggests a thing to try; "what about your dad?" asks about a topic.
ADVICE_NOT_ASKING = re.compile(
    rf"^(?:{WHAT_ABOUT_TRYING}|{WHAT_YOU_DO_IS}|(?:what|how) about,? (?:maybe |just )?(?:a|an|some)\b.{{0,50}}$)\b"
    r"|^(?:what|how) about .{1,40} instead(?: then)?$"
)

# "Why haven't you rung the GP yet?", "so why arent u going to school?": asked about what the client has not done, a
# why-question asks for a defence, and the answer argues against change.  Not "why would you want to…?" or
# "why does it matter to you?", which ask for the client's own reasons to change.
WHY_NOT = _rx(
    r"\bwhy (?:aren't|are not|don't|do not|didn't|did not|haven't|have not|hasn't|can't|cannot|won't|will not|"
    r"wouldn't|isn't|wasn't|weren't|couldn't|shouldn't) (?:you|u|ya)\b",
    r"\bwhy (?:are|do|did|would|have|can) (?:you|u) (?:not|never)\b",
    r"\bwhy (?:do|did|would|are|have) (?:you|u) (?:keep|still|even|let|bother|continue)\b",
    # "why did you shout at him instead of walking away?": the better choice named, the client asked to defend theirs
    r"\bwhy (?:did|do|would) (?:you|u) [^?.!]{2,60} instead of\b",
)

WHY_DONT_YOU_JUST = _rx(
    # "why haven't you just said no?": the same verdict on what they should have done
    r"\bwhy (?:don't|do not|not|can't|haven't|didn't|wouldn't|couldn't|won't) (?:you )?(?:just|simply)\b",
    rf"\bwhy don't you\b(?! {ASKS_A_REASON})",
    r"\bwhy not (?:just )?(?:try|stop|quit|go|call|tell|cut|do)\b",
    r"\bcan't you just\b",
    # not "behind the gym is somewhere you can just breathe": a place or a time described, not advice
    # said as the start of a clause ("you could just tell him", "i mean, you could just…"), not inside one
    # that describes ("somewhere you can just breathe", "not one person you can just be tired in front of")
    r"(?:^|[,;:] |\b(?:so|then|well|maybe|honestly|look|i mean|and|or|but) )(?:(?:you|u) )?(?:could|can|should) just\b",
    r"^just (?:stop|quit|do|tell|say|go|try|ignore|leave|walk|put|cut|don't)\b",
    # the fix as a condition: "u totally could if u just went to class more"
    r"\bif (?:you|u) just (?:went|did|tried|stopped|started|got|gave|put|made|took|spent|talked|told|asked|showed|"
    r"turned|listened|worked|studied|revised)\b",
)

PERMISSION = _rx(
    r"\b(?:if|when|whenever) you(?:'re| are)? (?:\w+ )?(?:interested|open to|open|okay with|comfortable|"
    # "when you want a cigarette, think of…" is the craving, not the client's leave
    # nor is "if u want ur kids back" or "if you want to keep your job": a condition set, not leave asked
    r"want|like|wish|ready|would like|feel like)\b(?! (?:a|an|the|some|one|another|your|ur|them|him|her|my|things|"
    r"to (?:drink|smoke|use|bet|gamble|vape|keep|get|see|stay|avoid|save|pass|stop|quit|change|be|have|make))\b)",
    r"\bif (?:it's|that's|it is|that is) (?:okay|all right|fine|helpful|useful)\b",
    r"\b(?:with|given) your permission\b",
    r"\b(?:since|as|because|now that) you (?:asked|mentioned wanting|brought it up|said you wanted)\b",
    r"\byou (?:asked|were asking) (?:me )?(?:about|for|what|how|if|earlier)\b",
    r"\b(?:take it or leave it|take what (?:fits|works|helps)|leave (?:the rest|what doesn't)|"
    r"toss it|throw it out|ignore (?:it|this|that|what|the rest)|discard)\b",
    r"\b(?:it|this|that|these|some of (?:this|these)|they) (?:may|might) (?:or may not |or might not )?"
    r"(?:not )?(?:fit|work|apply|suit|be right|be for you|be useful|be helpful|resonate|make sense)\b",
    r"\b(?:feel free|you're free|you are free|you're welcome) to\b",
    r"\byou (?:don't|do not) have to (?:do|take|use|follow|agree|try|like|go with|act on)\b",
    # "waiting to see if this is another telling-off" is the client's wait, not a check on an idea
    # offered; "see if it fits" is below
    # (not the check on a reflection: "tell me if this doesn't fit" asks whether it was heard right, a seventeenth round)
    r"\b(?:let me know|tell me|wonder) (?:if|what you think|whether|how) (?:any of )?(?:that|this|it|"
    r"these|those|either|one)\b(?! (?:doesn't|does not|don't|isn't|is not) (?:quite )?(?:fit|sound right|ring true|right|land))",
    r"\b(?:up to you|your call|your choice|you decide|your decision) (?:whether|if|what)\b",
    r"\b(?:up to you|your call|your choice|you decide|you're the judge|you know best)\b",
    r"\bfor what it's worth\b",
    r"\b(?:just|only) (?:a|an) (?:thought|idea|suggestion)\b",
    r"\bsee (?:if|whether) (?:it|that|any of (?:it|that|this)) (?:fits|works|helps|suits)\b",
    r"\b(?:one|an|some|a couple of|a few|a couple|two|three|other) (?:ideas?|options?|possibilit\w*|"
    r"thoughts?|suggestions?|things? (?:that|some people|others|other people))\b.*"
    r"\b(?:some people|others|other people|folks|you (?:could|might|can))\b",
    r"\b(?:no pressure|only if you want|only if it|if any of (?:this|it|that))\b",
    r"\bwhich (?:of (?:these|those|them)|one|if any)\b.*\b(?:appeal|fit|work|sound|suit|like)\b",
    r"\b(?:you mentioned|you said) (?:you (?:wanted|were looking for|want|were hoping))\b",
    r"\bsome people (?:find|have found|try|like)\b.*\b(?:not for everyone|might not|may not|you)\b",
)

# The client asked for advice, which MITI treats as permission.
CLIENT_ASKED = _rx(
    r"\bwhat (?:should|do|can|could|would) i (?:do|say|try|even do)\b",
    r"\bany (?:advice|ideas|tips|suggestions|thoughts)\b",
    r"\bwhat (?:do|would) you (?:think|suggest|recommend|advise|do)\b",
    r"\b(?:tell|help|show) me (?:what|how)\b",
    r"\bhow (?:do|can|should|would) i\b",
    r"\b(?:got|have you got|do you have|you have) (?:any )?(?:advice|ideas|tips|suggestions)\b",
    r"\bis there (?:anything|something) (?:i can|that (?:might|could|would)|to)\b",
    r"\bshould i\b",
    r"\bwhat (?:works|helps|would help)\b",
    r"\bi (?:need|want|could use) (?:some )?(?:advice|help|ideas|suggestions|tips)\b",
    r"\bwhat are my options\b",
    r"\bjust tell me\b",
    r"\bwhat would you\b",
    r"\bi don't know what to do\b",
    # "go on then", "yeah, go ahead": leave given, after the counsellor offered to share something
    r"^(?:(?:yeah|yea|ye|ya|yes|yep|ok|okay|sure|alright|aye|fine|mm)[ ,.!]+)*(?:go on|go ahead|fire away|shoot)(?:[ ,]+then)?[ .!]*$",
    # "like what?", "such as?": the client asks for the examples the counsellor hinted at
    r"\b(?:like what|such as|what sort of (?:things|stuff)|what kind of (?:things|stuff)|what else)\s*\??$",
    # "What kind of change?", "so what do i actually do tho": the client asks what the counsellor has in mind
    r"^(?:(?:ok|okay|so|right|yeah|and|but|um)[,.]? )*what (?:kind|sort) of (?:\w+ ){0,2}\w+\s*\?$",
    r"\bso what do i (?:actually |even )?do\b",
    # "tell me honestly what you think I should do", "what you'd do in my shoes", "where can I get…", "what does
    # the debt service actually do": the client asks for the trainee's view, a place to go, or what a thing is
    r"\bwhat (?:you|u) (?:honestly |really )?(?:think|reckon|would|'d) (?:i|we) (?:should|ought to|could|need to)\b",
    r"\bwhat (?:you'd|you would|u'd|u would) (?:do|say|try)\b",
    r"\bwhere (?:can|could|do|would|should) (?:i|we) (?:get|find|go|buy|start|look|turn)\b",
    r"\bwhat (?:does|do|would|will) (?:[\w']+ ){1,5}(?:actually |even |really )?(?:do|involve|entail)\b[ ?]*(?:$|[?.]|or\b)",
    # "does nicotine gum actually work or is it a scam": a question about what works, answered with facts
    r"\b(?:does|do|will|would|can) (?:\w+ ){0,3}(?:actually |really |even )?(?:work|help)\b.{0,30}(?:\?|\bor\b)",
)
# "is drinking on weekends actually bad for my liver?", "is vaping safer?", "is it true weed causes psychosis?": a
# question about harm or truth, answered with the facts, bad news or not.  Narrower than CLIENT_ASKED in what it
# allows: the facts in reply are no lever, but they are not advice given with leave either.
ASKS_THE_FACTS = re.compile(
    r"(?:^|[.!?] )(?:(?:so|but|and|ok|okay|well|wait|like|um),? )*(?:is|are|was|were|does|do|can|could|will|would) "
    r"(?:[\w']+ ){0,6}?(?:actually |really |even |that |more |less )?(?:bad|worse|harmful|dangerous|safe|safer|okay|ok|"
    r"true|risky|addictive|legal|illegal|a problem|normal|cause|causes|affect|hurt|damage)\b[^.!?]*\?")
# The client asks in so many words for the trainee's advice or view (narrower than CLIENT_ASKED, which also
# hears "how do I sleep, then?" as leave to suggest): advice in reply is given with their leave.
ASKS_ADVICE = _rx(
    r"\bwhat (?:should|do|can|could) i (?:do|try)\b",
    r"\b(?:any|some|give me|got any|have you got any) (?:advice|tips|ideas|suggestions|pointers)\b",
    r"\b(?:i'd|i would|id) (?:love|like|welcome|appreciate|take) (?:a|an|some|your) (?:suggestion|idea|advice|tip|"
    r"pointer)s?\b",
    r"\bwhat (?:do|would) (?:you|u) (?:suggest|recommend|advise)\b",
    r"\bwhat (?:you|u) (?:honestly |really )?(?:think|reckon|would|'d) (?:i|we) (?:should|ought to)\b",
    r"\b(?:do|would) (?:you|u) (?:honestly |really )?(?:think|reckon) (?:i|we) (?:should|ought to|need to)\b",
    r"\bshould i (?:go|tell|try|call|ring|stop|quit|leave|take|ask|get|see|book|do|just)\b",
    r"\bwhat (?:you'd|you would|u'd|u would|would you|would u) do\b",
    r"\bwhere (?:can|could|should|do) (?:i|we) (?:get|find|go|buy|turn)\b",
    r"\btell me what (?:to do|i should|you'd|you would|u'd|you think)\b",
    r"\bwhat are my options\b",
)
# The client asks whether something is required ("do I have to do this chat?"): "you need to…" then
# answers them; it is information, not a push.
ASKED_IF_REQUIRED = _rx(
    r"\b(?:do|have) i (?:have|need|got) to\b",
    r"\bis (?:it|this|that) (?:optional|compulsory|mandatory|required)\b",
    r"\bmust i\b",
)

AUTONOMY = _rx(
    r"\bnot the expert on (?:your|ur) (?:life|situation|family|body|marriage|kids|work)\b|"
    r"\b(?:you're|you are) the (?:expert|one who knows)(?: (?:on|about|here|best))?\b",
    r"\bnot (?:my|for me|up to me)(?: job| place| call| business)? to (?:tell|decide|choose|make) (?:you|u|for you)\b",
    r"\b(?:it's|that's|it is|that is|this is|it'll be|it will be|it's always|that's always) (?:totally |completely |"
    r"entirely |really |all |ultimately |still |absolutely |100% |always |definitely )?(?:your|up to you)"
    r"(?: (?:choice|call|decision|life|body|business|decision to make|right|own|time|pace|"
    r"session|space))?\b",
    r"\bup to you\b",
    # "coming here wasn't your choice" reflects that it was not
    r"(?<!wasn't )(?<!was not )(?<!isn't )(?<!is not )(?<!not )(?<!never )\byour (?:choice|call|decision)\b",
    rf"{YOU_ARE} (?:the (?:expert|boss|best judge|one in charge|one who decides|one who gets to|"
    r"one calling the shots)|in (?:charge|control|the driver's seat)|free to|allowed to|entitled to)\b",
    r"\byou (?:get to|can|will|'ll|are the one to|alone can|get the final say to) "
    r"(?:decide|choose|pick(?! (?:it|them|this|that|those|these|him|her|the \w+) up\b)|set the pace|make (?:that|the|your own) "
    r"(?:call|decision|choice)|say (?:no|when|stop))\b",
    r"\byou decide\b",
    r"\bwhatever you (?:choose|decide|pick|end up (?:choosing|deciding)|go with)\b",
    r"\b(?:only )?you (?:can|could|know) (?:decide|say|make that|what's (?:right|best))\b",
    r"\byou know (?:yourself|your (?:life|body|kids|situation|family|limits|mind)|"
    r"(?:what's|what is|what) (?:best|right|works))(?: (?:better|best) than)?\b",
    r"\b(?:nobody|no one|i|i'm|i am|we) (?:can|can't|cannot|won't|am not going to|'m not going to|"
    r"isn't going to|aren't going to|not going to|is going to) (?:make|force|push|tell) you\b",
    r"\bi(?:'m| am) not (?:here|going) to (?:tell you what|make you|force you|push you|decide|judge)\b",
    # "nobody, not the doctor and not me, gets to set the pace on this"
    r"\b(?:nobody|no one|not me)(?: else)?(?:,[^,.]{1,40},)? (?:gets|has|have|get) to (?:set the pace|decide|choose|"
    r"make (?:this|that|the) (?:call|decision|choice))\b",
    r"\byou (?:don't|do not) have to (?:do|talk|say|decide|share|answer|change|agree|tell|go|make|"
    r"stop|like|want|explain|commit|be|quit|figure|know|keep|speak|open up|come)\b",
    r"\b(?:no rush|in your own (?:time|way|words)|at your own pace|on your (?:own )?terms|"
    r"when(?:ever)? you(?:'re| are| feel)? ready|take your time|whatever you (?:decide|choose|want)|"
    r"whichever you choose|if and when you|your own pace|at a pace that)\b",
    r"\byou(?:'ve| have) (?:got )?(?:every|the) right\b",
    r"\b(?:completely|totally|entirely|all) yours\b",
    r"\byou (?:can|could) (?:always )?(?:say no|stop (?:me|anytime|at any)|pass|skip (?:that|it|this|any)|"
    r"change your mind|leave (?:it|that) (?:there|for now)|decide not)\b",
    r"\bit(?:'s| is) (?:okay|fine|all right) (?:not to|if you (?:don't|do not|'d rather not))\b",
    r"\b(?:the|your) (?:choice|decision|call) (?:is|stays|remains) (?:yours|with you)\b",
    r"\byou(?:'re| are) (?:the )?(?:one|person) who (?:knows|decides|gets)\b",
    r"\b(?:doesn't|does not|won't) (?:have to|need to) (?:be|happen) (?:today|now|right now)\b",
    r"\bwhatever (?:feels right|works) for you\b",
    r"\bi (?:trust|respect) (?:you|your) (?:to|judgement|judgment|decision)\b",
    r"\b(?:take (?:it )?or leave|take what(?:'s| is)? (?:useful|helpful|fits|works)|leave the rest)\b",
    r"\byou (?:can|get to|could) (?:pick(?! (?:it|them|this|that|those|these|him|her|the \w+) up\b)|choose|decide|"
    r"set (?:the|your)|take (?:it|or))\b",
    r"\b(?:free|welcome) to (?:stop|leave|say|pass|skip|end|disagree|take|walk|change)\b",
    r"\byou know (?:yourself|you|your \w+) (?:better|best)\b",
    r"\b(?:driver's|drivers|driving|pilot's) seat\b",
    r"\b(?:is|it's|that's) your (?:business|right|body|life|decision|choice|call)\b",
    r"\b(?:nobody|no one|nobody's|no one's) (?:else )?(?:gets to|can|is (?:going to|forcing)|forcing|forces|"
    r"is making|making) (?:you|decide)\b",
    # "it's down to you" hands over the choice; "he talked down to you" is something done to the client
    r"(?<!talk )(?<!talks )(?<!talked )(?<!talking )(?<!looks )(?<!looked )(?<!looking )(?<!spoke )\bdown to you\b",
    r"\byou(?:'re| are) an adult\b",
    r"\bmake (?:your|up your) own (?:choices|decisions|decision|mind|call)\b",
    r"\bbecause you chose\b",
    r"\byou (?:don't|do not) need (?:my|anyone's|our) (?:permission|approval|blessing)\b",
    r"\bwhat counts as (?:success|progress|a win)\b.*\b(?:you|your)\b",
    r"\b(?:not|isn't|never) (?:up to|for) me to (?:decide|say|choose)\b",
    r"\bwhether (?:you|or not you)\b.*\b(?:is|are|that's) (?:up to|your)\b",
)

# Leave asked for in so many words ("is it okay if I share something?", "may I offer a thought?"): in the same breath
# as a push, leave asked is not leave given (`scoring.coder`)
ASKS_LEAVE = re.compile(
    r"\b(?:is it|would it be|would that be|is that) (?:ok|okay|alright|all right|cool) (?:if|for me to)\b|"
    r"\b(?:can|could|may|mind if) i (?:just )?(?:share|offer|tell|suggest|give|say|mention|add|ask)\b|"
    r"\bwould it (?:help|be helpful|be useful) if i\b|\bwould (?:you|u) like me to (?:share|tell|say|suggest)\b|"
    r"\bdo (?:you|u) mind if i\b")
# A choice of where to go offered (a nineteenth helper round: "I could describe one that's well supported…, or we could
# start somewhere else first. Which would you prefer?" was a closed question): seeking collaboration, unmistakably
_CHOICE_OFFERED = (
    r"\bwhich (?:would you prefer|do you prefer|would you rather|would suit you|sounds better|feels better)\b",
    r"\bi could (?:describe|tell you about|share|explain|go through|walk you through|show you)\b[^.?!]{0,80}"
    r"\bor (?:we could|you could|would you rather)\b",
    r"\bwould it be (?:useful|helpful) to (?:hear|talk|look|go)\b[^.?!]{0,80}\bor would (?:you|u) rather\b",
)
CHOICE_OFFERED = _rx(*_CHOICE_OFFERED)
SEEK = _rx(
    *_CHOICE_OFFERED,
    r"\b(?:where|what) (?:do|would|should) you (?:think |want |like )?(?:we |us )?(?:should |to )?"
    r"(?:start|begin|focus|go from here|look at first)\b",
    r"\b(?:would|will|is|would it) (?:it )?be (?:okay|all right|fine|alright)(?: with you)? (?:if|to|for)\b",
    r"\b(?:would you (?:mind|be (?:okay|open|willing|interested|up for))|do you mind|mind if i)\b",
    r"\b(?:may|can|could|might) i (?:share|tell you|offer|give you|ask|mention|suggest|say|add|check|"
    r"make|throw|run|bring|show|explain|read|put|float|give|go over|talk|point)\b",
    r"\b(?:is it|is that) (?:okay|all right|alright|fine) (?:if|to|with you)\b",
    r"\b(?:would you like|do you want|would you want) (?:me )?(?:to )?(?:hear|some|any|more|to know|"
    r"me to (?:share|tell|explain|go over|say)|some (?:information|ideas|info))\b",
    r"\bwhat do you think of (?:that|this|what i|those|these|the (?:idea|plan|suggestion))\b",
    r"\bhow does (?:that|this|it) (?:sound|fit|land|strike you)\b",
    r"\b(?:what|how) (?:would|do) you (?:like|want) (?:to|us to) (?:focus|talk|start|work|use|spend|do "
    r"(?:with|today|first|next)|cover|begin|go|look at|tackle|put)\b",
    r"\bwhere (?:would|do) you (?:like|want) (?:to|us to) (?:start|begin|go|focus)\b",
    r"\b(?:we|you and i) (?:could|can|might) (?:decide|figure|work|think|look|come up|put|make|plan|"
    r"choose|brainstorm|explore|agree|set|talk)\b.*\btogether\b",
    r"\b(?:work|figure|decide|think|plan|look|come up with|sort|put something|make a plan|"
    r"brainstorm|explore|map|write|choose|go through)\b[^.?!]{0,30}\btogether\b",
    r"\b(?:we|us|you and i|you and me)\b[^.?!]{0,30}\btogether\b",
    r"\b(?:let's|let us|shall we|should we|can we|could we|we could|maybe we could|why don't we) "
    r"(?:figure|work|think|decide|look|plan|brainstorm|come up|explore|put our heads|make a plan|set|"
    r"agree|choose|talk about what|see what)\b",
    r"\b(?:what|how) (?:do|would) you (?:think|feel) (?:about|if) (?:we|us|i|our|my)\b",
    r"\byour (?:ideas|thoughts|input|view|opinion|take|perspective|expertise)\b",
    r"\b(?:i'd|i would) (?:like|love|be interested) to (?:hear|know) (?:your|what you)\b",
    r"\b(?:does|would|will) (?:that|this|it) (?:work|sound (?:okay|good|all right|right|like a plan)|suit you|"
    r"make sense to you|be okay|be helpful|be (?:a )?(?:good|useful|helpful) (?:place|way|thing) to (?:start|begin))"
    r"(?: for you)?\b",
    r"\bany (?:thoughts|ideas|reactions) (?:on|about)\b",
    r"\bhow (?:can|could|might) (?:i|we) (?:help|be (?:most )?helpful|support|make this)\b",
    r"\b(?:what|how) would be (?:most )?(?:helpful|useful)\b",
    r"\bwhat (?:would|do) you (?:want|need|like) (?:from|out of) (?:me|this|our|today|these)\b",
    r"\b(?:your|the) agenda\b",
    r"\bhow (?:do|would) you want to (?:go about|approach|handle|use|proceed)\b",
    r"\bdoes (?:that|this) (?:seem|feel) (?:okay|fair|right|like)\b",
    r"\bwhat (?:feels|seems) (?:like )?(?:the )?(?:right|most important|most useful) (?:place|thing|next)\b",
    r"\b(?:check|checking) (?:in )?with you\b",
    r"\bwhat (?:should|shall) we\b",
    r"\bwhat (?:fits|would fit) (?:for )?you\b",
    r"\bwhat (?:do |would )?you reckon\b",
    r"\b(?:ring|rings|sound|sounds|feel|feels) true\b",
    r"\b(?:anything|something) (?:you(?:'d)? want|you'd like|to) (?:add|change)\b",
    r"\bwhat would be (?:more|most|the most) (?:useful|helpful|worthwhile)\b",
    r"\bif (?:that's|it's|that is|it is) (?:okay|all right|alright|fine) (?:with|by|for) you\b",
    r"\b(?:a team|as a team|on the same page|partners in|side by side)\b",
    r"\bhear (?:yours|your (?:ideas|thoughts|take|view|side))\b",
    r"\b(?:your|what's your) (?:take|view) on (?:this|that|what i|the (?:idea|plan|options))\b",
    r"\bwhat would you (?:want|like) me to\b",
    r"\bwould it help if (?:we|i)\b",
    r"\bagree (?:on|together|what|how)\b",
    r"\bwhich (?:one|of (?:these|those|them)) (?:feels|would you|do you want|seems|to)\b",
    r"\bwhat (?:ideas|thoughts|suggestions) do you have\b",
    r"\b(?:should|shall) (?:i|we) (?:check|leave|keep|stop|go|carry)\b",
    r"\b(?:we can|we could) (?:switch|change|swap|do|start|look|go|come back)\b",
    r"\bi can fill in\b",
    r"\bon (?:your|the) list\b",
)

AFFIRM = _rx(
    # "you clearly care a lot about your kids": a value of the client's named as theirs
    r"^(?:and |so |honestly,? )?(?:you|u) (?:really |clearly |obviously |genuinely |so )?care (?:so much |a lot |deeply |"
    r"a great deal |loads )?about\b",
    # "that's an enormous amount of love and dedication": the strength named, sized up
    r"\b(?:that's|that is|it's|it is|what) (?:a|an|such an?) (?:huge|enormous|incredible|real|big|massive|great|"
    r"amazing|serious|unbelievable) (?:amount|lot|deal) of (?:love|dedication|commitment|patience|courage|"
    r"determination|effort|strength|care|grit|resilience|hard work|devotion|persistence)\b",
    r"\bthat(?:'s| is) (?:not nothing|no small (?:thing|feat)|not a small thing|huge|a big deal|big)\b"
    + WEIGHT_BORNE,
    # "honestly that is not bad for your first week!": praise said as a litotes, never a correction
    r"\b(?:that's|that is|it's|it is|that was|which is|not) (?:really |actually |honestly )?(?:not )?bad (?:at all )?for "
    r"(?:a |your |ur |the )?(?:first|1st|second|very first|start|beginning|first go|week one|day one)\b",
    r"\bthat(?:'s| is) you (?:taking|standing|looking after|showing|stepping|choosing|putting|sticking|"
    r"keeping|fighting|making|protecting)\b",
    rf"{YOU_ARE} (?:someone|somebody|a person|the one|the person) (?:\w+ ){{0,2}}"
    r"(?:trust|trusts|rely on|relies on|turn to|turns to|look up to|looks up to|come to|comes to|count on)\b",
    r"\b(?:that|it|this) (?:took|takes|must have taken|must take|shows|showed|says|speaks to|tells me|"
    r"required|took a lot of|is a sign of) (?:a lot of |real |some |serious |so much |a great deal of )?"
    r"(?:courage|guts|strength|effort|determination|commitment|honesty|bravery|work|persistence|"
    r"nerve|real|something|how much|that you|a lot|care|character|resilience|grit|dedication)\b",
    # "calling them on every break took real commitment", "three weeks off was a real achievement":
    # an effort of the client's, whatever the subject, appraised as a strength
    r"\b(?:took|takes|has taken|must have taken|shows|showed) (?:a lot of |real |some |serious |so much |such |"
    r"a great deal of |a huge amount of |genuine )(?:courage|guts|strength|effort|determination|commitment|"
    r"bravery|persistence|nerve|grit|dedication|discipline|willpower|patience)\b",
    r"\b(?:was|is|'s|were) (?:a |an )?(?:real|huge|big|genuine|massive|proper|serious|impressive) "
    r"(?:achievement|accomplishment|feat|effort|commitment|act of (?:courage|love|strength))\b",
    r"\bi (?:really |genuinely |truly |can )?(?:appreciate|admire|respect|value|love how|am impressed|"
    r"'m impressed|can see how (?:much|hard|committed)|see how (?:much|hard))\b",
    r"\b(?:you're|you are|you seem|you sound|you've been|you have been|you come across as) (?:clearly |really |"
    r"obviously |very |such |quite |incredibly |pretty |so |a really |someone |somebody |a )*"
    r"(?:an? )?(?:strong|brave|courageous|resourceful|determined|committed|caring|thoughtful|"
    r"dedicated|resilient|hard-working|hardworking|hard working|loving|capable|insightful|persistent|"
    r"wise|devoted|loyal|fighter|survivor|creative|generous|patient|protective|responsible|"
    r"honest with yourself|good (?:mum|mom|dad|father|mother|parent|friend|person|son|daughter)|"
    r"someone who (?:cares|works|keeps|takes|values|doesn't give up|follows through|stands)|"
    r"somebody who (?:cares|works|keeps|takes|values|doesn't give up))\b",
    r"\byour (?:honesty|commitment|courage|determination|effort|persistence|strength|dedication|"
    r"openness|insight|resilience|willingness|creativity|hard work|care for|love for|loyalty|"
    r"patience|resourcefulness|self-awareness|candou?r) (?:is|has|really|shows|here|today|in|with|"
    r"about|comes|says)\b",
    r"\b(?:good|great|nice|well done|brilliant|amazing) (?:for you|on you|job (?:on|with|getting|"
    r"sticking|making|taking|keeping|noticing)|work (?:on|with|getting|sticking|noticing))\b",
    r"\b(?:well done|good on you|kudos|props to you|hats off|credit to you|proud of you)\b",
    # not "…going on about it like it's a big deal": what others make of it, reflected (checked after the opening
    # words, so the pattern opens on them)
    r"\b(?:that's|that is|it's|it is|this is)"
    + "".join(f"(?<!{like} {lead})" for like in ("like", "as if", "as though")
              for lead in ("that's", "that is", "it's", "it is", "this is"))
    + r" (?:a |an |really |such a |so |pretty |incredibly |genuinely )*"
    r"(?:impressive|amazing|admirable|remarkable|brave|courageous|big step|huge step|real progress|"
    r"no small (?:thing|feat)|huge|a big deal|big deal|achievement|accomplishment|real strength|"
    r"strength|something to be proud)\b",
    r"\byou (?:managed|made it|did it|pulled (?:it|that) off|stuck with|showed up|kept going|"
    r"didn't give up|found a way|figured out|got yourself|took (?:a|the) (?:step|first step|risk)|"
    r"pushed through|held on|stayed (?:sober|clean|off|with|strong)|came (?:in|here|back|today) "
    r"(?:anyway|even|despite|when)|came anyway|stood up|reached out|said no|kept (?:at|trying|"
    r"showing|it up)|quit|cut (?:down|back)|went (?:to|three|four|two|a whole|the whole))\b",
    r"\byou(?:'ve| have) (?:already |really |clearly |actually )?(?:made|done|achieved|shown|come|managed|"
    r"worked|kept|stayed|stuck|taken|held|cut|quit|stopped|gone|put in) (?:a (?:lot|real|huge|big)|"
    r"(?:so|such|real|huge|big|great|real) (?:progress|effort|changes|steps|strides|work)|"
    r"progress|it|real|a long way|so far|through|the effort|the work|the first step|"
    r"(?:a lot|much|so much) (?:of|to)|(?:two|three|four|five|six|\d+) (?:days|weeks|months|years)|"
    r"hard|sober|clean|off|on top of)\b",
    r"\beven (?:though|when|after|with|on|in) (?:it|you|things|that|the|all)\b.*\byou (?:still|kept|"
    r"managed|came|showed|made|got|went|did|found|held|tried|stuck)\b",
    r"\byou (?:still|really) (?:showed up|came|made it|tried|kept|managed|did)\b",
    r"\b(?:that's|that is) (?:a )?(?:real |huge |great |good )?(?:strength|skill|gift|quality)\b",
    r"\byou(?:'ve| have) (?:already |really |clearly )?(?:made|started making) (?:some|real|big|a few|several|"
    r"positive|good|important) (?:changes|steps|progress|moves)\b",
    r"\bi can (?:tell|see|hear) (?:how much|you (?:really )?(?:care|love|tried|worked|want))\b",
    # thanks for telling is not praise of a strength: our labels code it `other` (20 of 36), affirm only when a
    # strength is named beside it ("that took guts to type out"), and beside a reflection, the reflection
    r"\bthank you for (?:being so (?:honest|open|brave)|your honesty)\b",
    r"\bit (?:sounds|seems|looks) like you(?:'ve| have| really)? (?:worked (?:really )?hard|tried (?:really )?hard|"
    r"put (?:a lot|so much|real)|done (?:a lot|so much|amazing|great))\b",
    r"\byou clearly (?:care|love|tried|worked|put|want|value)\b",
    r"\bthat(?:'s| is) (?:a )?(?:really |very )?(?:smart|good|great|wise|healthy|brilliant|creative|"
    r"thoughtful|solid) (?:idea|plan|move|choice|decision|call|step|insight|observation|question|"
    r"point|way)\b",
    r"\byou(?:'ve| have) got (?:a lot of|real|some real|great) (?:strength|insight|courage|skill)",
    r"\b(?:what a|such a) (?:great|good|smart|brave|thoughtful|important) (?:idea|step|thing|plan|insight)\b",
    r"\byou(?:'re| are) (?:really |clearly |obviously )?(?:putting in|making|working|trying|doing) (?:real |a lot of |"
    r"serious |so much |the )?(?:effort|work|progress|hard|your best|well)\b",
    r"\byou(?:'re| are) (?:really |clearly )?(?:good|great|brilliant) (?:at|with)\b",
    r"\b(?:i'm|i am) (?:really |so )?(?:impressed|glad you|proud|struck by (?:your|how))\b",
    r"\b(?:you|you're|you are|you were|you've been|you have been|that was|that's|that is|it was|it's|"
    r"this is|which is|pretty|really|so|very)\b[^.?!]{0,25}\b(?:brave|honest|protective|persistent|resilient|"
    # "caring for someone else's daughter" is what they were doing, not a strength named
    r"thoughtful|caring(?! for\b| about\b| after\b)|determined|committed|resourceful|insightful|generous|responsible|"
    r"hard worker|hard-working|hardworking|disciplined|courageous|admirable|considerate|"
    r"conscientious|dedicated|devoted|selfless|mature|wise|clear step|good judge?ment|"
    r"real achievement|big achievement|achievement|great instinct|good instinct)\b",
    # "most people wouldn't have come back" affirms; "most people don't do that when someone pushes them"
    # holds the client's act against a norm
    r"\b(?:a lot of|most|many|plenty of) (?:people|ppl|folks|others) (?:wouldn't|would not|don't|do not|"
    r"couldn't|never|would have|would've)\b(?! (?:do|react|act|behave|go|get) (?:that|this|it|like that)\b)",
    r"\b(?:that's|that is|it's|which is|and that's|that was|it wasn't|that wasn't) (?:not|no) "
    r"(?:nothing|easy|small|a small thing|an easy thing)\b"
    + WEIGHT_BORNE,
    r"\bit (?:wasn't|was not|isn't|is not|can't have been) easy\b",
    r"\bnot easy\b",
    r"\b(?:that|which|it|this) (?:shows|showed|says|speaks to) (?:a lot|you(?:'re| are)|how (?:much|hard|serious|committed)|"
    r"that you|real|something)\b",
    r"\byou did that\b",
    r"\byou(?:'ve| have) (?:really |clearly |obviously )?(?:thought|put) (?:a lot|so much|real|"
    r"really|about this|this through)\b",
    r"\b(?:done your homework|kept your (?:cool|head|nerve)|held your (?:nerve|ground)|"
    r"stood your ground)\b",
    r"\byou(?:'ve| have) got (?:a lot of|real|so much) (?:resilience|courage|strength|insight|"
    r"determination|grit|heart|guts|love)\b",
    r"\b(?:a lot of|real|so much|great) (?:resilience|courage|insight|determination|grit|"
    r"persistence|strength)\b",
    r"\b(?:obvious|clear|plain) (?:how much|that) you (?:love|care|loved|cared|want|value)\b",
    r"\byou (?:obviously|clearly|really) (?:care|love|loved|cared|value) (?:a lot|so much|deeply|"
    r"about|for)\b",
    r"\b(?:value|care about) being a good\b",
    # the client's own endurance, not "even though he's still here" (a husband with dementia)
    r"(?<!he's )(?<!hes )(?<!she's )(?<!shes )(?<!he is )(?<!she is )(?<!they're )(?<!it's )(?<!its )"
    r"(?<!he was )(?<!she was )\b(?:still here|still trying|still standing|still going)\b",
    r"\byou (?:handled|managed|navigated) (?:that|this|it|a)\b",
    r"\b(?:you've been|you have been|you're being|you are being) (?:really |so |very )?(?:open|honest|"
    r"brave|clear|patient|strong|generous|kind)\b",
    r"\b(?:the fact|fact that) you\b.*\b(?:shows|says|means)\b",
    r"\bworking (?:really |so )?hard (?:to|on|at)\b",
    r"\byou (?:took|made|did) (?:the|a|that) (?:first|big|brave|hard|real) (?:step|move|decision|call)\b",
    r"\b(?:exactly )?the kind of (?:control|thing|progress|change) you(?:'ve| have) been\b",
    r"\byou (?:put|placed) (?:your|his|her|their|the) \w+(?:'s)? (?:feelings|needs|safety) first\b",
    r"\ba lot of (?:effort|work|thought|care|courage)\b",
    r"\b(?:that's|that is|that was) (?:a )?(?:really |very )?(?:clear|real|big|huge|brave|honest|great|good) step\b",
    r"\b(?:insight|self-awareness) for someone\b",
)

GENERIC_PRAISE = re.compile(
    r"^(?:(?:that's|that is|it's|very|really|so|oh|wow|okay) )*(?:good|great|nice|awesome|excellent|perfect|"
    r"cool|fantastic|wonderful|lovely|amazing|brilliant|super|sweet|neat|fab|good job|great job|"
    r"nice job|nice one|good stuff|great stuff|good work|great work|love it|love that|"
    r"that's (?:great|good|awesome|nice|fantastic|wonderful|brilliant|amazing)(?: to hear)?)"
    r"(?: (?:job|work|stuff|one|to hear|news))?$"
)

# Praise of the whole person, or of the client over others, names nothing they did: flattery, warm but
# not an affirmation (MITI's affirm recognises a specific strength, effort or value).
FLATTERY = _rx(
    r"\b(?:one of|among) (?:the|my) (?:most [\w-]+|best|nicest|smartest|bravest|strongest|coolest|sweetest|"
    r"kindest|wisest|brightest|favourite|favorite)(?:,? (?:and )?[\w-]+){0,4} (?:i've|i have|i|i'll|i will) (?:ever )?"
    r"(?:had|met|seen|known|worked with|come across|have)\b",
    r"\bthe (?:most [\w-]+|best|nicest|smartest|bravest|strongest|coolest|sweetest|kindest|wisest|brightest) "
    r"(?:(?:and )?(?:most )?[\w-]+ )?(?:person|kid|client|man|woman|guy|girl|lad|patient|teenager|teen|one|human|wife|"
    r"husband|mum|mom|mother|dad|father|parent|daughter|son|carer|friend|\d+[- ]year[- ]old)s? (?:i've|i have|i) "
    r"(?:ever )?"
    r"(?:met|had|seen|known|worked with|come across)\b",
    r"^(?:(?:and|honestly|seriously|wow|oh),? )*(?:you're|you are|youre|ur) (?:honestly |really |just |truly |"
    r"literally |seriously )?such (?:an? )?(?:\w+ )?(?:person|kid|human|guy|girl|lad|man|woman|soul|individual|"
    r"young (?:man|woman|person))(?:,? (?:honestly|really|seriously))?$",
    # "you're so mature for your age", "you're a really good kid, you know that?": the person graded, nothing named
    r"^(?:(?:and|honestly|seriously|wow|oh),? )*(?:you're|you are|youre|ur) (?:honestly |really |just |truly )?(?:such a|a) "
    r"(?:really |very )?(?:good|great|wonderful|amazing|lovely|brilliant) (?:son|daughter|mum|mom|dad|father|mother|wife|"
    r"husband|friend|kid|person|man|woman|lad|girl|guy|brother|sister|grandad|granddad|nan|gran) for (?:noticing|seeing|"
    r"saying|spotting|realising|realizing|thinking of|telling me) (?:that|this|it)\b",
    r"\ban inspiration to (?:everyone|everybody|all of us|us all|others|me|the rest of us)\b",
    r"\b(?:so |really |very |super |incredibly )?(?:mature|wise|grown[- ]up|sensible|smart|clever|bright|switched on) "
    r"for (?:your|ur) age\b",
    r"^(?:(?:and|honestly|seriously|wow|oh),? )*(?:you're|you are|youre|ur) (?:a|such a) (?:really |very |genuinely |truly )?"
    r"(?:good|great|lovely|nice|amazing|wonderful|strong|kind|decent|brilliant) (?:kid|person|man|woman|lad|girl|guy|"
    r"human|soul)(?:,? (?:you know that|honestly|really|seriously))?\W*$",
    # with an adverb and a pair of grades (a seventeenth helper round's gamer): "You're clearly a brilliant and extremely
    # thorough person.", "you're such a kind, generous, wonderful person"
    r"^(?:(?:and|honestly|seriously|wow|oh),? )*(?:you're|you are|youre|ur) (?:clearly |obviously |honestly |really |"
    r"truly |just )?(?=(?:such|[^.?!]*\b(?:really|very|genuinely|truly|extremely|incredibly|so|super|brilliant|amazing|"
    r"wonderful|incredible|extraordinary|lovely|fantastic|exceptional)\b))"
    r"(?:a|an|such an?) (?:(?:really|very|genuinely|truly|extremely|incredibly|so|super) )?[\w-]+(?:(?:,| and|, and) "
    r"(?:(?:really|very|genuinely|truly|extremely|incredibly|so|super) )?[\w-]+){1,3} (?:kid|person|man|woman|lad|girl|guy|"
    r"human(?: being)?|soul|individual)(?:,? (?:you know that|honestly|really|seriously|truly))?\W*$",
    # "You're amazing for noticing that, truly.": the person graded for the act
    r"^(?:(?:and|honestly|seriously|wow|oh),? )*(?:you're|you are|youre|ur) (?:so |just |truly |really |honestly )?"
    r"(?:amazing|incredible|brilliant|wonderful|a star|a legend|a hero|the best) for (?:noticing|saying|seeing|"
    r"sharing|telling|doing|being|realising|realizing|admitting|spotting) (?:that|this|it|so)\b",
)

INFO = _rx(
    r"\bthere(?:'s| is| are) (?:a|an|some|also a|also an|also) (?:[\w-]+ )?(?:group|service|program|"
    r"programme|clinic|counsellor|counselor|nurse|doctor|gp|app|website|helpline|hotline|leaflet|class|"
    r"course|meeting|support line|team|drop-in|number)s?\b",
    r"\b(?:research|studies|evidence|data|science|statistics|surveys|experts|guidelines|the literature|"
    r"the numbers|the nhs|the cdc|the who)\b.*\b(?:show|shows|showed|suggest|suggests|say|says|find|"
    r"finds|found|indicate|indicates|recommend|recommends|tell us|tells us)\b",
    r"\b(?:some|many|most|lots of|a lot of|plenty of|other|a number of|loads of|half of|a few) (?:people|clients|folks|"
    r"parents|teens|teenagers|smokers|drinkers|men|women|patients|students|kids|couples|veterans|"
    r"families|of the people|of my clients|of the folks)\b.*\b(?:find|found|say|tell me|notice|"
    r"report|experience|have|feel|describe|get|do|choose|try|who|struggle|go through|end up|"
    r"mention|say that|discover|prefer|use|like)\b",
    r"\b(?:it's|it is|that's|that is) (?:really |very |pretty |quite |actually |fairly )?(?:common|normal|usual|"
    r"typical|not unusual|not uncommon|expected|well known)\b",
    r"\b\d+ ?(?:%|percent|per cent|mg|units?|drinks?|minutes|hours|weeks|sessions|days|times|"
    r"milligrams|cigarettes|grams|calories|years|months|out of)\b",
    r"\b(?:one|two|three|four|five|six|eight|ten|twelve) (?:units|standard drinks|sessions|weeks)\b",
    r"\bthe (?:court|judge|program|programme|law|clinic|service|school|policy|agency|medication|"
    r"medicine|treatment|drug|test|group|doctor|form|rule|assessment|report|referral|"
    r"prescription|dose|side effects?|guideline|recommended|limit|patch|gum|inhaler|"
    r"probation|order|condition|letter|paperwork|process|waiting list|appointment|"
    r"insurance|next step|results?|scan|bloods?)\b.*\b(?:requires?|asks?|says|is|are|will|can|"
    r"has|have|means|needs?|lasts?|runs?|takes?|expects?|wants?|covers?|includes?|usually|"
    r"works?|helps?|shows?|came back)\b",
    r"\b(?:this|that|it|alcohol|nicotine|smoking|drinking|caffeine|sugar|exercise|sleep|stress|"
    r"cannabis|weed|the medication|the pills|vaping|gambling|opioids|these meds|insulin|"
    r"heavy drinking|binge drinking|withdrawal|depression|anxiety|trauma|grief)\b (?:can|may|"
    r"might|often|usually|tends? to|typically|will|is known to|could|does|sometimes|also) "
    r"(?:cause|make|lead|increase|decrease|reduce|raise|lower|affect|help|interact|interfere|"
    r"trigger|worsen|improve|damage|show up|come|last|take|be|feel|mess|change|stay|hit|build)\b",
    r"\b(?:what|everything|anything) (?:you say|we talk about|is said|you tell me|you share)\b.*"
    r"\b(?:confidential|private|between us|stays|won't)\b",
    r"\bconfidential\b",
    r"\b(?:i|we) (?:have to|must|am required to|are required to|need to|'re required to) (?:report|"
    r"tell|inform|let (?:the|your|you know)|share|write|send|fill|keep|mention|document)\b",
    r"\b(?:we'll|we will|we're going to|we are going to|we'd|we'll be) (?:meet|be meeting|have|"
    r"start|talk about|look at|go over|send|write|see each other|spend|do|cover|review|be doing)\b",
    r"\b(?:sessions?|appointments?|meetings?|the group|the course|the program) (?:are|is|last|lasts|"
    r"run|runs|will be|usually|happen|take|meet|meets|cost)\b",
    r"\b(?:here's|this is|that's) (?:how|what|why) (?:it|this|that) (?:works|happens|is)\b",
    r"\b(?:the way (?:it|this) works|how this works|what happens (?:next|is|now|after))\b",
    r"\b(?:means|is called|is defined as|refers to|stands for|is a (?:type|kind|form) of)\b",
    r"\b(?:withdrawal|tolerance|relapse|dependence|side effects?|symptoms?|blood pressure|liver|"
    r"cholesterol|a1c|bmi|heart rate|nicotine replacement|naltrexone|antidepressants?|"
    r"serotonin|cortisol|dopamine|metabolism|the brain|your brain|the body|your body)\b",
    r"\byour (?:results|scores?|numbers|levels|test|readings?|blood|liver|weight|blood pressure|"
    r"sugar|a1c|bmi|audit)\b.*\b(?:show|shows|are|is|came back|were|was|put you|puts you|"
    r"suggest|mean)\b",
    r"\b(?:a|one) (?:standard )?(?:drink|unit|serving|glass|pint|cigarette|shot) (?:is|of|equals|has)\b",
    r"\b(?:just so you know|for your information|to let you know|i should mention|i should tell you|"
    r"i want to let you know|i need to let you know|the information|the facts are)\b",
    r"\b(?:there (?:are|is) (?:a |some |several |two |three |many )?(?:options|ways|groups|programs|"
    r"services|resources|treatments|apps|medications|kinds|types))\b",
    r"\bi(?:'m| am) (?:a|an|the|your) (?:counsell?or|therapist|trainee|student|social worker|nurse|"
    r"doctor|psychologist|worker)\b",
    r"\b(?:is|are) (?:available|free|open|covered|linked|associated|related)\b",
    r"\bi(?:'ll| will) (?:be )?(?:send|write|give you|email|sign|fill|pass|let)\b",
    r"\bthere(?:'s| is| are) (?:a |an |some |several )?(?:free |local |national |online |24-hour |confidential )*"
    r"(?:\w+ )?(?:line|helpline|quitline|service|group|app|website|site|programme|program|scheme|clinic|"
    r"team|officer|charity|course|class|meeting|leaflet|number|hotline|textline|support)\b",
    r"\b(?<!you )(?:can|may|might|will|tends? to|usually|often|typically|generally|normally|sometimes) "
    r"(?:make|makes|cause|causes|help|helps|lead|leads|give|gives|leave|affect|affects|take|takes|last|"
    r"lasts|get involved|show|shows|work|works|mean|means|reduce|increase|raise|lower|interact|build|"
    r"come|comes|hit|hits|follow|follows|go|goes|have|has|use|happen|happens)\b",
    r"\b(?:works|work) best\b",
    r"\b(?:is|are) (?:usually |often |commonly |sometimes )?(?:described|defined|known|seen|thought of|"
    r"considered|used|given|prescribed|recommended|measured|counted|covered|linked|allowed)\b",
    r"\b(?:one of the|the most) (?:treatments|ways|common|usual|signs|symptoms|reasons|things)\b",
    r"\b(?:roughly|approximately|on average|about \d|around \d|per (?:week|day|cent))\b",
    r"\b\d+(?:\.\d+)?\b",
    r"\b(?:limit|dose|units|nicotine|tar|carbon monoxide|calories|caffeine|blood sugar|insulin|"
    r"statin|tablets|medication|prescription|side effect|withdrawal|hba1c|cholesterol|"
    r"attendance|report|review|licen[cs]e|court|probation|order|mediation|helpline|gamstop)\b",
    r"\b(?:lets|allows|enables|helps) you\b",
    r"\bfrom what you(?:'ve| have) (?:put|written|filled)\b",
    r"\bi (?:saw|see|noticed|read) (?:from|in|on) (?:the|your)\b",
    r"\b(?:is|are) (?:a |an )?(?:secondary|normal|common|natural|known|physical|chemical) "
    r"(?:emotion|reaction|response|effect|symptom|part)\b",
    # of a thing ("it doesn't mean you're weak"), not of the client ("you don't have a problem with anyone, and
    # people keep acting like you do" hands back their view)
    r"(?<!you )(?<!i )\b(?:doesn't|don't|does not|do not) (?:really )?(?:follow|work like|mean|have)\b",
    r"\b(?:rather than|as opposed to|instead of) (?:it )?(?:just )?being\b",
)

REASSURANCE = _rx(
    r"\b(?:don't|do not|no need to|try not to|(?:you )?(?:don't|do not) (?:need|have) to|(?:you )?needn't|"
    r"(?:you )?shouldn't) (?:you )?(?:worry|stress|fret|beat yourself up)\b",
    # "dont be so hard on urself. it was just a kit bag": told not to feel it, not heard
    r"\b(?:don't|do not|try not to|no need to) be (?:so |too |that )?hard on (?:yourself|urself)\b",
    r"\b(?:there's|there is|there isn't|theres) (?:absolutely |honestly |really )?(?:nothing|anything) wrong with (?:you|u)\b",
    # "I can't promise everything will be fine" declines to reassure
    r"(?<!promise )(?<!promise you )(?<!promise that )(?<!say )(?<!say that )(?<!tell you )"
    r"\b(?:it'll|it will|it's going to|everything'?ll|everything will|everything's going to|things will|"
    # "…be fine", never "be" alone: "you'll be on dialysis before you're fifty" warns, "you're scared it's going to be
    # unbearable" reflects (29 warnings in the tuning files had read as reassurance)
    r"things are going to|you'll|you will|you're going to) (?:all )?(?:be (?:just )?(?:a )?(?:fine|okay|ok|all right|"
    r"alright|great|better|good|grand|sorted|brilliant|amazing)|work out|turn out (?:fine|okay|all right|alright|"
    r"well|for the best)|get better|sort itself|come good|feel better)\b",
    r"\bi(?:'m| am) (?:sure|certain|confident) (?:it'll|you'll|it will|you will|everything|things|"
    r"it's|you're|they)\b",
    r"\b(?:nothing to worry|it's not (?:that|so) bad|could be (?:a lot )?worse|cheer up|"
    r"look on the bright side|at least you|i promise (?:it|you|things)|trust me|no big deal|"
    r"it's nothing|you're overthinking|you'll get over|time heals|these things pass|"
    r"everyone goes through|it happens to everyone|you'll be fine)\b",
)

NORMALISING = _rx(
    # "doesn't mean it's ok for u" argues; it normalises nothing
    r"(?<!mean )(?<!means )(?<!not )\b(?:it's|it is|that's|that is|pretty|totally|completely|very|so|perfectly|really) (?:so |really |totally |"
    r"completely |very |pretty |perfectly |quite )?(?:normal|common|natural|understandable|human|okay|"
    r"fine|usual)(?: for (?:people|anyone|someone|many))? (?:to|that|when|for)\b",
    r"\b(?:lots|a lot|many|most|plenty) of (?:people|folks|us|clients|parents) (?:feel|struggle|find|have|"
    r"go through|get|are|end up|say|wrestle|feel torn|feel two)\b"
    # "a lot of people are counting on that paycheck" says who depends on the client, not that it is common
    r"(?! (?:counting|depending|relying|waiting|leaning|looking to)\b)",
    r"\b(?:you're|you are) (?:definitely |certainly |really )?not (?:alone|the only|weird|crazy|"
    r"abnormal|broken|strange)\b",
    r"\bmakes (?:total |complete |a lot of |perfect |so much |complete )?sense (?:that|you|to|given|why)\b",
    r"\b(?:anyone|anybody|most people|any parent|most parents|a lot of people) (?:would|might|could|in "
    r"your (?:shoes|position|situation))\b",
    r"\b(?:two|mixed|both) (?:ways|feelings|minds)\b.*\b(?:normal|common|natural|makes sense|understandable)\b",
    r"\b(?:normal|common|natural|understandable) to (?:feel|have|want|be)\b",
)

DEMAND_FEELING = _rx(
    r"\bhow (?:does|did|do|would|will|is|was) (?:that|this|it|you|he|she|they) (?:make you )?feel\b",
    r"\bhow (?:does|did) (?:that|this|it) make you feel\b",
    r"\bwhat (?:are|were|do|did) you (?:actually |really )?feel(?:ing)?\b",
    r"\bhow do you (?:actually |really |honestly )?feel\b",
    r"\b(?:tell|show) me (?:how|what) you (?:really |actually )?feel\b",
    r"\b(?:i want|i need) you to (?:feel|tell me how you feel|get in touch|connect with)\b",
    r"\b(?:stop|quit|enough) (?:analy[sz]ing|intellectuali[sz]ing|thinking|explaining|rationali[sz]ing)\b",
    r"\bget (?:out of|out of your) head\b",
    r"\b(?:feelings|emotions),? not (?:thoughts|ideas|analysis|facts)\b",
    r"\bwhat(?:'s| is) the feeling\b",
    r"\bwhere do you feel (?:it|that)\b",
)

# Sympathy and condolence: "oh no, I'm so sorry to hear that".  Warm, but not a MITI move, and
# never an apology for pushing (that flag repairs ruptures in the client engine).
SYMPATHY = _rx(
    r"^(?:oh |aw+ |ugh |god |gosh |oof )*(?:no+,? |dear,? |man,? )?(?:i'm |i am )?(?:so |really |very |truly |"
    r"just |terribly )*sorry(?: (?:to hear|that|about|for|you(?:'re| are| had| have|'ve)|it|this|he|she|they"
    r"|your)\b.*)?\W*$",
    r"^(?:oh |aw+ )*(?:no+|dear|god|gosh|man|wow|jeez|geez|ouch|oof|ugh)(?: no+)?$",
    r"\b(?:my|our) (?:deepest |sincere |heartfelt )?(?:condolences|sympathies)\b",
    r"^(?:oh |ugh |man,? |god,? |wow,? )*(?:that|it|this) (?:really |just |totally |absolutely |so )*"
    r"(?:sucks|stinks|blows|hurts|is (?:awful|terrible|horrible|heartbreaking|rough|brutal|so sad|sad)|"
    r"sounds (?:awful|terrible|horrible|heartbreaking|brutal))(?: to hear)?$",
    r"^(?:oh |man,? |god,? |ugh,? |lol |omg )*(?:how|what) (?:awful|terrible|horrible|sad|heartbreaking|annoying|"
    r"frustrating|rubbish|unfair|horrid|grim|upsetting|infuriating|a (?:shock|blow|loss|nightmare|pain))$",
    r"\b(?:sending|big) (?:hugs|love)\b",
    r"^(?:i'm |i am )?(?:so |really )?(?:sorry for your loss|sorry you(?:'re| are) going through (?:this|that|all this))",
    r"^(?:that's|what) (?:a lot|so much) to (?:deal with|carry|go through|handle)$",
    # the stock "that must be so hard" guesses no feeling of this client's (13 of 15 such tuning turns are
    # `other`); "that must have been frightening" does (MUST_HAVE_FELT)
    r"^(?:oh,? |aw+,? |gosh,? |wow,? )?(?:that|it|this) (?:must|sounds|seems)(?: have been| be| feel)? (?:so |really |very |"
    r"pretty |incredibly |quite |such a )*(?:hard|difficult|tough|rough|awful|horrible|terrible|a lot|stressful)"
    r"(?: for you)?$",
    # stock validation names nothing the client said: "what you're feeling is completely valid"
    r"^(?:i hear you,? (?:and )?)?(?:that's|that is|it's|it is|what you(?:'re| are) feeling is|your feelings are|"
    r"those feelings are|that feeling is) (?:completely |totally |so |really |absolutely |100% )?valid$",
)

# A question word opening a clause before a cue ("if you did try the patches, what might keep you company on the
# rank instead?"): the trainee asks the client's own idea, and the cue at the end does not propose one
# (`scoring.coder._unreported`; a separate check so the advice pattern keeps its index key, "instead").
ASKS_OWN_IDEA = re.compile(r"(?:^|, |\band |\bso )(?:what|how|where|who|which)\b(?! about)")

# A sentence that only thanks ("thank you for telling me that", "thanks for being straight with me"): a
# formula whose words ("telling", "me", "being") say nothing of the move beside it, so the word model reads it
# as one token (`scoring.features`).
THANKS = re.compile(r"^(?:(?:okay|ok|and|um|so|well|oh|yeah)[, ]+)*(?:(?:thanks|thank you|cheers)"
                    r"(?: (?:so|very) much)?(?:,? (?:again|for (?:[a-z']+[ ,]*){1,7}))?|i (?:really |do )?appreciate "
                    r"(?:you|that|it)(?: (?:sharing|telling me|saying|being so (?:honest|open))(?: (?:that|this|it))?)?)$")


APOLOGY = _rx(
    r"\bi(?:'m| am) (?:so |really |very |truly )?sorry(?:,)? (?:i (?:pushed|was|didn't|shouldn't|got|went|jumped|rushed|interrupted|assumed|"
    r"misunderstood|misread|missed|meant|came|sounded|said)|if i|if that|that i|for (?:pushing|"
    r"that|what|my|jumping|assuming|the|being|rushing|interrupting|getting)|about (?:that|pushing))\b",
    # typed without "I'm": "sorry, i didnt mean it like that", "ok sorry 😬", "sorry sorry i sound like ur
    # teacher".  A bare "sorry!!" stays sympathy (it may be condolence), and "oh no, sorry" starts no apology.
    r"^(?!.*\bsorry (?:for your|to hear|about (?:your|the|his|her|what)|you(?:'re| are) going)\b)"
    r"(?:(?:ok|okay|oops|ah|right|no|yeah|yes)[\W_]+(?:sorry|soz|sry)\b|"
    r"(?:sorry|soz|sry)(?:[\W_]+(?:sorry|soz|sry))*[\W_]+(?:i |i'm |if i\b|that (?:came|was|sounded)\b|my |"
    r"about that\b|for (?:that|pushing|asking|jumping|lecturing|going on)\b|you(?:'re| are) right\b|fair (?:enough|point)\b))",
    r"\bi apologi[sz]e\b",
    r"\bmy (?:bad|mistake|apologies)\b",
    # the misstep owned in so many words ("I just did the exact thing you're tired of")
    r"\bi (?:just |totally |kind of |kinda )?(?:did (?:the (?:exact |very |same )?thing (?:you|u|everyone|everybody|they|"
    r"others|people)|exactly what (?:you|u|everyone|everybody|they|others|people)|it again)|(?:lectured|pushed|rushed) (?:you|u)\b|jumped in (?:there|too)|got (?:that|it) wrong)\b",
    r"\bthat came out (?:wrong|badly|harsher|harsh)\b",
    # "that was me lecturing", "I'm doing it again", "I keep telling you what to do"
    r"\bthat was me,? (?:lecturing|preaching|jumping|pushing|selling|telling|going on|getting|being|doing|rushing|trying to fix)\b",
    r"\bi(?:'m| am) doing it again\b|\bi keep (?:telling (?:you|u) what to|doing (?:that|it|this)\b|jumping in|lecturing|pushing)",
    # "You're right, I haven't been listening, I've been telling you what to do. Can I start over?"
    r"\bi(?:'ve| have) been (?:telling (?:you|u) what to do|lecturing|pushing|preaching)\b|\bi (?:haven't|have not|wasn't|was not) "
    r"(?:been )?(?:really )?listening(?: to (?:you|u))?(?: properly| there)?(?=\s*(?:[.,;!?]|$))|\bcan i (?:start|try) (?:that |this )?(?:over|again)\b",
    r"\bi (?:pushed|was pushing|went|got|jumped|rushed|was rushing) (?:you )?(?:too|a bit|ahead|ahead of)\b",
    # the sorry and what it is for in two sentences: "ur right, im sorry. i was pushing"
    r"\bi(?:'m| am) (?:so |really |very )?sorry[.!]+ i (?:was pushing|pushed|went too|got ahead|jumped in|was lecturing)\b",
    r"\bi (?:was|got) (?:wrong|ahead of myself|ahead of you|carried away)\b",
    r"\bi shouldn't have\b",
    r"\blet me (?:try|say|put) (?:that|it|this) (?:again|differently|another way|better)\b",
    r"\bthat (?:wasn't|was not) (?:fair|okay|helpful|right) (?:of me)?\b",
    r"\bi didn't mean to\b",
    r"\bi (?:got|was) (?:that|it) wrong\b",
    r"\bi missed (?:something|the point|what you)\b",
    # the push owned in the trainee's own words: "I started lecturing you before I'd heard… That's on me."
    r"\b(?:that's|that is|that one's) (?:on me|my fault|my doing)\b",
    r"\bi (?:started|began) (?:lecturing|preaching|pushing|telling (?:you|u) what to)\b",
    # the client's complaint owned in their words (a nineteenth helper round: "ur right i sound like ur dad", "im just
    # another person telling u what to do" had not counted as the repair they are)
    r"\b(?:you're|ur|you are|youre) right,? i (?:do |really )?(?:sound|sounded|'m sounding|am sounding) like\b",
    r"\bi(?:'m| am|m) (?:just |being )?(?:another|one more) (?:person|adult|grown-up|one) (?:telling|lecturing|nagging)\b",
)

# ---- questions -------------------------------------------------------------------------------

OPEN_START = re.compile(
    # "how annoying!", "how awful": an exclamation of sympathy, not a question
    r"^(?!how (?:(?:so|really|very|utterly|totally) )?(?:annoying|awful|horrible|frustrating|lovely|exciting|sad|rubbish|"
    r"brilliant|cool|nice|great|scary|unfair|amazing|wonderful|stressful|exhausting|upsetting|rude|mean|embarrassing|"
    r"infuriating|gross|weird|strange|funny|fun|kind|sweet|hard|tough|difficult|painful|horrid|grim|brave|exhausting)"
    r"[.!]*$)(?!whatever\b|however\b)(?:what|how|why|in what way|in what ways|tell me|talk (?:to me )?about|describe|help me understand|"
    r"walk me through|say (?:a (?:bit|little) )?more|go on|explain|i(?:'m| am) (?:curious|wondering|interested)"
    r"|i wonder (?:what|how|why|where|who|when)|i'd (?:like|love) to (?:hear|know|understand)|"
    r"i would (?:like|love) to (?:hear|know|understand)|"
    r"(?:could|can|would|will) you (?:say|tell|talk|describe|explain|help me understand|walk me|share|"
    r"give me (?:an|some)|fill me in)|what's|how's|how come|where (?:do|did|does|would|could) you "
    r"(?:think|see|want|go|find|get|learn|like to (?:take|start|begin|go|head|put))|where (?:are|r) (?:you|u) (?:at|with|up to)\b|"
    r"where does (?:that|this|it|all (?:of )?this|all (?:of )?that) leave|"
    r"where (?:does|do|did) (?:[\w']+ ){1,4}(?:sit|land|stand|fit|leave) (?:with |for )?(?:you|u)\b|which (?:part|parts|bits|things|of)|"
    r"(?:do|would) you (?:want|like|mind) (?:to )?(?:tell|talk|say|share|describe)|"
    r"let's (?:hear|talk) about|share (?:a bit|more|with me)|"
    # "maybe just start with what's been happening for you": an invitation said as an instruction
    r"(?:maybe |perhaps )?(?:just )?start (?:with|by telling me) (?:what|how|whatever|wherever))\b"
)
CLOSED_AFTER_OPEN = re.compile(
    r"^(?:what (?:time|day|year|age|date|number|percentage|grade)|how (?:many|much|long|old|often|far|soon"
    r"|late|early|tall|big)|which one|what's your (?:name|age|date|address|number)|"
    r"what (?:is|was) (?:your|the) (?:name|age|date|address|number)|what (?:job|school|team|year|class|"
    r"subjects?|shift) (?:do|does|did|are|is) (?:you|u|she|he|they)\b|what (?:do|did) (?:you|u) (?:use to )?do,? for (?:work|a living|a job)\b|"
    r"what kind of (?:car|job|phone|"
    r"drink|beer|work)|how (?:are|r) you(?: doing| today)?$|how's it going$|how have you been$|"
    r"what did you (?:drink|have|take|eat|use)|how (?:is|was) (?:your|the) (?:week|weekend|day|"
    r"trip|holiday|drive|journey)$)"
)
_SUBJECT = (
    r"(?:you|it|that|this|there|they|he|she|we|i|anyone|anybody|anything|your|the|things|people|"
    r"everyone|somebody|someone|any|a|an|my|his|her|their|our|these|those|some|all|ya|u)\b"
)
CLOSED_START = re.compile(
    r"^(?:(?:do|does|did|is|are|was|were|can|could|would|will|have|has|had|should|shall|may|might|"
    r"am|isn't|aren't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't|haven't|hasn't|wasn't|"
    rf"weren't|shouldn't) {_SUBJECT}|(?:any|anything|anyone|anybody) (?:else|other|more|thoughts|ideas|"
    r"chance|plans|idea|luck|news|questions)\b|(?:is|are) there\b|"
    # "where are you with it?", "where does that leave you?" invite a story, not a place
    # "…understands him now. Which is, um, a kind of closeness": a relative clause going on, not a question
    r"(?!which (?:is|was|'s|means|meant|makes|made|sounds),? (?:a|an|the|kind|sort|what|why|how|exactly|probably|maybe|"
    r"perhaps|just|really|also|like|something|part|one|where|when|you|your|such|so|quite|pretty|not)\b)"
    r"(?!where (?:are|r) (?:you|u) (?:at|with|now|up to)\b|where do (?:you|u) (?:stand|see|go from)\b|"
    r"where does (?:that|this|it|all this) leave\b|where (?:would|do) (?:you|u) (?:like|want) to (?:start|go|begin)\b)"
    r"(?:who|when|where|which|whose|whom) (?:do|does|did|is|are|was|were|will|would|can|could|"
    r"have|has|had|should|'s)\b|you (?:ever|still|okay|alright|good|sure|doing okay)\b)"
)
# With a question mark, any of these openings makes a question.
QUESTION_WORD = re.compile(
    r"^(?:do|does|did|is|are|was|were|can|could|would|will|have|has|had|should|shall|may|might|am|"
    r"isn't|aren't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't|haven't|hasn't|any|anything|"
    r"anyone|who|when|where|which|whose|whom|what|how|why)\b"
)
# A free relative ("what you're saying is…", "how you handled it…") is a statement, not a question.
# A question after a comma in a run-on turn: "and your kids, how are they handling it".
TRAILING_QUESTION = re.compile(
    r", (?:and |so )?(?!which (?:is|was|'s|means|meant|makes|made|sounds),? (?:a|an|the|kind|sort|what|why|how|exactly|"
    r"probably|maybe|perhaps|just|really|also|like|something|part|one|where|when|you|your|such|so|quite|pretty|not)\b)"
    r"(?:what|how|why|where|who|which)\b "
    r"(?:is|are|was|were|do|does|did|have|has|had|would|"
    r"could|can|will|should|'s|made|makes|happened|else|kind|sort|about)\b"
)
# "Tired of what, mostly?", "meaning what?", "how so?": the question word left where the answer goes,
# which asks the client to fill it in; a fragment that ends in "?" is otherwise read as a reflection
WH_AT_END = re.compile(
    r"(?<!\bor )(?<!\bguess )(?<!\bknow )(?<!\bso )(?<!\bsay )\b(?:what|how|why|how so|how come)"
    r"(?:,? (?:mostly|exactly|then|though|tho|now|really|specifically|in particular|especially|for you|"
    r"do you think|would you say|do you reckon))?$"
)
FREE_RELATIVE = re.compile(
    r"^(?:what|how) (?:you|i|we|they|he|she|it|your|i'm|you're|i've|you've)\b"
    # "what's said in this room stays in this room"
    r"|^what(?:'s| is| gets)? (?:said|shared|discussed|talked about)\b"
    # "what goes to your caseworker is attendance and a summary", "what matters is…": a subject clause, then "is"
    r"|^what (?!(?:do|does|did|is|are|was|were|would|will|could|can|should|has|have|had|'s|else|kind|sort)\b)"
    r"(?:[\w']+ ){1,5}(?:is|was),? (?!it\b|that\b|this\b|there\b)\w"
)
# Text just before a push that takes it back ("sorry, i didn't mean you have to…", "I'm not saying
# you should…"): the trainee is withdrawing the push, not making it.
DISOWNED = re.compile(
    r"\b(?:didn't|did not|don't|do not|wasn't|was not|not|never) (?:mean|meant|saying|trying to say|suggesting)"
    r"(?: that)?(?: like)? ?$"
)
CHECK_QUESTION = _rx(
    r"\b(?:is|was) (?:that|this|it) (?:right|correct|fair|it|about right|accurate|close|true|what you "
    r"mean|how it is|how it feels)\b",
    r"\b(?:did|have) i (?:get|got|understand|hear) (?:that|this|it|you)(?: right)?\b",
    r"\bam i (?:right|close|getting|hearing|understanding|on the right track|off)\b",
    r"\b(?:does|would) (?:that|this) (?:sound|seem|feel) (?:right|about right|accurate|fair|close)\b",
    r"\b(?:correct me if|tell me if i'm wrong|let me know if i got|(?:tell|let) me (?:know )?if i(?:'ve| have)? (?:got|get) "
    r"(?:that|it|any of (?:that|this)|this) wrong)\b",
    r"\b(?:tell|let) me (?:know )?if (?:this|that|it) (?:doesn't|does not|don't|isn't|is not) (?:quite )?(?:fit|sound right|"
    r"ring true|right|land)\b",
    r"^(?:right|yeah|no|or not|is that it|true|fair|yes|huh|eh|you know|or is it|or something)$",
    r"\bfair to say\b",
    r"\bhave i got (?:that|it|this)\b",
    r"\bdid i (?:miss|leave out) anything\b",
    r"\bis that (?:what|how) (?:you|it)\b",
    r"\bclose\b$",
)
TAG_QUESTION = re.compile(
    r",? (?:right|yeah|yes|no|huh|eh|isn't it|aren't you|don't you|didn't you|wasn't it|is that right|"
    r"is it|are you|do you|hasn't it|haven't you|am i right)$"
)

# ---- reflections -----------------------------------------------------------------------------

# Openings that only a reflection uses; they mark a sentence as being about the client.
REFLECTION_STRONG = _rx(
    r"^(?:it |that |this )?(?:sounds|seems|looks|feels) (?:like|as (?:if|though)|to me|that)\b",
    r"\b(?:you're|you are) (?:saying|telling me)\b",
    r"\b(?:what )?i(?:'m| am) hearing\b",
    r"\bi hear (?:you|that|how|a lot)\b",
    r"^(?:for you|part of you|on (?:the )?one hand|at the same time)\b",
    r"^i wonder (?:if|whether)\b",
    r"\bmust (?:be|have been|feel|have felt)\b",
    r"^(?:that|it|this)(?:'s| is| has been|'s been| was| must be| must have been| sounds) (?:really |so |pretty |"
    r"quite |incredibly |such )?(?:hard|tough|difficult|painful|scary|frustrating|a lot|overwhelming|exhausting|"
    r"lonely|heavy|confusing|upsetting|a struggle)\b",
)
# The client's view asked for after information: MITI's "seeking collaboration".
ASK_VIEW = _rx(
    r"\bwhat (?:do |would )?you make of\b",
    r"\bwhat(?:'s| is) your (?:sense|take|read|view|reaction)\b",
    r"\bhow does (?:that|this|it) sit with you\b",
    r"\b(?:what|how) do you (?:think|feel) about (?:that|this|those|these|what i)\b",
    r"\bwhere does (?:that|this) leave you\b",
    r"\bdoes (?:any of )?(?:that|this) (?:fit|ring|make sense)\b",
)

REFLECTION_START = _rx(
    r"^(?:it |that |this )?(?:sounds|seems|looks|feels) (?:like|as (?:if|though)|to me|that)\b",
    r"^(?:you|you're|you've|you'd|you'll|your|yourself)\b",
    r"\b(?:you're|you are) (?:saying|telling me|feeling|not sure|worried|wondering|thinking)\b",
    r"\b(?:what )?i(?:'m| am) hearing\b",
    r"\bi hear (?:you|that|how|a lot)\b",
    r"\bi (?:get|sense|can tell|can see|gather|imagine|guess|notice|understand) (?:that |the sense |how |"
    r"you |it's |this |why |a |some )\b",
    r"\bi (?:notice|noticed|see|can see) (?:something|a thing|one thing)\b",
    r"\bmust (?:be|have been|feel|get)\b",
    r"\b(?:it's|that's|this is|it has been|it's been|that's been|that has been|things have been|things are|"
    r"life's been) (?:been )?(?:really |so |pretty |quite |incredibly |kind of |a bit |super |very )?"
    r"(?:hard|tough|difficult|rough|a lot|exhausting|frustrating|scary|painful|confusing|overwhelming|"
    r"a struggle|heavy|lonely|unfair|stressful|hectic|draining|hard going)\b",
    r"\b(?:nobody|no one) (?:seems to |really |ever )?(?:gets|understands|listens|believes|trusts|cares|"
    r"asks|sees|notices)\b",
    r"^(?:for you|part of you|on (?:the )?one hand|at the same time|somewhere)\b",
    r"^(?:the|your|this|that|it|there's|things|life|work|home|school|everyone|everybody|people|they|"
    r"he|she|not|no|kind of|a lot|too|lots|all|sort of|pretty|quite)\b",
    r"^i wonder (?:if|whether)\b",
)

FEELINGS = re.compile(
    r"\b(?:frustrat\w*|scared|afraid|fear\w*|angry|anger|mad|furious|hurt\w*|lonely|alone|trapped|"
    r"tired|exhausted|overwhelm\w*|ashamed|shame|embarrass\w*|worr\w*|anxious|anxiety|nervous|"
    r"reliev\w*|torn|stuck|proud|sad|sadness|guilt\w*|hopeless|helpless|powerless|disrespect\w*|"
    r"unheard|judged|resent\w*|annoy\w*|fed up|sick of|grief|griev\w*|heartbroken|betrayed|"
    r"let down|disappoint\w*|pressure\w*|cornered|defeated|desperate|confus\w*|uncertain|unsure|"
    r"lost|numb|empty|jealous|insecure|humiliat\w*|worn out|burn\w* out|burnt out|drained|"
    r"dread\w*|panic\w*|terrif\w*|upset|miserable|bitter|abandon\w*|rejected|invisible|"
    r"misunderstood|unappreciated|controlled|pushed|forced|dragged|powerful|hopeful|excited|happy|glad|calm|safe|unsafe|"
    r"vulnerable|(?<!pulling your )(?<!pull your )(?<!pulled your )(?<!pulling my )weight|"
    r"burden|scary|painful|pain|heavy|protect\w*|cared|care about|matters|"
    r"important to you|value|hard on yourself|scared of|wary|cautious|suspicious|distrust\w*|"
    r"mistrust\w*|on guard|doubt\w*|skeptic\w*|sceptic\w*|unsettl\w*|irritat\w*|bored|boring|"
    r"pointless|waste of time|ambivalen\w*|mixed feelings|two minds|conflicted|loss|lose|"
    r"stung|stings|gutted|crushed|devastat\w*|shaken|rattled|hit (?:you )?hard)\b"
)
# More feelings a reflection can add, read only for its depth: the word model masks `FEELINGS` as "F" and was
# fitted on that list, so words added to it without a refit would change what the model sees.
MORE_FEELINGS = re.compile(
    r"\b(?:frightened|petrified|horrified|alarmed|on edge|isolated|ignored|unsupported|unwanted|unloved|left out|"
    r"regret\w*|remorse\w*|sorrow\w*|anguish\w*|beside yourself|sick with worry|distraught|stressed)\b"
)
COMPLEX_MARKERS = _rx(
    r"\bmust (?:be|have been|feel|have felt)\b",
    r"\b(?:hard|tough|difficult|exhausting|lonely|scary|painful|frightening|overwhelming)\b",
    r"\bon (?:the )?one hand\b",
    r"\bpart of you\b",
    r"\b(?:and|but) (?:at the same time|also|yet|another part|on the other)\b",
    r"\bon the other hand\b",
    r"\band yet\b",
    r"\b(?:important|matters|meaningful) to you\b",
    r"\bwhat matters\b",
    r"\byou (?:really |deeply |clearly )?(?:care|value|want|wish|hope|long|miss|love)\b",
    r"\bit(?:'s| is) not (?:really |just |only |so much )?(?:about|that)\b",
    r"\b(?:underneath|deep down|beneath|under all|the real|behind)\b",
    r"\b(?:as if|like you're|like you are|almost like|as though|like a|kind of like)\b",
    r"\b(?:that's|that is|it's|it is|it was|that was) (?:a bit |almost |kind of )?like (?:\w+ing|being|having)\b",
    r"\b(?:maybe|perhaps|i wonder if|i guess|i imagine|i suspect|my guess|i sense)\b",
    r"\b(?:carrying|weight|wall|cage|drowning|juggling|battle|fight|tug|pulled|torn|stuck|"
    r"no way out|walking on eggshells|on your own|on your shoulders|end of your rope|"
    r"treading water|running on empty|spinning)\b",
    r"\b(?:so far|let me (?:see if i|make sure i|try to|just) (?:understand|summari[sz]e|sum|pull|get)|"
    r"you've told me|a few things|several things|(?:two|three) things|to sum up|putting it together|"
    r"in a nutshell)\b",
    r"^(?:and|which|because|so that|even though|even if|especially)\b",
    r"\bwhich (?:means|makes|is why)\b",
    r"\b(?:starting to|beginning to|wondering whether|considering|thinking about (?:whether|maybe))\b",
    r"\b(?:the hardest|the worst|the scariest|the most)\b",
    r"\b(?:really|so) (?:matters|important)\b",
    r"\bnot (?:sure|ready) (?:whether|if|yet)\b",
    r"\b(?:want|wanting) (?:to be|someone|people|them) to\b",
    r"\bdoesn't (?:feel|seem) (?:fair|right)\b",
)

# ---- other ---------------------------------------------------------------------------------

BACKCHANNEL = re.compile(
    r"^(?:okay|right|yeah|yes|yep|yup|sure|i see|got it|gotcha|uh-huh|uh huh|hmm+|mm+|thanks|thank you|"
    r"cool|all right|of course|oh|ah|wow|fair enough|true|exactly|absolutely|definitely|totally|"
    r"no worries|sounds good|indeed|i know|i understand|understood|interesting|oh okay|oh right|"
    r"okay then|right okay|right right|yeah yeah|yes yes|okay okay|good|great|nice|fine|alright|"
    r"no problem|noted|go ahead|please|sure thing|certainly|no|nope|ha|haha|lol|oh wow|"
    r"makes sense|that makes sense|i hear you|wow okay|oh no|i get it|i get that|for sure|"
    r"really|seriously|huh|oh dear|oh my|okay so|and|so|well|anyway|um|uh|okay yeah|yeah okay|"
    r"right yeah|yeah right|mhm|mm-hmm|okay great|great thanks|okay thanks|thanks so much|"
    r"thank you so much|hello|hi|hey|go on|carry on|sorry go on|oh sorry go on|sorry|oh sorry|"
    r"sorry you go|you go ahead|go for it|please go on|keep going)$"
)
# "hi, how are you today?": a greeting put as a question (the clients answer it as one, not as an interrogation)
HOW_ARE_YOU = re.compile(r"^(?:(?:hi|hey|hello|hiya|morning|afternoon|evening)\b[^?]{0,25}?[,.!]?\s*)?"
                         r"how(?:'s| is|s)? (?:(?:are|r) (?:you|u)(?: doing| today| feeling| keeping)?|"
                         r"(?:have|has) (?:you|u) been|it going|things|your (?:day|week))[^?]{0,20}\??$")
# The pleasantry itself, nothing after it but the day: "how are you today?", "how've you been?";
# not "how are you feeling about the drinking?".
PLEASANTRY = re.compile(r"^(?:how'?ve (?:you|u) been|how(?:'s| is|s)? (?:(?:are|r) (?:you|u)(?: doing| keeping| getting on)?|(?:have|has|'ve) (?:you|u) been|"
                        r"it going|things|(?:your|ur) (?:day|week)(?: going| been)?))(?: today| this (?:morning|afternoon|evening|week)"
                        r"| now| then| at the moment)*[?.!]*$")
GREETING = _rx(
    r"^(?:hi|hello|hey(?!,? (?:i'm not|i am not|that's not|that is not|don't|do not|come on|hang on|"
    r"easy|calm down|watch|whoa|listen|look)\b)|good (?:morning|afternoon|evening)|welcome|nice to meet|pleased to meet|"
    r"thanks for coming|thank you for coming|bye|goodbye|see you|take care|have a good|cheers|"
    r"bless you|same|me too)\b",
    r"\bmy name(?:'s| is)\b",
    r"^i(?:'m| am) (?:a|an|the|your) (?:trainee|student|counsell?or|therapist|social worker|nurse|"
    r"doctor|psychologist|worker|intern)\b",
    r"\b(?:see you|same time) (?:next|on|then|soon|same|tomorrow|monday|tuesday|wednesday|thursday|"
    r"friday|in)\b",
    r"\b(?:end of our time|our time (?:is up|for today)|that's (?:all|it) for today|out of time)\b",
    r"^(?:sorry,? )?(?:i missed that|say that again|come again|pardon|sorry,? what|can you repeat)\b",
    r"\b(?:give me a (?:sec|second|moment|minute)|where was i|one (?:sec|second|moment))\b",
)

EMPTY_WORDS = frozenset(
    ["good", "great", "nice", "excellent", "well", "done", "stuff", "job", "okay", "right", "yeah", "yes", "wow", "cool", "perfect", "awesome", "brilliant", "lovely", "fantastic", "wonderful", "thanks", "thank", "you", "so", "much", "very", "really", "oh", "ah", "that's", "haha", "lol", "same", "bless", "amazing", "super", "fab", "sweet", "sure", "mm", "hmm", "alright", "all", "that", "is", "it's", "to", "hear", "one", "work", "news", "fine", "gosh", "goodness", "dear", "my", "heavens", "blimey", "yikes", "ouch", "aw", "aww", "oops", "anyway", "glad", "happy", "pleased", "interesting", "true", "indeed", "exactly", "totally", "absolutely", "definitely", "fair", "enough", "makes", "sense", "gotcha", "i", "see", "get", "it", "got", "understand", "know", "hey", "hi", "hello", "yep", "yup", "nope", "no", "please", "a"]
)

STRUCTURE = _rx(
    r"^(?:hi|hello|hey(?!,? (?:i'm not|i am not|that's not|that is not|don't|do not|come on|hang on|"
    r"easy|calm down|watch|whoa|listen|look)\b)|good (?:morning|afternoon|evening)|welcome|nice to meet|pleased to meet|"
    r"thanks for coming|thank you for coming|bye|goodbye|see you|take care|have a good|cheers)\b",
    r"\bmy name(?:'s| is)\b",
    r"\bi'm \w+(?:,)? (?:and )?(?:i'll|i will) be\b",
    r"\blet's (?:get started|start|begin|pause|stop|take a (?:break|moment|minute)|wrap|move on|"
    r"come back|leave it|pick (?:this|that|it) up|call it|finish|end|get going|dive in|jump in|"
    r"switch|turn to|go back|continue|carry on|see)\b",
    r"\bwe(?:'ve| have) (?:got )?(?:about |around |only |just )?(?:\d+|ten|five|fifteen|twenty|thirty|a few) "
    r"(?:more )?minutes\b",
    r"\b(?:nearly|almost|running|about|just about) out of time\b",
    r"\b(?:see you|same time) (?:next|on|then|soon)\b",
    r"\b(?:before we (?:start|begin|finish|wrap|end|go)|to start off|first things first|"
    r"moving on|for today|where we left off|pick up where|our time)\b",
    r"\b(?:internet|connection|wifi|wi-fi|signal|my screen|my camera|the line) (?:cut|dropped|went|is|was|froze|keeps)\b",
    r"\b(?:good|nice|great|lovely) to (?:see|meet|hear from) you\b",
    r"\b(?:lovely|beautiful|nice|horrible|awful|terrible) (?:weather|day|photo|picture|shirt|jumper|dog|garden)\b",
    r"\b(?:thanks|thank you) for (?:waiting|your patience|bearing with)\b",
    r"\b(?:jot|jotting|take|taking|make|making) (?:a few |some )?notes\b",
    r"\bi(?:'ve| have) got an? (?:\w+ )?(?:teenager|kid|son|daughter|dog|cat|toddler|baby) (?:myself|too|as well)\b",
    r"\b(?:myself|me) (?:too|as well)\b",
    r"\b(?:hang on|one (?:sec|second|moment)|give me a (?:sec|second|moment)|bear with me|excuse me|"
    r"sorry to interrupt|sorry about that|sorry i'm late)\b",
    r"\b(?:the weather|traffic|parking|coffee|tea|water|a seat|sit down|have a seat|"
    r"make yourself comfortable|comfortable chair|find the place|find us|the bus|the train)\b",
    r"\b(?:paperwork|sign(?: here| this)|clipboard|the recording|recorder|phone off)\b",
    r"^i (?:had (?:a|the same|that)|went|was (?:just|at|on|in)|used to|remember when|love|hate|also|too)\b",
    r"^(?:me too|same here|i know what you mean|i've been there|been there)\b",
    r"^(?:okay|all right|right|so|well),? (?:let's|so|then|now|moving)\b",
    r"^(?:anyway|anyhow|where were we|so where were we|okay where was i)\b",
    r"^(?:good|great|nice|fine|okay|cool),? (?:thanks|thank you)\b",
    r"^(?:thanks|thank you)(?: (?:so|very) much)?(?: for (?:that|letting me know|sharing|telling me))?$",
)

# A command to act, in so many words ("def ring the clinic tomorrow", "just focus on getting her in"):
# a directive like "you need to…", so the form model's doubt does not veto it (scoring.coder._commands).
# Only verbs of doing something about the problem: "don't be embarrassed", "take whatever time you need"
# and "get your coat" (the client's own words handed back) are commands in form only.
IMPERATIVE = _rx(
    BARE_IMPERATIVE,
    r"^(?:then |so )?(?:just |simply )(?:call|tell|ask|stop|quit|leave|go|text|ring|block|delete|walk|hand|put)\b"
    r"(?! (?:me|us)\b)",
    r"^(?:(?:ok|okay|so|and|then|honestly|but|well|right|also|oh and|no problem|like),? )*(?:please )?"
    r"(?:(?:just|definitely|def|defo|deffo|do) )?(?:ring|call|phone|text|book|go (?:to|and see|see)|"
    r"see (?:a|your|the)|talk to|speak to|ask (?:your|him|her|them|for|about)|tell (?:your|him|her|them)|"
    r"focus on|cut (?:down|back|out)|stop|quit|try (?!not\b)|start|write down|set up|sign up|reach out|"
    r"look into|make (?:an|a) (?:appointment|plan|list)|get (?:help|some help|checked|a referral|in touch|onto|on to)|"
    # how to handle someone else ("be firm about the mornings", "be stricter with him")
    + BE_FIRM + r")\b",
    # a plea with a promise: "if you just give them a real shot it could actually-"
    r"\bif (?:you|u) (?:just|only) (?:give (?:it|them|this|that|the \w+) a|try (?:it|them|this)|stick (?:at|with) (?:it|them|this))\b",
)

