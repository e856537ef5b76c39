"""Specs for chains that name where people came from, not where the event was."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.dateline import find_dateline
from kronika.model import Article, ArticleContext, Place
from kronika.places import locate


def _place(nlp: Language, gazetteer: Gazetteer, sentence: str, trigger: str, focus: str) -> Place | None:
    ctx = ArticleContext(
        Article("t", sentence), focus_country=focus, dateline=find_dateline(sentence, gazetteer)
    )
    detection = made_up_detection(sentence, trigger, "PROTEST", text=sentence)
    return locate(nlp(sentence), detection, ctx, gazetteer)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger", "focus", "name"),
    [
        # the towns after 'from' agree on a country, yet the scene is the town the gathering was in
        (
            "Activists from Beirut, Zahle and Aarsal gathered at the main square in Tripoli City on Sunday.",
            "gathered",
            "LBN",
            "Tripoli",
        ),
        (
            "Traders from Mombasa, Kilifi and Kwale marched through the streets of Nairobi on Monday.",
            "marched",
            "KEN",
            "Nairobi",
        ),
        # a distance from a chain measures from a landmark beside the scene
        (
            "Gunmen abducted an official near Awza, some 20km from Gourma-Rharous "
            "(Gourma-Rharous, "
            "Tombouctou).",
            "abducted",
            "MLI",
            "Gourma Rharous",
        ),
        # a chain going on 'in' a place names the scene after the origin
        (
            "Party supporters killed a returnee from Italy in Kalia municipality (Narail) on Tuesday.",
            "killed",
            "BGD",
            "Kālia",
        ),
        # news reported from a place comes from the scene
        (
            "Clashes between rival party activists were reported from Kurigram (Rangpur) on Sunday.",
            "Clashes",
            "BGD",
            "Kurigram",
        ),
        # a chain that is the scene still places the event
        ("Hundreds of residents marched in Rawson, Chubut on Monday.", "marched", "ARG", "Rawson"),
    ],
)
def test_a_list_of_home_towns_is_not_the_scene(
    nlp: Language, gazetteer: Gazetteer, sentence: str, trigger: str, focus: str, name: str
) -> None:
    place = _place(nlp, gazetteer, sentence, trigger, focus)
    assert place is not None
    assert place.name == name


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger", "focus", "name"),
    [
        # coders place an event measured from a landmark at the landmark
        ("Raiders on horseback attacked herders 15km from Mornei on Tuesday.", "attacked", "SDN", "Mornei"),
        ("Gunmen ambushed a lorry some 30 kilometres away from Kadugli.", "ambushed", "SDN", "Kadugli"),
        ("Bandits robbed traders about ten miles from Garsila.", "robbed", "SDN", "Garsila"),
        # without a distance, 'from' names where people came from
        ("Herders from Mornei attacked a market in Geneina on Tuesday.", "attacked", "SDN", "Geneina"),
    ],
)
def test_a_distance_from_a_town_places_the_event_at_that_town(
    nlp: Language, gazetteer: Gazetteer, sentence: str, trigger: str, focus: str, name: str
) -> None:
    place = _place(nlp, gazetteer, sentence, trigger, focus)
    assert place is not None
    assert place.name == name
