"""Specs for how the names of a chain vouch for a country and a respelled town: a later name read in the
same country but far off in another region vouches for nothing, nor does a respelled town far from the
district written after it."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.chain_country import agreeing_names, own_region_towns
from kronika.geo.chain_respell import near_later
from kronika.geo.chains import best_chain


def _at(name: str, kind: str, country: str, admin1: str | None, lat: float, lon: float) -> GeoEntry:
    return GeoEntry(name, kind, country, admin1, lat, lon, 5_000)  # type: ignore[arg-type]


_HILLTOWN = _at("Hilltown", "city", "AAA", "North", 10.0, 10.0)
_RIVERTON_NEAR = _at("Riverton", "admin2", "AAA", "North", 10.3, 10.2)
_RIVERTON_NEXT_DOOR = _at("Riverton", "city", "AAA", "East", 10.9, 10.4)  # ~110 km, over a border
_RIVERTON_FAR = _at("Riverton", "city", "AAA", "South", 3.0, 10.0)  # ~780 km
_SOUTH = _at("South", "admin1", "AAA", "South", 3.0, 10.0)
_AAA = _at("Aland", "country", "AAA", None, 6.0, 10.0)


@pytest.mark.parametrize(
    ("options", "agreeing"),
    [
        ([[_HILLTOWN], [_RIVERTON_NEAR]], 2),  # the district holds the town
        ([[_HILLTOWN], [_RIVERTON_NEXT_DOOR]], 2),  # a neighbour over a regional border
        ([[_HILLTOWN], [_RIVERTON_FAR]], 1),  # far off in another region: no vouching
        ([[_HILLTOWN], [_RIVERTON_FAR, _RIVERTON_NEAR]], 2),  # one reading near is enough
        ([[_HILLTOWN], [_AAA]], 2),  # the country holds every town of it
        ([[], [_RIVERTON_FAR]], 1),  # the first name read there counts
        ([[_HILLTOWN], []], 1),
    ],
)
def test_a_later_name_vouches_for_a_country_only_near_an_earlier_one(
    options: list[list[GeoEntry]], agreeing: int
) -> None:
    assert agreeing_names(options, "AAA") == agreeing


@pytest.mark.parametrize(
    ("later", "near"),
    [
        ([[_RIVERTON_NEAR]], True),
        ([[_RIVERTON_FAR]], False),
        ([[_RIVERTON_FAR], [_RIVERTON_NEAR]], True),
        ([[_SOUTH]], True),  # a region alone sets no reach
        # nor does a far town named like the region ('Pine Ranch (California)': no town California near)
        ([[_SOUTH, _at("South", "city", "AAA", "South", 2.0, 9.0)]], True),
        ([[]], True),
    ],
)
def test_a_respelled_town_must_lie_near_a_district_or_town_named_after_it(
    later: list[list[GeoEntry]], near: bool
) -> None:
    assert near_later(_HILLTOWN, later, "AAA") is near


def test_a_bracketed_district_of_one_country_outweighs_far_namesakes_of_both_names_in_another(
    gazetteer: Gazetteer,
) -> None:
    # India has a Krishnanagar (West Bengal) and towns called Chandpur 500 km and more away from it;
    # Bangladesh's Chandpur district holds the village
    text = "Petrol bombs were hurled at a bus in Krishnanagar village (Chandpur) at night."
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and (place.entry.country, place.entry.admin1) == ("BGD", "Chittagong")


_BROOK_TOWN = _at("Brook", "city", "AAA", "Brook", 10.0, 10.0)
_BROOK_REGION = _at("Brook", "admin1", "AAA", "Brook", 10.2, 10.1)
_BROOK_BBB = _at("Brook", "admin2", "BBB", "Vale", 40.0, 10.0)  # a bigger unit in a region of another name


@pytest.mark.parametrize(
    ("options", "countries"),
    [
        # 'Brook (Brook)': the town in the region of its name
        ([[_BROOK_TOWN, _BROOK_BBB], [_BROOK_REGION, _BROOK_BBB]], {"AAA"}),
        # no region of the name, only a district: nothing to prefer
        ([[_BROOK_BBB], [_BROOK_BBB]], set()),
        # the region holds no town of the earlier name
        ([[_HILLTOWN], [_BROOK_REGION]], set()),
        ([[_BROOK_TOWN]], set()),  # one name alone
    ],
)
def test_a_last_name_that_is_the_region_of_an_earlier_town_marks_its_country(
    options: list[list[GeoEntry]], countries: set[str]
) -> None:
    assert own_region_towns(options) == countries


@pytest.mark.parametrize(
    "text",
    [
        "On 14 March 2020, in Leon (Leon), the house of an opposition leader was attacked by a group of men.",
        "On 2 July 2019, in León (León), police beat two students outside their university.",
    ],
)
def test_a_town_bracketed_with_its_own_region_is_where_a_region_bears_the_name(
    gazetteer: Gazetteer, text: str
) -> None:
    # Nicaragua's León lies in its León department; Mexico's bigger León municipality is in Guanajuato
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and (place.entry.country, place.entry.admin1) == ("NIC", "León")
