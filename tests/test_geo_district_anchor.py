"""Specs for telling same-named towns of one region apart by the district the prose names after one:
'Shibganj upazila in Chapainawabganj district' is the Shibganj by Nawabganj, not Bogura's bigger one."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.district_anchor import district_namesake
from kronika.geo.nearby import distance_km
from kronika.model import Place

NAWABGANJ_SHIBGANJ = (24.685, 88.156)
BOGURA_SHIBGANJ = (25.001, 89.323)


def _biggest(gazetteer: Gazetteer, name: str, country: str) -> Place:
    """The biggest town of a name, as the places stage first reads it."""
    return gazetteer.lookup(name, kind="city", country=country)[0].to_place()


@pytest.mark.parametrize(
    ("sentence", "point"),
    [
        pytest.param(
            "A trader was stabbed at a market in Shibganj upazila in Chapainawabganj district.",
            NAWABGANJ_SHIBGANJ,
            id="district-after-upazila",
        ),
        pytest.param(
            "Bombs went off near Shibganj upazila's bus stand in Nawabganj district on Monday.",
            NAWABGANJ_SHIBGANJ,
            id="district-after-a-spot-of-the-upazila",
        ),
        pytest.param(
            "Rival groups clashed in Shibganj upazila of Bogura district.",
            BOGURA_SHIBGANJ,
            id="the-biggest-named-by-its-own-district",
        ),
        pytest.param(
            "Rival groups clashed in Shibganj upazila.", BOGURA_SHIBGANJ, id="no-district-the-biggest"
        ),
        pytest.param(
            "A shop owner was beaten up in Shibganj upazila in Chapainawabganj on Friday.",
            NAWABGANJ_SHIBGANJ,
            id="district-after-upazila-without-its-word",
        ),
        pytest.param(
            "Two men were hacked in a village of Shibganj upazila of Chapai Nawabganj.",
            NAWABGANJ_SHIBGANJ,
            id="two-word-district-after-upazila-without-its-word",
        ),
        pytest.param(
            "Border guards beat a cattle trader near the frontier in Nawabganj's Shibganj upazila.",
            NAWABGANJ_SHIBGANJ,
            id="district-written-as-the-upazilas-owner",
        ),
        pytest.param(
            "Party men clashed in Shibganj upazila in Rajshahi division.",
            BOGURA_SHIBGANJ,
            id="a-division-after-upazila-names-no-district",
        ),
        pytest.param(
            "Teachers formed a human chain in front of the Shibganj upazila parishad (Chapainawabganj).",
            NAWABGANJ_SHIBGANJ,
            id="district-bracketed-after-a-spot-of-the-upazila",
        ),
        pytest.param(
            "Vendors were evicted from Shibganj bazar (Nawabganj, Rajshahi) on Tuesday.",
            NAWABGANJ_SHIBGANJ,
            id="district-and-division-bracketed-after-the-town",
        ),
        pytest.param(
            "A rally marched from Shibganj upazila to the office of the Rajshahi unit (Nawabganj).",
            BOGURA_SHIBGANJ,
            id="a-bracket-after-another-name-anchors-nothing",
        ),
    ],
)
def test_the_district_named_in_prose_picks_the_namesake_beside_it(
    gazetteer: Gazetteer, sentence: str, point: tuple[float, float]
) -> None:
    place = district_namesake(_biggest(gazetteer, "Shibganj", "BGD"), sentence, gazetteer)
    assert place.name == "Shibganj" and place.admin1 == "Rajshahi"
    assert place.lat is not None and place.lon is not None
    assert distance_km(place.lat, place.lon, *point) <= 25.0


def test_a_town_with_no_far_namesake_is_left_as_it_is(gazetteer: Gazetteer) -> None:
    place = _biggest(gazetteer, "Bauphal", "BGD")
    assert (
        district_namesake(place, "Police beat protesters in Bauphal of Patuakhali district.", gazetteer)
        == place
    )
