"""Specs for a nation's word written before 'border': its country's frontier, never a region that bears
its people's name ('near the Somali border' is not Ethiopia's Somali region)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.chains import best_chain
from kronika.geo.mentions import sentence_mentions
from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "Eight people died in fighting between Al Shabaab and a militia on the Kenya-Somali border.",
        "Four herders died in clashes between raiders and police on the Kenya-Somali frontier.",
    ],
)
def test_a_nations_word_before_border_names_no_region(nlp: Language, gazetteer: Gazetteer, text: str) -> None:
    doc = nlp(text)
    regions = [
        m.entry for m in sentence_mentions(doc, doc[:], gazetteer, None, None) if m.entry.kind != "country"
    ]
    assert all(entry.country != "ETH" for entry in regions)


@pytest.mark.parametrize(
    ("text", "focus", "region"),
    [
        # the region written as one, before another word than 'border', stays the region
        ("Clan militias clashed in Somali Region on Tuesday.", "ETH", "Somali"),
        # a name of no nation before 'border' is still read
        ("Gunmen attacked a bus in Moyale town near the border.", "KEN", "Marsabit"),
    ],
)
def test_other_names_are_read_as_before(
    nlp: Language, gazetteer: Gazetteer, text: str, focus: str, region: str
) -> None:
    doc = nlp(text)
    mentions = sentence_mentions(doc, doc[:], gazetteer, focus, None)
    assert any(m.entry.admin1 == region for m in mentions)


def test_a_chain_loses_the_nations_word_before_border(gazetteer: Gazetteer) -> None:
    text = "Four soldiers were hurt by a mine in Wajir near the Somali border."
    chain = best_chain(gazetteer, text, 0, "KEN")
    assert chain is None or chain.entry.admin1 == "Wajir"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Three soldiers were wounded by a landmine in Wajir near the Somali border.", "Wajir"),
        ("Gunmen shot two traders in Garissa town close to the Somali border.", "Garissa"),
    ],
)
def test_the_town_named_beside_a_border_places_the_event(pipeline: Pipeline, text: str, admin1: str) -> None:
    mentions = pipeline.mentions(Article("t", text, published=date(2014, 3, 2)))
    location = mentions[0].location
    assert location is not None
    assert (location.country, location.admin1) == ("KEN", admin1)
