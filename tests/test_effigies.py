"""Specs for a lead read as mob violence whose paragraph tells only an effigy burnt: a peaceful protest."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_retyped, rule

from kronika.events.effigies import burnt_effigy
from kronika.events.taxonomy import MOB_VIOLENCE, PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION


@pytest.mark.parametrize(
    ("paragraph", "sub", "expected"),
    [
        *rule(
            "an effigy burnt, no one harmed, nothing broken, is a peaceful protest",
            (
                "Jubo Dal men burnt an effigy of the district mayor in Pabna over his remarks.",
                MOB_VIOLENCE,
                PEACEFUL_PROTEST,
            ),
            (
                "Students hung effigies of two ministers at the college gate in Feni.",
                MOB_VIOLENCE,
                PEACEFUL_PROTEST,
            ),
        ),
        *rule(
            "harm, damage, a blocked road or police stepping in make it more than the effigy",
            (
                "Party men burnt an effigy of the MP and attacked two shopkeepers in Bhola.",
                MOB_VIOLENCE,
                MOB_VIOLENCE,
            ),
            (
                "Villagers blocked the road and burnt an effigy of the chairman in Jhenaidah.",
                MOB_VIOLENCE,
                MOB_VIOLENCE,
            ),
            (
                "Youths burnt an effigy in Comilla before police dispersed them.",
                MOB_VIOLENCE,
                MOB_VIOLENCE,
            ),
        ),
        *rule(
            "a violent demonstration is left to the other rules",
            (
                "Workers burnt an effigy of the owner in Gazipur.",
                VIOLENT_DEMONSTRATION,
                VIOLENT_DEMONSTRATION,
            ),
        ),
    ],
)
def test_an_effigy_burnt_is_a_peaceful_protest(paragraph: str, sub: str, expected: str) -> None:
    out = lead_retyped(burnt_effigy, paragraph, "PROTEST", sub)
    assert_sub_type(out, expected)
