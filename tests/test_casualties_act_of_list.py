"""An act told with an 'of' list of people ('the killing of Dana Moss and Lena Ford') counts every person of
the list, where each item joined is a person; a list that goes on with something else counts its first."""

from __future__ import annotations

import pytest
from builders import rule, whole_sentence
from spacy.language import Language

from kronika.casualties import count_casualties
from kronika.model import Casualties


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "fatalities", "injured"),
    [
        *rule(
            "every person of the act's list is counted",
            ("He was charged in the killing of Dana Moss and Lena Ford.", 2, None),
            (
                "The pair acted in the deaths of Dana Moss, 9, and Lena Ford, 52, both of Elmwood.",
                2,
                None,
            ),
            ("He was charged in the murder of his wife and her mother.", 2, None),
            ("Police are investigating the shooting of two men and a woman on Elm Street.", None, 3),
        ),
        *rule(
            "a list that goes on with something else than a person counts its first",
            ("He was charged in the slaying of Sam Cole and another robbery.", 1, None),
            ("He was arrested for the murder of Sam Cole and for arson.", 1, None),
            ("He was charged in the shooting death of a young mother and her unborn child.", 1, None),
        ),
    ],
)
def test_an_acts_list_of_people_counts_each(
    nlp: Language, sentence: str, fatalities: int | None, injured: int | None
) -> None:
    assert count_casualties(nlp(sentence), whole_sentence(sentence)) == Casualties(fatalities, injured)
