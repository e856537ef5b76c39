"""Specs for the places_2015 block of our town table and Myanmar's theatre lines: Pakistan's former tribal
agencies, the Tirah valley and Kohistan, four Nepali districts at their seats, and the states Myanmar's
ethnic armed groups fight in."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.resolve import resolve_name
from kronika.geo.theatres import theatre_town
from kronika.model import Article, Place
from kronika.pipeline import Pipeline

MYANMAR = Place("Myanmar", "MMR", "Nay Pyi Taw", 19.75, 96.1, "country")


@pytest.mark.parametrize(
    "name",
    [
        "Bajaur",
        "Bajaur Agency",
        "Mohmand Agency",
        "Kurram Agency",
        "Orakzai",
        "South Waziristan",
        "Tirah Valley",
    ],
)
def test_a_tribal_agency_is_read_in_khyber_pakhtunkhwa(gazetteer: Gazetteer, name: str) -> None:
    first = gazetteer.lookup(name)[0]
    assert (first.country, first.admin1) == ("PAK", "Khyber Pakhtunkhwa")


@pytest.mark.parametrize(
    ("name", "admin1"),
    [("Bara", "Madhesh"), ("Rasuwa", "Bagmati"), ("Nuwakot", "Bagmati"), ("Kavre", "Bagmati")],
)
def test_a_nepali_district_is_nepals_in_a_nepali_story(gazetteer: Gazetteer, name: str, admin1: str) -> None:
    entry = resolve_name(gazetteer, name, "NPL")
    assert entry is not None and (entry.country, entry.admin1) == ("NPL", admin1)


@pytest.mark.parametrize(
    "text",
    [
        "Jets struck militant hideouts in the Tirah Valley, killing 12 militants.",
        "A roadside bomb killed two soldiers in Orakzai Agency.",
        "A tribal elder was shot dead in Nawagai tehsil of Bajaur Agency.",
    ],
)
def test_a_note_naming_only_a_tribal_area_is_placed_in_khyber_pakhtunkhwa(
    pipeline: Pipeline, text: str
) -> None:
    mentions = pipeline.mentions(Article("t", text, published=date(2015, 3, 10)))
    assert mentions
    location = mentions[0].location
    assert location is not None and (location.country, location.admin1) == ("PAK", "Khyber Pakhtunkhwa")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("TNLA fighters and government troops clashed near a stream.", "Lashio"),
        ("MNDAA troops shelled an army outpost on a ridge.", "Lashio"),
        ("The army said Kokang rebels ambushed a supply convoy.", "Lashio"),
        ("The KIA and army troops clashed near a jade mine.", "Myitkyina"),
        # a note naming a Shan group beside the KIA is read at the first line: northern Shan
        ("TNLA and KIA fighters attacked an army base together.", "Lashio"),
        ("The Arakan Army said it lost two fighters in a battle.", "Sittwe"),
        ("DKBA soldiers fired on an army patrol near a toll gate.", "Hpa-An"),
    ],
)
def test_a_myanmar_note_naming_only_an_ethnic_army_is_set_in_its_state(
    gazetteer: Gazetteer, text: str, town: str
) -> None:
    for read in (None, MYANMAR):
        place = theatre_town(text, read, gazetteer)
        assert place is not None and (place.name, place.country) == (town, "MMR")
