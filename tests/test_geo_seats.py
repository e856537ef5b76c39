"""Specs for placing a first-level region at its seat, and a district named on its own (or after a village,
where its town lies far from its centre) at its town."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.nearby import distance_km
from kronika.geo.seats import at_seat
from kronika.model import Place

NEAR_KM = 10.0


def _region(gazetteer: Gazetteer, name: str, country: str) -> Place:
    """A first-level region as the places stage gives it."""
    return gazetteer.lookup(name, kind="admin1", country=country)[0].to_place()


def _km_from_town(place: Place, gazetteer: Gazetteer, town: str, country: str) -> float:
    """How far a place's point lies from a town."""
    entry = gazetteer.lookup(town, kind="city", country=country)[0]
    assert place.lat is not None and place.lon is not None and entry.lat is not None and entry.lon is not None
    return distance_km(place.lat, place.lon, entry.lat, entry.lon)


@pytest.mark.parametrize(
    ("sentence", "region", "country", "seat"),
    [
        ("Reinforcements arrived at several fronts in Hajjah governorate.", "Hajjah", "YEM", "Hajjah"),
        ("The governor closed the crossings of Hadramawt on Saturday.", "Hadramawt", "YEM", "Mukalla"),
        ("A crowd gathered outside the office of Baalbek-Hermel.", "Baalbek-Hermel", "LBN", "Baalbek"),
    ],
)
def test_a_region_named_on_its_own_is_placed_at_its_seat(
    gazetteer: Gazetteer, sentence: str, region: str, country: str, seat: str
) -> None:
    place = at_seat(_region(gazetteer, region, country), sentence, gazetteer)
    assert place.precision == "admin1" and place.admin1 == _region(gazetteer, region, country).admin1
    assert _km_from_town(place, gazetteer, seat, country) <= NEAR_KM


@pytest.mark.parametrize(
    ("sentence", "region", "country", "seat"),
    [
        ("Troops shelled Tell Qarah in Aleppo on Sunday.", "Aleppo", "SYR", "Aleppo"),
        ("Gunmen raided the hamlet of Wadi Sirr (Al Hudaydah) at dawn.", "Al Hudaydah", "YEM", "Al Hudaydah"),
        ("In Tembladera, La Paz, drivers blocked the main road.", "La Paz", "BOL", "La Paz"),
    ],
)
def test_a_region_after_a_smaller_place_is_placed_at_its_seat(
    gazetteer: Gazetteer, sentence: str, region: str, country: str, seat: str
) -> None:
    place = at_seat(_region(gazetteer, region, country), sentence, gazetteer)
    assert place.precision == "admin1" and place.name == _region(gazetteer, region, country).name
    assert _km_from_town(place, gazetteer, seat, country) <= NEAR_KM


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops shelled the village of Kafr Nubl in the southern countryside of Idleb.",
        "Troops shelled villages in the countryside of Idleb.",
        "Troops shelled Kafr Nubl in Idleb countryside with rockets.",
        "Troops shelled Tell Qarah in Idleb on Sunday.",  # Idlib lies near the province's centre
    ],
)
def test_a_small_region_or_one_named_as_its_countryside_keeps_its_centre(
    gazetteer: Gazetteer, sentence: str
) -> None:
    region = _region(gazetteer, "Idleb", "SYR")
    assert at_seat(region, sentence, gazetteer) == region


def test_a_town_is_left_as_it_is(gazetteer: Gazetteer) -> None:
    town = gazetteer.lookup("Hajjah", kind="city", country="YEM")[0].to_place()
    assert at_seat(town, "Shells fell in Hajjah.", gazetteer) == town


def _district(gazetteer: Gazetteer, name: str, country: str) -> Place:
    """A district as the places stage gives it (at region precision)."""
    return gazetteer.lookup(f"{name} district", kind="admin2", country=country)[0].to_place()


def test_a_district_named_on_its_own_is_placed_at_the_town_it_is_named_after(gazetteer: Gazetteer) -> None:
    district = _district(gazetteer, "Nagaur", "IND")
    place = at_seat(district, "Workers blocked roads in Nagaur district (Rajasthan) on Friday.", gazetteer)
    assert place.name == district.name and place.precision == "admin1"
    assert (
        _km_from_town(place, gazetteer, "Nagaur", "IND")
        <= NEAR_KM
        < _km_from_town(district, gazetteer, "Nagaur", "IND")
    )


def test_a_district_after_an_unknown_village_keeps_its_centre_where_its_town_lies_near_it(
    gazetteer: Gazetteer,
) -> None:
    district = _district(gazetteer, "Rajbari", "BGD")  # its town lies some 8 km from its centre
    sentence = "Gunmen killed a trader at Kolapara village of Rajbari District on Monday."
    assert at_seat(district, sentence, gazetteer) == district


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ("Workers blocked roads in Harsolav village (Nagaur, Rajasthan) on Friday.", "Nagaur", "IND"),
        ("Police seized arms at Ramdighi of Dinajpur District on Friday.", "Dinajpur", "BGD"),
    ],
)
def test_a_district_after_an_unknown_village_is_placed_at_its_town_where_that_lies_far_from_its_centre(
    gazetteer: Gazetteer, sentence: str, name: str, country: str
) -> None:
    district = _district(gazetteer, name, country)
    place = at_seat(district, sentence, gazetteer)
    assert place.name == district.name and place.precision == "admin1"
    assert (
        _km_from_town(place, gazetteer, name, country)
        <= NEAR_KM
        < _km_from_town(district, gazetteer, name, country)
    )


def test_a_district_named_as_its_countryside_keeps_its_centre(gazetteer: Gazetteer) -> None:
    district = _district(gazetteer, "Nagaur", "IND")
    sentence = "Herders clashed in the villages of Nagaur district on Friday."
    assert at_seat(district, sentence, gazetteer) == district


def _county(gazetteer: Gazetteer, name: str, state: str) -> Place:
    """An American county as the places stage gives it (at region precision)."""
    return next(
        e for e in gazetteer.lookup(name, kind="admin2", country="USA") if e.admin1 == state
    ).to_place()


@pytest.mark.parametrize(
    ("county", "state", "sentence", "moved"),
    [
        # the town of Sumter lies in Sumter County: the county named on its own is placed there
        ("Sumter County", "South Carolina", "A man was shot in Sumter County on Friday.", True),
        # the town of Gaston lies 150 km from Gaston County (its seat is Gastonia): the county keeps its point
        ("Gaston County", "North Carolina", "A boy was shot in Gaston County on Friday.", False),
    ],
)
def test_an_american_county_is_placed_at_its_namesake_town_only_where_the_town_lies_in_it(
    gazetteer: Gazetteer, county: str, state: str, sentence: str, moved: bool
) -> None:
    place = _county(gazetteer, county, state)
    assert (at_seat(place, sentence, gazetteer) != place) is moved
