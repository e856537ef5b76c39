"""The place a local body named after it stands for ('the Buttala Pradeshiya Sabha chairman': Buttala),
where nothing better than a country places an event.

Terse notes from South Asia often name no place but the body whose people act: a village council
('the Buttala Pradeshiya Sabha Vice Chairman clashed with policemen'), a town's council or corporation,
an export zone ('workers of the Katunayake Free Trade Zone'), a press club ('a rally on Chittagong Press
Club premises'), a province's council ('a candidate for the Northern Provincial Council'). Each such
body is named after the town, or for a province's council the province, it serves, and its people act
there. `institutions.py` reads the bodies an event is at; these are read wherever the sentence names
them, as the body is local by its kind.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kronika.gazetteer import Gazetteer
from kronika.geo.resolve import resolve_name
from kronika.model import Place

# The town's (or province's) name, then the body's kind; the name is one to three capitalised words.
_BODY = re.compile(
    r"\b((?:[A-Z][\w'-]*\s+){1,3})"
    r"(Pradeshiya Sabha|Urban Council|Municipal Council|Municipal Corporation|City Corporation"
    r"|Free Trade Zone|Export Processing Zone|Press Club|Union Parishad|Upazila Parishad|Zila Parishad"
    r"|Provincial Council)\b"
)
_REGION_BODIES = frozenset({"Provincial Council"})  # named after a first-level region, not a town
_LEADING = frozenset({"The", "A", "An", "Of", "At", "In", "On"})


def local_body_place(sentence: Span, gazetteer: Gazetteer, focus: str | None) -> Place | None:
    """The place the first local body the sentence names is named after, in the article's country
    where it has one (a province's council only where it has one); None where it names none."""
    for body in _BODY.finditer(sentence.text):
        region = body.group(2) in _REGION_BODIES
        if region and focus is None:
            continue  # 'Northern' alone names a province in many countries
        place = _named_after(body.group(1).split(), region, gazetteer, focus)
        if place is not None:
            return place
    return None


def _named_after(words: list[str], region: bool, gazetteer: Gazetteer, focus: str | None) -> Place | None:
    """The place of the longest run of the words' last ones, in the focus country where there is one: a
    first-level region for a province's body, else any place but a country (a town, or a region named
    after its seat: 'Chittagong')."""
    for start in range(len(words)):
        if words[start] in _LEADING:
            continue
        name = " ".join(words[start:])
        entry = (
            resolve_name(gazetteer, name, focus, kind="admin1")
            if region
            else resolve_name(gazetteer, name, focus)
        )
        if entry is not None and entry.kind != "country" and entry.country == (focus or entry.country):
            return entry.to_place()
    return None
