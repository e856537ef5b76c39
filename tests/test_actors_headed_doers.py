"""Specs for a coder's heading over the doers' test: a headed change to group/activity stands."""

from __future__ import annotations

from dataclasses import replace

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.actors import ActorLexicon, ArticleActors
from kronika.actors.coding import coded_by_doers
from kronika.model import Article, ArticleContext, Span

GROUP_ACTIVITY = "Change to group/activity"


@pytest.mark.parametrize(
    ("text", "doer", "trigger", "expected"),
    [
        # headed so by the coder: the clause's doers (the factions whose clash a curfew answers, elders
        # calling their youths to arms) are not who changed activity, and the coding stands
        (
            "Security measures: A curfew was imposed in Tamok after a clash between BNP supporters.",
            "BNP supporters",
            "clash",
            GROUP_ACTIVITY,
        ),
        (
            "Change to armed group: Village elders asked their youths to take up arms in Tamok.",
            "Village elders",
            "asked",
            GROUP_ACTIVITY,
        ),
        # no heading: parties or civilians changing their activity are not ACLED's
        (
            "A curfew was imposed in Tamok after a clash between BNP supporters.",
            "BNP supporters",
            "clash",
            None,
        ),
        ("Village elders asked their youths to take up arms in Tamok.", "Village elders", "asked", None),
        # a heading naming another sub-type does not keep it either
        (
            "Other: Village elders asked their youths to take up arms in Tamok.",
            "Village elders",
            "asked",
            None,
        ),
    ],
)
def test_a_headed_change_to_group_activity_stands_whoever_its_clause_names(
    nlp: Language, lexicon: ActorLexicon, text: str, doer: str, trigger: str, expected: str | None
) -> None:
    """ACLED codes a change to group/activity for forces, armed groups and authorities, so one whose named
    doers are none of those is dropped, unless the coder's heading says the note is one."""
    start = text.index(doer)
    read = made_up_detection(text, trigger, "MOBILIZE", GROUP_ACTIVITY, mode="troops")
    detection = replace(read, actor_spans=(Span(start, start + len(doer), doer),))
    actors = ArticleActors(nlp(text), ArticleContext(Article("t", text)), lexicon)
    assert coded_by_doers(actors, detection).type.acled_sub_event_type == expected
