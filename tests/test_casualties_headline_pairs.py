"""A headline opening on two victims joined by a comma or 'and' ('Mother and daughter wounded in drive-by')
counts both, dead or hit as its verb tells ('shot dead' is dead), and 'one fatally' after it one of them
dead; not two who shot at someone. One victim told how badly hurt ('Teen critically injured') is one hurt."""

from __future__ import annotations

import pytest
from builders import rule

from kronika.casualties import headline_casualties
from kronika.model import Casualties


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        *rule(
            "two victims joined by 'and' count two",
            ("Mother and daughter wounded in drive-by", Casualties(None, 2)),
            ("Man and woman killed in Birch Lane shooting", Casualties(2, None)),
            ("Brother and sister shot at birthday party", Casualties(None, 2)),
            ("Elmwood man and woman found dead in home", Casualties(2, None)),
        ),
        *rule(
            "two victims joined by a comma count two, as before",
            ("Father, son killed in shooting", Casualties(2, None)),
        ),
        *rule(
            "a pair shot, some fatally, counts the dead among the two",
            ("Man and woman shot, one fatally", Casualties(1, 1)),
            ("Father, son shot, both fatally", Casualties(2, None)),
        ),
        *rule(
            "a pair shot dead, shot to death or shot and killed counts two dead, none hurt",
            ("Mother and son found shot to death in home", Casualties(2, None)),
            ("Man, woman shot dead outside Elmwood bar", Casualties(2, None)),
            ("Husband and wife shot and killed on Birch Lane", Casualties(2, None)),
            ("Man and woman shot, killed near gas station", Casualties(2, None)),
        ),
        *rule(
            "one victim told how badly hurt is one hurt",
            ("Teen critically injured in shooting", Casualties(None, 1)),
            ("Man seriously wounded in Elmwood shooting", Casualties(None, 1)),
        ),
        *rule(
            "two who shot at someone are no victims",
            ("Man and woman shot at police during chase", Casualties(None, None)),
        ),
    ],
)
def test_headline_pair_of_victims(title: str, expected: Casualties) -> None:
    assert headline_casualties(title) == expected
