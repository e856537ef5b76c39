"""Specs for 'cancel' of an occasion: a party calling off a meeting suspends its dealings, an occasion called
off concedes nothing, a law or a result cancelled is a concession (`events/called_off.py`)."""

from __future__ import annotations

import pytest
from builders import plover_by_trigger
from spacy.language import Language


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "plover"),
    [
        ("The talks in Tarn were cancelled when the envoy fell ill.", "cancelled", None),
        ("Organisers cancelled the harvest festival in Vella after the storm.", "cancelled", None),
        ("Dozens of flights to Kessa were cancelled on Monday.", "cancelled", None),
        ("Orvan cancelled a planned meeting with the Vellan ambassador.", "cancelled", "SANCTION"),
        ("The junta cancelled the bread tax after a week of unrest.", "cancelled", "CONCEDE"),
        # a bill or law suspended, withdrawn or shelved is a concession too; aid suspended a sanction
        (
            "The governor suspended the extradition bill after mass protests.",
            "suspended the extradition bill",
            "CONCEDE",
        ),
        ("The cabinet withdrew the labour law on Friday.", "withdrew the labour law", "CONCEDE"),
        ("The cabinet suspended aid to Vella on Friday.", "suspended aid", "SANCTION"),
    ],
)
def test_what_is_cancelled_decides_the_reading(
    nlp: Language, text: str, word: str, plover: str | None
) -> None:
    assert plover_by_trigger(nlp, text).get(word) == plover
