"""The town of a university, college or court whose people act in a note that names no other place.

A terse protest note often names no town, only the body its people belong to: 'Students at the University
of Nairobi protested', 'Nairobi Aviation College students blocked a street', 'Dozens of students from the
university's Eldama Ravine campus demonstrated', 'Lawyers held a sit-in in front of the Khartoum District
Court'. `geo/institutions.py` reads a body the event is at when its name ends in the body's word, and
`geo/campus.py` a university whose campus the event is on; this reads the rest: a body named 'University
of X', a campus named after its town, and a body whose name opens with a town, whatever the words tying it
to the event. Such a body stands in the town it is named after; coders place the event there.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span

from kronika.gazetteer import Gazetteer
from kronika.geo.resolve import resolve_name
from kronika.model import Place

_NAME = r"[A-Z][\w'’-]*"
# 'the Eldama Ravine campus': a campus is named after the town it stands in, not after its university
_CAMPUS = re.compile(rf"((?:{_NAME}\s+){{1,3}})campus\b")
# 'University of Koudougou', 'College of Kisumu'
_OF_TOWN = re.compile(rf"\b(?:University|College|Polytechnic)\s+of\s+(?:the\s+)?({_NAME}(?:\s+{_NAME})?)")
# 'Bobo-Dioulasso Dafra University', 'Nairobi Aviation College', 'the Khartoum District Court'
_TOWN_FIRST = re.compile(rf"((?:{_NAME}\s+){{1,3}})(?:University|College|Polytechnic|Court)\b")


def member_body_town(sentence: Span, gazetteer: Gazetteer, focus: str | None) -> Place | None:
    """The town of the first body the sentence names by a town (a campus, 'University of X', 'X ...
    University'), read as any name is and in the article's country if one is known; else None."""
    text = sentence.text
    for pattern in (_CAMPUS, _OF_TOWN, _TOWN_FIRST):
        for named in pattern.finditer(text):
            town = _town(named.group(1).split(), gazetteer, focus, runs=_RUNS[pattern is _CAMPUS])
            if town is not None:
                return town
    return None


def _prefixes(words: list[str]) -> list[list[str]]:
    """The runs of words from their start, longest first: a body's name opens with its town."""
    return [words[:end] for end in range(len(words), 0, -1)]


def _suffixes(words: list[str]) -> list[list[str]]:
    """The runs of words to their end, longest first: a campus's town is written just before it."""
    return [words[start:] for start in range(len(words))]


_RUNS = {False: _prefixes, True: _suffixes}


def _town(
    words: list[str], gazetteer: Gazetteer, focus: str | None, *, runs: Callable[[list[str]], list[list[str]]]
) -> Place | None:
    """The place the longest run of the words names ('Nairobi' of 'Nairobi Aviation', 'Eldama Ravine' of
    "University's Eldama Ravine"); never a country, nor a place outside the article's country."""
    words = [w.removesuffix("'s").removesuffix("’s") for w in words]
    for run in runs(words):
        entry = resolve_name(gazetteer, " ".join(run), focus)
        if entry is not None and entry.kind != "country" and entry.country == (focus or entry.country):
            return entry.to_place()
    return None
