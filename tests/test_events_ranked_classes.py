"""An event noun naming the class an event is ranked in ('in one of the deadliest attacks of the war') is
no event of its own; a ranked event noun that is the event ('the largest protests in years') is one."""

from __future__ import annotations

import pytest
from builders import asserted_only, detected
from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "noun", "told"),
    [
        (
            "A strike on a market killed 51 people, in one of the deadliest attacks of the war.",
            "attacks",
            False,
        ),
        ("It was one of the largest protests in the history of Tarn.", "protests", False),
        ("The largest protests in years swept Tarn on Sunday.", "protests", True),
    ],
)
def test_a_class_an_event_is_ranked_in_is_no_event(nlp: Language, text: str, noun: str, told: bool) -> None:
    found = asserted_only(detected(nlp, text))
    assert any(d.trigger.text == noun for d in found) is told
