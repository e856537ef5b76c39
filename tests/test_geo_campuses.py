"""Specs for the town of a university named after no town ('Moi University students rioted': Eldoret)."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.campuses import NamedCampus, campus_town, read_campuses


@pytest.mark.parametrize(
    ("sentence", "focus", "town", "admin1"),
    [
        ("Moi University students rioted over fees.", None, "Eldoret", "Uasin Gishu"),
        ("Students of MAASAI Mara University blocked the road.", "KEN", "Narok", "Narok"),
        # another name of the same university
        ("JKUAT students took to the streets on Monday.", None, "Juja", "Kiambu"),
        # a name that is a region's elsewhere (Tanzania's Pwani) is the university's town
        ("Pwani University students clashed with police.", None, "Kilifi", "Kilifi"),
        ("Oromo students were beaten at Wollo University.", "ETH", "Dessie", "Amhara"),
    ],
)
def test_a_university_named_after_no_town_places_the_event_at_its_campus_town(
    gazetteer: Gazetteer, sentence: str, focus: str | None, town: str, admin1: str
) -> None:
    place = campus_town(sentence, gazetteer, focus)
    assert place is not None and (place.name, place.admin1) == (town, admin1)


@pytest.mark.parametrize(
    ("sentence", "focus"),
    [
        ("Moi University students rioted over fees.", "UGA"),  # a university of another country
        ("Students of Kisii University boycotted classes.", None),  # named after its town: not this table's
        ("Students boycotted classes over fees.", "KEN"),
    ],
)
def test_no_town_for_a_university_abroad_or_none_of_the_table(
    gazetteer: Gazetteer, sentence: str, focus: str | None
) -> None:
    assert campus_town(sentence, gazetteer, focus) is None


def test_a_table_line_gives_the_country_names_town_and_region() -> None:
    line = "KEN\tMoi University;MU\tEldoret\tUasin Gishu\n"
    assert read_campuses(line) == (NamedCampus("KEN", ("Moi University", "MU"), "Eldoret", "Uasin Gishu"),)


def test_every_shipped_line_names_a_listed_town_in_its_region(gazetteer: Gazetteer) -> None:
    for campus in read_campuses():
        assert campus_town(campus.names[0], gazetteer, campus.iso3) is not None, campus
