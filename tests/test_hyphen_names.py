"""Specs for town names written with a hyphen: read whole where the gazetteer holds the whole name, so
'Winston-Salem' is not the Salem its last word names."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.dateline import DATELINE
from kronika.geo.hyphen_names import hyphen_runs
from kronika.geo.mentions import sentence_mentions
from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("A teen was hurt on Friday, Winston-Salem police said.", ["Winston-Salem"]),
        ("Shots were fired in Wilkes-Barre and in Sedro-Woolley.", ["Wilkes-Barre", "Sedro-Woolley"]),
        ("Traffic on the Kabul - Jalalabad road was stopped.", []),  # a spaced dash joins nothing
        ("A 17-year-old was shot in a drive-by.", []),  # small words are no names
    ],
)
def test_hyphen_runs_are_capitalised_words_joined_by_a_bare_hyphen(
    nlp: Language, text: str, runs: list[str]
) -> None:
    doc = nlp(text)
    assert [run.text for run in hyphen_runs(doc[:])] == runs


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("A teen was injured after a gun went off on Friday, Winston-Salem police said.", "Winston-Salem"),
        ("Gunfire from a passing car hurt four people in a Winston-Salem neighborhood.", "Winston-Salem"),
        ("A man was shot dead in Wilkes-Barre on Sunday.", "Wilkes-Barre"),
    ],
)
def test_a_hyphenated_town_is_read_whole(nlp: Language, gazetteer: Gazetteer, text: str, town: str) -> None:
    doc = nlp(text)
    names = [m.entry.name for m in sentence_mentions(doc, doc[:], gazetteer, "USA", None)]
    assert names and names[0] == town
    assert "Salem" not in names


def test_a_run_no_town_is_called_by_leaves_its_places(nlp: Language, gazetteer: Gazetteer) -> None:
    doc = nlp("Gunmen attacked a bus on the Kabul-Jalalabad highway on Monday.")
    names = {m.entry.name for m in sentence_mentions(doc, doc[:], gazetteer, "AFG", None)}
    assert "Kabul" in names


@pytest.mark.parametrize(
    "sentence",
    [
        "WINSTON-SALEM, N.C. —",  # the dateline split from its story: no dateline from 'WINSTON'
        "WILKES-BARRE, Pa. —",
    ],
)
def test_a_hyphenated_town_in_capitals_is_no_dateline_of_its_first_word(sentence: str) -> None:
    found = DATELINE.match(sentence)
    assert found is None or "-" in found.group("city")


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("WINSTON-SALEM, N.C. — Police arrested a man.", "WINSTON-SALEM"),
        ("LAGOS-The police said two men were held.", "LAGOS"),  # a lone hyphen still closes a dateline
    ],
)
def test_a_dateline_with_a_hyphen_reads_its_whole_city(sentence: str, city: str) -> None:
    found = DATELINE.match(sentence)
    assert found is not None and found.group("city") == city


def test_a_story_under_a_hyphenated_dateline_happened_in_that_town(pipeline: Pipeline) -> None:
    text = (
        "WINSTON-SALEM, N.C. — Police have detained the man they suspect fired into a house in a"
        " Winston-Salem neighborhood, wounding three people.\n\nOfficers were sent to a home on Elm Drive"
        " at about 4:10 p.m. Monday.\n\nA grey van drove by. Someone inside opened fire on the house,"
        " wounding the three."
    )
    article = Article(id="ws", text=text, title="Man arrested after drive-by", published=date(2016, 5, 3))
    places = {m.location.name for m in pipeline.mentions(article) if m.location is not None}
    assert places == {"Winston-Salem"}
