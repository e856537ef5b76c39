"""Specs for the country an American local story is about: its dateline counts, a bare compass word
('Las Vegas Blvd. South', 'North County') names no region abroad, and a dateline's credit ('(AP) –') is
no place."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.dateline import credited
from kronika.geo.resolve import resolve_name
from kronika.model import Article, ArticleContext
from kronika.places import find_dateline, focus_country, locate


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "CAMERON, W.Va. (AP) - Cameron police say the shooting of a man by a boy appears accidental.",
            id="dateline-outweighs-an-agency-credit",
        ),
        pytest.param(
            "Traffic on Las Vegas Blvd. South was stopped after the shooting. The South has seen worse.",
            id="compass-word-is-no-region",
        ),
    ],
)
def test_a_local_story_is_american(nlp: Language, gazetteer: Gazetteer, text: str) -> None:
    assert focus_country(nlp(text), gazetteer) in ("USA", None)


@pytest.mark.parametrize("name", ["South", "North", "West", "Southeast"])
def test_a_bare_compass_word_is_no_place(gazetteer: Gazetteer, name: str) -> None:
    assert resolve_name(gazetteer, name, None) is None


@pytest.mark.parametrize(
    ("text", "name", "credit"),
    [
        pytest.param("CAMERON, W.Va. (AP) – Cameron police say a man was shot.", "AP", True, id="agency"),
        pytest.param("ELLISTON (WSLS 10) – A boy was shot.", "WSLS", True, id="station"),
        pytest.param("He moved to Andhra Pradesh (AP) last year.", "AP", False, id="abbreviation-aside"),
        pytest.param("A man (from Denver) - was shot.", "Denver", False, id="words-aside"),
    ],
)
def test_a_datelines_credit_is_no_place(text: str, name: str, credit: bool) -> None:
    start = text.index(name)
    assert credited(text, start, start + len(name)) is credit


def test_a_dateline_credit_does_not_place_the_event(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "CAMERON, W.Va. (AP) – Cameron police say a man was shot by a boy on Friday."
    doc = nlp(text)
    ctx = ArticleContext(Article("t", text), focus_country(doc, gazetteer), find_dateline(text, gazetteer))
    place = locate(doc, made_up_detection(text, "shot", "ASSAULT"), ctx, gazetteer)
    assert place is not None and (place.name, place.admin1) == ("Cameron", "West Virginia")
