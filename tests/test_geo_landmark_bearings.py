"""Specs for towns a note places by a bearing from a landmark ('Al Salam, south of Khartoum'): a reading of
the town's name far from that landmark is a namesake, so the landmark places the scene."""

from __future__ import annotations

import pytest
from builders import first_event_place, rule

from kronika.pipeline import Pipeline


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country", "admin1", "name"),
    [
        *rule(
            "a town read far from the landmark it is measured from is placed at the landmark",
            (
                "Residents of Al Salam, south of Khartoum, protested over power cuts.",
                "SDN",
                "Khartoum",
                "Khartoum",
            ),
        ),
        *rule(
            "a town near its landmark stays the town",
            (
                "Residents of Omdurman, west of Khartoum, protested over power cuts.",
                "SDN",
                "Khartoum",
                "Omdurman",
            ),
        ),
        *rule(
            "a town as far as the note writes stays the town",
            (
                "Gunmen killed two herders near Kadugli, 500 km south of Khartoum.",
                "SDN",
                "South Kordofan",
                "Kadugli",
            ),
        ),
    ],
)
def test_a_far_namesake_gives_way_to_the_landmark(
    pipeline: Pipeline, text: str, country: str, admin1: str, name: str
) -> None:
    assert first_event_place(pipeline, text) == (country, admin1, name)
