"""Specs for the coder's category heading before a note, which names the note's ACLED sub-type."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, made_up_detection
from fixed_typer import FixedTyper, read_as
from spacy.language import Language

from kronika.events import load_detector
from kronika.events.headings import headed_lead, heading_sub_type, heading_type
from kronika.model import Article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Other: On 3 June, a man was killed in a dispute at a bar in Tamok.", "Other"),
        ("Non-violent activity: Militiamen fired into the air outside the camp.", "Other"),
        ("Training: On 4 June, two militia battalions held a field exercise.", "Other"),
        ("Mass grave: On 5 June, twelve bodies were found near Tamok.", "Other"),
        ("Defusal: On 6 June, police defused a bomb planted at a bridge.", "Disrupted weapons use"),
        ("Movement of forces: On 7 June, troops deployed to the border town.", "Change to group/activity"),
        ("Property destruction: On 8 June, unknown men burned a school.", "Looting/property destruction"),
        # a dateline or a heading not listed names no sub-type
        ("TAMOK: Gunmen attacked a police post on Sunday.", None),
        ("From report: gunmen attacked a police post on Sunday.", None),
        ("Gunmen attacked a police post on Sunday.", None),
    ],
)
def test_a_heading_names_the_sub_type(text: str, expected: str | None) -> None:
    """ACLED coders head some notes with the kind of event they coded."""
    assert heading_sub_type(text) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "plover", "sub", "expected"),
    [
        ("Other: On 3 June, a man was killed in a dispute at a bar.", "killed", "ASSAULT", "Attack", "Other"),
        (
            "Non-violent activity: Soldiers entered the school and harassed a teacher.",
            "harassed",
            "COERCE",
            None,
            "Other",
        ),
        ("On 3 June, a man was killed in a dispute at a bar.", "killed", "ASSAULT", "Attack", "Attack"),
    ],
)
def test_a_headed_note_codes_its_main_event_so(
    text: str, trigger: str, plover: str, sub: str | None, expected: str
) -> None:
    """The note's main event takes the heading's sub-type and keeps its PLOVER type."""
    lead = made_up_detection(text, trigger, plover, sub)
    (out,) = headed_lead([lead], text, 0)
    assert_sub_type(out, expected)
    assert out.type.plover == plover


@pytest.mark.parametrize(
    ("text", "plover", "sub"),
    [
        ("Mass grave: On 5 June, twelve bodies were found near Tamok.", "COERCE", "Other"),
        ("Other: On 3 June, posters with hateful slogans appeared on walls in Tamok.", "COERCE", "Other"),
        (
            "Movement of forces: On 7 June, a column reached the border town.",
            "MOBILIZE",
            "Change to group/activity",
        ),
        ("Arrests: On 8 June, two journalists were taken to the police station.", "COERCE", "Arrests"),
        ("On 5 June, twelve bodies were found near Tamok.", None, None),
    ],
)
def test_a_heading_alone_tells_the_event_type(text: str, plover: str | None, sub: str | None) -> None:
    """With no trigger to code, the heading's sub-type gives the event type, in a PLOVER family that fits."""
    kind = heading_type(text)
    assert (kind and kind.plover) == plover
    if kind is not None:
        assert_sub_type(kind, sub)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mass grave: On 5 June, twelve bodies were found in a pit near Tamok.", ["Other"]),
        ("Other: On 3 June, posters with hateful slogans appeared on walls in Tamok.", ["Other"]),
        # no heading: a reading this weak makes no event
        ("On 3 June, posters with hateful slogans appeared on walls in Tamok.", []),
    ],
)
def test_a_headed_note_with_no_trigger_still_tells_its_event(
    nlp: Language, text: str, expected: list[str]
) -> None:
    """A coder's heading says an event was coded even where no word of the note is a trigger."""
    detector = load_detector(FixedTyper(read_as("Other", 0.3)))  # type: ignore[arg-type]
    found = [d for d in detector.detect(nlp(text), Article(id="t", text=text)) if d.modality == "asserted"]
    assert [d.type.acled_sub_event_type for d in found] == expected
