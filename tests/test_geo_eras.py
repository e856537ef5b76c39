"""Specs for places as the map stood on the event's day: South Sudan's states before independence."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.eras import RENAMED, as_of
from kronika.model import Article, Place
from kronika.pipeline import Pipeline


def _town(admin1: str) -> Place:
    return Place("Sometown", "SSD", admin1, 6.0, 31.0, "city")


@pytest.mark.parametrize(
    ("admin1", "province"),
    [
        ("Central Equatoria", "Equatoria"),
        ("Western Equatoria", "Equatoria"),
        ("Lakes", "Bahr el Ghazal"),
        ("Warrap", "Bahr el Ghazal"),
        ("Jonglei", "Upper Nile"),
        ("Unity", "Upper Nile"),
    ],
)
def test_a_south_sudanese_town_before_independence_lies_in_an_old_province_of_sudan(
    admin1: str, province: str
) -> None:
    place = as_of(_town(admin1), date(2009, 3, 14))
    assert place == Place("Sometown", "SDN", province, 6.0, 31.0, "city")


def test_a_state_named_alone_before_independence_is_its_old_province() -> None:
    state = Place("Jonglei", "SSD", "Jonglei", 7.5, 32.0, "admin1")
    assert as_of(state, date(2010, 1, 2)) == Place("Upper Nile", "SDN", "Upper Nile", 7.5, 32.0, "admin1")


@pytest.mark.parametrize("day", [date(2011, 7, 9), date(2016, 5, 1), None])
def test_after_independence_or_undated_the_place_stays_as_listed(day: date | None) -> None:
    assert as_of(_town("Lakes"), day) == _town("Lakes")


def test_places_elsewhere_and_no_place_stay_as_they_are() -> None:
    khartoum = Place("Khartoum", "SDN", "Khartoum", 15.55, 32.53, "city")
    assert as_of(khartoum, date(2005, 1, 1)) == khartoum
    assert as_of(None, date(2005, 1, 1)) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "country", "admin1"),
    [
        # no day is written: the report's day says which map the town was on
        ("Cattle raiders killed 21 people in Yirol.", date(2010, 8, 2), "SDN", "Bahr el Ghazal"),
        ("Cattle raiders killed 21 people in Yirol.", date(2016, 8, 2), "SSD", "Lakes"),
        # a day written before independence outranks a later report
        ("On 3 March 2009, gunmen killed two traders in Yei.", date(2012, 1, 5), "SDN", "Equatoria"),
    ],
)
def test_an_event_is_placed_on_the_map_of_its_day(
    pipeline: Pipeline, text: str, published: date, country: str, admin1: str
) -> None:
    mentions = pipeline.mentions(Article("t", text, published=published))
    assert mentions
    location = mentions[0].location
    assert location is not None
    assert (location.country, location.admin1) == (country, admin1)


@pytest.mark.parametrize(
    ("admin1", "day", "then"),
    [
        ("Highland Papua", date(2019, 3, 9), "Papua"),
        ("Central Papua", date(2020, 5, 15), "Papua"),
        ("South Papua", date(2016, 11, 1), "Papua"),
        ("Southwest Papua", date(2020, 8, 1), "West Papua"),
        ("Southwest Papua", date(2022, 10, 1), "West Papua"),
        ("Highland Papua", date(2022, 10, 1), "Highland Papua"),
        ("Southwest Papua", date(2023, 4, 2), "Southwest Papua"),
    ],
)
def test_an_indonesian_town_before_its_province_was_cut_lies_in_the_province_cut_from(
    admin1: str, day: date, then: str
) -> None:
    place = as_of(Place("Sometown", "IDN", admin1, -4.1, 138.9, "city"), day)
    assert place == Place("Sometown", "IDN", then, -4.1, 138.9, "city")


def test_a_cut_province_named_alone_before_the_cut_is_the_old_province() -> None:
    region = Place("Highland Papua", "IDN", "Highland Papua", -4.2, 139.4, "admin1")
    assert as_of(region, date(2019, 1, 5)) == Place("Papua", "IDN", "Papua", -4.2, 139.4, "admin1")


def _in(country: str, admin1: str) -> Place:
    return Place("Sometown", country, admin1, 30.0, 40.0, "city")


@pytest.mark.parametrize(
    ("country", "before", "after"),
    [
        ("IRQ", "Thi-Qar", "Thi Qar"),
        ("IRQ", "Missan", "Maysan"),
        ("LBN", "Nabatiye", "Al Nabatieh"),
        ("MEX", "Distrito Federal", "Ciudad de Mexico"),
        ("ITA", "Sicily", "Sicilia"),
        ("UKR", "Odessa", "Odesa"),
    ],
)
def test_from_2023_the_boundary_update_writes_arab_european_and_mexican_regions_anew(
    country: str, before: str, after: str
) -> None:
    assert as_of(_in(country, before), date(2023, 6, 3)) == _in(country, after)
    assert as_of(_in(country, before), date(2021, 6, 3)) == _in(country, before)


def test_every_renamed_region_is_one_the_gazetteer_names(gazetteer: Gazetteer) -> None:
    unknown = [
        (country, name)
        for country, name in RENAMED
        if not any(e.admin1 == name for e in gazetteer.lookup(name, kind="admin1", country=country))
    ]
    assert unknown == []
