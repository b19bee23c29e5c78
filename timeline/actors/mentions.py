"""Actor mentions in a parsed document: where the words are, read by the core in ``resolve``.

The parse decides which words belong together (a name with its titles and appositions, a noun
with its modifiers); ``resolve.read`` decides what they refer to. The document adds context: its
main country (for "the regime" or "the rebels"), the people it has named (for "Kerry" after "John
Kerry", "He" after "Turkish President Recep Tayyip Erdogan").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from ..nlp import doc_text, sentence_start
from ..records import Actor, Mention
from .kb import KnowledgeBase, norm, relative_nouns, slug
from .resolve import Context, Reading, Tok, _actor_of, read

#: Prepositions before which a capital is a place ("talks in Moscow"), not the state acting.
LOCATIVE = {"in", "at", "near", "from", "to", "into", "inside", "outside", "across", "around",
            "throughout", "via", "toward", "towards", "within", "outside of", "across"}
#: Dependencies that keep a word inside the noun phrase of the noun it modifies.
NP_DEPS = {"compound", "amod", "poss", "nmod", "case", "det", "nummod", "quantmod", "npadvmod",
           "advmod", "punct"}
#: How far back a pronoun looks for the person it stands for, in sentences.
PRONOUN_REACH = 5


@dataclass
class _Found:
    start: int  # token indices [start, end) of the mention
    end: int
    head: int
    reading: Reading


def find_mentions(sdoc, *, doc_id: str, date: str | None, kb: KnowledgeBase) -> list[Mention]:
    """Actor mentions in a spaCy Doc of the document's text, one per actor-referring phrase."""
    ctx = Context(date or dt.date.today().isoformat())
    toks = [Tok(t.text, t.idx, t.idx + len(t.text)) for t in sdoc]
    text = doc_text(sdoc)
    spans = _kb_spans(sdoc, toks, kb)
    _free_organization_names(sdoc, spans, kb)
    ctx.story = _story_country(sdoc, spans)
    used = [False] * len(sdoc)
    found = _people(sdoc, toks, spans, kb, ctx, used)
    ctx.people = {norm(f.reading.actor.label).split()[-1]: f.reading.actor
                  for f in found if f.reading.actor.kind == "person" and f.reading.actor.label}
    found += _sector_phrases(sdoc, toks, spans, kb, ctx, used)
    found += _names(sdoc, toks, spans, kb, ctx, used)
    found += _organizations(sdoc, toks, kb, ctx, used, spans)
    found = _acronyms(sdoc, found)
    found += _pronouns(sdoc, found)
    found = _possessed(sdoc, found, kb)
    canonical: dict[str, Actor] = {}
    for item in sorted(found, key=lambda f: f.start):
        canonical.setdefault(item.reading.actor.id, item.reading.actor)
    mentions = []
    for item in sorted(found, key=lambda f: f.start):
        actor = canonical[item.reading.actor.id]
        if not actor.is_actor:
            continue
        first, last, head = sdoc[item.start], sdoc[item.end - 1], sdoc[item.head]
        end = last.idx + len(last.text)
        sector = item.reading.sector if item.reading.sector != actor.sector else None
        mentions.append(Mention(doc_id, first.idx, end, text[first.idx:end], actor, sector,
                                head.idx, head.idx + len(head.text)))
    return mentions


def place_actors(sdoc, *, kb: KnowledgeBase) -> dict[int, Actor]:
    """The country of each token that names a known place ("Moscow", "Munich", "Aleppo"), by
    token index: where an event happens is no actor, but a visit there is a visit to its
    country."""
    toks = [Tok(t.text, t.idx, t.idx + len(t.text)) for t in sdoc]
    out: dict[int, Actor] = {}
    for start, (end, entry) in _kb_spans(sdoc, toks, kb).items():
        code = entry.country or (entry.id if entry.kind == "country" else None)
        actor = kb.actor(code) if code and entry.kind in ("seat", "location", "country") else None
        if actor is not None:
            out.update(dict.fromkeys(range(start, end), actor))
    return out


# --- knowledge-base names ----------------------------------------------------------------------
def _kb_spans(sdoc, toks: list[Tok], kb: KnowledgeBase) -> dict[int, tuple[int, object]]:
    """Longest knowledge-base names, by start token: start -> (end, entry of the best hit).

    Found once per document and knowledge base; each caller gets its own copy to edit."""
    key = ("timeline_kb_spans", id(kb))
    if key not in sdoc.user_data:
        sdoc.user_data[key] = _find_kb_spans(sdoc, toks, kb)
    return dict(sdoc.user_data[key])


