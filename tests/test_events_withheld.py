"""Specs for what a sentence tells as withheld or not done: no event of it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.events import load_detector
from kronika.model import Article


def _asserted(nlp: Language, text: str) -> list[tuple[str, str]]:
    """(PLOVER type, trigger) of the asserted detections of our own one-sentence article."""
    detections = load_detector().detect(nlp(text), Article(id="a", text=text))
    return [(d.type.plover, d.trigger.text) for d in detections if d.modality == "asserted"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # refusing to tell rejects nothing an analyst codes
        ("A police spokeswoman declined to comment on the raid.", "REJECT"),
        ("The governor refused to say when the curfew would end.", "REJECT"),
        ("The army refused to give details of its losses.", "REJECT"),
        # an act whose own object 'no' denies did not happen
        ("The minister gave no order to disperse the crowd.", "AID"),
        ("Soldiers fired no shots at the marchers.", "ASSAULT"),
        ("Police made no arrests after the march.", "COERCE"),
    ],
)
def test_what_was_withheld_or_not_done_is_no_event(nlp: Language, text: str, absent: str) -> None:
    """No asserted event of the type a refusal to tell, or an act denied by its object, would give."""
    assert all(plover != absent for plover, _ in _asserted(nlp, text))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # a refusal of a demand or an act is one; an act whose other object is 'no one' still happened
        ("The rebels refused to release the hostages.", "REJECT"),
        ("The party refused to recognize the new council.", "REJECT"),
        ("Police made two arrests after the march.", "COERCE"),
        ("A car bomb exploded near the market but killed no one.", "ASSAULT"),
    ],
)
def test_refusals_and_acts_told_plainly_stay(nlp: Language, text: str, plover: str) -> None:
    """A rejection of something done or asked, and an act that happened, are still events."""
    assert any(found == plover for found, _ in _asserted(nlp, text))
