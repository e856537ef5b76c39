"""Specs for a town read before a bracket of its district and region: a town of that district, not a part
of the big city the district is named after."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.chains import best_chain


@pytest.mark.parametrize(
    ("text", "focus", "name"),
    [
        pytest.param(  # 70 km from Beni town, in Beni territory
            "On 2 March 2021, gunmen seized three traders in Kyavinyonge (Beni, Nord-Kivu).",
            None,
            "Kyavinyonge",
            id="a lakeside village of a territory named after its town",
        ),
        pytest.param(  # 66 km from San Diego city, in its county
            "On 2 March 2021, about 40 people held a vigil in Julian (San Diego, California).",
            "USA",
            "Julian",
            id="a county's mountain town",
        ),
        pytest.param(  # 250 km from Jackson city, but in Jackson County on the coast
            "On 2 March 2021, a crowd marched in Pascagoula (Jackson, Mississippi) over a police shooting.",
            "USA",
            "Pascagoula",
            id="a county named like a far city",
        ),
    ],
)
def test_a_town_before_its_bracketed_district_is_that_town(
    gazetteer: Gazetteer, text: str, focus: str | None, name: str
) -> None:
    place = best_chain(gazetteer, text, 0, focus)
    assert place is not None and place.entry.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the lists' Mission Hills lies 210 km off: the name is a quarter of the city they lack
        ("On 2 March 2021, residents rallied in Mission Hills (Los Angeles, California).", "Los Angeles"),
        # no bracket: a small far namesake before a big city is still a part of it
        ("A man was shot in Madisonville, Cincinnati, Ohio on Friday.", "Cincinnati"),
    ],
)
def test_a_far_namesake_before_a_big_city_is_still_a_part_of_it(
    gazetteer: Gazetteer, text: str, name: str
) -> None:
    place = best_chain(gazetteer, text, 0, "USA")
    assert place is not None and place.entry.name == name
