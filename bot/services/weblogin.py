"""Log-in without passwords: the bot hands out a signed link, the web app turns it into a cookie.

A link carries the user id and a random nonce, signed with a key kept in the database (so the bot
and the web app, two processes, share it without configuration).  It is good for ten minutes and
once: redeeming marks its nonce used.  The cookie it opens is signed with the same key under
another salt, and carries the CSRF token every form must echo.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from bot.storage.repository import Storage

LINK_SECONDS = 10 * 60
COOKIE_SECONDS = 12 * 60 * 60
_LINK_SALT = "rollwith-login-link"
_COOKIE_SALT = "rollwith-web-session"


class LinkRefused(PermissionError):
    """The link is expired, tampered with or already used; the message says which."""


@dataclass(frozen=True, slots=True)
class WebSession:
    user_id: int
    csrf: str


class WebLogin:
    def __init__(self, storage: Storage, base_url: str) -> None:
        self.storage = storage
        self.base_url = base_url.rstrip("/")
        self._signer: URLSafeTimedSerializer | None = None

    async def signer(self) -> URLSafeTimedSerializer:
        if self._signer is None:
            self._signer = URLSafeTimedSerializer(await self.storage.web_secret())
        return self._signer

    async def link_for(self, user_id: int) -> str:
        nonce = secrets.token_urlsafe(16)
        await self.storage.add_web_link(nonce, user_id)
        token = (await self.signer()).dumps({"u": user_id, "n": nonce}, salt=_LINK_SALT)
        return f"{self.base_url}/login?t={token}"

    async def redeem(self, token: str) -> int:
        """The user id the link was made for; refused when expired, forged or used before."""
        try:
            data = (await self.signer()).loads(token, salt=_LINK_SALT, max_age=LINK_SECONDS)
        except SignatureExpired:
            raise LinkRefused(
                "This link has expired (links last 10 minutes). Send /web to the bot for a new one."
            ) from None
        except BadSignature:
            raise LinkRefused("This link isn't valid. Send /web to the bot for a new one.") from None
        user_id, nonce = int(data["u"]), str(data["n"])
        if not await self.storage.use_web_link(nonce, user_id):
            raise LinkRefused("This link has been used already. Send /web to the bot for a new one.")
        return user_id

    async def cookie_for(self, user_id: int) -> tuple[str, WebSession]:
        session = WebSession(user_id, secrets.token_urlsafe(24))
        return (await self.signer()).dumps({"u": user_id, "c": session.csrf}, salt=_COOKIE_SALT), session

    async def session_from(self, cookie: str | None) -> WebSession | None:
        if not cookie:
            return None
        try:
            data = (await self.signer()).loads(cookie, salt=_COOKIE_SALT, max_age=COOKIE_SECONDS)
        except BadSignature:
            return None
        return WebSession(int(data["u"]), str(data["c"]))
