"""People counted hurt right after a protest that turned violent or met force are its harm: coded as that
protest, not as an attack on civilians of their own. Harm someone is named for, or told after a calm
protest or well after it, is left as it was read."""

from __future__ import annotations

import pytest
from builders import asserted_only, detected
from spacy.language import Language

pytestmark = pytest.mark.slow

FORCED = "Workers blocked a highway in Gazipur on Tuesday, and police fired tear gas to disperse them."
RIOT = "Protesters set fire to the town hall in Kolda and clashed with police on Monday."


def _coding(nlp: Language, text: str, trigger: str) -> tuple[str | None, str | None]:
    """The ACLED sub-type of the protest the text leads with and of its detection triggered by `trigger`."""
    found = asserted_only(detected(nlp, text))
    protest = next(d for d in found if d.sentence.start == 0)
    harm = next(d for d in found if d.trigger.text == trigger)
    return protest.type.acled_sub_event_type, harm.type.acled_sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        FORCED + "\n\nAt least 30 workers were injured, officials said.",
        FORCED + "\n\nTraffic was halted for hours.\n\nAt least 30 workers were injured in the clashes.",
        RIOT + "\n\nEighteen police officers were injured, the ministry said.",
    ],
)
def test_people_hurt_after_a_forceful_protest_are_its_harm(nlp: Language, text: str) -> None:
    protest, harm = _coding(nlp, text, "injured")
    assert harm == protest
    assert harm != "Attack"


@pytest.mark.parametrize(
    "text",
    [
        # someone named as doing it, or armed men, make it an act of its own
        RIOT + "\n\nEighteen traders were injured by gunmen who opened fire on the market.",
        # told after a calm march, or three sentences on, it is not that protest's harm
        "Teachers marched peacefully through Kolda on Monday.\n\nFour people were injured in the town.",
        RIOT
        + "\n\nThe mayor resigned.\n\nSchools closed.\n\nA minister visited.\n\nFour people were injured.",
    ],
)
def test_other_harm_is_left_as_read(nlp: Language, text: str) -> None:
    found = asserted_only(detected(nlp, text))
    harm = next(d for d in found if d.trigger.text == "injured")
    assert harm.type.acled_event_type not in ("Protests", "Riots")
