"""Specs for a local station's own town against the county its story names: a story from Hale County on
a Tuscaloosa station's page happened in Hale County, not at the studio."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.station_towns import station_county

SITE = " - WXYZ.com - Tuscaloosa, AL"


@pytest.mark.parametrize(
    ("title", "text", "county", "state"),
    [
        (f"Man shot in Hale County{SITE}", "A man was shot on Sunday.", "Hale County", "Alabama"),
        # the county the lead names, of the station's state (a Hale County lies in Texas too)
        (f"Man shot on Sunday{SITE}", "Hale County deputies say a man was shot.", "Hale County", "Alabama"),
    ],
)
def test_a_story_naming_a_county_beyond_the_stations_town_is_in_that_county(
    gazetteer: Gazetteer, title: str, text: str, county: str, state: str
) -> None:
    station = gazetteer.lookup("Tuscaloosa", kind="city", country="USA")[0]
    place = station_county(gazetteer, title, text, station)
    assert place is not None and (place.name, place.admin1) == (county, state)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            f"Man shot on Sunday{SITE}",
            "Tuscaloosa County deputies say a man was shot.",
        ),  # the town lies in it
        (f"Tuscaloosa man shot in Hale County{SITE}", "A man was shot."),  # the headline names the town
        ("Man shot in Hale County", "A man was shot."),  # no site part: the town is not a station's
        (f"Man shot on Sunday{SITE}", "A man was shot on Sunday."),  # no county named
    ],
)
def test_the_stations_town_stands_where_the_story_names_no_county_beyond_it(
    gazetteer: Gazetteer, title: str, text: str
) -> None:
    station = gazetteer.lookup("Tuscaloosa", kind="city", country="USA")[0]
    assert station_county(gazetteer, title, text, station) is None
