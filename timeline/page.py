"""timeline.html: the chronological timeline, one file that loads nothing from the network.

Events are placed by the granularity of their TIMEX3 date: a month-level event sits under its
month, before that month's days, a week under its week; day-level events are grouped by day.
The page (``timeline/data/templates/timeline.html``) renders them in chunks as they scroll
into view, with ``textContent`` only; the data travels as escaped JSON.

>>> embed_json({"x": "</script><img src=x onerror=alert(1)>"})
'{"x":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e"}'
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from .records import PLOVER_TYPES, Actor, Event

__all__ = ["day_number", "embed_json", "render_template", "timeline_data", "timeline_page",
           "write_timeline_page"]

_EPOCH = dt.date(1970, 1, 1)


def day_number(day: dt.date) -> int:
    """Days since 1970-01-01, the unit the pages compare dates in.

    >>> day_number(dt.date(1970, 1, 2))
    1
    """
    return (day - _EPOCH).days


def embed_json(data: Any) -> str:
    """JSON safe to put inside ``<script type="application/json">``.

    ``<``, ``>`` and ``&`` become ``\\u003c`` etc., so no string in the data can end the script
    element or open a comment; JSON.parse reads them back unchanged.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def render_template(template: str, values: Mapping[str, str]) -> str:
    """Fill ``{{NAME}}`` slots in one pass, so a value is never itself searched for slots."""
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: values[m[1]], template)


def _group(value: str | None) -> tuple[str, int | None, int | None, str, str]:
    """The group an event's date puts it in: key, first/last day, granularity, label."""
    from graphs.export import timex_span

    span = timex_span(value)
    if span is None:
        return "undated", None, None, "undated", "Undated or unresolved"
    start, end, granularity = span
    if granularity == "day":
        key = start.isoformat()
        label = f"{start:%A} {start.day} {start:%B %Y}"
    elif granularity in ("week", "weekend"):
        key = value or ""
        iso = start.isocalendar()
        label = (f"{'Weekend' if granularity == 'weekend' else 'Week'} {iso.week}, {iso.year} "
                 f"({start.day} {start:%b} – {end.day} {end:%b})")
    elif granularity == "month":
        key, label = value or "", f"{start:%B %Y}"
    elif granularity == "year":
        key, label = value or "", f"{start.year}"
    elif granularity in ("decade", "century"):
        key, label = value or "", f"{start.year}s"
    else:
        key, label = value or "", f"{value} ({start:%d %b %Y} – {end:%d %b %Y})"
    return key, day_number(start), day_number(end), granularity, label


def timeline_data(events: Iterable[Event], actors: Mapping[str, Actor],
                  documents: Mapping[str, Mapping]) -> dict[str, Any]:
    """Everything timeline.html shows, in display order, as plain JSON-able data."""
    from graphs.export import QUAD_CLASSES, QUAD_NAMES, quad_class

    rows = []
    for event in events:
        key, start, end, granularity, label = _group(event.date)
        rows.append((event, key, start, end, granularity, label))
    # Coarser groups first among those starting the same day: a month before its first day.
    rows.sort(key=lambda r: (r[2] is None, r[2] or 0, -((r[3] or 0) - (r[2] or 0)), r[1],
                             r[0].doc, r[0].start))
    groups: list[dict[str, Any]] = []
    group_index: dict[str, int] = {}
    out = []
    counts: Counter[str] = Counter()
    for event, key, start, end, granularity, label in rows:
        if key not in group_index:
            group_index[key] = len(groups)
            groups.append({"label": label, "g": granularity, "s": start, "e": end})
        counts.update({event.source, *([event.target] if event.target else [])})
        out.append({
            "id": event.id, "d": event.date or "", "dt": event.date_text or "",
            "g": group_index[key], "s": start, "e": end, "t": event.type, "q": quad_class(event),
            "src": event.source, "tgt": event.target or "", "x": event.sentence, "doc": event.doc,
            "also": [d for d in event.sources if d != event.doc],
            "m": event.mode if event.mode != "actual" else "",
        })
    known = {a for a in counts}
    actor_rows = {}
    for actor_id in sorted(known):
        actor = actors.get(actor_id)
        actor_rows[actor_id] = {"label": actor.label if actor else actor_id,
                                "kind": actor.kind if actor else "", "n": counts[actor_id]}
    docs = {}
    for doc_id in (d for event in out for d in (event["doc"], *event["also"])):
        if doc_id not in docs:
            doc = documents.get(doc_id) or {}
            docs[doc_id] = {"title": str(doc.get("title") or ""),
                                  "url": str(doc.get("url") or ""), "dct": str(doc.get("dct") or "")}
    days = [d for e in out for d in (e["s"], e["e"]) if d is not None]
    return {"events": out, "groups": groups, "actors": actor_rows, "docs": docs,
            "types": list(PLOVER_TYPES), "quads": QUAD_CLASSES,
            "quadNames": {str(k): v for k, v in QUAD_NAMES.items()},
            "minDay": min(days, default=None), "maxDay": max(days, default=None)}


def timeline_page(events: Iterable[Event], actors: Mapping[str, Actor],
                  documents: Mapping[str, Mapping], *, title: str = "Event timeline") -> str:
    """timeline.html as a string: one file with its script, style and data inlined."""
    here = resources.files("timeline") / "data" / "templates"
    return render_template((here / "timeline.html").read_text(encoding="utf-8"), {
        "TITLE": html.escape(title),
        "APP_CSS": (here / "timeline.css").read_text(encoding="utf-8"),
        "APP_JS": (here / "timeline.js").read_text(encoding="utf-8"),
        "DATA": embed_json(timeline_data(events, actors, documents)),
    })


def write_timeline_page(events: list[Event], actors: dict[str, Actor], documents: dict[str, dict],
                        path: str | Path, *, title: str = "Event timeline") -> None:
    """Write timeline.html: ``events`` in time order, ``actors`` and ``documents`` by id."""
    Path(path).write_text(timeline_page(events, actors, documents, title=title), encoding="utf-8")
