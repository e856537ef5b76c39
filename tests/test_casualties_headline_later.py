"""A story telling a death after the attack keeps no more hurt than its headline's whole count of people hit
leaves beside the dead: some of the headline's hurt may have died since, but everyone hit is in its count."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.casualties.headline_tolls import HeadlineToll
from kronika.casualties.reconcile import within_headline_hits
from kronika.model import Casualties


@pytest.mark.parametrize(
    ("toll", "headline", "expected"),
    [
        *rule(
            "hurt beyond the headline's people hit less the dead are dropped",
            (Casualties(2, 3), HeadlineToll(2, 2), Casualties(2, 2)),
            (Casualties(2, 2), HeadlineToll(1, 2), Casualties(2, 1)),
            (Casualties(4, 1), HeadlineToll(2, 2), Casualties(4, 0)),
        ),
        *rule(
            "a toll within the headline's count is kept",
            (Casualties(1, 2), HeadlineToll(1, 2), Casualties(1, 2)),
            (Casualties(None, 3), HeadlineToll(1, 3), Casualties(None, 3)),
            (Casualties(2, None), HeadlineToll(1, 1), Casualties(2, None)),
        ),
        *rule(
            "a headline stating no whole toll bounds nothing",
            (Casualties(2, 3), None, Casualties(2, 3)),
        ),
    ],
)
def test_within_headline_hits(toll: Casualties, headline: HeadlineToll | None, expected: Casualties) -> None:
    assert within_headline_hits(toll, headline) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        *rule(
            "a victim counted besides the others who died later is not also hurt",
            (
                "4 shot, 2 fatally, at Alder Street diner",
                "A 60-year-old cook was caught in the crossfire early Friday at a diner on Alder Street "
                "in Millbrook. Three other men were also shot. A 47-year-old father was shot in the "
                "neck and died at the scene. A 52-year-old driver was shot in the hip and later died at a "
                "hospital. A 39-year-old clerk was shot in the foot.",
                (2, 2),
            ),
            (
                "Two dead, one hurt in Millbrook shooting",
                "A gunman opened fire outside a bar on Alder Street in Millbrook on Friday night. Two "
                "other men were also wounded. One of the wounded men later died at a hospital. A woman "
                "was killed at the scene.",
                (2, 1),
            ),
        ),
        *rule(
            "a story within its headline's count keeps its toll",
            (
                "1 dead, 2 hurt in Millbrook shooting",
                "Two men were shot on Alder Street in Millbrook on Friday night. Another man was also "
                "wounded. One of them later died at a hospital.",
                (1, 2),
            ),
        ),
    ],
)
def test_a_story_with_a_later_death_keeps_to_its_headlines_count(
    nlp: Language, title: str, text: str, expected: tuple[int, int]
) -> None:
    toll = story_toll(nlp, text, None, title)
    assert (toll.fatalities or 0, toll.injured or 0) == expected
