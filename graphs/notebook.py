"""The graph page inside a Jupyter notebook: ``show(graph, events=...)``.

The page goes into an ``<iframe srcdoc>``, so its script and styles stay out of the notebook's
own page, and it works offline like graph.html does.

>>> import networkx as nx
>>> g = nx.MultiDiGraph(); g.add_node("RUS", label="Russia", kind="country")
>>> "srcdoc=" in show(g).data
True
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from timeline.records import Event

from .page import graph_page

__all__ = ["show"]


def show(graph: nx.MultiDiGraph, *, events: Iterable[Event] = (),
         documents: Mapping[str, Mapping] | None = None, height: int = 640,
         title: str = "Actor graph") -> Any:
    """An ``IPython.display.HTML`` object that renders the graph page in a notebook cell."""
    from IPython.display import HTML  # only notebooks need IPython

    page = graph_page(graph, events=events, documents=documents, title=title)
    return HTML(f'<div><iframe srcdoc="{html.escape(page, quote=True)}" title="{html.escape(title)}" '
                f'style="width: 100%; height: {int(height)}px; border: 1px solid #d0d7de" '
                'sandbox="allow-scripts"></iframe></div>')
