"""Specs for a small village named far from the district or town its sentence also names: a namesake,
so the district or town places the event; nor is a chain's unknown village respelled as a small one."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.chains import best_chain
from kronika.geo.far_villages import village_or_district
from kronika.geo.listed_towns import MIN_RIVAL_TOWN
from kronika.geo.mentions import PlaceMention


def _mention(name: str, kind: str, lat: float, lon: float, people: int, score: float) -> PlaceMention:
    """A mention of a made-up Bangladeshi place."""
    entry = GeoEntry(name, kind, "BGD", "Khulna", lat, lon, people)  # type: ignore[arg-type]
    return PlaceMention(0, len(name), name, entry, score)


_VILLAGE_FAR = _mention("Kalipur", "city", 25.8, 89.2, 500, 2.0)  # 170 km north of the district
_VILLAGE_NEAR = _mention("Kalipur", "city", 24.4, 88.4, 500, 2.0)  # 20 km from it
_DISTRICT = _mention("Nawabganj", "admin2", 24.6, 88.3, 60_000, 1.5)
_TOWN = _mention("Nawabganj", "city", 24.6, 88.3, 60_000, 1.4)


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        ([_VILLAGE_FAR, _DISTRICT], _DISTRICT),  # the village the lists know is a namesake
        ([_VILLAGE_FAR, _TOWN], _TOWN),
        ([_VILLAGE_NEAR, _DISTRICT], _VILLAGE_NEAR),  # a village of the district named: the village
        ([_VILLAGE_FAR], _VILLAGE_FAR),  # nothing else named: the village
        ([_TOWN, _VILLAGE_FAR], _TOWN),  # a town is no small village
    ],
)
def test_a_small_village_far_from_the_district_named_with_it_gives_way_to_the_district(
    mentions: list[PlaceMention], expected: PlaceMention
) -> None:
    assert village_or_district(mentions[0], mentions) == expected


def test_no_best_mention_stays_none() -> None:
    assert village_or_district(None, [_DISTRICT]) is None


@pytest.mark.parametrize(
    "text",
    [
        "Rival groups clashed at Bakri village in Sadar upazila in Jhenidah, Khulna.",
    ],
)
def test_a_chains_unknown_village_is_not_respelled_as_another_small_village(
    gazetteer: Gazetteer, text: str
) -> None:
    place = best_chain(gazetteer, text, 0, "BGD")
    assert place is None or place.entry.population >= MIN_RIVAL_TOWN
