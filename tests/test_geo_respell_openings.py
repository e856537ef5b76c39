"""Specs for respelled chain names: a name spelled a little otherwise is read as a listed town only where
the two open alike, as a letter more or less before a name makes another place."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.chain_respell import same_opening
from kronika.geo.chains import best_chain


@pytest.mark.parametrize(
    ("written", "listed", "alike"),
    [
        # vowels, doubled letters and digraphs vary between romanisations
        ("Mohonpur", "Mohanpur", True),
        ("Tsukurune", "Tsukuryne", True),
        # an opening vowel or semivowel, or k / q / c, is one sound written two ways
        ("Iampil", "Yampil", True),
        ("Kamishli", "Al Qamishli", True),
        # a name written with a word more is still the name: a town's lake, an office in the town
        ("Lake Canandaigua", "Canandaigua", True),
        ("Valencia", "NIA Valencia", True),
        # a letter more before a name makes another name
        ("Orlivka", "Horlivka", False),
        ("Dachne", "Udachne", False),
        ("Sofiivka", "Novosofiivka", False),
        ("Bohdanivka", "Zhdanivka", False),
        # 'j' is the semivowel only beside 'y' or 'i'; before another vowel Arabic's consonant
        ("Jampil", "Yampil", True),
        ("Jaroslav", "Iaroslav", True),
        ("al Asadiyah", "Al Jawadiyah", False),
        ("Jebel Marra", "Ebel Marra", False),
    ],
)
def test_a_respelling_keeps_the_opening_sound(written: str, listed: str, alike: bool) -> None:
    assert same_opening(written, listed) is alike


@pytest.mark.parametrize(
    ("text", "not_town"),
    [
        # a village the lists lack is no bigger town spelled one letter longer 36 km off
        ("Shells landed near Orlivka, Donetsk region, on Tuesday.", "Horlivka"),
        ("Shells landed near Dachne, Donetsk region, on Tuesday.", "Udachne"),
    ],
)
def test_a_village_is_not_read_as_a_town_that_opens_otherwise(
    gazetteer: Gazetteer, text: str, not_town: str
) -> None:
    place = best_chain(gazetteer, text, 0, "UKR")
    assert place is not None and place.entry.name != not_town and place.entry.admin1 == "Donetsk"


def test_a_town_respelled_with_its_opening_kept_is_still_read(gazetteer: Gazetteer) -> None:
    # 'Khrustalne' is the listed Khrustalnyi, a vowel and an ending apart
    place = best_chain(gazetteer, "Shells landed in Khrustalne, Luhansk region, on Tuesday.", 0, "UKR")
    assert place is not None and place.entry.name == "Khrustalnyi"


@pytest.mark.parametrize(
    ("text", "not_town"),
    [
        # an American township is a municipality of its own, no listed town spelled a little otherwise
        ("A man was shot at a Hamilton Township, New Jersey home on Friday.", "Hampton"),
        ("About 30 people rallied in Center Township (Minnesota) on Saturday.", "Le Center"),
    ],
)
def test_an_american_township_is_not_respelled_as_another_town(
    gazetteer: Gazetteer, text: str, not_town: str
) -> None:
    place = best_chain(gazetteer, text, 0, "USA")
    assert place is None or place.entry.name != not_town
