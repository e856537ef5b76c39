"""Specs for what a coder's note marks as coded separately: the phrase so marked tells another event, which
the rules that code this one do not read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest
from builders import made_up_detection, rule
from fixed_typer import FixedTyper, Reading, read_as
from spacy.language import Language

from kronika.events import load_detector
from kronika.events.acled_rules import acled_conventions
from kronika.events.coded_apart import without_coded_apart
from kronika.events.taxonomy import ABDUCTION, ATTACK, MOB_VIOLENCE, VIOLENT_DEMONSTRATION
from kronika.model import Article


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        *rule(
            "the marked phrase runs back to the word that opens it",
            (
                "Drivers protested at the gate after a guard shot a porter (coded separately).",
                "a guard shot a porter",
                "Drivers protested at the gate after",
            ),
            (
                "Militia raided the camp, and a gunfight followed (coded separately). Two died.",
                "a gunfight followed",
                "Militia raided the camp, and",
            ),
            (
                "Rebels seized Amber village (North, Hill) and Bolo village (coded separately).",
                "Bolo village",
                "Rebels seized Amber village (North, Hill) and",
            ),
        ),
        *rule(
            "a mark before more names marks one place of a list, back to its preposition",
            (
                "Soldiers killed nine rebels in Amber (coded separately) and Bolo districts.",
                "Amber",
                "Soldiers killed nine rebels in ",
            ),
            (
                "Jets struck targets near the Amber quarter of Bolo (coded separately), Cora and Dema.",
                "the Amber quarter of Bolo",
                "Jets struck targets near ",
            ),
        ),
        *rule(
            "a mark before a clause of its own ('and injured') is no list",
            (
                "Guards shot a porter in the yard (coded separately) and beat two drivers.",
                "a porter in the yard",
                "                ",
            ),
        ),
        *rule(
            "the mark may say more inside its brackets",
            (
                "Youths marched, following the clash of the day before (both coded separately).",
                "the clash of the day before",
                "Youths marched, following",
            ),
        ),
    ],
)
def test_the_phrase_marked_coded_separately_is_blanked(text: str, gone: str, kept: str) -> None:
    told = without_coded_apart(text)
    assert len(told) == len(text)  # offsets kept
    assert gone not in told
    assert "coded separately" not in told
    assert told.startswith(kept)


def test_a_note_without_the_mark_is_read_whole() -> None:
    text = "Farmers rallied against a new tax, after the clash of last week."
    assert without_coded_apart(text) == text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        *rule(
            "a demand told only in a phrase coded apart makes no riot of the mob's violence",
            (
                "Party men beat up rival students on the campus, following a march demanding a leader's "
                "release (coded separately).",
                MOB_VIOLENCE,
            ),
        ),
        *rule(
            "told as the event's own, the demand still makes it a violent demonstration",
            (
                "Party men beat up rival students on the campus during a march demanding a leader's release.",
                VIOLENT_DEMONSTRATION,
            ),
        ),
    ],
)
def test_conventions_do_not_read_a_phrase_coded_apart(sentence: str, expected: str) -> None:
    lead = made_up_detection(sentence, "beat", "ASSAULT", MOB_VIOLENCE)
    found = acled_conventions(lead, 0.5)
    assert found.type.acled_sub_event_type == expected
    assert found.sentence == lead.sentence  # the evidence is the sentence as written


@pytest.mark.slow
@pytest.mark.parametrize(
    ("later", "expected"),
    [
        (" The trader was killed two days later in Dolo (coded separately).", ABDUCTION),
        (" The trader was killed two days later in Dolo.", ATTACK),
    ],
)
def test_a_killing_coded_apart_leaves_the_abduction_one(nlp: Language, later: str, expected: str) -> None:
    """End to end: the abductee's killing the note codes on its own does not make the abduction an attack."""
    text = "Gunmen abducted a trader near Amber town on Monday." + later
    detector = load_detector(FixedTyper(read_as(ABDUCTION, 0.6)))  # type: ignore[arg-type]
    found = [d for d in detector.detect(nlp(text), Article(id="t", text=text)) if d.modality == "asserted"]
    top = max(found, key=lambda d: d.confidence)
    assert top.type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        *rule(
            "early notes spell the mark 'seperately'",
            (
                "Herders took goats from Amber, which led to a fight with the owners (coded seperately).",
                "which led to a fight with the owners",
                "Herders took goats from Amber,",
            ),
        ),
    ],
)
def test_the_early_spelling_of_the_mark_blanks_the_phrase_too(text: str, gone: str, kept: str) -> None:
    told = without_coded_apart(text)
    assert len(told) == len(text)
    assert gone not in told
    assert "coded" not in told
    assert told.startswith(kept)


@dataclass(frozen=True)
class RecordingTyper:
    """A `FixedTyper` that keeps the texts it was asked to read."""

    reading: Reading
    read: list[str] = field(default_factory=list)

    def predict(self, texts: Sequence[str], floors: Sequence[float] | None = None) -> list[Reading]:
        self.read.extend(texts)
        return [self.reading for _ in texts]


@pytest.mark.parametrize(
    "text",
    [
        "Raiders drove off cattle from Amber village, after a clash with rangers (coded separately).",
        "Shooting at the market (coded separately).",
    ],
)
def test_the_classifier_reads_the_whole_note_as_it_was_trained(nlp: Language, text: str) -> None:
    """The whole-note classifier was trained on whole notes, so it reads the phrase coded apart too (reading
    it blanked gained 2 training notes and lost a held-out one); only the rules read the note without it."""
    typer = RecordingTyper(read_as(ATTACK, 0.6))
    load_detector(typer).detect(nlp(text), Article(id="t", text=text))  # type: ignore[arg-type]
    assert typer.read
    assert typer.read[0] == text
