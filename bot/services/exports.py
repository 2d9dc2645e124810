"""Exports of scored sessions: turn- and session-level CSV, JSON Lines, and a self-contained HTML report.

Built from plain rows so the bot (file in the chat), the web app and the CLI (`rollwith export`)
produce the same files.  The CSVs are ready for analysis: one row per trainee turn with the
client's line before it as context, codes as words, and the session's cohort, assignment,
reviewer and measures on every row.  Nothing is drawn for a CSV.  Nothing but the sessions in the
requester's scope goes in, and no token ever does.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import groupby
from operator import itemgetter
from typing import Any

from bot.services.svg_charts import openness_chart
from bot.services.turn_detail import CODES, TurnDetail, in_words, words
from bot.services.versions import formula

MEASURES = ("r_q", "pct_cr", "pct_open_question", "joining_share", "confronting_share", "empathy", "partnership",
            "cultivating_change_talk", "softening_sustain_talk")
SESSION_COLUMNS = (
    "session_id", "cohort", "trainee", "trainee_id", "client", "client_type", "assignment", "mode", "started_at",
    "ended_at", "outcome", "score", "scoring_version", "self_empathy", "self_partnership", "trainee_turns",
    "reviewed_turns", *MEASURES,
)
CSV_COLUMNS = (
    "session_id", "cohort", "trainee", "trainee_id", "client", "client_type", "assignment", "mode", "started_at",
    "outcome", "score", "turn", "attempt", "retracted", "client_said", "trainee_said", "code", "stance",
    "confidence", "reason", "flags", "openness_before", "openness_after", "review", "reviewed_code", "reviewer",
    "review_note", *MEASURES,
)


@dataclass(frozen=True, slots=True)
class SessionExport:
    """One session with everything an export needs."""

    session: dict[str, Any]  # a light row (`Storage.session_rows`)
    trainee: str
    persona_name: str
    turns: list[dict[str, Any]]
    overrides: dict[int, dict[str, Any]]  # turn id -> latest confirm/override, with "reviewer" (a name)
    detail: dict[int, TurnDetail] = field(default_factory=dict)
    persona_type: str = ""
    cohort: str = ""
    assignment: str = ""
    result: dict[str, Any] | None = None  # the report, for JSON Lines and HTML only
    notes: list[dict[str, Any]] = field(default_factory=list)


def _own_rating(s: dict[str, Any]) -> str:
    """The trainee's own 1-5 ratings of their session, when they gave them."""
    if not (s.get("self_empathy") or s.get("self_partnership")):
        return ""
    return f" · own rating: empathy {s.get('self_empathy') or '–'}, partnership {s.get('self_partnership') or '–'}"


def _session_fields(item: SessionExport) -> dict[str, Any]:
    s = item.session
    return {"session_id": s["id"], "cohort": item.cohort, "trainee": item.trainee, "trainee_id": s["user_id"],
            "client": item.persona_name, "client_type": words(item.persona_type), "assignment": item.assignment,
            "mode": s["mode"], "started_at": s["started_at"], "outcome": words(s["outcome"]), "score": s["score"],
            **{m: s.get(m) for m in MEASURES}}


_REVIEW = {"confirm": "scorer right", "override": "overridden"}


def turn_values(items: Sequence[SessionExport]) -> Iterator[list[Any]]:
    """One list per trainee turn in `CSV_COLUMNS` order, the client's line before it as context
    (lists, not dicts: a cohort export has tens of thousands of rows)."""
    for item in items:
        f = _session_fields(item)
        head = [f[c] for c in CSV_COLUMNS[:11]]
        tail = [f[m] for m in MEASURES]
        client_said = ""
        for t in item.turns:
            if t["speaker"] == "client":
                client_said = t["text"]
                continue
            d = item.detail.get(t["id"])
            v = item.overrides.get(t["id"], {})
            yield [*head, t["turn"], t["attempt"], t["retracted"], client_said, t["text"], words(t["code"]),
                   t["stance"], d.confidence if d else None, d.reason if d else "",
                   "; ".join(words(x) for x in d.flags) if d else "", t["openness_before"], t["openness_after"],
                   _REVIEW.get(v.get("kind", ""), ""), words(v.get("code")), v.get("reviewer", ""),
                   v.get("note") or "", *tail]


# where `Storage.turn_csv_rows` keeps the per-turn columns, whether the turn has the coder's view, its id
_TURN_COLUMNS = slice(1, 17)
HAS_CODER, TURN_ID = 17, 18


def _cell(value: Any) -> str:
    """A value as the csv writer writes it."""
    return "" if value is None else value if isinstance(value, str) else str(value)


