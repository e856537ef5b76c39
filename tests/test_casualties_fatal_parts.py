"""A part of the people just counted hit, told fatally or mortally so ('two men were shot, one of them
mortally', 'suffered gunshot wounds, one of them fatal'), is that many dead among the hit, the rest injured;
'mortally wounded' is a death as 'fatally wounded' is; a headline telling one person left dead by an act
counts one dead."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.casualties import headline_casualties
from kronika.model import Casualties


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        *rule(
            "'mortally' tells a death as 'fatally' does",
            ("A 24-year-old man was mortally wounded in a shooting on Birch Lane on Monday.", 1, None),
            ("Two men were shot, one of them mortally, on Birch Lane on Monday night.", 1, 1),
            ("Three women were shot on Birch Lane late Friday, two of them mortally.", 2, 1),
        ),
        *rule(
            "wounds fatal to a part of their bearers count that part dead, the rest hurt",
            ("Two teenagers suffered gunshot wounds on Birch Lane on Monday, one of them fatal.", 1, 1),
            ("Two teenagers suffered gunshot wounds, one of them fatal, police said Sunday.", 1, 1),
        ),
        *rule(
            "acts, not wounds, told fatal in part count no one",
            ("The house on Birch Lane has seen two shootings in two months, one of them fatal.", None, None),
        ),
        *rule(
            "shots told not fatal count no one dead",
            ("Two people were shot, neither fatally, on Birch Lane on Friday.", None, 2),
            ("Three people were shot on Birch Lane on Friday, none fatally.", None, 3),
            ("Two people were shot, but not fatally, on Birch Lane on Friday.", None, 2),
        ),
        *rule(
            "a wound fatal to its one bearer is still a death",
            ("A man suffered a fatal gunshot wound on Birch Lane on Monday.", 1, None),
            ("Two brothers suffered fatal gunshot wounds on Birch Lane on Monday.", 2, None),
        ),
    ],
)
def test_part_told_fatally_is_dead_among_hit(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        *rule(
            "one person an act left dead is one dead",
            ("Man charged in shooting that left 6-year-old dead", Casualties(1, None)),
            ("Shooting leaves young mother dead", Casualties(1, None)),
            ("Crash on Route 9 leaves boy, 7, dead", Casualties(1, None)),
        ),
        *rule(
            "'mortally' in a headline tells the dead as 'fatally' does",
            ("2 teens shot, 1 mortally, on East Side", Casualties(1, 1)),
            ("Man mortally wounded in shooting", Casualties(1, None)),
            ("3 men mortally wounded in shootout", Casualties(3, None)),
        ),
        *rule(
            "two people named before 'dead' are not one",
            ("Shooting leaves teen and man dead", Casualties(None, None)),
        ),
    ],
)
def test_headline_one_left_dead(title: str, expected: Casualties) -> None:
    assert headline_casualties(title) == expected
