"""An attack whose doer is named only by what it did ('a suicide car bomber', 'an attacker') is coded to
the group that claimed it; a doer of a known side keeps the attack."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.model import Article
from kronika.pipeline import Pipeline

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "A suicide car bomber struck a checkpoint in Baidoa on Saturday, killing nine people. "
            "Al-Shabaab claimed responsibility.",
            "Al-Shabaab",
        ),
        (
            "An attacker blew himself up at a market in Baidoa on Saturday, killing nine people. "
            "The al-Shabab group claimed responsibility.",
            "Al-Shabaab",
        ),
        (
            "Soldiers shelled a village near Baidoa on Saturday, killing nine people. "
            "Al-Shabaab claimed responsibility for an earlier raid.",
            "Military",
        ),
    ],
)
def test_a_nameless_attacker_is_coded_to_the_group_that_claimed_it(
    pipeline: Pipeline, text: str, doer: str
) -> None:
    mentions = pipeline.mentions(Article(id="t", text=text, published=date(2023, 1, 8)))
    lead = next(m for m in mentions if m.evidence.start == 0 and m.type.plover == "ASSAULT")
    assert doer in [a.name for a in lead.actors]
