"""Specs for the town a sentence names as where a suspect was caught: no scene where it names another."""

from __future__ import annotations

import pytest
from builders import locate_us, rule
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.arrest_towns import arrest_town


@pytest.mark.parametrize(
    ("text", "town", "caught"),
    [
        *rule(
            "a town near which someone was arrested is the arrest's",
            ("He was arrested early Wednesday morning near Truckee.", "Truckee", True),
            ("The woman was captured Friday near Elko.", "Elko", True),
        ),
        *rule(
            "a town near which something else happened is not",
            ("He was shot early Wednesday near Truckee.", "Truckee", False),
            ("He was arrested after a chase that ended near Elko.", "Elko", False),
        ),
    ],
)
def test_a_town_near_which_a_suspect_is_caught_is_the_arrests(text: str, town: str, caught: bool) -> None:
    assert arrest_town(text, text.index(town)) == caught


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        *rule(
            "the scene the sentence names wins over the town of the arrest",
            (
                "A man sought in a shooting in Reno two weeks ago was arrested late Monday near Truckee, "
                "California.",
                "shooting",
                ("Reno", "Nevada"),
            ),
            (
                "A teen sought in a shooting in Tulsa was taken into custody Friday in Joplin, Missouri.",
                "shooting",
                ("Tulsa", "Oklahoma"),
            ),
        ),
        *rule(
            "a sentence naming no other place keeps the arrest's town",
            (
                "Deputies said the man was arrested Friday near Truckee, California, after the shooting.",
                "shooting",
                ("Truckee", "California"),
            ),
        ),
    ],
)
def test_a_sentences_scene_is_not_where_its_suspect_was_caught(
    nlp: Language, gazetteer: Gazetteer, text: str, trigger: str, town: tuple[str, str]
) -> None:
    place = locate_us(nlp, gazetteer, text, trigger)
    assert place is not None and (place.name, place.admin1) == town
