"""Sentence frames for each kind of joining move, filled with the client's own words.

A trainee shown the same frame every time learns a formula, and a client hearing one learns to
ignore it.  So each move has many frames, each frame is used in turn (keyed by the client's words,
so the same moment always gets the same suggestion), and the library checks in the tests hold
every frame under a tenth of all suggestions.

Slots: `{c}` the clause in the counsellor's voice (`{C}` capitalised), `{a}`/`{b}` the two sides,
`{a3}`/`{b3}` the same after "part of you", `{q}` an embedded question, and the feeling's forms
`{state}` ("worn out"), `{weight}` ("that's wearing you down"), `{sounds}` ("exhausting").
"""

from __future__ import annotations

from scoring.moves import Move

FRAMES: dict[Move, tuple[str, ...]] = {
    # (not "{C}, as you see it." nor "{C}, the way you tell it.": to a wary client both sound like doubt)
    Move.SIMPLE: (
        "So {c}.",
        "You're saying {c}.",
        "It sounds like {c}.",
        "I'm hearing that {c}.",
        "If I've got this right, {c}.",
        "What you're telling me is that {c}.",
        "Right, so {c}.",
        "You're telling me {c}.",
        "Let me check I've got it: {c}.",
        "Mm. {C}.",
        "{C}. Have I got that right?",
        "{C}, from what you're telling me.",
        "{C} - that's what I'm hearing.",
        "So for you, {c}.",
        "In other words, {c}.",
        "What I'm hearing is that {c}.",
        "From what you say, {c}.",
        "I hear that {c}.",
        "Sounds like {c}.",
        "Okay, so {c}.",
        "I'm getting that {c}.",
        "It seems {c}.",
    ),
    Move.COMPLEX: (
        "So {c}, and {weight}.",
        "It sounds like {c}, and you're {state}.",
        "{C}, which leaves you {state}.",
        "{C}. No wonder you're {state}.",
        "{C}. That sounds {sounds}.",
        "I'm guessing {c}, and that leaves you {state}.",
    ),
    Move.FEELING: (
        "It sounds like you're {state}: {c}.",
        "{C}, and underneath it, you're {state}.",
        "{C} - no wonder you're {state}.",
        "{C}. {Weight}.",
        "{C}. It sounds like you're {state}.",
    ),
    Move.DOUBLE: (
        "On the one hand {a}, and on the other, {b}.",
        "{A}, and at the same time {b}.",
        "Both are true for you: {a}, and {b}.",
        "Part of you {a3}, and part of you {b3}.",
        "{A}, and yet {b}.",
        "There are two sides here: {a}, and {b}.",
    ),
    Move.AUTONOMY: (
        "{C}, and what you do about it is your call.",
        "{C}. Nobody here can make that decision for you.",
        "{C}, and you get to decide what happens next.",
        "{C}; whatever you decide is your choice.",
        "{C}, and it's up to you what, if anything, changes.",
        "It's your call: {c}, and I won't push.",
    ),
    Move.OPEN: (
        "{C}. What's that like for you?",
        "{C}. Tell me more about that.",
        "{C}. What goes through your mind when you think about that?",
        "{C}. What does that mean for you?",
        "{C}. Where does that leave you?",
        "{C}. How is that for you?",
    ),
    Move.INVITE: (
        "{C} - and if part of you isn't sure, I'd want to hear that too.",
        "{C}. What would you say if you didn't have to be polite?",
        "{C}. And if it doesn't fit, you can tell me so.",
        "{C}, and I'd rather hear your doubts than a yes.",
    ),
    Move.AFFIRM: (
        "{C}, and that's no small thing.",
        "{C}. That's not nothing.",
        "{C}. That counts for a lot.",
        "{C} - that says something about you.",
        "{C}. Give yourself some credit for that.",
        "{C}, and that matters.",
    ),
}
# A question the client asked, said back as an embedded question: never as a statement.
QUESTION_FRAMES: dict[Move, tuple[str, ...]] = {
    Move.SIMPLE: (
        "You're wondering {q}.",
        "You'd like to know {q}.",
        "Part of you is asking {q}.",
        "It sounds like you want to know {q}.",
    ),
    Move.OPEN: (
        "What has you wondering {q}?",
        "You're asking {q}. What's behind that question for you?",
        "You'd like to know {q}. What would the answer mean for you?",
    ),
}
# After relief or agreement: what landed, in their words, and room to say more.
POSITIVE_FRAMES: dict[Move, tuple[str, ...]] = {
    Move.OPEN: (
        "{C}. What's it like to notice that?",
        "{C}. What do you make of it?",
        "{C}. Where does that take you?",
    ),
    Move.SIMPLE: (
        "So {c}.",
        "Something in that landed: {c}.",
    ),
}
# A complex reflection without guessing at a feeling: what the client's own words say matters to
# them ("desire": something wanted, missed, promised) or binds them ("burden": can't, never, have to).
MEANING_FRAMES: dict[str, tuple[str, ...]] = {
    "desire": (
        "{C}, and that matters to you.",
        "{C} - and that's important to you.",
        "It sounds like {c}, and that means a lot to you.",
        "{C}. That really matters to you.",
    ),
    "burden": (
        "{C}, and that's been on your mind.",
        "So {c}, and that's a lot to carry.",
        "{C} - and it's been weighing on you.",
        "It sounds like {c}, and that's hard to live with.",
    ),
}

