"""Specs for unrest named as a whole that frames another event of its sentence: the setting, not a protest."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.events import load_detector
from kronika.events.framing import frames_other_event
from kronika.model import Article


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "others", "expected"),
    [
        # the unrest's clause tells the annulment, the seizures: those are its news
        ("The minister quit after unrest pushed the court to annul the ballot.", ["annul"], True),
        (
            "Officials said turmoil was spreading to the south with two depots looted by gangs.",
            ["looted"],
            True,
        ),
        # unrest whose clause tells only its own toll, or whose verb is itself the event, is told for itself
        ("Unrest over the ballot left twenty hurt in Osh.", [], False),
        ("Violence killed four people in Osh.", ["killed"], False),
        # a protest word is no unrest named as a whole
        ("A rally pushed the court to annul the ballot.", ["annul"], False),
    ],
)
def test_unrest_as_the_setting_of_another_event(
    nlp: Language, text: str, others: list[str], expected: bool
) -> None:
    """Unrest that is the subject of a clause telling another trigger's event is that event's setting."""
    doc = nlp(text)
    subject = next(t for t in doc if t.lower_ in ("unrest", "turmoil", "violence", "rally"))
    triggers = [t for t in doc if t.text in others]
    assert frames_other_event(subject, triggers) is expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The governor resigned on Friday after widespread unrest forced the commission to annul the ballot.",
        "Witnesses said the unrest had spread past the capital, with looters taking over several depots.",
    ],
)
def test_framing_unrest_makes_no_protest(nlp: Language, text: str) -> None:
    """The events are the ones the unrest's clause tells; the unrest makes no PROTEST of its own."""
    detections = load_detector().detect(nlp(text), Article(id="a", text=text))
    assert detections
    assert all(d.type.plover != "PROTEST" for d in detections)
