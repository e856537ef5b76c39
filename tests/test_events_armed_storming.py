"""Armed men storming a place attack it ('gunmen stormed a school'), police storming one raid it; a crowd
storming one riots or protests as before. A protest its sentence only threatens ('said they would protest
on Monday if ...') is no protest the classifier may read from its paragraph: the rules read the word as a
threat."""

from __future__ import annotations

from datetime import date

import pytest
from builders import asserted_only, detected
from spacy.language import Language

from kronika.model import Article
from kronika.pipeline import Pipeline

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Armed men stormed the hotel late on Friday.", "ASSAULT"),
        ("Militants stormed an army base near the border, killing six soldiers.", "ASSAULT"),
        ("Suspected jihadists stormed the town before dawn.", "ASSAULT"),
        ("Hundreds of protesters stormed the parliament building on Monday.", "PROTEST"),
        ("Angry villagers stormed the police station after the arrest.", "PROTEST"),
        ("Police stormed the offices of the opposition party late on Friday.", "COERCE"),
        ("Riot police stormed the university campus before dawn.", "COERCE"),
        # police among a crowd's doers do not make its storming theirs
        ("Protesters and off-duty police stormed the town hall on Monday.", "PROTEST"),
    ],
)
def test_who_storms_a_place_says_what_the_storming_is(nlp: Language, text: str, plover: str) -> None:
    stormed = [d for d in asserted_only(detected(nlp, text)) if d.trigger.text == "stormed"]
    assert [d.type.plover for d in stormed] == [plover]


def test_a_threatened_protest_is_no_protest(pipeline: Pipeline) -> None:
    text = (
        "Armed men on motorbikes raided a boarding school in Tanda on Thursday and seized 40 pupils, "
        "officials said.\n\nParents said they would protest on Monday if the pupils were not freed."
    )
    article = Article(id="tanda", text=text, published=date(2024, 3, 9), title="Gunmen seize 40 pupils")
    told = {m.type.plover for m in pipeline.mentions(article) if m.trigger.text == "protest"}
    assert told == {"THREATEN"}
