"""Telegram handlers for supervisors, instructors and admins, and the access gate in front of all.

Like the trainee handlers, each one parses, calls `StaffService`, and renders.  The gate runs
before every handler: a command or button the user's roles do not allow gets a clear refusal and
goes no further.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta
from typing import Any, cast

from telegram import (
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    MessageOriginUser,
    Update,
)
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes

from bot.services.access import CALLBACK_ROLES, COMMAND_ROLES, Actor, Role, actor_for, refusal
from bot.services.staff import PAGE, Refused, SessionFilter, StaffService, now
from bot.telegram.args import number
from bot.telegram.commands import COMMANDS, ROLE_COMMANDS
from bot.telegram.common import answer, dashboard, deliver, edit, edit_markup, exports, staff, web_login
from bot.telegram.common import send as say
from bot.telegram.render import Span, bold, esc, italic, plain
from scoring.codes import Code

log = logging.getLogger(__name__)

SHORT_CODES = [c.value for c in Code]


async def actor_of(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Actor:
    assert update.effective_user is not None
    return await actor_for(staff(context).storage, update.effective_user.id, staff(context).admins)


# --- the gate ---------------------------------------------------------------------------------


async def gate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """One place for access rules: refuse commands and buttons the user's roles do not allow."""
    message, query = update.effective_message, update.callback_query
    if query is not None:
        needed = CALLBACK_ROLES.get((query.data or "").split(":", 1)[0])
        if needed is None:  # no button of ours carries this (empty or forged data)
            await answer(update, "That button is out of date.")
            raise ApplicationHandlerStop
        if not (await actor_of(update, context)).may(needed):
            await answer(update, "That button is not available to you.", alert=True)
            raise ApplicationHandlerStop
        return
    if message is None or not message.text or not message.text.startswith("/") or query is not None:
        return
    name = message.text.split()[0][1:].split("@")[0].lower()
    needed = COMMAND_ROLES.get(name)
    if needed is not None and not (await actor_of(update, context)).may(needed):
        await say(update, context, esc(refusal(name, needed)))
        raise ApplicationHandlerStop


async def refresh_menu(app: Application | Any, user_id: int, actor: Actor) -> None:  # type: ignore[type-arg]
    """Each role sees its own command menu (a per-chat scope)."""
    commands = list(COMMANDS)
    for role in (Role.SUPERVISOR, Role.INSTRUCTOR, Role.ADMIN):
        if actor.has(role):
            commands += [c for c in ROLE_COMMANDS[role] if c[0] not in {x[0] for x in commands}]
    scope = BotCommandScopeChat(user_id)
    try:
        if len(commands) == len(COMMANDS):
            await app.bot.delete_my_commands(scope=scope)
        else:
            await app.bot.set_my_commands([BotCommand(n, d) for n, d in commands], scope=scope)
    except TelegramError as exc:  # a user who never opened the chat has no chat scope yet
        log.info("menu for %s not set: %s", user_id, exc.__class__.__name__)


# --- admin ------------------------------------------------------------------------------------


async def _target_user(update: Update, context: ContextTypes.DEFAULT_TYPE, args: list[str]) -> int:
    message = update.effective_message
    replied = message.reply_to_message if message else None
    if replied is not None:
        origin = replied.forward_origin
        if isinstance(origin, MessageOriginUser):
            return origin.sender_user.id
        if replied.from_user is not None and not replied.from_user.is_bot:
            return replied.from_user.id
    if not args:
        raise Refused("Say who: a user id, @username, or reply to a message forwarded from them.")
    return await staff(context).resolve_user(args[0])


async def _role_change(update: Update, context: ContextTypes.DEFAULT_TYPE, grant: bool) -> None:
    args = list(context.args or [])
    verb = "grant" if grant else "revoke"
    if not args:
        await say(
            update,
            context,
            f"Use /{verb} supervisor|instructor &lt;user id or @username&gt; "
            "(or reply to a forwarded message with /{verb} supervisor).",
        )
        return
    try:
        role = args.pop(0)
        user_id = await _target_user(update, context, args)
        actor = await actor_of(update, context)
        text = await (staff(context).grant if grant else staff(context).revoke)(actor, role, user_id)
    except Refused as exc:
        await say(update, context, esc(str(exc)))
        return
    target = await actor_for(staff(context).storage, user_id, staff(context).admins)
    await refresh_menu(context.application, user_id, target)
    await say(update, context, esc(text))
    if text.startswith(("Granted", "Revoked")):
        await deliver(context, [StaffService.role_notice(user_id, role.lower(), grant)])


