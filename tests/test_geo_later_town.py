"""Specs for a note that names only its country where it tells the event: the town a later sentence of its
paragraph names, in that country, places it; a town abroad, or none, leaves the country."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country", "admin1", "precision"),
    [
        (
            "A guard shot dead six people in two bars in central Kenya on Sunday. He first killed a "
            "colleague in a bar in the town of Siakago, then walked to another bar.",
            "KEN",
            "Embu",
            "city",
        ),
        (
            "Rioters torched eight churches in northern Nigeria. Soldiers were sent to calm the situation "
            "in Kafanchan (Kaduna).",
            "NGA",
            "Kaduna",
            "city",
        ),
        (  # the later town lies abroad: the country the event's own sentence names stays
            "Gunmen killed four herders in northern Kenya on Friday. The raiders later fled towards "
            "Moyale in Ethiopia.",
            "KEN",
            None,
            "country",
        ),
        (  # no later sentence names a town: the country
            "Police fired tear gas at students marching in Ethiopia on Monday. Several were hurt.",
            "ETH",
            None,
            "country",
        ),
    ],
)
def test_a_note_naming_only_its_country_takes_the_town_a_later_sentence_names(
    pipeline: Pipeline, text: str, country: str, admin1: str | None, precision: str
) -> None:
    mentions = pipeline.mentions(Article("t", text, published=date(2018, 3, 5)))
    assert mentions
    location = max(mentions, key=lambda m: m.confidence).location
    assert location is not None
    assert (location.country, location.precision) == (country, precision)
    if admin1 is not None:
        assert location.admin1 == admin1
