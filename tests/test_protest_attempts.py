"""A sentence's one protest is what its crowd did, not what it only tried or meant to do: marchers who
blocked a road and tried to storm a building staged the blockade's protest."""

from __future__ import annotations

import pytest
from builders import asserted_only, detected
from spacy.language import Language

pytestmark = pytest.mark.slow

# a lead of another kind, so the protest is read in a later sentence, as a story tells it
LEAD = "The cabinet declared a state of emergency in Kivu on Wednesday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Farmers blocked highways near Goma on Tuesday and tried to storm the airport.", "blocked highways"),
        ("Teachers marched to the ministry on Monday and attempted to storm its gates.", "marched"),
        ("Students demonstrated in Bukavu, planning to occupy the governor's office.", "demonstrated"),
    ],
)
def test_a_protest_done_outranks_one_only_attempted(nlp: Language, sentence: str, trigger: str) -> None:
    found = asserted_only(detected(nlp, LEAD + sentence))
    protests = [d for d in found if d.type.plover == "PROTEST" and d.sentence.text.startswith(sentence[:20])]
    assert [d.trigger.text for d in protests] == [trigger]
