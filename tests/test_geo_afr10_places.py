"""Specs for the places_afr10 town-table block: Jonglei's Pigi County, Leer with its county's people, East
Shewa zone at its seat, and the villages of Sudan, South Sudan, Burkina Faso, Ethiopia and Kenya that two
training notes name and the lists lack, read in their regions."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.resolve import resolve_name
from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("town", "country", "admin1"),
    [
        ("Pigi", "SSD", "Jonglei"),
        ("Raogo", "BFA", "Centre-Nord"),
        ("Alidougou", "BFA", "Cascades"),
        ("Bothai", "KEN", "Garissa"),
        ("Kangaru", "KEN", "Embu"),  # not Perlis's Kangar, whose other spelling it is
        ("Suleia", "SDN", "South Darfur"),
        ("Pariak", "SSD", "Jonglei"),
        ("Gumi Eldelo", "ETH", "Somali"),
        ("East Shewa", "ETH", "Oromia"),  # the zone, at its seat Adama
    ],
)
def test_a_village_two_notes_name_is_listed_in_its_region(
    gazetteer: Gazetteer, town: str, country: str, admin1: str
) -> None:
    towns = gazetteer.lookup(town, kind="city", country=country)
    assert towns and towns[0].admin1 == admin1


def test_leer_named_alone_is_south_sudans(gazetteer: Gazetteer) -> None:
    # its county's people outrank Lower Saxony's town: every training note naming it is South Sudan's
    found = resolve_name(gazetteer, "Leer", None)
    assert found is not None and (found.country, found.admin1) == ("SSD", "Unity")


def test_a_quarter_filed_beside_its_city_is_left_out(gazetteer: Gazetteer) -> None:
    # Miritini lies in Mombasa; listed under Kwale it would make 'outside Mombasa' Kwale's
    assert not gazetteer.lookup("Miritini", kind="city", country="KEN")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("Suspected militants attacked the village of Raogo and killed two men.", "BFA", "Centre-Nord"),
        ("Police shot dead a matatu driver in Kangaru town on Monday.", "KEN", "Embu"),
        ("Heavy fighting was reported in Leer on Tuesday.", "SSD", "Unity"),
        ("Police fired on protesters in Modjo, East Shewa, on Friday.", "ETH", "Oromia"),
    ],
)
def test_a_note_naming_only_the_village_is_placed_in_its_region(
    pipeline: Pipeline, text: str, country: str, admin1: str
) -> None:
    mentions = pipeline.mentions(Article("t", text, published=date(2019, 9, 10)))
    assert mentions
    location = mentions[0].location
    assert location is not None and (location.country, location.admin1) == (country, admin1)
