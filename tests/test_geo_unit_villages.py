"""Specs for a village a note places in a named upazila: where the lists' namesake of the village lies
in another part of the country, the village is read within its upazila (its namesake there, else the
upazila's town), so that the division comes out right; a village already near its upazila is kept."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.unit_villages import village_in_upazila
from kronika.model import Place


def _read_as(gazetteer: Gazetteer, name: str, admin1: str) -> Place:
    """The lists' namesake of a village in the given division, as a first reading would pick it."""
    entry = next(e for e in gazetteer.lookup(name, kind="city", country="BGD") if e.admin1 == admin1)
    return entry.to_place()


@pytest.mark.parametrize(
    ("sentence", "village", "read_in", "division"),
    [
        (
            "Party activists fought the police in Katakhali in Fakirhat upazila.",
            "Katakhali",
            "Rajshahi",
            "Khulna",
        ),
        (
            "Two rival groups clashed in Durgapur union under Ashuganj upazila.",
            "Durgapur",
            "Rajshahi",
            "Chittagong",
        ),
        (
            "A shop was burnt at Katakhali village of Fakirhat Upazila at night.",
            "Katakhali",
            "Rajshahi",
            "Khulna",
        ),
    ],
)
def test_a_village_read_far_from_its_upazila_is_placed_in_the_upazila(
    gazetteer: Gazetteer, sentence: str, village: str, read_in: str, division: str
) -> None:
    place = village_in_upazila(_read_as(gazetteer, village, read_in), sentence, gazetteer)
    assert (place.country, place.admin1) == ("BGD", division)


@pytest.mark.parametrize(
    ("sentence", "village", "read_in"),
    [
        # the namesake read already lies by its upazila
        ("Two groups clashed in Fakirhat bazar in Fakirhat upazila.", "Fakirhat", "Khulna"),
        # no upazila named: nothing to place the village by
        ("Two rival groups clashed in Katakhali over a pond.", "Katakhali", "Rajshahi"),
    ],
)
def test_a_village_near_its_upazila_or_named_alone_is_kept(
    gazetteer: Gazetteer, sentence: str, village: str, read_in: str
) -> None:
    place = _read_as(gazetteer, village, read_in)
    assert village_in_upazila(place, sentence, gazetteer) == place