def _find_kb_spans(sdoc, toks: list[Tok], kb: KnowledgeBase) -> dict[int, tuple[int, object]]:
    spans = {}
    i = 0
    text = doc_text(sdoc)
    while i < len(toks):
        hit = None
        for n in range(min(kb.max_tokens, len(toks) - i), 0, -1):
            last = sdoc[i + n - 1]
            if last.is_space or sdoc[i].is_space or last.is_punct or last.tag_ == "POS":
                continue
            names = kb.names(text[toks[i].start:toks[i + n - 1].end])
            if names and not (n == 1 and sdoc[i].pos_ in ("VERB", "AUX") and not sdoc[i].is_upper):
                hit = (i + n, names[0].entry)
                break
        if hit and hit[1].kind in ("organization", "group") and _inside_longer_name(sdoc, i, spans, kb):
            hit = None  # "National Security Council", "Peace and Security Council": not the UN's
        if hit:
            start = i + 1 if sdoc[i].lower_ == "the" else i
            spans[start] = hit
            i = hit[0]
        else:
            i += 1
    return spans


def _free_organization_names(sdoc, spans, kb: KnowledgeBase) -> None:
    """A country's adjective opening a longer organisation name ("the ruling Georgian Dream
    party", "the Russian Orthodox Church") is part of that name, not the country."""
    for ent in sdoc.ents:
        if ent.label_ != "ORG":
            continue
        start = ent.start + (1 if sdoc[ent.start].lower_ == "the" else 0)
        known = spans.get(start)
        if known is None or known[1].kind != "country" or known[0] >= ent.end:
            continue
        rest = sdoc[known[0]:ent.end]
        if all(t.is_alpha and t.text[:1].isupper() and not kb.title(t.text)
               and not kb.sector_noun(t.text) and t.i not in spans for t in rest):
            del spans[start]


def _inside_longer_name(sdoc, i: int, spans, kb: KnowledgeBase) -> bool:
    """Do capitalised words that are no name of their own run on into token ``i``'s name?"""
    j = i - 1
    if j >= 0 and sdoc[j].lower_ in ("and", "of", "for", "&") and j > sentence_start(sdoc, j):
        j -= 1  # "Peace and Security Council"
    if j < 0 or j == sentence_start(sdoc, i) and j != i - 1 or sdoc[j].is_sent_start:
        return False
    word = sdoc[j]
    covered = any(start <= j < end for start, (end, _) in spans.items())
    return (word.is_alpha and word.text[:1].isupper() and not word.is_upper and not covered
            and not kb.names(word.text) and not kb.title(word.text))


def _story_country(sdoc, spans) -> str | None:
    """The country the story is about: mentions, with places of events counting more."""
    score: Counter[str] = Counter()
    order: dict[str, int] = {}
    for start, (end, entry) in spans.items():
        if entry.kind not in ("country", "seat", "location") or not entry.country:
            continue
        weight = 1 if entry.kind != "location" else 2
        if entry.kind != "location" and _locative(sdoc, start):
            weight += 2
        score[entry.country] += weight
        order.setdefault(entry.country, start)
    if not score:
        return None
    return max(score, key=lambda c: (score[c], -order[c]))


def _locative(sdoc, start: int, end: int | None = None) -> bool:
    """A place, not an actor: 'in Nairobi', 'in Nairobi and Dar es Salaam', 'NAIROBI, Kenya'."""
    j = start - 1
    if j >= 0 and sdoc[j].lower_ == "the":
        j -= 1
    if j >= 0 and sdoc[j].lower_ in LOCATIVE and sdoc[j].pos_ == "ADP":
        return True
    end = end or start + 1
    root = sdoc[_root(sdoc, start, end)]
    if sdoc[start].is_upper and len(sdoc[start:end].text) > 4:
        return True  # a dateline
    root = _first_conjunct(root)
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE


def _first_conjunct(token):
    """The first of the coordinated words ``token`` is one of ("Nairobi and Dar es Salaam")."""
    for _ in range(4):
        if token.dep_ != "conj" or token.head.i == token.i:
            break
        token = token.head
    return token


