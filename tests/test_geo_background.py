"""Specs for where a past event told by its year happened: where its paragraph says, else its country."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.background import background_place
from kronika.model import Place

OSH = Place("Osh", "KGZ", "Osh", 40.53, 72.80, "city")
NARYN = Place("Naryn", "KGZ", "Naryn", 41.43, 75.99, "admin1")


@pytest.mark.parametrize(
    ("place", "told", "expected"),
    [
        # the news's town, borrowed by a sentence that names no place, is not where the old uprising was
        (
            OSH,
            "Looting rose after the revolts of 2005 and 2010 left the police weak.",
            ("Kyrgyzstan", "country"),
        ),
        # a place the paragraph writes, in the sentence or before it, or its region's name, stands
        (OSH, "The 2010 riots in Osh killed hundreds.", ("Osh", "city")),
        (OSH, "Osh is the south's main city. In 2010 riots killed hundreds there.", ("Osh", "city")),
        (NARYN, "In 2008 herders blocked a road in Naryn region.", ("Naryn", "admin1")),
    ],
)
def test_background_is_placed_where_its_paragraph_says(
    gazetteer: Gazetteer, place: Place, told: str, expected: tuple[str, str]
) -> None:
    """A historical event keeps a place its own words name; a borrowed one gives way to its country."""
    found = background_place(place, told, gazetteer)
    assert found is not None
    assert (found.name, found.precision) == expected
    assert found.country == "KGZ"


def test_old_american_unrest_in_local_news_is_not_put_in_washington(gazetteer: Gazetteer) -> None:
    """In an article about the United States, a past event its paragraph places nowhere keeps no region."""
    dayton = Place("Dayton", "USA", "Ohio", 39.76, -84.19, "city")
    told = "Riots after the 1966 shooting left the west side scarred."
    found = background_place(dayton, told, gazetteer, "USA")
    assert found is not None
    assert (found.name, found.precision, found.admin1) == ("United States", "country", None)
