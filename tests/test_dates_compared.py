"""A sentence setting one incident after another ('comes four days after') counts back to that other
incident, not to the harm of its own."""

from __future__ import annotations

from datetime import date

import pytest
from dating import resolve
from spacy.language import Language

from kronika.dates.compared import compares_incidents
from kronika.dates.expressions import find_expressions

pytestmark = pytest.mark.slow

# published on Tuesday 2020-10-06


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tuesday's violence comes four days after three men were shot outside a bar.", True),
        ("The shooting came just two days after a teen was killed nearby.", True),
        ("The attack follows only a week after another shooting.", True),
        ("She died on Friday, four days after she was shot.", False),
        ("He was arrested Friday, a day after the shooting.", False),
    ],
)
def test_a_counted_span_after_comes_or_follows_compares_incidents(text: str, expected: bool) -> None:
    assert compares_incidents(text, find_expressions(text, 0), 0) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Five people were shot on Penn Street.\n\n"
            "Tuesday's shooting comes four days after three men were shot outside a bar.",
            "2020-10-06",
        ),
        # a harm after its own cause is still counted back to it
        (
            "A man was shot on Penn Avenue.\n\nHe died Thursday in hospital, three days after he was shot.",
            "2020-09-28",
        ),
    ],
)
def test_an_incident_borrowing_a_comparison_keeps_its_own_day(
    nlp: Language, text: str, expected: str
) -> None:
    result = resolve(nlp, text, "shot", sentence_with="Penn", plover="ASSAULT")
    assert result.value == date.fromisoformat(expected)
