"""Specs for a name written with the word its country calls its first-level units by ('Meru County' in
Kenya, whose counties are its first level), where no country is known."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.resolve import resolve_name


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Meru County", "KEN"),  # Tanzania's Meru is a district, which nobody calls a county
        ("Busia County", "KEN"),  # Uganda's Busia is a district and a town
        ("Harris County", "USA"),  # no first-level unit is called so: the district stays
    ],
)
def test_a_county_of_the_first_level_outranks_districts_elsewhere(
    gazetteer: Gazetteer, text: str, country: str
) -> None:
    entry = resolve_name(gazetteer, text, None)
    assert entry is not None and entry.country == country


def test_the_articles_country_keeps_its_own_district(gazetteer: Gazetteer) -> None:
    entry = resolve_name(gazetteer, "Meru County", "TZA")
    assert entry is not None and entry.country == "TZA"
