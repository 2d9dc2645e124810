"""Exports of scored sessions: CSV and JSON Lines of turns, and a self-contained HTML report.

Built from plain rows so the bot (file in the chat) and the CLI (`rollwith export`) produce the
same files.  Nothing but the sessions in the requester's scope goes in, and no token ever does.
"""

from __future__ import annotations

import base64
import csv
import html
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.services.chart import CODES, in_words
from bot.services.versions import break_note, formula

CSV_COLUMNS = (
    "session_id", "trainee_id", "trainee", "persona_id", "mode", "started_at", "ended_at", "outcome",
    "score", "turn", "attempt", "retracted", "speaker", "text", "code", "stance", "override_code",
    "override_note", "openness_before", "openness_after", "scoring_version", "self_empathy", "self_partnership",
)


@dataclass(frozen=True, slots=True)
class SessionExport:
    """One session with everything an export needs."""

    session: dict[str, Any]
    trainee: str
    persona_name: str
    turns: list[dict[str, Any]]
    overrides: dict[int, dict[str, Any]]  # turn id -> latest override
    chart_png: bytes | None = None


def turn_rows(items: Sequence[SessionExport]) -> list[dict[str, Any]]:
    rows = []
    for item in items:
        s = item.session
        for t in item.turns:
            o = item.overrides.get(t["id"], {})
            rows.append({
                "session_id": s["id"], "trainee_id": s["user_id"], "trainee": item.trainee,
                "persona_id": s["persona_id"], "mode": s["mode"], "started_at": s["started_at"],
                "ended_at": s["ended_at"], "outcome": s["outcome"], "score": s["score"], "turn": t["turn"],
                "attempt": t["attempt"], "retracted": t["retracted"], "speaker": t["speaker"], "text": t["text"],
                "code": t["code"], "stance": t["stance"], "override_code": o.get("code"),
                "override_note": o.get("note"), "openness_before": t["openness_before"],
                "openness_after": t["openness_after"], "scoring_version": s.get("scoring_version", 1),
                "self_empathy": s.get("self_empathy"), "self_partnership": s.get("self_partnership"),
            })
    return rows


