"""Events: who did what to whom, read from the dependency parse, typed with PLOVER."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..records import Event, Mention, Timex

__all__ = ["extract_events"]


def extract_events(sdoc: Any, *, doc_id: str, dct: str | None, mentions: Sequence[Mention],
                   timexes: Sequence[Timex]) -> list[Event]:
    """Events in a parsed document, each dated and traced to its sentence."""
    return []  # STUB
