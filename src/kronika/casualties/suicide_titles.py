"""A headline listing whom a killer killed before his own death: the listed and the killer are its dead.

'Man kills wife, son in murder-suicide' and 'Woman shoots self after killing husband, 2 children' tell three
and four dead, as the archive counts the killer among them.
"""

from __future__ import annotations

import re

from kronika.casualties.numbers import parse_count

__all__ = ["listed_with_killer"]

# the listed victims, up to a clause end, a page's name after a dash, or a place ('in Elmwood')
_LISTED = r"(?P<listed>(?!by\s)[^;:|]+?)"
# "shot himself after killing girlfriend, her 2 daughters": the killer's death, then whom he killed before it;
# only a killing ('after shooting, wounding his girlfriend' tells her hurt)
_AFTER = (
    r"\b(?:shoots|shot|kills|killed)\s+(?:self|himself|herself)\s+after\s+"
    r"(?:killing|murdering|fatally\s+shooting|shooting\s+and\s+killing)\s+"
    rf"{_LISTED}(?=\s*(?:$|[;:|]|\s[-–—]\s|\s(?:in|at|on|near)\s))"
)
# "Husband kills wife and stepdaughter in Elmwood murder-suicide": the count of the verb's objects leaves the
# killer out (a headline cut short at 'murder-suici' too); not a passive ('killed by father'), nor an attempt
_IN_MURDER_SUICIDE = (
    rf"\b(?:kills|killed|shoots|shot|murders|murdered)\s+{_LISTED}\s+in\s+(?:[\w.'’-]+\s+){{0,4}}?"
    r"murder[-\s/]+suici(?:de\b|$|(?=\s))(?!\s+attempt)"
)
SUICIDE_LISTS = (re.compile(_AFTER, re.IGNORECASE), re.compile(_IN_MURDER_SUICIDE, re.IGNORECASE))
_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+(?:and|&)\s+")
# a count that opens a part ('3 kids', 'two sons'), not an age ('3-year-old daughter', one child)
_COUNT = re.compile(r"^(?P<n>\d+|two|three|four|five|six|seven|eight|nine)\s", re.IGNORECASE)


def listed_with_killer(title: str) -> int | None:
    """The dead of a headline that lists whom a killer killed in a murder-suicide: each listed person (or
    the count a part states) and the killer; None where the headline lists no one so."""
    found = next((m for m in (p.search(title) for p in SUICIDE_LISTS) if m is not None), None)
    if found is None:
        return None
    parts = [p.strip() for p in _SPLIT.split(found["listed"]) if p.strip()]
    return sum(_part_count(p) for p in parts) + 1 if parts else None


def _part_count(part: str) -> int:
    """How many people one listed part names: its opening count, else one ('wife', 'his 3-year-old son')."""
    count = _COUNT.match(part)
    return (parse_count(count["n"]) or 1) if count is not None else 1