def _names(sdoc, toks, spans, kb, ctx, used) -> list[_Found]:
    """Countries, organisations, groups and seats of power named outright."""
    out = []
    for start, (end, entry) in spans.items():
        if entry.kind in ("person", "location") or any(used[start:end]):
            continue
        reading = read([toks[start:end]], doc_text(sdoc), kb, ctx, locative=_locative(sdoc, start, end))
        if reading and reading.actor.is_actor:
            out.append(_Found(start, end, _root(sdoc, start, end), reading))
            _use(used, start, end)
    return out


def _root(sdoc, start: int, end: int) -> int:
    """The token of ``[start, end)`` whose syntactic head lies outside it."""
    for i in range(start, end):
        if not start <= sdoc[i].head.i < end or sdoc[i].head.i == i:
            return i
    return end - 1


def _use(used: list[bool], start: int, end: int) -> None:
    for i in range(start, end):
        used[i] = True


# --- people ------------------------------------------------------------------------------------
def _people(sdoc, toks, spans, kb, ctx, used) -> list[_Found]:
    """Named people with their titles and appositions, then short names and aliases."""
    found: list[_Found] = []
    for start, end in _person_names(sdoc, spans, kb):
        if any(used[start:end]):
            continue
        item = _person(sdoc, toks, start, end, kb, ctx, used)
        if item:
            found.append(item)
    found = _merge_aliases(sdoc, found, kb, ctx)
    return found + _surnames(sdoc, found, spans, used)


def _person_names(sdoc, spans, kb) -> list[tuple[int, int]]:
    names: dict[int, int] = {}
    for ent in sdoc.ents:
        start, end = ent.start, ent.end
        while start < end and (kb.title(sdoc[start].text) or sdoc[start].is_punct or sdoc[start].lower_ == "the"):
            start += 1
        while end > start and (sdoc[end - 1].tag_ == "POS" or sdoc[end - 1].is_punct):
            end -= 1
        if start >= end:
            continue
        known = spans.get(start)
        if known and known[0] == end and known[1].kind != "person":
            continue  # "Aleppo" tagged PERSON: the knowledge base knows better
        if any(s <= start and end <= e and (s, e) != (start, end)
               and entry.kind in ("organization", "group", "location", "seat")
               for s, (e, entry) in spans.items()):
            continue  # "[Hayat] Tahrir al-Sham" tagged PERSON inside the group's name
        if ent.label_ == "PERSON" and _no_person(sdoc, start, end, spans):
            continue
        if ent.label_ == "PERSON" or (ent.label_ in ("ORG", "GPE", "NORP") and _titled(sdoc, start, end, kb)):
            names[start] = end
    for start, (end, entry) in spans.items():
        if entry.kind != "person":
            continue
        overlapping = [s for s, e in names.items() if s < end and start < e]
        if all(s >= start and names[s] <= end for s in overlapping):
            for s in overlapping:  # "Ursula von der" + "Leyen": the knowledge base's whole name
                del names[s]
            names[start] = end
    for start in sorted(names, reverse=True):  # "Abd-Rabbu" + "Mansour Hadi": one name
        end = names[start]
        if end in names and sdoc[end - 1].whitespace_ in ("", " ") and not sdoc[end - 1].is_punct:
            names[start] = names.pop(end)
    for token in sdoc:  # a surname alone that the parser missed ("Kerry voted ...")
        i = token.i
        if (token.pos_ == "PROPN" and token.ent_type_ in ("", "PERSON", "ORG", "GPE") and kb.surname(token.text)
                and not kb.title(token.text) and i not in spans
                and not any(s <= i < e for s, e in names.items())
                and not (i > 0 and sdoc[i - 1].pos_ == "PROPN")
                and not (i + 1 < len(sdoc) and sdoc[i + 1].pos_ == "PROPN")):
            names[i] = i + 1
    return sorted(names.items())


#: Nouns of places: an unknown name of one ("the village of Gashalti") is a place.
_PLACE_NOUNS = frozenset(["village", "town", "city", "region", "province", "district", "area",
                          "capital", "station", "neighbourhood", "neighborhood", "suburb", "port",
                          "island", "county", "municipality", "settlement", "camp", "enclave",
                          "border", "street", "square", "valley", "river", "airport", "base"])
