"""Specs for an event a sentence places on the campus of a university it names after a town."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.campus import campus_town


def _town(nlp: Language, gazetteer: Gazetteer, sentence: str, focus: str) -> str | None:
    """The name of the campus town found in a one-sentence text, or None."""
    doc = nlp(sentence)
    place = campus_town(doc[:], gazetteer, focus)
    return place.name if place is not None else None


@pytest.mark.parametrize(
    ("sentence", "focus", "town"),
    [
        ("Students of Rajshahi University held a rally in the university campus.", "BGD", "Rajshahi"),
        (
            "Two members of the student wing of Chittagong University were beaten inside the campus.",
            "BGD",
            "Chittagong",
        ),
        ("Teachers of the University of Dhaka formed a human chain on campus.", "BGD", "Dhaka"),
    ],
)
def test_a_campus_is_the_named_universitys_town(
    nlp: Language, gazetteer: Gazetteer, sentence: str, focus: str, town: str
) -> None:
    assert _town(nlp, gazetteer, sentence, focus) == town


@pytest.mark.parametrize(
    "sentence",
    [
        "Students of Rajshahi University held a rally in front of the press club.",  # no campus
        "Students of the National University held a rally in the university campus.",  # no town's name
    ],
)
def test_no_campus_or_no_town_names_nothing(nlp: Language, gazetteer: Gazetteer, sentence: str) -> None:
    assert _town(nlp, gazetteer, sentence, "BGD") is None
