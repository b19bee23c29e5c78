"""Reading the dependency parse: participants of a clause, and parse tokens -> actor mentions.

Works on spaCy tokens with the ClearNLP-style labels of the English models
(``nsubj``, ``nsubjpass``, ``agent``, ``dobj``, ``pobj``, ``xcomp``, ``ccomp``...).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from ..actors.kb import relative_nouns
from ..nlp import sentence_start
from ..records import Actor, Mention
from .lexicon import Lexicon

Token = Any  # spacy.tokens.Token; spaCy is not imported here so the module loads fast

SUBJECTS = ("nsubj", "csubj")
RELATIVE_TAGS = ("WDT", "WP", "WP$")
#: Dependency labels a clause's subject is shared across when a verb has none of its own.
SHARED_SUBJECT = ("xcomp", "conj", "advcl", "pcomp", "prep", "acomp", "pobj", "oprd")
#: Modifiers of a noun that may name the actor the noun stands for ("UN calls", "Russian
#: bombers", "Syria's regime", "the opposition representative, Riyad Hijab").
ACTOR_MODIFIERS = ("appos", "compound", "amod", "poss", "nmod")
#: Adjectives whose infinitive has the subject as its agent ("it was ready to talk").
CONTROL_ADJECTIVES = frozenset({"ready", "willing", "prepared", "eager", "keen", "able",
                                "unable", "determined", "reluctant", "unwilling", "happy",
                                "set", "due", "likely", "unlikely", "quick", "slow", "free"})
#: How far back (in tokens) a pronoun looks for what it refers to.
PRONOUN_WINDOW = 150


def is_passive(verb: Token) -> bool:
    """A passive clause, or a reduced passive participle with a by-agent ("backed by")."""
    deps = {c.dep_ for c in verb.children}
    if deps & {"nsubjpass", "auxpass", "csubjpass"}:
        return True
    return verb.tag_ == "VBN" and "agent" in deps and verb.dep_ in ("acl", "advcl", "relcl")


def children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def pobjects(token: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    """Objects of the prepositions ``preps`` attached to ``token`` ("met *with* X")."""
    out = []
    for prep in token.children:
        if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in preps:
            out.extend(c for c in prep.children if c.dep_ in ("pobj", "pcomp"))
    return out


def agents(verb: Token) -> list[Token]:
    return [c for a in verb.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]


def subject_tokens(verb: Token, depth: int = 0) -> list[Token]:
    """The subject of ``verb``'s clause, shared from the governing clause when it has none.

    Infinitives take the governing verb's object when there is one ("urged the EU to act").
    """
    subs = children(verb, *SUBJECTS) or (children(verb, "nsubjpass") if depth else [])
    if subs:
        if subs[0].tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
            return [verb.head]
        return subs  # more than one only when the parser doubts ("KUWAIT, May 2 - Kuwait met")
    if depth > 5 or verb.dep_ == "ROOT":
        return []
    if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBD", "VBZ", "VBP")):
        return [verb.head]
    if verb.dep_ == "xcomp":
        controller = children(verb.head, "dobj") or children(verb.head, "nsubjpass")
        if controller and verb.head.lemma_ not in ("promise", "pledge", "vow"):
            return controller[:1]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not children(verb, "ccomp"):
        reported = [c for c in children(verb.head, "ccomp") if c.i < verb.head.i] or (
            [verb.head.head] if verb.head.dep_ == "parataxis" else [])
        if reported:  # "X shelled Y, officials said, killing four": X killed, not the officials
            return subject_tokens(reported[0], depth + 1)
    if verb.dep_ in SHARED_SUBJECT:
        return subject_tokens(verb.head, depth + 1)
    return []


def preceding_np(token: Token) -> Token | None:
    """The head of the noun phrase just before ``token``'s phrase ("forces, backed by ...")."""
    i = token.left_edge.i - 1
    doc = token.doc
    while i >= 0 and doc[i].is_punct:
        i -= 1
    if i < 0 or doc[i].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    t = doc[i]
    while t.dep_ in ("compound", "amod", "nmod") and t.head.i > t.i and t.head.i < token.i:
        t = t.head
    return t


def governing_verb(token: Token) -> Token | None:
    """The nearest verb (or copula) above ``token``."""
    return next((up for up in walk_up(token) if up.pos_ in ("VERB", "AUX")), None)


