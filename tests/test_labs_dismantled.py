"""Specs for a drug lab the police dismantled: ACLED's property destruction, not the arrest told after."""

from __future__ import annotations

import pytest
from builders import asserted_only, detected
from spacy.language import Language

from kronika.events.taxonomy import LOOTING


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("On 4 June 2021, in Tolo, state police dismantled a cocaine lab near the port.", "dismantled"),
        ("Federal agents dismantled two heroin laboratories in the hills above Kesso.", "dismantled"),
        ("The army dismantled a clandestine drug processing lab in Mara on Monday.", "dismantled"),
    ],
)
def test_a_lab_dismantled_is_property_destroyed(nlp: Language, text: str, trigger: str) -> None:
    found = [d for d in asserted_only(detected(nlp, text)) if d.trigger.text.startswith(trigger)]
    assert found and found[0].type.acled_sub_event_type == LOOTING


@pytest.mark.parametrize(
    "text",
    [
        "An army team dismantled an explosive device on the road to Kesso.",
        "The government dismantled the agency's research unit in Tolo.",
    ],
)
def test_other_things_dismantled_are_no_lab(nlp: Language, text: str) -> None:
    assert not any(d.type.acled_sub_event_type == LOOTING for d in asserted_only(detected(nlp, text)))
