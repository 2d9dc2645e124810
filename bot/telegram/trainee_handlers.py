"""Trainee handlers: short adapters that call the practice service and render its results.

Every dynamic string is HTML-escaped (the default parse mode is HTML), long texts are split under
Telegram's limit, and every kind of input gets a specific answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatAction
from telegram.error import TelegramError
from telegram.ext import Application, ContextTypes

from bot.services.access import actor_for
from bot.services.practice import Finished, NoSession
from bot.services.versions import break_note
from bot.telegram.args import number
from bot.telegram.commands import COMMANDS, ROLE_COMMANDS
from bot.telegram.common import (
    answer,
    deliver,
    delivery,
    edit,
    edit_markup,
    queue,
    send,
    send_photo,
    service,
    staff,
)
from bot.telegram.limits import may_type
from bot.telegram.render import bold, esc, plain, pre
from personas.models import Persona

log = logging.getLogger(__name__)

HELP = (
    "<b>How it works</b>\n"
    "Pick a client with /personas, then type what you would say as their counsellor. "
    "The client answers in character: joining moves (reflections, autonomy, affirmations, "
    "collaboration) open them up; pushing, arguing and lecturing close them down.\n\n"
    + "\n".join(f"/{name} — {esc(text)}" for name, text in COMMANDS)
)
WELCOME = (
    "<b>Welcome to rollwith.</b>\n"
    "Here you practise counselling with simulated clients who resist: mandated, silent, "
    "reactive, intellectualizing, people-pleasing and more. Every reply you type is coded with "
    "the MITI behaviour codes, and at the end you get feedback that quotes your own turns and "
    "shows a better reply.\n\n"
    "<i>This is practice only. Please don't share real client information here.</i>\n\n"
    "Start with /personas to choose a client, or /help for all commands."
)
# Never "please try again": the same words sent again would count as a second turn.
SORRY = ("Sorry, something went wrong on our side with that one. Everything before it is saved, "
         "and your session carries on from there.")
NOT_TEXT = ("This practice is in text: please type what you would say to the client. "
            "Stickers, photos, voice messages and files can't be coded.")


def _user(update: Update) -> int:
    assert update.effective_user is not None
    return update.effective_user.id


async def register_user(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Runs before every handler (group -2): the user row exists before anything needs it, and a
    report still waiting for the trainee's own rating is sent before anything else is answered."""
    user = update.effective_user
    if user is not None:
        await service(context).register(user.id, user.first_name, user.username)
        await report_gate(update, context)


def _persona_line(p: Persona) -> str:
    return f"{p.name} · {p.type.value.replace('_', ' ')} · {'★' * p.difficulty}"


def _vignette(p: Persona) -> str:
    v = p.vignette
    return (f"<b>{esc(p.name)}</b>, {p.age} — {esc(p.type.value.replace('_', ' '))}, "
            f"difficulty {p.difficulty}\n<i>{esc(p.summary)}</i>\n\n"
            f"<b>Referral:</b> {esc(v.referral)}\n<b>Presenting problem:</b> {esc(v.presenting_problem)}\n"
            f"<b>What you know:</b> {esc(v.what_you_know)}")


def personas_keyboard(context: ContextTypes.DEFAULT_TYPE) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(_persona_line(p), callback_data=f"persona:{p.id}")]
         for p in service(context).library]
    )


# --- commands ---------------------------------------------------------------------------------

async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Welcome: what the bot is for, and that no real client data belongs here.

    With a deep-link payload (t.me/<bot>?start=<code>) it is a cohort invite."""
    if context.args:
        await join_from_link(update, context, context.args[0])
        return
    await send(update, context, WELCOME)


async def join_from_link(update: Update, context: ContextTypes.DEFAULT_TYPE, code: str) -> None:
    assert update.effective_user is not None
    await send(update, context, esc(await staff(context).join(update.effective_user.id, code)))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Everyone's commands, then a section for each staff role the person holds."""
    actor = await actor_for(staff(context).storage, _user(update), staff(context).admins)
    sections = [HELP] + [
        f"<b>As {role.value}</b>\n" + "\n".join(f"/{name} — {esc(text)}" for name, text in ROLE_COMMANDS[role])
        for role in ROLE_COMMANDS if actor.has(role)
    ]
    await send(update, context, "\n\n".join(sections))


