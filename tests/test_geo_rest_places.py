"""Specs for the places_rest town-table blocks (villages of Ukraine, Azerbaijan and Nicaragua that two or more
training notes name where the lists hold the name only in another region, or not at all; the Russian
spellings of Belarus's regional capitals) and for places named for an event's cause (geo/solidarity.py)."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.gazetteer import Gazetteer
from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("town", "country", "admin1"),
    [
        ("Hryhorivka", "UKR", "Donetsk"),  # the lists hold it in Kherson and Zaporizhia
        ("Bilohiria", "UKR", "Zaporizhia"),  # and in Khmelnytskyi, as Bilohirya
        ("Novoandriivka", "UKR", "Zaporizhia"),
        ("Mykhalchyna-Sloboda", "UKR", "Chernihiv"),
        ("Karbonit Mine", "UKR", "Luhansk"),
        ("Shukurbeyli", "AZE", "Fizuli"),
        ("Monimbo", "NIC", "Masaya"),
    ],
)
def test_a_village_is_listed_in_the_region_coders_place_it(
    gazetteer: Gazetteer, town: str, country: str, admin1: str
) -> None:
    towns = gazetteer.lookup(town, kind="city", country=country)
    assert any(t.admin1 == admin1 for t in towns)


@pytest.mark.parametrize(
    ("town", "country", "admin1"),
    [
        ("Esquipulas", "NIC", "Rivas"),  # Guatemala's town of the name is the bigger one
        ("Donetsk-Kirovskyi", "UKR", "Donetsk"),  # a quarter written after its city
    ],
)
def test_quarters_and_names_of_towns_abroad_are_left_out(
    gazetteer: Gazetteer, town: str, country: str, admin1: str
) -> None:
    towns = gazetteer.lookup(town, kind="city", country=country)
    assert not any(t.admin1 == admin1 for t in towns)


@pytest.mark.parametrize(
    ("town", "lat"),
    [("Mogilev", 53.9), ("Gomel", 52.4), ("Grodno", 53.7)],
)
def test_a_belarusian_capitals_russian_spelling_is_the_city(
    gazetteer: Gazetteer, town: str, lat: float
) -> None:
    towns = gazetteer.lookup(town, kind="city", country="BLR")
    assert towns and abs((towns[0].lat or 0.0) - lat) < 0.1


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("On 3 June 2024, Russian troops fired mortars near Hryhorivka, Donetsk.", "Hryhorivka", "Donetsk"),
        ("On 9 July 2024, drones struck a barn near Bilohiria, Zaporizhia.", "Bilohiria", "Zaporizhia"),
        ("On 2 March 2021, some 40 teachers rallied in Grodno.", "Grodno", "Grodno"),
    ],
)
def test_a_note_naming_the_village_is_placed_at_it(
    pipeline: Pipeline, text: str, name: str, admin1: str
) -> None:
    mentions = pipeline.mentions(Article("t", text, published=date(2024, 7, 10)))
    assert mentions
    location = mentions[0].location
    assert location is not None and (location.name, location.admin1) == (name, admin1)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a place before the phrase names the scene: the one after it is the cause's
        (
            "On 2 March 2021, some 40 teachers rallied in Gomel in solidarity with strikers in Grodno.",
            "Gomel",
        ),
        (
            "On 5 April 2021, about 60 nurses marched in Grodno in support of colleagues held in Gomel.",
            "Grodno",
        ),
        # no place before it: the one after it is the scene
        ("On 7 April 2021, students marched in support of the strike in Gomel.", "Gomel"),
    ],
)
def test_a_place_named_for_the_cause_is_no_scene(pipeline: Pipeline, text: str, name: str) -> None:
    mentions = pipeline.mentions(Article("t", text, published=date(2021, 4, 10)))
    assert mentions
    location = mentions[0].location
    assert location is not None and location.name == name
