"""Specs for trigger words with a sense that tells no event: what a search or an operation 'yielded'."""

from __future__ import annotations

import pytest
from builders import asserted_only, detected
from spacy.language import Language


def _plovers(nlp: Language, text: str) -> set[str]:
    """The PLOVER types of the asserted detections the default detector finds in one text."""
    return {d.type.plover for d in asserted_only(detected(nlp, text))}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "concedes"),
    [
        # giving way to someone's demands or pressure is conceding
        ("The ministry yielded to the strikers' demands on Friday.", True),
        ("The council finally yielded to pressure from the traders.", True),
        # a search or an operation that yielded something produced it
        ("The search of the compound yielded two rifles and a grenade.", False),
        ("The army's operation in the hills yielded the recovery of weapons.", False),
    ],
)
def test_yielding_concedes_only_to_someone(nlp: Language, text: str, concedes: bool) -> None:
    """'Yield to' gives way; what an operation 'yielded' is what it found."""
    assert ("CONCEDE" in _plovers(nlp, text)) == concedes
