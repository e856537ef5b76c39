"""Specs for clauses that ask or bid rather than tell (`events/addressed.py`): a yes/no question or a command
reports no event; a wh-question and a plain statement still do."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.events.modality import modality
from kronika.model import Modality

CASES: list[tuple[str, str, Modality]] = [
    # an auxiliary before the subject and a question mark: asked, not told
    ("Did the militia attack the depot in Vella?", "attack", "hypothetical"),
    ("Has the army shelled the market in Tarn since Monday?", "shelled", "hypothetical"),
    ("Will the union strike again before the harvest?", "strike", "hypothetical"),
    # an auxiliary inside the sentence is no question: 'did' stresses the act
    ("Police said the militia did attack the depot in Vella.", "attack", "asserted"),
    # a bare verb opening the sentence bids, and what it bids or is done before it is no event
    ("Think hard before you burn down your own house!", "burn", "hypothetical"),
    ("Click here to visit the archive of the Kessa Herald.", "visit", "intended"),
    # a bare gerund a question weighs names a kind of act, not one done
    ("What is a worse crime than killing civilians with such weapons?", "killing", "hypothetical"),
    # a question with a wh-word takes the act as given; statements stay news
    ("Who attacked the depot in Vella?", "attacked", "asserted"),
    ("The militia attacked the depot in Vella.", "attacked", "asserted"),
    ("Police fired tear gas at the crowd in Tarn?", "fired", "asserted"),
    ("Who was killing the cattle in Vella last week?", "killing", "asserted"),
    ("Soldiers fired on the crowd in Tarn, killing four people.", "killing", "asserted"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "word", "expected"), CASES)
def test_questions_and_commands(nlp: Language, sentence: str, word: str, expected: Modality) -> None:
    """The trigger word's event is asked about or bidden only in a yes/no question or a command."""
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    assert modality(doc, token) == expected