def turn_csv(items: Sequence[SessionExport], rows: Sequence[Sequence[Any]]) -> bytes:
    """The turn-level CSV from `Storage.turn_csv_rows` (per-turn columns already in order and in
    words, session by session) and the sessions' own columns: the same file as `to_csv`, with no
    dict, JSON or formatting per turn in Python.  A cohort export has tens of thousands of rows."""
    by_session = {sid: list(group) for sid, group in groupby(rows, key=itemgetter(0))}
    out: list[list[Any]] = []
    for item in items:
        f = _session_fields(item)
        # the session's cells as text once, not once per turn (as the csv writer would: None is empty)
        head = [_cell(f[c]) for c in CSV_COLUMNS[:11]]
        tail = [_cell(f[m]) for m in MEASURES]
        out.extend([*head, *r[_TURN_COLUMNS], *tail] for r in by_session.get(item.session["id"], ()))
    return _csv(CSV_COLUMNS, out)


def with_detail(row: Sequence[Any], d: TurnDetail | None) -> tuple[Any, ...]:
    """A `turn_csv_rows` row whose turn predates the coder's view on turns: confidence, reason and
    flags from its detail (read from the session report) instead."""
    found = (d.confidence, d.reason, "; ".join(words(x) for x in d.flags)) if d else (None, "", "")
    return (*row[:8], *found, *row[11:])


def turn_rows(items: Sequence[SessionExport]) -> list[dict[str, Any]]:
    return [dict(zip(CSV_COLUMNS, values, strict=True)) for values in turn_values(items)]


def session_rows(items: Sequence[SessionExport]) -> list[dict[str, Any]]:
    return [_session_fields(i) | {"ended_at": i.session["ended_at"], "trainee_turns": i.session.get("trainee_turns"),
                                  "reviewed_turns": i.session.get("reviewed"),
                                  # which formula scored it, and the trainee's own ratings beside the scorer's
                                  "scoring_version": i.session.get("scoring_version") or 1,
                                  "self_empathy": i.session.get("self_empathy"),
                                  "self_partnership": i.session.get("self_partnership")} for i in items]


