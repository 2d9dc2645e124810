"""A small Bot API stand-in on 127.0.0.1 that the real PTB Application talks to over HTTP.

It speaks the wire format PTB uses (form or multipart fields, JSON-encoded values), holds a long
poll for getUpdates, can inject 429 RetryAfter, 400 and 5xx errors, and refuses what Telegram
refuses (text over 4096, callback data over 64 bytes, HTML it could not parse, edits of a message
that is gone or would not change).  With `limits=True` it also enforces Telegram's flood limits:
about 30 messages a second in all, and about one a second per chat (a burst of a few allowed),
answering 429 with retry_after beyond them.  It lives apart from the bot, so it keeps its state
(unconfirmed updates, sent messages) when the bot is killed and started again.  A user-level
helper (`Trainee`) sends messages and taps buttons the way a person would.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from aiohttp import web

TOKEN = "123456:TEST-token"
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "Rollwith", "username": "rollwith_test_bot",
            "can_join_groups": False, "can_read_all_group_messages": False, "supports_inline_queries": False}
ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
                "tg-spoiler", "span", "blockquote"}


class _HTMLCheck(HTMLParser):
    """Telegram's HTML rules, roughly: known tags, balanced, no stray '<' or '&'."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.error: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.error = f"unsupported start tag \"{tag}\""
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.error = f"unexpected end tag \"{tag}\""

    def handle_entityref(self, name: str) -> None:
        if name not in {"lt", "gt", "amp", "quot"}:
            self.error = f"unsupported entity &{name};"


_TAG_START = re.compile(r"<(?!/?[a-z-]+[\s>])")


_BARE_AMP = re.compile(r"&(?!#?[a-zA-Z0-9]+;)")


def html_error(text: str) -> str | None:
    if _TAG_START.search(text):
        return "Can't parse entities: unexpected '<'"
    if _BARE_AMP.search(text):
        return "Can't parse entities: bare '&'"
    checker = _HTMLCheck()
    checker.feed(text)
    checker.close()
    if checker.error:
        return f"Can't parse entities: {checker.error}"
    if checker.stack:
        return f"Can't parse entities: unclosed tag \"{checker.stack[-1]}\""
    return None


@dataclass
class Sent:
    method: str
    chat_id: int
    message_id: int
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)

    @property
    def text(self) -> str:
        return str(self.params.get("text") or self.params.get("caption") or "")

    @property
    def buttons(self) -> list[dict[str, Any]]:
        markup = self.params.get("reply_markup") or {}
        return [b for row in markup.get("inline_keyboard", []) for b in row]


class Bucket:
    """A token bucket: `rate` a second, bursts of `burst`."""

    def __init__(self, rate: float, burst: float) -> None:
        self.rate, self.burst = rate, burst
        self.tokens, self.at = burst, time.monotonic()

    def take(self) -> float:
        """0 if a message may go now, else the seconds until one may."""
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.at) * self.rate)
        self.at = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / self.rate


@dataclass
class Failure:
    method: str
    status: int
    description: str
    retry_after: int | None = None
    chat_id: int | None = None


# Methods that count against Telegram's message limits (chat actions and callback answers do not).
LIMITED = {"sendMessage", "sendPhoto", "sendDocument", "editMessageText", "editMessageReplyMarkup"}


