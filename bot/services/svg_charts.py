"""Small charts as inline SVG text: sparklines, an outcome bar and the openness chart.

Pages and the HTML export draw these instead of matplotlib PNGs: a hundred sparklines cost about
a millisecond, the markup is a few hundred bytes, and nothing has to be fetched or embedded as
base64.  Every string that comes from data is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from bot.services.turn_detail import CODES

STANCE_COLOUR = {"joining": "#2e7d32", "neutral": "#757575", "confronting": "#c62828"}
OUTCOME_COLOUR = {"breakthrough": "#2e7d32", "engaged": "#66bb6a", "open": "#66bb6a", "ambivalent": "#fbc02d",
                  "guarded": "#ffa726", "closed": "#ef6c00", "walked_out": "#c62828"}
SHORT = {code: short for code, (short, _) in CODES.items()}


def turn_ticks(turns: int, most: int = 12) -> list[int]:
    """Whole-number turn ticks, 0 to `turns`, at a step of 1, 2, 5, 10, 20, 50… so at most `most` show."""
    step = 1
    while turns // step + 1 > most:
        step = step * 5 // 2 if str(step)[0] == "2" else step * 2
    return list(range(0, turns + 1, step))


def _points(values: Sequence[float | None], width: float, height: float, low: float, high: float,
            pad: float = 2) -> list[tuple[float, float]]:
    span = (high - low) or 1.0
    step = (width - 2 * pad) / max(len(values) - 1, 1)
    return [(pad + i * step, height - pad - (min(max(v, low), high) - low) / span * (height - 2 * pad))
            for i, v in enumerate(values) if v is not None]


def sparkline(values: Sequence[float | None], low: float, high: float, label: str,
              width: int = 110, height: int = 26) -> str:
    """A trend line with its last point marked; `label` is read out by screen readers."""
    points = _points(values, width, height, low, high)
    title = html.escape(label)
    if not points:
        return f'<svg class="spark" width="{width}" height="{height}" role="img" aria-label="{title}"></svg>'
    line = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    x, y = points[-1]
    return (f'<svg class="spark" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
            f'aria-label="{title}"><title>{title}</title><polyline fill="none" stroke="#37474f" '
            f'stroke-width="1.4" points="{line}"/><circle cx="{x:.1f}" cy="{y:.1f}" r="2.2" fill="#1565c0"/></svg>')


def outcome_bar(counts: Mapping[str, int], width: int = 110, height: int = 12) -> str:
    """One stacked bar of session outcomes, worst on the right."""
    total = sum(counts.values())
    if not total:
        return ""
    order = [o for o in OUTCOME_COLOUR if o in counts] + sorted(o for o in counts if o not in OUTCOME_COLOUR)
    parts, x = [], 0.0
    for outcome in order:
        w = counts[outcome] / total * width
        name = html.escape(f"{outcome.replace('_', ' ')}: {counts[outcome]}")
        parts.append(f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="{height}" '
                     f'fill="{OUTCOME_COLOUR.get(outcome, "#9e9e9e")}"><title>{name}</title></rect>')
        x += w
    label = html.escape(", ".join(f"{o.replace('_', ' ')} {counts[o]}" for o in order))
    return (f'<svg class="bar" width="{width}" height="{height}" role="img" aria-label="{label}">'
            f'{"".join(parts)}</svg>')


def openness_chart(path: Sequence[int], codes: Sequence[str], stances: Sequence[str],
                   events: Sequence[Sequence[str]], width: int = 760, height: int = 220) -> str:
    """Client openness per trainee turn: bands, the line, each turn's code in its stance colour,
    ruptures and walk-outs shaded red, a breakthrough green."""
    left, right, top, bottom = 34, 10, 14, 30
    inner_w, inner_h = width - left - right, height - top - bottom
    step = inner_w / max(len(path) - 1, 1)

    def xy(i: int, v: float) -> tuple[float, float]:
        return left + i * step, top + (100 - v) / 100 * inner_h

    parts = [f'<rect x="{left}" y="{top + (100 - hi) / 100 * inner_h:.1f}" width="{inner_w}" '
             f'height="{(hi - lo) / 100 * inner_h:.1f}" fill="{"#f3f3f3" if lo % 40 == 0 else "#fff"}"/>'
             f'<text x="2" y="{top + (100 - (lo + hi) / 2) / 100 * inner_h + 3:.1f}" font-size="9" '
             f'fill="#999">{name}</text>'
             for lo, hi, name in ((0, 20, "closed"), (20, 40, "guarded"), (40, 60, "ambiv."), (60, 80, "engaged"),
                                  (80, 100, "open"))]
    for i, evs in enumerate(events, start=1):
        colour = "#c62828" if {"rupture", "walked_out"} & set(evs) else "#2e7d32" if "breakthrough" in evs else ""
        if colour:
            x, _ = xy(i, 0)
            parts.append(f'<rect x="{x - 5:.1f}" y="{top}" width="10" height="{inner_h}" fill="{colour}" '
                         f'opacity="0.18"/>')
    line = " ".join(f"{x:.1f},{y:.1f}" for x, y in (xy(i, v) for i, v in enumerate(path)))
    parts.append(f'<polyline fill="none" stroke="#37474f" stroke-width="1.6" points="{line}"/>')
    for i, (code, stance) in enumerate(zip(codes, stances, strict=False), start=1):
        if i >= len(path):
            break
        x, y = xy(i, path[i])
        colour = STANCE_COLOUR.get(stance, "#757575")
        tip = html.escape(f"turn {i}: {code.replace('_', ' ')}, openness {path[i]}")
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.2" fill="{colour}"><title>{tip}</title></circle>'
                     f'<text x="{x:.1f}" y="{y - 6:.1f}" font-size="9" text-anchor="middle" fill="{colour}">'
                     f'{html.escape(SHORT.get(code, code))}</text>')
    for i in turn_ticks(len(path) - 1):  # turns are whole numbers: so are the ticks
        x, _ = xy(i, 0)
        parts.append(f'<text class="tick" x="{x:.1f}" y="{top + inner_h + 11}" font-size="9" text-anchor="middle" '
                     f'fill="#777">{i}</text>')
    parts.append(f'<text x="{left + inner_w / 2:.1f}" y="{height - 4}" font-size="10" text-anchor="middle" '
                 f'fill="#555">trainee turn</text>')
    return (f'<svg class="openness" viewBox="0 0 {width} {height}" width="100%" role="img" '
            f'aria-label="client openness per turn">{"".join(parts)}</svg>')
