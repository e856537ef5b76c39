"""Specs for protests told in South Asian English news: its own protest words, a protest's words weighed
below it, gas shells that are no shelling, groups named by their protest, and harm that is a grievance."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, classifier_reading, detected, made_up_detection
from spacy.language import Language

from kronika.events.acled_typing import Draft, type_sentence
from kronika.model import Detection

RIOT = "Violent demonstration"
PEACEFUL = "Peaceful protest"


def _protests(detections: list[Detection]) -> list[str]:
    """The trigger words of the asserted protests found."""
    return [d.trigger.text for d in detections if d.type.plover == "PROTEST" and d.modality == "asserted"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Nurses have been holding a dharna outside the hospital for a week.", "dharna"),
        ("A twelve-hour bandh called by the students' union shut the town on Monday.", "bandh"),
        ("A dawn-to-dusk hartal was observed across the district.", "observed"),
        ("Villagers staged a gherao of the block office over the water supply.", "gherao"),
        ("Students gheraoed the registrar over the delayed results.", "gheraoed"),
        ("A retired teacher has been on a food strike since Friday.", "strike"),
        ("Party workers took out a rally in the town against the fuel prices.", "took"),
        ("Traders observed a strike in the wholesale market against the new levy.", "observed"),
        ("A complete shutdown was observed in the old town against the arrests.", "observed"),
        ("Youth wing members burnt the effigy of the transport minister.", "burnt"),
        ("Cadres burnt copies of the draft bill outside the assembly.", "burnt"),
    ],
)
def test_south_asian_protest_words_are_protests(nlp: Language, text: str, word: str) -> None:
    """A dharna, bandh or gherao, a food strike, a rally taken out, a strike, hartal or shutdown observed
    and an effigy or a bill's copies burnt are protests."""
    assert any(word in trigger for trigger in _protests(detected(nlp, text)))


@pytest.mark.parametrize(
    ("text", "shelled"),
    [
        ("Police resorted to baton charges and teargas shelling to disperse the crowd.", False),
        ("Riot police lobbed shells of tear gas at the marchers.", False),
        # artillery shells are shelling
        ("Troops shelled the rebel positions near the river overnight.", True),
    ],
)
def test_gas_shells_are_no_shelling(nlp: Language, text: str, shelled: bool) -> None:
    """Tear gas fired in shells at a crowd is no bombardment; artillery shelling stays one."""
    found = [d for d in detected(nlp, text) if d.type.mode == "shelling"]
    assert bool(found) is shelled


@pytest.mark.parametrize(
    "text",
    [
        "Teachers have been holding a dharna for nine days, demanding regular posts.",
        "Protests broke out in the town as residents demanded relief after the floods.",
        # the parser makes the participle a modifier of the noun after it
        "Retired teachers staged a demonstration deploring exclusion of their names from the pension list.",
    ],
)
def test_a_protests_demand_weighs_below_the_protest(nlp: Language, text: str) -> None:
    """A demand the protest makes, as a participle beside it or in a clause hung on it, is what the protest
    is for: the protest is the surer event."""
    found = [d for d in detected(nlp, text) if d.modality == "asserted"]
    assert max(found, key=lambda d: d.confidence).type.plover == "PROTEST"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bandh enforcers attacked five buses on the highway.", RIOT),
        ("Agitating workers vandalised the municipal office.", RIOT),
        ("Cadres of the agitating front vandalised an ambulance.", RIOT),
        # a group no protest names keeps the lexicon's coding
        ("Gunmen attacked five buses on the highway.", "Attack"),
    ],
)
def test_a_group_named_by_its_protest_riots(nlp: Language, text: str, expected: str) -> None:
    """Violence or damage by a group named by the protest it enforces or wages ('bandh enforcers',
    'agitating workers') is a violent demonstration."""
    found = [d for d in detected(nlp, text) if d.type.plover in ("ASSAULT", "COERCE")]
    assert found
    assert found[0].type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("plover", "sub", "reading", "expected"),
    [
        # a protest over a rape or a killing is the protest
        ("PROTEST", PEACEFUL, "Sexual violence", PEACEFUL),
        ("PROTEST", PEACEFUL, "Attack", PEACEFUL),
        # a sure reading of another family still codes other sure triggers
        ("COERCE", "Arrests", "Attack", "Attack"),
    ],
)
def test_a_protest_keeps_its_coding_against_a_reading_of_its_grievance(
    plover: str, sub: str, reading: str, expected: str
) -> None:
    """A sure protest trigger read surely as violence against civilians stays a protest: the harm is its
    grievance ('villagers protested after a girl was raped')."""
    trigger = "protested" if plover == "PROTEST" else "arrested"
    sentence = f"Hundreds of villagers {trigger} after a girl was raped."
    draft = Draft(made_up_detection(sentence, trigger, plover, sub, confidence=0.7), reliability=0.8)
    (typed,) = type_sentence([draft], classifier_reading(reading, 0.95))
    assert_sub_type(typed, expected)