#: Last words of names of buildings and venues: places, not organisations.
_BUILDINGS = frozenset(["hall", "hotel", "stadium", "arena", "mall", "airport", "square",
                        "station", "bridge", "palace", "tower", "theatre", "theater", "market",
                        "port", "harbour", "harbor", "camp", "prison", "jail", "hospital", "park"])
#: Prepositions after which an unknown name is a place ("near Stepanakert"), not a person.
_AT_PLACE = frozenset(["in", "near", "at", "outside", "inside", "around", "across", "throughout",
                       "into", "toward", "towards", "within", "via", "through"])


def _no_person(sdoc, start: int, end: int, spans, *, organization: bool = False) -> bool:
    """An unknown name the parser calls a person or an organisation that is a place or a
    modifier: "near Stepanakert", "the village of Gashalti", "the Pushkinskaya metro station",
    "Sikh groups"."""
    if any(s <= start < e for s, (e, _) in spans.items()):
        return False
    root = sdoc[_root(sdoc, start, end)]
    if any(c.tag_ == "POS" for c in root.children) or sdoc[end - 1].tag_ == "POS":
        return False  # "in Smith's words"
    if organization and sdoc[end - 1].lemma_.lower() in _BUILDINGS:
        return True  # "Crocus City Hall", "the Serena Hotel": a place, however named
    root = _first_conjunct(root)  # "in Tessalit and Aguelhok": the conjunct's place is the first's
    if root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN" and (
            not organization or root.head.lemma_.lower() in _PLACE_NOUNS):
        return True  # "Sikh groups", "the Pushkinskaya metro station"; not "the X party"
    if root.dep_ == "pobj" and root.head.lower_ in _AT_PLACE and not organization:
        return True  # "near Stepanakert"; but "analysts at the Brookings Institution"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _PLACE_NOUNS:
        return True
    return root.dep_ == "appos" and root.head.lemma_.lower() in _PLACE_NOUNS


def _titled(sdoc, start: int, end: int, kb) -> bool:
    """An entity that is a person by its apposition ("the opposition representative, Riyad Hijab")."""
    head = sdoc[_root(sdoc, start, end)]
    if not all(t.text[:1].isupper() for t in sdoc[start:end]) or end - start < 2:
        return False
    if head.dep_ == "appos" and kb.title(head.head.text):
        return True
    return start > 0 and bool(kb.title(sdoc[start - 1].text)) and sdoc[start - 1].head.i == head.i


def _person(sdoc, toks, start, end, kb, ctx, used) -> _Found | None:
    head = sdoc[_root(sdoc, start, end)]
    first = _np_start(sdoc, head, start)
    parts = [toks[first:end]]
    span_start, span_head = first, head.i
    if head.dep_ == "appos" and kb.title(head.head.text) and head.head.i < start:
        noun = head.head  # "the main opposition representative, Riyad Hijab"
        span_start, span_head = _np_start(sdoc, noun, noun.i), noun.i
        parts.append(toks[span_start:noun.i + 1])
    for child in head.rights:
        if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in ("of", "from")):
            sub = list(child.subtree)  # its own names stay mentions ("head of Cuba's assembly")
            parts.append(toks[sub[0].i:sub[-1].i + 1])
    reading = read(parts, doc_text(sdoc), kb, ctx, name=(start - first, end - first))
    if reading is None:
        reading = Reading(Actor("", sdoc[start:end].text, "unresolved"), None)
    _use(used, span_start, end)
    return _Found(span_start, end, span_head, reading)


def _np_start(sdoc, head, limit: int) -> int:
    """First token of the modifiers left of ``limit`` in ``head``'s phrase, no article or adverb."""
    first = limit
    for j in range(limit - 1, sentence_start(sdoc, head.i) - 1, -1):
        token = sdoc[j]
        if token.pos_ in ("VERB", "AUX") or token.is_space or not _inside(token, head):
            break
        if token.is_punct and token.tag_ != "HYPH" and token.text != "'s":
            break
        first = j
    while first < limit and (sdoc[first].pos_ in ("DET", "ADV", "CCONJ", "PUNCT", "ADP")
                             or sdoc[first].lower_ in ("his", "her", "their", "its")):
        first += 1
    return first


