"""Specs for the paper or hospital named after a town, which says which of several same-named counties a
local story's county is."""

from __future__ import annotations

import pytest
from builders import locate_us, rule
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.institution_towns import institution_county
from kronika.geo.resolve import resolve_name


@pytest.mark.parametrize(
    ("text", "state"),
    [
        *rule(
            "a hospital named after a town of another state's namesake county moves the county there",
            ("The boy was taken to Orlando Regional Medical Center.", "Florida"),
            ("He was flown to Newburgh Memorial Hospital.", "New York"),
        ),
        *rule(
            "a paper named after such a town does too",
            ("Sheriff Ann Ruiz told the Orlando Sentinel that two men were hurt.", "Florida"),
        ),
        *rule(
            "a town of the county as read keeps it",
            ("The boy was taken to Anaheim Regional Medical Center.", "California"),
        ),
        *rule(
            "a town in no county of the name says nothing",
            ("The boy was taken to Tampa General Hospital.", "California"),
        ),
        *rule(
            "a big city the hurt were carried to moves the county to the namesake it serves",
            ("The boy was taken to a hospital in Orlando.", "Florida"),
            ("Deputies said the woman was airlifted to a trauma unit in Orlando.", "Florida"),
        ),
        *rule(
            "a small town they were carried to, or a big city written with no carrying, says nothing",
            ("The boy was taken to a clinic in Winter Park.", "California"),
            ("His family moved here from Orlando last year.", "California"),
        ),
    ],
)
def test_a_papers_or_hospitals_town_picks_the_namesake_county(
    gazetteer: Gazetteer, text: str, state: str
) -> None:
    county = resolve_name(gazetteer, "Orange County", "USA")
    assert county is not None and county.admin1 == "California"  # the biggest of the name, read alone
    assert institution_county(county.to_place(), text, gazetteer).admin1 == state


@pytest.mark.parametrize(
    ("county", "state", "text", "expected"),
    [
        *rule(
            "the trauma centre may lie a state away: the one namesake near it is the county",
            ("Marion County", "Indiana", "He was flown to a hospital in Shreveport.", "Texas"),
        ),
        *rule(
            "a city that two namesakes lie near tells neither",
            ("Jefferson County", "Alabama", "He was rushed to a hospital in Louisville.", "Alabama"),
        ),
    ],
)
def test_the_city_the_hurt_were_carried_to_picks_the_namesake_county_near_it(
    gazetteer: Gazetteer, county: str, state: str, text: str, expected: str
) -> None:
    read = next(c for c in gazetteer.lookup(county, kind="admin2", country="USA") if c.admin1 == state)
    assert institution_county(read.to_place(), text, gazetteer).admin1 == expected


@pytest.mark.slow
def test_an_orange_county_story_with_orlandos_hospital_is_in_florida(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Three men were hurt late Friday in a shooting outside a car wash, according to "
        "the Orange County Sheriff's Office.\n\nAll were transported to Orlando Regional Medical Center."
    )
    place = locate_us(nlp, gazetteer, text, "shooting")
    assert place is not None and place.admin1 == "Florida"
