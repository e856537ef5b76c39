"""Specs for a dateline the parser cuts off as a sentence of its own ('SALEM, Ore. (KATU) —' then 'A
Keizer man was shot ...'): the sentence after it is the dateline's body, so the town that body names, even as
a modifier, is where it happened, as it is where the dateline and body stay one sentence."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.dateline import bare_dateline, find_dateline
from kronika.geo.page_place import lead_place
from kronika.model import Article, ArticleContext
from kronika.places import locate


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        pytest.param("SALEM, Ore. (KATU) —", True, id="with-a-station-credit"),
        pytest.param("DAYTON, Ohio -", True, id="with-a-hyphen"),
        pytest.param("TACOMA, Wash. — ", True, id="trailing-space"),
        pytest.param("SALEM, Ore. (KATU) — A man was shot.", False, id="dateline-and-body"),
        pytest.param("A man was shot in Portland on Friday.", False, id="no-dateline"),
        pytest.param("", False, id="empty"),
    ],
)
def test_a_sentence_that_is_only_a_dateline(text: str, bare: bool) -> None:
    assert bare_dateline(text) is bare


# a dateline of a station's city, then a body naming a town near it only as a modifier
CUT_OFF = [
    pytest.param("SALEM, Ore. (KATU) — A Keizer man was shot in the arm on Friday night.", "Keizer", id="or"),
    pytest.param("TACOMA, Wash. (KING) — A Puyallup man was shot in the leg on Friday.", "Puyallup", id="wa"),
    pytest.param(
        "DAYTON, Ohio - A Kettering man shot late Tuesday has died, officers say.",
        "Kettering",
        id="hyphen-and-state-in-full",
    ),
]


@pytest.mark.parametrize(("text", "town"), CUT_OFF)
def test_the_body_after_a_cut_off_dateline_places_the_event(
    nlp: Language, gazetteer: Gazetteer, text: str, town: str
) -> None:
    doc = nlp(text)
    first, body = list(doc.sents)[:2]  # the dateline is parsed apart from its body: the case this is about
    assert bare_dateline(first.text)
    detection = made_up_detection(body.text, "shot", "ASSAULT", text=text)
    ctx = ArticleContext(Article("t", text), focus_country="USA", dateline=find_dateline(text, gazetteer))
    place = locate(doc, detection, ctx, gazetteer)
    assert place is not None and place.name == town
    lead = lead_place(doc, ctx, gazetteer)
    assert lead is not None and lead.name == town


def test_a_body_naming_no_town_keeps_the_datelines(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "SALEM, Ore. (KATU) — A man was shot in the arm on Friday night."
    doc = nlp(text)
    first, body = list(doc.sents)[:2]
    assert bare_dateline(first.text)
    detection = made_up_detection(body.text, "shot", "ASSAULT", text=text)
    ctx = ArticleContext(Article("t", text), focus_country="USA", dateline=find_dateline(text, gazetteer))
    place = locate(doc, detection, ctx, gazetteer)
    assert place is not None and place.name == "Salem"
