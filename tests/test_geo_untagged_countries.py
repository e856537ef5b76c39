"""Specs for the country a note names in words spaCy tags as no place and no nationality."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.focus import focus_country
from kronika.geo.untagged_countries import untagged_country


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        # a nationality spaCy leaves untagged, or takes for a person's name
        ("Burkinabe gendarmes fired warning shots at a crowd of traders on Friday.", "BFA"),
        ("Nigerien soldiers beat two herders at a checkpoint.", "NER"),
        # a country's name spaCy takes for a body's
        ("Dozens of pupils were hurt when Burkina Faso police charged a march.", "BFA"),
    ],
)
def test_a_misread_country_word_gives_the_note_its_country(
    nlp: Language, gazetteer: Gazetteer, text: str, iso3: str
) -> None:
    assert untagged_country(nlp(text), gazetteer) == iso3
    assert focus_country(nlp(text), gazetteer) == iso3


@pytest.mark.parametrize(
    "text",
    [
        "Chad Evans was robbed at gunpoint outside a bar.",  # a word of a person's name
        "Gunmen raided a fishing camp in the Niger Delta.",  # also a region's name (Nigeria's Niger State)
        "Workers gathered at the gate of the plant on Monday.",  # no country at all
        "Burkinabe and Nigerien traders blocked the road.",  # two countries: no answer
    ],
)
def test_no_country_from_a_name_or_from_two_countries(nlp: Language, gazetteer: Gazetteer, text: str) -> None:
    assert untagged_country(nlp(text), gazetteer) is None


@pytest.mark.parametrize(
    ("homes", "iso3"),
    [
        (frozenset({"MLI", "BFA", "NER"}), "BFA"),  # a land the armed group named fights in
        (frozenset({"MLI"}), None),  # foreign troops beside a group at home elsewhere
    ],
)
def test_a_note_naming_armed_groups_takes_a_country_of_their_homes(
    nlp: Language, gazetteer: Gazetteer, homes: frozenset[str], iso3: str | None
) -> None:
    text = "Burkinabe gendarmes and the militants exchanged fire near a well."
    assert untagged_country(nlp(text), gazetteer, homes) == iso3
