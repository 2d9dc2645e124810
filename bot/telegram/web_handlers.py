"""/web: a signed, single-use link to the web pages, good for ten minutes.

Staff land on their cohorts' dashboards and reviews; a trainee lands on their own sessions, with
the reports, notes and code changes they received.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, ContextTypes

from bot.services.access import actor_for, is_staff
from bot.telegram.common import send, staff, web_login
from bot.telegram.render import esc


async def web(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_user is not None
    actor = await actor_for(staff(context).storage, update.effective_user.id, staff(context).admins)
    link = await web_login(context).link_for(actor.user_id)
    what = ("your cohorts' dashboard, sessions and reviews" if is_staff(actor)
            else "your sessions, with your reports and your instructors' notes")
    await send(update, context, f"<b>Your web link</b> — {what}:\n{esc(link)}\n\n"
                                "<i>It works once and for 10 minutes; don't forward it. Send /web again "
                                "for a new one.</i>")


def register(app: Application) -> None:  # type: ignore[type-arg]
    from telegram.ext import CommandHandler, filters

    app.add_handler(CommandHandler("web", web, filters=filters.UpdateType.MESSAGE))
