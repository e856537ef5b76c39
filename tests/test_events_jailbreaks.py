"""Specs for releases that are jailbreaks: a crowd or an armed group freeing people from custody by force
is a coercive seizure, not a custodian's release."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.events import load_detector
from kronika.model import Article


def _kinds(nlp: Language, text: str) -> set[tuple[str, str | None]]:
    """The PLOVER types and modes of a sentence's asserted detections."""
    found = load_detector().detect(nlp(text), Article(id="t", text=text))
    return {(d.type.plover, d.type.mode) for d in found if d.modality == "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen freed twenty inmates from a prison in the north on Sunday.",
        "The night was chaotic, with rioters burning cars and freeing dozens of detainees from the jail.",
        "The opposition leader was greeted by the supporters who released him from custody on Monday.",
        "Angry demonstrators freed the jailed mayor from his cell late on Friday.",
    ],
)
def test_a_crowd_or_armed_group_freeing_prisoners_breaks_them_out(nlp: Language, text: str) -> None:
    """Nobody let them go: the crowd or the gunmen took the prisoners out (COERCE seize), no RETREAT."""
    kinds = _kinds(nlp, text)
    assert ("COERCE", "seize") in kinds
    assert ("RETREAT", "release") not in kinds


@pytest.mark.parametrize(
    "text",
    [
        "The authorities released the journalist from prison on Monday.",  # the custodian lets go
        "The rebels released the hostages they had held for a month.",  # their own captives
        "A court freed the activist from custody after two weeks.",  # the judge, not a crowd
        "The protesters released a statement from their headquarters.",  # no custody
    ],
)
def test_a_custodian_letting_prisoners_go_is_a_release(nlp: Language, text: str) -> None:
    """A government, a court or captors freeing their own prisoners is no jailbreak."""
    assert ("COERCE", "seize") not in _kinds(nlp, text)
