"""The actor knowledge base: CSV rows of countries, organisations, groups, people and places.

Every knowledge-base file, ours and a user's (``timeline build --kb my_actors.csv``), has the
same columns::

    id,kind,name,aliases,country,org,role,sector,start,end

- ``id``: stable across documents: ISO alpha-3 for countries (``RUS``), a code for organisations
  and groups (``UN``, ``IS``), ``person:<name>`` for people, ``place:<name>`` for places.
- ``kind``: ``country``, ``organization``, ``group``, ``person``; ``seat`` for a name that stands
  for the actor ``id`` when it acts ("Moscow said", "the Kremlin") but is a place otherwise ("in
  Moscow"); ``location`` for a place that is never an actor (Munich, the Gulf). Optional: when
  empty, ids starting ``person:`` are people, ``place:`` places, ``group:`` groups, others
  organisations.
- ``name``: the display label (the first row of an id gives it); ``aliases``: ``|``-separated.
- ``country``: ISO alpha-3 the actor is or belongs to; ``org``: for a person, the organisation id
  the role is held at (``UN``); ``role``: free text ("Secretary of State"); ``sector``: CAMEO-style
  code (GOV, MIL, REB, OPP, COP, JUD, LEG, MED, BUS, CVL, IGO, NGO).
- ``start``/``end``: YYYY[-MM[-DD]] bounds of the role; empty ``end`` means ongoing.

An id may have several rows (one per role of a person, a capital beside its country). Rows of
files given later win over earlier ones and over the package's. JSON files hold a list of objects
with the same keys.

>>> kb = load_kb()
>>> kb.actor("RUS").label
'Russia'
"""

from __future__ import annotations

import csv
import functools
import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..errors import TimelineError
from ..records import Actor

DATA = Path(__file__).parent / "data"
COLUMNS = ("id", "kind", "name", "aliases", "country", "org", "role", "sector", "start", "end")
#: Package files in load order; people.csv is optional.
PACKAGE_FILES = ("countries.csv", "organizations.csv", "groups.csv", "people.csv", "places.csv")
KIND_RANK = {"country": 0, "seat": 1, "organization": 2, "group": 3, "person": 4, "location": 5}

_PARTICLE = re.compile(r"^(al|el|bin|ibn|abu|de|da|di|van|von|der|la|le|du|ben)$")


def norm(text: str) -> str:
    """The lookup key of a name: no accents, case, periods, hyphens or leading 'the'.

    >>> norm("the U.S.") , norm("Adel al-Jubeir"), norm("Côte d’Ivoire")
    ('us', 'adel al jubeir', "cote d'ivoire")
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'").lower()
    text = re.sub(r"(?<=\w)\.(?=\w)|\.$|(?<=\w)\.(?=\s)", "", text)
    text = re.sub(r"[-‐‑–—]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^the ", "", text)
    return re.sub(r" ?'s$", "", text)


def slug(text: str) -> str:
    """An id-safe form of a name.

    >>> slug("Riyad Hijab")
    'riyad-hijab'
    """
    return re.sub(r"[^a-z0-9']+", "-", norm(text)).replace("'", "").strip("-")


def _padded(date: str, tail: str) -> str:
    return date + tail[len(date):] if date else ""


@dataclass(frozen=True)
class Entry:
    """One row of a knowledge-base file."""

    id: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    org: str | None
    role: str | None
    sector: str | None
    start: str
    end: str
    priority: int = 0

    def active(self, date: str) -> bool:
        """Whether the row's role holds on ``date`` (YYYY-MM-DD)."""
        return ((not self.start or _padded(self.start, "0000-01-01") <= date)
                and (not self.end or date <= _padded(self.end, "9999-12-31")))


@dataclass(frozen=True)
class Name:
    """An index hit: which entry a written name stands for, and how it must be written."""

    entry: Entry
    capital: bool  # the text must start with a capital letter ("Chad", not "chad")
    acronym: bool  # the text must be in capitals ("US", "IS", "WHO", not "us", "is", "who")


@dataclass(frozen=True)
class Title:
    role: str | None
    sector: str | None


@dataclass(frozen=True)
class SectorNoun:
    sector: str
    #: ``country``: the country's actor (the story's when none is named); ``named``: only with a
    #: named country or group; ``opposition``: the country's opposition group.
    refers: str


