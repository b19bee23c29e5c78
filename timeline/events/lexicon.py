"""The event lexicon: lemmas and patterns -> PLOVER types, CAMEO roots and cooperation scores.

Three package data files, each extendable by the user's own files of the same shape:

- ``types.csv``: one row per PLOVER type with its quad class, CAMEO root and a Goldstein-like
  cooperation score per mode (``actual``, ``intent``, ``planned``).
- ``lexicon.csv``: ``lemma,pos,type,cameo,preps,particle,with,flags``. ``preps`` are the
  prepositions that introduce the target ("meet *with*"), ``particle`` a required particle
  ("hit *back*"), ``with`` required object lemmas for verbs ("cut *ties*") or modifier lemmas
  for nouns ("*air* strike"), ``flags`` among ``symmetric`` (co-agents act on each other),
  ``control`` (the verb's infinitive is part of the same event: "agreed to withdraw"),
  ``relational`` (a relation noun whose owner may be the clause's subject: "an ally for"),
  ``copular`` (an agent noun that is an event only as a predicate: "X is an ally of Y"),
  ``topic`` (the object is what is talked about, not a participant: "discussed a ceasefire"),
  ``targeted`` (no event without a target: "warned X" is a threat, "warned that" a forecast;
  with ``control``, an infinitive will do: "offered to mediate"),
  ``complement`` (an event only with one of its prepositions, an infinitive or an actor as
  object: "called for", "asked X to"; not "called it a success", "pushed forward"),
  ``opinion`` (with a that-clause it states an opinion: "both agree this was a crime"),
  ``visit`` (a known place visited stands for its country: "travelled to Moscow").
- ``cues.json``: word lists the rules read (speech verbs, intent cues, light verbs...).

Rows starting with ``#`` are comments. User rows come first, so they win over package rows.

>>> lex = load_lexicon()
>>> lex.types["ASSAULT"].quad, lex.score("ASSAULT", "actual") < 0
(4, True)
>>> [e.type for e in lex.entries("hit", "verb")]
['ACCUSE', 'ASSAULT']
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ..records import PLOVER_TYPES

__all__ = ["Entry", "Lexicon", "TypeInfo", "load_lexicon"]

MODES = ("actual", "intent", "planned")


@dataclass(frozen=True)
class TypeInfo:
    """What a PLOVER type means for scores: quad class, CAMEO root, cooperation per mode."""

    type: str
    quad: int
    cameo: str
    scores: tuple[tuple[str, float], ...]

    @property
    def cooperative(self) -> bool:
        return self.quad in (1, 2)


@dataclass(frozen=True)
class Entry:
    """One lexicon row: a lemma (with optional particle and object) and the type it triggers."""

    lemma: str
    pos: str
    type: str
    cameo: str
    preps: frozenset[str] = frozenset()
    particle: str | None = None
    with_words: frozenset[str] = frozenset()
    flags: frozenset[str] = frozenset()

    @property
    def specificity(self) -> int:
        return bool(self.particle) * 2 + bool(self.with_words)


class Lexicon:
    """Types, entries by (lemma, pos) and cue word lists."""

    def __init__(self, types: dict[str, TypeInfo], entries: dict[tuple[str, str], list[Entry]],
                 cues: dict[str, frozenset[str]]) -> None:
        self.types = types
        self._entries = entries
        self.cues = cues
        self._known = {lemma for lemma, _ in entries} | {w for ws in cues.values() for w in ws}

    def lemma(self, token: Any) -> str:
        """The token's lemma, mended when the model's lemmatizer slips on a word the lexicon
        knows ("staged" -> "stag" is read as "stage").

        >>> class T: lemma_, lower_, tag_ = "stag", "staged", "VBD"
        >>> load_lexicon().lemma(T())
        'stage'
        """
        lemma = token.lemma_.lower()
        if lemma in self._known or token.tag_ not in ("VBD", "VBN", "VBG", "VBZ"):
            return lemma
        word = token.lower_
        for guess in (word[:-1], word[:-2], word[:-3] + "e", word[:-3], word[:-4] + "y"):
            if guess in self._known:
                return guess
        return lemma

    def entries(self, lemma: str, pos: str) -> list[Entry]:
        """Entries for a lemma, most specific (particle, then object) first."""
        return self._entries.get((lemma.lower(), pos), [])

    def cue(self, name: str) -> frozenset[str]:
        return self.cues.get(name, frozenset())

    def score(self, type_: str, mode: str) -> float:
        scores = dict(self.types[type_].scores)
        return scores.get(mode, scores["actual"])


def _data_path(name: str) -> Path:
    return Path(str(resources.files(__package__) / "data" / name))


def _rows(path: Path) -> Iterable[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines):
            yield {k: (v or "").strip() for k, v in row.items() if k}


def _split(value: str) -> frozenset[str]:
    return frozenset(v.strip().lower() for v in value.split("|") if v.strip())


def _read_types(path: Path, types: dict[str, TypeInfo]) -> None:
    for row in _rows(path):
        name = row["type"].upper()
        if name not in PLOVER_TYPES:
            raise ValueError(f"E040: {path}: unknown event type {name!r}; use one of the 16 "
                             f"PLOVER types: {', '.join(PLOVER_TYPES)}")
        scores = tuple((m, float(row[m])) for m in MODES if row.get(m))
        types[name] = TypeInfo(name, int(row["quad"]), row["cameo"], scores)


def _read_entries(path: Path, entries: dict[tuple[str, str], list[Entry]]) -> None:
    for row in _rows(path):
        name = row["type"].upper()
        if name not in PLOVER_TYPES:
            raise ValueError(f"E041: {path}: lemma {row['lemma']!r} has unknown type {name!r}; "
                             f"use one of the 16 PLOVER types")
        entry = Entry(row["lemma"].lower(), row["pos"].lower(), name, row.get("cameo", ""),
                      _split(row.get("preps", "")), row.get("particle") or None,
                      _split(row.get("with", "")), _split(row.get("flags", "")))
        entries.setdefault((entry.lemma, entry.pos), []).append(entry)


def load_lexicon(extra_paths: Iterable[str | Path] = ()) -> Lexicon:
    """The package lexicon, with user files (``*.csv`` rows or types, ``*.json`` cues) first.

    A CSV with a ``quad`` column is read as types, any other CSV as lexicon rows.
    """
    types: dict[str, TypeInfo] = {}
    entries: dict[tuple[str, str], list[Entry]] = {}
    cues: dict[str, set[str]] = {}
    for path in [Path(p) for p in extra_paths] + [_data_path("types.csv"),
                                                   _data_path("lexicon.csv"),
                                                   _data_path("cues.json")]:
        if path.suffix == ".json":
            for key, words in json.loads(path.read_text(encoding="utf-8")).items():
                if not key.startswith("_"):
                    cues.setdefault(key, set()).update(w.lower() for w in words)
        elif "quad" in path.read_text(encoding="utf-8").split("\n", 1)[0]:
            for name, info in _types_of(path).items():
                types.setdefault(name, info)
        else:
            _read_entries(path, entries)
    for key in entries:
        # stable sort: more specific first, then file order (user rows before package rows)
        entries[key].sort(key=lambda e: -e.specificity)
    return Lexicon(types, entries, {k: frozenset(v) for k, v in cues.items()})


def _types_of(path: Path) -> dict[str, TypeInfo]:
    types: dict[str, TypeInfo] = {}
    _read_types(path, types)
    return types