def _csv(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def to_csv(items: Sequence[SessionExport]) -> bytes:
    return _csv(CSV_COLUMNS, turn_values(items))


def to_session_csv(items: Sequence[SessionExport]) -> bytes:
    return _csv(SESSION_COLUMNS, ([row[c] for c in SESSION_COLUMNS] for row in session_rows(items)))


def to_jsonl(items: Sequence[SessionExport]) -> bytes:
    lines = []
    for item in items:
        result = item.result or {}
        lines.append(json.dumps(_session_fields(item) | {
            "ended_at": item.session["ended_at"], "persona_id": item.session["persona_id"],
            "scoring_version": item.session.get("scoring_version") or 1,
            "self_empathy": item.session.get("self_empathy"), "self_partnership": item.session.get("self_partnership"),
            "scores": result.get("scores"), "feedback": result.get("feedback"),
            "openness_path": result.get("openness_path"),
            "notes": [n["text"] for n in item.notes],
            "turns": [{k: v for k, v in row.items() if k not in _session_fields(item)} for row in turn_rows([item])],
        }, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


_STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:960px;margin:2em auto;color:#222}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%;font-size:.92em}td,th{border:1px solid #e3e3e3;padding:.35em .5em;
vertical-align:top}th{background:#f6f6f6;text-align:left}.client{color:#555;font-style:italic}
.joining{color:#2e7d32}.confronting{color:#c62828}.neutral{color:#666}.retracted{text-decoration:line-through;
opacity:.6}.summary{width:auto}.summary td{border:none;padding:.15em .6em}h3{font-size:1em}
.override{color:#6a1b9a;font-weight:600}nav ol{columns:2}.legend{font-size:.85em;color:#555}
.index{margin-bottom:1.5em}
"""


_SUMMARY = (("score", "score (0-100)"), ("r_q", "reflections : questions"),
            ("pct_complex_reflection", "complex reflections"), ("joining_share", "joining"),
            ("confronting_share", "confronting"), ("mi_adherent", "MI-adherent"),
            ("mi_non_adherent", "MI-non-adherent"), ("longest_question_run", "longest question run"))


def _fmt(value: Any, key: str) -> str:
    if value is None:
        return "n/a"
    if key.startswith("pct_") or key.endswith("_share"):
        return f"{value:.0%}"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def readable_date(stamp: str | None, time_of_day: bool = True) -> str:
    """'2026-11-03T14:05:11+00:00' -> '3 Nov 2026, 14:05 UTC' (as stored, in UTC), or '3 Nov 2026'."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return f"{moment.day} {moment:%b %Y}" + (f", {moment:%H:%M} UTC" if time_of_day else "")


def _legend() -> str:
    """What the abbreviations on each chart mean."""
    items = " · ".join(f"<b>{html.escape(short)}</b> {html.escape(said)}" for short, said in CODES.values())
    return f'<p class="legend">Chart codes: {items}. Green: joining moves, grey: neutral, red: confronting.</p>'


def report_title(label: str, items: Sequence[SessionExport]) -> str:
    """'Cohort 3 “Spring 2027”: 12 sessions, 3 Nov 2026 – 28 Nov 2026' from a label and the sessions."""
    days = sorted(d for i in items for d in (i.session["started_at"], i.session["ended_at"]) if d)
    span = ""
    if days:
        first, last = (readable_date(d, time_of_day=False) for d in (days[0], days[-1]))
        span = f", {first}" + (f" – {last}" if last != first else "")
    return f"{label}: {len(items)} session{'s' if len(items) != 1 else ''}{span}"


def _feedback_html(feedback: dict[str, Any]) -> str:
    e = html.escape
    parts = []
    for title, key in (("What worked", "strengths"), ("Try this instead", "growth")):
        items = feedback.get(key) or []
        if not items:
            continue
        lis = []
        for m in items:
            extra = (f"<br>Try: <i>{e(m.get('alternative', ''))}</i><br><small>{e(m.get('why', ''))}</small>"
                     if key == "growth" else f"<br><small>{e(m.get('why', ''))}</small>")
            lis.append(f"<li>“{e(m.get('quote', ''))}” — {e(in_words(m.get('code')))}: "
                       f"{e(m.get('reason', ''))}{extra}</li>")
        parts.append(f"<h3>{title}</h3><ul>{''.join(lis)}</ul>")
    return "".join(parts)


def _turn_html(item: SessionExport, t: dict[str, Any]) -> str:
    e = html.escape
    cls = "retracted" if t["retracted"] else ""
    if t["speaker"] == "client":
        return (f'<tr class="{cls}"><td>{t["turn"]}</td><td class="client" colspan="3">'
                f'{e(item.persona_name)}: {e(t["text"])}</td></tr>')
    o = item.overrides.get(t["id"])
    code = e(in_words(t["code"]))
    if o:
        # a verdict row without a kind predates kinds: an override (the column's default)
        kind = o.get("kind", "override") if o.get("code") else ""
        said = {"confirm": "confirmed", "override": f"instructor: {e(in_words(o.get('code')))}"}.get(kind)
        code += f'<br><span class="override">{said}</span>' if said else ""
        if o.get("note"):
            code += f"<br><small>{e(o['note'])}</small>"
    openness = "" if t["openness_before"] is None else f'{t["openness_before"]} → {t["openness_after"]}'
    return (f'<tr class="{cls}"><td>{t["turn"]}</td><td>{e(t["text"])}</td>'
            f'<td class="{e(t["stance"] or "")}">{code}</td><td>{openness}</td></tr>')


def _session_html(item: SessionExport) -> str:
    s = item.session
    result = item.result or {}
    scores = result.get("scores") or {}
    e = html.escape
    chart_data = result.get("chart")
    chart = (openness_chart(chart_data["path"], chart_data["codes"], chart_data["stances"], chart_data["events"])
             + _legend() if chart_data else "")
    summary = "".join(f"<tr><td>{e(label)}</td><td>{e(_fmt(scores.get(k), k))}</td></tr>"
                      for k, label in _SUMMARY if k in scores)
    notes = "".join(f"<p><b>Note to the trainee:</b> {e(n['text'])}</p>" for n in item.notes)
    rows = "".join(_turn_html(item, t) for t in item.turns)
    return (f'<section id="session-{s["id"]}"><h2>Session {s["id"]}: {e(item.trainee)} with '
            f'{e(item.persona_name)}</h2><p>{e(readable_date(s["started_at"]))} · outcome '
            f'<b>{e(words(s["outcome"]))}</b> · score <b>{s["score"]}</b> · scoring '
            f'{e(formula(s.get("scoring_version") or 1))}{e(_own_rating(s))}</p>'
            f'<table class="summary">{summary}</table>{chart}{notes}{_feedback_html(result.get("feedback") or {})}'
            f"<table><tr><th>turn</th><th>text</th><th>code</th><th>openness</th></tr>{rows}</table>"
            '<p><a href="#index">back to the index</a></p></section>')


def _index_html(items: Sequence[SessionExport]) -> str:
    """The summary table first: one row per session, each linking to its section."""
    e = html.escape
    rows = "".join(
        f'<tr><td><a href="#session-{i.session["id"]}">{i.session["id"]}</a></td>'
        f'<td>{e(readable_date(i.session["started_at"]))}</td><td>{e(i.trainee)}</td><td>{e(i.persona_name)}</td>'
        f'<td>{e(words(i.session["outcome"]))}</td><td>{i.session["score"]}</td>'
        f'<td>{e(_fmt(i.session.get("r_q"), "r_q"))}</td><td>{e(_fmt(i.session.get("pct_cr"), "pct_cr"))}</td>'
        f'<td>{e(_fmt(i.session.get("joining_share"), "joining_share"))}</td></tr>'
        for i in items)
    return ('<section id="index"><h2>Sessions</h2><table class="index"><tr><th>session</th><th>date</th>'
            '<th>trainee</th><th>client</th><th>outcome</th><th>score</th><th>R:Q</th><th>%CR</th><th>joining</th>'
            f"</tr>{rows}</table></section>")


def to_html(items: Sequence[SessionExport], title: str) -> bytes:
    """One page: the title, an index of the sessions, then each session with its chart and legend."""
    body = (_index_html(items) + "".join(_session_html(i) for i in items)) if items else (
        "<p>No sessions in this report.</p>")
    page = (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{_STYLE}</style></head><body><h1>{html.escape(title)}</h1>{body}</body></html>")
    return page.encode("utf-8")
