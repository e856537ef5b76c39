"""Specs for a lead that tells violence only as threatened: no attack stands for it, unless a crowd's."""

from __future__ import annotations

from datetime import date

from kronika.model import Article
from kronika.pipeline import Pipeline


def _records(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    """(PLOVER type, ACLED sub-type) of each record of a one-story article."""
    events = pipeline.extract_articles([Article("t", text, published=date(2022, 4, 11))])
    return [(e.type.plover, e.type.acled_sub_event_type) for e in events]


def test_an_armed_groups_threat_is_no_attack(pipeline: Pipeline) -> None:
    """'Threatened on Sunday to attack schools': a threat, coded as no ACLED event, and no attack."""
    records = _records(
        pipeline,
        "BAMAKO — A jihadist group threatened on Sunday to attack clinics in the Kidal region that employ "
        "foreign doctors, according to notes left at a market in Kidal.\n\n"
        "The health ministry said the clinics would stay open.",
    )
    assert ("THREATEN", None) in records
    assert all(plover != "ASSAULT" for plover, _ in records)


def test_a_crowds_threat_is_its_riot(pipeline: Pipeline) -> None:
    """ACLED codes a mob threatening to kill someone as mob violence: the crowd's threat is its riot."""
    records = _records(
        pipeline,
        "On 10 April 2022, a mob of traders threatened to kill a tax collector at Kanyo market in Gulu. "
        "Police fired shots in the air to disperse the mob and rescued the man.",
    )
    assert any(sub == "Mob violence" for _, sub in records)