class ActorIndex:
    """Maps parse tokens to the actors of the document's mentions.

    A token is an actor's when a mention's head offsets match it, when a mention's span contains
    it, or when one of its modifiers is (see ACTOR_MODIFIERS). Pronouns take the nearest fitting
    mention before them. Mentions of things that are no actors (``location``) count as none:
    a place is never a participant.
    """

    def __init__(self, sdoc: Any, mentions: Sequence[Mention], lexicon: Lexicon) -> None:
        self.doc = sdoc
        self.lexicon = lexicon
        self._by_head: dict[int, Mention] = {}
        self._by_token: dict[int, Mention] = {}
        for m in sorted(mentions, key=lambda m: m.end - m.start, reverse=True):
            span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:  # shorter mentions, set last, win inside longer ones
                self._by_token[tok.i] = m
            if m.head_start is not None:
                self._by_head[m.head_start] = m
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.speaker_of: dict[int, list[Actor]] = {}  # token i -> speakers, filled by the rules
        self._pronouns: dict[int, Actor | None] = {}

    def mention_at(self, tok: Token) -> Mention | None:
        return self._by_head.get(tok.idx) or self._by_token.get(tok.i)

    def actor_at(self, tok: Token, depth: int = 0, *, agent: bool = False) -> Actor | None:
        """The actor ``tok`` stands for, or None; with ``agent``, as the doer of an act."""
        mention = self.mention_at(tok)
        if mention is not None:
            return mention.actor if mention.actor.is_actor else None
        if tok.pos_ == "PRON":
            return self.pronoun(tok)
        if depth < 2:
            kin = self.lexicon.lemma(tok) in relative_nouns()  # "X's father" is not X
            found = [(child, actor) for dep in ACTOR_MODIFIERS for child in children(tok, dep)
                     if not (kin and (dep == "poss" or dep == "compound" and (
                         actor_of_child := self.actor_at(child, depth + 1)) is not None
                         and actor_of_child.kind == "person"))
                     and (actor := self.actor_at(child, depth + 1)) is not None
                     and (not agent or self._stands_for(tok, child, actor))]
            # a name ("Israeli army") says more than a common noun read from the story's
            # context ("army")
            named = [actor for child, actor in found if _named(child)]
            if named or found:
                return (named or [actor for _, actor in found])[0]
            preps = set(self.lexicon.cue("member_preps")) \
                if self.lexicon.lemma(tok) in self.lexicon.cue("member_nouns") else set()
            if tok.pos_ == "NOUN":
                preps.add("by")  # "rejected calls by X": X's calls
            if preps:
                # "leaders of the coalition", "forces in Guinea", "a spokesman for X"
                for obj in pobjects(tok, preps):
                    actor = self.actor_at(obj, depth + 1)
                    if actor is not None:
                        return actor
        return None

    def _stands_for(self, head: Token, modifier: Token, actor: Actor) -> bool:
        """Does "<modifier> <head>" name the modifier's actor? "Iranian fighters", "UN calls"
        do; "Dutch tax rates", "US exports" do not: a country's adjective or name makes an
        actor only of people, forces and bodies."""
        if modifier.dep_ not in ("amod", "compound") or (
                modifier.dep_ == "compound" and actor.kind != "country"):
            return True
        lemma = self.lexicon.lemma(head)
        return head.pos_ == "PROPN" or lemma in self.lexicon.cue("member_nouns") or \
            lemma in self.lexicon.cue("agent_nouns")

    def participants(self, tok: Token | None, *, agent: bool = False
                     ) -> list[tuple[Actor, Token]]:
        """The actors of ``tok`` and its conjuncts ("the US, Russia and Switzerland")."""
        if tok is None:
            return []
        out: list[tuple[Actor, Token]] = []
        for t in (tok, *tok.conjuncts):
            if t.i < tok.i and t is not tok:
                continue  # conjuncts before tok are the head's, reached from there
            actor = self.actor_at(t, agent=agent)
            if actor is not None and all(a.id != actor.id for a, _ in out):
                out.append((actor, t))
                # coordinated modifiers: "U.S. and Russian negotiators"
                for mod in children(t, "amod", "compound", "nmod"):
                    for other in mod.conjuncts:
                        more = self.actor_at(other)
                        if more is not None and all(a.id != more.id for a, _ in out):
                            out.append((more, t))
        return out

    def all_participants(self, tokens: Sequence[Token], *, agent: bool = False
                         ) -> list[tuple[Actor, Token]]:
        out: list[tuple[Actor, Token]] = []
        for tok in tokens:
            for actor, t in self.participants(tok, agent=agent):
                if all(a.id != actor.id for a, _ in out):
                    out.append((actor, t))
        return out

    def pronoun(self, tok: Token) -> Actor | None:
        """Resolve a third-person pronoun: a subject in reported speech is the speaker; else the
        nearest fitting actor before it (a person for he/she, through earlier pronouns)."""
        if tok.i in self._pronouns:
            return self._pronouns[tok.i]
        self._pronouns[tok.i] = None  # guards against cycles
        actor = self._resolve(tok)
        self._pronouns[tok.i] = actor
        return actor

    def _resolve(self, tok: Token) -> Actor | None:
        lower = tok.lower_
        person = lower in self.lexicon.cue("pronouns_person")
        if not person and lower not in self.lexicon.cue("pronouns_other"):
            return None
        possessive = tok.tag_ == "PRP$"
        if lower == "it" and _expletive(tok):
            return None
        if not possessive:
            for speaker in self.speaker_of.get(tok.i, []):
                if (speaker.kind == "person") == person or lower in ("they", "them", "we", "us"):
                    return speaker
        if possessive:  # "Pakistan urged its citizens": the clause's own subject
            verb = governing_verb(tok)
            subs = subject_tokens(verb) if verb is not None else []
            if subs and subs[0].i < tok.i and subs[0].pos_ != "PRON":
                actor = self.actor_at(subs[0])
                if actor is not None and (actor.kind == "person") == person:
                    return actor
        floor = max(0, tok.i - PRONOUN_WINDOW)
        nearest = None  # a non-subject, if no subject comes first: "signals from X that it ..."
        for i in range(tok.i - 1, floor - 1, -1):
            prev = self.doc[i]
            mention = self.mention_at(prev)
            if mention is not None and mention.actor.is_actor:
                if (mention.actor.kind == "person") != person or (
                        lower in ("they", "them") and prev.pos_ == "PROPN" and (
                            prev.tag_ == "NNP" or mention.actor.kind == "organization")
                        and mention.actor.kind != "group"):
                    continue  # "they" is rarely one country or firm named in the singular
                if not person and mention.actor.kind == "country" and self._locative(prev):
                    continue
                if person and self._kin_owner(prev):
                    return None  # the relative, whom no mention stands for
                if person or possessive or prev.dep_ in ("nsubj", "nsubjpass") or \
                        self._is_subject(mention):
                    return mention.actor
                nearest = nearest or mention.actor
            elif person and prev.lower_ in ("he", "she", "his", "her") and \
                    (prev.lower_ in ("he", "his")) == (lower in ("he", "his", "him")):
                return self.pronoun(prev)
            if nearest is not None and prev.is_sent_start:
                break  # a subject of an earlier sentence does not beat a nearer non-subject
            if prev.is_sent_start and not person and prev.i < sentence_start(tok.doc, tok.i):
                break  # "it", "they": named in this sentence or the one before, if at all
        return nearest

    @staticmethod
    def _locative(tok: Token) -> bool:
        """A place phrase: "(a summit) in Madrid, Spain" names where, not who "it" is."""
        while tok.dep_ in ("appos", "compound", "conj") and tok.head.i != tok.i:
            tok = tok.head
        return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near", "outside")

    def _kin_owner(self, tok: Token) -> bool:
        """ "X's father", "his kidnappers": X is not the person a later pronoun means."""
        while tok.dep_ in ("compound", "flat") and tok.head is not tok:
            tok = tok.head
        return tok.dep_ == "poss" and self.lexicon.lemma(tok.head) in relative_nouns()

    def _is_subject(self, mention: Mention) -> bool:
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


def _named(tok: Token) -> bool:
    """A proper name or name adjective, or a phrase holding one."""
    return tok.pos_ in ("PROPN", "ADJ") or any(
        c.pos_ in ("PROPN", "ADJ") and c.dep_ in ("amod", "compound", "poss") for c in tok.children)


def _expletive(tok: Token) -> bool:
    """ "it" standing for a clause: "making *it* difficult to come", "*it* is hard to say"."""
    head = tok.head
    if head.pos_ == "ADJ" and head.lemma_.lower() not in CONTROL_ADJECTIVES:
        return any(c.dep_ in ("xcomp", "ccomp") and c.i > tok.i for c in head.children)
    return any(c.dep_ in ("xcomp", "ccomp") and c.i > tok.i
               for a in head.children if a.dep_ in ("acomp", "attr")
               and a.lemma_.lower() not in CONTROL_ADJECTIVES for c in a.children)


def walk_up(token: Token, limit: int = 8) -> Iterator[Token]:
    t = token
    for _ in range(limit):
        if t.dep_ == "ROOT" or t.head is t:
            return
        t = t.head
        yield t
