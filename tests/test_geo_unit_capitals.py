"""Specs for 'capital' after a unit's word ('the district capital', 'the state's capital'): a unit's seat,
never the country's capital."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.mentions import sentence_mentions
from kronika.model import Article
from kronika.pipeline import Pipeline


def _names(nlp: Language, gazetteer: Gazetteer, text: str, focus: str) -> list[str]:
    doc = nlp(text)
    return [m.entry.name for m in sentence_mentions(doc, doc[:], gazetteer, focus, None)]


@pytest.mark.parametrize(
    ("text", "focus", "capital"),
    [
        ("Bandits raided a village two hours from the district capital.", "KEN", "Nairobi"),
        ("Rebels shelled the outskirts of the state capital overnight.", "SSD", "Juba"),
        ("Militias clashed in a town near the region's capital.", "ETH", "Addis Ababa"),
    ],
)
def test_a_units_capital_is_not_the_countrys(
    nlp: Language, gazetteer: Gazetteer, text: str, focus: str, capital: str
) -> None:
    assert capital not in _names(nlp, gazetteer, text, focus)


@pytest.mark.parametrize(
    ("text", "focus", "capital"),
    [
        ("Protesters marched through the capital on Tuesday.", "KEN", "Nairobi"),
        ("Soldiers were deployed across the capital overnight.", "SSD", "Juba"),
    ],
)
def test_the_capital_alone_is_still_the_countrys(
    nlp: Language, gazetteer: Gazetteer, text: str, focus: str, capital: str
) -> None:
    assert capital in _names(nlp, gazetteer, text, focus)


@pytest.mark.slow
def test_a_coders_location_line_with_its_district_capital(pipeline: Pipeline) -> None:
    text = (
        "4 reported killed in raid by unknown bandits - FATALITIES: estimate. LOCATION: Lmisigiyoi Area in "
        "Samburu District (district capital = Maralal)"
    )
    mentions = pipeline.mentions(Article("t", text, published=date(2009, 2, 3)))
    location = mentions[0].location
    assert location is not None
    assert (location.country, location.admin1) == ("KEN", "Samburu")
