"""Specs for a place named as the home of a party or union unit a member of which the note names."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.names import name_key
from kronika.geo.unit_homes import unit_home
from kronika.model import Article, ArticleContext, Place
from kronika.places import locate


def _home(sentence: str, name: str) -> bool:
    start = sentence.index(name)
    return unit_home(sentence, start, start + len(name))


@pytest.mark.parametrize(
    ("sentence", "name", "home"),
    [
        # the level and the body after the name: the member's unit
        ("A leader of Pabna district Jubo Dal was stabbed at a market in Natore.", "Pabna", True),
        ("The secretary of Bogra city unit was beaten near a mosque in Sherpur.", "Bogra", True),
        ("The president of Khulna district student union was hurt at a college in Jessore.", "Khulna", True),
        ("Members of Sylhet district branch were attacked in Habiganj town.", "Sylhet", True),
        # the name read with its level word: the body follows at once
        ("An activist of Rangpur district Jamaat was shot at Mithapukur.", "Rangpur district", True),
        # a level alone may name the scene as well as the home
        ("A leader of Feni district was hacked to death on Monday.", "Feni", False),
        # no member's role before it: the place of the event
        ("Clashes broke out in Comilla district BNP office on Sunday.", "Comilla", False),
        # the rest of the sentence points back to the unit's level: its home is the scene
        (
            "The chairman of Kalai upazila unit of the party was shot at a bazar in the upazila.",
            "Kalai",
            False,
        ),
    ],
)
def test_a_unit_home_is_its_members_not_the_scene(sentence: str, name: str, home: bool) -> None:
    assert _home(sentence, name) is home


def _place(nlp: Language, gazetteer: Gazetteer, sentence: str, trigger: str, focus: str) -> Place | None:
    ctx = ArticleContext(Article("t", sentence), focus_country=focus)
    detection = made_up_detection(sentence, trigger, "ASSAULT", text=sentence)
    return locate(nlp(sentence), detection, ctx, gazetteer)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger", "name"),
    [
        # the member's unit is Bogra's; he was beaten in Pabna
        (
            "Rivals beat the general secretary of Bogra district student union at a college in Pabna "
            "town (Pabna Sadar) on Sunday.",
            "beat",
            "Pabna",
        ),
        # the scene is a chain of a village and its unit written after the member's unit's home
        (
            "Karim Mia, 35, an activist of Bogra district Jamaat-e-Islami, was killed in a gunfight "
            "with police at Mohonpur Jessore Sadar upazila early Friday.",
            "killed",
            "Jessore",
        ),
        # the home read as the sentence's only mention, the scene only as a chain: the chain
        (
            "Karim Mia,35, an activist of Kushtia district Jamaat-e-Islami, was killed in a gunfight "
            "with police at Ramnagar Jessore Sadar upazila early Friday.",
            "killed",
            "Jessore",
        ),
        # the unit's home is the only place named: it stands
        (
            "Unknown men hacked a joint convener of Natore municipality JCD to death on Friday.",
            "hacked",
            "Natore",
        ),
    ],
)
def test_the_scene_not_the_members_unit_places_the_event(
    nlp: Language, gazetteer: Gazetteer, sentence: str, trigger: str, name: str
) -> None:
    place = _place(nlp, gazetteer, sentence, trigger, "BGD")
    assert place is not None and name_key(place.name) == name_key(name)
