"""A force ousted or expelled from ground ('ousted the rebels from Vella') is fighting over that ground, an
armed clash; a person, an envoy or an office-holder ousted or expelled stays the dismissal or expulsion the
lexicon reads."""

from __future__ import annotations

import pytest
from builders import asserted_only, detected
from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "word", "plover"),
    [
        ("The militia had ousted the rebels from vast tracts of territory by March.", "ousted", "ASSAULT"),
        (
            "Last year an offensive ousted the jihadists from a number of towns near Vella.",
            "ousted",
            "ASSAULT",
        ),
        (
            "Their expulsion from the town of Tarn changed the war, the commander said.",
            "expulsion",
            "ASSAULT",
        ),
        ("The army ousted the president of Kessa in a coup on Monday.", "ousted", "SANCTION"),
        ("The board ousted its chairman on Monday after the audit.", "ousted", "SANCTION"),
    ],
)
def test_ousting_from_ground_is_fighting(nlp: Language, text: str, word: str, plover: str) -> None:
    found = [d for d in asserted_only(detected(nlp, text)) if d.trigger.text.startswith(word)]
    assert [d.type.plover for d in found] == [plover]
