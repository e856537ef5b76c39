"""A period ('last week', 'earlier this month') is narrowed to the day the article gives inside it only for an
incident itself: a protest, a deal or an arrest told by its period keeps the period, whatever day the article
gives another incident inside it."""

from __future__ import annotations

from datetime import date

import pytest
from dating import resolve
from spacy.language import Language

pytestmark = pytest.mark.slow

# Published Tuesday 6 October 2020 (dating.PUBLISHED): the lead's 'Monday night' is 5 October.
LEAD = "Riot police fired tear gas at striking miners on Monday night, injuring 14 people.\n\n"
# ... and this lead's 'Saturday' is 3 October, a day of the week gone by
LEAD_GONE = "Riot police fired tear gas at striking miners on Saturday, injuring 14 people.\n\n"

CASES = [
    # an incident told by its period takes the day the article gives its incident
    (LEAD + "Earlier this month, a guard was shot at the mine.", "shot", "ASSAULT", ("2020-10-05", "day")),
    # what is no incident keeps its period: the lead's day is its clash's
    (LEAD + "Earlier this month, miners blocked a highway for two days.", "blocked", "PROTEST",
     ("2020-10-03", "month")),
    (LEAD + "Last week, the union and the company agreed a pay rise.", "agreed", "AGREE",
     ("2020-09-28", "week")),
    # an arrest is narrowed only where its sentence names the incident it was made over
    (LEAD_GONE + "The union's leader was arrested last week after he called the walkout.", "arrested",
     "COERCE", ("2020-09-28", "week")),
    (LEAD_GONE + "Police arrested two men last week over the shooting at the mine.", "arrested", "COERCE",
     ("2020-10-03", "day")),
    (LEAD_GONE + "All the victims found dead at the mine last week have been named.", "found", "COERCE",
     ("2020-10-03", "day")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "plover", "expected"), CASES)
def test_a_period_is_narrowed_to_a_day_only_for_an_incident(
    nlp: Language, text: str, trigger: str, plover: str, expected: tuple[str, str]
) -> None:
    result = resolve(nlp, text, trigger, plover=plover)
    assert (result.value, result.precision) == (date.fromisoformat(expected[0]), expected[1])
