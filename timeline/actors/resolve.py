"""The resolution core: which actor a phrase refers to, as of a date, in a context.

``read`` is the one place where words become actors. ``resolve_phrase`` calls it on a typed
phrase split by a regular expression; ``find_mentions`` calls it on stretches of a parsed document
(a name with its titles and appositions, a noun phrase such as "Russian bombers"), with the
document's context (its main country) filled in. A phrase is cut into segments (knowledge-base
names, titles, sector nouns, modifiers, capitalised words), then read in this order: a person's
name with its descriptors; a sector noun ("the rebels", "government forces"); a title alone
("Iran's foreign minister"); a knowledge-base name ("Moscow", "the UN").
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from ..records import Actor
from .kb import KnowledgeBase, Name, SectorNoun, Title, norm, slug

#: Words before a title that change the role ("deputy foreign minister"); None: dropped.
MODIFIERS = {"deputy": "Deputy", "vice": "Vice", "former": "Former", "ex": "Former",
             "acting": "Acting", "interim": "Interim", "outgoing": None, "incoming": None,
             "then": None, "top": None, "senior": None, "new": None, "caretaker": "Caretaker",
             "his": None, "her": None, "their": None, "its": None}
#: A run of capitalised words containing one of these names an organisation.
ORG_WORDS = {"university", "institute", "institution", "foundation", "centre", "center", "council",
             "committee", "agency", "association", "party", "company", "corporation", "corp", "inc",
             "group", "bank", "fund", "organization", "organisation", "society", "school", "college",
             "academy", "ministry", "department", "office", "commission", "forum", "movement",
             "front", "union", "network", "service", "services", "news", "times", "post", "journal",
             "programme", "program", "trust", "watch", "observatory", "federation", "alliance",
             "brigade", "brigades", "battalion", "tank", "consultancy", "associates", "partners"}
CONNECTORS = {"of", "for", "and", "on", "the", "&", "de", "-"}
_NAME_PREFIX = re.compile(r"^(al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu|ben)-\w", re.I)
_PARTICLE = re.compile(r"^(al|el|bin|ibn|abu|de|da|di|van|von|der|la|le|du|ben|bint)$")
_TOKEN = re.compile(r"[’']s\b|\w(?:[\w\-]|\.(?=\w)|[’'](?!s\b)(?=\w))*\.?|[^\w\s]")
SECTOR_LABELS = {"GOV": "Government", "MIL": "Military", "REB": "Rebels", "OPP": "Opposition",
                 "COP": "Police", "JUD": "Judiciary", "LEG": "Legislature", "MED": "Media",
                 "BUS": "Business", "CVL": "Civilians", "IGO": "International organisation",
                 "NGO": "Non-governmental organisation", "REL": "Clergy"}


@dataclass(frozen=True)
class Tok:
    """A word with its character offsets in the text being read."""

    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Tok]:
    """Words of a typed phrase, as spaCy would keep names ("al-Jubeir", "U.S.").

    >>> [t.text for t in tokenize("Russia's deputy minister Adel al-Jubeir, U.S.")]
    ['Russia', "'s", 'deputy', 'minister', 'Adel', 'al-Jubeir', ',', 'U.S.']
    """
    return [Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@dataclass
class Seg:
    """A stretch of tokens ``[i, j)`` of one part, and what it is."""

    kind: str  # entity | title | sector | org | mod | cap | poss | word
    i: int
    j: int
    text: str
    names: list[Name] = field(default_factory=list)
    title: Title | None = None
    sector: SectorNoun | None = None


@dataclass
class Context:
    """What a document tells about its phrases: the date and its main country."""

    date: str
    story: str | None = None
    #: resolve_phrase: answer "the rebels" and "police" even with no country to anchor them.
    unanchored: bool = False
    #: People the document names, by surname: "the Castro government" is Castro's country.
    people: dict[str, Actor] = field(default_factory=dict)


@dataclass(frozen=True)
class Reading:
    """What a phrase refers to: the actor (or a place), the reference's sector, its head token."""

    actor: Actor
    sector: str | None = None
    head: int | None = None  # token index in the first part


