"""Text for Telegram: messages built from structure, split before markup is added.

A message is a sequence of `Span`s: plain text plus the tags around it.  `render` cuts the plain
text first (on a line break, else a space, else between characters but never inside an emoji
sequence) and only then escapes it and wraps each piece in its own tags, so every part it returns
is whole HTML on its own and within Telegram's 4,096 limit, however long the text and whatever
it holds.  Lengths are counted in UTF-16 code units, as Telegram counts them, and on the HTML
itself, so the visible text is always shorter still.

Handlers that write short HTML by hand still call `split_message`: it reads that HTML back into
spans (`parse_html`) and renders them the same way.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser

LIMIT = 4096
# Do not start a new span in the last few characters of a message: a stub there reads badly.
_MIN_ROOM = 200
_ZWJ = "\u200d"


def esc(text: object) -> str:
    return html.escape(str(text), quote=False)


@dataclass(frozen=True, slots=True)
class Span:
    """Plain (unescaped) text and the tags around it, outermost first: ("b",) or ("pre",)."""

    text: str
    tags: tuple[str, ...] = ()


def bold(text: str) -> Span:
    return Span(text, ("b",))


def italic(text: str) -> Span:
    return Span(text, ("i",))


def pre(text: str) -> Span:
    return Span(text, ("pre",))


def plain(text: str) -> Span:
    return Span(text)


def units(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def _cost(char: str) -> int:
    """UTF-16 units this character takes once escaped."""
    if char == "&":
        return 5
    if char in "<>":
        return 4
    return 2 if ord(char) > 0xFFFF else 1


def _fits(text: str, budget: int) -> int:
    """How many leading characters of `text` fit in `budget` units once escaped."""
    used = 0
    for i, char in enumerate(text):
        used += _cost(char)
        if used > budget:
            return i
    return len(text)


def _joined(text: str, i: int) -> bool:
    """True if a cut before text[i] would split a character from its marks or an emoji sequence."""
    if i <= 0 or i >= len(text):
        return False
    nxt, prev = text[i], text[i - 1]
    return (prev == _ZWJ or nxt == _ZWJ or unicodedata.combining(nxt) > 0
            or "\ufe00" <= nxt <= "\ufe0f" or "\U0001f3fb" <= nxt <= "\U0001f3ff")


def _cut(text: str, budget: int, hard: bool) -> tuple[str, str] | None:
    """Split `text` into (piece that fits, rest), dropping the line break or space cut at.

    Returns None when only a cut inside a word would fit and `hard` is False: the caller then
    starts a new message instead."""
    end = _fits(text, budget)
    if end == len(text):
        return text, ""
    window = text[:end]
    at = window.rfind("\n")
    if at < 0:
        at = window.rfind(" ")
    if at >= 0:
        return text[:at], text[at + 1:]
    if not hard:
        return None
    cut = end
    while _joined(text, cut) and cut > 1:
        cut -= 1
    cut = cut if cut > 0 and not _joined(text, cut) else max(end, 1)
    return text[:cut], text[cut:]


def _wrap(tags: Sequence[str]) -> tuple[str, str]:
    opening = "".join(f"<{t}>" for t in tags)
    closing = "".join(f"</{t.split()[0]}>" for t in reversed(tags))
    return opening, closing


def render(spans: Iterable[Span], limit: int = LIMIT) -> list[str]:
    """HTML parts, each valid on its own and at most `limit` UTF-16 units; never an empty part."""
    parts: list[str] = []
    current: list[str] = []
    used, seen = 0, False  # units in the part so far; whether it shows anything but white space

    def flush() -> None:
        nonlocal used, seen
        if seen:
            parts.append("".join(current))
        current.clear()
        used, seen = 0, False

    for span in spans:
        opening, closing = _wrap(span.tags)
        overhead = units(opening + closing)
        if overhead >= limit:
            raise ValueError("tags longer than the message limit")
        rest = span.text
        while rest:
            room = limit - used - overhead
            if current and room < _MIN_ROOM:
                flush()
                continue
            cut = _cut(rest, room, hard=not current)
            if cut is None:
                flush()
                continue
            piece, rest = cut
            if piece:
                rendered = f"{opening}{esc(piece)}{closing}"
                current.append(rendered)
                used += units(rendered)
                seen = seen or not piece.isspace()
            if rest:
                flush()
    flush()
    return parts


class _SpanReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.spans: list[Span] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raw = self.get_starttag_text() or f"<{tag}>"
        self.open.append(raw[1:-1])

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.open) - 1, -1, -1):
            if self.open[i].split()[0] == tag:
                del self.open[i:]
                return

    def handle_data(self, data: str) -> None:
        self.spans.append(Span(data, tuple(self.open)))


def parse_html(text: str) -> list[Span]:
    """Our own HTML (known tags, escaped text) read back into spans."""
    reader = _SpanReader()
    reader.feed(text)
    reader.close()
    return reader.spans


def visible_text(text: str) -> str:
    """What a reader sees of an HTML part: the text without tags, entities decoded."""
    return "".join(span.text for span in parse_html(text))


def plain_parts(text: str, limit: int = LIMIT) -> list[str]:
    """Plain text (a notice, a note to a trainee) as escaped HTML parts under the limit."""
    return render([plain(text)], limit) or [""]


def split_message(text: str, limit: int = LIMIT) -> list[str]:
    """Split hand-written HTML under the limit, each part whole HTML on its own."""
    return render(parse_html(text), limit) or [""]