async def grant(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _role_change(update, context, True)


async def revoke(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _role_change(update, context, False)


async def whoami(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    actor = await actor_of(update, context)
    roles = ", ".join(sorted(r.value for r in actor.roles))
    await say(update, context, f"Your id is <code>{actor.user_id}</code>; roles: {esc(roles)}.")


# --- cohorts ------------------------------------------------------------------------------------


def _int(value: str, what: str) -> int:
    found = number(value)
    if found is None:
        raise Refused(f"{what} must be a number.")
    return found


async def _guard(update: Update, context: ContextTypes.DEFAULT_TYPE, coro: Any) -> Any:
    try:
        return await coro
    except Refused as exc:
        await say(update, context, esc(str(exc)))
        return None


async def newcohort(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    actor = await actor_of(update, context)
    made = await _guard(update, context, staff(context).new_cohort(actor, " ".join(context.args or [])))
    if made:
        cohort_id, link = made
        await say(
            update,
            context,
            f"Cohort {cohort_id} created. Share this invite link with your trainees:\n"
            f"{esc(link)}\n\n<i>/invite {cohort_id} instructor</i> makes a link for instructors; "
            f"<i>/revokeinvite &lt;link&gt;</i> stops a link working.",
        )


async def invite(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    args = context.args or []
    if not args:
        await say(update, context, "Use /invite &lt;cohort id&gt; [instructor] [days valid]")
        return
    actor = await actor_of(update, context)
    role = "instructor" if "instructor" in args[1:] else "trainee"
    days = next((d for a in args[1:] if (d := number(a, low=1, high=3650)) is not None), None)
    try:
        link = await staff(context).invite(actor, _int(args[0], "The cohort id"), role, days)
    except Refused as exc:
        await say(update, context, esc(str(exc)))
        return
    until = f", valid {days} day(s)" if days else ""
    await say(update, context, f"Invite link for {role}s{until}:\n{esc(link)}")


async def revokeinvite(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not context.args:
        await say(update, context, "Use /revokeinvite &lt;invite link or code&gt;")
        return
    text = await _guard(update, context, staff(context).revoke_invite(await actor_of(update, context), context.args[0]))
    if text:
        await say(update, context, esc(text))


async def cohorts(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await say(
        update, context, "<b>Cohorts</b>\n" + esc(await staff(context).cohort_listing(await actor_of(update, context)))
    )


async def deletecohort(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not context.args:
        await say(update, context, "Use /deletecohort &lt;cohort id&gt;")
        return
    try:
        text = await staff(context).delete_cohort(
            await actor_of(update, context), _int(context.args[0], "The cohort id")
        )
    except Refused as exc:
        text = str(exc)
    await say(update, context, esc(text))


# --- assignments ---------------------------------------------------------------------------------


async def assign(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Typed: /assign <cohort:ID | trainee> <persona> [coach|exam] [due] [min turns]; else buttons."""
    args = list(context.args or [])
    actor = await actor_of(update, context)
    if len(args) >= 2:
        mode = next((a for a in args[2:] if a in ("coach", "exam")), "coach")
        rest = [a for a in args[2:] if a not in ("coach", "exam")]
        # the last word is the minimum number of turns when it is a small number; the rest is the due date
        min_turns = number(rest[-1], high=1000) if rest else None
        if min_turns is not None:
            rest.pop()
        await _create_assignment(update, context, actor, args[0], args[1], mode, " ".join(rest) or None,
                                 min_turns or 0)
        return
    markup = await _who_buttons(context, actor, 0)
    if markup is None:
        await say(update, context, "You have no cohorts or trainees yet: /newcohort &lt;name&gt; first.")
        return
    context.user_data["assign"] = {}  # type: ignore[index]
    await say(update, context, "<b>Assign</b> — who?", markup)


WHO_PAGE = 20


async def _who_buttons(context: ContextTypes.DEFAULT_TYPE, actor: Actor, page: int) -> InlineKeyboardMarkup | None:
    """Cohorts, then trainees by name, 20 a page with ◀ ▶ (staff are not listed as trainees)."""
    cohorts = await staff(context).cohorts(actor) if page == 0 else []
    trainees = await dashboard(context).trainees_in_scope(actor)
    names = await staff(context).storage.names(trainees)
    trainees.sort(key=lambda t: (names.get(t) or str(t)).lower())
    shown = trainees[page * WHO_PAGE : (page + 1) * WHO_PAGE]
    buttons = [[InlineKeyboardButton(f"Cohort: {c['name']}", callback_data=f"asg:t:cohort:{c['id']}")] for c in cohorts]
    buttons += [[InlineKeyboardButton(names.get(t) or str(t), callback_data=f"asg:t:{t}")] for t in shown]
    nav = [InlineKeyboardButton("◀ Prev", callback_data=f"asg:pg:{page - 1}")] if page > 0 else []
    more = len(trainees) > (page + 1) * WHO_PAGE
    nav += [InlineKeyboardButton("Next ▶", callback_data=f"asg:pg:{page + 1}")] if more else []
    return InlineKeyboardMarkup([*buttons, nav] if nav else buttons) if buttons else None


async def _create_assignment(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    actor: Actor,
    target: str,
    persona: str,
    mode: str,
    due: str | None,
    min_turns: int,
) -> None:
    try:
        text, notices, created = await staff(context).assign(actor, target, persona, mode, due, min_turns)
    except Refused as exc:
        await say(update, context, esc(str(exc)))
        return
    for a in created:
        schedule_assignment(context.application, a)
    await deliver(context, notices, update)
    await say(update, context, esc(text))


async def on_assign_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    await answer(update)
    _, step, value = [*query.data.split(":", 2), "", ""][:3]
    state: dict[str, Any] = context.user_data.setdefault("assign", {})  # type: ignore[union-attr]
    if step == "pg":
        markup = await _who_buttons(context, await actor_of(update, context), number(value, high=10_000) or 0)
        await edit(update, context, "<b>Assign</b> — who?", markup)
        return
    state[step] = value
    lib = staff(context).library
    if step == "t":
        rows = [
            [InlineKeyboardButton(f"{p.name} · {p.type.value.replace('_', ' ')}", callback_data=f"asg:p:{p.id}")]
            for p in lib
        ]
        await edit(update, context, "<b>Assign</b> — which client?", InlineKeyboardMarkup(rows))
    elif step == "p":
        rows = [
            [
                InlineKeyboardButton("Coach", callback_data="asg:m:coach"),
                InlineKeyboardButton("Exam", callback_data="asg:m:exam"),
            ]
        ]
        await edit(update, context, "<b>Assign</b> — which mode?", InlineKeyboardMarkup(rows))
    elif step == "m":
        rows = [
            [
                InlineKeyboardButton(label, callback_data=f"asg:d:{v}")
                for label, v in (("3 days", "3d"), ("1 week", "7d"), ("2 weeks", "14d"), ("No due date", "none"))
            ]
        ]
        await edit(update, context, "<b>Assign</b> — due when?", InlineKeyboardMarkup(rows))
    elif step == "d":
        rows = [
            [
                InlineKeyboardButton(label, callback_data=f"asg:n:{v}")
                for label, v in (("Any length", "0"), ("≥ 6 turns", "6"), ("≥ 10 turns", "10"), ("≥ 15 turns", "15"))
            ]
        ]
        await edit(update, context, "<b>Assign</b> — minimum turns?", InlineKeyboardMarkup(rows))
    elif step == "n" and {"t", "p", "m", "d"} <= state.keys() and number(value, high=1000) is not None:
        await edit(update, context, "<b>Assign</b> — saving…")
        await _create_assignment(
            update,
            context,
            await actor_of(update, context),
            state["t"],
            state["p"],
            state["m"],
            None if state["d"] == "none" else state["d"],
            number(value) or 0,
        )
        context.user_data.pop("assign", None)  # type: ignore[union-attr]
    else:
        await edit(update, context, "That assignment form is out of date: start again with /assign.")


async def assignments(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_user is not None
    await say(update, context, await staff(context).assignments_text(update.effective_user.id))


async def progress(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/progress [cohort id | @trainee]: flagged trainees first, dated, with a link to the dashboard."""
    arg = context.args[0] if context.args else ""
    cohort_id = number(arg.removeprefix("cohort:"))
    is_cohort = cohort_id is not None and bool(
        arg.startswith("cohort:") or await staff(context).storage.cohort(cohort_id))
    base = web_login(context).base_url
    url = f"{base}/cohorts/{cohort_id}" if is_cohort else f"{base}/cohorts"
    actor = await actor_of(update, context)

    async def text() -> str:
        trainee = await staff(context).resolve_user(arg) if arg and not is_cohort else None
        return await dashboard(context).progress_text(actor, cohort_id if is_cohort else None, url, trainee)

    found = await _guard(update, context, text())
    if found:
        await say(update, context, found + "\n<i>(open the dashboard after logging in with /web)</i>")


# --- instructor ----------------------------------------------------------------------------------


def parse_filter(args: list[str]) -> tuple[dict[str, str], int]:
    values: dict[str, str] = {}
    page = 1
    for arg in args:
        key, _, value = arg.partition("=")
        if key == "page" and number(value, low=1) is not None:
            page = number(value, low=1) or 1
        elif value:
            values[key] = value
    return values, page


async def _filter(context: ContextTypes.DEFAULT_TYPE, values: dict[str, str]) -> SessionFilter:
    unknown = set(values) - {"cohort", "trainee", "persona", "from", "to", "outcome", "score"}
    if unknown:
        raise Refused(
            f"Unknown filter {', '.join(sorted(unknown))}. Filters: cohort=, trainee=, persona=, "
            "from=YYYY-MM-DD, to=YYYY-MM-DD, outcome=, score=MIN-MAX, page="
        )
    low, _, high = values.get("score", "").partition("-")
    trainee = await staff(context).resolve_user(values["trainee"]) if "trainee" in values else None
    return SessionFilter(
        cohort=_int(values["cohort"], "cohort") if "cohort" in values else None,
        trainee=trainee,
        persona=values.get("persona"),
        since=values.get("from"),
        until=values.get("to"),
        outcome=values.get("outcome"),
        score_min=number(low),
        score_max=number(high),
    )


async def sessions(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    values, page = parse_filter(list(context.args or []))
    context.user_data["session_filter"] = values  # type: ignore[index]
    await _show_sessions(update, context, values, page, in_place=False)


async def _show_sessions(
    update: Update, context: ContextTypes.DEFAULT_TYPE, values: dict[str, str], page: int, in_place: bool
) -> None:
    try:
        found = await staff(context).find_sessions(await actor_of(update, context), await _filter(context, values))
    except Refused as exc:
        await say(update, context, esc(str(exc)))
        return
    pages = max(1, -(-len(found) // PAGE))
    page = min(page, pages)
    shown = found[(page - 1) * PAGE : page * PAGE]
    names = await staff(context).storage.names(sorted({s["user_id"] for s in shown}))
    lib = staff(context).library.personas
    lines = [
        f"#{s['id']} · {esc((s['started_at'] or '')[:10])} · {esc(names.get(s['user_id'], s['user_id']))} · "
        f"{esc(lib[s['persona_id']].name if s['persona_id'] in lib else s['persona_id'])} · "
        f"{esc((s['outcome'] or '').replace('_', ' '))} · {s['score']} — /review {s['id']}"
        for s in shown
    ]
    text = f"<b>Sessions</b> ({len(found)}; page {page}/{pages})\n" + ("\n".join(lines) or "None match.")
    nav = [InlineKeyboardButton("◀ Prev", callback_data=f"ss:{page - 1}")] if page > 1 else []
    nav += [InlineKeyboardButton("Next ▶", callback_data=f"ss:{page + 1}")] if page < pages else []
    markup = InlineKeyboardMarkup([nav]) if nav else None
    if in_place and update.callback_query is not None:
        await edit(update, context, text, markup)
    else:
        await say(update, context, text, markup)


async def on_sessions_page(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    await answer(update)
    page = number(query.data.partition(":")[2], low=1, high=10_000) or 1
    values = context.user_data.get("session_filter", {})  # type: ignore[union-attr]
    await _show_sessions(update, context, values, page, in_place=True)


async def review(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The transcript as one message (or a few, if long), a ✎ button per trainee turn, and the web link."""
    session_id = number(context.args[0]) if context.args else None
    if session_id is None:
        await say(update, context, "Use /review &lt;session id&gt; (find ids with /sessions).")
        return
    result = await _guard(update, context, staff(context).review(await actor_of(update, context), session_id))
    if result is None:
        return
    stored, turns, overrides = result
    persona = staff(context).library.personas.get(stored.persona_id)
    client = persona.name if persona else stored.persona_id
    trainee = (await staff(context).storage.names([stored.user_id])).get(stored.user_id, str(stored.user_id))
    # built from spans, so a long transcript is split between turns before any markup is added
    spans: list[Span] = [
        bold(f"Session #{stored.id}"),
        plain(f" · {trainee} with {client} · {(stored.started_at or '')[:10]} · "
              f"{(stored.outcome or '').replace('_', ' ')} · score {stored.score}\n"
              f"Review it turn by turn on the web: {web_login(context).base_url}/sessions/{stored.id} "
              "(log in with /web). Below, ✎ changes a turn's code here.\n\n"),
    ]
    for t in turns:
        if t["speaker"] == "client":
            spans += [italic(f"{client.split()[0]}: {t['text']}"), plain("\n")]
            continue
        o = overrides.get(t["id"])
        struck = " (taken back)" if t["retracted"] else ""
        spans += [bold(f"T{t['turn']}"), plain(f"{struck}: {t['text']}\n   "), Span(t["code"] or "", ("code",))]
        if o and o.get("kind", "override") != "note":
            spans += [plain(" → "), bold(o["code"].replace("_", " "))]
        spans.append(plain(f" · openness {t['openness_before']} → {t['openness_after']}\n"))
    await say(update, context, spans, _turn_buttons(turns))


def _turn_buttons(turns: list[dict[str, Any]]) -> InlineKeyboardMarkup:
    """One ✎ button per trainee turn, five a row; they stay after use, so a reviewer can change their mind."""
    buttons = [InlineKeyboardButton(f"✎ T{t['turn']}", callback_data=f"ov:{t['id']}")
               for t in turns if t["speaker"] == "trainee" and not t["retracted"]]
    return InlineKeyboardMarkup([buttons[i : i + 5] for i in range(0, len(buttons), 5)])


async def on_override(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    await answer(update)
    parts = query.data.split(":")
    actor = await actor_of(update, context)
    turn_id = number(parts[1]) if len(parts) > 1 else None
    index = number(parts[2], high=len(SHORT_CODES) - 1) if len(parts) > 2 else None
    if turn_id is None or (parts[0] == "oc" and index is None):
        await say(update, context, "That button is out of date: open the session again with /review.")
        return
    turn = await staff(context).storage.turn(turn_id)
    try:
        await staff(context).reviewable(actor, turn["session_id"] if turn else -1)
        assert turn is not None
        if parts[0] == "ov":
            rows = [
                [
                    InlineKeyboardButton(code.replace("_", " "), callback_data=f"oc:{turn_id}:{i}")
                    for i, code in enumerate(SHORT_CODES[j : j + 2], start=j)
                ]
                for j in range(0, len(SHORT_CODES), 2)
            ]
            await edit_markup(update, context, InlineKeyboardMarkup(rows))
            return
        assert index is not None
        code = SHORT_CODES[index]
        await staff(context).override(actor, turn_id, code)
    except Refused as exc:
        await edit_markup(update, context, None)
        await say(update, context, esc(str(exc)))
        return
    await edit_markup(update, context, _turn_buttons(await staff(context).storage.turns(turn["session_id"])))
    await say(
        update,
        context,
        f"Saved: T{turn['turn']} of session #{turn['session_id']} is <b>{esc(code)}</b> (the scorer said "
        f"{esc(turn['code'])}; both are kept). Add a reason with /note T{turn['turn']} &lt;text&gt;.",
    )


async def note(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/note [T3 | 12:3] <text>: the reply names the turn the note went to."""
    args = list(context.args or [])
    target = args.pop(0) if args and re.fullmatch(r"#?\d+:[Tt]?\d+|[Tt]\d+", args[0]) else None
    text = " ".join(args)
    if not text:
        await say(update, context, "Use /note T3 &lt;text&gt; (turn 3 of the session you last reviewed), /note "
                                   "12:3 &lt;text&gt; (session 12), or /note &lt;text&gt; for your last override.")
        return
    result = await _guard(update, context, staff(context).note(await actor_of(update, context), text, target))
    if result:
        await say(update, context, esc(result))


async def agreement(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    cohort = number(context.args[0]) if context.args else None
    if context.args and cohort is None:
        await say(update, context, "Use /agreement [cohort id]: the cohort id is a number (see /cohorts).")
        return
    text = await _guard(update, context, staff(context).agreement_text(await actor_of(update, context), cohort))
    if text:
        await say(update, context, f"<b>Scorer vs instructors</b>\n{esc(text)}")


async def export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/export csv|sessions|jsonl|html [cohort ID | session ID] [the filters /sessions takes]."""
    args = list(context.args or [])
    if not args:
        await say(update, context, "Use /export csv|sessions|jsonl|html [cohort &lt;id&gt; | session &lt;id&gt;] "
                                   "[filters as in /sessions, e.g. trainee=@lena outcome=walked_out]")
        return
    fmt, rest = args[0].lower(), args[1:]
    session = None
    if rest and rest[0].lower() in ("cohort", "session"):
        which = rest[0].lower()
        ident = number(rest[1]) if len(rest) > 1 else None
        if ident is None:
            await say(update, context, f"The {which} id must be a number, e.g. /export {esc(fmt)} {which} 3.")
            return
        if which == "cohort":
            rest = [f"cohort={ident}", *rest[2:]]
        else:
            session, rest = ident, rest[2:]
    bad = [a for a in rest if "=" not in a]
    if bad:
        await say(update, context, esc(f"I don't understand {' '.join(bad)!r}: filters look like trainee=@lena.")
                  + "\nUse /export csv|sessions|jsonl|html [cohort &lt;id&gt; | session &lt;id&gt;] [filters]")
        return
    try:
        values, _ = parse_filter(rest)
        found = await exports(context).export(await actor_of(update, context), fmt, await _filter(context, values),
                                              session)
    except Refused as exc:
        await say(update, context, esc(str(exc)))
        return
    filename, data = found
    assert update.effective_chat is not None
    await context.bot.send_document(
        update.effective_chat.id, InputFile(data, filename=filename), caption=f"{esc(filename)} ({len(data):,} bytes)"
    )


# --- reminders (JobQueue; rebuilt from the database at start-up) ----------------------------------

REMIND_BEFORE = timedelta(hours=24)


def schedule_assignment(app: Application | Any, assignment: dict[str, Any]) -> list[str]:  # type: ignore[type-arg]
    """Reminder a day before the due date and a notice when it passes; returns the job names."""
    if app.job_queue is None or not assignment.get("due_at") or assignment.get("completed_at"):
        return []
    due = datetime.fromisoformat(assignment["due_at"])
    names = []
    for kind, when in (("reminder", due - REMIND_BEFORE), ("overdue", due)):
        if (kind == "reminder" and assignment.get("reminded")) or (
            kind == "overdue" and assignment.get("overdue_notified")
        ):
            continue
        name = f"assignment-{assignment['id']}-{kind}"
        for job in app.job_queue.get_jobs_by_name(name):
            job.schedule_removal()
        delay = max((when - now()).total_seconds(), 1.0)
        app.job_queue.run_once(due_job, delay, data={"id": assignment["id"], "kind": kind}, name=name)
        names.append(name)
    return names


async def due_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    assert context.job is not None
    data = cast(dict[str, Any], context.job.data)
    await deliver(context, await staff(context).due_notices(data["id"], data["kind"]))


async def rebuild_jobs(app: Application | Any) -> int:  # type: ignore[type-arg]
    service = cast(StaffService, app.bot_data["staff"])
    count = 0
    for a in await service.storage.assignments("completed_at IS NULL AND due_at IS NOT NULL"):
        count += len(schedule_assignment(app, a))
    return count


def register(app: Application) -> None:  # type: ignore[type-arg]
    from telegram.ext import CallbackQueryHandler, CommandHandler, TypeHandler, filters

    app.add_handler(TypeHandler(Update, gate), group=-1)
    for name, callback in (
        ("grant", grant),
        ("revoke", revoke),
        ("whoami", whoami),
        ("newcohort", newcohort),
        ("invite", invite),
        ("revokeinvite", revokeinvite),
        ("cohorts", cohorts),
        ("deletecohort", deletecohort),
        ("assign", assign),
        ("assignments", assignments),
        ("progress", progress),
        ("sessions", sessions),
        ("review", review),
        ("note", note),
        ("agreement", agreement),
        ("export", export),
    ):
        app.add_handler(CommandHandler(name, callback, filters=filters.UpdateType.MESSAGE))
    app.add_handler(CallbackQueryHandler(on_assign_button, pattern=r"^asg:"))
    app.add_handler(CallbackQueryHandler(on_sessions_page, pattern=r"^ss:"))
    app.add_handler(CallbackQueryHandler(on_override, pattern=r"^o[vc]:"))
