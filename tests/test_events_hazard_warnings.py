"""Specs for 'warn' as a threat only where it tells what someone will do or what the warned must not do, not
a warning of a hazard (`events/hazard_warnings.py`)."""

from __future__ import annotations

import pytest
from builders import detected
from spacy.language import Language


def _threats(nlp: Language, text: str) -> set[str]:
    """The trigger words the default detector types as threats in one text."""
    return {d.trigger.text.lower() for d in detected(nlp, text) if d.type.plover == "THREATEN"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "threat"),
    [
        # a hazard, a state, a thing to come that no one does
        ("Engineers warned that the old dam at Tarn could burst.", "warned", False),
        ("Farmers in Vella warned of grain shortages before winter.", "warned", False),
        ("Nurses warned that the clinic in Kessa would be overwhelmed.", "warned", False),
        ('"The valley is no longer safe," the governor of Orvan warned.', "warned", False),
        ("Geologists issued a warning that the slope above Tarn could give way.", "warning", False),
        ("The ministry gave villagers advance warning of the road closures.", "warning", False),
        # what the warner will do, what the warned must not do, a response held out
        ("The rebels warned that they would shell the garrison at Tarn.", "warned", True),
        ("The junta warned the unions not to march on the capital.", "warned", True),
        ("The army warned against any attempt to block the Vella highway.", "warned", True),
        ("The cabinet warned of harsh reprisals if the strike in Kessa went on.", "warned", True),
        ('"We will hit back," the commander in Orvan warned.', "warned", True),
        ("The general warned that his brigades intended to push on to Tarn.", "warned", True),
        ("Orvan warned Vella that it risked a confrontation with its navy.", "warned", True),
        ("The council warned it considers the blockade a crime, and will act against it.", "warned", True),
        ("The envoy delivered a warning to the clans to lay down their arms.", "warning", True),
    ],
)
def test_a_warning_is_a_threat_only_where_someone_is_to_act(
    nlp: Language, text: str, word: str, threat: bool
) -> None:
    assert (word in _threats(nlp, text)) is threat
