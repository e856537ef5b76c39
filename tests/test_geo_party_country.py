"""Specs for the home country of the parties a note names, as a clue to the note's country."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.actors import ActorLexicon
from kronika.actors.cues import article_entries
from kronika.gazetteer import Gazetteer
from kronika.geo.focus import focus_country
from kronika.geo.party_country import party_votes


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("Jubo Dal men attacked an Awami League office at night.", {"BGD": 2.0}),
        ("Residents gathered outside the town hall on Monday.", {}),
    ],
)
def test_each_party_named_votes_for_its_home_country(
    nlp: Language, lexicon: ActorLexicon, text: str, votes: dict[str, float]
) -> None:
    assert dict(party_votes(article_entries(nlp(text), lexicon))) == votes


@pytest.mark.slow
def test_a_party_places_a_town_named_in_two_countries_in_its_own(
    nlp: Language, gazetteer: Gazetteer, lexicon: ActorLexicon
) -> None:
    doc = nlp("Chhatra League activists clashed with rivals in Gopalganj on Monday.")
    assert focus_country(doc, gazetteer) != "BGD"  # India's Gopalganj is the bigger
    assert focus_country(doc, gazetteer, party_votes(article_entries(doc, lexicon))) == "BGD"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the party's vote ties with a town of the name in Bihar and in Bangladesh
        (
            "About 20 people were hurt when two BCL factions fought over a hall committee in Gopalganj "
            "city's medical college on May 3.",
            "BGD",
        ),
        # a district chain reads as well in India as in Bangladesh: the party's country reads it
        (
            "Some 30 BNP workers were hurt when rival wings of the party clashed over posters in Gopalganj "
            "district town.",
            "BGD",
        ),
        ("Chhatra Dal activists clashed with police at Rajapur in Jhalokathi district.", "BGD"),
        # no party: the name alone goes to the bigger namesake, as before
        (
            "About 20 people were hurt when two student factions fought over a hall committee in Gopalganj "
            "city's medical college on May 3.",
            "IND",
        ),
    ],
)
def test_a_tie_goes_to_the_country_of_the_parties_named(
    nlp: Language, gazetteer: Gazetteer, lexicon: ActorLexicon, text: str, country: str
) -> None:
    doc = nlp(text)
    assert focus_country(doc, gazetteer, party_votes(article_entries(doc, lexicon))) == country
