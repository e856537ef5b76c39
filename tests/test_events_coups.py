"""A seizure of power told beside another act ('seized power and detained the leader') is two events, the
coup and the arrest, and so are arrests beside a demolition; other acts of one kind conjoined stay one
('seized the town and burned the market')."""

from __future__ import annotations

import pytest
from builders import asserted_only, detected
from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        (
            "The army seized power on Monday and detained the elected president of Tarn.",
            ["seized", "detained"],
        ),
        ("Officers seized power in Vella and arrested the prime minister.", ["seized", "arrested"]),
        ("Militants seized the town of Tarn and burned its market.", ["seized"]),
        (
            "Troops arrested 12 men in raids in Tarn and demolished the home of a suspect.",
            ["arrested", "demolished"],
        ),
    ],
)
def test_a_coup_beside_another_act_is_an_event_of_its_own(
    nlp: Language, text: str, triggers: list[str]
) -> None:
    found = asserted_only(detected(nlp, text))
    assert [d.trigger.text.split()[0] for d in found if d.type.plover == "COERCE"] == triggers