def _inside(token, head) -> bool:
    """Whether ``token`` hangs from ``head`` through noun-phrase dependencies only."""
    node = token
    for _ in range(12):
        if node.i == head.i:
            return True
        if node.dep_ not in NP_DEPS | {"prep", "pobj"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def _merge_aliases(sdoc, found: list[_Found], kb, ctx) -> list[_Found]:
    """One actor per person in a document: "Kerry", "John F. Kerry" stand for "John Kerry"."""
    found = sorted(found, key=lambda f: f.start)
    canonical: dict[str, Actor] = {}  # actor id -> the actor it is merged into
    for item in found:
        actor = item.reading.actor
        if actor.kind == "person" and len(_words(actor.label)) > 1 and actor.id not in canonical:
            twin = next((c for c in canonical.values() if _same_person(c, actor)), None)
            canonical[actor.id] = twin or actor
    for item in found:  # the text may give the affiliation at any mention
        actor = item.reading.actor
        merged = canonical.get(actor.id)
        if merged is not None and merged.affiliation is None and actor.affiliation is not None:
            better = dataclasses.replace(merged, affiliation=actor.affiliation, country=actor.country,
                                         role=merged.role or actor.role,
                                         sector=merged.sector or actor.sector)
            canonical = {k: better if v.id == merged.id else v for k, v in canonical.items()}
    people = list({a.id: a for a in canonical.values()}.values())
    surnames: dict[str, Actor] = {}
    given: dict[str, list[Actor]] = {}
    for actor in people:
        words = _words(actor.label)
        surnames.setdefault(words[-1], actor)
        given.setdefault(words[0], []).append(actor)
    named = [(item.end, canonical[item.reading.actor.id]) for item in found
             if item.reading.actor.id in canonical and not _bare_surname(sdoc, item, kb)]
    out = []
    for item in found:
        actor = item.reading.actor
        bare = _bare_surname(sdoc, item, kb)
        latest = _latest_named(named, bare, item.start) if bare else None
        if latest is not None and actor.kind in ("person", "unresolved"):
            actor = latest  # "Gonzalez" after "Elian Gonzalez" and then "Juan Gonzalez": Juan
        elif actor.kind in ("person", "unresolved") and len(_words(actor.label)) == 1:
            word = _words(actor.label)[0]
            known = surnames.get(word) or (given[word][0] if len(given.get(word, ())) == 1 else None)
            if known is not None:
                actor = known
            elif actor.kind == "unresolved":
                actor = Actor(f"person:{slug(actor.label)}", actor.label, "person")
        elif actor.kind == "unresolved":
            actor = Actor(f"person:{slug(actor.label)}", actor.label, "person")
        actor = canonical.get(actor.id, actor)
        out.append(_Found(item.start, item.end, item.head, Reading(actor, item.reading.sector)))
    return out


def _possessed(sdoc, found: list[_Found], kb: KnowledgeBase) -> list[_Found]:
    """ "his troops", "her government": the forces of the person last named, not the story's
    country."""
    people = sorted(((f.start, f.reading.actor) for f in found if f.reading.actor.kind == "person"),
                    key=lambda p: p[0])
    out = []
    for item in found:
        head = sdoc[item.head]
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her")),
                     None)
        actor = item.reading.actor
        if owner is not None and actor.kind == "country" and kb.sector_noun(head.text):
            before = [a for start, a in people if start < owner.i]
            code = (before[-1].affiliation or before[-1].country) if before else None
            country = kb.actor(code) if code else None
            if country is not None and country.kind == "country" and country.id != actor.id:
                item = _Found(item.start, item.end, item.head, Reading(country, item.reading.sector))
        out.append(item)
    return out


#: Words an acronym skips: "Forces for the Liberation of X" is FLX.
_MINOR_WORDS = frozenset(["of", "the", "for", "and", "de", "du", "des", "la", "le", "el", "al",
                          "in", "on", "&"])


def initials(label: str) -> str:
    """The acronym of a name.

    >>> initials("Rapid Support Forces"), initials("Forces for the Liberation of Rwanda")
    ('RSF', 'FLR')
    """
    words = re.findall(r"[A-Za-z][\w'-]*", label)
    return "".join(w[0] for w in words if w.lower() not in _MINOR_WORDS).upper()


