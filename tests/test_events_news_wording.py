"""Wire-story wording the rules read as told: violence an act of another kind came after is an event of its
own, a flag march is troops sent in (no protest), and a dateline the parser made the subject stands
for the doer hung on it."""

from __future__ import annotations

import pytest
from builders import asserted_only, detected
from spacy.language import Language

pytestmark = pytest.mark.slow


def _plovers(nlp: Language, text: str) -> list[tuple[str, str]]:
    """(PLOVER type, trigger) of each asserted detection of the text, in order."""
    return [(d.type.plover, d.trigger.text) for d in asserted_only(detected(nlp, text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # violence another act came after is told as its own event
        ("Authorities imposed a curfew in eight districts on Thursday after clashes between two ethnic "
         "communities left at least nine people dead.", ("ASSAULT", "clashes")),
        ("The mayor shut all schools following attacks on two villages.", ("ASSAULT", "attacks")),
        # a flag march is troops sent in, never a protest
        ("Troops staged a flag march through the old town.", ("MOBILIZE", "flag march")),
    ],
)  # fmt: skip
def test_the_act_told_is_read(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in _plovers(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # an attack the violence led to stays one event with it
        "Gunmen opened fire on villagers after an attack on a convoy, killing four.",
        "Thousands marched through the town after the killing of a student.",
        # a surrender names the offensive it followed only as its setting
        "Five hundred rebels surrendered in the town following a government offensive.",
    ],
)
def test_no_extra_event_inside_one_of_its_own_kind(nlp: Language, text: str) -> None:
    assert len(_plovers(nlp, text)) == 1


def test_a_dateline_made_the_subject_stands_for_its_apposition(nlp: Language) -> None:
    text = "KOHIMA — Authorities in the northeastern state of Nagaland imposed a curfew on Thursday."
    found = [d for d in asserted_only(detected(nlp, text)) if d.type.plover == "COERCE"]
    assert [s.text for d in found for s in d.actor_spans] == ["Authorities"]
