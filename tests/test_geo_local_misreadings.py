"""Specs for names American local news writes that place nothing: the cross street a shooting is placed
by, and a person called by one name that is a place abroad."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.mentions import sentence_mentions
from kronika.geo.text_place import place_in


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # two streets of a crossing: no town, whatever towns bear their names
        ("A man was shot on Kansas Avenue near Missoula early Sunday.", None),
        ("Two women were shot on Durango near Yuma, police said.", None),
        # a street going on to its town is placed by that town
        ("A man was shot on Kansas Avenue in Missoula early Sunday.", "Missoula"),
    ],
)
def test_a_shooting_placed_by_its_cross_street_names_no_town(
    nlp: Language, gazetteer: Gazetteer, sentence: str, name: str | None
) -> None:
    doc = nlp(sentence)
    trigger = next(t for t in doc if t.lower_ == "shot")
    place = place_in(doc, doc[:], gazetteer, "USA", trigger, frozenset())
    assert (place.name if place else None) == name


@pytest.mark.parametrize(
    ("focus", "kept"),
    [
        ("USA", False),  # an American story's woman called by her name, not Turkmenistan's Mary
        ("TKM", True),  # a note about Turkmenistan may name its province so
    ],
)
def test_a_person_called_by_one_name_is_no_place_abroad_in_local_news(
    nlp: Language, gazetteer: Gazetteer, focus: str, kept: bool
) -> None:
    sentence = 'Police said Mary was one of four people shot outside the club. "I was hit twice," Mary said.'
    doc = nlp(sentence)
    trigger = next(t for t in doc if t.lower_ == "shot")
    names = [m.entry.name for m in sentence_mentions(doc, doc[:], gazetteer, focus, trigger)]
    assert ("Mary" in names) == kept
