"""Specs for a city's numbered division ('the 11th District'), which is no place of its own: not the
District of Columbia."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.mentions import sentence_mentions


def _named(nlp: Language, gazetteer: Gazetteer, sentence: str) -> list[str]:
    """The gazetteer names of the places the sentence's mentions resolve to."""
    doc = nlp(sentence)
    trigger = next(t for t in doc if t.lower_ == "shot")
    return [m.entry.name for m in sentence_mentions(doc, doc[:], gazetteer, "USA", trigger)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A man walking his dog near S. 40th St. and W. Elm Ave. in the 11th District was shot by robbers.",
        "A man was shot in the city's 4th District late on Friday.",
        "Last night a man near N. 12th St. and W. Oak Ave. in the 7th District was shot.",
    ],
)
def test_a_numbered_division_is_no_place(nlp: Language, gazetteer: Gazetteer, sentence: str) -> None:
    assert "District of Columbia" not in _named(nlp, gazetteer, sentence)


def test_the_district_alone_is_still_washington(nlp: Language, gazetteer: Gazetteer) -> None:
    assert "District of Columbia" in _named(nlp, gazetteer, "A man was shot in the District on Monday.")
