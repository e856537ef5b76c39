"""The place a coder's note says its event is coded at: '(coded as Natiaboani at geoprecision 2)'.

Conflict coders often name the village an event struck and then the place they coded it to, where the
village is too small to find: 'attacked the hamlet of X (coded as Y)', 'coordinates for Y used'. The
place so stated is the event's place, whatever else the note names; a number or an actor coded ('coded
as 3', 'coded as Unidentified Military Forces') is no place and is passed over.
"""

from __future__ import annotations

import re

from kronika.gazetteer import Gazetteer
from kronika.geo.chain_resolve import resolve_chain
from kronika.geo.chains import find_chains
from kronika.model import Place

# 'coded as', 'coded to', 'coded at', 'coded in'; 'coordinates of/for ... used'; and the closing line
# of notes that open on a whole region's conflict ('conflict across Tigray was ongoing ... Event
# reportedly occurred in or around Adi Tesfo (Central Tigray, Tigray).'), where the village is the place
_CODED = re.compile(
    r"\b(?:coded\s+(?:as|to|at|in)|coordinates\s+(?:of|for)|occurred\s+in\s+or\s+around)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# the stretch the coded place is named in ends at a bracket, a full stop, a semicolon or a quote
_STRETCH_END = re.compile(r"[);\"]|\.(?:\s|$)")
# a compass word bracketed after the coded name picks a part of that village ('coded as Let Pa Kyin
# (North)', a village of two halves): it names no region, so it is dropped from the stretch
_PART = re.compile(r"\s*\(\s*(?:north|south|east|west)(?:[ -]?(?:east|west))?(?:ern)?\s*$", re.IGNORECASE)


def coded_place(text: str, gazetteer: Gazetteer, focus: str | None) -> Place | None:
    """The place the first coding statement of a text names, read as a chain ('Gaza Port, Gaza City');
    None where the text states none, or none that names a known place. A town named so is the coder's
    own word on where the event lies, so one outside the note's focus country still counts: a front's
    note may be about one side's soldiers and coded in the other side's town ('an Armenian soldier
    was killed ... [Coded to Hadrut with GP2]')."""
    for marker in _CODED.finditer(text):
        end = _STRETCH_END.search(text, marker.end())
        stretch = _PART.sub("", text[marker.end() : end.start() if end else len(text)])
        for chain in find_chains(stretch, marker.end()):
            found = resolve_chain(gazetteer, chain, focus)
            if found is not None and found.entry.kind != "country":
                return found.entry.to_place()
            abroad = resolve_chain(gazetteer, chain, None) if focus is not None else None
            if abroad is not None and abroad.entry.kind == "city":
                return abroad.entry.to_place()
    return None
