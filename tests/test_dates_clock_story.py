"""A time of day naming no day, with the quarrel a shooting ended or before 'then', is the report's day; a
stranded 'then' takes the day the article writes out for its incident."""

from __future__ import annotations

from datetime import date

import pytest
from dating import PUBLISHED, resolve
from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Six men were shot at a party inside a park.\n\n"
        "Both crowds had met up in the park when an argument erupted at around midnight, police said.",
        "Five people were wounded outside a nightclub.\n\n"
        "According to police, two groups had an argument inside the club just after 1 a.m.",
    ],
)
def test_the_time_of_the_quarrel_before_the_shots_dates_an_article_naming_no_day(
    nlp: Language, text: str
) -> None:
    result = resolve(nlp, text, "shot" if "shot" in text else "wounded", plover="ASSAULT")
    assert result.value == PUBLISHED, result.reason
    assert "quarrel" in result.reason


@pytest.mark.parametrize(
    "text",
    [
        # the incident's own time of day comes before the quarrel's
        "Six men were shot at a party inside a park.\n\n"
        "A dispute broke out earlier in the evening.\n\n"
        "The shots were fired at 1 a.m.",
        # a day named anywhere in the article comes first
        "Six men were shot at a party inside a park on Saturday.\n\nA dispute broke out at around midnight.",
    ],
)
def test_the_quarrels_time_gives_way_to_what_dates_the_incident_itself(nlp: Language, text: str) -> None:
    result = resolve(nlp, text, "shot", plover="ASSAULT")
    assert "quarrel" not in result.reason, result.reason
    assert result.value is not None, result.reason


def test_then_after_a_time_of_day_in_its_own_sentence_counts_from_that_time(nlp: Language) -> None:
    text = (
        "Deputies were sent to a clinic at about 1:30 p.m. over a call about a shooting victim, and then"
        " sealed off the road beside the school."
    )
    result = resolve(nlp, text, "shooting", plover="ASSAULT")
    assert result.value == PUBLISHED, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "A man shot his wife and then himself inside their home, police said.",
        # a time of day after the anaphor is no earlier event for it to count from
        "A man shot his wife and then himself inside their home at about 9 p.m., police said.",
    ],
)
def test_then_with_no_time_of_day_before_it_still_has_nothing_to_count_from(nlp: Language, text: str) -> None:
    result = resolve(nlp, text, "shot", plover="ASSAULT")
    assert result.value is None, result.reason


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        (
            "A 30-year-old man is accused of shooting three of his neighbours then setting fire to their"
            " barn.\n\n"
            "He is charged with three counts of murder in the Aug. 21 deaths of the family.",
            "shooting",
            date(2020, 8, 21),
        ),
        (
            "Deputies say the woman was shot in the back then left on the roadside.\n\n"
            "A man was arrested in the Sept. 3 shooting near the river.",
            "shot",
            date(2020, 9, 3),
        ),
    ],
)
def test_then_with_nothing_to_count_from_takes_the_day_written_for_the_incident(
    nlp: Language, text: str, trigger: str, day: date
) -> None:
    result = resolve(nlp, text, trigger, plover="ASSAULT")
    assert result.value == day, result.reason


def test_a_day_written_after_publication_is_no_day_for_a_stranded_then(nlp: Language) -> None:
    text = (
        "A man shot his wife and then himself inside their home, police said.\n\n"
        "A hearing is set for the Nov. 12 session of the county court."
    )
    result = resolve(nlp, text, "shot", plover="ASSAULT")
    assert result.value is None, result.reason
