"""Shared fixtures: the installed spaCy model (loaded once) and the ../shared folder."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "examples" / "syria_ceasefire_2016-02-11.txt"


@pytest.fixture(scope="session")
def nlp():
    from timeline import nlp as nlp_module

    return nlp_module.load()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    return SHARED