@dataclass
class Descriptor:
    """What the words around a name say about it: whom it acts for, its role and sector."""

    affiliation: Actor | None = None
    role: str | None = None
    sector: str | None = None
    place: str | None = None  # country of a place named ("rebels in Aleppo")
    opposition: bool = False
    country_noun: SectorNoun | None = None
    #: A person is named ("the Castro regime"): never fall back on the story's country.
    person_named: bool = False


# --- segmenting --------------------------------------------------------------------------------
def _is_cap(word: str) -> bool:
    return word[:1].isupper() or bool(_NAME_PREFIX.match(word))


def segment(toks: list[Tok], text: str, kb: KnowledgeBase) -> list[Seg]:
    """Cut a part into segments, longest knowledge-base or lexicon match first."""
    segs: list[Seg] = []
    i = 0
    while i < len(toks):
        seg = _longest(toks, i, text, kb) or _single(toks, i)
        segs.append(seg)
        i = seg.j
    return segs


def _longest(toks: list[Tok], i: int, text: str, kb: KnowledgeBase) -> Seg | None:
    if toks[i].text in ("the", "The") and i + 1 < len(toks) and _org_run(toks, i + 1):
        return None  # "the Stockholm Peace Institute" is read from "Stockholm"
    org_end = _org_run(toks, i)
    org_text = text[toks[i].start:toks[org_end - 1].end] if org_end else ""
    if org_end and not _is_org(toks, i, org_end, text, kb):
        org_end = None
    for n in range(min(kb.max_tokens, len(toks) - i), 0, -1):
        span = text[toks[i].start:toks[i + n - 1].end]
        if org_end and org_end - i >= n:
            return Seg("org", i, org_end, org_text)
        names = kb.names(span)
        if names:
            return Seg("entity", i, i + n, span, names=names)
        title = kb.title(span)
        if title is not None and not (n == 1 and toks[i].text.isupper() and len(toks[i].text) > 3):
            return Seg("title", i, i + n, span, title=title)
        sector = kb.sector_noun(span)
        if sector is not None:
            return Seg("sector", i, i + n, span, sector=sector)
    return None


def _is_org(toks: list[Tok], i: int, end: int, text: str, kb: KnowledgeBase) -> bool:
    """Not 'State Department' (a name we know, also after 'Replied'), not 'Soviet Foreign Ministry'."""
    tail = text[toks[end - 1].start:toks[end - 1].end]
    whole = text[toks[i].start:toks[end - 1].end]
    if kb.sector_noun(whole) or kb.title(whole):  # "Foreign Ministry", "Supreme Court"
        return False
    for k in range(i, end):
        rest = text[toks[k].start:toks[end - 1].end]
        if kb.names(rest):
            return False
        if k > i and kb.names(text[toks[i].start:toks[k - 1].end]) and (
                kb.sector_noun(rest) or kb.title(rest)):
            return False
    return bool(tail)


def _org_run(toks: list[Tok], i: int) -> int | None:
    """End of a run of capitalised words naming an organisation ("University of Oxford")."""
    if not toks[i].text[:1].isupper():
        return None
    j, last_cap, has_org_word = i, i, False
    while j < len(toks) and (toks[j].text[:1].isupper() or toks[j].text.lower() in CONNECTORS):
        if toks[j].text[:1].isupper():
            last_cap = j
            has_org_word |= toks[j].text.lower() in ORG_WORDS
        j += 1
    end = last_cap + 1
    return end if has_org_word and end - i >= 2 else None


def _single(toks: list[Tok], i: int) -> Seg:
    word = toks[i].text
    low = word.lower()
    if low in ("'s", "’s", "'"):
        kind = "poss"
    elif low in MODIFIERS:
        kind = "mod"
    elif _is_cap(word) or (_PARTICLE.match(low) and i + 1 < len(toks) and _is_cap(toks[i + 1].text)):
        kind = "cap"
    elif word in ("-",) and 0 < i < len(toks) - 1:
        kind = "cap" if _is_cap(toks[i - 1].text) and _is_cap(toks[i + 1].text) else "word"
    else:
        kind = "word"
    return Seg(kind, i, i + 1, word)


