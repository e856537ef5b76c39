"""Specs for a protest that others than the police attacked, fired on or assaulted: no peaceful one."""

from __future__ import annotations

import pytest

from kronika.events.protest_police import protest_interventions
from kronika.model import Detection, EventType, Span

EXCESSIVE = "Excessive force against protesters"
INTERVENTION = "Protest with intervention"
PEACEFUL = "Peaceful protest"


def _lead(text: str, sub: str) -> Detection:
    """The text's lead protest, on 'protested', read as `sub`."""
    at = text.index("protested")
    end = text.index(".") + 1
    return Detection(
        sentence=Span(0, end, text[:end]),
        trigger=Span(at, at + len("protested"), "protested"),
        type=EventType("PROTEST", "demonstrate", "Protests", sub),
        confidence=0.9,
    )


@pytest.mark.parametrize(
    ("text", "sub", "expected"),
    [
        # rival activists, gunmen or a driver who attacked, fired on or ran over the crowd acted on it
        (
            "Students protested in Tamok. Rival activists attacked them with rods and hurt six.",
            EXCESSIVE,
            EXCESSIVE,
        ),
        ("Farmers protested on the bypass. Gunmen opened fire on the crowd.", EXCESSIVE, EXCESSIVE),
        ("Nurses protested in Tamok. Rival unionists assaulted two of them.", INTERVENTION, INTERVENTION),
        ("Drivers protested at the depot. A van ran over one of the marchers.", EXCESSIVE, EXCESSIVE),
        # so did a vehicle rammed, plowed or driven into the crowd
        ("Teachers protested in Tamok. A pickup truck rammed into them.", EXCESSIVE, EXCESSIVE),
        (
            "Cyclists protested downtown. A motorist plowed through the crowd of marchers.",
            EXCESSIVE,
            EXCESSIVE,
        ),
        (
            "Parents protested at the school. A man drove his car into the demonstrators.",
            EXCESSIVE,
            EXCESSIVE,
        ),
        (
            "Tenants protested at city hall. A van was driven into a group of protesters.",
            INTERVENTION,
            INTERVENTION,
        ),
        (
            "Students protested on the bridge. A drunk driver mowed down three protesters.",
            EXCESSIVE,
            EXCESSIVE,
        ),
        # not a ramming told as the grievance, nor a convoy driven through the town
        (
            "Tenants protested at city hall, seeking charges for a driver who drove into protesters.",
            EXCESSIVE,
            PEACEFUL,
        ),
        (
            "Farmers protested with tractors. A lorry driver drove through the crowd to get past.",
            EXCESSIVE,
            PEACEFUL,
        ),
        # a paragraph that tells no one acting on the protest still makes it a peaceful one
        ("Students protested in Tamok over the fees. They chanted slogans.", EXCESSIVE, PEACEFUL),
        ("Nurses protested in Tamok against an attack on a clinic.", INTERVENTION, PEACEFUL),
    ],
)
def test_a_protest_others_attacked_keeps_its_force(text: str, sub: str, expected: str) -> None:
    """A lead protest read as one with intervention or excessive force whose paragraph names no police but
    tells someone attacking, firing on, assaulting or running over people keeps that reading; with none of
    it, the protest is a peaceful one."""
    (out,) = protest_interventions([_lead(text, sub)], text, 0, len(text))
    assert out.type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # others who stopped the crowd on its way, or broke up its human chain, acted on it
        (
            "Pupils protested at the depot. They were intercepted by a rival youth wing on the way there.",
            INTERVENTION,
        ),
        ("Weavers protested in Tamok. Ruling party men obstructed their human chain.", INTERVENTION),
        ("Clerks protested at the mill. A rival union disrupted the rally within minutes.", INTERVENTION),
        ("Grocers protested in Tamok. Party cadres chased the marchers off the square.", INTERVENTION),
        # not the crowd's own blocking of a road, nor traffic it held up
        ("Pupils protested on the bypass. They obstructed traffic to press their demand.", PEACEFUL),
        ("Cooks protested in Tamok and blocked a road to protest the fee.", PEACEFUL),
        ("Grocers protested at the mill. Bus services were disrupted by the strike.", PEACEFUL),
    ],
)
def test_a_protest_others_obstructed_keeps_its_intervention(text: str, expected: str) -> None:
    """A lead protest read as met with intervention whose paragraph names no police but tells others who
    intercepted, obstructed, disrupted or chased its crowd keeps that reading; the crowd's own blocking
    or disruption does not."""
    (out,) = protest_interventions([_lead(text, INTERVENTION)], text, 0, len(text))
    assert out.type.acled_sub_event_type == expected
