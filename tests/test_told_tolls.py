"""Specs for a sentence that tells a toll with no trigger, in a text that tells no attack: a weaker reading
of violence makes its event, so that the toll it tells is kept."""

from __future__ import annotations

import pytest
from fixed_typer import FixedTyper, Reading, read_as
from spacy.language import Language

from kronika.events import load_detector
from kronika.events.doc_words import doc_words
from kronika.events.told_tolls import tells_toll
from kronika.model import Article, Detection

# A second sentence with an event of its own, which no reading makes an attack: the text is neither one in
# which nothing else is found nor one that tells an attack
AFTER = " The mayor met the family on Tuesday."


def _first_sentence(nlp: Language, text: str, reading: Reading) -> list[Detection]:
    """The asserted detections of `text`'s first sentence, with `AFTER` after it and a typer that reads every
    passage as `reading`."""
    detector = load_detector(FixedTyper(reading))  # type: ignore[arg-type]
    whole = text + AFTER
    found = detector.detect(nlp(whole), Article(id="t", text=whole))
    return [d for d in found if d.modality == "asserted" and d.sentence.start == 0]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Little is known yet, but one man is dead following a gunshot on Birch Lane.", True),
        ("Two teenagers were shot near the skate park on Friday night.", True),
        ("A woman was hurt by gunfire that struck her kitchen window.", True),
        ("Officers found a loaded gun under the driver's seat.", False),
        ("Neighbours said they heard gunfire most nights last summer.", False),
        ("A man who heard the gunshots died of a stroke on the way home.", False),
    ],
)
def test_a_sentence_tells_a_toll_where_it_counts_dead_or_hurt(nlp: Language, text: str, told: bool) -> None:
    """Dead, hurt or shot people make a toll; a weapon or gunfire alone makes none."""
    doc = nlp(text)
    assert tells_toll(next(iter(doc.sents)), doc_words(doc)) is told


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "reading", "found"),
    [
        # the toll's sentence has no trigger ('released' is a release of details): a weak reading of a
        # clash or an attack stands for its event
        (
            "Few details were released on Monday, but one man is dead following a gunshot on Birch Lane.",
            read_as("Armed clash", 0.4),
            "Armed clash",
        ),
        (
            "Few details were released on Monday, but one man is dead following a gunshot on Birch Lane.",
            read_as("Attack", 0.35),
            "Attack",
        ),
        # too weak a reading even for a toll
        (
            "Few details were released on Monday, but one man is dead following a gunshot on Birch Lane.",
            read_as("Attack", 0.2),
            None,
        ),
        # a weak reading of no violence tells no one's toll
        (
            "Few details were released on Monday, but one man is dead following a gunshot on Birch Lane.",
            read_as("Peaceful protest", 0.5),
            None,
        ),
        # a word of violence but no toll: the weak reading makes nothing
        (
            "Few details were released on Monday, but a gun was found near the bus stop on Birch Lane.",
            read_as("Attack", 0.5),
            None,
        ),
        # a death told without the violence: where the text tells no attack, it is all there is of one
        (
            "Few details were released on Monday, but the boy was rushed to a hospital, where he died.",
            read_as("Attack", 0.5),
            "Attack",
        ),
        # a death no one inflicted is no toll of violence
        (
            "Few details were released on Monday, but a man who heard the gunshots died of a stroke.",
            read_as("Attack", 0.5),
            None,
        ),
    ],
)
def test_a_toll_without_a_trigger_takes_a_weaker_reading_of_violence(
    nlp: Language, text: str, reading: Reading, found: str | None
) -> None:
    """The sentence's event is the reading's, from a lower bar where it tells its dead or hurt."""
    subs = [d.type.acled_sub_event_type for d in _first_sentence(nlp, text, reading)]
    assert subs == ([found] if found else [])


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "A neighbour was charged on Monday in the death of the man from Birch Lane.",
        "Prosecutors accused a neighbour on Monday in the death of a cashier.",
        "The family sued the city over the death of a cashier.",
    ],
)
def test_a_toll_beside_another_trigger_takes_no_weak_reading(nlp: Language, text: str) -> None:
    """A sentence telling a charge, an accusation or a lawsuit tells the toll of the attack it is about: a
    weak reading of violence makes no attack of it."""
    found = _first_sentence(nlp, text, read_as("Attack", 0.5))
    assert found and all(d.type.plover != "ASSAULT" for d in found)


@pytest.mark.slow
def test_a_toll_beside_a_told_attack_makes_no_event_of_its_own(nlp: Language) -> None:
    """Where the text tells its attack, a sentence restating the toll adds no second attack."""
    text = "Gunmen shot a guard at the depot on Sunday. Few details came out, but he is dead after a gunshot."
    detector = load_detector(FixedTyper(read_as("Armed clash", 0.4)))  # type: ignore[arg-type]
    found = detector.detect(nlp(text), Article(id="t", text=text))
    attacks = [d for d in found if d.modality == "asserted" and d.type.plover == "ASSAULT"]
    assert [d.trigger.text for d in attacks] == ["shot"]
