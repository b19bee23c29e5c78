"""Events: who did what to whom, read from the dependency parse, typed with PLOVER.

>>> from timeline.records import Actor, Mention
>>> from timeline import nlp
>>> sdoc = nlp.load()("Russia attacked Turkey.")
>>> ru, tr = Actor("RUS", "Russia", "country", "RUS"), Actor("TUR", "Turkey", "country", "TUR")
>>> ms = [Mention("d", 0, 6, "Russia", ru), Mention("d", 16, 22, "Turkey", tr)]
>>> [(e.source, e.type, e.target) for e in extract_events(sdoc, doc_id="d", dct="2016-02-11",
...                                                     mentions=ms, timexes=[])]
[('RUS', 'ASSAULT', 'TUR')]
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..records import Actor, Event, Mention, Timex
from .extract import event_id
from .lexicon import Entry, Lexicon, TypeInfo, load_lexicon
from .merge import merge_duplicates

__all__ = ["Entry", "Lexicon", "TypeInfo", "event_id", "extract_events", "load_lexicon",
           "merge_duplicates"]


@functools.lru_cache(maxsize=8)
def _cached_lexicon(extra: tuple[str, ...]) -> Lexicon:
    return load_lexicon(extra)


def extract_events(sdoc: Any, *, doc_id: str, dct: str | None, mentions: Sequence[Mention],
                   timexes: Sequence[Timex], lexicon: Lexicon | None = None,
                   lexicon_paths: Iterable[str | Path] = (),
                   places: Mapping[int, Actor] | None = None) -> list[Event]:
    """Events in a parsed document (a spaCy Doc), each dated and traced to its sentence.

    ``places`` gives the country of tokens that name known places (``actors.place_actors``):
    a visit to Moscow is a visit to Russia.
    """
    from .extract import Extractor

    lex = lexicon or _cached_lexicon(tuple(str(p) for p in lexicon_paths))
    return Extractor(sdoc, doc_id=doc_id, dct=dct, mentions=mentions, timexes=timexes,
                     lexicon=lex, places=places).events()
