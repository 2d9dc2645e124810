"""The command menus: `COMMANDS` for everyone, `ROLE_COMMANDS` added for each staff role."""

from __future__ import annotations

from bot.services.access import Role

COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "welcome and what this is for"),
    ("personas", "choose a client to practise with"),
    ("practice", "start practising (optionally: /practice <id>)"),
    ("hint", "a suggestion for your next move"),
    ("retry", "take back your last turn"),
    ("coach", "feedback after every turn"),
    ("exam", "feedback only at the end"),
    ("end", "finish and get your feedback"),
    ("history", "your past sessions"),
    ("report", "resend a past report (/report 2 = the one before last)"),
    ("forget", "delete all your data"),
    ("assignments", "work your supervisor assigned"),
    ("web", "your sessions on the web (a private link)"),
    ("help", "how this works"),
)
ROLE_COMMANDS: dict[Role, tuple[tuple[str, str], ...]] = {
    Role.SUPERVISOR: (
        ("newcohort", "create a cohort and get its invite link"),
        ("invite", "a new invite link"),
        ("revokeinvite", "revoke an invite link"),
        ("cohorts", "your cohorts"),
        ("assign", "assign a persona to trainees"),
        ("progress", "trainees' progress, flagged first"),
        ("web", "the cohort dashboard on the web"),
    ),
    Role.INSTRUCTOR: (
        ("cohorts", "your cohorts"),
        ("sessions", "find scored sessions"),
        ("review", "review a transcript and override codes"),
        ("note", "note a turn: /note T3 <text> or /note 12:3 <text>"),
        ("agreement", "how often the scorer agrees with you"),
        ("export", "export sessions"),
        ("web", "review and agreement on the web"),
    ),
    Role.ADMIN: (
        ("grant", "grant a role"),
        ("revoke", "revoke a role"),
        ("deletecohort", "delete a cohort"),
        ("cohorts", "all cohorts"),
        ("assign", "assign a persona"),
        ("progress", "progress"),
        ("sessions", "find sessions"),
        ("review", "review a transcript"),
        ("agreement", "scorer agreement"),
        ("export", "export sessions"),
    ),
}
