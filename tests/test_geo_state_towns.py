"""Specs for an event its own sentence places only in a state, in American local news: the town of that
state the story names is where it happened, not the wire's newsroom in another state."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.chains import find_chains
from kronika.geo.dateline import find_dateline
from kronika.geo.state_towns import towns_in_state
from kronika.model import Article, ArticleContext
from kronika.places import locate


@pytest.mark.parametrize(
    ("text", "admin1", "town"),
    [
        (
            "BOSTON (Reuters) - Two men were shot at a house in southern Maine. Both lived in Saco.",
            "Maine",
            "Saco",
        ),
        ("A teen was shot in rural Iowa. Deputies said he was hunting near Ames on Sunday.", "Iowa", "Ames"),
        # where someone is from is no scene
        ("She drove from her Ames home to Boone, in Iowa, where she was shot.", "Iowa", "Boone"),
        ("A woman from Ames was shot in Iowa on Sunday, near Boone.", "Iowa", "Boone"),
        # a street named after a town is no town
        ("A man was shot on Boone Street in Iowa. It happened in Ames.", "Iowa", "Ames"),
        # a big town a distance is measured from is a landmark miles off the scene
        (
            "A man was shot at a farm in Iowa, 40 miles north of Des Moines. He lived in Boone.",
            "Iowa",
            "Boone",
        ),
    ],
)
def test_the_state_s_town_the_story_names_places_its_event(
    gazetteer: Gazetteer, text: str, admin1: str, town: str
) -> None:
    towns = towns_in_state(gazetteer, find_chains(text), text, admin1)
    assert towns and towns[0].name == town


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # Boston is no Maine town
        ("BOSTON (Reuters) - Two men were hurt in a shooting at a house in southern Maine.", "Maine"),
        ("A man was shot in York County, Maine.", "Maine"),  # a county is no town
        ("A man was shot at a farm in Iowa, about 30 miles west of Ames.", "Iowa"),  # a far landmark
    ],
)
def test_no_town_where_the_story_names_none_in_the_state(
    gazetteer: Gazetteer, text: str, admin1: str
) -> None:
    assert towns_in_state(gazetteer, find_chains(text), text, admin1) == []


@pytest.mark.parametrize(
    ("text", "sentence", "town"),
    [
        (  # a wire's newsroom in another state
            "BOSTON (Reuters) - Two brothers were shot dead in a house in southern Maine on Sunday. "
            "Officers were called to a duplex in Saco, police said.",
            "Two brothers were shot dead in a house in southern Maine on Sunday.",
            "Saco",
        ),
        (  # no dateline at all
            "Two men were found shot dead at their home in rural Iowa on Sunday. "
            "Deputies said the home lies outside Ames, near the river.",
            "Two men were found shot dead at their home in rural Iowa on Sunday.",
            "Ames",
        ),
    ],
)
def test_a_local_story_s_state_gives_way_to_its_town(
    nlp: Language, gazetteer: Gazetteer, text: str, sentence: str, town: str
) -> None:
    ctx = ArticleContext(Article("t", text), "USA", find_dateline(text, gazetteer))
    place = locate(nlp(text), made_up_detection(sentence, "shot", "ASSAULT", text=text), ctx, gazetteer)
    assert place is not None and place.name == town
