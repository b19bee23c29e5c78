"""Events to networkx graphs, the graph page, and exports."""

from .build import GraphBuilder
from .export import write_events_jsonl, write_graphml
from .page import write_graph_page

__all__ = sorted(["GraphBuilder", "write_events_jsonl", "write_graph_page", "write_graphml"])
