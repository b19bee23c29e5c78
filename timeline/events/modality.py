"""Negation and modality: whether an event happened, is intended, planned, or only asked for.

Negated cooperation is a REJECT ("will not return to talks"), or, said of a third party, the
speaker's ACCUSE ("no strong commitment by the US"); negated conflict is no event. A stated
intent ("ready to discuss") is PLOVER's AGREE or THREATEN in mode ``intent``; future or possible
acts are ``planned`` and hypothetical; conditions, obligations and demands are no events.
"""

from __future__ import annotations

from dataclasses import dataclass

from .candidates import Candidate, sides
from .lexicon import Lexicon
from .speech import Speech
from .syntax import Token, children, walk_up

#: Clause boundaries that negation and modality do not cross.
CLAUSE_EDGES = ("advcl", "relcl", "conj", "parataxis", "ROOT")


@dataclass(frozen=True)
class Mood:
    """Negation and modality around a trigger."""

    negated: bool
    intent: bool
    future: bool
    modal: bool
    #: a condition, obligation or demand: "if talks fail", "X must go", "demanded that X go"
    unreal: bool


class ModalityRules:
    """Mixed into the extractor: reads ``self.lex``."""

    lex: Lexicon

    def _clause_chain(self, tok: Token) -> list[Token]:
        """The trigger and the tokens its mood and time come from: governing verbs of a noun,
        the matrix of an infinitive or participle, up to a clause edge."""
        chain = [tok]
        t = tok
        for up in walk_up(tok, 6):
            if t.dep_ in CLAUSE_EDGES and not (t.dep_ == "advcl" and (
                    t.tag_ == "VBG" and not children(t, "nsubj", "mark") or
                    any(c.tag_ == "TO" for c in children(t, "aux")))):
                break
            if t.dep_ == "ccomp" and self.lex.lemma(up) in self.lex.cue("speech"):
                break
            chain.append(up)
            t = up
        return chain

    def _mood(self, cand: Candidate, chain: list[Token]) -> Mood:
        """What the words around the trigger say about whether it happened."""
        aux = {c.lower_ for t in chain for c in t.children if c.dep_ == "aux"}
        last = chain[-1]
        obliged = bool(aux & self.lex.cue("modal_obligation")) or (
            # "X must agree before they demobilize"
            last.dep_ == "advcl" and any(c.lower_ in self.lex.cue("modal_obligation")
                                         for c in children(last.head, "aux")))
        # "demanded that Israel ease ...": a mandative subjunctive asks, nothing happened
        subjunctive = last.dep_ == "ccomp" and last.tag_ == "VB" and not children(last, "aux") \
            and bool(children(last, "nsubj"))
        # "failed to reach a deal": the deal did not happen
        failed = any(self.lex.lemma(up) in self.lex.cue("negating_verbs") and below.dep_ == "xcomp"
                     for below, up in zip(chain, chain[1:]))
        return Mood(
            negated=failed or self._negates(cand.trigger, own=True)
            or any(map(self._negates, chain[1:])),
            # "ready to talk", "vowed to fight"; not "expects that X will surrender"
            intent=any(self.lex.lemma(up) in self.lex.cue("intent") and not self._scheduled(up)
                       and (below.dep_ in ("xcomp", "acomp")
                            or below.dep_ == "advcl" and self._purpose(below))
                       for below, up in zip(chain, chain[1:])),
            future=bool(aux & self.lex.cue("modal_future")) or any(t.lower_ == "going"
                                                                   for t in chain)
            # "is due to meet", "is expected to sign": scheduled by others, not intended
            or any(self._scheduled(up) and below.dep_ == "xcomp"
                   for below, up in zip(chain, chain[1:])),
            modal=bool(aux & self.lex.cue("modal_hypothetical")) or any(
                self.lex.lemma(t) in self.lex.cue("hypothetical_words") for t in chain[1:]),
            unreal=obliged or subjunctive or any(
                c.lower_ in self.lex.cue("conditional") for t in chain
                for c in children(t, "mark")))

    def _scheduled(self, tok: Token) -> bool:
        """Does the word say someone is scheduled to act: "due", "slated", "expected", "set"?"""
        lemma = self.lex.lemma(tok)
        return lemma in self.lex.cue("scheduled") or (
            lemma in self.lex.cue("scheduled_participles") and tok.tag_ == "VBN")

    def _apply_modality(self, cand: Candidate, speech: Speech | None) -> bool:
        """Set type and mode from negation, intent, future and conditions; False drops it.

        Negated cooperation is a REJECT (or, said of a third party, the speaker's ACCUSE);
        negated conflict is nothing. A stated intent, or a future act promised in one's own
        words, is PLOVER's AGREE or THREATEN (mode ``intent``); other futures are ``planned``.
        """
        if cand.speech_act:
            return True
        chain = self._clause_chain(cand.trigger)
        # its time is its own clause's: a clause modifying a noun ("signals that it wanted to
        # renew talks") does not take the time of the noun's clause ("... last week")
        edge = next((i for i, t in enumerate(chain) if t.dep_ in ("acl", "relcl")), len(chain))
        cand.anchors = chain[:edge + 1]
        mood = self._mood(cand, chain)
        cooperative = self.lex.types[cand.type].cooperative
        own_words = speech is not None and bool(sides(cand.sources) & sides(speech.speakers))
        if mood.unreal or (mood.negated and not cooperative):
            return False
        if mood.negated:
            if speech is not None and speech.speakers and not own_words:
                return self._criticism(cand, speech)
            cand.type, cand.mode, cand.negated = "REJECT", "negated", True
        elif mood.intent or ((mood.future or mood.modal) and own_words):
            # a plan to protest or to mobilise is that act intended, not a threat to anyone
            cand.type = cand.type if cand.type.lower() in self.lex.cue("intent_keeps_type") else (
                "AGREE" if cooperative else "THREATEN")
            cand.mode = "intent"
            # an intent is dated when it is voiced, not when the act is due ("will impose
            # sanctions next week"): drop the act's own verb and what hangs off it
            own = next((i for i, t in enumerate(cand.anchors) if t.pos_ == "VERB"), 0)
            cand.anchors = cand.anchors[own + 1:] or (
                # "X on Saturday vowed to punish": the verb that voices it
                [cand.trigger.head] if cand.trigger.dep_ in ("xcomp", "advcl") else [])
        elif mood.future or mood.modal:
            cand.mode, cand.hypothetical = "planned", True
        if "symmetric" in cand.entry.flags and cand.type == "CONSULT" and not cand.targets \
                and len(cand.sources) < 2:
            return False  # meeting nobody named: "the cabinet met"
        if speech is not None and (cand.mode == "intent" or not self._material(cand)):
            cand.anchors.append(speech.verb)  # a stance is taken when it is voiced
        if cand.type != cand.entry.type and len(chain) > 1:
            cand.words = chain[: max(2, len(cand.words))]
        return True

    def _material(self, cand: Candidate) -> bool:
        return self.lex.types[cand.type].quad in (2, 4)

    def _negates(self, tok: Token, own: bool = False) -> bool:
        """A negation on ``tok``; with ``own`` (the trigger itself) also "no X", "lack of X"."""
        if own and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
                self.lex.lemma(tok.head.head) in self.lex.cue("negating_nouns"):
            return True
        return any(c.dep_ == "neg" or (own and c.dep_ == "det" and c.lower_ == "no")
                   for c in tok.children)

    def _criticism(self, cand: Candidate, speech: Speech) -> bool:
        """A speaker saying a third party does not cooperate accuses it."""
        cand.targets = cand.sources
        cand.sources = speech.speakers
        cand.type, cand.mode, cand.negated = "ACCUSE", "actual", False
        cand.words = [speech.verb, cand.trigger]
        cand.anchors = [speech.verb] + self._clause_chain(speech.verb)[1:]
        cand.symmetric = False
        return True

    @staticmethod
    def _purpose(clause: Token) -> bool:
        """An infinitive of purpose ("to demand"), or a participle after before/after/by."""
        return any(c.tag_ == "TO" for c in children(clause, "aux")) or clause.tag_ == "VBG" \
            and any(c.lower_ in ("before", "after", "by") for c in children(clause, "mark"))
