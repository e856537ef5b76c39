"""Specs for a police killing told without a heading: an attack where the classifier read 'Other'."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, made_up_detection, rule
from spacy.language import Language

from kronika.events.lead_rules import LeadScope
from kronika.events.police_killings import police_killings


def _scope(nlp: Language, text: str) -> LeadScope:
    """The scope of a one-paragraph note whose lead is its first sentence."""
    return LeadScope(nlp(text), text, 0, len(text), None, peaceful=False)


@pytest.mark.parametrize(
    ("text", "trigger", "plover", "sub", "expected"),
    [
        *rule(
            "someone shot or killed by police in an unheaded note was attacked",
            (
                "On 9 May 2021, a man was shot and killed by a state trooper in Dover (Delaware).",
                "killed",
                "ASSAULT",
                "Other",
                "Attack",
            ),
            (
                "On 9 May 2021, two officers fatally shot a teenager during a traffic stop in Akron.",
                "shot",
                "ASSAULT",
                "Other",
                "Attack",
            ),
        ),
        *rule(
            "the heading 'Other:' codes it as the coder did",
            (
                "Other: On 9 May 2021, a man was shot and killed by a state trooper in Dover.",
                "killed",
                "ASSAULT",
                "Other",
                "Other",
            ),
        ),
        *rule(
            "a killing by others, or a detention read as 'Other', is left",
            (
                "On 9 May 2021, a man was shot and killed by his neighbour in Dover.",
                "killed",
                "ASSAULT",
                "Other",
                "Other",
            ),
            (
                "On 9 May 2021, police held a man who had shot a trooper in Dover.",
                "held",
                "COERCE",
                "Other",
                "Other",
            ),
        ),
    ],
)
def test_an_unheaded_police_killing_is_an_attack(
    nlp: Language, text: str, trigger: str, plover: str, sub: str, expected: str
) -> None:
    lead = made_up_detection(text, trigger, plover, sub)
    (out,) = police_killings([lead], _scope(nlp, text))
    assert_sub_type(out, expected)
    assert out.type.plover == plover
