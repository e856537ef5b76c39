"""An act noun the parse takes for a verb ('sentenced in the murder of a boy, shooting of 2 men') still counts
its 'of' people; a shooting told after a killing that names its own dead counts the living it hit; and 'a
family of four' is four people."""

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
            "a shooting named after a killing hit others, who lived",
            ("Tulsa gang member sentenced in murder of 15-year-old boy, shooting of 2 men", 1, 2),
            ("A man was charged with the killing of his wife and the shooting of two neighbors.", 1, 2),
        ),
        *rule(
            "a family counted by its own 'of' phrase",
            ("Deputies arrested a woman over the shooting of a family of four near Tulsa.", None, 4),
        ),
        *rule(
            "a killing read as a verb stays unread: a note's bare 'Killing of' is coded with no toll",
            ("Killing of taxi (cab) driver over the Zetu gang dispute.", None, None),
        ),
        *rule(
            "a shooting of people alone stays as read",
            ("Police are investigating the shooting of two men on Elm Street.", None, 2),
        ),
    ],
)
def test_an_act_read_as_a_verb_counts_its_people(
    nlp: Language, sentence: str, fatalities: int | None, injured: int | None
) -> None:
    assert count_casualties(nlp(sentence), whole_sentence(sentence)) == Casualties(fatalities, injured)
