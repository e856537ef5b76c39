"""Specs for namesake towns in a war zone: a town two countries hold is read in the one at war."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.focus import focus_country
from kronika.geo.war_zones import countries_at_war, read_war_zones, war_votes

WAR_DAY = date(2016, 7, 10)


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("Fighting in Leer.", {"SSD": 2.0}),  # Germany's Leer is the bigger
        ("Government forces said they had retaken Bor.", {"SSD": 2.0}),  # so is Russia's Bor
        ("Residents of Dhaka marched on Friday.", {}),  # a town no country at war holds
        ("Police arrested two men in Leer, Germany after a fight.", {"SSD": 2.0}),  # outweighed below
    ],
)
def test_a_town_a_country_at_war_shares_with_one_at_peace_votes_for_the_war(
    nlp: Language, gazetteer: Gazetteer, text: str, votes: dict[str, float]
) -> None:
    assert war_votes(nlp(text), gazetteer, WAR_DAY) == votes


@pytest.mark.parametrize(
    ("text", "day", "country"),
    [
        ("Fighting in Leer.", WAR_DAY, "SSD"),
        ("Clashes between the army and rebels near Leer.", WAR_DAY, "SSD"),
        ("Police arrested two men in Leer, Germany after a fight.", WAR_DAY, "DEU"),  # a country named
    ],
)
def test_the_vote_reads_the_note_in_the_war_unless_it_names_a_country(
    nlp: Language, gazetteer: Gazetteer, text: str, day: date, country: str
) -> None:
    doc = nlp(text)
    assert focus_country(doc, gazetteer, war_votes(doc, gazetteer, day)) == country


def test_no_day_no_vote(nlp: Language, gazetteer: Gazetteer) -> None:
    assert war_votes(nlp("Fighting in Leer."), gazetteer, None) == {}


@pytest.mark.parametrize(
    ("day", "at_war"),
    [(date(2010, 1, 1), False), (date(2014, 1, 1), True), (date(2030, 1, 1), True)],
)
def test_a_war_holds_from_its_first_year_and_while_open_ended(day: date, at_war: bool) -> None:
    zones = read_war_zones("# country\tfrom\tto\nUKR\t2014\t\nCOL\t1997\t2016\n")
    assert ("UKR" in countries_at_war(day, zones)) is at_war
    assert ("COL" in countries_at_war(day, zones)) is (day.year <= 2016)
