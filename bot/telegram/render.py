"""Text for Telegram: HTML with every dynamic string escaped, split under the 4096 limit."""

from __future__ import annotations

import html

LIMIT = 4096


def esc(text: object) -> str:
    return html.escape(str(text), quote=False)


def split_message(text: str, limit: int = LIMIT) -> list[str]:
    """Split on paragraph, then line, then word boundaries; never inside an HTML entity."""
    chunks: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            cut = line.rfind(" ", 0, limit)
            if cut <= 0:
                cut = limit
                amp = line.rfind("&", max(0, cut - 8), cut)
                if amp != -1 and ";" not in line[amp:cut]:
                    cut = amp
            head, line = line[:cut], line[cut:].lstrip(" ")
            if current:
                chunks.append(current)
                current = ""
            chunks.append(head)
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            chunks.append(current)
            current = line
        else:
            current = candidate
    if current.strip():
        chunks.append(current)
    return [c for c in chunks if c.strip()] or [""]
