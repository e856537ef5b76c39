"""Specs for doers a note names outside its event's clause: who planted the weapon, the forces a unit's
members serve in, whoever a later sentence says carried the attack out, and the armed opposition."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.model import Article
from kronika.pipeline import Pipeline


def _doer_sectors(pipeline: Pipeline, text: str) -> set[str | None]:
    """The sectors of the doers of a one-off article's most confident event, published in mid-2021."""
    mentions = pipeline.mentions(Article("t", text, published=date(2021, 6, 1)))
    return {a.sector for a in max(mentions, key=lambda m: m.confidence).actors}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group's name put before 'planted' without a hyphen still names who set the weapon
        (
            "One dead and two injured when a truck hit a suspected al-Shabaab planted land mine near Dadaab.",
            "REB",
        ),
        # a later sentence's active 'X planted the bomb' names the bomber
        (
            "On 3 May 2021, two herders were killed when their cart hit a roadside bomb near Ghorak. "
            "Elders said the Taliban planted the bomb.",
            "REB",
        ),
        # the police's batons are the police's: "police baton charged them"
        (
            "On 4 May 2021, ten traders were injured when police baton charged them at a market in Sylhet.",
            "COP",
        ),
        # troopers are a state's police
        (
            "On 4 May 2021, troopers of the Tamra State Rifles beat two vendors at a market in Agartala.",
            "COP",
        ),
        # personnel of a unit of the police are the police
        (
            "On 4 May 2021, suspected personnel of the Detective Branch of police abducted two student "
            "leaders from Motijheel area, Dhaka.",
            "COP",
        ),
        # a later sentence says who carried the attack out; a squad is the body it comes from
        (
            "On 4 May 2021, a shop owner was attacked in his store in Kandy. Witnesses said the attack was "
            "carried out by a military intelligence squad.",
            "SPY",
        ),
        # an opposition named by its forces is an armed side, whose deed its clause tells by 'and'
        ("On 4 May 2021, opposition forces overran areas of Tamlo and abducted a farmer.", "REB"),
    ],
)
def test_a_doer_named_outside_the_events_clause(pipeline: Pipeline, text: str, expected: str) -> None:
    """The doer written in another clause, a later sentence or a modifier is the event's doer."""
    assert expected in _doer_sectors(pipeline, text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # placing no weapon is no planting: the police only guarded the place afterwards
        (
            "On 3 May 2021, a boy was killed when a landmine went off near Ghorak. "
            "Police placed the area under guard."
        ),
        # personnel of a body of no known kind stay unknown, not that body
        "On 4 May 2021, personnel of the Tamra Works Office beat a trader at a market in Agartala.",
    ],
)
def test_no_doer_is_borrowed_from_an_unrelated_phrase(pipeline: Pipeline, text: str) -> None:
    """A planting verb with no weapon and a body of no known kind name no armed doer."""
    assert not _doer_sectors(pipeline, text) & {"COP", "MIL", "SPY"}
