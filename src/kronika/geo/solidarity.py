"""Places a sentence names for the cause an event stands with ('a protest in Gomel in solidarity with the
strikers in Minsk'), which are no scene of the event once a place before the phrase has named its scene."""

from __future__ import annotations

import re

from kronika.geo.mentions import PlaceMention

# 'in solidarity with', 'in support of': what follows says whom the event stands with, and where they are
_CAUSE = re.compile(r"\bin (?:solidarity with|support of)\b", re.IGNORECASE)


def cause_start(text: str, start: int, end: int, mentions: list[PlaceMention]) -> int | None:
    """The offset into the doc text from which the sentence `text[start:end]` names its cause's places, not
    its scene: the end of the first 'in solidarity with' or 'in support of' that a place other than a
    country precedes. None where no such phrase follows a place (in 'students marched in support of the strike
    in Gomel' the only place is the scene). Of the training notes naming a place before 'in solidarity
    with' and one after it, none is coded at the one after (0 of 47); after 'in support of', 7 of 350."""
    for match in _CAUSE.finditer(text, start, end):
        if any(m.start < match.start() and m.entry.kind != "country" for m in mentions):
            return match.end()
    return None
