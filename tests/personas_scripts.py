"""Scripted trainee sessions used by the persona validity tests and the benches."""

JOINING = [
    "It sounds like you're pretty fed up with being here.",
    "It's completely your call what we talk about.",
    "What would make this worth your time?",
    "You came in even though you didn't want to, and that says something about you.",
    "So part of you wants things to change, and part of you is tired of everyone pushing.",
    "Would it be okay if we looked at what's been hardest lately?",
    "You're the one who knows your life best.",
    "It sounds like that's been weighing on you more than you let on.",
    "What matters most to you in all of this?",
    "So it's less about the thing itself and more about feeling respected.",
    "How would you like things to be different?",
    "It makes sense that you'd feel wary, given what's happened.",
    "You've kept going through a lot.",
    "It sounds like you're carrying more than anyone realises.",
    "Whatever you decide, it's yours to decide.",
    "What would a good week look like for you?",
    "It sounds like you've been holding this on your own for a long time.",
    "You've been really honest with me today.",
    "I wonder if there's a part of you that's scared of what happens if nothing changes.",
    "What feels most important to talk about next?",
]
CONFRONTING = [
    "You need to stop this.",
    "You're in denial.",
    "That's just an excuse.",
    "If you keep this up you'll lose everything.",
    "Why don't you just do what you're told?",
    "Honestly, you're being ridiculous.",
    "You should listen to people who know better.",
]
NEUTRAL = [
    "Okay.", "Do you work full time?", "The sessions last fifty minutes.", "Did you sleep well?",
    "Right.", "How many days a week?", "The form asks about your mood.", "Okay, thanks.",
    "Is that every week?", "We meet on Tuesdays.",
] * 3