# The client objects to the conversation itself: what owning it sounds like, by the kind of objection
# (`moves.objection`).  These need none of the client's words ("{c}" frames are tried only when there is a
# clause to say): the complaint is about the counsellor, and the repair is the counsellor's own.
PROCESS_FRAMES: dict[str, tuple[str, ...]] = {
    # said to a client ready to walk out (a sixteenth helper round: "Where would you like to go instead?" after
    # "i'm gonna go")
    "leave": (
        "I pushed, and you've had enough. You're free to leave; I'd rather hear what would make staying worth it.",
        "That's fair, and it's your call. We can drop what I was on about. What would you want from the time left?",
    ),
    "unheard": (
        "You're right, I was defending myself instead of listening. Tell me again, and I'll just listen.",
        "Fair. I stopped listening there. What did I miss?",
    ),
    "stop": (
        "You can stop whenever you want. Before you decide, what would make staying worth it?",
        "I went somewhere you didn't want to go. What we talk about, and when we stop, is up to you.",
        "That's your call to make. What would need to be different for this to be the right time?",
    ),
    "pushed": (
        "You're right, I've been pushing. We'll go at your pace, and what we talk about is up to you.",
        "{C}, and that's on me. What would you rather we talked about?",
        "I pushed, and I'm sorry. What would be more use to you right now?",
    ),
    "questioned": (
        "Fair, I've been firing questions at you. I'll stop quizzing and listen for a bit.",
        "That's a lot of questions from me, and you've had enough of them. No more for now.",
    ),
    "scripted": (
        "Fair, that sounded like a script. I'd rather just hear how it is for you.",
        "Fair, that was a stock line. Tell me what I've missed.",
    ),
    "echoed": (
        "Fair point, I've been saying your words back. What's the part I haven't understood yet?",
        "You're right, I keep repeating you. Tell me what I'm not getting.",
    ),
    "elsewhere": (
        "Sure. What would you rather talk about?",
        "We can leave that. What's on your mind instead?",
    ),
    "own_view": (
        "Fair, I've held back. Would you like to hear what I make of it so far?",
        "You're right, I've been careful. Do you want my honest take, or would you rather keep going?",
    ),
    "unanswered": (
        "You asked me something and I didn't answer it. Ask me again, and I'll give you a straight answer.",
        "You're right, I dodged your question. Ask it again and I'll answer it straight.",
    ),
    "unhelpful": (
        "Fair enough, so far this hasn't helped. What would make it worth your time?",
        "{C}, and I'd rather hear that than have you sit through it. What would help?",
        "Then I'd rather know that now. What would you want from this, if anything?",
    ),
}
