"""Events to networkx graphs, the graph page, and exports."""

from .build import GraphBuilder, rolled_up
from .export import (
    export,
    read_events_jsonl,
    read_graphml,
    write_events_csv,
    write_events_jsonl,
    write_gexf,
    write_graphml,
    write_json,
    write_timelinejs,
)
from .notebook import show
from .page import write_graph_page

__all__ = sorted([
    "GraphBuilder", "export", "read_events_jsonl", "read_graphml", "rolled_up", "show",
    "write_events_csv", "write_events_jsonl", "write_gexf", "write_graph_page", "write_graphml",
    "write_json", "write_timelinejs",
])
