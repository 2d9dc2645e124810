"""Telegram text helpers and the openness chart."""

from __future__ import annotations

import pytest

from bot.services.chart import openness_chart
from bot.telegram.render import LIMIT, esc, split_message
from tests.fake_telegram import html_error


def test_escaping_makes_markup_literal() -> None:
    text = esc("<b>hi</b> & <script>")
    assert text == "&lt;b&gt;hi&lt;/b&gt; &amp; &lt;script&gt;"
    assert html_error(f"<b>{text}</b>") is None
    assert html_error("<b>unescaped & broken</b>") is not None


@pytest.mark.parametrize("size", [10, 4096, 4097, 20_000])
def test_split_keeps_every_character_under_the_limit(size: int) -> None:
    text = "\n".join(f"line {i} " + "word " * 30 for i in range(size // 150 + 1))[:size]
    chunks = split_message(text)
    assert all(len(c) <= LIMIT for c in chunks)
    assert "".join(c.replace("\n", "").replace(" ", "") for c in chunks) == text.replace("\n", "").replace(" ", "")


def test_split_never_cuts_an_entity() -> None:
    text = ("&amp;" * 2000)
    for chunk in split_message(text):
        assert html_error(chunk) is None


def test_chart_is_a_png_with_a_point_per_turn() -> None:
    png = openness_chart([25, 32, 20, 28], ["reflection_complex", "confront", "emphasizing_autonomy"],
                         ["joining", "confronting", "joining"], [[], ["rupture"], ["repair"]], "Ramon")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000
