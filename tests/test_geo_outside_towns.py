"""Specs for an American story's event placed only near or outside a town ('near Morganton'): the county
around the town that the story names, not the town."""

from __future__ import annotations

import pytest
from builders import listed_town, rule

from kronika.gazetteer import Gazetteer
from kronika.geo.outside_towns import county_beyond

_COUNTY_NAMED = "Burke County deputies were called to the scene on Sunday."


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        *rule(
            "a town the event lies near, outside, a bearing of or between gives way to the county named",
            ("The shooting happened in a field south of Morganton.", _COUNTY_NAMED, "Burke County"),
            ("A boy was shot near Morganton on Sunday.", _COUNTY_NAMED, "Burke County"),
            ("A man was found just outside of Morganton.", _COUNTY_NAMED, "Burke County"),
            ("It happened 3 miles east of Morganton.", _COUNTY_NAMED, "Burke County"),
            ("The home lies between Valdese and Morganton.", _COUNTY_NAMED, "Burke County"),
        ),
        *rule(
            "a town the event happened in stays",
            ("A boy was shot in Morganton on Sunday.", _COUNTY_NAMED, "Morganton"),
            ("Police near Morganton said a man was shot in Morganton.", _COUNTY_NAMED, "Morganton"),
        ),
        *rule(
            "no county named, or one not around the town, leaves the town",
            ("A boy was shot near Morganton on Sunday.", "Deputies were called on Sunday.", "Morganton"),
            ("A boy was shot near Morganton on Sunday.", "Wake County deputies were called.", "Morganton"),
        ),
    ],
)
def test_an_event_only_beyond_a_town_is_placed_in_the_county_named_around_it(
    gazetteer: Gazetteer, sentence: str, text: str, expected: str
) -> None:
    town = listed_town(gazetteer, "Morganton", "USA", "North Carolina")
    place = county_beyond(town, sentence, f"{sentence}\n\n{text}", gazetteer)
    assert place.name == expected


def test_a_town_abroad_is_left_as_it_is(gazetteer: Gazetteer) -> None:
    town = listed_town(gazetteer, "Kisumu", "KEN")
    sentence = "Two men were shot near Kisumu."
    assert county_beyond(town, sentence, f"{sentence} Kisumu County police said.", gazetteer) == town
