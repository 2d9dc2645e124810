"""Who may do what: roles, the per-command table, and each actor's visible trainees.

The rules live here once, for the bot and the web app alike.  A gate in front of every handler
checks the command (or the button's callback prefix) against `COMMAND_ROLES`, and the web app checks
each page against `PAGE_ROLES` with the same `Actor.may`; data-level methods call `Scope.can_see` so
ids typed, forged into callback data or guessed into URLs cannot reach another cohort's data.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from bot.storage.repository import Storage


class Role(StrEnum):
    TRAINEE = "trainee"
    SUPERVISOR = "supervisor"
    INSTRUCTOR = "instructor"
    ADMIN = "admin"


GRANTABLE = (Role.SUPERVISOR, Role.INSTRUCTOR)
_T, _S, _I, _A = Role.TRAINEE, Role.SUPERVISOR, Role.INSTRUCTOR, Role.ADMIN

COMMAND_ROLES: dict[str, frozenset[Role]] = {
    **{c: frozenset({_T}) for c in ("start", "help", "personas", "practice", "hint", "retry", "coach",
                                     "exam", "end", "history", "report", "forget", "assignments", "whoami",
                                     "web")},
    "grant": frozenset({_A}), "revoke": frozenset({_A}), "deletecohort": frozenset({_A}),
    "newcohort": frozenset({_S, _A}), "invite": frozenset({_S, _A}), "revokeinvite": frozenset({_S, _A}),
    "cohorts": frozenset({_S, _I, _A}), "assign": frozenset({_S, _A}), "progress": frozenset({_S, _A}),
    "sessions": frozenset({_I, _A}), "review": frozenset({_I, _A}), "note": frozenset({_I, _A}),
    "agreement": frozenset({_I, _A}), "export": frozenset({_I, _A}),
}
CALLBACK_ROLES: dict[str, frozenset[Role]] = {
    "persona": frozenset({_T}), "start": frozenset({_T}), "list": frozenset({_T}), "forget": frozenset({_T}),
    "rate": frozenset({_T}),
    "asg": frozenset({_S, _A}), "ss": frozenset({_I, _A}), "ov": frozenset({_I, _A}), "oc": frozenset({_I, _A}),
}
# Web pages.  "review" is open to trainees because the data-level check lets them see only their
# own sessions; changing a code or writing to a trainee is for instructors.
PAGE_ROLES: dict[str, frozenset[Role]] = {
    "me": frozenset({_T}), "review": frozenset({_T}), "review_write": frozenset({_I, _A}),
    "dashboard": frozenset({_S, _I, _A}), "trainee": frozenset({_S, _I, _A}), "sessions": frozenset({_S, _I, _A}),
    "agreement": frozenset({_I, _A}), "assignments": frozenset({_S, _A}), "export": frozenset({_I, _A}),
}
ROLE_NAMES = {_S: "supervisors", _I: "instructors", _A: "admins", _T: "everyone"}


@dataclass(frozen=True, slots=True)
class Actor:
    user_id: int
    roles: frozenset[Role]

    def has(self, role: Role) -> bool:
        return role in self.roles

    def may(self, needed: Iterable[Role]) -> bool:
        return bool(self.roles & set(needed))


async def actor_for(storage: Storage, user_id: int, admins: Iterable[int]) -> Actor:
    roles = {Role.TRAINEE} | {Role(r) for r in await storage.roles_of(user_id)}
    if user_id in set(admins):
        roles.add(Role.ADMIN)
    return Actor(user_id, frozenset(roles))


def who_may(needed: frozenset[Role]) -> str:
    return " and ".join(ROLE_NAMES[r] for r in sorted(needed, key=list(Role).index) if r is not Role.TRAINEE)


def refusal(name: str, needed: frozenset[Role]) -> str:
    return f"/{name} is only for {who_may(needed)}. If you should have access, ask an admin to grant you the role."


def is_staff(actor: Actor) -> bool:
    return actor.may((Role.SUPERVISOR, Role.INSTRUCTOR, Role.ADMIN))


@dataclass(frozen=True, slots=True)
class Scope:
    """The trainees an actor may see; None means everyone (admins)."""

    actor: Actor
    trainees: frozenset[int] | None
    cohorts: frozenset[int] | None

    def can_see(self, user_id: int) -> bool:
        return self.trainees is None or user_id in self.trainees or user_id == self.actor.user_id

    def can_see_cohort(self, cohort_id: int) -> bool:
        return self.cohorts is None or cohort_id in self.cohorts


async def scope_for(storage: Storage, actor: Actor) -> Scope:
    if actor.has(Role.ADMIN):
        return Scope(actor, None, None)
    staff_roles = [r.value for r in (Role.SUPERVISOR, Role.INSTRUCTOR) if actor.has(r)]
    cohorts = await storage.cohorts_of(actor.user_id, staff_roles) if staff_roles else []
    trainees: set[int] = set()
    for cohort in cohorts:
        trainees.update(await storage.members(cohort["id"], "trainee"))
    return Scope(actor, frozenset(trainees), frozenset(c["id"] for c in cohorts))
