"""'Striking' before a noun is a walkout only where the noun names people who can walk out ('striking
miners'); before a thing it is a misparsed act or plain praise ('denied striking civilian buildings', 'a
striking example'), no strike."""

from __future__ import annotations

import pytest
from builders import detected
from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "strike"),
    [
        ("The army denied striking civilian buildings in Tarn.", False),
        ("The rally was a striking example of the city's anger.", False),
        ("Talks with the striking dockers of Vella resumed on Monday.", True),
        ("The striking teachers of Tarn held a sit-in.", True),
    ],
)
def test_striking_before_a_noun_is_a_walkout_only_for_people(nlp: Language, text: str, strike: bool) -> None:
    found = [d for d in detected(nlp, text) if d.trigger.text.lower() == "striking"]
    assert bool(found) is strike
