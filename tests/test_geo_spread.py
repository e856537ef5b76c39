"""Specs for an event told as spread across a country, placed at the town the note names among them."""

from __future__ import annotations

import pytest
from builders import country_place

from kronika.gazetteer import Gazetteer
from kronika.geo.spread import included_town, spread_over


@pytest.mark.parametrize(
    ("text", "iso3", "town"),
    [
        (
            "Students rallied in cities across Indonesia, including Medan city, against the new law.",
            "IDN",
            "Medan",
        ),
        (
            "Police detained dozens of activists throughout Indonesia. This included Manado city.",
            "IDN",
            "Manado",
        ),
        ("Teachers marched in towns across Bangladesh such as Sylhet to demand higher pay.", "BGD", "Sylhet"),
    ],
)
def test_a_spread_is_placed_at_the_town_included(
    gazetteer: Gazetteer, text: str, iso3: str, town: str
) -> None:
    country = country_place(gazetteer, iso3)
    assert spread_over(text, country)
    place = included_town(text, country, gazetteer)
    assert place is not None and place.name == town and place.country == iso3


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Students rallied in Indonesia, including Medan city, against the new law.", "IDN"),  # no spread
        ("Nurses struck across Indonesia, including midwives and cleaners.", "IDN"),  # no town included
    ],
)
def test_no_spread_or_no_town_leaves_the_country(gazetteer: Gazetteer, text: str, iso3: str) -> None:
    country = country_place(gazetteer, iso3)
    assert not spread_over(text, country) or included_town(text, country, gazetteer) is None
