"""Specs for Sudan's old south and South Sudan read as one land (`geo/sudans.py`): a town both hold is
one place, filed by the event's day; an old-south village of a South Sudanese note is South Sudan's, and
so is one read in Sudan after independence."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.sudans import as_south, one_sudan, one_sudan_chain, south_on_day
from kronika.model import Article, Place
from kronika.pipeline import Pipeline

_SOUTH = GeoEntry("Lotumo", "city", "SSD", "Eastern Equatoria", 4.50, 33.00, 6_000)
_OLD = GeoEntry("Lotumo", "city", "SDN", "Equatoria", 4.51, 33.01, 500)
_FAR = GeoEntry("Lotumo", "city", "SDN", "Equatoria", 6.50, 30.00, 500)  # no twin: 400 km away
_DARFUR = GeoEntry("Lotumo", "city", "SDN", "North Darfur", 13.0, 25.0, 500)
_SUDAN = GeoEntry("Sudan", "country", "SDN", None, 15.0, 30.0, 40_000_000)
_SOUTH_SUDAN = GeoEntry("South Sudan", "country", "SSD", None, 7.0, 30.0, 11_000_000)


@pytest.mark.parametrize(
    ("entries", "focus", "kept"),
    [
        ([_SOUTH, _OLD], None, [_SOUTH]),  # no country told: South Sudan's, filed back by the day
        ([_SOUTH, _OLD], "SSD", [_SOUTH]),
        ([_SOUTH, _OLD], "SDN", [_OLD]),  # a Sudanese note keeps the old province's reading
        ([_SOUTH, _FAR], None, [_SOUTH, _FAR]),  # too far apart to be one town
        ([_SOUTH, _DARFUR], None, [_SOUTH, _DARFUR]),  # Darfur is no part of the old south
        ([_OLD], None, [_OLD]),
    ],
)
def test_a_town_of_the_old_south_and_of_south_sudan_is_read_once(
    entries: list[GeoEntry], focus: str | None, kept: list[GeoEntry]
) -> None:
    assert one_sudan(entries, focus) == kept


@pytest.mark.parametrize(
    ("options", "focus", "first"),
    [
        ([[_SOUTH, _OLD], [_SUDAN]], None, [_OLD]),  # 'Lotumo, Sudan': the old province's town
        ([[_SOUTH, _OLD], [_SOUTH_SUDAN]], None, [_SOUTH]),
        ([[_SOUTH, _OLD]], None, [_SOUTH]),
        ([[_SOUTH, _OLD]], "SDN", [_OLD]),
    ],
)
def test_a_chain_keeps_the_twin_of_the_country_it_names(
    options: list[list[GeoEntry]], focus: str | None, first: list[GeoEntry], gazetteer: Gazetteer
) -> None:
    assert one_sudan_chain(options, focus, gazetteer)[0] == first


def test_an_old_south_village_read_in_south_sudan_takes_its_nearest_towns_state(gazetteer: Gazetteer) -> None:
    village = GeoEntry("Lotumo", "city", "SDN", "Equatoria", 4.45, 28.45, 500)  # beside Yambio
    south = as_south(village, gazetteer)
    assert (south.country, south.admin1, south.lat) == ("SSD", "Western Equatoria", 4.45)
    assert as_south(_DARFUR, gazetteer) == _DARFUR


@pytest.mark.parametrize(
    ("text", "day", "country", "admin1"),
    [
        ("Armed youths burned a cattle camp near Kapoeta, killing three herders.", date(2009, 3, 4), "SDN",
         "Equatoria"),
        ("Armed youths burned a cattle camp near Kapoeta, killing three herders.", date(2016, 3, 4), "SSD",
         "Eastern Equatoria"),
        ("Unknown gunmen shot dead a trader in Wanglei market.", date(2010, 8, 1), "SDN", "Upper Nile"),
        ("Unknown gunmen shot dead a trader in Wanglei market.", date(2014, 8, 1), "SSD", "Jonglei"),
        ("Two soldiers were killed in an ambush outside Boro Medina.", date(2015, 2, 9), "SSD",
         "Western Bahr el Ghazal"),
        ("LRA fighters abducted four girls from Nambiri, South Sudan.", date(2010, 6, 2), "SDN", "Equatoria"),
    ],
)  # fmt: skip
def test_a_town_of_both_sudans_is_placed_by_the_events_day(
    pipeline: Pipeline, text: str, day: date, country: str, admin1: str
) -> None:
    mentions = pipeline.mentions(Article(id="t", text=text, published=day))
    place = max(mentions, key=lambda m: m.confidence).location
    assert place is not None
    assert (place.country, place.admin1) == (country, admin1)


def test_an_old_south_village_of_a_south_sudanese_note_is_placed_at_the_village(pipeline: Pipeline) -> None:
    mentions = pipeline.mentions(
        Article(
            id="t",
            text="LRA fighters abducted four girls from Nambiri, South Sudan.",
            published=date(2010, 6, 2),
        )
    )
    place = max(mentions, key=lambda m: m.confidence).location
    assert place is not None and place.name == "Nambiri"


@pytest.mark.parametrize(
    ("day", "country", "admin1"),
    [
        (date(2014, 2, 1), "SSD", "Lakes"),  # after independence: Lakes state's town
        (date(2011, 7, 9), "SSD", "Lakes"),
        (date(2011, 7, 8), "SDN", "Bahr el Ghazal"),  # before it, the old province's
        (None, "SDN", "Bahr el Ghazal"),
    ],
)
def test_an_old_south_town_read_in_sudan_is_south_sudans_after_independence(
    gazetteer: Gazetteer, day: date | None, country: str, admin1: str
) -> None:
    town = Place(name="Rumbek", country="SDN", admin1="Bahr el Ghazal", lat=6.82, lon=29.70, precision="city")
    place = south_on_day(town, day, gazetteer)
    assert place is not None
    assert (place.country, place.admin1, place.name) == (country, admin1, "Rumbek")


def test_an_old_province_read_whole_stays_as_it_is(gazetteer: Gazetteer) -> None:
    region = Place(name="Equatoria", country="SDN", admin1="Equatoria", lat=4.8, lon=30.5, precision="admin1")
    assert south_on_day(region, date(2014, 1, 1), gazetteer) == region
