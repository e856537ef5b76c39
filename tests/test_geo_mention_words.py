"""Specs for the words around a place name that say whether the event happened there: a possessive
spaCy took into the name, and the place noun ('area') the name owns."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.model import Article, ArticleContext, Place
from kronika.places import locate


def _place(
    nlp: Language, gazetteer: Gazetteer, sentence: str, trigger: str, focus: str | None
) -> Place | None:
    ctx = ArticleContext(Article("t", sentence), focus_country=focus)
    detection = made_up_detection(sentence, trigger, "ASSAULT", text=sentence)
    return locate(nlp(sentence), detection, ctx, gazetteer)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger", "focus", "name"),
    [
        # the city owns the area named after it, though spaCy read the possessive into the name (and
        # the note names no country)
        (
            "On 9 June 2014, a student was shot dead by police in the Rajshahi City's Binodpur area.",
            "shot",
            None,
            "Rajshahi",
        ),
        (
            "On 9 June 2014, shops were looted in the Sylhet City's Zindabazar area.",
            "looted",
            None,
            "Sylhet",
        ),
        ("On 4 March 2013, two men were stabbed in Khulna's Daulatpur area.", "stabbed", "BGD", "Khulna"),
    ],
)
def test_a_city_owning_the_area_named_places_the_event(
    nlp: Language, gazetteer: Gazetteer, sentence: str, trigger: str, focus: str | None, name: str
) -> None:
    place = _place(nlp, gazetteer, sentence, trigger, focus)
    assert place is not None
    assert place.name == name
