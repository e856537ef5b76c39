"""Specs for a note whose only place is the region whose governor's office acts: the region, at its seat."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.governors import governors_region


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        pytest.param("Van Governor's Office banned all rallies for 15 days.", "Van", id="governors-office"),
        pytest.param("Tunceli Governorship extended its ban on sit-ins.", "Tunceli", id="governorship"),
    ],
)
def test_a_governors_office_places_its_decree_at_the_regions_seat(
    gazetteer: Gazetteer, sentence: str, region: str
) -> None:
    place = governors_region(sentence, gazetteer, "TUR")
    assert place is not None and (place.name, place.admin1, place.country) == (region, region, "TUR")
    seat = gazetteer.seat(place)
    assert seat is not None and (place.lat, place.lon) == (seat.lat, seat.lon)


@pytest.mark.parametrize(
    ("sentence", "focus"),
    [
        pytest.param("The Governor's Office said nothing.", "TUR", id="no-region-named"),
        pytest.param("Van Governor's Office banned all rallies.", "USA", id="no-such-region-in-the-focus"),
    ],
)
def test_no_region_where_none_is_named_in_the_country(
    gazetteer: Gazetteer, sentence: str, focus: str
) -> None:
    assert governors_region(sentence, gazetteer, focus) is None
