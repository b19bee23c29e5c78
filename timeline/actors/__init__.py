"""Actors: the knowledge base, and resolution of phrases and document mentions to actors.

``load_kb`` reads the package's knowledge base (countries from pycountry, organisations, armed
and political groups, people with dated roles, places) plus the user's files; ``resolve_phrase``
answers for one phrase as of a date; ``find_mentions`` finds every actor mention in a parsed
document. Both go through the same reading of words (``resolve.read``).

>>> resolve_phrase("the Kremlin", date="2016-02-11").label
'Russia'
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..records import Actor
from .kb import KnowledgeBase, load_kb as _load_kb
from .mentions import affiliated_actors, find_mentions, place_actors
from .resolve import Context, Tok, read, tokenize, with_sector

__all__ = ["KnowledgeBase", "affiliated_actors", "find_mentions", "load_kb", "place_actors",
           "resolve_phrase"]


def load_kb(extra: tuple[Path, ...] = ()) -> KnowledgeBase:
    """The package's knowledge base plus ``extra`` CSV/JSON files (see ``kb.py`` for columns).

    Loaded once per set of paths and kept.
    """
    return _load_kb(tuple(extra))


def resolve_phrase(phrase: str, *, date: str | None = None, kb: KnowledgeBase | None = None
                   ) -> Actor | None:
    """How ``phrase`` resolves as of ``date`` (YYYY-MM-DD; default today); None if no actor.

    Words after the first comma describe the name before it ("Javad Zarif, Iran's foreign
    minister"). A place comes back with kind ``location``, which is no actor.

    >>> a = resolve_phrase("Russia's deputy foreign minister Gennady Gatilov", date="2016-02-11")
    >>> a.label, a.kind, a.country, a.sector, a.role
    ('Gennady Gatilov', 'person', 'RUS', 'GOV', 'Deputy Minister of Foreign Affairs')
    """
    kb = kb or load_kb()
    ctx = Context(date or dt.date.today().isoformat(), unanchored=True)
    head, _, rest = phrase.partition(",")
    offset = len(head) + 1
    parts = [tokenize(head)]
    if rest.strip():
        parts.append([Tok(t.text, t.start + offset, t.end + offset) for t in tokenize(rest)])
    reading = read(parts, phrase, kb, ctx)
    if reading is None:
        return None
    return with_sector(reading.actor, reading.sector)
