"""Specs for a sub-district read as its town where the district written after it is spelled otherwise
than the lists spell the district's town ('Baralekha sub-district of Moulvibazar District': the
lists' Maulavi Bazar is that district's town, so the place found is no finer than the district)."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.subunits import subunit_town
from kronika.model import Place


def _town(gazetteer: Gazetteer, name: str) -> Place:
    """The biggest Bangladeshi town of a name, as the places stage reads it."""
    return gazetteer.lookup(name, kind="city", country="BGD")[0].to_place()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Two groups clashed in Baralekha sub-district of Moulvibazar District on Friday.",
            "Baralekha",
            id="district-spelled-otherwise",
        ),
        pytest.param(
            "Two groups clashed in Baralekha upazila (Moulvibazar, Sylhet) on Friday.",
            "Baralekha",
            id="bracketed-district-spelled-otherwise",
        ),
        pytest.param(
            "Two groups clashed near the court in Moulvibazar on Friday.",
            "Maulavi Bāzār",
            id="no-sub-district-named",
        ),
    ],
)
def test_a_sub_district_of_a_district_spelled_otherwise_is_read_as_its_town(
    gazetteer: Gazetteer, sentence: str, expected: str
) -> None:
    place = subunit_town(_town(gazetteer, "Moulvibazar"), sentence, gazetteer)
    assert place is not None and (place.name, place.admin1) == (expected, "Sylhet")
