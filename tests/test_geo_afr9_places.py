"""Specs for Kenyan towns the lists file under another county or none: a note naming only the town is
read in the county it lies in (Thika in Kiambu, not Nairobi; Sololo in Marsabit)."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer


@pytest.mark.parametrize(
    ("town", "county"),
    [
        ("Thika", "Kiambu"),
        ("Sololo", "Marsabit"),
    ],
)
def test_a_kenyan_town_is_filed_under_the_county_it_lies_in(
    gazetteer: Gazetteer, town: str, county: str
) -> None:
    towns = gazetteer.lookup(town, kind="city", country="KEN")
    assert towns and towns[0].admin1 == county
