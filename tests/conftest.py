"""Shared fixtures: spaCy, the gazetteer, the actor lexicon and the whole Kronika pipeline, each loaded once
per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kronika.actors.lexicon import ActorLexicon
from kronika.gazetteer import Gazetteer
from kronika.nlp import load_nlp
from kronika.pipeline import Pipeline

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The English spaCy pipeline, loaded once."""
    return load_nlp()


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once (its lookups never change it)."""
    return Gazetteer.load()


@pytest.fixture(scope="session")
def lexicon() -> ActorLexicon:
    """The shipped actor lexicon, loaded once (a frozen record: resolving never changes it)."""
    return ActorLexicon.load()


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The whole pipeline, loaded once (extracting never changes it)."""
    return Pipeline.load()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data, or skip where it is absent (a user's machine)."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA
