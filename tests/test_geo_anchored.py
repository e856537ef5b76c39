"""Specs for same-named towns of one region told apart by the town or district a chain names after them."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.anchored import nearest_namesake
from kronika.geo.chains import best_chain
from kronika.geo.nearby import distance_km


def _town(name: str, lat: float, lon: float, population: int, kind: str = "city") -> GeoEntry:
    """A made-up entry of region 'North' in country 'XXX'."""
    return GeoEntry(name, kind, "XXX", "North", lat, lon, population)  # type: ignore[arg-type]


BIG = _town("Dalby", 10.0, 10.0, 9_000)
SMALL = _town("Dalby", 11.0, 11.0, 800)
BESIDE_BIG = _town("Dalby", 10.1, 10.1, 500)  # a hamlet beside the big one: the same place for a point
NEAR_SMALL = _town("Kerrow", 11.05, 11.05, 40_000)
NEAR_SMALL_DISTRICT = _town("Kerrow", 11.1, 11.0, 60_000, kind="admin2")
ELSEWHERE = GeoEntry("Kerrow", "city", "XXX", "South", 11.05, 11.05, 40_000)


@pytest.mark.parametrize(
    ("found", "near", "expected"),
    [
        ([BIG, SMALL], [NEAR_SMALL], SMALL),  # 'Dalby (Kerrow, North)': the Dalby by Kerrow
        ([BIG, SMALL], [NEAR_SMALL_DISTRICT], SMALL),  # a district of the name anchors as well
        ([BIG, SMALL], [], BIG),  # 'Dalby, North': nothing tells them apart, the biggest
        ([BIG, SMALL], [ELSEWHERE], BIG),  # a Kerrow outside the region named anchors nothing
        ([BIG, BESIDE_BIG], [NEAR_SMALL], BIG),  # namesakes side by side: the biggest
        ([SMALL], [NEAR_SMALL], SMALL),
    ],
)
def test_a_later_town_or_district_picks_the_namesake_nearest_it(
    found: list[GeoEntry], near: list[GeoEntry], expected: GeoEntry
) -> None:
    assert nearest_namesake(found, near, {"North"}) == expected


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # two Opytnes in Donetsk region: the one by the city of Donetsk, not the one 50 km north
        ("Shells hit a farm near Opytne, Donetsk at night.", 48.10, 37.72),
        # a Shibganj in two districts of Rajshahi: the one of Nawabganj
        ("Rioters burned a van in Shibganj (Nawabganj, Rajshahi) on Monday.", 24.69, 88.16),
        # no region written: the town named next still tells which, lying in a region of one of them
        ("Rioters burned a van in Shibganj (Nawabganj) on Monday.", 24.69, 88.16),
        ("Border guards shot a smuggler near Shibganj, Nawabganj on Monday.", 24.69, 88.16),
        # the bracket opens with the upazila named after the town itself: the district after it anchors
        ("Rioters burned a van in Shibganj (Shibganj, Nawabganj) on Monday.", 24.69, 88.16),
        # the district written next anchors, not the town of the division named after it
        ("Rioters burned a van in Shibganj city (Bogra, Rajshahi) on Monday.", 25.00, 89.32),
        # 'Texas' is the state: no Texas County (Missouri's) draws Houston there
        ("Nurses rallied in Houston (Texas) on Friday.", 29.76, -95.36),
        # 'Washington' is a state and the capital's name: it anchors nothing, and the state's Everett stays
        ("Teachers rallied in Everett (Washington) on Friday.", 47.98, -122.20),
    ],
)
def test_a_chain_reads_a_namesake_village_beside_the_town_it_names_next(
    gazetteer: Gazetteer, text: str, lat: float, lon: float
) -> None:
    found = best_chain(gazetteer, text, 0, None)
    assert found is not None and found.entry.lat is not None and found.entry.lon is not None
    assert distance_km(found.entry.lat, found.entry.lon, lat, lon) < 5
