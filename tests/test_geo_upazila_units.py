"""Specs for a name typed 'upazila' that the lists also hold as a city's quarter: the note means the
upazila of that name (Mirpur upazila is Kushtia's, in Khulna division, not Dhaka's Mirpur), whether the
name stands alone or after a village; a quarter named without the word, and a district's own name
('Sherpur upazila', read as the district's headquarters upazila), are read as before."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.model import Article, ArticleContext, Place
from kronika.places import locate


def _place(nlp: Language, gazetteer: Gazetteer, sentence: str, focus: str | None = None) -> Place | None:
    """Where a note of one sentence about the `focus` country (None: naming none) places its clash."""
    ctx = ArticleContext(Article("t", sentence), focus_country=focus)
    detection = made_up_detection(sentence, "clashed", "FIGHT", text=sentence)
    return locate(nlp(sentence), detection, ctx, gazetteer)


@pytest.mark.parametrize(
    ("sentence", "division"),
    [
        ("Two factions of the ruling party clashed in Mohammadpur upazila on Sunday.", "Khulna"),
        ("Villagers clashed over a pond at Rampur village in Mirpur upazila.", "Khulna"),
        ("Two groups clashed at a bazar in Mirpur Upazila, leaving ten injured.", "Khulna"),
    ],
)
def test_a_name_typed_upazila_is_the_upazila_not_the_city_quarter(
    nlp: Language, gazetteer: Gazetteer, sentence: str, division: str
) -> None:
    place = _place(nlp, gazetteer, sentence)
    assert place is not None and (place.country, place.admin1) == ("BGD", division)


def test_an_upazila_named_after_a_village_spacy_leaves_untagged_is_the_upazila_too(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    sentence = "A mob clashed with the police at a fair at Amla in Mirpur upazila after a bomb blast."
    place = _place(nlp, gazetteer, sentence, focus="BGD")
    assert place is not None and (place.country, place.admin1) == ("BGD", "Khulna")


@pytest.mark.parametrize(
    ("sentence", "division"),
    [
        ("Garment workers clashed with the police in Mirpur, Dhaka.", "Dhaka"),
        ("Two groups of villagers clashed in Sherpur upazila over a land dispute.", "Mymensingh"),
    ],
)
def test_a_quarter_named_without_the_word_and_a_district_name_stay_as_read(
    nlp: Language, gazetteer: Gazetteer, sentence: str, division: str
) -> None:
    place = _place(nlp, gazetteer, sentence)
    assert place is not None and (place.country, place.admin1) == ("BGD", division)
