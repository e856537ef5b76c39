"""Specs for the place a local body named after it stands for, where nothing better than a country
places an event ('the Buttala Pradeshiya Sabha chairman': Buttala)."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.local_bodies import local_body_place
from kronika.model import Article, ArticleContext
from kronika.places import locate


@pytest.mark.parametrize(
    ("sentence", "focus", "name", "admin1"),
    [
        ("The Buttala Pradeshiya Sabha chairman scuffled with traffic police.", "LKA", "Buttala", "Uva"),
        ("Workers of the Katunayake Free Trade Zone walked out over wages.", None, "Katunayaka", "Western"),
        ("Reporters held a rally on Khulna Press Club premises.", "BGD", "Khulna", "Khulna"),
        ("A candidate for the Northern Provincial Council was shot at.", "LKA", "Northern", "Northern"),
    ],
)
def test_a_local_body_places_its_peoples_event_in_the_place_it_is_named_after(
    nlp: Language, gazetteer: Gazetteer, sentence: str, focus: str | None, name: str, admin1: str
) -> None:
    place = local_body_place(nlp(sentence)[:], gazetteer, focus)
    assert place is not None and (place.name, place.admin1) == (name, admin1)


@pytest.mark.parametrize(
    ("sentence", "focus"),
    [
        ("A candidate for the Northern Provincial Council was shot at.", None),  # Northern of which country?
        ("The National Press Club condemned the arrest.", "BGD"),  # named after no place
        ("Workers of the Katunayake Free Trade Zone walked out over wages.", "BGD"),  # a zone abroad
        ("The chairman was attacked by unknown men.", "LKA"),
    ],
)
def test_no_local_body_or_one_abroad_places_nothing(
    nlp: Language, gazetteer: Gazetteer, sentence: str, focus: str | None
) -> None:
    assert local_body_place(nlp(sentence)[:], gazetteer, focus) is None


@pytest.mark.slow
def test_a_note_naming_only_a_village_council_is_placed_in_its_town(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    sentence = "A scuffle broke out between the Buttala Pradeshiya Sabha chairman and two policemen."
    ctx = ArticleContext(Article("t", sentence), focus_country="LKA")
    detection = made_up_detection(sentence, "scuffle", "FIGHT", text=sentence)
    place = locate(nlp(sentence), detection, ctx, gazetteer)
    assert place is not None and (place.name, place.country, place.admin1) == ("Buttala", "LKA", "Uva")
