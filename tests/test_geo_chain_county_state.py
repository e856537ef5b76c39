"""Specs for a town written with its county and state: the county is read only inside the state the
chain names, so a same-named town of another state holding a same-named county is not chosen."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.chains import best_chain


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        ("About forty people rallied in Auburn (DeKalb, Indiana) on Saturday.", "Auburn", "Indiana"),
        ("A vigil was held in Springfield (Sangamon, Illinois) on Sunday.", "Springfield", "Illinois"),
    ],
)
def test_a_town_written_with_its_county_and_state_lies_in_that_state(
    gazetteer: Gazetteer, text: str, name: str, state: str
) -> None:
    place = best_chain(gazetteer, text, 0, "USA")
    assert place is not None and (place.entry.name, place.entry.admin1) == (name, state)


@pytest.mark.parametrize(
    "text",
    [
        # The lists file Connecticut's towns under planning regions, not its counties: the Middlesex and
        # Fairfield Counties they know lie in other states and must not carry the town there.
        "Dozens marched in Clinton (Middlesex, Connecticut) on Sunday.",
        "Residents held a vigil in Essex (Middlesex, Connecticut) on Friday.",
        "Students walked out in Weston (Fairfield, Connecticut) on Monday.",
    ],
)
def test_a_county_of_another_state_does_not_carry_a_town_out_of_the_state_named(
    gazetteer: Gazetteer, text: str
) -> None:
    place = best_chain(gazetteer, text, 0, "USA")
    assert place is not None and place.entry.admin1 == "Connecticut"
