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
            ("The boy was taken to a hospital in Orlando.", "California"),  # no hospital's name
        ),
    ],
)
def test_a_papers_or_hospitals_town_picks_the_namesake_county(
    gazetteer: Gazetteer, text: str, state: str
) -> None:
    county = resolve_name(gazetteer, "Orange County", "USA")
    assert county is not None and county.admin1 == "California"  # the biggest of the name, read alone
    assert institution_county(county.to_place(), text, gazetteer).admin1 == state


@pytest.mark.slow
def test_an_orange_county_story_with_orlandos_hospital_is_in_florida(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Four people were wounded early Saturday in a drive-by shooting at a gas station, according to "
        "the Orange County Sheriff's Office.\n\nThe victims were taken to Orlando Regional Medical Center."
    )
    place = locate_us(nlp, gazetteer, text, "shooting")
    assert place is not None and place.admin1 == "Florida"
