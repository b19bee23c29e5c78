"""graph.html: the interactive relationship graph, one file that loads nothing from the network."""

from __future__ import annotations

import html
import json
from pathlib import Path

import networkx as nx


def write_graph_page(graph: nx.MultiDiGraph, path: str | Path, *, events=(), documents=None) -> None:
    """PLACEHOLDER: a static listing until the pyvis page lands."""
    rows = "".join(f"<li>{html.escape(str(d.get('label')))} ({html.escape(str(d.get('kind')))})</li>"
                   for _, d in graph.nodes(data=True))
    Path(path).write_text(f"<!doctype html><meta charset=utf-8><title>Graph</title><ul>{rows}</ul>",
                          encoding="utf-8")
