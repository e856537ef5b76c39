"""Specs for a unit of the story's own country written with a letter dropped ('Madera county' in Kenya)."""

from __future__ import annotations

import pytest
from builders import first_event_place

from kronika.gazetteer import Gazetteer
from kronika.geo.resolve import resolve_name
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("written", "focus", "region"),
    [
        ("Madera county", "KEN", "Mandera"),  # not California's Madera County
        ("Madera District", "KEN", "Mandera"),
        ("Warap state", "SSD", "Warrap"),
    ],
)
def test_a_typed_unit_a_letter_short_of_a_home_region_is_that_region(
    gazetteer: Gazetteer, written: str, focus: str, region: str
) -> None:
    found = resolve_name(gazetteer, written, focus)
    assert found is not None and (found.country, found.name) == (focus, region)


@pytest.mark.slow
def test_a_kenyan_note_with_madera_county_is_placed_in_mandera(pipeline: Pipeline) -> None:
    text = "Kenyan police shot two herders in Madera county on Friday, a local chief said."
    assert first_event_place(pipeline, text)[:2] == ("KEN", "Mandera")
