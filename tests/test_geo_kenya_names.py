"""Specs for Kenyan names notes write otherwise than as a place: a people named like a town of theirs
('Kikuyu'), and a town a body-like tag hides ('Mandera town') that no South Asian respelling may take."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.romanized import romanized_town
from kronika.model import Article
from kronika.pipeline import Pipeline


def _place(pipeline: Pipeline, text: str) -> tuple[str | None, str | None]:
    """The first mention's place name and admin1."""
    mentions = pipeline.mentions(Article("t", text, published=date(2017, 8, 10)))
    assert mentions
    location = mentions[0].location
    return (location.name, location.admin1) if location is not None else (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Two men were killed when Kikuyu and Maasai groups clashed over a farm.",
        "Four Kikuyu were hacked to death by a gang on Tuesday night.",
        "Police shot a Kikuyu tribesman while breaking up the fight.",
    ],
)
def test_the_kikuyu_people_place_nothing_in_kikuyu_town(pipeline: Pipeline, text: str) -> None:
    assert _place(pipeline, text)[0] != "Kikuyu"


@pytest.mark.parametrize(
    "text",
    [
        "Two robbers were killed in Kikuyu, Kiambu County on Saturday.",
        "Hawkers protested in Kikuyu town against new levies.",
        "A priest was shot dead on the Kikuyu road on Friday.",
    ],
)
def test_kikuyu_written_as_a_place_is_the_town_of_kiambu(pipeline: Pipeline, text: str) -> None:
    assert _place(pipeline, text) == ("Kikuyu", "Kiambu")


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Al Shabaab attacks Mandera town, throwing grenades into two homes.", "Mandera"),
        ("Migori town boda boda operators protested against new county levies.", "Migori"),
    ],
)
def test_a_name_before_the_word_town_is_read_as_a_place(pipeline: Pipeline, text: str, admin1: str) -> None:
    assert _place(pipeline, text)[1] == admin1


@pytest.mark.parametrize(
    "sentence",
    [
        "Al Shabaab attacks Mandera town, throwing grenades into two homes.",  # not Muhmand Dara
        "Migori town boda boda operators protested against new county levies.",  # not Maghar
    ],
)
def test_a_listed_town_outside_south_asia_is_no_respelling(gazetteer: Gazetteer, sentence: str) -> None:
    assert romanized_town(sentence, gazetteer, None) is None
