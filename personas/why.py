"""What a weak turn costs with *this* client, for the report's "Why:" line.

The general reason ("a closed question gets a yes or no") is true of every client, but it is not
what a supervisor would say about a people-pleaser, who answers a closed question with the yes she
thinks you want, or about a silent student, who answers it with a nod and goes quiet again.  Each
resistance type has its own reasons here, written from what the type protects; a persona file may
override any of them with its own `why:` lines (FORMAT.md).  `{name}` is the client's first name.
Kinds of turn not listed keep the general reason.
"""

from __future__ import annotations

import re

from personas.models import Persona, ResistanceType

T = ResistanceType

TYPE_WHY: dict[ResistanceType, dict[str, str]] = {
    T.RELUCTANT_MANDATED: {
        "confront": "{name} expects to be judged by whoever sent them here; arguing proves you are on "
                    "that side, and a reflection shows you are not.",
        "persuade": "{name} has been told what to do by the people who sent them; more advice sounds like "
                    "the same voice, while their own reasons for coming are what move them.",
        "question_closed": "A yes/no question sounds like the forms {name} already filled in, and gets the "
                           "shortest answer that ends it; a reflection asks for nothing and lets them add more.",
        # a supervisor helper: "everything u say here is confidential" is false for a client whose
        # attendance and progress are reported, and the report had only said "premature reassurance"
        "premature_reassurance": "{name} knows what is said here can reach whoever sent them; a promise you "
                                 "cannot keep (\"it's all confidential\", \"you'll be fine\") tells them you "
                                 "will say anything to get them talking. Say plainly what goes back and what "
                                 "does not.",
    },
    T.REACTIVE: {
        "confront": "{name} pushes back against any push: each argument you make gets them arguing the "
                    "other side more firmly, so joining leaves nothing to push against.",
        "persuade": "To {name} advice is a push on their freedom to choose; they defend the habit to defend "
                    "the freedom, so hand the choice back first.",
        "labelling": "{name} will fight a label before they look at what it names; their own words back "
                     "let them look without losing face.",
    },
    T.SILENT_WITHDRAWN: {
        "question_closed": "{name} can answer a yes/no question with a nod and go back to silence; a "
                           "reflection asks nothing of them and leaves the door open.",
        "question_run": "Question after question piles pressure on {name}'s silence, and silence is the "
                        "safest answer to pressure; a reflection between questions lowers it.",
        "stacked_questions": "Several questions at once give {name} a reason to answer none of them.",
        "stock": "{name} says little, so each word they do say matters; a line that would fit anyone "
                 "tells them their few words went unheard.",
    },
    T.PREMATURE_TERMINATION: {
        "confront": "{name} leaves when a session gets uncomfortable; a push hands them the reason to "
                    "reach for the bag, and joining gives them a reason to stay.",
        "premature_reassurance": "Reassurance lets {name} close the subject, which is what they are "
                                 "trying to do anyway; staying with their words keeps it open a little longer.",
    },
    T.INTELLECTUALIZING: {
        "demand_feeling": "{name} meets a demand for a feeling with an analysis; a tentative guess at the "
                          "feeling, in their own words, gets closer than asking for it.",
        "question_closed": "{name} answers a closed question with a fact and an explanation, and the "
                           "feeling stays out of the room; a reflection of what the facts cost gets nearer.",
        "stock": "{name} notices a stock line at once and files it as technique; their own words back, "
                 "with a guess at what they mean, is harder to argue with.",
    },
    T.CRISIS_ONLY: {
        "question_closed": "{name} has a deadline; questions that do not touch it feel like time taken "
                           "from it, while a reflection of the pressure shows you see it.",
        "question_run": "{name} came for practical help; a run of questions feels like an assessment "
                        "standing between them and it.",
        "persuade": "{name} does want practical help, but advice before they feel heard sounds like you "
                    "have not grasped how hard it is; reflect the pressure first, then offer.",
        "premature_reassurance": "Telling {name} it will work out dismisses a real deadline; naming the "
                                 "pressure they are under is what reassures.",
    },
    T.PEOPLE_PLEASING: {
        "question_closed": "{name} answers a yes/no question with the yes they think you want; you learn "
                           "what pleases you, not what is true for them.",
        "persuade": "{name} agrees with advice to keep you happy and then does nothing with it; only "
                    "their own reasons move them, so draw those out instead.",
        "confront": "{name} apologises and agrees rather than argue, so a push looks as if it worked; it "
                    "only teaches them to hide more from you.",
        "premature_reassurance": "{name} is practised at telling people they are fine; reassurance lets "
                                 "them stop before the part that is not.",
        "stock": "A line that would fit anyone gives {name} only your tone to agree with, and they will "
                 "agree with it; their own words back give them something real to answer.",
    },
    T.THERAPY_HOPPING: {
        "stock": "{name} has heard every stock line from earlier therapists; one that would fit anyone "
                 "goes on the scorecard as another therapist who was not listening.",
        "confront": "{name} is looking for the moment a therapist turns out to be like the others; a push "
                    "gives them that moment.",
        "repeat": "{name} keeps score of what each therapist says; the same words twice read as a script.",
    },
    T.AMBIVALENT_YES_BUT: {
        "persuade": "{name} answers every suggestion with a 'yes, but': each one you offer gets them to "
                    "voice the reasons against, so reflect both sides and let them argue for change.",
        "confront": "Arguing for change leaves {name} only the other side to take; a double-sided "
                    "reflection lets them hold both.",
    },
    T.DOUBTING_THERAPY: {
        "stock": "{name} is looking for evidence that talking does anything; a line that would fit anyone "
                 "is evidence that it does not.",
        "persuade": "{name} wants to reach their own conclusions; advice asks them to take your word for "
                    "it, which is what they doubt.",
        "premature_reassurance": "Reassurance without evidence is exactly what {name} distrusts.",
    },
    T.STIGMA_MISTRUST: {
        "question_closed": "{name} worries about how answers will be used; direct yes/no questions feel "
                           "like a record being made, and a reflection feels like being understood.",
        "confront": "{name} came expecting to be judged; a verdict confirms the fear and closes the door.",
        "labelling": "A label is the judgement {name} feared; their own words back carry none.",
    },
    T.RESISTANT_CHILD: {
        "question_closed": "{name} hears yes/no questions as one more adult interrogation, and a shrug is "
                           "the safest answer; a reflection of their side gets further.",
        "persuade": "Another adult telling {name} what to do is the thing they are resisting; their own "
                    "ideas are the only ones they will try.",
        "confront": "{name} expects adults to be on the school's side; arguing proves it, and joining "
                    "surprises them.",
    },
}


