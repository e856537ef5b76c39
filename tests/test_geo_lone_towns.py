"""Specs for the country of a report that names none: the one country its small towns lie in."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.focus import focus_country
from kronika.geo.lone_towns import lone_town_country


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Shops in Mizdah stayed shut after a night of shelling.", "LBY"),
        ("A shepherd stepped on an old mine in Mehran county.", "IRN"),
    ],
)
def test_a_small_town_of_one_country_gives_the_note_its_country(
    nlp: Language, gazetteer: Gazetteer, text: str, iso3: str
) -> None:
    assert lone_town_country(nlp(text), gazetteer) == iso3
    assert focus_country(nlp(text), gazetteer) == iso3


@pytest.mark.parametrize(
    "text",
    [
        "Protesters angry at the US dollar's rise blocked a roundabout.",  # a country is no town
        "Crowds marched from Mizdah to Mehran.",  # two towns of two countries: no answer
        "Workers gathered at the gate of the plant on Monday.",  # no place at all
    ],
)
def test_no_country_where_the_towns_disagree_or_none_is_named(
    nlp: Language, gazetteer: Gazetteer, text: str
) -> None:
    assert lone_town_country(nlp(text), gazetteer) is None


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        # a town's name spaCy takes for a body, as the home of those who acted
        ("Residents of Lagawa staged a sit-in over water cuts.", "SDN"),
        ("Residents of Timau blocked the highway on Monday.", "KEN"),
        # the same after 'in'
        ("Traders in Lagawa closed their shops in protest.", "SDN"),
    ],
)
def test_a_town_tagged_as_a_body_in_a_place_role_gives_the_note_its_country(
    nlp: Language, gazetteer: Gazetteer, text: str, iso3: str
) -> None:
    assert lone_town_country(nlp(text), gazetteer) == iso3


@pytest.mark.parametrize(
    "text",
    [
        "Police said Lagawa had been arrested on Monday.",  # a person's role
        "Observers heard heavy gunfire near Oktiabr Mine overnight.",  # the last word of a longer name
    ],
)
def test_a_town_name_out_of_a_place_role_gives_no_country(
    nlp: Language, gazetteer: Gazetteer, text: str
) -> None:
    assert lone_town_country(nlp(text), gazetteer) is None


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        # nothing but a body named after a region, or after the country, tells the note's country
        ("Employees of the Kerala State Road Transport Corporation went on strike over pay.", "IND"),
        ("Supporters of the Nepal Sadhbhawan Party blocked the highway on Saturday.", "NPL"),
    ],
)
def test_a_body_named_after_a_region_or_country_gives_a_note_naming_nothing_else_its_country(
    nlp: Language, gazetteer: Gazetteer, text: str, iso3: str
) -> None:
    assert focus_country(nlp(text), gazetteer) == iso3
