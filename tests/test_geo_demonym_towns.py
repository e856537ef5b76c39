"""Specs for a town named with its country's adjective ('the Israeli town of Metula'): read in that country,
however small and whatever country the report is filed from (`geo/demonym_towns.py`)."""

from __future__ import annotations

import pytest
from builders import first_event_place, rule
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.demonym_towns import demonym_country
from kronika.pipeline import Pipeline


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        *rule(
            "a small town abroad, named with its country's adjective, is the scene",
            (
                "BEIRUT — Militants fired rockets at army posts near the Israeli town of Metula on Monday.",
                "ISR",
                "Metula",
            ),
            ("BEIRUT — Militants shelled the Israeli border town of Metula on Monday.", "ISR", "Metula"),
        ),
    ],
)
def test_a_town_named_with_its_countrys_adjective_is_placed_there(
    pipeline: Pipeline, text: str, country: str, name: str
) -> None:
    got_country, _, got_name = first_event_place(pipeline, text)
    assert (got_country, got_name) == (country, name)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        *rule(
            "the adjective before 'town of' or 'village of' names the country",
            ("Rockets hit the Israeli town of Metula.", "Metula", "ISR"),
            ("Troops entered the Syrian border village of Kafr Nabl.", "Kafr", "SYR"),
        ),
        *rule(
            "no adjective, or no settlement word, names none",
            ("Rockets hit the town of Metula.", "Metula", None),
            ("Rockets hit the Israeli posts of Metula.", "Metula", None),
        ),
    ],
)
def test_the_adjective_before_the_settlement_word_names_the_country(
    nlp: Language, gazetteer: Gazetteer, text: str, town: str, country: str | None
) -> None:
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == town)
    phrase = doc[start : len(doc) - 1]  # the name up to the full stop
    assert demonym_country(doc, phrase, gazetteer) == country