def to_csv(items: Sequence[SessionExport]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    writer.writerows(turn_rows(items))
    return buffer.getvalue().encode("utf-8")


def to_jsonl(items: Sequence[SessionExport]) -> bytes:
    lines = []
    for item in items:
        s = item.session
        result = s.get("result") or {}
        lines.append(json.dumps({
            "session_id": s["id"], "trainee_id": s["user_id"], "trainee": item.trainee,
            "persona_id": s["persona_id"], "mode": s["mode"], "started_at": s["started_at"],
            "ended_at": s["ended_at"], "outcome": s["outcome"], "score": s["score"],
            "scoring_version": s.get("scoring_version", 1), "self_empathy": s.get("self_empathy"),
            "self_partnership": s.get("self_partnership"),
            "scores": result.get("scores"), "feedback": result.get("feedback"),
            "openness_path": result.get("openness_path"),
            "turns": [{k: v for k, v in row.items() if k not in ("session_id", "trainee_id", "trainee",
                                                                   "persona_id", "mode", "started_at",
                                                                   "ended_at", "outcome", "score", "scoring_version",
                                                                   "self_empathy", "self_partnership")}
                      for row in turn_rows([item])],
        }, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


_STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:960px;margin:2em auto;color:#222}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%;font-size:.92em}td,th{border:1px solid #e3e3e3;padding:.35em .5em;
vertical-align:top}th{background:#f6f6f6;text-align:left}.client{color:#555;font-style:italic}
.joining{color:#2e7d32}.confronting{color:#c62828}.neutral{color:#666}.retracted{text-decoration:line-through;
opacity:.6}.summary{width:auto}.summary td{border:none;padding:.15em .6em}h3{font-size:1em}
.override{color:#6a1b9a;font-weight:600}.legend{font-size:.85em;color:#555}.index{margin-bottom:1.5em}
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
    items = " · ".join(f"<b>{html.escape(short)}</b> {html.escape(words)}" for short, words in CODES.values())
    return f'<p class="legend">Chart codes: {items}. Green: joining moves, grey: neutral, red: confronting.</p>'


def _index(items: Sequence[SessionExport]) -> str:
    """A table of the sessions at the top, each row a link to its section; a row marks where the
    scoring formula changed between neighbouring sessions."""
    e = html.escape
    rows = []
    for n, i in enumerate(items):
        version = i.session.get("scoring_version", 1)
        before = items[n - 1].session.get("scoring_version", 1) if n else version
        if version != before:
            rows.append(f'<tr class="formula"><td colspan="7">{e(break_note(before, version))}</td></tr>')
        rows.append(
            f'<tr><td><a href="#session-{i.session["id"]}">{i.session["id"]}</a></td>'
            f'<td>{e(readable_date(i.session["started_at"]))}</td><td>{e(i.trainee)}</td><td>{e(i.persona_name)}</td>'
            f'<td>{e((i.session["outcome"] or "").replace("_", " "))}</td><td>{i.session["score"]}</td>'
            f"<td>v{version}</td></tr>"
        )
    return ('<table class="index"><tr><th>session</th><th>date</th><th>trainee</th><th>client</th>'
            f"<th>outcome</th><th>score</th><th>scoring</th></tr>{''.join(rows)}</table>")


def report_title(label: str, items: Sequence[SessionExport]) -> str:
    """'Cohort 3 “Spring 2027”: 12 sessions, 3 Nov 2026 – 28 Nov 2026' from a label and the sessions."""
    days = sorted(d for i in items for d in (i.session["started_at"], i.session["ended_at"]) if d)
    span = ""
    if days:
        first, last = (readable_date(d, time_of_day=False) for d in (days[0], days[-1]))
        span = f", {first}" + (f" – {last}" if last != first else "")
    return f"{label}: {len(items)} session{'s' if len(items) != 1 else ''}{span}"


def _try_html(m: dict[str, Any]) -> str:
    """A growth moment's suggestion: the line, or the move when no line did better."""
    e = html.escape
    if m.get("alternative"):
        return f"<br>Try: <i>{e(m['alternative'])}</i>"
    return f"<br>A better move here: {e(m['move'])}." if m.get("move") else ""


def _feedback_html(feedback: dict[str, Any], session: dict[str, Any]) -> str:
    """The report re-rendered from its stored structure, with the trainee's own rating."""
    e = html.escape
    parts = []
    if feedback.get("headline"):
        parts.append(f"<p><b>{e(feedback['headline'])}</b></p>")
    if session.get("self_empathy") or session.get("self_partnership"):
        scorer = feedback.get("ratings") or {}
        parts.append(f"<p>Own rating vs the scorer's: empathy {e(str(session.get('self_empathy') or '–'))} "
                     f"vs {e(str(scorer.get('empathy', '–')))}, partnership "
                     f"{e(str(session.get('self_partnership') or '–'))} vs {e(str(scorer.get('partnership', '–')))}"
                     "</p>")
    for title, key in (("What worked", "strengths"), ("Try this instead", "growth")):
        items = feedback.get(key) or []
        if not items:
            continue
        lis = []
        for m in items:
            extra = (f"{_try_html(m)}<br><small>{e(m.get('why', ''))}</small>"
                     if key == "growth" else f"<br><small>{e(m.get('why', ''))}</small>")
            lis.append(f"<li>“{e(m.get('quote', ''))}” — {e(in_words(m.get('code')))}: "
                       f"{e(m.get('reason', ''))}{extra}</li>")
        parts.append(f"<h3>{title}</h3><ul>{''.join(lis)}</ul>")
    return "".join(parts)


def _session_html(item: SessionExport) -> str:
    s = item.session
    result = s.get("result") or {}
    scores = result.get("scores") or {}
    e = html.escape
    rows = []
    for t in item.turns:
        cls = "retracted" if t["retracted"] else ""
        if t["speaker"] == "client":
            rows.append(f'<tr class="{cls}"><td>{t["turn"]}</td><td class="client" colspan="3">'
                        f'{e(item.persona_name)}: {e(t["text"])}</td></tr>')
            continue
        o = item.overrides.get(t["id"])
        code = e(in_words(t["code"]))
        if o:
            code += f'<br><span class="override">instructor: {e(in_words(o["code"]))}</span>'
            if o.get("note"):
                code += f"<br><small>{e(o['note'])}</small>"
        openness = "" if t["openness_before"] is None else f'{t["openness_before"]} → {t["openness_after"]}'
        rows.append(f'<tr class="{cls}"><td>{t["turn"]}</td><td>{e(t["text"])}</td>'
                    f'<td class="{e(t["stance"] or "")}">{code}</td><td>{openness}</td></tr>')
    chart = ""
    if item.chart_png:
        data = base64.b64encode(item.chart_png).decode()
        chart = (f'<p><img alt="openness per turn" src="data:image/png;base64,{data}" style="max-width:100%"></p>'
                 f"{_legend()}")
    summary = "".join(f"<tr><td>{e(label)}</td><td>{e(_fmt(scores.get(k), k))}</td></tr>"
                      for k, label in _SUMMARY if k in scores)
    feedback = _feedback_html(result.get("feedback") or {}, s)
    return (f'<section id="session-{s["id"]}"><h2>Session {s["id"]}: {e(item.trainee)} with '
            f'{e(item.persona_name)}</h2><p>{e(readable_date(s["started_at"]))} · outcome '
            f'<b>{e((s["outcome"] or "").replace("_", " "))}</b> · score <b>{s["score"]}</b> · scoring '
            f'{e(formula(s.get("scoring_version", 1)))}</p>'
            f'<table class="summary">{summary}</table>{chart}{feedback}'
            f"<table><tr><th>turn</th><th>text</th><th>code</th><th>openness</th></tr>{''.join(rows)}</table>"
            "</section>")


def to_html(items: Sequence[SessionExport], title: str) -> bytes:
    """One page: the title, an index of the sessions, then each session with its chart and legend."""
    body = (_index(items) + "".join(_session_html(i) for i in items)) if items else "<p>No sessions in this report.</p>"
    page = (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{_STYLE}</style></head><body><h1>{html.escape(title)}</h1>{body}</body></html>")
    return page.encode("utf-8")
