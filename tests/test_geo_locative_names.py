"""Specs for a name a preposition of place governs: a town abroad, whatever spaCy tagged it, is where the
event happened, not the country of its doers' nationality."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "town", "iso3"),
    [
        ("A Russian missile hit a school in Kramatorsk on Thursday.", "Kramatorsk", "UKR"),
        ("A Russian missile hit a school in Kharkiv on Thursday.", "Kharkiv", "UKR"),
    ],
)
def test_a_town_after_in_is_the_scene(pipeline: Pipeline, text: str, town: str, iso3: str) -> None:
    """'In Kramatorsk' places the strike in Ukraine's city, though spaCy tags the name a product."""
    (mention,) = pipeline.mentions(Article(id="t", text=text, published=date(2024, 5, 2)))
    assert mention.location is not None
    assert (mention.location.name, mention.location.country) == (town, iso3)


@pytest.mark.slow
def test_a_big_district_abroad_alone_of_its_name_is_the_scene(pipeline: Pipeline) -> None:
    """'Raided the Jenin refugee camp': the lists hold Jenin as the West Bank's governorate (its city under
    another spelling), the one sizeable place of the name, so the raid is placed there, not in the
    country the raiders' nationality names."""
    text = "Israeli forces raided the Jenin refugee camp on Wednesday."
    (mention,) = pipeline.mentions(Article(id="t", text=text, published=date(2024, 5, 2)))
    assert mention.location is not None
    assert (mention.location.name, mention.location.country) == ("Jenin", "PSE")
