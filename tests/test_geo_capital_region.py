"""Specs for the region a country-wide place takes: its capital's, where its point is the capital's."""

from __future__ import annotations

from dataclasses import replace

import pytest
from builders import country_place

from kronika.gazetteer import Gazetteer
from kronika.geo.capital_region import with_capital_region
from kronika.model import Place


@pytest.mark.parametrize(
    ("iso3", "region"),
    [
        pytest.param("BGD", "Dhaka", id="bangladesh"),
        pytest.param("LKA", "Western", id="sri-lanka"),
        pytest.param("GRC", "Attica", id="greece"),
        pytest.param("KEN", "Nairobi", id="kenya"),
        pytest.param("IRQ", "Baghdad", id="iraq"),
        pytest.param("LBN", "Beirut", id="lebanon"),
        pytest.param("SOM", "Banadir", id="somalia"),
    ],
)
def test_a_country_wide_place_at_its_capital_takes_the_capitals_region(
    gazetteer: Gazetteer, iso3: str, region: str
) -> None:
    country = country_place(gazetteer, iso3)
    place = with_capital_region(country, gazetteer)
    assert place.admin1 == region
    assert (place.name, place.precision, place.lat, place.lon) == (
        country.name,
        "country",
        country.lat,
        country.lon,
    )


def test_a_country_wide_place_away_from_its_capital_claims_no_region(gazetteer: Gazetteer) -> None:
    country = country_place(gazetteer, "BGD")
    elsewhere = replace(country, lat=22.35, lon=91.78)  # Chittagong's point, not Dhaka's
    assert with_capital_region(elsewhere, gazetteer).admin1 is None


def test_american_local_news_naming_no_town_is_not_put_in_washington(gazetteer: Gazetteer) -> None:
    """A local story that names no town is from anywhere in the country: it keeps no region."""
    country = country_place(gazetteer, "USA")
    assert with_capital_region(country, gazetteer, focus="USA") == country


def test_the_united_states_in_a_foreign_report_speaks_from_washington(gazetteer: Gazetteer) -> None:
    """'The United States called on all sides ...' in a report about another country: Washington's region."""
    country = country_place(gazetteer, "USA")
    assert with_capital_region(country, gazetteer, focus="KGZ").admin1 == "District of Columbia"


@pytest.mark.parametrize(
    "place",
    [
        Place("Mosul", "IRQ", "Ninewa", 36.34, 43.13, "city"),
        Place("Ninewa", "IRQ", "Ninewa", 36.2, 42.9, "admin1"),
    ],
)
def test_a_place_named_more_closely_stays_as_it_is(gazetteer: Gazetteer, place: Place) -> None:
    assert with_capital_region(place, gazetteer) == place


def test_a_town_keeps_its_own_region(gazetteer: Gazetteer) -> None:
    town = gazetteer.lookup("Savar", kind="city", country="BGD")[0].to_place()
    assert with_capital_region(town, gazetteer) == town
