"""Specs for harm told as a participle of an accusation: the accused did it, not the accusers."""

from __future__ import annotations

import pytest
from builders import rule
from spacy.language import Language

from kronika.events.arguments import arguments
from kronika.events.lexicon import TriggerEntry


@pytest.mark.parametrize(
    ("sentence", "trigger", "doers"),
    [
        *rule(
            "harm told as a participle of an accusation was done by the accused",
            ("The chief accused the army of attacking a cattle camp on Friday, killing at least ten people.",
             "killing", ["army"]),
            ("Officials blamed the militia for raids on two villages, wounding six herders.", "wounding",
             ["militia"]),
        ),
        *rule(
            "any other participle keeps the subject as its doer",
            ("The army captured the town on Monday, killing four rebels.", "killing", ["army"]),
            ("Rebels accused the army of shelling their positions, vowing to respond.", "vowing", ["Rebels"]),
        ),
    ],
)  # fmt: skip
def test_harm_told_with_an_accusation_is_the_accuseds(
    nlp: Language, sentence: str, trigger: str, doers: list[str]
) -> None:
    token = next(t for t in nlp(sentence) if t.text == trigger)
    entry = TriggerEntry("V", token.lemma_, (), "ASSAULT", None, None, 1.0)
    assert [a.text for a in arguments(token, entry)[0]] == doers
