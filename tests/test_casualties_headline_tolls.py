"""A headline told clause by clause ('Mother injured, child killed in shooting') counts every clause's
victims, and its whole toll bounds the story's."""

from __future__ import annotations

import pytest
from builders import detection_on, rule
from spacy.language import Language

from kronika.casualties import count_casualties
from kronika.casualties.headline_tolls import HeadlineToll, headline_toll, headline_tolls, lone_victim_hurt
from kronika.casualties.patterns import StatedCount
from kronika.model import Casualties


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        *rule(
            "each clause names its victims and what befell them",
            ("Grandmother hurt, boy killed in Elmwood shooting", [("killed", 1), ("injured", 1)]),
            ("Man killed, woman wounded outside bar", [("killed", 1), ("injured", 1)]),
            ("Woman wounded, man dead after fight on Oak Street", [("killed", 1), ("injured", 1)]),
            ("3 dead, 1 critically injured after Elmwood shooting", [("killed", 3), ("injured", 1)]),
            ("Two shot dead, three hurt in Elmwood", [("killed", 2), ("injured", 3)]),
            ("Police: One man dead, child injured in Elmwood shooting", [("killed", 1), ("injured", 1)]),
            ("Man dies, woman in critical condition after shooting", [("killed", 1), ("injured", 1)]),
        ),
        *rule(
            "clauses on other victims add up",
            ("Girl, 9, hurt, 2 men also wounded in Elmwood shooting", [("injured", 3)]),
            ("Man killed, wife and son wounded in home shooting", [("killed", 1), ("injured", 2)]),
        ),
        *rule(
            "a headline with one clause, or on several incidents, is left to the single wordings",
            ("Man shot dead, police say", []),
            ("Boy killed, woman hurt in weekend shootings", []),
        ),
    ],
)
def test_a_headline_counts_each_clause(title: str, expected: list[tuple[str, int]]) -> None:
    assert list(headline_tolls(title)) == [StatedCount(*pair) for pair in expected]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("2 dead, 4 wounded in Elmwood shooting", HeadlineToll(2, 4)),
        ("Grandmother hurt, boy killed in Elmwood shooting", HeadlineToll(1, 1)),
        # everyone hit, then the dead among them: the rest are the hurt
        ("Two shot, one fatally, in Elmwood", HeadlineToll(1, 1)),
        ("Five teens shot, two of them fatally, near Elmwood park", HeadlineToll(2, 3)),
        ("Six shot, two fatally, in weekend shootings", None),  # several incidents
        ("Man shot, one fatally, on Oak Street", None),  # no count of the hit
        # a victim told in no clause read ('Man, ...'): the clauses read are not the whole toll
        ("Man, toddler killed, woman hurt in Elmwood shooting", None),
        ("Man killed, woman, boy hurt on Oak Street", None),
    ],
)
def test_a_headline_whole_toll_states_both_dead_and_hurt(title: str, expected: HeadlineToll | None) -> None:
    assert headline_toll(title) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "fatalities", "injured"),
    [
        *rule(
            "the headline's clauses give the toll the body leaves untold",
            (
                "Grandmother hurt, boy killed in Elmwood shooting",
                "Police are investigating a shooting on Oak Street on Tuesday night.",
                1,
                1,
            ),
        ),
        *rule(
            "a body counting more than the headline's whole toll is cut to it",
            (
                "Two dead, two hurt in Elmwood shooting",
                "Two men were killed and two women were hurt in a shooting on Oak Street. "
                "Officers found five people with gunshot wounds.",
                2,
                2,
            ),
        ),
        *rule(
            "a headline counting the hit and the dead among them gives the dead and bounds the hurt",
            (
                "Four shot, two fatally, in Elmwood",
                "A man was killed near a gas station on Oak Street on Friday. Three other men were shot.",
                2,
                2,
            ),
        ),
        *rule(
            "an attacker who killed himself is one of the dead besides the headline's",
            (
                "4 dead, 1 hurt after woman opens fire on relatives",
                "Four people were killed and one was hurt on Friday after a woman opened fire on relatives "
                "and then turned the gun on herself.",
                5,
                1,
            ),
        ),
    ],
)
def test_the_headline_clauses_bound_the_story_toll(
    nlp: Language, title: str, text: str, fatalities: int | None, injured: int | None
) -> None:
    detection = detection_on(text, text[:12])
    assert count_casualties(nlp(text), detection, title) == Casualties(fatalities, injured)


@pytest.mark.parametrize(
    ("title", "lone"),
    [
        *rule(
            "a headline on one victim shot or hurt, naming no one else, tells a lone victim",
            ("Man shot near the market in Ridgeway", True),
            ("Four-Year-Old Boy Shot In Brookfield", True),
            ("Police: Teen wounded outside a bar", True),
        ),
        *rule(
            "a headline counting or naming others, or telling a death, does not",
            ("2 women, 1 boy shot in Elm Street drive-by", False),
            ("Man shot, woman hurt in Elm Street shooting", False),
            ("Boy shot and killed in park", False),
            ("Man charged in Easter shooting of boy, 6", False),
        ),
    ],
)
def test_a_headline_may_tell_one_victim_hurt(title: str, lone: bool) -> None:
    assert lone_victim_hurt(title) is lone
