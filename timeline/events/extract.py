"""The extraction rules: triggers from the lexicon, participants from the parse, then dates.

One pass per sentence:

1. reported speech (``speech.py``): each speech verb and the clause it reports; pronouns in
   that clause may refer to the speaker;
2. verb triggers: subject -> object, passives through the by-agent, reduced participles
   ("forces, backed by X"), prepositional targets ("met with", "hit back at");
3. noun triggers: the owner (possessive, by-phrase, actor modifier, subject of a light or
   "have"-verb) acts on the prepositional target ("alliance with", "war between X and Y");
   what is only the content or purpose of another event is not an event of its own;
4. negation and modality (``modality.py``): REJECT for negated cooperation, AGREE/THREATEN
   for intents, ``planned`` for future and possible acts;
5. what speakers' words do (``speech.py``): accusations and requests by the speaker;
6. dates (``dating.py``): the timex governing the clause, else the publication date.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

from ..records import Actor, Event, Mention, Timex
from .candidates import Candidate, sides
from .dating import TimexIndex
from .lexicon import Entry, Lexicon
from .modality import ModalityRules
from .speech import Speech, SpeechRules
from .syntax import (ActorIndex, Token, agents, children, governing_verb, is_passive,
                     pobjects, preceding_np, subject_tokens, walk_up)

_ANY_PREP = frozenset({"to", "with", "at", "on", "for", "from", "into", "in", "against"})
#: How a clause or phrase can be the content or purpose of the event above it.
_COMPLEMENTS = ("xcomp", "ccomp", "advcl", "pcomp", "pobj", "prep", "acl", "oprd", "acomp",
                "dobj")


class Extractor(SpeechRules, ModalityRules):
    """Runs the rules over one parsed document."""

    def __init__(self, sdoc: Any, *, doc_id: str, dct: str | None, mentions: Sequence[Mention],
                 timexes: Sequence[Timex], lexicon: Lexicon,
                 places: Mapping[int, Actor] | None = None) -> None:
        self.doc = sdoc
        self.places = places or {}
        self.doc_id = doc_id
        self.lex = lexicon
        self.actors = ActorIndex(sdoc, mentions, lexicon)
        self.times = TimexIndex(sdoc, timexes, dct)
        #: (type, source, target id or None) of the events found so far, for replies to them
        self._said: list[tuple[str, Actor, str | None]] = []

    def events(self) -> list[Event]:
        # Sentences never cross a blank line: timeline.nlp's paragraph component sees to it.
        out: list[Event] = []
        for sent in self.doc.sents:
            trimmed = _trimmed(sent)
            if trimmed is not None:
                self._sent_text = trimmed.text  # joined once: Span.text joins every token
                out.extend(self._sentence(trimmed))
        return out

    # -- one sentence ---------------------------------------------------------------------

    def _sentence(self, sent: Any) -> list[Event]:
        speeches = self._speeches(sent)
        candidates: list[Candidate] = []
        triggers = {}
        for tok in sent:
            entry = self._entry(tok)
            if entry is not None and not self._absorbed(tok):
                triggers[tok.i] = entry
        for i in [i for i in triggers if self._ratifies(self.doc[i], triggers)]:
            del triggers[i]  # "approved sanctions on X": the sanctions are the event
        for i, entry in triggers.items():
            tok = self.doc[i]
            if self._embedded(tok, entry, triggers):
                continue
            cand = self._verb(tok, entry) if entry.pos == "verb" else self._noun(tok, entry)
            if cand is not None:
                candidates.append(cand)
        for speech in speeches:
            candidates.extend(self._speech_acts(speech))
        events: list[Event] = []
        for cand in candidates:
            speech = next((s for s in speeches if s.covers(cand.trigger)), None)
            if self._apply_modality(cand, speech):
                events.extend(self._to_events(cand, sent, speech))
                targets = [t.id for t in cand.targets] or [None]
                self._said += [(cand.type, a, t) for a in cand.sources for t in targets]
        return _dedupe(events)

    def _answered(self, verb: Token, sources: list[Actor]) -> list[Actor]:
        """Who made the accusation, demand or offer that ``verb`` rejects: "Canada accused
        India of ... India rejected the allegations" rejects Canada's."""
        kinds = {k for o in children(verb, "dobj") if not children(o, "poss")
                 for k in self.lex.cue("answers_" + self.lex.lemma(o))}
        mine = {a.id for a in sources}
        for type_, source, target in reversed(self._said):
            if type_.lower() in kinds and source.id not in mine and (target is None or target in mine):
                return [source]
        return []

    def _ratifies(self, tok: Token, triggers: dict[int, Entry]) -> bool:
        """Is ``tok`` a verb of approval whose object is a material act ("agreed new sanctions
        on X", "approved military aid to Y")? Then it only lends its subject to that act."""
        lemma = self.lex.lemma(tok)
        if triggers[tok.i].pos != "verb" or lemma not in (
                self.lex.cue("ratify") | self.lex.cue("lend_to_any_act")):
            return False
        # "offered his condolences", "expressed concern": any act named by the object
        quads = (1, 2, 3, 4) if lemma in self.lex.cue("lend_to_any_act") else (2, 4)
        return any(c.i in triggers and triggers[c.i].pos == "noun"
                   and triggers[c.i].type != triggers[tok.i].type
                   and self.lex.types[triggers[c.i].type].quad in quads
                   for c in children(tok, "dobj"))

    def _entry(self, tok: Token) -> Entry | None:
        if tok.pos_ == "VERB":
            pos = "verb"
        elif tok.pos_ == "NOUN":
            pos = "noun"
        else:
            return None
        for entry in self.lex.entries(self.lex.lemma(tok), pos):
            if entry.particle and not any(c.lower_ == entry.particle for c in tok.children
                                          if c.dep_ in ("prt", "advmod", "prep")):
                continue
            if entry.with_words and not self._has_word(tok, entry):
                continue
            return entry
        return None

    def _has_word(self, tok: Token, entry: Entry) -> bool:
        if entry.pos == "verb":  # the object, or a prepositional object ("return to talks")
            objs = children(tok, "dobj", "nsubjpass") + pobjects(tok, _ANY_PREP)
            objs += [p for o in objs for p in pobjects(o, {"of"})]  # "part of the aid"
            words = objs + [m for o in objs for m in children(o, "compound", "amod")]
        else:
            words = children(tok, "compound", "amod")
        return any(self.lex.lemma(w) in entry.with_words for w in words)

    def _absorbed(self, tok: Token) -> bool:
        """An infinitive that a control verb's event already stands for ("agreed to withdraw"),
        or an intent verb whose infinitive carries the event ("wants to end")."""
        if self.lex.lemma(tok) in self.lex.cue("intent") and children(tok, "xcomp"):
            return True
        if tok.dep_ != "xcomp":
            return False
        head_entry = self._entry(tok.head)
        return head_entry is not None and "control" in head_entry.flags

    def _embedded(self, tok: Token, entry: Entry, triggers: dict[int, Entry]) -> bool:
        """Is ``tok`` the content or purpose of another event rather than an event itself?

        "urged X *to support* Y", "demanded that X *provide*", "accused X of *violating*",
        "staged rallies *to demand*": the request, accusation or rally is the event.
        "rejected *calls* for", "halted *aid* to": the rejected call and the halted aid are
        objects of the event. Criticised cooperation stays an event ("slammed X's alliance").
        """
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and not children(tok, "nsubj"):
            outer = triggers.get(tok.head.i)
            if outer is not None and outer.type == "ACCUSE" and any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in tok.head.children):
                return True  # "accused X of ramming the boats, injuring a sailor": the charge
        if entry.pos == "noun" and tok.dep_ == "compound" and self.lex.lemma(tok.head) in (
                self.lex.cue("member_nouns") | self.lex.cue("agent_nouns")
                | self.lex.cue("named_by_events")):
            return True  # "riot police", "attack helicopters", "protest leaders": who, not what
        if entry.pos == "noun":
            head = tok.head.head if tok.dep_ == "pobj" else tok.head
            outer = triggers.get(head.i)
            if outer is not None and outer.pos == "verb" and (
                    tok.dep_ in ("dobj", "nsubjpass") or
                    tok.dep_ == "pobj" and tok.head.lower_ in outer.preps):
                return bool(outer.with_words) or outer.type in (
                    "REJECT", "CONCEDE", "SANCTION", "PROTEST", "AGREE", "REQUEST")
            if tok.dep_ not in ("dobj", "pobj") or head.pos_ != "VERB" or head.i in triggers:
                return False
            if any(c.i in triggers and c.i != tok.i for c in children(head, "dobj")):
                return True  # a reason or aim of a light-verb event: "imposed sanctions for"
            tok = head  # "demanded that X match Y's support": as embedded as its verb
        t = tok
        while t.dep_ == "conj":  # "accused X of violating ... and ignoring ...": as its head
            t = t.head
        for up in walk_up(t, 6):
            if t.dep_ not in _COMPLEMENTS or (t.dep_ == "advcl" and not self._purpose(t)) or (
                    t.dep_ == "acl" and not self._content_clause(t)):
                return False
            if self.lex.lemma(up) in self.lex.cue("speech") and up.i not in triggers:
                return False
            if up.i in triggers:  # (intent verbs with an infinitive are no triggers)
                return True
            if up.pos_ == "VERB" and any(c.i in triggers for c in children(up, "dobj")):
                return True  # a light verb with an event noun: "staged rallies to demand"
            t = up
        return False

    @staticmethod
    def _content_clause(clause: Token) -> bool:
        """ "calls *that X go*", "a plan *to strike*" say what the noun is about; "talks
        *derailed by X*" only says something of it."""
        return any(c.lower_ == "that" for c in children(clause, "mark")) or \
            any(c.tag_ == "TO" for c in children(clause, "aux"))

    # -- verbs ----------------------------------------------------------------------------

    def _verb(self, verb: Token, entry: Entry) -> Candidate | None:
        if children(verb, "oprd") or (len(children(verb, "dobj")) > 1
                                      and self.lex.lemma(verb) in self.lex.cue("naming")):
            return self._naming(verb)  # "called it a betrayal": the parser may give two objects
        if entry.type == "AGREE" and any(self.lex.lemma(o) in self.lex.cue("unilateral_documents")
                                         for o in children(verb, "dobj")):
            return None  # "signed an executive order", "approved the budget": no agreement
        if "complement" in entry.flags and not self._has_complement(verb, entry):
            return None
        if "opinion" in entry.flags and children(verb, "ccomp"):
            return None  # "both agree this was a crime": an opinion, not an agreement
        if self._about_information(verb, entry):
            return None  # "released a statement": no concession; "refused to give details"
        if self.lex.lemma(verb) in self.lex.cue("ordering") and any(
                self.lex.lemma(x) in self.lex.cue("departure") for x in children(verb, "xcomp")) \
                and any(self.lex.lemma(o) in self.lex.cue("expellable")
                        for o in children(verb, "dobj")):
            entry = dataclasses.replace(entry, type="SANCTION", cameo="1663", flags=entry.flags
                                        | {"targeted"})  # "ordered the envoy to leave": expelled
        if entry.type == "REJECT" and self.lex.lemma(verb) in self.lex.cue("disparaging") and any(
                self.actors.actor_at(o, agent=True) is not None for o in children(verb, "dobj")):
            entry = dataclasses.replace(entry, type="ACCUSE", cameo="11")  # dismissed X as sheep
        source_toks, target_toks = self._verb_roles(verb, entry)
        sources = self.actors.all_participants(source_toks, agent=True)
        if not sources and entry.with_words:  # "the crisis strained relations between X and Y"
            between = [p for o in children(verb, "dobj") for p in pobjects(o, {"between"})]
            pair = self.actors.all_participants(between)
            if len(pair) > 1:
                return Candidate(verb, entry, [a for a, _ in pair], [], symmetric=True)
        if not sources:
            return None
        targets = [a for a, _ in self.actors.all_participants(target_toks)]
        if not targets and "control" in entry.flags:  # "offered to hand over to X"
            for xcomp in children(verb, "xcomp"):
                targets = [a for a, _ in self.actors.all_participants(
                    self._verb_targets(xcomp, entry, generic=True))]
        if not targets:
            targets = self._targets_of_object_events(verb, entry) or \
                self._targets_of_purpose(verb, entry)
        if not targets and "visit" in entry.flags:
            targets = self._hosts(verb)  # "visited Aleppo", "travelled to Moscow"
        if not targets and entry.type in ("REJECT", "ACCUSE"):
            targets = self._answered(verb, [a for a, _ in sources])
        if not targets and "targeted" in entry.flags and not (
                "control" in entry.flags and children(verb, "xcomp")) and not (
                verb.dep_ in ("xcomp", "advcl") and self._purpose(verb)
                and self.lex.lemma(verb.head) in self.lex.cue("intent")):
            return None  # "fighting to keep the boy"; but "vowed to fight" is a threat
        if entry.type == "CONSULT" and "symmetric" in entry.flags and not entry.with_words \
                and "topic" not in entry.flags and not targets and children(verb, "dobj"):
            return None  # "met the standards": a thing met is no meeting
        words = [verb] + [c for c in verb.children if entry.particle and c.lower_ == entry.particle]
        cand = Candidate(verb, entry, [a for a, _ in sources], targets, words=words,
                         symmetric="symmetric" in entry.flags or self._reciprocal(verb))
        cand.targets += self._partners_of_objects(verb, cand)
        return cand

    def _has_complement(self, verb: Token, entry: Entry) -> bool:
        """ "called for", "asked X to", "wants Y back"; not "called it a success"."""
        # "wanted the ceremony to be short", "want our membership to serve": a wish
        clauses = [c for c in children(verb, "xcomp", "ccomp") if not any(
            s.pos_ in ("NOUN", "PROPN") and not self._agentive(s)
            for s in children(c, "nsubj") + (children(verb, "dobj") if c.dep_ == "xcomp" else []))]
        return bool(pobjects(verb, entry.preps) or clauses or any(
            self.actors.actor_at(o) is not None for o in children(verb, "dobj")))

    def _information(self, verb: Token) -> bool:
        """Is what the verb acts on a text or a piece of information ("the statement,
        released by the Kremlin", "provide details")?"""
        patients = children(verb, "dobj") + (
            children(verb, "nsubjpass") or ([verb.head] if verb.dep_ == "acl" else []))
        return any(self.lex.lemma(p) in self.lex.cue("documents") for p in patients)

    def _about_information(self, verb: Token, entry: Entry) -> bool:
        if entry.type == "CONCEDE" and self._information(verb):
            return True
        if entry.type == "REJECT" and "control" in entry.flags:  # declining to comment
            return any(self.lex.lemma(x) in self.lex.cue("disclosure") or self._information(x)
                       for x in children(verb, "xcomp"))
        return False

    def _agentive(self, tok: Token) -> bool:
        """Does a noun name an actor as a doer: "Cuba", "Cuban diplomats"; not "our membership"."""
        if self.actors.mention_at(tok) is not None:
            return self.actors.actor_at(tok) is not None
        lemma = self.lex.lemma(tok)
        return (lemma in self.lex.cue("member_nouns") or lemma in self.lex.cue("agent_nouns")) \
            and self.actors.actor_at(tok) is not None

    def _naming(self, verb: Token) -> Candidate | None:
        """ "X called Y a liar": an accusation if the name is one, else no event."""
        named = children(verb, "oprd") or children(verb, "dobj")[1:]
        named += [c for n in named for c in n.conjuncts]  # "a thief and a liar"
        names = [n for n in named if self.lex.lemma(n) in self.lex.cue("accusation_nouns")]
        sources = self.actors.all_participants(subject_tokens(verb), agent=True)
        targets = self.actors.all_participants(children(verb, "dobj")[:1])
        if not names or not sources or not targets:
            return None
        return Candidate(verb, self._entry_for("ACCUSE"), [a for a, _ in sources],
                         [a for a, _ in targets], words=[verb, names[0]])

    def _verb_roles(self, verb: Token, entry: Entry) -> tuple[list[Token], list[Token]]:
        """(source tokens, target tokens) of a verb: subject and objects, or a passive's
        by-agent and subject; a reduced participle's target is the noun it modifies."""
        if is_passive(verb):
            targets = children(verb, "nsubjpass")
            if not targets and verb.dep_ == "acl":
                targets = [verb.head]
            elif not targets and verb.dep_ == "advcl":  # "forces, backed by X,"
                targets = [t for t in [preceding_np(verb)] if t is not None]
            return agents(verb), targets
        sources = subject_tokens(verb)
        if verb.dep_ == "relcl":  # "a resolution that aims to ...": a document is no actor
            sources = [t for t in sources
                       if t is not verb.head or self.actors.mention_at(t) is not None]
        elif verb.dep_ == "acl" and verb.head.dep_ == "dobj" and not \
                self.actors.all_participants(sources):
            sources = subject_tokens(verb.head.head)  # "issued a statement condemning X"
        return sources, self._verb_targets(verb, entry)

    def _verb_targets(self, verb: Token, entry: Entry, generic: bool = False) -> list[Token]:
        preps = entry.preps | ({"to", "with", "against", "on", "from", "between"} if generic
                               else set())
        objs = children(verb, "dobj", "dative")
        if entry.with_words or "topic" in entry.flags:
            objs = []  # "cut ties with X": the object is part of the trigger
        if not objs and not generic and "topic" not in entry.flags:
            objs = self._unparsed_object(verb)
        targets = objs + pobjects(verb, preps)
        for obj in children(verb, "dobj"):
            targets += pobjects(obj, preps & {"to", "for", "with", "on", "against", "from", "at",
                                               "into"})
            if entry.with_words:  # "froze the assets of X", "expelled X's diplomats"
                targets += pobjects(obj, {"of"}) + children(obj, "poss") + [
                    c for c in children(obj, "amod", "compound")  # "the Chinese ambassador"
                    if self.actors.actor_at(c) is not None and self._stance(c) is None]
        if not targets and entry.type in ("REQUEST", "THREATEN", "ACCUSE", "REJECT"):
            for clause in children(verb, "ccomp", "xcomp"):
                targets += children(clause, "nsubj", "nsubjpass")
        return targets

    def _targets_of_object_events(self, verb: Token, entry: Entry) -> list[Actor]:
        """ "called for sanctions against X", "fought a war with X": the target is X."""
        out: list[Actor] = []
        for obj in children(verb, "dobj") + pobjects(verb, entry.preps | {"for", "to"}):
            inner = self._entry(obj)
            if inner is not None and inner.pos == "noun":
                out += [a for a, _ in self.actors.all_participants(
                    pobjects(obj, inner.preps - {"of", "between"}))]
        return out

    def _targets_of_purpose(self, verb: Token, entry: Entry) -> list[Actor]:
        """ "marched to protest against X": the purpose, an event of the same kind, names
        the target of the act."""
        out: list[Actor] = []
        for clause in children(verb, "xcomp", "advcl"):
            inner = self._entry(clause)
            if inner is not None and inner.type == entry.type and self._purpose(clause):
                out += [a for a, _ in self.actors.all_participants(
                    self._verb_targets(clause, inner))]
        return out

    def _unparsed_object(self, verb: Token) -> list[Token]:
        """An actor right after a transitive verb that the parser attached elsewhere, as
        with names it tags as verbs ("combatting IS")."""
        if verb.i + 1 >= len(self.doc):
            return []
        nxt = self.doc[verb.i + 1]
        if nxt.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "pobj") or nxt.pos_ == "DET":
            return []
        mention = self.actors.mention_at(nxt)
        return [nxt] if mention is not None and mention.start == nxt.idx else []

    def _partners_of_objects(self, verb: Token, cand: Candidate) -> list[Actor]:
        """Criticising "X's alliance with Y" sets the critic against Y as well as X."""
        if self.lex.types[cand.type].cooperative:
            return []
        out = []
        for obj in children(verb, "dobj") + pobjects(verb, cand.entry.preps):
            entry = self._entry(obj)
            if entry is not None and entry.pos == "noun" and self.lex.types[entry.type].cooperative:
                out += [a for a, _ in self.actors.all_participants(pobjects(obj, entry.preps))
                        if a not in cand.targets]
        return out

    # -- nouns ----------------------------------------------------------------------------

    def _noun(self, noun: Token, entry: Entry) -> Candidate | None:
        if "copular" in entry.flags and noun.dep_ == "appos":  # "China, a partner of Russia,"
            targets = [a for a, _ in self.actors.all_participants(pobjects(noun, entry.preps))]
            sources = self.actors.participants(noun.head)
            if not sources or not targets:
                return None
            return Candidate(noun, entry, [a for a, _ in sources], targets, symmetric=True)
        if "copular" in entry.flags and not (noun.dep_ == "attr" or (
                noun.dep_ == "conj" and noun.head.dep_ == "attr")):
            return None  # "X's allies" names the allies; "X is an ally of Y" is the event
        source_toks, target_toks, symmetric = self._noun_roles(noun, entry)
        between = pobjects(noun, {"between"})
        if not source_toks and between:
            pair = self.actors.all_participants(between)
            if len(pair) < 2:
                return None
            return Candidate(noun, entry, [a for a, _ in pair], [], symmetric=True)
        sources = self.actors.all_participants(source_toks, agent=True)
        if not sources:
            return None
        if not target_toks and entry.type in ("REQUEST", "ACCUSE", "THREATEN", "REJECT"):
            # "UN calls that Turkey should do more": asked of Turkey
            target_toks = [s for c in children(noun, "acl") if self._content_clause(c)
                           for s in children(c, "nsubj", "nsubjpass")]
        targets = [a for a, _ in self.actors.all_participants(target_toks + between)]
        if not targets and "visit" in entry.flags:
            # "a visit to Aleppo", "arrived in Moscow for a state visit"
            goer = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
            targets = self._hosts(noun) + (self._hosts(goer) if goer is not None else [])
        if not targets and "targeted" in entry.flags:
            return None  # "the fight against a takeover bid", "their investigation"
        if not targets and "symmetric" in entry.flags and len(sources) == 1 and \
                all(t.head.i == noun.i for t in source_toks):
            return None  # "the Acme deal", "NATO's accords": one party is a topic, no event
        if not targets and entry.type == "ASSAULT" and all(
                t.dep_ == "compound" and t.head.i == noun.i and t.pos_ == "PROPN"
                for t in source_toks) and all(a.kind == "country" for a, _ in sources):
            return None  # "the Nairobi bombing", "the Bali attack": where, not who
        return Candidate(noun, entry, [a for a, _ in sources], targets,
                         symmetric=symmetric and "symmetric" in entry.flags or
                         self.lex.lemma(noun.head) in self.lex.cue("reciprocal"))

    def _noun_roles(self, noun: Token, entry: Entry) -> tuple[list[Token], list[Token], bool]:
        """(source tokens, target tokens, symmetric) for an event noun."""
        head = noun.head
        targets = pobjects(noun, entry.preps - {"of", "between"})
        if noun.dep_ == "compound":  # "tension mounts with X": the parser's compound
            targets += pobjects(head, entry.preps - {"of", "between"})
        of = pobjects(noun, {"of"})
        if of and noun.dep_ in ("dobj", "attr") and self.lex.lemma(head) in self.lex.cue("receive"):
            # "rebels who have the backing of X": X backs the rebels
            return of, subject_tokens(head), False
        sources = children(noun, "poss") + pobjects(noun, {"by"}) + [
            a for acl in children(noun, "acl") if self.lex.lemma(acl) in self.lex.cue("light")
            for a in agents(acl)]  # "an attack carried out by X"
        if not sources and noun.dep_ == "dobj" and not is_passive(head):
            # the parser put "by X" on the verb: "fled the shelling by X"
            sources = [a for a in agents(head) + pobjects(head, {"by"}) if a.i > noun.i]
        if not sources:
            modifiers = [c for c in children(noun, "compound", "amod", "nmod")
                         if self.actors.actor_at(c) is not None]
            sources = [c for c in modifiers if self._stance(c) is None]
            # "an anti-Russian protest" is against Russia; a "pro-EU protest" is no EU act
            targets += [c for c in modifiers if self._stance(c) == "anti"]
        if sources:
            if noun.dep_ == "dobj" and self.lex.lemma(head) in self.lex.cue("light"):
                targets += _hung_on_verb(head, noun, entry)  # "offered his condolences to X"
            return sources, targets + (of if "of" in entry.preps else []), False
        first = noun
        while first.dep_ == "conj" and first.head.pos_ == "NOUN":
            first = first.head  # "declared martial law and a general mobilisation"
        light = self.lex.lemma(first.head) in self.lex.cue("light")
        if first.dep_ in ("dobj", "attr", "nsubjpass") and light:
            targets += _hung_on_verb(first.head, noun, entry)  # "opened investigations against X"
            return subject_tokens(first.head), targets + of, True
        if noun.dep_ == "pobj" and noun.head.lower_ == "for" and \
                self.lex.lemma(noun.head.head) in self.lex.cue("gather"):
            # "thousands converged on Lagos for a rally", "Kerry flew to Moscow for talks"
            return subject_tokens(noun.head.head), targets + of, True
        owner = self._responsible(noun)
        if owner is not None:  # "the Taliban claimed responsibility for the attack"
            return subject_tokens(owner), targets + of, False
        if noun.dep_ == "nsubjpass" and self.lex.lemma(head) in self.lex.cue("claim") \
                and is_passive(head):  # "the attack was claimed by Islamic State"
            return agents(head), targets + of, False
        if "relational" in entry.flags:
            if noun.dep_ == "attr":  # "Syria is an ally for Russia"
                return subject_tokens(head), targets + of, True
            if targets:  # "... as tension mounts with Moscow": the clause's subject
                verb = governing_verb(noun)
                return (subject_tokens(verb) if verb is not None else []), targets, True
        return [], [], False

    @staticmethod
    def _reciprocal(verb: Token) -> bool:
        """Do the co-agents act on each other: "pounded each other's positions", "accused one
        another of"?"""
        objects = children(verb, "dobj") + pobjects(verb, _ANY_PREP)
        for tok in objects + [p for o in objects for p in children(o, "poss")]:
            words = {tok.lower_} | {c.lower_ for c in tok.children}
            if {"each", "other"} <= words or {"one", "another"} <= words:
                return True
        return False

    def _hosts(self, verb: Token) -> list[Actor]:
        """The countries of the known places a visit goes to: "visited Aleppo", "arrived in
        Moscow", "travelled to Beijing"."""
        places = children(verb, "dobj") + pobjects(verb, {"to", "in", "into"})
        hosts = [self.places[t.i] for t in places if t.i in self.places]
        return list({a.id: a for a in hosts}.values())

    def _stance(self, tok: Token) -> str | None:
        """ "pro" or "anti" when ``tok`` is the X of "pro-X" or "anti-X"."""
        i = tok.i
        if i >= 2 and self.doc[i - 1].text == "-" and self.doc[i - 2].lower_ in ("pro", "anti"):
            return self.doc[i - 2].lower_
        return None

    def _responsible(self, noun: Token) -> Token | None:
        """The verb of "claimed/admitted responsibility for <noun>", if that is where it is."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in (
                "responsibility", "credit"):
            return None
        verb = prep.head.head
        return verb if self.lex.lemma(verb) in self.lex.cue("claim") else None

    # -- events ---------------------------------------------------------------------------

    def _to_events(self, cand: Candidate, sent: Any, speech: Speech | None) -> list[Event]:
        pairs: list[tuple[Actor, Actor | None]] = []
        for source in cand.sources:
            # an actor acting on its own side is no relation ("Modi warned India would ...")
            targets = [t for t in cand.targets if not sides([t]) & sides([source])]
            # co-agents of a symmetric act act on each other ("the US and Jordan agreed",
            # "Kerry and Lavrov will host"), not of any act ("X and Y welcomed the deal")
            if not targets and cand.symmetric and len(cand.sources) > 1:
                targets = [s for s in cand.sources if s.id != source.id]
            pairs += [(source, t) for t in targets] or [(source, None)]
        info = self.lex.types[cand.type]
        score_mode = cand.mode if cand.mode in ("intent", "planned") else "actual"
        date, date_text, date_source = self.times.date(cand.anchors or [cand.trigger])
        # the lexicon may name a finer CAMEO code ("0841"); events carry its root ("08")
        cameo = (cand.entry.cameo if cand.type == cand.entry.type and cand.entry.cameo
                 else info.cameo)[:2]
        trigger = " ".join(t.text for t in sorted(cand.words, key=lambda t: t.i))
        out = []
        for source, target in pairs:
            if source.kind not in ("country", "person", "organization", "group"):
                continue
            if target is None and info.quad == 4 and cand.type != "PROTEST" and \
                    source.kind == "organization" and not source.kb:
                continue  # "General Motors attacked the market": a firm's figure of speech
            target_id = target.id if target is not None else None
            out.append(Event(
                id=event_id(self.doc_id, sent.start_char, sent.end_char, trigger, source.id,
                            target_id, cand.type),
                doc=self.doc_id, date=date, date_text=date_text, date_source=date_source,
                source=source.id, target=target_id, type=cand.type, sentence=self._sent_text,
                start=sent.start_char, end=sent.end_char, trigger=trigger, mode=cand.mode,
                cameo=cameo, cooperation=self.lex.score(cand.type, score_mode), quad=info.quad,
                negated=cand.negated, hypothetical=cand.hypothetical))
        return out


def _hung_on_verb(verb: Token, noun: Token, entry: Entry) -> list[Token]:
    """The targets of an event noun that the parser hung on the light verb after the noun
    ("opened investigations against X", "offered his condolences to X")."""
    return [t for t in pobjects(verb, entry.preps - {"of", "between"}) if t.i > noun.i]


def _trimmed(sent: Any) -> Any | None:
    """The sentence without the white space tokens at its ends (a paragraph's blank line)."""
    a, b = sent.start, sent.end
    while a < b and sent.doc[a].is_space:
        a += 1
    while b > a and sent.doc[b - 1].is_space:
        b -= 1
    return sent.doc[a:b] if a < b else None


def event_id(doc: str, start: int, end: int, trigger: str, source: str, target: str | None,
             type_: str) -> str:
    """A stable id: the same sentence, trigger, actors and type give the same id.

    >>> event_id("d", 0, 10, "met", "USA", "RUS", "CONSULT")
    '1a32e4fe34cf8f60'
    """
    key = "|".join([doc, str(start), str(end), trigger, source, target or "", type_])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per (source, target, type) in a sentence; a targeted one beats an untargeted."""
    targeted = {(e.source, e.type) for e in events if e.target}
    seen: set[tuple[str, str | None, str]] = set()
    out = []
    for e in events:
        key = (e.source, e.target, e.type)
        if key in seen or (e.target is None and (e.source, e.type) in targeted):
            continue
        seen.add(key)
        out.append(e)
    return out
