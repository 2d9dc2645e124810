"""The instructor's HTML export: a title with cohort and dates, an index, a legend, codes as words."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot.services import chart as chart_module
from bot.services.chart import CODES, openness_chart
from bot.services.exports import SessionExport, readable_date, report_title, to_html


def _item(session_id: int, started: str, ended: str) -> SessionExport:
    session = {"id": session_id, "user_id": 5, "persona_id": "kofi-reactive", "mode": "coach",
               "started_at": started, "ended_at": ended, "outcome": "walked_out", "score": 41,
               "result": {"scores": {"score": 41}, "feedback": {"growth": [
                   {"quote": "You need to quit.", "code": "persuade", "reason": "advice", "alternative": "Your call.",
                    "why": "autonomy"}]}}}
    turns = [{"id": 10 * session_id, "turn": 1, "attempt": 1, "retracted": 0, "speaker": "trainee",
              "text": "You need to quit.", "code": "persuade", "stance": "confronting",
              "openness_before": 30, "openness_after": 22},
             {"id": 10 * session_id + 1, "turn": 1, "attempt": 1, "retracted": 0, "speaker": "client",
              "text": "Here we go.", "code": None, "stance": None, "openness_before": None, "openness_after": None}]
    session["result"]["chart"] = {"path": [30, 22], "codes": ["persuade"], "stances": ["confronting"], "events": [[]]}
    overrides = {10 * session_id: {"code": "confront", "note": "it was a push"}}
    return SessionExport(session, "Tom (@tom)", "Kofi", turns, overrides, result=session["result"])


def test_the_page_has_a_title_an_index_a_legend_and_words() -> None:
    items = [_item(7, "2026-11-03T14:05:11+00:00", "2026-11-03T14:40:00+00:00"),
             _item(9, "2026-11-28T09:00:00+00:00", "2026-11-28T09:30:00+00:00")]
    title = report_title("Cohort 3 “Spring 2027”", items)
    assert title == "Cohort 3 “Spring 2027”: 2 sessions, 3 Nov 2026 – 28 Nov 2026"
    page = to_html(items, title).decode()
    assert f"<h1>{title}</h1>" in page
    index = page.split('<table class="index">')[1].split("</table>")[0]
    assert '<a href="#session-7">7</a>' in index and '<a href="#session-9">9</a>' in index
    assert page.index('class="index"') < page.index('id="session-7"')
    assert "<b>CR</b> complex reflection" in page and "<b>PERS</b> persuading" in page
    transcript = page.split('id="session-7"')[1]
    assert ">persuading<br>" in transcript and "instructor: confronting" in transcript
    assert "persuade_with" not in transcript and "3 Nov 2026, 14:05 UTC" in transcript


def test_dates_read_like_dates() -> None:
    assert readable_date("2026-11-03T14:05:11+00:00") == "3 Nov 2026, 14:05 UTC"
    assert readable_date("2026-11-03T14:05:11+00:00", time_of_day=False) == "3 Nov 2026"
    assert readable_date(None) == "" and readable_date("soon") == "soon"


def test_every_code_has_an_abbreviation_and_words() -> None:
    from scoring.codes import Code

    assert {c.value for c in Code} == set(CODES)


def test_turn_ticks_are_whole_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    ticks: list[Any] = []
    real = chart_module._png

    def capture(fig: Any) -> bytes:
        ticks.extend(fig.axes[0].get_xticks())
        return real(fig)

    monkeypatch.setattr(chart_module, "_png", capture)
    openness_chart([25, 32, 20], ["reflection_complex", "confront"], ["joining", "confronting"], [[], []], "Kofi")
    visible = [t for t in ticks if -0.3 <= t <= 2]
    assert visible and all(float(t).is_integer() for t in visible)


def test_the_reports_svg_chart_ticks_whole_turns() -> None:
    from bot.services.svg_charts import openness_chart as svg_chart
    from bot.services.svg_charts import turn_ticks

    assert turn_ticks(5) == [0, 1, 2, 3, 4, 5] and turn_ticks(30) == [0, 5, 10, 15, 20, 25, 30]
    assert all(len(turn_ticks(n)) <= 12 for n in range(200))
    svg = svg_chart([25, 32, 20], ["reflection_complex", "confront"], ["joining", "confronting"], [[], []])
    ticks = re.findall(r'<text class="tick"[^>]*>([^<]*)</text>', svg)
    assert ticks == ["0", "1", "2"]
