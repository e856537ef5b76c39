"""Specs for violence tallied over months or years: a count of many acts, no one attack
(`events/tallied_acts.py`)."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.model import Article
from kronika.pipeline import Pipeline

_LEAD = "The council of Orvan met in Tarn on Friday to discuss the budget."


def _assaults(pipeline: Pipeline, text: str) -> list[str]:
    """The trigger words of the ASSAULT mentions the pipeline reads from `text` as the second paragraph of a
    report (a report's lead is typed by what its whole passage tells, `lead_rules`)."""
    article = Article(id="t", text=f"{_LEAD}\n\n{text}", published=date(2022, 5, 9))
    return [m.trigger.text for m in pipeline.mentions(article) if m.type.plover == "ASSAULT"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "attack"),
    [
        ("More than 100 villagers in Tarn have been killed since the beginning of the year.", False),
        ("The ministry said its drones killed or wounded 900 fighters in Vella since 2014.", False),
        ("A monitor in Kessa says 523 civilians have died in two months of fighting.", False),
        ("The war in Vella, which began in 2019, has killed tens of thousands of people.", False),
        ("More than 4,000 people in Vella have since been killed, the ministry said.", False),
        ("Gunmen killed 12 villagers in Tarn on Monday, the first raid there since 2014.", True),
        ("Two of the wounded villagers in Tarn have since been killed, the ministry said.", True),
        ("Fighting since Monday has killed 40 people in the north of Vella.", True),
        ("Rebels killed two soldiers near Kessa in the past week, officials said.", True),
        ("Blasts across Vella on Monday killed 107 people, the deadliest day in two years.", True),
    ],
)
def test_a_tally_over_years_is_no_attack(pipeline: Pipeline, text: str, attack: bool) -> None:
    assert bool(_assaults(pipeline, text)) is attack
