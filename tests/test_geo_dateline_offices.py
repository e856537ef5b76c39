"""Specs for communities no list holds that a dateline's story names, known by their post office."""

from __future__ import annotations

import pytest
from builders import locate_us, rule
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.dateline import local_office
from kronika.model import Place

NASHVILLE = Place("Nashville", "USA", "Tennessee", 36.16589, -86.78444, "city")
MEMPHIS = Place("Memphis", "USA", "Tennessee", 35.14953, -90.04898, "city")
BISHKEK = Place("Bishkek", "KGZ", "Chuy", 42.87, 74.59, "city")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("written", "dateline", "found"),
    [
        *rule(
            "a post office of the dateline's state by the dateline is the community",
            ("Madison", NASHVILLE, True),
        ),
        *rule(
            "no community where the post office is far off, the state lists a town so named, the name is "
            "the dateline's own or the dateline is abroad",
            ("Madison", MEMPHIS, False),
            ("Franklin", NASHVILLE, False),
            ("Nashville", NASHVILLE, False),
            ("Madison", BISHKEK, False),
        ),
    ],
)
def test_a_community_is_known_by_its_post_office_beside_the_dateline(
    gazetteer: Gazetteer, written: str, dateline: Place, found: bool
) -> None:
    office = local_office(gazetteer, written, dateline)
    assert (office is not None) == found
    assert office is None or (office.name, office.admin1, office.kind) == (written, dateline.admin1, "city")


@pytest.mark.slow
def test_a_dateline_storys_community_is_not_a_namesake_in_another_state(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # Wisconsin's Madison is the gazetteer's biggest; Tennessee's is a community by Nashville no list holds
    text = "NASHVILLE, Tenn. — A teenager was shot Friday night outside a Madison gas station."
    place = locate_us(nlp, gazetteer, text, "shot")
    assert place is not None and (place.name, place.admin1) == ("Madison", "Tennessee")
