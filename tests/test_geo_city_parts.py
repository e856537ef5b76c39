"""Specs for neighbourhoods of big cities named as towns elsewhere: a story that writes 'the Englewood
neighborhood' happened in Chicago, whatever town called Englewood the lists hold."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.city_parts import city_of_part, city_written
from kronika.model import Place

ENGLEWOOD_CO = Place("Englewood", "USA", "Colorado", 39.65, -104.99, "city")
LAWNDALE_CA = Place("Lawndale", "USA", "California", 33.89, -118.35, "city")
AUSTIN_IN = Place("Austin", "USA", "Indiana", 38.76, -85.81, "city")
AUSTIN_TX = Place("Austin", "USA", "Texas", 30.27, -97.74, "city")
SPRINGFIELD_IL = Place("Springfield", "USA", "Illinois", 39.80, -89.64, "city")


@pytest.mark.parametrize(
    ("place", "text", "city"),
    [
        (ENGLEWOOD_CO, "A teen was shot on a porch in the Englewood neighborhood on Monday.", "Chicago"),
        (LAWNDALE_CA, "Boy hurt in North Lawndale neighborhood\nA boy, 9, was shot on Tuesday.", "Chicago"),
        (AUSTIN_IN, "A girl was shot in the North Austin neighborhood on the West Side.", "Chicago"),
        # a neighbourhood written once stands for every mention of its name in the story
        (AUSTIN_IN, "Two men were shot in the Austin neighborhood.\n\nPolice in Austin said...", "Chicago"),
        # the town itself, not written as a neighbourhood
        (ENGLEWOOD_CO, "A teen was shot on a porch in Englewood on Monday.", "Englewood"),
        (AUSTIN_TX, "A man was shot in the Austin area on Friday.", "Austin"),
        # a name no big city's neighbourhood is listed by
        (SPRINGFIELD_IL, "A man was shot in the Springfield neighborhood.", "Springfield"),
    ],
)
def test_a_big_citys_neighbourhood_is_placed_in_that_city(
    gazetteer: Gazetteer, place: Place, text: str, city: str
) -> None:
    assert city_of_part(place, text, gazetteer).name == city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Five people were shot near 71st and State in the city's Park Manor neighborhood.", "Chicago"),
        (
            "A man was shot in the Humboldt Park neighborhood and another in the South Shore neighborhood.",
            "Chicago",
        ),
        ("A man was shot in Humboldt Park on Sunday.", None),  # not written as a neighbourhood
        ("A man was shot in the Springfield neighborhood.", None),  # no big city's listed neighbourhood
    ],
)
def test_a_story_naming_only_a_big_citys_neighbourhoods_is_in_that_city(
    gazetteer: Gazetteer, text: str, city: str | None
) -> None:
    place = city_written(text, gazetteer)
    assert (place.name if place else None) == city
