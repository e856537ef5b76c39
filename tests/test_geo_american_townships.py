"""Specs for an American township named without its post office: a municipality of its own, never a county,
a state or a same-named town elsewhere."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.chains import best_chain
from kronika.geo.headline import headline_town
from kronika.geo.subunits import subunit_town
from kronika.model import Article, Place
from kronika.pipeline import Pipeline

_MICHIGAN = Place("Michigan", "USA", "Michigan", 43.62, -84.68, "admin1")


@pytest.mark.parametrize(
    "text",
    [
        "A woman was shot at a home in Delta Township, Michigan, on Tuesday.",  # not Delta County, Michigan
        "Two men were wounded in Franklin Township, Michigan, late Sunday.",  # not Franklin County, Ohio
        "A boy was shot by his brother in Delaware Township, New Jersey.",  # not the state of Delaware
    ],
)
def test_an_american_township_is_no_county_or_state_of_its_name(gazetteer: Gazetteer, text: str) -> None:
    place = best_chain(gazetteer, text, 0, "USA")
    assert place is None or place.entry.kind not in ("admin2", "country") or place.entry.country != "USA"
    assert place is None or place.entry.name not in ("Delta County", "Franklin County", "Delaware")


@pytest.mark.parametrize(
    ("title", "town"),
    [
        ("Woman killed in Delta Township shooting", None),  # no Delta of Colorado
        ("Teen hurt in Hamilton Twp. drive-by", None),
        ("Man shot in Lansing after Delta Township chase", "Lansing"),  # a town named beside it still counts
    ],
)
def test_a_headline_township_is_no_town_of_its_name(
    gazetteer: Gazetteer, title: str, town: str | None
) -> None:
    found = headline_town(gazetteer, title, "USA")
    assert (found.name if found else None) == town


def test_an_american_township_is_not_read_as_its_seat_town(gazetteer: Gazetteer) -> None:
    sentence = "A man was shot and killed in Clinton Township on Saturday night."
    assert subunit_town(_MICHIGAN, sentence, gazetteer) == _MICHIGAN


@pytest.mark.slow
def test_a_township_dateline_story_is_not_placed_in_a_county_of_its_name(pipeline: Pipeline) -> None:
    text = (
        "FRANKLIN TOWNSHIP, Mich. (WXYZ) - A 4-year-old girl was killed when she shot herself with a pistol "
        "in Franklin Township Sunday, according to state police.\n\n"
        "The girl was found in a bedroom of the family's home."
    )
    mentions = pipeline.mentions(Article(id="story", text=text, published=date(2017, 8, 14)))
    assert mentions and all(m.location is None or m.location.admin1 != "Ohio" for m in mentions)
