"""Specs for names American local news writes that place nothing: the cross street a shooting is placed
by, a person called by one name that is a place abroad, and an owner's name before the scene's noun; and
the town a street address is written with, which places the shooting."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.article import article_places
from kronika.geo.mentions import sentence_mentions
from kronika.geo.text_place import place_in


def _placed_name(nlp: Language, gazetteer: Gazetteer, text: str, last_sentence: bool = False) -> str | None:
    """The name of the place an American story's shooting is read at, in the whole text or its last
    sentence."""
    doc = nlp(text)
    trigger = next(t for t in doc if t.lower_ == "shot")
    span = list(doc.sents)[-1] if last_sentence else doc[:]
    place = place_in(doc, span, gazetteer, "USA", trigger, frozenset())
    return place.name if place else None


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
    assert _placed_name(nlp, gazetteer, sentence) == name


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


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # an owner's name before the scene's noun: the man named in full earlier, not a town of his name
        ("Officers arrested Carl Wright on Friday. Two men were shot in Wright's garage overnight.", None),
        ("Deputies spoke to Tina Clinton. A teen was shot at Clinton's apartment, deputies said.", None),
        # the same name written as a town, with no one of that name in the story
        ("Two men were shot in Wright's garage overnight, police in Wright City said.", "Wright City"),
    ],
)
def test_an_owners_name_before_the_scene_is_no_town(
    nlp: Language, gazetteer: Gazetteer, sentence: str, name: str | None
) -> None:
    assert _placed_name(nlp, gazetteer, sentence, last_sentence=True) == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a house number, its street and a comma: the town after them is the scene, however led in
        ("Three people were found shot at 4410 Pine Hollow Road, Holly Hill on Monday.", "Holly Hill"),
        ("A woman was shot dead at 212 Cedar Lane, Bessemer City, deputies said.", "Bessemer City"),
        # a street without a house number leads in no town
        ("A woman was shot dead on Cedar Lane, Bessemer City deputies said.", None),
    ],
)
def test_the_town_a_street_address_is_written_with_is_the_scene(
    nlp: Language, gazetteer: Gazetteer, sentence: str, name: str | None
) -> None:
    assert _placed_name(nlp, gazetteer, sentence) == name


@pytest.mark.parametrize(
    ("text", "main"),
    [
        # the street a bare street name nears is the crossing's other street, no town
        ("A man was shot on Durango near Yuma. Officers searched the block.", None),
        # a street told with its street word may near a town, which the story is about
        ("A man was shot on Kansas Avenue near Missoula. Officers searched the block.", "Missoula"),
    ],
)
def test_the_street_a_bare_street_nears_is_no_main_town(
    nlp: Language, gazetteer: Gazetteer, text: str, main: str | None
) -> None:
    found = article_places(nlp(text), gazetteer, "USA").main
    assert (found.name if found else None) == main
