"""Specs for places in African conflict notes that name no country: a town name several countries share
is read in the home country of the people the note names, and the spellings and points the town table
holds for towns notes name."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.nearby import distance_km
from kronika.geo.people_homes import people_countries
from kronika.geo.romanized import romanized_town
from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "homes"),
    [
        ("Dinka youths raided a cattle camp.", {"SSD"}),
        ("Murle raiders and Nuer fighters clashed.", {"SSD"}),
        ("Turkana herders lost 300 goats to Toposa raiders.", {"KEN", "SSD"}),
        ("Tugen and Ilchamus elders met the governor.", {"KEN"}),
        # peoples of several countries name none
        ("Somali and Afar militias clashed over grazing land.", set()),
        ("Oromo protesters marched through the town.", set()),
        ("Villagers blocked the road.", set()),
    ],
)
def test_the_home_countries_of_the_peoples_a_note_names(text: str, homes: set[str]) -> None:
    assert people_countries(text) == frozenset(homes)


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [
        ("Haramaya", "ETH", 9.39, 42.01),  # the listed Alemaya, under the name notes write
        ("Haro Maya", "ETH", 9.39, 42.01),
        ("Adan Yabaal", "SOM", 3.77, 46.25),  # the town, north of Jowhar's road, where coders place it
    ],
)
def test_a_town_notes_name_reads_at_its_point(
    gazetteer: Gazetteer, name: str, country: str, lat: float, lon: float
) -> None:
    entry = gazetteer.lookup(name, country=country)[0]
    assert entry.lat is not None and entry.lon is not None
    assert distance_km(entry.lat, entry.lon, lat, lon) < 10


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        # Russia's and Serbia's Bor are bigger; the peoples named are South Sudan's
        ("Nuer soldiers in Bor shot dead two Dinka traders.", "SSD", "Jonglei"),
        ("Murle gunmen attacked a cattle camp outside Leer.", "SSD", "Unity"),
    ],
)
def test_a_shared_name_is_read_in_the_home_of_the_people_named(
    pipeline: Pipeline, text: str, country: str, admin1: str
) -> None:
    mentions = pipeline.mentions(Article("t", text, published=date(2014, 5, 6)))
    assert mentions
    location = mentions[0].location
    assert location is not None
    assert (location.country, location.admin1) == (country, admin1)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a listed town before its zone: the zone, a spelling of its seat, confirms the town
        ("Militiamen shot dead a farmer in Amuru, West Wollega, on Monday.", ("ETH", "Oromia", "Amuru")),
        # a village the lists lack, before its zone written with its type word: the zone's seat
        ("Police detained two teachers in Harato, Horo Guduru Zone (Oromia).", ("ETH", "Oromia", "Shambu")),
        # the zone's seat under the name notes write, not SNNP's bigger Ciro
        ("Gunmen killed a trader in Chiro town (West Hararghe, Oromia).", ("ETH", "Oromia", "Āsbe Teferī")),
    ],
)
def test_a_zone_of_ethiopia_reads_at_its_seat(
    pipeline: Pipeline, text: str, place: tuple[str, str, str]
) -> None:
    mentions = pipeline.mentions(Article("t", text, published=date(2020, 12, 1)))
    assert mentions
    location = mentions[0].location
    assert location is not None
    assert (location.country, location.admin1, location.name) == place


@pytest.mark.parametrize(
    "sentence",
    [
        # Katilu's consonants are Kotli's, but the chain's district is Kenya's
        "Raiders took 300 goats from a village of Katilu Division, Turkana District.",
        "Herders clashed near Kotli village, Marsabit county.",
    ],
)
def test_a_chain_whose_other_name_lies_outside_south_asia_is_no_respelling(
    gazetteer: Gazetteer, sentence: str
) -> None:
    assert romanized_town(sentence, gazetteer, None) is None
