"""Specs for border towns that stand on both sides of a frontier under one name: the half of the country
whose people or forces do the deed ('Kenyan police arrested traders at Namanga' is Kenya's Namanga)."""

from __future__ import annotations

import pytest
from builders import first_event_place, listed_town, rule
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.border_twins import border_side, doer_nations
from kronika.pipeline import Pipeline


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "town", "read", "side"),
    [
        *rule(
            "the doers' nation picks the half of the border town",
            ("Kenyan police arrested four smugglers at Namanga on Monday.", "Namanga", "TZA", "KEN"),
            ("Tanzanian traders blocked the road at Namanga on Friday.", "Namanga", "KEN", "TZA"),
            ("Ugandan soldiers beat two traders in Malaba.", "Malaba", "KEN", "UGA"),
            ("Kenyans barricaded the highway at Busia to protest new taxes.", "Busia", "UGA", "KEN"),
        ),
        *rule(
            "a passive verb's agent does the deed, its subject is done to",
            ("Kenyan traders were beaten by Ugandan soldiers in Malaba.", "Malaba", "KEN", "UGA"),
        ),
        *rule(
            "no doer named by nation leaves the town as read",
            ("Traders blocked the road at Namanga on Monday.", "Namanga", "TZA", "TZA"),
            ("Police arrested a man who had fled from Kenya at Namanga.", "Namanga", "TZA", "TZA"),
        ),
        *rule(
            "a town with no twin across a frontier stays where it is",
            ("Tanzanian police arrested two men in Moshi.", "Moshi", "TZA", "TZA"),
        ),
    ],
)
def test_the_doers_nation_picks_the_half(
    nlp: Language, gazetteer: Gazetteer, text: str, town: str, read: str, side: str
) -> None:
    doc = nlp(text)
    place = border_side(listed_town(gazetteer, town, read), doc[:], gazetteer)
    assert (place.name, place.country) == (town, side)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "nations"),
    [
        ("Kenyans barricaded the road to protest mistreatment by Tanzanian officials.", {"KEN"}),
        ("Uganda's army shelled the camp.", {"UGA"}),
        ("Two Kenyan fishermen were arrested on the lake.", set()),
    ],
)
def test_doers_are_subjects_and_agents(
    nlp: Language, gazetteer: Gazetteer, text: str, nations: set[str]
) -> None:
    assert doer_nations(nlp(text)[:], gazetteer) == nations


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        (
            "Kenyans blocked the main road at Namanga border town to protest the arrest of traders.",
            "KEN",
            "Kajiado",
        ),
        ("Tanzanian police fired tear gas at traders in Namanga on Tuesday.", "TZA", "Arusha"),
    ],
)
def test_a_note_places_the_border_town_on_its_doers_side(
    pipeline: Pipeline, text: str, country: str, admin1: str
) -> None:
    assert first_event_place(pipeline, text)[:2] == (country, admin1)