#: Countries whose names put the family name first, as the English-language press keeps them
#: ("Xi Jinping" is "Xi", "Kim Jong Un" is "Kim", "Hun Sen" is "Hun").
FAMILY_NAME_FIRST = frozenset(["CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "SGP", "KHM", "MNG"])


class KnowledgeBase:
    """Countries, organisations, groups and people with date-bounded roles, and the lexicons.

    >>> kb = load_kb()
    >>> [n.entry.id for n in kb.names("the Kremlin")]
    ['RUS']
    """

    def __init__(self, entries: list[Entry], titles: dict[str, Title],
                 sectors: dict[str, SectorNoun], adjectives: dict[str, str]) -> None:
        self.rows: dict[str, list[Entry]] = defaultdict(list)
        self._names: dict[str, list[Name]] = defaultdict(list)
        self._surnames: dict[str, set[str]] = defaultdict(set)
        for entry in entries:
            self.rows[entry.id].append(entry)
            for alias in (entry.name, *entry.aliases):
                self._index(alias, entry)
        for key, names in self._names.items():
            names.sort(key=lambda n: (-n.entry.priority, KIND_RANK.get(n.entry.kind, 9)))
        self.titles = titles
        self.sectors = sectors
        self.adjectives = adjectives
        self.max_tokens = max((len(k.split()) for k in [*self._names, *titles, *sectors]), default=1)

    def _index(self, alias: str, entry: Entry) -> None:
        key = norm(alias)
        if not key:
            return
        letters = re.sub(r"[^A-Za-z]", "", alias)
        acronym = letters.isupper() and len(letters) <= 5 and " " not in alias.strip()
        capital = re.sub(r"^the\s+", "", alias.strip())[:1].isupper()
        name = Name(entry, capital, acronym)
        if name not in self._names[key]:
            self._names[key].append(name)
        if entry.kind == "person":
            words = [w for w in key.split() if not _PARTICLE.match(w)]
            if words:
                self._surnames[words[-1]].add(entry.id)
            if len(words) > 1 and entry.country in FAMILY_NAME_FIRST:
                self._surnames[words[0]].add(entry.id)  # "Xi" for Xi Jinping

    # --- lookups -------------------------------------------------------------------------
    def names(self, text: str) -> list[Name]:
        """Entries a written name can stand for, best first, honouring case rules."""
        hits = self._names.get(norm(text), [])
        if not hits:
            return []
        written = re.sub(r"^(the|The)\s+", "", text.strip())
        letters = re.sub(r"[^A-Za-z]", "", written)
        out = []
        for hit in hits:
            if hit.acronym and not letters.isupper():
                continue
            if hit.capital and not written[:1].isupper():
                continue
            if all(hit.entry is not seen.entry for seen in out):
                out.append(hit)
        return out

    def surname(self, word: str) -> set[str]:
        """Ids of people whose last name is ``word``."""
        return set(self._surnames.get(norm(word), ()))

    def title(self, text: str) -> Title | None:
        return self.titles.get(norm(text))

    def sector_noun(self, text: str) -> SectorNoun | None:
        return self.sectors.get(text.lower().strip())

    def main(self, actor_id: str) -> Entry | None:
        """The row that names an actor: its first row that is not a seat."""
        rows = self.rows.get(actor_id) or []
        return next((r for r in rows if r.kind != "seat"), rows[0] if rows else None)

    def actor(self, actor_id: str) -> Actor | None:
        """The actor an id stands for, without any role (people get theirs from ``role_on``)."""
        entry = self.main(actor_id)
        if entry is None:
            return None
        kind = "country" if entry.kind == "seat" else entry.kind
        country = entry.country or (actor_id if kind == "country" else None)
        sector = entry.sector if kind in ("organization", "group") else None
        return Actor(actor_id, entry.name, kind, country, sector, kb=True)

    def role_on(self, person_id: str, date: str) -> Entry | None:
        """The person's row in force on ``date``: the latest-starting one of the highest file."""
        active = [r for r in self.rows.get(person_id, ()) if r.role and r.active(date)]
        if not active:
            return None
        return max(active, key=lambda r: (r.priority, _padded(r.start, "0000-01-01")))

    def all_roles_after(self, person_id: str, date: str) -> bool:
        """Whether every role of the person starts after ``date``: not yet anyone to name."""
        rows = [r for r in self.rows.get(person_id, ()) if r.role]
        return bool(rows) and all(r.start and _padded(r.start, "0000-01-01") > date for r in rows)

    def holders(self, role: str, country: str | None, date: str) -> list[str]:
        """People holding ``role`` for ``country`` on ``date`` (Iran's foreign minister)."""
        out = []
        for actor_id, rows in self.rows.items():
            if rows[0].kind != "person":
                continue
            row = self.role_on(actor_id, date)
            if row and row.role == role and (row.country == country or row.org == country):
                out.append(actor_id)
        return out

    def adjective(self, country: str | None) -> str | None:
        """'Syrian' for SYR, for labels such as 'Syrian opposition'."""
        return self.adjectives.get(country or "")

    def __len__(self) -> int:
        return len(self.rows)

    def counts(self) -> dict[str, int]:
        """How many actors (and places) of each kind."""
        counts: dict[str, int] = defaultdict(int)
        for actor_id in self.rows:
            entry = self.main(actor_id)
            counts["country" if entry.kind == "seat" else entry.kind] += 1
        return dict(counts)


# --- loading ----------------------------------------------------------------------------------
def _kind(row: dict[str, str]) -> str:
    kind = (row.get("kind") or "").strip().lower()
    if kind:
        return "organization" if kind == "organisation" else kind
    actor_id = row.get("id", "")
    for prefix, implied in (("person:", "person"), ("place:", "location"), ("group:", "group")):
        if actor_id.startswith(prefix):
            return implied
    return "organization"


def _entry(row: dict[str, str], priority: int) -> Entry | None:
    actor_id = (row.get("id") or "").strip()
    name = (row.get("name") or "").strip()
    if not actor_id or not name:
        return None
    aliases = row.get("aliases") or ""
    if isinstance(aliases, list):
        aliases = "|".join(aliases)

    def cell(key: str) -> str | None:
        value = (row.get(key) or "").strip()
        return value or None

    return Entry(actor_id, _kind(row), name, tuple(a.strip() for a in aliases.split("|") if a.strip()),
                 cell("country"), cell("org"), cell("role"), cell("sector"),
                 cell("start") or "", cell("end") or "", priority)


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of one CSV or JSON knowledge-base file; E030 when it cannot be read."""
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, list):
                raise ValueError("expected a list of objects")
            return [dict(item) for item in data]
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames or "id" not in reader.fieldnames or "name" not in reader.fieldnames:
                raise ValueError(f"the header must name the columns {','.join(COLUMNS)}")
            return list(reader)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise TimelineError("E030", f"cannot read knowledge-base file {path} ({exc})",
                            f"give a CSV with the columns {','.join(COLUMNS)}, "
                            "as described in timeline/actors/kb.py") from exc


def _lexicon(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@functools.lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> KnowledgeBase:
    entries: list[Entry] = []
    files = [(DATA / name, 0) for name in PACKAGE_FILES if (DATA / name).exists()]
    files += [(Path(p), i + 1) for i, p in enumerate(extra)]
    for path, priority in files:
        for row in read_rows(path):
            entry = _entry(row, priority)
            if entry:
                entries.append(entry)
    titles = {norm(r["title"]): Title(r["role"] or None, r["sector"] or None) for r in _lexicon("titles.csv")}
    sectors = {r["noun"].lower(): SectorNoun(r["sector"], r["refers"]) for r in _lexicon("sectors.csv")}
    adjectives = {}
    for row in _lexicon("country_extras.csv"):
        demonyms = [d for d in row["demonyms"].split("|") if d]
        if demonyms:
            adjectives[row["code"]] = demonyms[0]
    return KnowledgeBase(entries, titles, sectors, adjectives)


@functools.lru_cache(maxsize=1)
def relative_nouns() -> frozenset[str]:
    """Lemmas of nouns for someone's kin or counterpart: "X's father" is another person than X."""
    lines = (DATA / "relatives.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def load_kb(extra: tuple[Path, ...] | list[Path] = ()) -> KnowledgeBase:
    """The package's knowledge base plus the user's files (loaded once per set of paths)."""
    return _load(tuple(str(p) for p in extra))
