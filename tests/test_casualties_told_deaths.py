"""Deaths told in a clause naming which victim is meant, and counts told with a plural's s dropped
('four other injured')."""

from __future__ import annotations

import pytest
from builders import detection_on, rule
from spacy.language import Language

from kronika.casualties import count_casualties
from kronika.casualties.patterns import text_counts
from kronika.model import Casualties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "'other' with its plural's s dropped counts the people it follows",
            ("a gunfight that left one man dead and three other injured", [("killed", 1), ("injured", 3)]),
            ("two guards were killed and 5 other wounded", [("killed", 2), ("injured", 5)]),
        ),
        *rule(
            "'other' before a noun is no count of its own",
            ("the gunman and two other men were hurt", [("injured", 2)]),
        ),
    ],
)
def test_a_count_of_others_without_its_plural(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted((c.kind, c.count) for c in text_counts(text)) == sorted(expected)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "fatalities", "injured"),
    [
        *rule(
            "the attack's act told in a clause naming which victim is meant is no news of a later death",
            (
                "Three dead, one hurt in Elmwood shooting",
                "Three men were killed and one other injured in a shooting in Elmwood on Friday. One of the "
                "victim’s that was fatally shot was named as Tom Reed. When police arrived they found six "
                "people had been shot.",
                3,
                1,
            ),
        ),
        *rule(
            "one of the victims told dead, by any word, is one of those counted hurt",
            (
                "Two hurt in Elmwood shooting",
                "Two men were hurt in a shooting in Elmwood on Friday. One of the victims has died.",
                1,
                1,
            ),
            (
                "Ten wounded in Elmwood shooting",
                "Police said ten people were wounded in a shooting in Elmwood on Friday. One of the victims "
                "was killed.",
                1,
                9,
            ),
        ),
    ],
)
def test_a_death_told_as_the_act_or_as_a_dying(
    nlp: Language, title: str, text: str, fatalities: int | None, injured: int | None
) -> None:
    detection = detection_on(text, text[:10])
    assert count_casualties(nlp(text), detection, title) == Casualties(fatalities, injured)
