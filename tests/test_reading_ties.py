"""Specs for the classifier's reading breaking a near tie between two events of a report's lead sentence."""

from __future__ import annotations

import pytest
from builders import classifier_reading, made_up_detection
from spacy.language import Language

from kronika.events.classifier import AcledPrediction
from kronika.events.reading_ties import reading_breaks_tie
from kronika.model import Detection

RAID = "Rebels raided and plundered the Kotoko cattle market, west of Ombali."
LATER = " Two traders were beaten later."
# a trigger word, its PLOVER type, ACLED sub-type and confidence
Told = tuple[str, str, str, float]


def read_as(sub: str, probability: float = 0.5) -> AcledPrediction:
    """A classifier reading of the lead passage as `sub`."""
    return classifier_reading(sub, probability)


def leading(detections: list[Detection]) -> str | None:
    """The sub-type of the surest detection."""
    return max(detections, key=lambda d: d.confidence).type.acled_sub_event_type


@pytest.mark.parametrize(
    ("raided", "plundered", "reading", "expected"),
    [
        # within the margin, of another event type: the reading chooses
        (0.8, 0.9, "Attack", "Attack"),
        (0.85, 0.8, "Looting/property destruction", "Looting/property destruction"),
        # the reading is the surest's own, or neither's: the weights stand
        (0.8, 0.9, "Looting/property destruction", "Looting/property destruction"),
        (0.8, 0.9, "Armed clash", "Looting/property destruction"),
        # too far apart: a reading does not outweigh a much surer trigger
        (0.6, 0.9, "Attack", "Looting/property destruction"),
    ],
)
def test_reading_breaks_a_near_tie_between_event_types(
    nlp: Language, raided: float, plundered: float, reading: str, expected: str
) -> None:
    """'Raided and plundered': an attack and a looting nearly as sure, the classifier's reading leads."""
    found = [
        made_up_detection(RAID, "raided", "ASSAULT", "Attack", confidence=raided),
        made_up_detection(RAID, "plundered", "COERCE", "Looting/property destruction", confidence=plundered),
    ]
    assert leading(reading_breaks_tie(found, 0, read_as(reading), nlp(RAID))) == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two sub-types of one event type: the lead rules settle those, not the reading
        (("raided", "ASSAULT", "Attack", 0.9), ("plundered", "ASSAULT", "Sexual violence", 0.85)),
        # a rival outside the lead sentence is a follow-up, not a tie
        (("raided", "ASSAULT", "Attack", 0.9), ("beaten", "ASSAULT", "Looting/property destruction", 0.85)),
    ],
)
def test_reading_leaves_other_ties(nlp: Language, first: Told, second: Told) -> None:
    """Only two event types of the lead sentence are a tie the reading breaks."""
    text = RAID + LATER
    found = [
        made_up_detection(RAID if t != "beaten" else LATER.strip(), t, p, s, confidence=c, text=text)
        for t, p, s, c in (first, second)
    ]
    reading = read_as(second[2])
    assert reading_breaks_tie(found, 0, reading, nlp(text)) == found


def test_a_rival_told_by_a_noun_does_not_lead(nlp: Language) -> None:
    """'Beat a clerk over his part in a march': the march is a circumstance of the beating, not a rival."""
    sentence = "Party youths beat a clerk at the depot over his part in a march against the fare rise."
    found = [
        made_up_detection(sentence, "beat", "ASSAULT", "Attack", confidence=0.8),
        made_up_detection(sentence, "march", "PROTEST", "Peaceful protest", confidence=0.78),
    ]
    assert reading_breaks_tie(found, 0, read_as("Peaceful protest"), nlp(sentence)) == found


def test_no_reading_leaves_the_weights(nlp: Language) -> None:
    """Without a reading of the lead passage nothing changes."""
    found = [
        made_up_detection(RAID, "raided", "ASSAULT", "Attack", confidence=0.8),
        made_up_detection(RAID, "plundered", "COERCE", "Looting/property destruction", confidence=0.9),
    ]
    assert reading_breaks_tie(found, 0, None, nlp(RAID)) == found