def _acronyms(sdoc, found: list[_Found]) -> list[_Found]:
    """An acronym stands for the organisation or group the document names in full with those
    initials: "the RSF" of a story about "the Rapid Support Forces" is not Reporters Without
    Borders."""
    named: dict[str, Actor] = {}
    for item in sorted(found, key=lambda f: f.start):
        actor = item.reading.actor
        if actor.kind in ("organization", "group") and len(_words(actor.label)) > 1:
            named.setdefault(initials(actor.label), actor)
    out = []
    for item in found:
        written = "".join(t.text for t in sdoc[item.start:item.end]
                          if t.lower_ != "the" and not t.is_punct and t.tag_ != "POS")
        twin = named.get(written) if written.isalpha() and written.isupper() and \
            2 <= len(written) <= 6 else None
        if twin is not None and twin.id != item.reading.actor.id:
            item = _Found(item.start, item.end, item.head, Reading(twin, item.reading.sector))
        out.append(item)
    return out


def _bare_surname(sdoc, item: _Found, kb) -> str | None:
    """The one name word of a mention such as "Gonzalez" or "Mr. Bush", if it has only one."""
    words = [t for t in sdoc[item.start:item.end]
             if not (t.is_punct or kb.title(t.text) or t.text.endswith(".") or t.tag_ == "POS")]
    return norm(words[0].text) if len(words) == 1 else None


def _latest_named(named: list[tuple[int, Actor]], surname: str, before: int) -> Actor | None:
    """The person most recently named in full with ``surname`` before token ``before``."""
    fitting = [(end, a) for end, a in named if end <= before and len(_words(a.label)) > 1
               and _words(a.label)[-1] == surname]
    return max(fitting, key=lambda p: p[0])[1] if fitting else None


def _words(label: str) -> list[str]:
    return [w for w in norm(label).split() if w not in ("jr", "sr")] or [""]


def _same_person(a: Actor, b: Actor) -> bool:
    """'James Kopp' and 'James Charles Kopp'; never two people of the knowledge base."""
    wa, wb = _words(a.label), _words(b.label)
    return wa[0] == wb[0] and wa[-1] == wb[-1] and not (a.kb and b.kb)


def _surnames(sdoc, found: list[_Found], spans, used) -> list[_Found]:
    """A surname the parser did not tag as a person, after the person was named in full."""
    by_word: dict[str, list[_Found]] = {}
    for item in sorted(found, key=lambda f: f.start):
        words = norm(item.reading.actor.label).split()
        if item.reading.actor.kind == "person" and len(words) > 1:
            by_word.setdefault(words[-1], []).append(item)
    out = []
    for token in sdoc:
        # the person most recently named in full with that surname, else the first one named
        named = by_word.get(token.lower_, [])
        item = next((f for f in reversed(named) if f.end <= token.i), named[0] if named else None)
        country_as_name = token.i in spans and token.ent_type_ == "PERSON"  # "Jordan" (Vernon)
        if (item and token.pos_ == "PROPN" and token.text[:1].isupper() and not used[token.i]
                and (token.i not in spans or country_as_name) and not (item.start <= token.i < item.end)):
            out.append(_Found(token.i, token.i + 1, token.i, Reading(item.reading.actor, item.reading.sector)))
            used[token.i] = True
    return out


def _pronouns(sdoc, found: list[_Found]) -> list[_Found]:
    """'He'/'She' as a subject: the person named last, within a few sentences."""
    people = sorted((f for f in found if f.reading.actor.kind == "person"), key=lambda f: f.start)
    kin = relative_nouns()
    sentences = {t.i: n for n, sent in enumerate(sdoc.sents) for t in sent}
    out = []
    for token in sdoc:
        if token.lower_ not in ("he", "she") or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        before = [f for f in people if f.end <= token.i
                  and sentences[token.i] - sentences[f.start] <= PRONOUN_REACH]
        if not before:
            continue
        # "said X, an adviser to President Y. He ...": he is X, whose phrase names Y
        last = _owner_of(sdoc, before[-1], before) or before[-1]
        # "X met Y. He said ...": the subject of the sentence before is more likely than Y
        recent = [f for f in before if sentences[f.start] == sentences[last.start]]
        subject = next((f for f in recent if f is not last and _is_subject(sdoc[f.head])
                        and not _is_subject(sdoc[last.head])), None)
        last = subject or last
        # "X's father said he ...": he is the father, whom no name stands for, not X
        if not (sdoc[last.head].dep_ == "poss" and sdoc[last.head].head.lemma_.lower() in kin):
            out.append(_Found(token.i, token.i + 1, token.i, last.reading))
    return out


