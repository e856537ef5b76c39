"""Specs for a gang, cartel or armed group handing out food or aid: where nothing else of the text is coded,
the lead tells that handout, ACLED's change to the group's activity (a strategic development)."""

from __future__ import annotations

from datetime import date

import pytest
from builders import assert_sub_type, lead_scope, made_up_detection, rule

from kronika.events.armed_handouts import armed_handouts
from kronika.events.taxonomy import ATTACK, GROUP_ACTIVITY
from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("sentence", "trigger", "plover", "read", "expected"),
    [
        *rule(
            "a gang, cartel or armed group handing out food or aid, nothing coded, changed its activity",
            (
                "Members of the Red Hand gang delivered boxes of food to families during the curfew.",
                "curfew",
                "SANCTION",
                None,
                GROUP_ACTIVITY,
            ),
            (
                "A cartel's men handed out groceries to residents of Tepic during the closure of markets.",
                "closure",
                "SANCTION",
                None,
                GROUP_ACTIVITY,
            ),
            (
                "Militia fighters distributed medicines to villagers in the hills near Kindu.",
                "distributed",
                "AID",
                None,
                GROUP_ACTIVITY,
            ),
        ),
        *rule(
            "a coded lead, or a handout by others, is left as read",
            (
                "Gunmen shot an aid worker after the rebels delivered supplies to the camp.",
                "shot",
                "ASSAULT",
                ATTACK,
                ATTACK,
            ),
            (
                "Volunteers from the church delivered boxes of food to families during the curfew.",
                "curfew",
                "SANCTION",
                None,
                None,
            ),
            (
                "The gang members were seen near the market during the closure of the schools.",
                "closure",
                "SANCTION",
                None,
                None,
            ),
        ),
    ],
)
def test_a_gang_handing_out_aid_changed_its_activity(
    sentence: str, trigger: str, plover: str, read: str | None, expected: str | None
) -> None:
    lead = made_up_detection(sentence, trigger, plover, read)
    (out,) = armed_handouts([lead], lead_scope(sentence))
    assert_sub_type(out, expected)
    if expected == GROUP_ACTIVITY:
        assert out.type.plover == "AID"


def test_a_handout_is_not_coded_beside_another_coded_event() -> None:
    text = "Gang members gave out food packages in the town. Police arrested two of them the next day."
    lead = made_up_detection("Gang members gave out food packages in the town.", "gave", "AID", None)
    later = made_up_detection(
        "Police arrested two of them the next day.", "arrested", "COERCE", "Arrests", text=text
    )
    out = armed_handouts([lead, later], lead_scope(text))
    assert_sub_type(out[0], None)


@pytest.mark.parametrize(
    "note",
    [
        "On 3 May 2020, in the Municipality of Cajeme, Sonora, members of the Los Toros Gang delivered "
        "food parcels to poor households while work stood still under the lockdown.",
    ],
)
def test_a_note_of_a_gang_handout_is_the_gangs_change_to_group_activity(
    pipeline: Pipeline, note: str
) -> None:
    best = max(pipeline.mentions(Article("t", note, published=date(2020, 5, 4))), key=lambda m: m.confidence)
    assert best.type.acled_sub_event_type == GROUP_ACTIVITY
    # the gang gave, not the municipality the sentence names first
    assert [a.sector for a in best.actors] == ["CRM"]
