"""Specs for a sentence's backdrop ("amid ..."): the protests and violence it names set the scene of the
event the sentence reports, and are no protest of its own nor a cue that makes its protest violent."""

from __future__ import annotations

import pytest
from builders import asserted_only, detected
from spacy.language import Language


def _protests(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    """(trigger, ACLED sub-type) of the asserted protest detections of `text`."""
    found = asserted_only(detected(nlp, text))
    return [(d.trigger.text, d.type.acled_sub_event_type) for d in found if d.type.plover == "PROTEST"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "A mob set fire to the party office in Pabna, amid the outbreak of violence after the fall of the "
        "government, following weeks of demonstrations.",
        "Villagers beat a suspected thief to death in Bogura amid widespread unrest and violent protests "
        "across the district.",
    ],
)
def test_protests_only_in_the_backdrop_are_no_event(nlp: Language, text: str) -> None:
    """Demonstrations named only after "amid" are the setting of the violence the sentence reports."""
    assert _protests(nlp, text) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Students rallied peacefully in the capital amid deadly clashes elsewhere in the country.",
            "rallied",
        ),
        ("Teachers marched to the ministry amid a wave of violence in the northern provinces.", "marched"),
    ],
)
def test_violence_in_the_backdrop_leaves_a_protest_peaceful(nlp: Language, text: str, trigger: str) -> None:
    """Violence named after "amid" is the protest's setting: it stays peaceful, and the violence adds no
    event of its own."""
    found = asserted_only(detected(nlp, text))
    assert [(d.trigger.text, d.type.acled_sub_event_type) for d in found] == [(trigger, "Peaceful protest")]
