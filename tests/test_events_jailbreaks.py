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
        # the place of custody named by a compound, or a police post
        "Protesters broke in overnight and freed the former governor from a detention centre.",
        "Rioters freed dozens of inmates from the police station on Friday.",
        # a crowd holds no prisoners: whoever it frees it took from someone else's custody
        "Villagers freed the two detained activists on Monday.",
        "Supporters freed Marta Kowalczyk before dawn.",
        # armed men who stormed the prison
        "Gunmen stormed the prison camp and freed 300 inmates.",
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
        "The protesters released a video of the march on Monday.",  # a crowd freeing no one
        "The rebels released twenty prisoners of war on Monday.",  # captives of their own
    ],
)
def test_a_custodian_letting_prisoners_go_is_a_release(nlp: Language, text: str) -> None:
    """A government, a court or captors freeing their own prisoners is no jailbreak."""
    assert ("COERCE", "seize") not in _kinds(nlp, text)


def _triggers(nlp: Language, text: str) -> list[tuple[str, str]]:
    """The asserted detections' trigger texts and PLOVER types."""
    found = load_detector().detect(nlp(text), Article(id="t", text=text))
    return [(d.trigger.text, d.type.plover) for d in found if d.modality == "asserted"]


def test_storming_the_prison_to_free_its_inmates_is_one_breakout(nlp: Language) -> None:
    """'Stormed the jail and freed' tells one act in two verbs: the breakout alone is the event."""
    text = "Militants stormed a jail in the north and freed more than 200 inmates on Sunday."
    assert _triggers(nlp, text) == [("freed", "COERCE")]


def test_a_jailbreak_beside_a_seizure_of_buildings_is_an_event_of_its_own(nlp: Language) -> None:
    """Buildings seized and politicians freed from prison are two acts on two objects, both kept."""
    text = "Protesters spent the night seizing ministries and freeing opposition leaders from prison."
    assert _triggers(nlp, text) == [("seizing", "COERCE"), ("freeing", "COERCE")]
