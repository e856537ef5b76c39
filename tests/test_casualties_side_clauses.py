"""Specs for another side's act told in an 'as' or 'while' clause beside the harm: the toll is the main
clause's, not the other side's."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kronika.casualties.side_clauses import beside_the_harm
from kronika.model import Article
from kronika.pipeline import Pipeline

TEXT = (
    "Air strikes on the hills of Tarn killed at least nine people on Thursday, the health ministry said, "
    "as the militia fired dozens of rockets into Vella."
)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "killed"),
    [
        # the strikes killed nine; the rockets fired meanwhile are the militia's own event, with no toll told
        (TEXT, "killed", 9),
        (TEXT, "fired", None),
    ],
)
def test_the_toll_is_the_main_clauses(
    pipeline: Pipeline, text: str, trigger: str, killed: int | None
) -> None:
    mentions = pipeline.mentions(Article(id="t", text=text, published=date(2024, 5, 3)))
    (mention,) = [m for m in mentions if m.trigger.text == trigger]
    assert mention.casualties.fatalities == killed


@pytest.mark.parametrize(
    ("text", "trigger", "beside"),
    [
        (TEXT, "fired", True),
        (TEXT, "killed", False),
        # a harm told without its doer is the 'as' clause's act's own
        ("Two people were killed on Monday as gunmen opened fire on a market in Tarn.", "opened", False),
        # a clause that counts harm of its own keeps it
        ("Strikes killed nine people as the militia fired rockets that wounded a boy.", "fired", False),
    ],
)
def test_an_act_beside_anothers_harm(nlp: Language, text: str, trigger: str, beside: bool) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    assert beside_the_harm(doc[:], token) is beside
