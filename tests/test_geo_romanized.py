"""Specs for South Asian towns a note types by a unit word but spells otherwise than the lists do."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.romanized import consonant_key, romanized_town


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        ("Jhalakati", "Jhalokati"),
        ("Laxmipur", "Lakshmipur"),
        ("Bhauphal", "Bauphal"),
        ("Kiraniganj", "Keraniganj"),
        ("Gajipur", "Gazipur"),
    ],
)
def test_romanizations_of_one_name_share_their_consonants(written: str, listed: str) -> None:
    assert consonant_key(written) == consonant_key(listed)


@pytest.mark.parametrize(
    ("sentence", "town", "region"),
    [
        ("Two shops were torched in Laxmipur Sadar upazila on Sunday.", "Lakshmīpur", "Chittagong"),
        ("Rival groups clashed in Mithamon upazila over a market lease.", "Mithamain", "Dhaka"),
        ("A land office was set on fire in Jhalakati of Sadar upazila.", "Jhalokati", "Barisal"),
        ("Villagers fought over a canal in Raiganj Upazila.", "Rayganj", "Rajshahi"),
        # no unit word, but five consonants or more seldom all match a town by chance
        ("Two shops were torched in Laxmipur on Sunday.", "Lakshmīpur", "Chittagong"),
        ("A party leader was stabbed in Char Fasson on Monday.", "Charfasson", "Barisal"),
    ],
)
def test_a_respelled_sub_district_is_its_town(
    gazetteer: Gazetteer, sentence: str, town: str, region: str
) -> None:
    place = romanized_town(sentence, gazetteer, "BGD")
    assert place is not None and (place.name, place.admin1, place.country) == (town, region, "BGD")


@pytest.mark.parametrize(
    ("sentence", "focus"),
    [
        ("Two shops were torched in Laxmi on Sunday.", "BGD"),  # untyped, under five consonants ('lksm')
        ("Protesters marched in Laxmipur city.", "USA"),  # a country whose names are not romanized
        ("Rival groups clashed in Sullah upazila.", "BGD"),  # 'sl': too few consonants to tell a town
        # a sentence's capitalised first word is no name ('Attempt': 'atmpt', a Tamil Nadu village's)
        ("Attempt to deal with stray dogs led to a shooting death", None),
    ],
)
def test_only_a_typed_or_long_name_in_a_romanized_country_is_respelled(
    gazetteer: Gazetteer, sentence: str, focus: str | None
) -> None:
    assert romanized_town(sentence, gazetteer, focus) is None


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("A bomb went off at a bazaar in Munishganj on Friday.", "Munshiganj"),
        ("Shopkeepers observed a strike in Banderban district.", "Bāndarban"),
    ],
)
def test_a_note_naming_no_country_reads_a_respelling_one_romanized_country_alone_has(
    gazetteer: Gazetteer, sentence: str, town: str
) -> None:
    place = romanized_town(sentence, gazetteer, None)
    assert place is not None and (place.name, place.country) == (town, "BGD")


def test_a_respelling_several_romanized_countries_have_is_left_unread(gazetteer: Gazetteer) -> None:
    # Hyderabad is a city of India and of Pakistan: a note naming neither country does not tell which
    assert romanized_town("Lawyers marched in Hyderabad on Monday.", gazetteer, None) is None
