"""Reported speech: who speaks, what is reported, and what the words themselves do.

The speaker is the source of the verbal act: calling someone a terrorist, or blaming their
actions, is an ACCUSE; saying someone must act is a REQUEST. The reported event is coded too,
with its own actors; pronouns in it may stand for the speaker ("Russia said it was ready").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..records import Actor
from .candidates import Candidate, sides
from .lexicon import Entry, Lexicon
from .syntax import ActorIndex, Token, children, subject_tokens, walk_up


@dataclass
class Speech:
    """A speech verb, the clause it reports and who speaks."""

    verb: Token
    content: Token
    speakers: list[Actor]

    def covers(self, tok: Token) -> bool:
        """Is ``tok`` in the reported clause (never the speech verb's own phrase)?"""
        if not self.content.left_edge.i <= tok.i <= self.content.right_edge.i:
            return False
        inverted = self.verb.head is self.content  # "X happened, officials said."
        return not (inverted and self.verb.left_edge.i <= tok.i <= self.verb.right_edge.i)

    def tokens(self) -> list[Token]:
        return [t for t in self.content.subtree if self.covers(t)]


class SpeechRules:
    """Mixed into the extractor: reads ``self.lex`` and ``self.actors``; the clause chain
    (what a verb's time and mood come from) is the modality rules'."""

    lex: Lexicon
    actors: ActorIndex
    _clause_chain: Callable[[Token], list[Token]]

    def _speeches(self, sent: Any) -> list[Speech]:
        """Speech verbs and the clauses they report; pronouns there may be the speaker."""
        speech_verbs = self.lex.cue("speech")
        found = []
        for tok in sent:
            if self.lex.lemma(tok) not in speech_verbs or tok.pos_ not in ("VERB", "AUX"):
                continue
            content = next(iter(children(tok, "ccomp", "xcomp")), None)
            if content is None and tok.dep_ in ("ccomp", "parataxis") and tok.head.i < tok.i:
                content = tok.head  # "X happened, officials said."
            if content is None:
                continue
            speakers = [a for a, _ in self.actors.all_participants(subject_tokens(tok), agent=True)]
            found.append(Speech(tok, content, speakers))
        for speech in found:
            if speech.speakers:
                for t in speech.tokens():
                    if t.pos_ == "PRON":
                        self.actors.speaker_of.setdefault(t.i, speech.speakers)
        return found

    def _speech_acts(self, speech: Speech) -> list[Candidate]:
        """ACCUSE for calling someone a terrorist or blaming them; REQUEST for 'X must ...'."""
        if not speech.speakers:
            return []
        out = []
        own_side = sides(speech.speakers)
        content = speech.tokens()
        accused: list[tuple[Actor, Token]] = []
        for tok in content:
            lemma = self.lex.lemma(tok)
            if lemma in self.lex.cue("accusation_nouns") and tok.dep_ in ("attr", "oprd"):
                accused += self.actors.all_participants(subject_tokens(tok.head)
                                                        or children(tok.head, "dobj"))
            elif lemma in self.lex.cue("negative_evaluation"):
                accused += self._blamed(tok, speech)
        requested: list[tuple[Actor, Token]] = []
        for tok in content:
            if tok.pos_ in ("VERB", "AUX") and any(  # "X must (not) ...": asked of X
                    c.lower_ in self.lex.cue("modal_obligation") for c in children(tok, "aux")):
                requested += self.actors.all_participants(children(tok, "nsubj"))
        anchors = [speech.verb] + self._clause_chain(speech.verb)[1:]
        accuse = self._entry_for("ACCUSE")
        request = self._entry_for("REQUEST")
        for kind, entry, pairs in (("ACCUSE", accuse, accused), ("REQUEST", request, requested)):
            targets = [a for a, _ in pairs if not sides([a]) & own_side]
            if targets:
                words = [speech.verb] + [t for _, t in pairs][:1]
                out.append(Candidate(speech.verb, entry, list(speech.speakers),
                                     list(dict.fromkeys(targets)), words=words, type=kind,
                                     anchors=anchors, speech_act=True))
        return out

    def _blamed(self, tok: Token, speech: Speech) -> list[tuple[Actor, Token]]:
        """The actor a negative evaluation is about: the nearest clause subject above it."""
        for up in [tok, *walk_up(tok, 6)]:
            if up.i == speech.verb.i:
                break
            subs = [s for s in children(up, "nsubj", "nsubjpass")
                    if s.lower_ not in ("it", "there", "this", "that", "you", "we", "i")]
            found = self.actors.all_participants(subs)
            if found:
                return found
        return []

    def _entry_for(self, type_: str) -> Entry:
        info = self.lex.types[type_]
        return Entry("", "verb", type_, info.cameo)
