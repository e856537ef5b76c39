"""A place the article writes as a municipality of its own: its police department, mayor or city council."""

from __future__ import annotations

import re

# What only a town governed on its own has: 'the Beaverton Police Department', 'Beaverton Mayor Denny
# Doyle', 'the Benton City Council'. A big city's neighbourhood has a precinct or a district of the city's
# police ('Chicago police's Englewood District'), never a department of its own name; nor a mayor.
_OWN_BODY = r"(?:Police\s+Department|Police\s+Dept\b|Police\s+Chief|Mayor|City\s+Council|City\s+Hall)"


def governed_alone(name: str, text: str) -> bool:
    """Whether the text names a body of the place's own government right after its name ('Beaverton
    Police Department'), so the place is a town of its own, not a quarter of the big city beside it."""
    return bool(re.search(rf"\b{re.escape(name)}(?:['’]s)?\s+{_OWN_BODY}", text))
