"""Specs for places in African and Middle Eastern notes: a listed town with a hamlet of its name abroad,
Kenya's former provinces, a town's point, and the names coders write regions under from 2023."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.eras import as_of
from kronika.geo.listed_towns import counts_as_rival
from kronika.geo.lone_towns import lone_town_country
from kronika.model import Article, Place
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("kind", "population", "rival"),
    [
        ("city", 0, False),  # a hamlet of no known size abroad
        ("city", 600, False),
        ("city", 1_000, True),
        ("city", 45_000, True),
        ("admin1", 0, True),  # a region is never a hamlet
        ("admin2", 0, True),
    ],
)
def test_only_a_town_of_some_size_or_a_region_abroad_makes_a_name_one_of_two_countries(
    gazetteer: Gazetteer, kind: str, population: int, rival: bool
) -> None:
    town = next(e for e in gazetteer.lookup("Kadugli") if e.kind == "city")
    assert counts_as_rival(replace(town, kind=kind, population=population)) is rival


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        # Darfur's Hamidiya camp; Iran has a hamlet of the name, of no known size
        ("Gunmen on camels raided Hamidiya before dawn and wounded a teacher.", "SDN"),
    ],
)
def test_a_listed_town_with_only_a_hamlet_of_its_name_abroad_gives_the_note_its_country(
    nlp: Language, gazetteer: Gazetteer, text: str, iso3: str
) -> None:
    assert lone_town_country(nlp(text), gazetteer) == iso3


def _place(country: str, admin1: str, precision: str = "city") -> Place:
    name = admin1 if precision == "admin1" else "Sometown"
    return Place(name, country, admin1, 30.0, 40.0, precision)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("country", "before", "after"),
    [
        ("IRQ", "Dahuk", "Duhok"),
        ("SYR", "Al-Hasakeh", "Al Hasakeh"),
        ("SYR", "As-Sweida", "As Sweida"),
        ("SYR", "Deir-ez-Zor", "Deir ez Zor"),
        ("JOR", "Aqaba", "Al Aqabah"),
        ("MRT", "Nouakchott-Ouest", "Nouakchott"),
        ("IRQ", "Thi-Qar", "Thi Qar"),
        ("IRQ", "Sala al-Din", "Salah Al Din"),
        ("IRQ", "Missan", "Maysan"),
        ("SYR", "Dar'a", "Dara"),
        ("LBN", "Nabatiye", "Al Nabatieh"),
        ("MEX", "Michoacán", "Michoacan de Ocampo"),
        ("MEX", "Distrito Federal", "Ciudad de Mexico"),
    ],
)
def test_from_2023_a_region_is_written_under_its_new_name(country: str, before: str, after: str) -> None:
    assert as_of(_place(country, before), date(2023, 11, 30)) == _place(country, after)
    assert as_of(_place(country, before, "admin1"), date(2024, 2, 1)) == _place(country, after, "admin1")


@pytest.mark.parametrize("day", [date(2020, 5, 14), date(2022, 12, 31), None])
def test_before_2023_or_undated_a_region_keeps_its_name(day: date | None) -> None:
    assert as_of(_place("SYR", "Al-Hasakeh"), day) == _place("SYR", "Al-Hasakeh")


def test_a_region_no_one_renamed_keeps_its_name_after_2023() -> None:
    assert as_of(_place("SYR", "Idleb"), date(2024, 3, 3)) == _place("SYR", "Idleb")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        # Kenya's former provinces in a Kenyan report are Kenya's, not Rwanda's town of the name
        ("In Kenya, police fired on opposition protesters in Nyanza, killing five.", "KEN", "Kisumu"),
        ("Kenyan police said herders clashed in the Rift Valley overnight.", "KEN", "Nakuru"),
        ("Gunmen raided Hamidiya camp overnight and wounded two men.", "SDN", "Central Darfur"),
    ],
)
def test_african_notes_are_placed_in_their_country(
    pipeline: Pipeline, text: str, country: str, admin1: str
) -> None:
    mentions = pipeline.mentions(Article("t", text, published=date(2016, 6, 23)))
    assert mentions
    location = mentions[0].location
    assert location is not None
    assert (location.country, location.admin1) == (country, admin1)


@pytest.mark.slow
def test_um_dukhun_lies_where_coders_place_it(pipeline: Pipeline) -> None:
    text = "Two herders were killed in clashes between rival militias in Umm Dukhun."
    mentions = pipeline.mentions(Article("t", text, published=date(2015, 10, 23)))
    location = mentions[0].location
    assert location is not None and location.lat is not None and location.lon is not None
    assert (round(location.lat, 1), round(location.lon, 1)) == (11.1, 23.0)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "point"),
    [
        # a village written with its district and region lies at the village, not at the district's seat
        ("Clan militias fought over grazing land in Sixna village (Qandala, Bari).", (11.06, 50.21)),
        ("Al Shabaab fighters patrolled Barjala village (Kismaayo, Lower Juba) at night.", (-0.36, 41.83)),
        # a district seat the lists lack
        ("An airstrike hit a militant camp in Sablaale town (Sablaale, Lower Shabelle).", (1.25, 43.80)),
    ],
)
def test_a_somali_village_named_with_its_district_lies_at_the_village(
    pipeline: Pipeline, text: str, point: tuple[float, float]
) -> None:
    mentions = pipeline.mentions(Article("t", text, published=date(2025, 11, 2)))
    assert mentions
    location = mentions[0].location
    assert location is not None and location.lat is not None and location.lon is not None
    assert (round(location.lat, 2), round(location.lon, 2)) == point


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "town", "country", "admin1"),
    [
        ("Militants attacked an army position in Diguel (Diguel, Soum) at dawn.", "Diguel", "BFA", "Sahel"),
        # Bama of Houet, not the Bama the lists hold in Boucle du Mouhoun, nor Nigeria's
        ("Residents demonstrated in Bama (Bama, Houet) against a land deal.", "Bama", "BFA", "Hauts-Bassins"),
        ("Fighting broke out in Guit and nearby villages, Unity state.", "Guit", "SSD", "Unity"),
    ],
)
def test_commune_and_county_seats_the_lists_lack(
    pipeline: Pipeline, text: str, town: str, country: str, admin1: str
) -> None:
    mentions = pipeline.mentions(Article("t", text, published=date(2020, 5, 24)))
    assert mentions
    location = mentions[0].location
    assert location is not None
    assert (location.country, location.admin1, location.name) == (country, admin1, town)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        # a village a terse note names alone, with no country: the one country that has it
        ("RSF fighters attacked Terow at dawn.", "SDN", "Central Darfur"),
        ("Sudanese air forces bombed Debi.", "SDN", "South Kordofan"),
        ("A landmine killed a driver near Hulugho.", "KEN", "Garissa"),
    ],
)
def test_a_village_a_note_names_alone(pipeline: Pipeline, text: str, country: str, admin1: str) -> None:
    mentions = pipeline.mentions(Article("t", text, published=date(2013, 5, 2)))
    assert mentions
    location = mentions[0].location
    assert location is not None
    assert (location.country, location.admin1) == (country, admin1)