async def personas(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send(update, context, "Choose a client to read about them:", personas_keyboard(context))


async def practice(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not context.args:
        await send(update, context, "Who would you like to practise with?", personas_keyboard(context))
        return
    persona_id = context.args[0].lower()
    if persona_id not in service(context).library.personas:
        await send(update, context, f"There is no client called <code>{esc(persona_id[:64])}</code>. "
                    "Choose one from the list:", personas_keyboard(context))
        return
    await _begin(update, context, persona_id)


async def _begin(update: Update, context: ContextTypes.DEFAULT_TYPE, persona_id: str) -> None:
    assignment = await staff(context).open_assignment(_user(update), persona_id)
    started = await service(context).start(_user(update), persona_id,
                                           assignment["mode"] if assignment else None,
                                           assignment["id"] if assignment else None, update.update_id)
    if assignment:
        await send(update, context, "<i>This session counts toward your assignment.</i>")
    note = f"(Your session with {esc(started.abandoned)} was set aside.)\n\n" if started.abandoned else ""
    mode = ("coach mode: you'll see the code and the client's openness after every turn"
            if started.mode == "coach" else "exam mode: feedback comes at the end")
    await send(update, context, f"{note}{_vignette(started.persona)}\n\n<i>Session started in {mode}. "
                "Type your first reply. /hint, /retry and /end are there when you need them.</i>")
    await _client_says(update, context, started.persona, started.opening)


async def _client_says(update: Update, context: ContextTypes.DEFAULT_TYPE, persona: Persona,
                       text: str, note: str = "") -> None:
    """The reply is stored first, then "typing…" and the pause: a stop during the pause loses nothing."""
    assert update.effective_chat is not None
    await queue(update, context, f"<b>{esc(persona.name.split()[0])}:</b> {esc(text)}{note}")
    delay = float(context.application.bot_data.get("typing_delay", 0))
    if delay:  # ROLLWITH_TYPING_DELAY=0 turns the "typing…" pause off entirely
        if may_type(context.bot.rate_limiter):
            with contextlib.suppress(TelegramError):  # a lost indicator is no reason to stop
                await context.bot.send_chat_action(update.effective_chat.id, ChatAction.TYPING)
        await asyncio.sleep(delay)
    await delivery(context).flush(update.effective_chat.id)


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A trainee turn: stored with the client's reply before the reply is sent."""
    assert update.effective_message is not None and update.effective_message.text is not None
    try:
        said = await service(context).say(_user(update), update.effective_message.text, update.update_id)
    except NoSession:
        await send(update, context, "You don't have a session running. Choose a client to start:",
                    personas_keyboard(context))
        return
    note = ""
    if said.mode == "coach":
        e = said.explanation
        note = (f"\n\n<i>{esc(e.code.replace('_', ' '))} · openness {e.openness_before} → "
                f"{e.openness_after} ({e.delta:+d}): {esc('; '.join(e.reasons))}</i>")
        if said.coaching:
            note += f"\n<b>{esc(said.coaching)}</b>"
    if said.note:
        note += f"\n\n<i>{esc(said.note)}</i>"
    await _client_says(update, context, said.persona, said.reply, note)
    if said.finished is not None:
        await _session_over(update, context, said.finished)


# --- the end of a session: settle it, ask for the trainee's own rating, then the report -------------

RATE_EMPATHY = ("<b>The session is over.</b> Before you see the scorer's report, rate yourself.\n\n"
                "<b>Empathy</b>: how well did you understand the client and say it back? "
                "(1 = hardly, 5 = all through)")
RATE_PARTNERSHIP = ("<b>Partnership</b>: how much did you work with the client rather than on them? "
                    "(1 = hardly, 5 = all through)")


def rating_keyboard(session_id: int, rating: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([
        [InlineKeyboardButton(str(n), callback_data=f"rate:{session_id}:{rating}:{n}") for n in range(1, 6)],
        [InlineKeyboardButton("Skip", callback_data=f"rate:{session_id}:skip")],
    ])


async def _session_over(update: Update, context: ContextTypes.DEFAULT_TYPE, finished: Finished) -> None:
    """The session is stored already; the assignment and the alerts are settled next, before any
    message; then the trainee is asked to rate themselves, and the report follows the rating."""
    notices = await staff(context).session_finished(finished.user_id, finished.session_id)
    if finished.rating:
        await send(update, context, RATE_EMPATHY, rating_keyboard(finished.session_id, "empathy"))
    else:
        await _send_report(update, context, finished, "The session is over.")
    await deliver(context, notices, update)


async def _send_report(update: Update, context: ContextTypes.DEFAULT_TYPE, finished: Finished, title: str) -> None:
    await queue(update, context, [bold(title), plain("\n\n"), pre(finished.text)])
    await send_photo(update, context, finished.chart,
                     f"{esc(finished.persona.name)}: openness per turn "
                     f"({esc(finished.outcome.replace('_', ' '))}, score {finished.score})")


async def _pending_report(update: Update, context: ContextTypes.DEFAULT_TYPE, session_id: int | None = None) -> bool:
    """Send the report that waits for a rating (queued before it is marked sent, so a replay after a
    crash queues the same messages again and the outbox keeps one copy)."""
    finished = await service(context).pending_report(_user(update), session_id)
    if finished is None:
        return False
    await _send_report(update, context, finished, "Your feedback")
    await service(context).report_sent(finished.session_id)
    return True


async def report_gate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any next message or tap (other than a rating) brings the waiting report first."""
    query = update.callback_query
    if query is not None and (query.data or "").startswith("rate:"):
        return
    if update.effective_chat is not None:
        await _pending_report(update, context)


async def on_rating(update: Update, context: ContextTypes.DEFAULT_TYPE, arg: str) -> None:
    """A rating button: store it and ask the next one, or (after partnership or Skip) send the report."""
    session_text, _, rest = arg.partition(":")
    rating, _, value = rest.partition(":")
    session_id = number(session_text, low=1)
    if session_id is None:
        await edit(update, context, "That button is out of date.")
        return
    if rating == "skip":
        await edit(update, context, "<i>Rating skipped.</i>")
    elif rating in ("empathy", "partnership") and (n := number(value, low=1, high=5)) is not None:
        if not await service(context).rate(_user(update), session_id, rating, n):
            await edit(update, context, "That session's rating is already done.")
            return
        if rating == "empathy":
            await edit(update, context, f"<i>Empathy: {n}.</i>\n\n{RATE_PARTNERSHIP}",
                       rating_keyboard(session_id, "partnership"))
            return
        await edit(update, context, f"<i>Partnership: {n}. Thank you: here is the scorer's view.</i>")
    else:
        await edit(update, context, "That button is out of date.")
        return
    await _pending_report(update, context, session_id)


async def hint(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    try:
        h = await service(context).hint(_user(update))
    except NoSession:
        await send(update, context, "Hints are for a running session. Start one with /personas.")
        return
    example = f", for example:\n“{esc(h.example)}”" if h.example else "."
    await send(update, context, f"<b>Try {esc(h.move)}</b>{example}\n\n<i>{esc(h.why)}</i>")


async def retry(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    try:
        line, openness = await service(context).retry(_user(update), update.update_id)
    except NoSession:
        await send(update, context, "There's no session to retry in. Start one with /personas.")
        return
    except ValueError:
        await send(update, context, "There's no turn to take back yet: type your first reply.")
        return
    await send(update, context, f"<i>Turn taken back; the client is where they were (openness "
                f"{openness}). Both attempts stay in your transcript. The client's last words:</i>\n"
                f"“{esc(line)}”")


async def _mode(update: Update, context: ContextTypes.DEFAULT_TYPE, mode: str) -> None:
    changed = await service(context).set_mode(_user(update), "exam" if mode == "exam" else "coach")
    what = ("You'll see the code and openness after every turn" if mode == "coach"
            else "Feedback will come only at the end")
    where = "from now on in this session and the next ones" if changed else "in your next session"
    await send(update, context, f"<b>{mode.title()} mode.</b> {what}, {where}.")


async def coach(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _mode(update, context, "coach")


async def exam(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _mode(update, context, "exam")


async def end(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    try:
        finished = await service(context).end(_user(update), update.update_id)
    except NoSession:
        await send(update, context, "No session is running. Start one with /personas.")
        return
    await _session_over(update, context, finished)


async def history(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    sessions = await service(context).history(_user(update))
    if not sessions:
        await send(update, context, "No finished sessions yet. Start one with /personas.")
        return
    lib = service(context).library.personas
    rows = []
    for i, s in enumerate(sessions, start=1):
        if i > 1 and sessions[i - 2].version != s.version:
            rows.append(f"<i>{esc(break_note(sessions[i - 2].version, s.version))}</i>")
        own = (f" (you rated empathy {s.self_empathy or '–'}, partnership {s.self_partnership or '–'})"
               if s.self_empathy or s.self_partnership else "")
        rows.append(f"{i}. {esc(s.ended_at or s.started_at)[:16].replace('T', ' ')} — "
                    f"{esc(lib[s.persona_id].name if s.persona_id in lib else s.persona_id)} — "
                    f"{esc((s.outcome or '').replace('_', ' '))} — score {s.score} (v{s.version}){own}")
    await send(update, context, "<b>Your sessions</b> (newest first; /report N resends one)\n"
                + "\n".join(rows))


async def report(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    n = number(context.args[0], low=1, high=10_000) if context.args else 1
    if n is None or len(context.args or []) > 1:
        await send(update, context, "Use /report or /report N, where N is a number from /history.")
        return
    finished = await service(context).report(_user(update), n)
    if finished is None:
        await send(update, context, f"There is no session number {n}. See /history.")
        return
    await _send_report(update, context, finished, f"Report {n}")


async def forget(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Yes, delete everything", callback_data="forget:yes"),
                                      InlineKeyboardButton("No, keep it", callback_data="forget:no")]])
    await send(update, context, "This deletes all your sessions, transcripts and reports for good. "
                "Are you sure?", keyboard)


# --- buttons ----------------------------------------------------------------------------------

async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    await answer(update)
    verb, _, arg = query.data.partition(":")
    lib = service(context).library.personas
    if verb == "persona" and arg in lib:
        start_button = InlineKeyboardMarkup([[InlineKeyboardButton("Start", callback_data=f"start:{arg}")],
                                             [InlineKeyboardButton("Back to the list", callback_data="list:")]])
        await edit(update, context, _vignette(lib[arg]), start_button)
    elif verb == "start" and arg in lib:
        if await edit_markup(update, context, None):  # a double tap finds no buttons left: ignored
            await _begin(update, context, arg)
    elif verb == "list":
        await edit(update, context, "Choose a client to read about them:", personas_keyboard(context))
    elif verb == "forget" and arg == "yes":
        count = await service(context).forget(_user(update))
        await edit(update, context, f"Done: your data is deleted ({count} session(s)). "
                                      "Send /start if you want to practise again.")
    elif verb == "forget":
        await edit(update, context, "Nothing was deleted.")
    elif verb == "rate":
        await on_rating(update, context, arg)
    else:
        await edit(update, context, "That button is out of date. Use /personas to see the clients.")


# --- everything else ----------------------------------------------------------------------------

async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send(update, context, NOT_TEXT)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None and update.effective_message.text is not None
    name = update.effective_message.text.split()[0]
    await send(update, context, f"I don't know the command <code>{esc(name[:64])}</code>.\n\n{HELP}")


EDITED = ("Edits aren't read: the client heard your message as you first sent it. "
          "To add something, send a new message.")


async def on_edit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A turn is what was sent: an edit would rewrite what the client already answered."""
    await send(update, context, EDITED)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log with context; tell the user something neutral, never internals."""
    chat = update.effective_chat.id if isinstance(update, Update) and update.effective_chat else None
    log.error("error while handling an update (chat %s)", chat, exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await context.bot.send_message(update.effective_chat.id, SORRY)
        except Exception:
            log.warning("could not tell chat %s about the error", chat)


async def private_only(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Practice is one-to-one: transcripts and scores are nobody else's business."""
    from telegram.ext import ApplicationHandlerStop

    if update.effective_chat is not None and update.effective_chat.type != "private":
        message = update.effective_message
        if message is not None and message.text and message.text.startswith("/"):
            await send(update, context, "rollwith works in a private chat: open a chat with me and send /start.")
        raise ApplicationHandlerStop


def register(app: Application) -> None:  # type: ignore[type-arg]
    """The trainee commands, and the gates in front of every handler (private chats, the user row)."""
    from telegram.ext import CommandHandler, TypeHandler, filters

    app.add_handler(TypeHandler(Update, register_user), group=-2)
    app.add_handler(TypeHandler(Update, private_only), group=-3)
    for name, callback in (("start", start), ("help", help_command), ("personas", personas),
                           ("practice", practice), ("hint", hint), ("retry", retry), ("coach", coach),
                           ("exam", exam), ("end", end), ("history", history), ("report", report),
                           ("forget", forget)):
        app.add_handler(CommandHandler(name, callback, filters=filters.UpdateType.MESSAGE))


def register_fallbacks(app: Application) -> None:  # type: ignore[type-arg]
    """After every other handler: the persona buttons, unknown commands, text turns, anything else."""
    from telegram.ext import CallbackQueryHandler, MessageHandler, filters

    app.add_handler(CallbackQueryHandler(on_button))
    app.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE, on_edit))
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.COMMAND, unknown_command))
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT, on_text))
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & ~filters.TEXT & ~filters.StatusUpdate.ALL, not_text))
    app.add_error_handler(on_error)
