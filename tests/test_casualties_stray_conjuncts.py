"""A counted group an 'and' joins right after a victim phrase goes on that phrase's list, wherever the parse
hangs it ('the killing of an elderly farmer and two of his grandsons': the parse joins 'two' to 'shooting';
'accused of fatally shooting her parents and two small nephews': it joins 'nephews' to the subject); a number
counting out people ('two of his grandsons') names them, as a word for a person does; a list the phrase's own
head already holds ('a friend, Sam Cole, and seven others') is not counted twice, and a number counting out
things is no one."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.model import Casualties


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        *rule(
            "a counted group after 'and' goes on the victim phrase before it",
            (
                "Officers charged a neighbor on Friday with the killing of an elderly farmer and two of his "
                "grandsons.",
                3,
                None,
            ),
            (
                "The woman accused of fatally shooting her parents and two small nephews told deputies she "
                "heard voices.",
                4,
                None,
            ),
        ),
        *rule(
            "a number counting out people names them",
            ("Police are investigating the killing of a man and three of his friends.", 4, None),
            # a number counting out things names no one
            ("The slaying of Sam Cole and two of the robberies were linked.", 1, None),
        ),
        *rule(
            "a list the phrase's own head holds is counted once",
            (
                "Mourners gathered outside the house where Ann's friend Sam Cole and seven others were "
                "killed Sunday.",
                8,
                None,
            ),
        ),
    ],
)
def test_stray_conjuncts(nlp: Language, text: str, fatalities: int | None, injured: int | None) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
