"""Messages built from structure: every part Telegram gets is whole HTML within its limit.

The property: for any report (any length, full of `<`, `&`, markup characters, emoji, long runs
without spaces, right at 4,096 characters), every part is accepted by the stand-in's HTML check,
is at most 4,096 UTF-16 units, shows something, and together the parts show every character of
the report once, in order.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.telegram.render import LIMIT, Span, bold, parse_html, pre, render, split_message, units, visible_text
from tests.fake_telegram import html_error

_TRICKY = st.sampled_from(["<", ">", "&", "&amp;", "<pre>", "</b>", "*", "_", "`", "[", "]", "\n", " ",
                           "👩‍👩‍👧", "🤷🏽‍♀️", "e\u0301", "😀", "中", "\u200d", "\t", "&lt;"])
_TEXT = st.lists(st.one_of(_TRICKY, st.text(min_size=1, max_size=60)), max_size=400).map("".join)


def _squeeze(text: str) -> str:
    return re.sub(r"\s", "", text)


def _check(parts: list[str], spans: list[Span], limit: int = LIMIT) -> None:
    for part in parts:
        assert html_error(part) is None, part[:200]
        assert units(part) <= limit
        assert visible_text(part).strip()
    shown = "".join(visible_text(p) for p in parts)
    assert _squeeze(shown) == _squeeze("".join(s.text for s in spans))


@settings(max_examples=150, deadline=None)
@given(title=st.text(max_size=80), body=_TEXT, repeat=st.integers(1, 12))
@example(title="Your feedback", body="<" * 1500, repeat=4)
@example(title="x", body="a" * 4090, repeat=1)
@example(title="", body="😀" * 2050, repeat=2)
@example(title="", body="&" * 819 + "a", repeat=1)
def test_any_report_splits_into_parts_telegram_accepts(title: str, body: str, repeat: int) -> None:
    spans = [bold(title), Span("\n\n"), pre(body * repeat)]
    _check(render(spans), spans)


@settings(max_examples=60, deadline=None)
@given(body=_TEXT, limit=st.integers(40, 300))
def test_small_limits_hold_too(body: str, limit: int) -> None:
    spans = [bold("Report"), Span("\n"), pre(body), Span(" tail "), Span(body, ("i",))]
    _check(render(spans, limit), spans, limit)


def test_a_long_report_is_cut_between_lines_and_each_part_keeps_its_pre() -> None:
    lines = [f"T{i}: you said something long enough to matter <here> & there" for i in range(200)]
    parts = render([bold("Your feedback"), Span("\n\n"), pre("\n".join(lines))])
    assert len(parts) > 1
    assert parts[0].startswith("<b>Your feedback</b>\n\n<pre>")
    for part in parts[1:]:
        assert part.startswith("<pre>T") and part.endswith("</pre>")
    assert sum(visible_text(p).count("T") for p in parts) == 200


def test_hand_written_html_round_trips_when_short() -> None:
    text = "<b>Kofi:</b> I hear you &amp; <i>that&lt;s it</i>\n<code>x</code>"
    assert split_message(text) == [text]
    assert [s.tags for s in parse_html(text)][:2] == [("b",), ()]


def test_an_emoji_sequence_is_never_cut_in_half() -> None:
    family = "👩‍👩‍👧"
    for part in render([pre(family * 1000)], limit=101):
        assert visible_text(part).replace(family, "") == ""
