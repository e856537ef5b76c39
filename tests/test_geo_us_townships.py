"""Specs for an American township a note writes with its state, placed at its post office's point."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.us_townships import township_town
from kronika.geo.zip_towns import Point
from kronika.model import Place

# Invented post offices: (state's postal code, name key) -> the point of their ZIP codes
_OFFICES: dict[tuple[str, str], Point] = {
    ("NJ", "elmbrook township"): (40.11, -74.52),
    ("NJ", "elmbrook"): (41.02, -74.90),  # a namesake village of another county
    ("PA", "quillan"): (40.31, -75.44),
    ("OH", "harlow"): (39.52, -84.10),
}
_NEW_JERSEY = Place("New Jersey", "USA", "New Jersey", 40.74, -74.17, "admin1")
_PENNSYLVANIA = Place("Pennsylvania", "USA", "Pennsylvania", 39.95, -75.16, "admin1")


@pytest.mark.parametrize(
    ("place", "sentence", "expected"),
    [
        pytest.param(  # the post office named after the township comes first
            _NEW_JERSEY,
            "On 3 June 2020, about 60 people marched in Elmbrook Township (New Jersey) against racism.",
            ("Elmbrook Township", 40.11, -74.52),
            id="township's own post office",
        ),
        pytest.param(  # else the one named after its bare name
            _PENNSYLVANIA,
            "On 3 June 2020, parents rallied in Quillan Township (Pennsylvania) for school sports.",
            ("Quillan", 40.31, -75.44),
            id="bare name's post office",
        ),
        pytest.param(  # the county written between the township and its state
            _NEW_JERSEY,
            "On 3 June 2020, residents protested in Elmbrook Township (Carver, New Jersey) over taxes.",
            ("Elmbrook Township", 40.11, -74.52),
            id="county in the brackets",
        ),
        pytest.param(  # a town of another name the township was respelt to gives way too
            Place("Harlan", "USA", "Ohio", 40.90, -81.20, "city"),
            "On 3 June 2020, a dozen people rallied in Harlow Township (Ohio) to back the police.",
            ("Harlow", 39.52, -84.10),
            id="respelt town",
        ),
    ],
)
def test_a_township_is_placed_at_its_post_office(
    gazetteer: Gazetteer, place: Place, sentence: str, expected: tuple[str, float, float]
) -> None:
    found = township_town(place, sentence, gazetteer, _OFFICES)
    assert (found.name, found.lat, found.lon) == expected
    assert (found.country, found.admin1, found.precision) == ("USA", place.admin1, "city")


@pytest.mark.parametrize(
    ("place", "sentence"),
    [
        pytest.param(  # a listed town of the township's name is its seat: kept
            Place("Quillan", "USA", "Pennsylvania", 40.30, -75.45, "city"),
            "On 3 June 2020, parents rallied in Quillan Township (Pennsylvania) for school sports.",
            id="township's own town",
        ),
        pytest.param(  # the township of another state than the place's says nothing of it
            _NEW_JERSEY,
            "On 3 June 2020, parents rallied in Quillan Township (Pennsylvania) for school sports.",
            id="another state",
        ),
        pytest.param(  # no post office bears the township's name
            _PENNSYLVANIA,
            "On 3 June 2020, parents rallied in Dorrow Township (Pennsylvania) for school sports.",
            id="no post office",
        ),
        pytest.param(  # the state not written in brackets: local news files townships under counties
            _NEW_JERSEY,
            "On 3 June 2020, about 60 people marched in Elmbrook Township, New Jersey, against racism.",
            id="no brackets",
        ),
        pytest.param(  # a Burmese township is its seat town's, read elsewhere
            Place("Chin", "MMR", "Chin", 22.0, 93.5, "admin1"),
            "On 3 June 2021, in Elmbrook Township (Mindat District, Chin State), troops shelled a village.",
            id="not American",
        ),
    ],
)
def test_other_places_are_kept(gazetteer: Gazetteer, place: Place, sentence: str) -> None:
    assert township_town(place, sentence, gazetteer, _OFFICES) == place
