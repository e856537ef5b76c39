"""Burning told as a participle of an attack ('stormed the market, setting fire to shops') is the attack's
own: one event, not a second of property destroyed. Burning told as an act of its own stays one."""

from __future__ import annotations

import pytest
from builders import asserted_only, detected
from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        ("Gunmen stormed the market in Gorom, setting fire to shops and stalls.", ["stormed"]),
        ("Militiamen attacked the village of Dori, torching dozens of huts.", ["attacked"]),
        # the burning done by others, or as an act of its own, is its own event
        (
            "Gunmen attacked the village of Dori, and youths later torched the police post.",
            ["attacked", "torched"],
        ),
        ("Gunmen attacked the village of Dori. They torched the police post.", ["attacked", "torched"]),
    ],
)
def test_a_burning_told_as_part_of_an_attack_is_that_attack(
    nlp: Language, text: str, triggers: list[str]
) -> None:
    found = asserted_only(detected(nlp, text))
    assert [d.trigger.text for d in found if d.type.plover in ("ASSAULT", "COERCE")] == triggers
