"""Specs for place names several countries share, read in the home country of the armed group a note
names: rebels fight at home far more often than abroad."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kronika.actors.cues import article_entries
from kronika.actors.lexicon import ActorLexicon
from kronika.gazetteer import Gazetteer
from kronika.geo.armed_groups import armed_group_countries, home_reading
from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "homes"),
    [
        ("The SPLM-IO said its fighters held the town.", {"SSD"}),
        ("Ansaroul Islam fighters burned the school.", {"BFA"}),
        ("Al Shabaab fighters and the RSF were both named.", {"SOM", "SDN"}),
        ("The ruling party held a rally.", set()),  # a party is no armed group
        ("Villagers marched to the district office.", set()),
    ],
)
def test_the_home_countries_of_the_armed_groups_a_note_names(
    nlp: Language, text: str, homes: set[str]
) -> None:
    assert armed_group_countries(article_entries(nlp(text), ActorLexicon.load())) == frozenset(homes)


@pytest.mark.parametrize(
    ("name", "homes", "country"),
    [
        ("Leer", {"SSD"}, "SSD"),  # Germany's Leer is bigger, South Sudan's is the rebels'
        ("Leer", set(), None),  # no armed group named: no home to prefer
        ("Leer", {"SOM"}, None),  # no Leer in Somalia
        ("Bor", {"SSD", "SRB"}, None),  # two homes that both have a Bor: no answer
    ],
)
def test_a_name_reads_in_the_one_armed_groups_home_that_has_a_place_of_it(
    gazetteer: Gazetteer, name: str, homes: set[str], country: str | None
) -> None:
    assert home_reading(name, gazetteer, frozenset(homes)) == country


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("Government troops clashed with the SPLM-IO in Leer on Monday.", "SSD", "Unity"),
        ("The SPLM-IO said it had taken Kaka after a day of fighting.", "SSD", "Upper Nile"),
        ("Ansaroul Islam gunmen killed a herder in the village of Sona.", "BFA", "Sahel"),
        # a chain beside the group: its town is read in the group's country too
        ("Gunmen raided Um Sirdiba village, Bau locality; locals blamed the SPLM-N.", "SDN", "Blue Nile"),
        # a unit word only South Sudan uses
        ("Two traders were shot dead near Akot payam by unknown gunmen.", "SSD", "Lakes"),
    ],
)
def test_a_shared_name_is_read_in_the_armed_groups_home(
    pipeline: Pipeline, text: str, country: str, admin1: str
) -> None:
    mentions = pipeline.mentions(Article("t", text, published=date(2015, 3, 2)))
    assert mentions
    location = mentions[0].location
    assert location is not None
    assert (location.country, location.admin1) == (country, admin1)
