"""The openness chart sent at the end of a session: one point per turn, its code marked."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.ticker import MaxNLocator

from bot.services.turn_detail import CODES, in_words

__all__ = ["BANDS", "CODES", "in_words", "openness_chart"]

_SHORT = {code: short for code, (short, _) in CODES.items()}
_STANCE_COLOUR = {"joining": "#2e7d32", "neutral": "#757575", "confronting": "#c62828"}
BANDS = ((0, 20, "closed"), (20, 40, "guarded"), (40, 60, "ambivalent"), (60, 80, "engaged"), (80, 100, "open"))


def openness_chart(path: Sequence[int], codes: Sequence[str], stances: Sequence[str],
                   events: Sequence[Sequence[str]], title: str) -> bytes:
    """PNG bytes. Pure CPU work: call it off the event loop (asyncio.to_thread)."""
    fig, ax = plt.subplots(figsize=(8, 4.2), dpi=110)
    try:
        for low, high, name in BANDS:
            ax.axhspan(low, high, color="#f3f3f3" if low % 40 == 0 else "#ffffff", zorder=0)
            ax.text(0.02, (low + high) / 2, name, transform=ax.get_yaxis_transform(), va="center",
                    fontsize=7, color="#999999")
        xs = list(range(len(path)))
        ax.plot(xs, path, color="#37474f", linewidth=1.6, zorder=2)
        ax.scatter([0], [path[0]], color="#37474f", s=18, zorder=3)
        for i, (code, stance, evs) in enumerate(zip(codes, stances, events, strict=False), start=1):
            colour = _STANCE_COLOUR.get(stance, "#757575")
            ax.scatter([i], [path[i]], color=colour, s=26, zorder=3)
            ax.annotate(_SHORT.get(code, code), (i, path[i]), textcoords="offset points", xytext=(0, 7),
                        ha="center", fontsize=7, color=colour)
            if "rupture" in evs or "walked_out" in evs:
                ax.axvline(i, color="#c62828", alpha=0.25, linewidth=6, zorder=1)
            if "breakthrough" in evs:
                ax.axvline(i, color="#2e7d32", alpha=0.25, linewidth=6, zorder=1)
            if "repair" in evs:
                ax.axvline(i, color="#1565c0", alpha=0.15, linewidth=6, zorder=1)
        ax.set_ylim(0, 100)
        ax.set_xlim(-0.3, max(len(path) - 0.7, 1))
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # turns are whole numbers
        ax.set_xlabel("trainee turn")
        ax.set_ylabel("client openness")
        ax.set_title(title, fontsize=10)
        ax.grid(axis="y", alpha=0.2)
        return _png(fig)
    finally:
        plt.close(fig)


def _png(fig: Any) -> bytes:
    buffer = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()
