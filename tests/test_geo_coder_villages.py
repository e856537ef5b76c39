"""Specs for data/coder_villages.tsv in the index (geo/coder_villages.py): villages coders place events at,
which the lists lack in their country or hold only abroad, are towns of their country."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.gazetteer import Gazetteer
from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("Mognaba", "BFA", "Centre-Nord"),  # no list holds it
        ("Binyenya", "KEN", "Bungoma"),
        ("Fattasha", "SDN", "North Kordofan"),
    ],
)
def test_a_table_village_is_a_town_of_its_country(
    gazetteer: Gazetteer, name: str, country: str, admin1: str
) -> None:
    assert [(e.country, e.admin1) for e in gazetteer.lookup(name) if e.kind == "city"] == [(country, admin1)]


def _place(pipeline: Pipeline, text: str) -> tuple[str | None, str | None, str | None]:
    """The first mention's place name, country and admin1."""
    mentions = pipeline.mentions(Article("t", text, published=date(2020, 6, 2)))
    assert mentions
    location = mentions[0].location
    return (location.name, location.country, location.admin1) if location is not None else (None, None, None)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Suspected militants burned a school in the village of Mognaba.", ("Mognaba", "BFA", "Centre-Nord")),
        # Burkina Faso's village, not Israel's town, in a note about Burkinabe soldiers
        ("Burkinabe soldiers detained four herders in the village of Ariel.", ("Ariel", "BFA", "Sahel")),
        ("A mob in Binyenya village beat a suspected thief to death.", ("Binyenya", "KEN", "Bungoma")),
        # a village no list holds, in a unit the table adds: the unit, not the region
        (
            "Gunmen killed four traders in Tadoukani village (Anzourou, Tillaberi).",
            ("Anzourou", "NER", "Tillabéri"),
        ),
        (
            "Soldiers burned houses near Yethit village (Ngazun township, Mandalay region).",
            ("Ngazun", "MMR", "Mandalay"),
        ),
    ],
)
def test_a_note_naming_a_table_village_is_placed_there(
    pipeline: Pipeline, text: str, place: tuple[str, str, str]
) -> None:
    assert _place(pipeline, text) == place
