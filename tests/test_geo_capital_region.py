"""Specs for events placed in a country alone: coded at the capital, in the capital's region."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.capital_region import in_capital_region
from kronika.model import Place


@pytest.mark.parametrize(
    ("iso3", "name", "region"),
    [
        ("IRQ", "Iraq", "Baghdad"),
        ("LBN", "Lebanon", "Beirut"),
        ("KEN", "Kenya", "Nairobi"),
        ("SOM", "Somalia", "Banadir"),
    ],
)
def test_a_country_alone_is_coded_in_its_capitals_region(
    gazetteer: Gazetteer, iso3: str, name: str, region: str
) -> None:
    country = Place(name, iso3, None, 1.0, 2.0, "country")
    assert in_capital_region(country, gazetteer) == Place(name, iso3, region, 1.0, 2.0, "country")


@pytest.mark.parametrize(
    "place",
    [
        Place("Mosul", "IRQ", "Ninewa", 36.34, 43.13, "city"),
        Place("Ninewa", "IRQ", "Ninewa", 36.2, 42.9, "admin1"),
        None,
    ],
)
def test_a_place_named_more_closely_stays_as_it_is(gazetteer: Gazetteer, place: Place | None) -> None:
    assert in_capital_region(place, gazetteer) == place