def _is_subject(token) -> bool:
    for _ in range(3):  # the name, or the head of the phrase it names ("President X")
        if token.dep_ in ("nsubj", "nsubjpass"):
            return True
        if token.dep_ not in ("compound", "appos", "flat") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _owner_of(sdoc, item: _Found, people: list[_Found]) -> _Found | None:
    """The person whose phrase ``item`` is named inside ("X, an adviser to Y": X for Y)."""
    heads = {p.head: p for p in people if p is not item}
    t = sdoc[item.head]
    for _ in range(6):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.i in heads:
            return heads[t.i]
    return None


# --- noun phrases of sector nouns --------------------------------------------------------------
def _sector_phrases(sdoc, toks, spans, kb, ctx, used) -> list[_Found]:
    """'government forces', 'Russian bombers', 'the rebels in Aleppo', 'Iran's state TV'."""
    inside_names = set()
    for start, (end, entry) in spans.items():
        if entry.kind in ("organization", "group", "seat"):
            inside_names.update(range(start, end))
    candidates = []
    for token in sdoc:
        if token.pos_ not in ("NOUN", "PROPN") or used[token.i] or token.i in inside_names:
            continue
        for n in (3, 2, 1):
            first = token.i - n + 1
            if first < sentence_start(sdoc, token.i):
                continue
            noun = kb.sector_noun(doc_text(sdoc)[sdoc[first].idx:token.idx + len(token.text)])
            if noun:
                candidates.append((token, _np_start(sdoc, token, first)))
                break
    out = []
    for token, first in sorted(candidates, key=lambda c: c[1] - c[0].i):
        if used[token.i]:
            continue
        parts = [toks[first:token.i + 1]]
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ in ("in", "of", "from", "across", "throughout"):
                sub = list(child.subtree)
                parts.append(toks[sub[0].i:sub[-1].i + 1])
        reading = read(parts, doc_text(sdoc), kb, ctx, head=token.i - first)
        if reading and reading.actor.is_actor:
            out.append(_Found(first, token.i + 1, token.i, reading))
            _use(used, first, token.i + 1)
    return out


def _organizations(sdoc, toks, kb, ctx, used, spans) -> list[_Found]:
    """Organisations the parser names that the knowledge base lacks ("Carnegie Europe")."""
    out = []
    for ent in sdoc.ents:
        if ent.label_ != "ORG" or any(used[ent.start:ent.end]):
            continue
        start = ent.start + (1 if sdoc[ent.start].lower_ == "the" else 0)
        end = ent.end - (1 if sdoc[ent.end - 1].tag_ == "POS" else 0)
        words = [t for t in sdoc[start:end] if t.is_alpha]
        written = sdoc[start:end].text
        if not words or not words[0].text[:1].isupper() or len(written) < 2 or (
                len(written) == 2 and not written.isupper()):
            continue
        if kb.title(sdoc[start:end].text) or spans.get(start, (None,))[0] == end:
            continue
        if _no_person(sdoc, start, end, spans, organization=True):
            continue  # "the capital of Nagorno-Karabakh", "the Pushkinskaya metro station"
        reading = read([toks[start:end]], doc_text(sdoc), kb, ctx, organization=True)
        if reading and reading.actor.is_actor:
            country = next((n.entry.country or n.entry.id for n in kb.names(sdoc[start].text)
                            if n.entry.kind == "country"), None)
            if reading.actor.country is None and country:  # "Georgian Dream": Georgia's
                reading = Reading(dataclasses.replace(reading.actor, country=country),
                                  reading.sector)
            out.append(_Found(start, end, _root(sdoc, start, end), reading))
            _use(used, start, end)
    return out


def affiliated_actors(mentions: list[Mention], text: str, kb: KnowledgeBase) -> list[Actor]:
    """The actors that mentioned people act for but that have no mention of their own.

    "Jane Roe, of the Institute for Peace Studies" affiliates Jane Roe to an organisation named
    only inside her mention: its label is recovered from the text, not from its id.
    """
    have = {m.actor.id for m in mentions}
    out: dict[str, Actor] = {}
    for mention in mentions:
        wanted = mention.actor.affiliation
        if not wanted or wanted in have or wanted in out:
            continue
        actor = _actor_of(wanted, kb)
        if actor is None:
            continue
        if not actor.kb and ":" in wanted:
            words = wanted.split(":", 1)[1].split("-")
            found = re.search(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", text, re.I)
            if found:
                actor = dataclasses.replace(actor, label=found.group())
        out[wanted] = actor
    return list(out.values())
