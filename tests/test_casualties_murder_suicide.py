"""A story told as a murder-suicide counts two dead at least: someone killed, and the killer too."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language


@pytest.mark.parametrize(
    ("title", "text", "killed", "injured"),
    [
        *rule(
            "a headline naming a murder-suicide tells two dead at least",
            (
                "Deputies investigate apparent murder-suicide at lakeside motel",
                "Deputies were called to the motel on Birch Road on Sunday after a guest heard gunfire.",
                2,
                None,
            ),
        ),
        *rule(
            "a sentence naming one victim killed in a murder-suicide counts the killer too",
            (
                None,
                "A 6-year-old girl was killed in a murder-suicide in Elmwood on Monday, deputies said.",
                2,
                None,
            ),
        ),
        *rule(
            "the one who shot himself is one of the two dead, no one hurt",
            (
                None,
                "A 6-year-old boy died in a murder-suicide in Elmwood on Monday. "
                "Deputies said his father shot the boy and then shot himself.",
                2,
                None,
            ),
        ),
        *rule(
            "more dead counted are kept",
            (
                None,
                "A man killed his wife and their two sons before he killed himself in a murder-suicide.",
                4,
                None,
            ),
        ),
        *rule(
            "an attempted murder-suicide adds no death",
            (
                None,
                "Deputies said the woman was wounded in an attempted murder-suicide on Monday.",
                None,
                1,
            ),
        ),
    ],
)
def test_a_murder_suicide_counts_two_dead(
    nlp: Language, title: str | None, text: str, killed: int | None, injured: int | None
) -> None:
    toll = story_toll(nlp, text, text[:8], title)
    assert (toll.fatalities, toll.injured) == (killed, injured)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        *rule(
            "a count of the shot that takes the killer in leaves no one hurt besides the dead",
            (
                "A man fatally shot his wife and their two daughters before killing himself in Elmwood on "
                "Monday, deputies said. All four were found with gunshot wounds in a bedroom, and his wound "
                "was self-inflicted.",
                4,
                None,
            ),
            (
                "A man fatally shot his wife and their two daughters before killing himself in Elmwood on "
                "Monday, deputies said. The four were taken to a hospital, where they died.",
                4,
                None,
            ),
        ),
        *rule(
            "those he shot who lived are still hurt beside his own death",
            (
                "A man shot his wife and son, wounding both, before killing himself in Elmwood on Monday.",
                1,
                2,
            ),
        ),
    ],
)
def test_a_count_of_the_shot_may_take_the_killer_in(
    nlp: Language, text: str, killed: int | None, injured: int | None
) -> None:
    toll = story_toll(nlp, text)
    assert (toll.fatalities, toll.injured or None) == (killed, injured)
