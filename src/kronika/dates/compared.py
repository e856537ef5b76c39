"""Sentences that set one incident after another ('the shooting comes four days after another')."""

from __future__ import annotations

import re

from kronika.dates.expression_patterns import COUNTED_AFTER
from kronika.dates.expressions import TimeExpression

# 'comes', 'came just', 'follows only' right before 'N days after': the sentence compares its incident with
# an earlier one, as news does to tell a spate of violence, and the harm after 'after' is that other one's
COMPARING = re.compile(r"\b(?:come|comes|came|coming|follow|follows|followed)\s+(?:(?:just|only)\s+)?$", re.I)


def compares_incidents(text: str, expressions: list[TimeExpression], offset: int) -> bool:
    """Whether the sentence `text` (at `offset` in the article) sets its incident after another incident by
    a counted span ('Tuesday's violence comes four days after five were shot'), rather than a harm after its
    own cause ('died Thursday, three days after he was shot')."""
    counted = (e for e in expressions if COUNTED_AFTER.match(e.text))
    return any(COMPARING.search(text[: e.start - offset]) is not None for e in counted)
