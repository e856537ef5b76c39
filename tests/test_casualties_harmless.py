"""An attack its story tells as harming no one ('no injuries were reported', in its sentence or the next of
its paragraph) has no toll, not the toll of the attack told before it; a group spared ('no officers were
hurt') is no such report, and neither is a sentence of another paragraph."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.casualties import incident_sentences
from kronika.model import Casualties

LEAD = "Artillery fire killed nine villagers in the valley on Sunday, local officials said.\n\n"
ANSWER = "Rebels fired a dozen mortar rounds at an army post later that day."

CASES = [
    *rule(
        "an attack told as harming no one has no toll",
        (LEAD + ANSWER + " There were no reports of injuries.\n\nThe army vowed it.", Casualties(None, 0)),
        (LEAD + ANSWER[:-1] + "; no casualties were reported.", Casualties(0, 0)),
        (LEAD + ANSWER + " No one was hurt, a spokesman said.", Casualties(None, 0)),
    ),
    *rule(
        "an attack told with its toll unknown has none, not the story's",
        (LEAD + ANSWER[:-1] + ", the observatory said, without giving casualty figures.", Casualties()),
        (LEAD + ANSWER[:-1] + "; it was not clear whether there were casualties.", Casualties()),
    ),
    *rule(
        "a group spared, or another paragraph's words, leave the story's toll",
        (LEAD + ANSWER + " No soldiers were hurt.", Casualties(9, 0)),
        (LEAD + ANSWER + "\n\nThere were no reports of injuries in the capital.", Casualties(9, None)),
    ),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_attack_told_as_harming_no_one_takes_no_toll(
    nlp: Language, text: str, expected: Casualties
) -> None:
    assert story_toll(nlp, text, sentence_with="Rebels fired") == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("Rebels fired", ["Rebels fired", "There were"]),
        # a paragraph's last sentence, its span running on over the line break, keeps to its paragraph
        ("There were", ["Rebels fired", "There were"]),
    ],
)
def test_a_paragraph_holds_its_last_sentence_and_no_more(
    nlp: Language, told: str, expected: list[str]
) -> None:
    doc = nlp(LEAD + ANSWER + " There were no reports of injuries.\n\nNine more died in hospital on Monday.")
    sentence = next(s for s in doc.sents if s.text.startswith(told))
    told_there = incident_sentences(doc, sentence)
    assert len(told_there) == len(expected)
    assert all(s.text.startswith(start) for s, start in zip(told_there, expected, strict=True))