# --- reading -----------------------------------------------------------------------------------
def read(parts: list[list[Tok]], text: str, kb: KnowledgeBase, ctx: Context, *,
         name: tuple[int, int] | None = None, head: int | None = None, locative: bool = False,
         organization: bool = False) -> Reading | None:
    """What ``parts`` (the phrase, then descriptors such as an apposition) refer to.

    ``name`` is the token range of a person's name in the first part when the caller knows it
    (from the parser); ``head`` a sector noun's token; ``locative`` says a seat of power is used
    as a place ("in Moscow"); ``organization`` that an unknown name is an organisation.
    """
    if not parts or not parts[0]:
        return None
    if organization:
        return _organization(parts[0], text, kb, locative)
    main = segment(parts[0], text, kb)
    rest = [seg for part in parts[1:] for seg in segment(part, text, kb)]
    name_segs = _name_segments(main, name)
    if name_segs:
        others = [s for s in main if s not in name_segs] + rest
        name_text = text[parts[0][name_segs[0].i].start:parts[0][name_segs[-1].j - 1].end]
        actor = person(name_text, describe(others, kb, ctx), kb, ctx,
                       known=[s for s in name_segs if s.kind == "entity"])
        return Reading(actor, actor.sector, name_segs[-1].j - 1) if actor else None
    sectors = [s for s in main if s.kind == "sector" and (head is None or s.i <= head < s.j)]
    if sectors:
        return generic(sectors[-1], describe([s for s in main if s is not sectors[-1]] + rest, kb, ctx),
                       kb, ctx)
    titles = [s for s in main if s.kind == "title"]
    if titles:
        return _title_alone(titles[-1], describe(main + rest, kb, ctx), kb, ctx)
    entities = [s for s in main if s.kind == "entity"]
    if entities:
        return _entity(entities[-1], kb, locative)
    orgs = [s for s in main if s.kind == "org"]
    if orgs:
        return Reading(_new_org(orgs[-1].text, kb), None, orgs[-1].j - 1)
    return None


def _organization(toks: list[Tok], text: str, kb: KnowledgeBase, locative: bool) -> Reading:
    """A name the caller knows is an organisation: the knowledge base's, else a new one."""
    span = text[toks[0].start:toks[-1].end]
    names = kb.names(span)
    if names:
        return _entity(Seg("entity", 0, len(toks), span, names=names), kb, locative)
    return Reading(_new_org(span, kb), None, len(toks) - 1)


def _new_org(label: str, kb: KnowledgeBase) -> Actor:
    """An organisation the knowledge base lacks; a leading country name gives its country."""
    label = re.sub(r"^[Tt]he\s+", "", label)
    words = label.split()
    country = None
    for n in range(min(3, len(words) - 1), 0, -1):
        hits = kb.names(" ".join(words[:n]))
        if hits and hits[0].entry.kind == "country":
            country = hits[0].entry.id
            break
    return Actor(f"org:{slug(label)}", label, "organization", country)


def _name_segments(main: list[Seg], name: tuple[int, int] | None) -> list[Seg]:
    if name is not None:
        return [s for s in main if s.i < name[1] and s.j > name[0]]
    people = [s for s in main if s.kind == "entity" and s.names[0].entry.kind == "person"]
    if people:
        return people[-1:]
    run: list[Seg] = []
    for seg in reversed(main):
        if seg.kind != "cap":
            break
        run.insert(0, seg)
    while run and _PARTICLE.match(run[-1].text.lower()):
        run.pop()
    return run


