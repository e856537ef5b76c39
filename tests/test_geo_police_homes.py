"""Specs for the home country of the police a note names by their country, as a clue to the note's country."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.focus import focus_country
from kronika.geo.police_homes import POLICE_VOTE, police_votes, with_police


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("Cadres of a banned outfit fired at the Nepal Police near a market.", {"NPL": POLICE_VOTE}),
        ("Burkina Faso gendarmes detained three herders at a well.", {"BFA": POLICE_VOTE}),
        ("Kenyan riot police dispersed hawkers outside the bus park.", {"KEN": POLICE_VOTE}),
        ("The Nepal Armed Police Force patrolled the border crossing.", {"NPL": POLICE_VOTE}),
        # an army acts abroad as often as at home: it casts no vote
        ("Kenyan soldiers clashed with gunmen near a well.", {}),
        # nor do its military police, who go with its troops
        ("Russian military police patrolled the road near a village.", {}),
        # a whole name that is no country's, though its last word is one
        ("New Mexico State Police arrested a driver on the highway.", {}),
        # a country's name that is also a region elsewhere tells no country
        ("Georgia police arrested a driver on the highway.", {}),
        ("Police dispersed hawkers outside the bus park.", {}),
    ],
)
def test_police_named_by_their_country_vote_for_it(
    nlp: Language, gazetteer: Gazetteer, text: str, votes: dict[str, float]
) -> None:
    assert police_votes(nlp(text), gazetteer) == votes


def test_police_votes_are_added_to_the_other_clues(nlp: Language, gazetteer: Gazetteer) -> None:
    doc = nlp("Nepal Police arrested two men.")
    assert with_police({"NPL": 1.0, "IND": 1.0}, doc, gazetteer) == {"NPL": 1.0 + POLICE_VOTE, "IND": 1.0}


@pytest.mark.slow
def test_the_police_place_a_district_named_in_two_countries_in_theirs(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # Ilam is Iran's province and Nepal's district: the Nepal Police say which
    doc = nlp(
        "On 3 May 2021, cadres of a banned outfit clashed with the Nepal Police personnel in Dhungre "
        "locality of Suryodaya Municipality-4 (Ilam district)."
    )
    assert focus_country(doc, gazetteer) == "IRN"
    assert focus_country(doc, gazetteer, with_police({}, doc, gazetteer)) == "NPL"
