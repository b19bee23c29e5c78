"""News articles to a dated event timeline and an actor knowledge graph.

>>> from timeline import Document, process
"""

from .documents import Document, read_inputs
from .errors import TimelineError
from .pipeline import Settings, build, process, process_all
from .records import Actor, DocumentResult, Event, Mention, Timex

__all__ = sorted([
    "Actor", "Document", "DocumentResult", "Event", "Mention", "Settings", "Timex",
    "TimelineError", "build", "process", "process_all", "read_inputs",
])
