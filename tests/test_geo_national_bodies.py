"""Specs for a town named by a local body only one country has: 'the Nallur Pradeshiya Sabha' is Sri
Lanka's Nallur (a divisional council sits in its town), though Tamil Nadu has a bigger Nallur; the same
name without the body's word is read as before."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.model import Article, ArticleContext, Place
from kronika.places import locate


def _place(nlp: Language, gazetteer: Gazetteer, sentence: str, trigger: str) -> Place | None:
    """Where a note of one sentence, naming no country, places its event."""
    ctx = ArticleContext(Article("t", sentence), focus_country=None)
    detection = made_up_detection(sentence, trigger, "ASSAULT", text=sentence)
    return locate(nlp(sentence), detection, ctx, gazetteer)


@pytest.mark.parametrize(
    "sentence",
    [
        "Unknown men attacked the chairman of the Nallur Pradeshiya Sabha near his home.",
        "A member of the Nallur Pradeshiya Sabha was attacked by a rival group.",
    ],
)
def test_a_town_named_by_a_sri_lankan_divisional_council_is_sri_lankas(
    nlp: Language, gazetteer: Gazetteer, sentence: str
) -> None:
    place = _place(nlp, gazetteer, sentence, "attacked")
    assert place is not None and (place.country, place.admin1) == ("LKA", "Northern")


def test_the_name_alone_is_read_as_before(nlp: Language, gazetteer: Gazetteer) -> None:
    place = _place(nlp, gazetteer, "Unknown men attacked a trader in Nallur near his shop.", "attacked")
    assert place is not None and place.country == "IND"
