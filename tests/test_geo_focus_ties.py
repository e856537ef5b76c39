"""Specs for landmark towns: a tie in the country vote, and a village read abroad placed at its landmark."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.focus import focus_country
from kronika.geo.focus_ties import is_landmark, names_a_place
from kronika.geo.text_place import place_in
from kronika.nlp import entities


@pytest.mark.parametrize(
    ("text", "parties", "iso3"),
    [
        # a village named like a town abroad, measured from a town of the note's country: the landmark's
        # country, not the first name seen (Nigeria's Kumo)
        ("Raiders looted cattle in Kumo, south of Geneina.", {}, "SDN"),
        # a foreign army named first, the place it struck after: the place's country
        ("US forces struck a militant camp near Jilib.", {}, "SOM"),
        # a place name that reads in the actor's own country too breaks no tie against it (Xinjiang's Bole)
        ("Ethiopian soldiers arrested two students in Bole.", {}, "ETH"),
        # the note's parties (their votes as geo/party_country.py gives them) still outrank a place name
        # abroad: 'Birganj' is also Nepal's Birgunj
        ("Awami League men clashed with BNP activists in Birganj.", {"BGD": 2.0}, "BGD"),
        # a region whose countryside holds the scene, though spaCy tags it a body: its country, not the
        # bigger namesake abroad of the village named first (Iraq's Sinjar)
        (
            "On 6 June 2021, a landmine left by regime forces exploded in Sinjar area east of Ithriya "
            "in Hama countryside, injuring a shepherd.",
            {},
            "SYR",
        ),
    ],
)
def test_a_tied_vote_goes_to_the_landmark_then_parties_then_places(
    nlp: Language, gazetteer: Gazetteer, text: str, parties: dict[str, float], iso3: str
) -> None:
    assert focus_country(nlp(text), gazetteer, parties) == iso3


@pytest.mark.parametrize(
    ("text", "name", "landmark"),
    [
        ("Raiders looted cattle in Kumo, south of Geneina.", "Geneina", True),
        ("Gunmen shot a trader 12 km south-west of Kassala.", "Kassala", True),
        ("Raiders looted cattle in Kumo, south of Geneina.", "Kumo", False),  # the scene itself
        ("Protesters marched on the governor of Kassala.", "Kassala", False),  # no bearing before 'of'
    ],
)
def test_a_landmark_is_a_town_written_after_a_bearing_and_of(
    nlp: Language, text: str, name: str, landmark: bool
) -> None:
    ent = next(e for e in entities(nlp(text)) if e.text == name)
    assert is_landmark(ent) is landmark


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("US forces struck a militant camp near Jilib.", "Jilib", True),
        ("US forces struck a militant camp near Jilib.", "US", False),  # a country's own name: whose forces
        ("Ethiopian troops patrolled the market in Baidoa.", "Ethiopian", False),  # a nationality
        # a city spaCy tags as a nationality is still a place
        ("Two rebel factions traded fire in the western countryside of Aleppo.", "Aleppo", True),
    ],
)
def test_a_place_name_is_neither_a_country_nor_a_nationality(
    nlp: Language, gazetteer: Gazetteer, text: str, name: str, place: bool
) -> None:
    ent = next(e for e in entities(nlp(text)) if e.text == name)
    assert names_a_place(ent, gazetteer) is place


@pytest.mark.parametrize(
    ("text", "focus", "name"),
    [
        # the scene's name reads only as a town abroad: the landmark of the note's country it is measured from
        ("Raiders looted cattle in Kumo, south of Geneina.", "SDN", "Geneina"),
        ("Gunmen killed two traders in Sika, 15 km east of Kassala.", "SDN", "Kassala"),
        # the scene reads in the note's country: it stays the scene
        ("Raiders looted cattle in Kumo, south of Geneina.", "NGA", "Kumo"),
    ],
)
def test_a_village_read_abroad_is_placed_at_its_home_landmark(
    nlp: Language, gazetteer: Gazetteer, text: str, focus: str, name: str
) -> None:
    doc = nlp(text)
    trigger = next(t for t in doc if t.pos_ == "VERB")
    place = place_in(doc, doc[:], gazetteer, focus, trigger, frozenset())
    assert place is not None and place.name == name
