"""Actors: the knowledge base, and resolution of phrases and document mentions to actors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..records import Actor, Mention

__all__ = ["KnowledgeBase", "find_mentions", "load_kb", "resolve_phrase"]


class KnowledgeBase:
    """STUB: countries, organisations, groups and people with date-bounded roles."""

    @classmethod
    def load(cls, extra: tuple[Path, ...] = ()) -> "KnowledgeBase":
        return cls()


def load_kb(extra: tuple[Path, ...] = ()) -> KnowledgeBase:
    return KnowledgeBase.load(tuple(extra))


def resolve_phrase(phrase: str, *, date: str | None = None, kb: KnowledgeBase | None = None
                   ) -> Actor | None:
    """How ``phrase`` resolves as of ``date`` (YYYY-MM-DD; default today); None if no actor."""
    return None  # STUB


def find_mentions(sdoc: Any, *, doc_id: str, date: str | None, kb: KnowledgeBase) -> list[Mention]:
    """Actor mentions in a parsed document (a spaCy Doc of the document's text)."""
    return []  # STUB