def describe(segs: list[Seg], kb: KnowledgeBase, ctx: Context) -> Descriptor:
    """Affiliation, role and sector from the words around a name or a sector noun."""
    desc = Descriptor()
    prefix: list[str] = []
    title: Title | None = None
    for seg in segs:
        if seg.kind == "entity":
            entry = seg.names[0].entry
            if entry.kind == "location":
                desc.place = desc.place or entry.country
            elif entry.kind == "person" and desc.affiliation is None:
                desc.affiliation = _home(entry.id, kb, ctx)
                desc.person_named = True
            elif desc.affiliation is None:
                desc.affiliation = kb.actor(entry.id)
        elif seg.kind == "cap" and desc.affiliation is None and (
                norm(seg.text) in ctx.people or kb.surname(seg.text)):
            known = ctx.people.get(norm(seg.text)) or person(seg.text, Descriptor(), kb, ctx)
            desc.person_named |= known is not None  # "the Assad regime", "the Castro government"
            desc.affiliation = _actor_of(known.affiliation, kb) if known and known.affiliation else None
        elif seg.kind == "org" and desc.affiliation is None:
            desc.affiliation = _new_org(seg.text, kb)
        elif seg.kind == "title" and seg.title.role is not None:
            title = seg.title
        elif seg.kind == "mod" and MODIFIERS[seg.text.lower()] and title is None:
            prefix.append(MODIFIERS[seg.text.lower()])
        elif seg.kind == "sector":
            if seg.sector.refers == "opposition":
                desc.opposition = True
            else:
                desc.country_noun = seg.sector
    if title is not None:
        desc.role = " ".join([*prefix, title.role]) if title.role else None
        desc.sector = title.sector
    affiliation = desc.affiliation
    if desc.opposition and (affiliation is None or affiliation.kind == "country"):
        desc.affiliation = opposition(affiliation.id if affiliation else desc.place or ctx.story, kb)
    elif affiliation is None and desc.country_noun and (desc.place or ctx.story):
        desc.affiliation = kb.actor(desc.place or ctx.story)  # "a government spokesman"
        desc.sector = desc.sector or desc.country_noun.sector
    if desc.sector is None and desc.country_noun is not None and desc.affiliation is not None:
        desc.sector = desc.country_noun.sector  # "Soviet Foreign Ministry spokesman"
    if desc.sector is None and desc.affiliation is not None and desc.affiliation.kind != "country":
        desc.sector = desc.affiliation.sector
    return desc


def _actor_of(actor_id: str, kb: KnowledgeBase) -> Actor | None:
    """The actor of an id: the knowledge base's, or a name made from the text (org:, group:)."""
    known = kb.actor(actor_id)
    if known is not None or ":" not in actor_id:
        return known
    if actor_id.endswith("-opposition"):
        return opposition(actor_id.split(":", 1)[1].split("-")[0], kb)
    kind = "organization" if actor_id.startswith("org:") else "group"
    return Actor(actor_id, actor_id.split(":", 1)[1].replace("-", " "), kind)


def _home(person_id: str, kb: KnowledgeBase, ctx: Context) -> Actor | None:
    """What a knowledge-base person acts for on the date ("Putin's government" -> Russia)."""
    home = kb_person(person_id, Descriptor(), kb, ctx.date).affiliation
    return kb.actor(home) if home else None


def person(name: str, desc: Descriptor, kb: KnowledgeBase, ctx: Context, *,
           known: list[Seg] = ()) -> Actor | None:
    """A person by name: the knowledge base's as of the date, else one made from the text."""
    ids = list(dict.fromkeys(n.entry.id for seg in known for n in seg.names if n.entry.kind == "person"))
    if not ids:
        ids = list(dict.fromkeys(n.entry.id for n in kb.names(name) if n.entry.kind == "person"))
    words = norm(name).split()
    content = [w for w in words if not _PARTICLE.match(w)]
    if not ids and len(content) == 1:
        ids = sorted(kb.surname(content[0]))  # "Kerry", "bin Laden"
    elif not ids and content:  # "Abd-Rabbu Mansour Hadi" for "Mansour Hadi": surname and a name
        ids = sorted(i for i in kb.surname(content[-1])
                     if set(norm(kb.main(i).name).split()) & set(content[:-1]))
        if not ids and desc.affiliation is not None and desc.role:  # spelt otherwise, same office
            ids = sorted(i for i in kb.surname(content[-1]) if _holds(kb, i, desc, ctx.date))
    # never someone whose every role begins after the article: "Mr. Bush" in 1991 is not
    # George W. Bush
    ids = [i for i in ids if not kb.all_roles_after(i, ctx.date)]
    if len(ids) > 1:
        active = [i for i in ids if kb.role_on(i, ctx.date)]
        ids = active or ids
        if desc.affiliation is not None:
            ids = [i for i in ids if desc.affiliation.id in _homes(kb, i)] or ids
    if ids:
        return kb_person(ids[0], desc, kb, ctx.date)
    if len(words) < 2 and desc.affiliation is None and desc.role is None:
        return None
    label = re.sub(r"\s+", " ", name).strip()
    affiliation = desc.affiliation
    return Actor(f"person:{slug(label)}", label, "person", _country_of(affiliation),
                 desc.sector, desc.role, affiliation.id if affiliation else None)


