"""Specs for town names written with a hyphen: read whole where the gazetteer holds the whole name, so
'Winston-Salem' is not the Salem its last word names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.hyphen_names import hyphen_runs
from kronika.geo.mentions import sentence_mentions


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
        ("Four people were wounded in a drive-by shooting in a Winston-Salem neighborhood.", "Winston-Salem"),
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
