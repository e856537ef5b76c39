"""Specs for a town that two places of one country are called: the one by the other town its sentence
names ('the road from Frontera to Villahermosa' is Tabasco's Frontera, not the bigger one of Coahuila)."""

from __future__ import annotations

import pytest
from builders import first_event_place, rule

from kronika.pipeline import Pipeline


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        *rule(
            "the namesake by the sentence's other town is the one meant",
            ("Gunmen shot a driver on the road that connects Frontera to Villahermosa.", "Tabasco"),
        ),
        *rule(
            "a town named alone is read as before",
            ("Gunmen shot a driver in Frontera on Sunday.", "Coahuila"),
        ),
        *rule(
            "a reading already near the other town stays",
            ("Gunmen shot a driver on the road that connects Frontera to Monclova.", "Coahuila"),
        ),
    ],
)
def test_the_namesake_by_the_other_town(pipeline: Pipeline, text: str, admin1: str) -> None:
    assert first_event_place(pipeline, text)[:2] == ("MEX", admin1)