def _holds(kb: KnowledgeBase, person_id: str, desc: Descriptor, date: str) -> bool:
    row = kb.role_on(person_id, date)
    return bool(row and row.role == desc.role and desc.affiliation.id in (row.country, row.org))


def _homes(kb: KnowledgeBase, person_id: str) -> set[str]:
    return {x for row in kb.rows.get(person_id, ()) for x in (row.country, row.org) if x}


def kb_person(person_id: str, desc: Descriptor, kb: KnowledgeBase, date: str) -> Actor:
    """A knowledge-base person with the role in force on ``date``, else what the text says."""
    main = kb.main(person_id)
    row = kb.role_on(person_id, date)
    if row is not None:
        return Actor(person_id, main.name, "person", row.country, row.sector, row.role,
                     row.org or row.country, kb=True)
    latest = max(kb.rows[person_id], key=lambda r: r.start or "")
    affiliation = desc.affiliation.id if desc.affiliation else (latest.country or latest.org)
    country = _country_of(desc.affiliation) if desc.affiliation else latest.country
    return Actor(person_id, main.name, "person", country, desc.sector, desc.role, affiliation, kb=True)


def _country_of(actor: Actor | None) -> str | None:
    return actor.country if actor else None


def opposition(country: str | None, kb: KnowledgeBase) -> Actor | None:
    """The generic opposition group of a country ("the rebels" in a Syria story)."""
    if country is None:
        return Actor("group:opposition", "Opposition", "group", None, "OPP")
    adjective = kb.adjective(country) or (kb.actor(country).label if kb.actor(country) else country)
    return Actor(f"group:{country}-opposition", f"{adjective} opposition", "group", country, "OPP")


def generic(seg: Seg, desc: Descriptor, kb: KnowledgeBase, ctx: Context) -> Reading | None:
    """A sector noun: the country's actor with a sector, or the country's opposition group."""
    noun = seg.sector
    named = desc.affiliation
    if named is not None and named.kind == "group" and not named.id.endswith("-opposition"):
        return Reading(named, noun.sector, seg.j - 1)
    if noun.refers == "opposition" or desc.opposition:
        if named is not None and named.id.endswith("-opposition"):
            return Reading(named, noun.sector, seg.j - 1)
        country = (named.id if named and named.kind == "country" else None) or desc.place or ctx.story
        if country is None and not ctx.unanchored:
            return None
        sector = noun.sector if noun.refers == "opposition" else "OPP"
        return Reading(opposition(country, kb), sector, seg.j - 1)
    if named is not None:
        return Reading(named, noun.sector, seg.j - 1)
    if noun.refers == "named" or desc.person_named:
        return None
    country = desc.place or ctx.story
    if country is not None:
        return Reading(kb.actor(country), noun.sector, seg.j - 1)
    if ctx.unanchored:
        label = SECTOR_LABELS.get(noun.sector, noun.sector)
        return Reading(Actor(f"group:{noun.sector}", label, "group", None, noun.sector),
                       noun.sector, seg.j - 1)
    return None


def _title_alone(seg: Seg, desc: Descriptor, kb: KnowledgeBase, ctx: Context) -> Reading | None:
    """'Iran's foreign minister': the person holding it on the date, else the country (GOV)."""
    if desc.affiliation is None:
        return None
    if desc.role:
        holders = kb.holders(desc.role, desc.affiliation.id, ctx.date)
        if len(holders) == 1:
            actor = kb_person(holders[0], desc, kb, ctx.date)
            return Reading(actor, actor.sector, seg.j - 1)
    return Reading(desc.affiliation, desc.sector, seg.j - 1)


def _entity(seg: Seg, kb: KnowledgeBase, locative: bool) -> Reading:
    entry = seg.names[0].entry
    if entry.kind == "location" or (entry.kind == "seat" and locative):
        return Reading(Actor(entry.id if entry.kind == "location" else f"place:{slug(seg.text)}",
                             seg.text, "location", entry.country), None, seg.j - 1)
    actor = kb.actor(entry.id)
    return Reading(actor, entry.sector if entry.kind == "seat" else None, seg.j - 1)


def with_sector(actor: Actor, sector: str | None) -> Actor:
    """The actor as the phrase presents it (``police`` -> the country's actor with COP)."""
    return dataclasses.replace(actor, sector=sector) if sector and sector != actor.sector else actor
