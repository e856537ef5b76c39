"""Specs for the place a coder's note says its event is coded at."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.coded import coded_place


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Gunmen attacked the hamlet of Wendou (coded as Kaya at geoprecision 2) at dawn.", "Kaya", "BFA"),
        ("Guards fired on inmates at a jail (coordinates for Malakal used), killing two.", "Malakal", "SSD"),
        ("Soldiers shot a fisherman at sea (coded to Gaza Port, Gaza City) on Monday.", "Gaza", "PSE"),
        # a compass word bracketed after the coded name picks a part of it, no region
        ("Troops raided a village (coded as Monywa (North)) at dawn.", "Monywa", "MMR"),
        # a note opening on a whole region's fighting closes on the village it is coded at
        (
            "Fighting went on across Tigray all month. Shelling reportedly occurred in or around "
            "Hawzen (Eastern Tigray, Tigray).",
            "Hawzen",
            "ETH",
        ),
    ],
)
def test_the_place_a_note_is_coded_at_is_its_place(
    gazetteer: Gazetteer, text: str, name: str, country: str
) -> None:
    place = coded_place(text, gazetteer, None)
    assert place is not None and (place.name, place.country) == (name, country)


@pytest.mark.parametrize(
    "text",
    [
        "Three people died in the raid (fatalities coded as 3 for this event).",  # a number
        "Allied forces (coded as Unidentified Military Forces) struck a camp near Kaya.",  # an actor
        "Crowds marched through Kaya on Friday.",  # no coding statement
    ],
)
def test_no_place_from_a_number_an_actor_or_no_statement(gazetteer: Gazetteer, text: str) -> None:
    assert coded_place(text, gazetteer, None) is None


@pytest.mark.parametrize(
    ("text", "focus", "name", "country"),
    [
        pytest.param(
            "A mine killed a soldier of Armenia on the front. [Coded to Hadrut with GP2, the main town]",
            "ARM",
            "Hadrut",
            "AZE",
            id="coded-in-the-other-sides-town",
        ),
        pytest.param(
            "Gunmen attacked the hamlet of Wendou (coded as Kaya at geoprecision 2) at dawn.",
            "BFA",
            "Kaya",
            "BFA",
            id="coded-in-the-focus-country",
        ),
    ],
)
def test_a_town_coded_outside_the_focus_country_is_still_the_place(
    gazetteer: Gazetteer, text: str, focus: str, name: str, country: str
) -> None:
    place = coded_place(text, gazetteer, focus)
    assert place is not None and (place.name, place.country) == (name, country)
