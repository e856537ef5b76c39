"""Specs for the town the hurt are hospitalized in: 'two boys remain hospitalized in Jackson' names where
they are treated, as 'a hospital in Jackson' does, not where they were shot."""

from __future__ import annotations

import pytest

from kronika.geo.local import hospital_town


@pytest.mark.parametrize(
    ("text", "name", "hospital"),
    [
        pytest.param("Two boys remain hospitalized in Jackson, deputies said.", "Jackson", True, id="remain"),
        pytest.param("The girl was hospitalised in Leeds after the attack.", "Leeds", True, id="british"),
        pytest.param("One deputy is still hospitalized in Lafayette.", "Lafayette", True, id="still"),
        pytest.param("Two boys were shot in Jackson and hospitalized.", "Jackson", False, id="shot-in"),
        pytest.param("Jackson police said two boys were hospitalized.", "Jackson", False, id="town-police"),
    ],
)
def test_a_town_the_hurt_are_hospitalized_in_is_not_the_scene(text: str, name: str, hospital: bool) -> None:
    start = text.index(name)
    assert hospital_town(text, start, start + len(name)) is hospital
