"""Specs for "rally" with "support": backing rallied, or people who rallied for a cause."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.events import load_detector
from kronika.model import Article


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("About two hundred people rallied in the square in support of the striking nurses.", "PROTEST"),
        ("Farmers rallied outside the ministry to support the new seed law.", "PROTEST"),
        ("Thousands rallied in the capital on Sunday.", "PROTEST"),
        # "support" as the object: the minister gathered backing, nobody gathered in the street
        ("The minister rallied support for the budget among backbenchers.", "SUPPORT"),
    ],
)
def test_rallying_for_a_cause_is_a_protest(nlp: Language, text: str, plover: str) -> None:
    """People who rallied "in support of" or "to support" a cause gathered: a protest, not an endorsement."""
    found = [
        d for d in load_detector().detect(nlp(text), Article(id="t", text=text)) if d.modality == "asserted"
    ]
    best = max(found, key=lambda d: d.confidence)
    assert best.type.plover == plover
