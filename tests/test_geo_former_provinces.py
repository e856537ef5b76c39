"""Specs for former provinces in the town table: listed with their people, they outrank towns abroad."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.chain_resolve import resolve_chain
from kronika.geo.chain_text import find_chains
from kronika.geo.listed_towns import POPULATION, read_listed_towns
from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("KEN\tNyanza\tKisumu\t-0.10\t34.75\t5442711", 5_442_711),  # a former province with its people
        ("KEN\tKibera\tNairobi\t-1.31\t36.79", POPULATION),  # a plain town is read as one of some size
        ("KEN\tKibera\tNairobi\t-1.31\t36.79\t", POPULATION),
    ],
)
def test_a_town_line_may_give_its_people(line: str, people: int) -> None:
    (town,) = read_listed_towns(line)
    assert town.population == people


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # no country word: Kenya's former province (millions) outranks Rwanda's town of the name
        ("Police fired on opposition protesters in Nyanza, killing two.", "Kisumu"),
        ("Youths rioted in Nyanza/Kisii over the poll results; three were killed.", "Kisii"),
        ("Herders clashed with police in the Rift Valley overnight.", "Nakuru"),
        # with a region's word too: the old province, not Rwanda's district of Nyanza
        ("Police dispersed opposition marchers in Nyanza region on Monday.", "Kisumu"),
        ('Officers shot at rioters in "Nyanza province", wounding three.', "Kisumu"),
    ],
)
def test_a_former_province_named_alone_is_read_in_its_country(
    pipeline: Pipeline, text: str, admin1: str
) -> None:
    mentions = pipeline.mentions(Article("t", text, published=date(2012, 8, 12)))
    assert mentions
    location = mentions[0].location
    assert location is not None
    assert (location.country, location.admin1) == ("KEN", admin1)


@pytest.mark.parametrize(
    ("name", "country", "kind"),
    [
        ("Nyanza region", "KEN", "city"),  # the former province, at its capital
        ("Nyanza province", "KEN", "city"),
        ("Nyanza district", "RWA", "admin2"),  # a district's word still names Rwanda's district
        ("Kabul province", "AFG", "admin1"),  # a region listed as one still comes first
        ("Kaduna State", "NGA", "admin1"),  # a big city never stands for the region that bears its name
    ],
)
def test_a_region_word_answers_a_former_province(
    gazetteer: Gazetteer, name: str, country: str, kind: str
) -> None:
    entry = gazetteer.lookup(name)[0]
    assert (entry.country, entry.kind) == (country, kind)


def test_a_region_asked_for_by_kind_is_never_a_town(gazetteer: Gazetteer) -> None:
    assert all(e.kind == "admin1" for e in gazetteer.lookup("Nyanza region", kind="admin1"))


@pytest.mark.parametrize(
    ("text", "town", "admin1"),
    [
        # the old province, read at its capital, holds the town: it is no big city the town is a part of
        ("Cattle rustlers struck in Endebes area, Rift Valley Province, at dawn.", "Endebess", "Trans Nzoia"),
        ("Herders fought near Kipkelion, Rift Valley Province, on Sunday.", "Kipkelion", "Kericho"),
        ("Youths rioted in Kisii, Nyanza Province, after the count.", "Kisii", "Kisii"),
    ],
)
def test_a_town_before_a_former_province_is_that_town(
    gazetteer: Gazetteer, text: str, town: str, admin1: str
) -> None:
    (chain,) = [c for c in find_chains(text) if len(c.names) > 1]
    place = resolve_chain(gazetteer, chain, None)
    assert place is not None
    assert (place.entry.name, place.entry.admin1) == (town, admin1)