# The type's reasons speak of "them" because a type has no gender; said of one client whose gender the
# persona gives, "Crystal has been told what to do by the people who sent them" reads as a slip (a
# supervisor helper).  Only these verbs follow "they" in the reasons above; "none of them" (the
# questions) and "people they are" (other people) are not the client.
_THEY_VERB = re.compile(r"\bthey (defend|look|mean|feel|think|doubt)\b")
_PRONOUNS = {"man": ("he", "him", "his"), "boy": ("he", "him", "his"),
             "woman": ("she", "her", "her"), "girl": ("she", "her", "her")}


def _of(text: str, gender: str) -> str:
    """The type's "they" turned to the client's own pronoun, verbs agreeing."""
    words = _PRONOUNS.get(gender.strip().lower())
    if words is None:
        return text
    he, him, his = words
    text = _THEY_VERB.sub(lambda m: f"{he} {m.group(1)}s", text)
    text = re.sub(r"(?<!people )\bthey are\b", f"{he} is", text)
    text = re.sub(r"\bthey do say\b", f"{he} does say", text)
    text = re.sub(r"(?<!people )\bthey\b", he, text)
    text = re.sub(r"(?<!none of )\bthem\b", him, text)
    return re.sub(r"\btheir\b", his, text)


def why_for(persona: Persona) -> dict[str, str]:
    """Per kind of weak turn, what it costs with this client: the persona's own lines first, then its
    type's, with the first name filled in and, for the type's, the client's own pronoun."""
    name = persona.name.split()[0]
    own = {issue: text.replace("{name}", name) for issue, text in persona.why.items()}
    typed = {issue: _of(text, persona.gender).replace("{name}", name)
             for issue, text in TYPE_WHY.get(persona.type, {}).items()}
    return {**typed, **own}