class FakeTelegram:
    def __init__(self, strict: bool = True, limits: bool = False, global_rate: float = 30.0,
                 chat_rate: float = 1.0, chat_burst: float = 5.0) -> None:
        self.strict = strict  # check HTML like Telegram does (off in benches: it costs the stand-in CPU)
        self.limits = limits
        self._global = Bucket(global_rate, global_rate)
        self._chat_rate, self._chat_burst = chat_rate, chat_burst
        self._chat_buckets: dict[int, Bucket] = {}
        self.limited = 0  # 429s answered because the bot went over a limit
        self.pushed: dict[int, dict[str, Any]] = {}
        self._again: list[dict[str, Any]] = []
        self.answers: list[dict[str, Any]] = []  # answerCallbackQuery calls
        self.live: dict[tuple[int, int], dict[str, Any]] = {}  # (chat, message id) -> what it shows now
        self._global_waiters = 0
        self.updates: list[dict[str, Any]] = []
        self.sent: list[Sent] = []
        self.calls: list[str] = []
        self.failures: list[Failure] = []
        self.rejected: list[tuple[str, str]] = []
        self.commands: list[dict[str, Any]] = []
        self.chat_commands: dict[int, list[dict[str, Any]]] = {}
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._new_update = asyncio.Event()
        self._changed = asyncio.Condition()
        self._by_chat: dict[int, list[Sent]] = {}
        self._chat_changed: dict[int, asyncio.Event] = {}
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    # --- server ---------------------------------------------------------------------------

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}/bot"
        return self.base_url

    async def stop(self) -> None:
        self._new_update.set()
        if self._runner is not None:
            await self._runner.cleanup()

    @staticmethod
    def _ok(result: Any) -> web.Response:
        return web.json_response({"ok": True, "result": result})

    @staticmethod
    def _error(status: int, description: str, retry_after: int | None = None) -> web.Response:
        body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
        if retry_after is not None:
            body["parameters"] = {"retry_after": retry_after}
        return web.json_response(body, status=status)

    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.content_type == "multipart/form-data":
            params: dict[str, Any] = {}
            async for part in await request.multipart():
                name = part.name or ""
                if part.filename:  # type: ignore[union-attr]
                    params[name] = {"filename": part.filename, "size": len(await part.read())}  # type: ignore[union-attr]
                else:
                    params[name] = await part.text()  # type: ignore[union-attr]
        else:
            params = dict(await request.post()) if request.can_read_body else {}
        decoded: dict[str, Any] = {}
        for key, value in params.items():
            if isinstance(value, str) and value[:1] in "[{":
                with contextlib.suppress(json.JSONDecodeError):
                    value = json.loads(value)
            decoded[key] = value
        return decoded

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != TOKEN:
            return self._error(401, "Unauthorized")
        method = request.match_info["method"]
        params = await self._params(request)
        self.calls.append(method)
        chat = int(params["chat_id"]) if "chat_id" in params else None
        for failure in list(self.failures):
            if failure.method == method and failure.chat_id in (None, chat):
                self.failures.remove(failure)
                return self._error(failure.status, failure.description, failure.retry_after)
        handler = getattr(self, f"api_{method}", None)
        if handler is None:
            return self._error(404, "Not Found: method not found")
        if self.limits and method in LIMITED and chat is not None:
            wait = self._over_limit(chat)
            if wait:
                self.limited += 1
                return self._error(429, f"Too Many Requests: retry after {wait}", wait)
        result = handler(params) if method != "getUpdates" else await self.api_getUpdates(params)
        if isinstance(result, web.Response):
            return result
        return self._ok(result)

    def _over_limit(self, chat: int) -> int:
        """Seconds to wait (0: go ahead) under the global and the per-chat limit."""
        bucket = self._chat_buckets.setdefault(chat, Bucket(self._chat_rate, self._chat_burst))
        wait = max(self._global.take(), bucket.take())
        return int(wait) + 1 if wait else 0

    def _reject(self, method: str, description: str) -> web.Response:
        self.rejected.append((method, description))
        return self._error(400, f"Bad Request: {description}")

    # --- Bot API methods ---------------------------------------------------------------------

    def api_getMe(self, params: dict[str, Any]) -> Any:
        return BOT_USER

    def api_deleteWebhook(self, params: dict[str, Any]) -> Any:
        return True

    def api_setMyCommands(self, params: dict[str, Any]) -> Any:
        scope = params.get("scope") or {"type": "default"}
        if scope.get("type") == "chat":
            self.chat_commands[int(scope["chat_id"])] = params.get("commands", [])
        else:
            self.commands = params.get("commands", [])
        return True

    def api_deleteMyCommands(self, params: dict[str, Any]) -> Any:
        scope = params.get("scope") or {"type": "default"}
        if scope.get("type") == "chat":
            self.chat_commands.pop(int(scope["chat_id"]), None)
        return True

    def api_sendChatAction(self, params: dict[str, Any]) -> Any:
        self._record("sendChatAction", params)
        return True

    def api_answerCallbackQuery(self, params: dict[str, Any]) -> Any:
        self.answers.append(params)
        if self._global_waiters:
            asyncio.get_running_loop().create_task(self._notify())
        return True

    def _check_text(self, method: str, params: dict[str, Any], key: str = "text", limit: int = 4096) -> web.Response | None:
        text = str(params.get(key, ""))
        if key == "text" and not text.strip():
            return self._reject(method, "message text is empty")
        if len(text) > limit:
            return self._reject(method, "message is too long")
        if self.strict and params.get("parse_mode") == "HTML":
            error = html_error(text)
            if error:
                return self._reject(method, error)
        for button in Sent("", 0, 0, params).buttons:
            if len(str(button.get("callback_data", "")).encode()) > 64:
                return self._reject(method, "BUTTON_DATA_INVALID")
        return None

    def _message(self, sent: Sent) -> dict[str, Any]:
        msg: dict[str, Any] = {"message_id": sent.message_id, "date": int(time.time()),
                               "chat": {"id": sent.chat_id, "type": "private"}, "from": BOT_USER}
        if sent.method == "sendPhoto":
            msg["photo"] = [{"file_id": f"photo{sent.message_id}", "file_unique_id": f"u{sent.message_id}",
                             "width": 800, "height": 420}]
            if sent.params.get("caption"):
                msg["caption"] = sent.params["caption"]
        elif sent.method == "sendDocument":
            msg["document"] = {"file_id": f"doc{sent.message_id}", "file_unique_id": f"d{sent.message_id}"}
        else:
            msg["text"] = sent.text
        if sent.params.get("reply_markup"):
            msg["reply_markup"] = sent.params["reply_markup"]
        return msg

    def _record(self, method: str, params: dict[str, Any], message_id: int | None = None) -> Sent:
        sent = Sent(method, int(params["chat_id"]), message_id or next(self._message_ids), params)
        self.sent.append(sent)
        if method != "sendChatAction":
            shown = self.live.setdefault((sent.chat_id, sent.message_id), {})
            shown.update({k: v for k, v in params.items() if k in ("text", "reply_markup", "caption")})
            if method == "editMessageReplyMarkup" and "reply_markup" not in params:
                shown.pop("reply_markup", None)
        if method.startswith("send") and method != "sendChatAction":
            self._by_chat.setdefault(sent.chat_id, []).append(sent)
        self._chat_event(sent.chat_id).set()
        if self._global_waiters:
            asyncio.get_running_loop().create_task(self._notify())
        return sent

    def _chat_event(self, chat_id: int) -> asyncio.Event:
        return self._chat_changed.setdefault(chat_id, asyncio.Event())

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    def api_sendMessage(self, params: dict[str, Any]) -> Any:
        return self._check_text("sendMessage", params) or self._message(self._record("sendMessage", params))

    def api_sendPhoto(self, params: dict[str, Any]) -> Any:
        if not isinstance(params.get("photo"), dict) or not params["photo"].get("size"):
            return self._reject("sendPhoto", "photo is empty")
        return (self._check_text("sendPhoto", params, "caption", 1024) if params.get("caption") else None) or (
            self._message(self._record("sendPhoto", params)))

    def api_sendDocument(self, params: dict[str, Any]) -> Any:
        return self._message(self._record("sendDocument", params))

    def _editable(self, method: str, params: dict[str, Any]) -> web.Response | dict[str, Any]:
        shown = self.live.get((int(params["chat_id"]), int(params["message_id"])))
        if shown is None:
            return self._reject(method, "message to edit not found")
        return shown

    def api_editMessageText(self, params: dict[str, Any]) -> Any:
        error = self._check_text("editMessageText", params)
        if error:
            return error
        shown = self._editable("editMessageText", params)
        if isinstance(shown, web.Response):
            return shown
        if shown.get("text") == params.get("text") and shown.get("reply_markup") == params.get("reply_markup"):
            return self._reject("editMessageText", "message is not modified")
        return self._message(self._record("editMessageText", params, int(params["message_id"])))

    def api_editMessageReplyMarkup(self, params: dict[str, Any]) -> Any:
        shown = self._editable("editMessageReplyMarkup", params)
        if isinstance(shown, web.Response):
            return shown
        if (shown.get("reply_markup") or None) == (params.get("reply_markup") or None):
            return self._reject("editMessageReplyMarkup", "message is not modified")
        return self._message(self._record("editMessageReplyMarkup", params, int(params["message_id"])))

    def delete(self, chat_id: int, message_id: int) -> None:
        """The user deleted a message: editing it now fails as it does in Telegram."""
        self.live.pop((chat_id, message_id), None)

    async def api_getUpdates(self, params: dict[str, Any]) -> Any:
        offset = int(params.get("offset", 0) or 0)
        timeout = float(params.get("timeout", 0) or 0)
        self.updates = [u for u in self.updates if u["update_id"] >= offset]
        if not self.updates and not self._again and timeout:
            self._new_update.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), timeout)
        again, self._again = self._again, []
        return again + self.updates[:100]

    # --- the user side -----------------------------------------------------------------------

    def push(self, update: dict[str, Any]) -> int:
        update["update_id"] = next(self._update_ids)
        self.pushed[update["update_id"]] = update
        self.updates.append(update)
        self._new_update.set()
        return int(update["update_id"])

    def redeliver(self, update_id: int) -> None:
        """Hand the bot an update it already had (as Telegram does when an offset went unconfirmed)."""
        self._again.append(dict(self.pushed[update_id]))
        self._new_update.set()

    def fail_next(self, method: str, status: int = 400, description: str = "Bad Request: test failure",
                  retry_after: int | None = None, chat_id: int | None = None) -> None:
        self.failures.append(Failure(method, status, description, retry_after, chat_id))

    def to(self, chat_id: int) -> list[Sent]:
        """New messages in a chat (edits and chat actions are not messages)."""
        return self._by_chat.get(chat_id, [])

    async def wait_in_chat(self, chat_id: int, predicate: Callable[[], bool], timeout: float = 30.0) -> None:
        """Like wait_until, but woken only by this chat's traffic (cheap with many chats)."""
        deadline = time.monotonic() + timeout
        event = self._chat_event(chat_id)
        while not predicate():
            event.clear()
            if predicate():
                return
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("the bot did not answer in time")
            try:
                await asyncio.wait_for(event.wait(), remaining)
            except TimeoutError:
                raise TimeoutError("the bot did not answer in time") from None

    def everything(self, chat_id: int) -> list[Sent]:
        return [s for s in self.sent if s.chat_id == chat_id and s.method != "sendChatAction"]

    async def wait_until(self, predicate: Callable[[], bool], timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        self._global_waiters += 1
        try:
            await self._wait_global(predicate, deadline)
        finally:
            self._global_waiters -= 1

    async def _wait_global(self, predicate: Callable[[], bool], deadline: float) -> None:
        async with self._changed:
            while not predicate():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError("the bot did not answer in time")
                try:
                    await asyncio.wait_for(self._changed.wait(), remaining)
                except TimeoutError:
                    raise TimeoutError("the bot did not answer in time") from None

    def trainee(self, user_id: int, first_name: str = "Trainee") -> Trainee:
        return Trainee(self, user_id, first_name)


class Trainee:
    """A person in a private chat with the bot."""

    def __init__(self, fake: FakeTelegram, user_id: int, first_name: str) -> None:
        self.fake = fake
        self.id = user_id
        self.user = {"id": user_id, "is_bot": False, "first_name": first_name, "username": f"user{user_id}"}
        self._message_ids = itertools.count(1)

    def _message(self, **content: Any) -> dict[str, Any]:
        return {"message_id": next(self._message_ids), "date": int(time.time()),
                "chat": {"id": self.id, "type": "private", "first_name": self.user["first_name"]},
                "from": self.user, **content}

    def send(self, text: str) -> int:
        """Type a message; returns its update id."""
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            command = text.split()[0]
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return self.fake.push({"message": self._message(**content)})

    def edit(self, message_id: int, text: str) -> None:
        """Edit a message sent earlier (an `edited_message` update)."""
        message = self._message(text=text) | {"message_id": message_id, "edit_date": int(time.time())}
        self.fake.push({"edited_message": message})

    def send_sticker(self) -> None:
        self.fake.push({"message": self._message(sticker={
            "file_id": "s1", "file_unique_id": "s1u", "type": "regular", "width": 512, "height": 512,
            "is_animated": False, "is_video": False})})

    def send_photo(self) -> None:
        self.fake.push({"message": self._message(photo=[
            {"file_id": "p1", "file_unique_id": "p1u", "width": 90, "height": 90}])})

    def send_voice(self) -> None:
        self.fake.push({"message": self._message(voice={"file_id": "v1", "file_unique_id": "v1u", "duration": 3})})

    def send_document(self) -> None:
        self.fake.push({"message": self._message(document={"file_id": "d1", "file_unique_id": "d1u",
                                                           "file_name": "notes.pdf"})})

    def tap(self, label: str) -> None:
        """Tap the newest inline button whose text contains `label`."""
        for sent in reversed(self.fake.everything(self.id)):
            for button in sent.buttons:
                if label in button["text"]:
                    message = self.fake._message(sent)
                    self.fake.push({"callback_query": {
                        "id": f"cb{time.monotonic_ns()}", "from": self.user, "chat_instance": f"ci{self.id}",
                        "data": button["callback_data"], "message": message}})
                    return
        raise AssertionError(f"no button {label!r} in the chat")

    def tap_data(self, data: str) -> None:
        """Tap a button with forged callback data (for testing what the bot accepts)."""
        sent = self.fake.to(self.id)[-1]
        self.fake.push({"callback_query": {"id": f"cb{time.monotonic_ns()}", "from": self.user,
                                           "chat_instance": f"ci{self.id}", "data": data,
                                           "message": self.fake._message(sent)}})

    async def practise(self, persona: str, *turns: str) -> None:
        """Start a session with `persona` and say each turn, waiting for every reply."""
        await self.say(f"/practice {persona}", count=2)
        for turn in turns:
            await self.say(turn)

    def messages(self) -> list[Sent]:
        return self.fake.to(self.id)

    def last(self) -> Sent:
        return self.messages()[-1]

    async def expect(self, count: int, timeout: float = 30.0) -> list[Sent]:
        """Wait until the chat holds `count` more messages than before; return the new ones."""
        before = len(self.messages())
        await self.fake.wait_in_chat(self.id, lambda: len(self.messages()) >= before + count, timeout)
        return self.messages()[before:]

    async def say(self, text: str, count: int = 1, timeout: float = 30.0) -> list[Sent]:
        before = len(self.messages())
        self.send(text)
        await self.fake.wait_in_chat(self.id, lambda: len(self.messages()) >= before + count, timeout)
        return self.messages()[before:]
