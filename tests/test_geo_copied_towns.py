"""Specs for towns the city list holds twice in one region with one count: the copy loses the people."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.copied_towns import copies_unpeopled
from kronika.geo.villages import point_of


def _town(lat: float, lon: float, people: int, name: str = "Ashford Mill", state: str = "North") -> dict:
    """A made-up city-list record of country 'XX'."""
    return {
        "country_code": "XX",
        "city": name,
        "state": state,
        "latitude": lat,
        "longitude": lon,
        "population": people,
    }


REAL = _town(30.0, -90.0, 7_600)
COPY = _town(33.0, -90.0, 7_900)  # 333 km off, a count 4% over the real one's
NAMED = {point_of("XX", 30.0, -90.0)}  # GeoNames gives the real town its other names


@pytest.mark.parametrize(
    ("towns", "named", "people"),
    [
        ([REAL, COPY], NAMED, [7_600, 0]),  # the nameless copy loses its people
        ([COPY, REAL], NAMED, [0, 7_600]),  # whatever the order
        ([REAL, _town(33.0, -90.0, 2_000)], NAMED, [7_600, 2_000]),  # another count: another town
        ([REAL, _town(30.1, -90.0, 7_500)], NAMED, [7_600, 7_500]),  # side by side: one place anyway
        ([REAL, COPY], set(), [7_600, 7_900]),  # neither named: nothing tells the copy
        ([REAL, _town(33.0, -90.0, 7_900, state="South")], NAMED, [7_600, 7_900]),  # another region
        ([REAL, _town(33.0, -90.0, 7_900, name="Ashford")], NAMED, [7_600, 7_900]),  # another name
    ],
)
def test_a_nameless_copy_of_a_named_towns_count_far_off_loses_its_people(
    towns: list[dict], named: set[tuple[str, float, float]], people: list[int]
) -> None:
    assert [t["population"] for t in copies_unpeopled(towns, named)] == people


def test_a_town_listed_twice_is_read_at_the_town(gazetteer: Gazetteer) -> None:
    # Holly Springs, Mississippi, not the copy of its count 386 km south of it
    town = gazetteer.lookup("Holly Springs", kind="city", country="USA")
    first = next(e for e in town if e.admin1 == "Mississippi")
    assert first.lat is not None and abs(first.lat - 34.77) < 0.1
