"""'murder-suicide' names the attack its sentence tells, though its parse makes 'murder' a compound of
'suicide' (a compound inside a phrase is no trigger of its own): the sentence is an event whose dead are
those it counts."""

from __future__ import annotations

import pytest
from builders import asserted_only, detected, rule, story_toll
from spacy.language import Language

from kronika.model import Casualties


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        *rule(
            "died in a murder-suicide",
            ("A man in his 40s and a boy died Friday in an apparent murder-suicide.", "murder-suicide"),
            ("Two sisters died in a murder-suicide at their home, police said.", "murder-suicide"),
        ),
    ],
)
def test_a_murder_suicide_is_an_attack(nlp: Language, text: str, trigger: str) -> None:
    found = asserted_only(detected(nlp, text))
    assert [(d.trigger.text, d.type.plover) for d in found] == [(trigger, "ASSAULT")]


@pytest.mark.slow
def test_its_sentence_counts_the_dead_it_names(nlp: Language) -> None:
    text = "A man in his 40s and a young boy died Friday in an apparent murder-suicide at a motel."
    assert story_toll(nlp, text) == Casualties(2, None)
