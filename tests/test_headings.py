"""Specs for the coder's category heading before a note, which names the note's ACLED sub-type."""

from __future__ import annotations

import pytest
from builders import made_up_detection

from kronika.events.headings import headed_lead, heading_sub_type
from kronika.events.taxonomy import acled_event_type


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
    assert out.type.acled_sub_event_type == expected
    assert out.type.acled_event_type == acled_event_type(expected)
    assert out.type.plover == plover
