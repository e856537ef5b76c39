"""Specs for a county or district the lists lack, read at the town it is named after."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.resolve import resolve_name
from kronika.geo.unit_types import calls_counties
from kronika.geo.unlisted_units import unlisted_unit_town


@pytest.mark.parametrize(
    ("written", "focus", "town", "region"),
    [
        ("Ayod County", "SSD", "Ayod", "Jonglei"),
        ("Mayom county", "SSD", "Mayom", "Unity"),
        ("Ayod County", None, "Ayod", "Jonglei"),  # only South Sudan has a town so called
        ("Tonj South", "SSD", "Tonj", "Warrap"),  # a county named by its seat and a bearing
        ("Kapoeta North", "SSD", "Kapoeta", "Eastern Equatoria"),
        ("Narok South District", "KEN", "Narok South", "Narok"),  # the unit as our table lists it
        ("Bor County", None, "Bor", "Jonglei"),  # not Serbia's okrug nor Turkey's ilce: no counties there
        ("Bor County", "SSD", "Bor", "Jonglei"),
        ("Twic East County", "SSD", "Panyagor", "Jonglei"),  # the unit's seat, not Warrap's Twic
        ("Twic East County", None, "Panyagor", "Jonglei"),
        # the coders' table files the seat under Sudan's old south too, at the same point: one town
        ("Koch County", None, "Koch", "Unity"),
        ("Koch county", "SSD", "Koch", "Unity"),
    ],
)
def test_an_unlisted_county_is_read_at_its_namesake_town(
    gazetteer: Gazetteer, written: str, focus: str | None, town: str, region: str
) -> None:
    found = resolve_name(gazetteer, written, focus)
    assert found is not None
    assert (found.name, found.kind, found.admin1) == (town, "city", region)


@pytest.mark.parametrize(
    ("written", "focus"),
    [
        ("Ayod", "SSD"),  # no type word: the town is read as ever, not through its county
        ("Ayod state", "SSD"),  # a state is first-level: never a town's
        ("South", "SSD"),  # a bearing alone names no seat
        ("Ayod County", "KEN"),  # no such town in the story's country
        ("Leer County", "USA"),  # American counties are all listed, and seldom named after a town
    ],
)
def test_only_a_county_or_district_with_a_namesake_town_counts(
    gazetteer: Gazetteer, written: str, focus: str
) -> None:
    assert unlisted_unit_town(gazetteer, written.lower(), focus) is None


@pytest.mark.parametrize(
    ("written", "focus"),
    [
        ("Pigi County", None),  # Greece's Pigi: Greece has no counties
        ("Kalavryta County", None),
    ],
)
def test_a_county_is_never_read_where_no_units_are_called_counties(
    gazetteer: Gazetteer, written: str, focus: str | None
) -> None:
    found = resolve_name(gazetteer, written, focus)
    assert found is None or calls_counties(found.country)


@pytest.mark.parametrize(
    ("written", "focus"),
    [
        ("AL district", None),  # the Awami League's district unit, not at Norway's Ål
        ("AL district", "BGD"),
        ("UN district", None),  # not India's Un
        ("Al district", None),  # an article alone names no town either
    ],
)
def test_a_unit_named_by_an_acronym_has_no_namesake_town(
    gazetteer: Gazetteer, written: str, focus: str | None
) -> None:
    assert resolve_name(gazetteer, written, focus) is None
