"""Specs for reading a story whose text names only a county at the town of that county its headline
names beside a word of place or as the home of the people in the news."""

from __future__ import annotations

import pytest
from builders import rule

from kronika.gazetteer import Gazetteer
from kronika.geo.headline_county import headline_county_town


@pytest.mark.parametrize(
    ("title", "state", "town"),
    [
        *rule("a town of the county after 'in'", ("Two hurt in McComb shooting", "Mississippi", "McComb")),
        *rule("one before the crime's word", ("McComb shooting probe goes on", "Mississippi", "McComb")),
        *rule("one as the home of the people", ("McComb teen sought by deputies", "Mississippi", "McComb")),
        *rule("a town of another county", ("Two hurt in Jackson shooting", "Mississippi", None)),
        *rule("the namesake county of another state", ("Two hurt in McComb shooting", "Ohio", None)),
        *rule("a headline naming no town", ("Deputies look into a shooting", "Mississippi", None)),
    ],
)
def test_a_county_story_takes_the_town_of_the_county_its_headline_names(
    gazetteer: Gazetteer, title: str, state: str, town: str | None
) -> None:
    found = headline_county_town(gazetteer, title, "Pike County", "USA", state)
    assert (found.name if found else None) == town


def test_a_page_without_a_headline_has_no_headline_town(gazetteer: Gazetteer) -> None:
    assert headline_county_town(gazetteer, None, "Pike County", "USA", "Mississippi") is None
