"""timeline.html: the chronological timeline, one file that loads nothing from the network."""

from __future__ import annotations

import html
from pathlib import Path

from .records import Actor, Event


def write_timeline_page(events: list[Event], actors: dict[str, Actor], documents: dict[str, dict],
                        path: str | Path) -> None:
    """PLACEHOLDER: a static list until the real page lands."""
    rows = "".join(f"<li>{html.escape(e.date or '')} {html.escape(e.sentence)}</li>"
                   for e in sorted(events, key=lambda e: e.date or "9999"))
    Path(path).write_text(f"<!doctype html><meta charset=utf-8><title>Timeline</title><ul>{rows}</ul>",
                          encoding="utf-8")
