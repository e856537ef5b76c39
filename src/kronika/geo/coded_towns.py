"""A page's town written with its state's postal code ('TEXARKANA, TX', 'Greencastle PA'), for a page
whose sentences name no town the other readings find."""

from __future__ import annotations

import re

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.mailing import code_state

# One to three capitalised (or all-capital) words, an optional comma, then two capital letters standing
# alone: 'Hopkinsville, KY (42240)', 'TEXARKANA, TX Jane Doe', 'a service in Greencastle PA'. The code
# must be followed by no letter, so 'Kent, OHIO' is not read; a code in lower case ('in', 'or', 'me',
# 'pa') is too often a word to be read at all.
_TOWN_CODE = re.compile(
    r"\b((?:[A-Z][a-z'’.]+|[A-Z]{2,})(?:[ -](?:[A-Z][a-z'’.]+|[A-Z]{2,})){0,2}),? ([A-Z]{2})(?![A-Za-z])"
)
_MAX_WORDS = 3
# codes that are also English words, read only after a comma: 'MAN SHOT IN DENVER' names no Indiana town
_WORD_CODES = frozenset({"IN", "OR", "ME", "OK", "HI"})


def coded_town(gazetteer: Gazetteer, text: str) -> GeoEntry | None:
    """The one town the text writes with its state's postal code, as the gazetteer lists it in that state
    ('on behalf of Jane Doe TEXARKANA, TX': Texarkana, Texas, not Arkansas's); None where it writes no
    such town, or several different ones (a page listing other stories' towns). A name the gazetteer
    does not list in the code's state ('Main St, NW') is no town."""
    towns: dict[tuple[str, str | None], GeoEntry] = {}
    for match in _TOWN_CODE.finditer(text):
        state = code_state(match.group(2))
        if state is None or (match.group(2) in _WORD_CODES and "," not in match.group(0)):
            continue
        words = match.group(1).split()
        # the longest run of the words before the code that names a town of the state: 'Family of
        # Greencastle PA' is read as 'Greencastle'
        for start in range(max(0, len(words) - _MAX_WORDS), len(words)):
            name = " ".join(words[start:])
            entry = _town_in(gazetteer, name, state)
            if entry is not None:
                towns[(entry.name, entry.admin1)] = entry
                break
    return next(iter(towns.values())) if len(towns) == 1 else None


def _town_in(gazetteer: Gazetteer, name: str, state: str) -> GeoEntry | None:
    """The American town of that name the gazetteer lists in `state`, else None."""
    return next(
        (e for e in gazetteer.lookup(name, country="USA") if e.kind == "city" and e.admin1 == state),
        None,
    )
