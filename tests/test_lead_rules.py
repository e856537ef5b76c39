"""Specs for a lead rule: a lead coded as one of the rule's readings (and of its PLOVER type, where the rule
asks one) is coded as the rule's new sub-type when its test holds; nothing else is touched, and a rule is a
step of the lead tables as a plain function is."""

from __future__ import annotations

import re
from typing import Final

import pytest
from builders import assert_sub_type, lead_retyped, lead_scope, made_up_detection, rule

from kronika.events.lead_rules import LeadRule, LeadScope, ParagraphTells, apply_rule, lead_detection
from kronika.events.lead_steps import run_steps
from kronika.events.taxonomy import ARMED_CLASH, ATTACK, MOB_VIOLENCE, PEACEFUL_PROTEST
from kronika.model import Detection


def _says_rifles(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph names rifles."""
    return "rifles" in scope.paragraph


_RIFLES: Final = LeadRule(readings=frozenset({MOB_VIOLENCE, ATTACK}), tells=_says_rifles, becomes=ARMED_CLASH)
_ASSAULT_RIFLES: Final = LeadRule(
    readings=frozenset({MOB_VIOLENCE}), plover="ASSAULT", tells=_says_rifles, becomes=ARMED_CLASH
)


@pytest.mark.parametrize(
    ("paragraph", "plover", "sub", "expected"),
    [
        *rule(
            "a lead of one of the readings whose paragraph tells it is retyped",
            ("Two gangs fought in the bazaar. Both carried rifles.", "ASSAULT", MOB_VIOLENCE, ARMED_CLASH),
            ("Men beat a guard in the yard, then took his rifles.", "ASSAULT", ATTACK, ARMED_CLASH),
        ),
        *rule(
            "a paragraph that does not tell it leaves the lead",
            ("Two gangs fought in the bazaar with sticks.", "ASSAULT", MOB_VIOLENCE, MOB_VIOLENCE),
        ),
        *rule(
            "a lead of another reading is left",
            (
                "Farmers marched to the office. Some carried old rifles.",
                "PROTEST",
                PEACEFUL_PROTEST,
                PEACEFUL_PROTEST,
            ),
        ),
    ],
)
def test_a_rule_retypes_the_leads_it_concerns(paragraph: str, plover: str, sub: str, expected: str) -> None:
    out = lead_retyped(_RIFLES, paragraph, plover, sub)
    assert_sub_type(out, expected)
    assert out.type.plover == plover  # the PLOVER type is kept


@pytest.mark.parametrize(
    ("plover", "expected"),
    [
        *rule("a lead of the PLOVER type the rule asks is retyped", ("ASSAULT", ARMED_CLASH)),
        *rule("a lead of another PLOVER type is left", ("PROTEST", MOB_VIOLENCE)),
    ],
)
def test_a_rule_that_asks_a_plover_type_keeps_to_it(plover: str, expected: str) -> None:
    paragraph = "Two gangs fought in the bazaar. Both carried rifles."
    lead = made_up_detection(
        "Two gangs fought in the bazaar.", "fought", plover, MOB_VIOLENCE, text=paragraph
    )
    (out,) = _ASSAULT_RIFLES([lead], lead_scope(paragraph))
    assert out.type.acled_sub_event_type == expected


def test_the_paragraph_ends_where_the_scope_says() -> None:
    text = "Two gangs fought in the bazaar.\n\nPolice later found rifles in a shed."
    lead = made_up_detection("Two gangs fought in the bazaar.", "fought", "ASSAULT", MOB_VIOLENCE, text=text)
    (out,) = _RIFLES([lead], lead_scope(text, text.index("\n")))
    assert out.type.acled_sub_event_type == MOB_VIOLENCE


def test_only_the_lead_is_retyped() -> None:
    """The most confident asserted detection of the lead sentence is the lead; the others stay as they are."""
    paragraph = "Two gangs fought and clashed in the bazaar. Both carried rifles."
    sentence = "Two gangs fought and clashed in the bazaar."
    lead = made_up_detection(sentence, "fought", "ASSAULT", MOB_VIOLENCE, text=paragraph)
    weaker = made_up_detection(sentence, "clashed", "ASSAULT", MOB_VIOLENCE, confidence=0.5, text=paragraph)
    later = made_up_detection("Both carried rifles.", "carried", "ASSAULT", MOB_VIOLENCE, text=paragraph)
    assert lead_detection([weaker, lead, later], 0) is lead
    out = apply_rule(_RIFLES, [weaker, lead, later], lead_scope(paragraph))
    assert [d.type.acled_sub_event_type for d in out] == [MOB_VIOLENCE, ARMED_CLASH, MOB_VIOLENCE]
    assert out[0] is weaker and out[2] is later


def test_no_lead_leaves_the_detections() -> None:
    paragraph = "Two gangs fought in the bazaar. Both carried rifles."
    later = made_up_detection("Both carried rifles.", "carried", "ASSAULT", MOB_VIOLENCE, text=paragraph)
    assert _RIFLES([later], lead_scope(paragraph)) == [later]


def test_a_rule_is_a_step_beside_plain_functions() -> None:
    """A rule runs in a table of steps in its place: here a plain function after it sees what it made."""
    paragraph = "Two gangs fought in the bazaar. Both carried rifles."
    lead = made_up_detection(
        "Two gangs fought in the bazaar.", "fought", "ASSAULT", MOB_VIOLENCE, text=paragraph
    )
    seen: list[str | None] = []

    def after(found: list[Detection], scope: LeadScope) -> list[Detection]:
        seen.extend(d.type.acled_sub_event_type for d in found)
        return found

    (out,) = run_steps((_RIFLES, after), [lead], lead_scope(paragraph))
    assert out.type.acled_sub_event_type == ARMED_CLASH
    assert seen == [ARMED_CLASH]


_RIFLES_NOT_STOLEN: Final = ParagraphTells(re.compile(r"\brifles\b"), re.compile(r"\bstole\b"))


@pytest.mark.parametrize(
    ("paragraph", "tells"),
    [
        *rule(
            "a paragraph matching the told words and not the others tells it",
            ("Both gangs carried rifles.", True),
        ),
        *rule("the other words undo it", ("Both gangs stole rifles.", False)),
        *rule("without the told words it tells nothing", ("Both gangs stole sticks.", False)),
        *rule(
            "the told words in a later sentence of the paragraph count",
            ("Gangs fought. Both had rifles.", True),
        ),
    ],
)
def test_a_paragraph_test_wants_its_words_and_not_the_others(paragraph: str, tells: bool) -> None:
    sentence = paragraph.split(". ")[0]
    lead = made_up_detection(sentence, sentence.split()[1], "ASSAULT", MOB_VIOLENCE)
    assert _RIFLES_NOT_STOLEN(lead, lead_scope(paragraph)) is tells
