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


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        # the region is tagged as a body, the road's other town is a hamlet in Louisiana
        ("On 2 June, gunmen shot a fighter on the Mansura - Karama road in Ar-Raqqa.", "SYR"),
        # a hamlet of Texas shares the village's name; the countryside named is Syria's
        ("A shepherd was wounded near Roma center in the eastern countryside of Dar'a.", "SYR"),
    ],
)
def test_a_region_the_note_places_its_event_in_outranks_a_hamlet_abroad(
    nlp: Language, gazetteer: Gazetteer, text: str, iso3: str
) -> None:
    assert focus_country(nlp(text), gazetteer) == iso3


def test_a_name_not_written_as_a_place_lends_no_region(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Victoria Ortega said the shop in Mansura was closed on Sunday."
    assert named_region_country(nlp(text), gazetteer, located=True) is None
