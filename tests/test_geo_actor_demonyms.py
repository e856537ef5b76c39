"""Specs for a note whose only country words are its actors' nationalities: the regions it names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.actor_demonyms import named_region_country
from kronika.geo.focus import focus_country


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Turkish military trucks entered Idleb through a border crossing.", "SYR"),
        ("Israeli warplanes struck positions in the countryside of Dar'a.", "SYR"),
        ("Egyptian drones hit an airbase in An Nuqat al Khams on Sunday.", "LBY"),
    ],
)
def test_a_region_named_outranks_the_actors_nationality(
    nlp: Language, gazetteer: Gazetteer, text: str, iso3: str
) -> None:
    assert focus_country(nlp(text), gazetteer) == iso3


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Turkish police detained 20 people at a rally on Sunday.", "TUR"),  # no region: the demonym stands
        ("Nigerian troops killed ten fighters in Borno State, Nigeria.", "NGA"),  # a country is named
        # 'Interior' is Oman's Ad Dakhiliyah only in an English translation, not a place named here
        ("The Minister for Interior met Pakistani tribal elders on Sunday, said Secretary Interior.", "PAK"),
    ],
)
def test_the_demonym_stands_where_no_region_or_a_country_is_named(
    nlp: Language, gazetteer: Gazetteer, text: str, iso3: str
) -> None:
    assert focus_country(nlp(text), gazetteer) == iso3


@pytest.mark.parametrize(
    "text",
    [
        "Crowds marched from Idleb to Nabatiye.",  # two regions of two countries: no answer
        "Workers gathered at the gate of the plant on Monday.",  # no place at all
    ],
)
def test_no_region_country_where_the_regions_disagree_or_none_is_named(
    nlp: Language, gazetteer: Gazetteer, text: str
) -> None:
    assert named_region_country(nlp(text), gazetteer) is None
