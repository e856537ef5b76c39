"""Specs for a local page whose one town is written only as where its people come from
(`geo/origin_towns.py`): that town, not the country, where the page names nothing else."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_places import run_locate

from kronika.gazetteer import Gazetteer


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sentence", "name", "precision"),
    [
        # the page's only town, written as the suspects' home: the page's place, not the country
        (
            "Deputies arrested two brothers from Houston after a woman was killed.\n\n"
            "The men fired a pistol at her car, prosecutors said.",
            "The men fired a pistol at her car, prosecutors said.",
            "Houston",
            "city",
        ),
        # two towns written as homes say nothing about the scene: the country stays
        (
            "A man from Houston and a woman from Denver were charged on Monday.\n\n"
            "The man fired a pistol at her car, prosecutors said.",
            "The man fired a pistol at her car, prosecutors said.",
            "United States",
            "country",
        ),
        # a distance's landmark is no one's home: the one home town still reads
        (
            "Deputies arrested two brothers from Houston on Monday.\n\n"
            "The men fired a pistol at her car, prosecutors said.\n\n"
            "The car was found three miles from Denver.",
            "The men fired a pistol at her car, prosecutors said.",
            "Houston",
            "city",
        ),
        # nor is a building or body written with 'the'
        (
            "An officer fired a warning shot into the air two blocks from the White House on Monday.\n\n"
            "The officer fired his pistol by mistake, a spokesman said.",
            "The officer fired his pistol by mistake, a spokesman said.",
            "United States",
            "country",
        ),
        # a reporter's town in a credit line is no home of the story's people
        (
            "Two men were charged on Monday with killing a woman.\n\n"
            "The men fired a pistol at her car, prosecutors said.\n\n"
            "Ann Lee contributed reporting from Houston.",
            "The men fired a pistol at her car, prosecutors said.",
            "United States",
            "country",
        ),
    ],
)
def test_a_local_pages_one_town_written_as_its_peoples_home_is_its_place(
    nlp: Language, gazetteer: Gazetteer, text: str, sentence: str, name: str, precision: str
) -> None:
    place = run_locate(nlp, gazetteer, text, sentence, "fired", focus="USA")
    assert place is not None and (place.name, place.precision) == (name, precision)


@pytest.mark.slow
def test_a_note_abroad_keeps_its_country_over_a_town_its_people_come_from(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Protesters from Houston rallied outside the embassy on Monday."
    place = run_locate(nlp, gazetteer, text, text, "rallied", focus="KEN")
    assert place is not None and place.country == "KEN"
