"""Specs for a quarter written as one of the town after it: read by that town, not at a far namesake."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.chains import best_chain


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the lists hold the quarter's name only as a town 20-60 km off: the town the quarter lies in
        (
            "Gunmen fired at a police post in the Afgooye neighbourhood of Mogadishu city on Friday.",
            "Mogadishu",
        ),
        ("A mob torched a shop in the Kurigram area in Rangpur city.", "Rangpur"),
        ("Gunmen attacked a bus in the Nilphamari neighborhood in Rangpur town.", "Rangpur"),
        # a village written as one of a town: near that town, not at a namesake 20-60 km off
        ("Soldiers raided homes near Afgooye village in Mogadishu town on Sunday.", "Mogadishu"),
        ("An IED hit a patrol near the Kurigram village of Rangpur city.", "Rangpur"),
        # a quarter the lists hold by its town stays that quarter
        ("Students clashed with police in the Shyamoli area of Dhaka city.", "Shyamoli"),
        # a town written before another, without a quarter's word, is still a town of its own
        ("Clashes broke out in Kurigram (Rangpur) on Monday.", "Kurigram"),
    ],
)
def test_a_quarter_is_read_by_its_town(gazetteer: Gazetteer, text: str, name: str) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and place.entry.name == name
