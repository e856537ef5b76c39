"""The town of a university a sentence places its event on the campus of ('students of Rajshahi University
rallied in the campus': Rajshahi).

`geo/institutions.py` reads a body the event is at ('clashed at Meru University'). A note may instead
name the university as whose students or teachers act, and put the event 'in the campus' or 'inside the
campus': that campus is the named university's, and a university is most often named after the town it
stands in ('Rajshahi University', 'University of Dhaka', 'Chittagong University of Engineering and
Technology').
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kronika.gazetteer import Gazetteer
from kronika.geo.resolve import resolve_name
from kronika.model import Place

_CAMPUS = re.compile(
    r"\b(?:in|inside|on|at|within)\s+(?:the\s+|its\s+)?(?:university\s+|college\s+)?campus\b", re.IGNORECASE
)
# 'Rajshahi University', 'Chittagong College'; 'University of Dhaka'
_NAMED = re.compile(
    r"((?:[A-Z][\w'-]*\s+){1,3})(?:University|College)\b"
    r"|\b(?:University|College)\s+of\s+(?:the\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)"
)


def campus_town(sentence: Span, gazetteer: Gazetteer, focus: str | None) -> Place | None:
    """The town of the first university the sentence names, where it places its event on a campus and
    the university is named after a town ('Rajshahi University', 'University of Dhaka'); else None."""
    if not _CAMPUS.search(sentence.text):
        return None
    for named in _NAMED.finditer(sentence.text):
        town = _town(named.group(1) or named.group(2), gazetteer, focus)
        if town is not None:
            return town
    return None


def _town(words_before: str, gazetteer: Gazetteer, focus: str | None) -> Place | None:
    """The town the last words of a university's name before its word name ('Rajshahi' of 'Rajshahi
    University'; 'Dhaka' of 'University of Dhaka'), read as any name is (a region
    whose seat it is named after: 'Chittagong'); None where they name none, a country
    or a place outside the article's country."""
    words = words_before.split()
    for start in range(len(words)):
        entry = resolve_name(gazetteer, " ".join(words[start:]), focus)
        if entry is not None and entry.kind != "country" and entry.country == (focus or entry.country):
            # 'Bangladesh University' names no town, nor 'National University' the Dominican capital
            return entry.to_place()
    return None
